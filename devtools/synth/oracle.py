"""What a document prints, and the ground truth that follows from it: filed only when it names
exactly one registry patient with conclusive evidence, the way a careful secretary would decide.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from docpipe.models import Patient

from .names import _norm, compact_ins, ins_is_readable, ins_key_is_valid


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
    """(« filed », IPP) when the printed identity is conclusive for exactly one patient, else (« review », None).

    An INS field that cannot be read is no evidence; an INS whose key fails is a misprint of the patient's
    own when it is one character from it (and no closer to anyone else's) — the traits then decide alone;
    any other failing INS sends to review."""
    review = ("review", None)
    if printed is None:
        return review
    if printed.ins and not ins_is_readable(printed.ins):
        return expected_outcome(replace(printed, ins=""), patients)
    if printed.ins and not ins_key_is_valid(printed.ins):
        owner = misread_owner(compact_ins(printed.ins), patients)
        by_traits = expected_outcome(replace(printed, ins=""), patients)
        return by_traits if owner is not None and by_traits == ("filed", owner.ipp) else review
    if printed.ins:
        owners = [p for p in patients if p.ins and p.ins == compact_ins(printed.ins)]
        if owners:
            return ("filed", owners[0].ipp) if len(owners) == 1 and _agrees(printed, owners[0]) else review
    if not (printed.surnames and printed.first_names and printed.birth_date):
        return review
    found = [p for p in patients if _agrees(printed, p)]
    if len(found) != 1 or (printed.ins and found[0].ins):
        return review  # several candidates, or an INS printed that is not the registry's
    return ("filed", found[0].ipp)


def _differences(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))


def misread_owner(number: str, patients: list[Patient]) -> Patient | None:
    """The patient whose registry INS is one character from `number`, when no other one is within two."""
    close = [p for p in patients if p.ins and _differences(number, p.ins) <= 2]
    ones = [p for p in close if _differences(number, p.ins) == 1]
    return ones[0] if len(ones) == 1 and len(close) == 1 else None
