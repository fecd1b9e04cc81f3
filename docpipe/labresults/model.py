"""Values of a laboratory file: `LabFile` → `LabMessage` (one patient each) → `LabResult`."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from ..errors import UnreadableDocument


class MalformedLabFile(UnreadableDocument):
    """The laboratory file as a whole cannot be read: it goes to review, stored as received, with this reason."""

    code = "malformed_lab_file"


class LabFormat(str, enum.Enum):
    HPRIM_NET = "hprim_net"
    HPRIM_SANTE = "hprim_sante"
    HL7_V2 = "hl7_v2"

    @property
    def label_fr(self) -> str:
        return {"hprim_net": "HPRIM Net", "hprim_sante": "HPRIM Santé", "hl7_v2": "HL7 v2 (ORU)"}[self.value]


class Flag(str, enum.Enum):
    """The abnormality flag of a result (HL7 table 0078, HPRIM `L/H/LL/HH/N`)."""

    N = "N"
    L = "L"
    H = "H"
    LL = "LL"
    HH = "HH"
    A = "A"  # abnormal, no direction given (HL7)
    AA = "AA"  # critically abnormal, no direction given (HL7)

    @property
    def label_fr(self) -> str:
        return FLAG_LABELS_FR[self]


FLAG_LABELS_FR = {
    Flag.N: "normal", Flag.L: "bas", Flag.H: "haut", Flag.LL: "critique bas", Flag.HH: "critique haut",
    Flag.A: "anormal", Flag.AA: "critique",
}
ABNORMAL_FLAGS = frozenset({Flag.L, Flag.H, Flag.LL, Flag.HH, Flag.A, Flag.AA})
CRITICAL_FLAGS = frozenset({Flag.LL, Flag.HH, Flag.AA})

# Identifiers of the national health identity (INS) in HL7 PID-3: the OID of the assigning authority
# says whether the number is a NIR or a NIA; a bare social security number proves nothing.
INS_OIDS = {"1.2.250.1.213.1.4.8": "NIR", "1.2.250.1.213.1.4.9": "NIA"}


@dataclass(frozen=True)
class LabResult:
    code: str
    label: str
    value: str
    unit: str = ""
    low: str = ""
    high: str = ""
    flag: Flag | None = None  # None: no flag given and none computable (text value, no range)
    status: str = ""  # F final, P preliminary, C corrected… as sent
    comment: str = ""
    flag_computed: bool = False  # True when the lab gave no flag and docpipe compared value and range

    @property
    def is_abnormal(self) -> bool:
        return self.flag in ABNORMAL_FLAGS

    @property
    def is_critical(self) -> bool:
        return self.flag in CRITICAL_FLAGS

    @property
    def reference_range(self) -> str:
        if self.low and self.high:
            return f"{self.low} – {self.high}"
        if self.low:
            return f"≥ {self.low}"
        if self.high:
            return f"≤ {self.high}"
        return ""


@dataclass(frozen=True)
class LabIdentity:
    """The patient as the laboratory wrote it. `name` is a surname whose kind the format does not say."""

    name: str = ""
    birth_name: str = ""
    used_name: str = ""
    first_names: str = ""
    birth_date: date | None = None
    sex: str = ""  # "M", "F" or ""
    ins: str = ""  # only with an INS OID (NIR/NIA); never a bare social security number
    ins_oid: str = ""
    lab_ids: tuple[str, ...] = ()  # the laboratory's own patient ids (never the practice's IPP)

    @property
    def ins_kind(self) -> str:
        return INS_OIDS.get(self.ins_oid, "")

    @property
    def display_name(self) -> str:
        """`MARTIN Marie (naissance : DUPONT)`."""
        surname = self.used_name or self.birth_name or self.name
        born = f" (naissance : {self.birth_name})" if self.birth_name and surname != self.birth_name else ""
        return f"{surname} {self.first_names}".strip() + born


@dataclass(frozen=True)
class LabMessage:
    """One report / message of a file: one patient. `problem` (French) marks a part that cannot be
    trusted — it still exists, with its raw text, so that it goes to review while the others are filed."""

    format: LabFormat
    number: int  # 1-based position in the file
    identity: LabIdentity
    raw_text: str
    lab: str = ""
    lab_code: str = ""
    collected_at: datetime | None = None  # sampling date (or exam date when only that is given)
    reported_at: datetime | None = None
    results: tuple[LabResult, ...] = ()
    comments: tuple[str, ...] = ()  # free text of the report, general comments
    problem: str | None = None
    notes: tuple[str, ...] = ()  # remarks that do not make the part unreadable

    @property
    def readable(self) -> bool:
        return self.problem is None

    @property
    def abnormal_results(self) -> list[LabResult]:
        return [r for r in self.results if r.is_abnormal]

    @property
    def critical_results(self) -> list[LabResult]:
        return [r for r in self.results if r.is_critical]


@dataclass(frozen=True)
class LabFile:
    format: LabFormat
    encoding: str
    messages: tuple[LabMessage, ...]
    notes: tuple[str, ...] = field(default=())  # file-level remarks in French (e.g. end marker missing)

    def part_label(self, message: LabMessage) -> str:
        return f"message {message.number}/{len(self.messages)}"
