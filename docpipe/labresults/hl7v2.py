"""HL7 v2.x ORU^R01 with the `hl7` package: one message per `MSH`, in a batch (`FHS`/`BHS` … `BTS`/`FTS`)
or simply one after another. Each message is one part; a message that cannot be tied to exactly one
patient (no PID, two PIDs, an OBX before the PID) is kept as an unreadable part, never merged with another.

Names (PID-5, IHE PAM France): type `L` is the birth name (legal name), `D` the used name; older
senders put the used name in `L` and the birth name in `M` (maiden name). PID-3 holds the INS, known
only by its assigning authority's OID (NIR `1.2.250.1.213.1.4.8`, NIA `…4.9`), and the lab's ids (`PI`).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import hl7

from .common import compact_date, compact_datetime, make_result, split_range, with_comment
from .model import INS_OIDS, LabFile, LabFormat, LabIdentity, LabMessage, LabResult, MalformedLabFile

BATCH_SEGMENTS = {"FHS", "BHS", "BTS", "FTS"}


@dataclass
class Envelope:
    """What the batch segments promise: an opened FHS/BHS must be closed, else the file was cut."""

    opened: list[str]
    closed: list[str]

    @property
    def truncated(self) -> bool:
        return any(start in self.opened and end not in self.closed for start, end in (("FHS", "FTS"), ("BHS", "BTS")))


def segments_of(text: str) -> list[str]:
    """Line ends normalised to `\\r` (files saved on Windows or Unix), MLLP framing removed."""
    text = text.replace("\x0b", "").replace("\x1c", "")
    text = text.replace("\r\n", "\r").replace("\n", "\r")
    return [s.strip() for s in text.split("\r") if s.strip()]


def split_messages(segments: list[str]) -> tuple[list[list[str]], Envelope]:
    messages: list[list[str]] = []
    envelope = Envelope([], [])
    for segment in segments:
        name = segment[:3]
        if name in BATCH_SEGMENTS:
            (envelope.opened if name in ("FHS", "BHS") else envelope.closed).append(name)
        elif name == "MSH":
            messages.append([segment])
        elif not messages:
            raise MalformedLabFile(f"Fichier HL7 : segment {name[:3]} avant tout en-tête de message MSH.")
        else:
            messages[-1].append(segment)
    return messages, envelope


def parse(text: str, encoding: str) -> LabFile:
    segments = segments_of(text)
    messages, envelope = split_messages(segments)
    if not messages:
        raise MalformedLabFile("Fichier HL7 sans aucun message (aucun segment MSH).")
    parts = [read_message(segs, number) for number, segs in enumerate(messages, start=1)]
    cut = last_message_cut(text, envelope)
    if cut:
        parts[-1] = replace(parts[-1], problem=parts[-1].problem or cut)
    return LabFile(LabFormat.HL7_V2, encoding, tuple(parts))


def last_message_cut(text: str, envelope: Envelope) -> str | None:
    """Why the file's last message may be incomplete, if it may."""
    if envelope.truncated:
        return "Lot HL7 tronqué : segment de fin BTS/FTS absent, ce dernier message peut être incomplet."
    if cut_short(text):
        return ("Message HL7 coupé : le fichier s'arrête au milieu d'un segment (ou sans la fin de bloc MLLP), ce "
                "dernier message peut être incomplet.")
    return None


def cut_short(text: str) -> bool:
    """Every segment ends with its terminator, and an MLLP-framed message with its end block (`\\x1c\\r`): a file
    that stops without them was cut (third independent corpus: a file cut inside its last OBX was filed whole)."""
    end = text.rstrip(" \t")
    if "\x0b" in text:
        return not end.rstrip("\r\n").endswith("\x1c")
    return not end.endswith(("\r", "\n"))


def read_message(segments: list[str], number: int) -> LabMessage:
    raw = "\r".join(segments) + "\r"
    try:
        message = hl7.parse(raw)
    except Exception as exc:  # the hl7 package raises several unrelated types on malformed input
        return unreadable(number, raw, "Message HL7 illisible : ses segments sont mal formés.")
    kind = value(message.segment("MSH"), 9, 1, 1), value(message.segment("MSH"), 9, 1, 2)
    if kind[0] != "ORU":
        return unreadable(number, raw, f"Message HL7 de type {'^'.join(k for k in kind if k) or 'inconnu'} : "
                                       "pas un résultat ORU^R01.")
    problem = patient_problem(message)
    if problem:
        # Its results are still read (a critical value must reach the doctor), never its identity.
        return replace(read_oru(message, number, raw, LabIdentity()), problem=problem)
    return read_oru(message, number, raw, identity_of(message, message.segment("PID")))


def unreadable(number: int, raw: str, problem: str) -> LabMessage:
    return LabMessage(LabFormat.HL7_V2, number, LabIdentity(), raw, problem=problem)


def patient_problem(message: hl7.Message) -> str | None:
    """Why the message cannot be tied to exactly one patient, if it cannot."""
    names = [str(segment[0]) for segment in message]
    if "PID" not in names:
        return "Message HL7 sans segment PID : le patient n'est pas identifié."
    if names.count("PID") > 1:
        return "Message HL7 avec plusieurs segments PID : plusieurs patients dans un même message."
    first_pid = names.index("PID")
    if any(name in ("OBR", "OBX") for name in names[:first_pid]):
        return "Message HL7 : résultats (OBR/OBX) avant le segment PID du patient."
    try:
        message.segment("PID")
    except KeyError:  # `PID` with no field at all: the hl7 package finds no such segment
        return "Message HL7 au segment PID vide : le patient n'est pas identifié."
    return None


def value(segment, field: int, repetition: int = 1, component: int = 1, sub: int = 1) -> str:
    """One value, '' when absent (the hl7 package raises on missing repetitions/components)."""
    if field >= len(segment):
        return ""
    try:
        return str(segment.extract_field(1, field, repetition, component, sub)).strip()
    except (IndexError, KeyError, TypeError):
        return ""


def count_repetitions(segment, field: int) -> int:
    count = 0
    while count < 20 and any(value(segment, field, count + 1, c) for c in (1, 2, 4, 5, 7)):
        count += 1
    return count


def read_oru(message: hl7.Message, number: int, raw: str, identity: LabIdentity) -> LabMessage:
    msh = message.segment("MSH")
    results: list[LabResult] = []
    comments: list[str] = []
    collected = reported = None
    last = None
    for segment in message:
        name = str(segment[0])
        if name == "OBR":
            collected = collected or compact_datetime(value(segment, 7))
            reported = reported or compact_datetime(value(segment, 22))
        elif name == "OBX":
            results.append(result_of(message, segment))
        elif name == "NTE":
            text = message.unescape(value(segment, 3))
            if last == "OBX" and results:
                results[-1] = with_comment(results[-1], text)
            elif text:
                comments.append(text)
        last = name if name != "NTE" else last
    lab = value(msh, 4, 1, 2) or value(msh, 4) or value(msh, 3)
    return LabMessage(LabFormat.HL7_V2, number, identity, raw,
                      lab=message.unescape(lab), lab_code=value(msh, 4) or value(msh, 3),
                      collected_at=collected, reported_at=reported or compact_datetime(value(msh, 7)),
                      results=tuple(results), comments=tuple(comments))


def identity_of(message: hl7.Message, pid) -> LabIdentity:
    ins = ins_oid = ""
    lab_ids = []
    for rep in range(1, count_repetitions(pid, 3) + 1):
        number, oid, kind = value(pid, 3, rep, 1), value(pid, 3, rep, 4, 2), value(pid, 3, rep, 5)
        if oid in INS_OIDS and not ins:
            ins, ins_oid = number, oid
        elif kind == "PI" and number:
            lab_ids.append(number)
    names = {}
    for rep in range(1, count_repetitions(pid, 5) + 1):
        kind = value(pid, 5, rep, 7) or "L"
        names.setdefault(kind, (message.unescape(value(pid, 5, rep, 1)), message.unescape(value(pid, 5, rep, 2)),
                                message.unescape(value(pid, 5, rep, 3))))
    birth_name, used_name, given = names_by_kind(names)
    sex = value(pid, 8).upper()
    return LabIdentity(birth_name=birth_name, used_name=used_name, first_names=given,
                       birth_date=compact_date(value(pid, 7)), sex=sex if sex in ("M", "F") else "",
                       ins=ins, ins_oid=ins_oid, lab_ids=tuple(lab_ids))


def names_by_kind(names: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    """(birth name, used name, first names) following IHE PAM France; `M` marks the older convention."""
    if "M" in names:
        birth, used = names["M"], names.get("L") or names.get("D")
    else:
        birth, used = names.get("L"), names.get("D")
    source = birth or used or next(iter(names.values()), ("", "", ""))
    given = " ".join(n for n in source[1:] if n)
    if birth is None and used is not None:
        return "", used[0], given
    return (birth[0] if birth else ""), (used[0] if used and used[0] != (birth[0] if birth else "") else ""), given


def result_of(message: hl7.Message, obx) -> LabResult:
    """OBX-3 code^label, OBX-5 value, OBX-6 unit, OBX-7 range, OBX-8 flag, OBX-11 status."""
    low, high = split_range(value(obx, 7))
    kind = value(obx, 2)
    observed = message.unescape(value(obx, 5)) if kind not in ("CE", "CWE") else \
        message.unescape(value(obx, 5, 1, 2) or value(obx, 5))
    return make_result(message.unescape(value(obx, 3)), message.unescape(value(obx, 3, 1, 2) or value(obx, 3)),
                       observed, message.unescape(value(obx, 6) or value(obx, 6, 1, 2)), low, high,
                       value(obx, 8), value(obx, 11))
