"""A stray `NE` between another date's label and its date (`Date prévue : NE 17.06.2025`, an adaptive-threshold
reading of seed 101 SCAN0078's anaesthesia form, where a form's tick became `NE`): not a birth date, so a
second reading that read the patient's identity is not refused by a surgery date taken for a birth date.
Every real birth label keeps its date. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)


def labels(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in read_page(text, today=TODAY).dates]


@pytest.mark.parametrize("line", [
    "Date prévue : NE 17.06.2025",
    "Date prévue : | NÉE 17.06.2025",
    "Date de consultation : NE 17.06.2025",
    "Date d'intervention : NEE 17.06.2025",
])
def test_a_bare_ne_after_another_dates_label_is_no_birth_label(line):
    assert labels(line) == [("17.06.2025", "other")]


@pytest.mark.parametrize("line", [
    "Date de naissance : NE 17.06.2025",  # the birth date's own label
    "Date de naiss. : NÉE 17.06.2025",
    "Date de nais : NE 17.06.2025",
    "DDN : NE 17.06.2025",
    "Date : née 17.06.2025",  # a bare `Date :` says nothing of what the date is
    "Date prévue : né le 17.06.2025",  # `né le` is a whole birth label
    "Date prévue : Né(e) le 17.06.2025",
    "Date prévue : NE(E) 17.06.2025",
    "DUPONT Jean NE 17.06.2025",
    "Née 17.06.2025",
    "Date de consultation : 07.06.2025 Née 17.06.2025",
])
def test_every_real_birth_label_keeps_its_date(line):
    assert labels(line)[-1] == ("17.06.2025", "birth")


CATHERINE = Patient("65258485", "NICOLAS", "Catherine", date(1971, 9, 8), "F")
INDEX = RegistryIndex.build([CATHERINE, Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
FORM = ("Polyclinique du Val Fleuri\nNICOLAS Catherine\nNée le 08/09/1971\nCONSULTATION PRÉ-ANESTHÉSIQUE\n"
        "Date de consultation : 07.06.2025\nIntervention prévue : canal carpien droit\n{line}\n")


def test_the_form_files_with_the_stray_ne_before_the_surgery_date():
    decision = decide(read_document([FORM.format(line="Date prévue : NE 17.06.2025")], TODAY), INDEX)
    assert (decision.status, decision.patient_ipp) == ("filed", CATHERINE.ipp)


@pytest.mark.parametrize("line", ["Date de naissance : NE 17.06.2025", "Date prévue : née le 17.06.2025"])
def test_another_birth_date_on_the_form_still_contradicts(line):
    decision = decide(read_document([FORM.format(line=line)], TODAY), INDEX)
    assert not decision.files and "17.06.2025" in decision.reason_fr
