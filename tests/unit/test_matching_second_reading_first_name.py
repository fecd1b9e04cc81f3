"""A second reading is refused when another reading printed the patient's surname within one glyph beside another
first name: `LER0Y Louise` then `LEROY Louis` are two people, not one page read better (review7's q18.py: kept, filed
under Louis on main). A first name with one letter misread in place (`Lcuis`) is the patient's. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
                             Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
SECOND = "Patient : LEROY Louis\nNé(e) le 11/05/2018\nVaccins."


def kept(first: str):
    r1, r2 = read_document([first], today=TODAY), read_document([SECOND], today=TODAY)
    return accept_second_reading(decide(r1, INDEX), decide(r2, INDEX), [r1], INDEX)


@pytest.mark.parametrize("first", [
    "Patient : LER0Y Louise\nNé(e) le 11/05/2018\nVaccins.",
    "Patient : LEROV Louise\nNé(e) le 11/05/2018\nVaccins.",
    "Patient : LER0Y Lou\nNé(e) le 1?/05/2018",
])
def test_another_first_name_beside_the_garbled_surname_refuses_the_second_reading(first):
    decision = kept(first)
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "L1"


@pytest.mark.parametrize("first", [
    "Patient : LER0Y Lcuis\nNé(e) le 1?/05/2018\nVaccins.",  # the patient's first name, one letter misread
    "Patient : LER0Y Lou1s\nNé(e) le 1?/05/2018",  # a digit in it: no name
    "Pat1ent : L~R@Y\nNé(e) le 1?/05/2018",
    "Nom du patient : M, Louis LEROY DON : 1l/5/2018 - IPF : 9383708423",  # a misread `DDN :` label (seed 31 fax_0069)
    "LER0Y Lcuis 1?/05/2018\nDr ANNE-MARIE LEROY",  # a doctor of that name (seed 111 doc0078)
])
def test_the_patients_own_first_name_misread_keeps_the_second_reading(first):
    decision = kept(first)
    assert decision.files and decision.patient_ipp == "L1"


TWINS = RegistryIndex.build([Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
                             Patient("L2", "LEROY", "Louise", date(2018, 5, 11), "F")])


@pytest.mark.parametrize("first", [
    "Patient : Louise LER0Y\nNé(e) le 11/05/2018\nVaccins.",  # the first name before (review7's q20.py)
    "Patient : LER0Y Mlle Louise\nNé(e) le 11/05/2018",  # a civility between
    "Dr Roux — Patient : LER0Y Louise\nNé(e) le 11/05/2018",  # a title across a label is no doctor's name
    "Patient : LER0Y louise\nNé(e) le 11/05/2018",  # lower-cased, a registry given name
])
def test_other_orders_and_cases_of_another_first_name_refuse_it_too(first):
    r1 = read_document([first], today=TODAY)
    r2 = read_document(["Patient : LEROY Louis\nNé(e) le 11/05/2018\nVaccins."], today=TODAY)
    assert not accept_second_reading(decide(r1, TWINS), decide(r2, TWINS), [r1], TWINS).files


def test_prose_after_the_garbled_surname_keeps_it():
    r1 = read_document(["M. LER0Y est vu ce jour.\nNé(e) le 1?/05/2018"], today=TODAY)
    r2 = read_document(["M. LEROY Louis est vu ce jour.\nNé(e) le 11/05/2018"], today=TODAY)
    assert accept_second_reading(decide(r1, INDEX), decide(r2, INDEX), [r1], INDEX).patient_ipp == "L1"
