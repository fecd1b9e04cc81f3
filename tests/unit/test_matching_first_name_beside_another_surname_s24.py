"""A surname on one line and, on the next, the first name with another surname in capitals right beside it (`Nom : LY`
/ `Marie DURAND, DDN : 01/02/1950`): the first name and the date are Marie DURAND's, so LY Marie born that day is not
designated — she stays a candidate against any other (review23's q23z, session 20: filed LY Marie on main). Her own
names beside the first name, in either order, a used name, or a word across a column's gap still file her. Pure, no
I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LY_MARIE = Patient("LM", "LY", "Marie", date(1950, 2, 1), "F")
DURAND_MARIE = Patient("DM", "DURAND", "Marie", date(1950, 2, 1), "F")
LY_MARIE_MARRIED = Patient("LN", "LY", "Marie", date(1950, 2, 1), "F", used_name="NGUYEN")
MARIE_LEFEBVRE_DURAND = Patient("LL", "LEFEBVRE", "Marie", date(1962, 3, 3), "F", used_name="DURAND")


def decision(page: str, *patients: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(list(patients)))


ANOTHER_SURNAME_BESIDE_THE_FIRST_NAME = [
    "Nom : LY\nMarie DURAND, DDN : 01/02/1950",
    "Nom : LY\nMarie DURAND, née le 01/02/1950",
    "Nom : LY\nMme Marie DURAND, DDN : 01/02/1950",
    "Patiente : LY\nMarie DURAND, née le 01/02/1950",
    "Nom : LY\nMarie DURAND\nDDN : 01/02/1950",
    "Nom : LY\nMarie DURAND 01/02/1950",
    "LY\nMarie DURAND, DDN : 01/02/1950",
    "Nom : LY\nPrénom : Marie DURAND\nDDN : 01/02/1950",
    "Nom : LY\nMarie DURAND DDN : 01/02/1950",
    "DURAND Marie\nLY, née le 01/02/1950",  # the first name above, beside its own surname
]


@pytest.mark.parametrize("page", ANOTHER_SURNAME_BESIDE_THE_FIRST_NAME)
def test_the_date_beside_another_surname_does_not_file_her(page):
    d = decision(page, LY_MARIE)
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("page", ANOTHER_SURNAME_BESIDE_THE_FIRST_NAME[:5])
def test_she_stays_a_candidate_against_the_other_surnames_marie(page):
    d = decision(page, LY_MARIE, DURAND_MARIE)
    assert not d.files and d.rule == "several_patients"
    assert {c["ipp"] for c in d.candidates} >= {"LM", "DM"}


@pytest.mark.parametrize("page, patient", [
    ("Nom : LY\nMarie LY, DDN : 01/02/1950", LY_MARIE),
    ("Nom : LY\nLY Marie, DDN : 01/02/1950", LY_MARIE),
    ("Nom : LY\nMarie, DDN : 01/02/1950", LY_MARIE),
    ("Nom : LY\nPrénom : Marie\nDDN : 01/02/1950", LY_MARIE),
    ("Nom : LY\nMarie NÉE LE 01/02/1950", LY_MARIE),
    ("Nom : LY\nMarie IPP 1234, DDN : 01/02/1950", LY_MARIE),
    ("Nom : LY\nMarie          CARDIOLOGIE\nDDN : 01/02/1950", LY_MARIE),
    ("Nom : LY\nMarie NGUYEN, DDN : 01/02/1950", LY_MARIE_MARRIED),
    ("NGUYEN Marie\nLY Marie\nDate de naissance : 01/02/1950", LY_MARIE),  # named whole on her own line too
])
def test_her_own_names_or_no_surname_beside_the_first_name_still_file(page, patient):
    d = decision(page, patient)
    assert d.files and d.patient_ipp == patient.ipp


def test_a_near_miss_of_her_own_surname_beside_the_first_name_stays_a_contradiction():
    d = decision("DURANDD Marie\nNée LEFEBVRE\n3 mars 1962", MARIE_LEFEBVRE_DURAND)
    assert not d.files and d.rule == "contradiction"
