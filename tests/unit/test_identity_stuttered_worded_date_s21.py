"""A scan's stutter before a worded date's day (`née le 29 9 janvier 2013`, own corpus s111 scan_0003): the day may
be the 29th or the 9th, and digits are never corrected, so no date is read (on main `9 janvier 2013` was read, and a
header date designates by traits). Behind a birth label it is an unreadable birth date: it contradicts, never
designates. A date without a stray number is read as before. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INES_9 = Patient("I9", "ZIMMERMANN", "Inès", date(2013, 1, 9), "F")
INES_29 = Patient("I29", "ZIMMERMANN", "Inès", date(2013, 1, 29), "F")


def decision(text: str, *patients: Patient):
    return decide([read_page(text, today=TODAY)], RegistryIndex.build(list(patients)))


@pytest.mark.parametrize("text", [
    "Objet : Inès ZIMMERMANN, née le 29 9 janvier 2013.", "ZIMMERMANN Inès née le 1 9 janvier 2013",
    "Consultation du 29 9 janvier 2013",
])
def test_no_date_is_read(text):
    assert read_page(text, today=TODAY).dates == ()


def test_behind_a_birth_label_it_is_an_unreadable_birth_date():
    (unreadable,) = read_page("Inès ZIMMERMANN, née le 29 9 janvier 2013.", today=TODAY).unreadable_birth_dates
    assert unreadable.text == "29 9 janvier 2013"


@pytest.mark.parametrize("registry", [[INES_9], [INES_29], [INES_9, INES_29]])
def test_no_one_is_filed_by_it(registry):
    assert not decision("Objet : Inès ZIMMERMANN, née le 29 9 janvier 2013.\nCompte rendu", *registry).files


@pytest.mark.parametrize("text, day", [
    ("Inès ZIMMERMANN, née le 9 janvier 2013.", 9), ("Inès ZIMMERMANN, née le 29 janvier 2013.", 29),
    ("Lyon, le 3, 9 janvier 2013", 9),
])
def test_a_date_without_a_stray_number_is_read(text, day):
    assert [m.value.day for m in read_page(text, today=TODAY).dates] == [day]


def test_the_patient_is_still_filed_on_a_clean_date():
    d = decision("Objet : Inès ZIMMERMANN, née le 29 janvier 2013.\nCompte rendu", INES_29)
    assert d.files and d.patient_ipp == "I29"
