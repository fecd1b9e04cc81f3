"""A two-column identity table (twins side by side) names two people: `Nom :  LEROY      LEROY` / `Prénom :  Louis
Lucie`. On main it filed under the first column's twin (review7's q3.py). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("L1", "LEROY", "Louis Marie", date(2018, 5, 11), "M"),
                             Patient("L2", "LEROY", "Lucie", date(2018, 5, 11), "F"),
                             Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M")])


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "Jumeaux\nNom :      LEROY        LEROY\nPrénom :   Louis        Lucie\nDDN :      11/05/2018   11/05/2018\nVaccins.",
    "Nom :      LEROY        LEROY\nPrénom :   Lucie       Louis\nDDN :      11/05/2018   11/05/2018\nVaccins.",
    "Nom :   LEROY   |   LEROY\nPrénom :   Louis   |   Paul\nDDN : 11/05/2018\nVaccins.",  # the twin not registered
])
def test_a_table_naming_two_people_goes_to_review(text):
    decision = decide_text(text)
    assert not decision.files and decision.patient_ipp is None


@pytest.mark.parametrize("text, ipp", [
    ("Nom :      LEROY\nPrénom :   Louis        Marie\nDDN :      11/05/2018\nVaccins.", "L1"),  # his own names
    ("Patient : DUPONT Jean, né le 12/03/1957   IPP 00412 NDA 55 CHU SUD", "J1"),  # a line going on, no table
    ("Nom : DUPONT      Prénom : Jean      Né le 12/03/1957", "J1"),
])
def test_one_persons_names_spread_over_columns_still_file(text, ipp):
    decision = decide_text(text)
    assert decision.files and decision.patient_ipp == ipp


@pytest.mark.parametrize("text", [
    "Nom : LEROY LEROY\nPrénom : Louis Lucie\nDDN : 11/05/2018 11/05/2018\nVaccins.",  # the gap pressed by OCR
    "Nom : LEROY\nPrénoms : Louis  Lucie\nDDN : 11/05/2018\nVaccins.",  # a registry twin's first name beside
])
def test_a_table_pressed_together_still_names_two_people(text):
    assert not decide_text(text).files


def test_the_patients_own_given_names_pressed_together_file():
    assert decide_text("Nom : LEROY\nPrénoms : Louis Marie\nDDN : 11/05/2018\nVaccins.").patient_ipp == "L1"
