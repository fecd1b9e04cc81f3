"""A fax reads the space between a worded date's month and year as a dash (`Naissance .` / `10 août-1928`, independent
corpus s4-008: the form went to review as « aucun patient »). The date is read as printed, with the label it has; a
relative's, a doctor's or a namesake's date read so files no one. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LEBRETON = Patient("L1", "LEBRETON", "André", date(1928, 8, 10), "M")
INDEX = RegistryIndex.build([
    LEBRETON,
    Patient("L2", "LEBRETON", "Marie", date(1931, 5, 2), "F"),  # his wife
    Patient("B1", "BRETON", "Hugo", date(1960, 1, 9), "M"),  # the doctor's namesake
])


def dates_of(text: str):
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


def decision(text: str, index: RegistryIndex = INDEX):
    return decide([read_page(text, today=TODAY)], index)


@pytest.mark.parametrize("text, expected", [
    ("Naissance .\n10 août-1928", [(date(1928, 8, 10), "birth")]),
    ("Né le 10 août - 1928", [(date(1928, 8, 10), "birth")]),
    ("Date de naissance : 1er mars-1950", [(date(1950, 3, 1), "birth")]),
    ("Vu le 3 mars-2026.", [(date(2026, 3, 3), "other")]),
])
def test_a_dash_between_month_and_year_is_read(text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text", [
    "Né le 10 août-19288",  # five digits: no year
    "Né le 10 août--1928",  # two dashes: not one misread space
    "Né le 10 août-28",  # a two-digit year is never worded so
])
def test_no_date_where_the_year_is_not_four_digits_after_one_dash(text):
    assert dates_of(text) == []


def test_the_form_files_under_its_patient():
    d = decision("Fiche de pré-admission\nNom de naiss. :\nLEBRETON\nPrénom :\nANDRE\nNaissance .\n10 août-1928\n"
                 "Sexe :\nMasculin\nMédecin traitant . Dr BRETON Hugo")
    assert d.files and d.patient_ipp == "L1"


@pytest.mark.parametrize("text", [
    "M. LEBRETON André est venu avec son épouse, Mme LEBRETON Marie, née le 2 mai-1931.",
    "Patient : M. LEBRETON André\nPère : LEBRETON Marc, né le 10 août-1928",  # the father's date is the patient's
    "Adressé par le Dr BRETON Hugo, né le 9 janvier-1960.",
])
def test_a_relatives_or_doctors_date_files_no_one(text):
    assert not decision(text).files


def test_a_namesake_one_digit_away_keeps_it_in_review():
    index = RegistryIndex.build([LEBRETON, Patient("L3", "LEBRETON", "André", date(1928, 8, 19), "M")])
    assert not decision("Nom : LEBRETON\nPrénom : André\nNaissance : 10 août-1928", index).files
