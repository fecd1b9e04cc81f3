"""What a document prints, and the ground truth that follows from it: filed only when it names
exactly one registry patient with conclusive evidence, the way a careful secretary would decide.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from docpipe.models import Patient

from .names import _norm, compact_ins, ins_key_is_valid


# ----------------------------------------------------------------------------------------------
# What a document prints, and the ground truth that follows from it
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PrintedIdentity:
    """What a document says about its subject — possibly incomplete or wrong."""

    name: str = ""  # a surname printed without saying which one it is
    birth_name: str = ""  # printed as the birth name (« née », « Nom de naissance »)
    used_name: str = ""  # printed as the used name (« épouse », « Nom d'usage »)
    first_names: str = ""
    birth_date: date | None = None
    sex: str = ""
    ins: str = ""  # compact, as printed: its key may be wrong
    ipp: str = ""  # a file number: ours, or another institution's
    birth_place: str = ""

    @property
    def surnames(self) -> list[str]:
        return [n for n in (self.name, self.birth_name, self.used_name) if n]



def _first_given_agrees(printed: str, patient: Patient) -> bool:
    """« Jean Pierre » (hyphen lost) is Jean-Pierre; « Jean » is not Jean-Pierre."""
    shown, first = _norm(printed), _norm(patient.first_given_name)
    return shown == first or shown.startswith(first + " ")


def _agrees(printed: PrintedIdentity, p: Patient) -> bool:
    """Every trait the document prints is the patient's."""
    checks = [
        not printed.name or _norm(printed.name) in {_norm(p.birth_name), _norm(p.used_name or p.birth_name)},
        not printed.birth_name or _norm(printed.birth_name) == _norm(p.birth_name),
        not printed.used_name or _norm(printed.used_name) == _norm(p.used_name or p.birth_name),
        not printed.first_names or _first_given_agrees(printed.first_names, p),
        printed.birth_date is None or printed.birth_date == p.birth_date,
        not printed.sex or printed.sex == p.sex,
    ]
    return all(checks)


def expected_outcome(printed: PrintedIdentity | None, patients: list[Patient]) -> tuple[str, str | None]:
    """(« filed », IPP) when the printed identity is conclusive for exactly one patient, else (« review », None)."""
    review = ("review", None)
    if printed is None:
        return review
    if printed.ins:
        if not ins_key_is_valid(printed.ins):
            return review
        owners = [p for p in patients if p.ins and p.ins == compact_ins(printed.ins)]
        if owners:
            return ("filed", owners[0].ipp) if len(owners) == 1 and _agrees(printed, owners[0]) else review
    if not (printed.surnames and printed.first_names and printed.birth_date):
        return review
    found = [p for p in patients if _agrees(printed, p)]
    if len(found) != 1 or (printed.ins and found[0].ins):
        return review  # several candidates, or an INS printed that is not the registry's
    return ("filed", found[0].ipp)
