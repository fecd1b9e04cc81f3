"""A twin introduced as a relative is a second person the document may be about. Pure, no I/O.

`sa sœur jumelle Lucie est vue ce jour` in LEROY Louis's letter filed under Louis on main (review6's closing note):
the sister shares his surname and birth date, only the first name tells them apart. A relation word and a first name
make a twin when the text says so (`jumeau`, `jumelle`), when the first name with the patient's surname is a registry
patient born the same day, or when the patient's birth date follows that first name. Any other relative stays a
third party, registered or not (README rule 1; both corpora file `accompagnée de sa fille, Mme DUPONT Marie`).
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
REGISTRY = [
    Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
    Patient("L2", "LEROY", "Lucie", date(2018, 5, 11), "F"),  # Louis's twin
    Patient("L3", "LEROY", "Anne", date(1988, 2, 2), "F"),  # their mother
    Patient("L4", "LEROY", "Hugo", date(2015, 6, 6), "M"),  # their elder brother
    Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
    Patient("J2", "DUPONT", "Marie", date(1985, 1, 1), "F"),  # Jean's daughter
]
INDEX = RegistryIndex.build(REGISTRY)
LOUIS = "Patient : LEROY Louis, né le 11/05/2018\n"
JEAN = "Patient : DUPONT Jean, né le 12/03/1957\n"


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    LOUIS + "Sa sœur jumelle Lucie est vue ce jour pour la même plainte.",
    LOUIS + "Sa soeur jumelle LEROY Lucie est vue ce jour.",
    LOUIS + "Lucie, sa sœur jumelle, est vue ce jour.",
    LOUIS + "Vu avec sa sœur Lucie.",  # the registry has LEROY Lucie born the same day
    LOUIS + "Vu avec sa sœur Mme Lucie LEROY.",
    LOUIS + "Il est accompagné de sa sœur\nLEROY Lucie",  # the clause goes on to the line below
    JEAN + "Son frère jumeau Paul est suivi pour une HTA.",  # a twin the registry does not hold
    JEAN + "Vu avec Paul, son frère jumeau.",
    JEAN + "Accompagné de son frère DUPONT Paul, né le 12/03/1957.",  # the patient's birth date: his twin
])
def test_a_twin_named_as_a_relative_goes_to_review(text):
    decision = decide_text(text)
    assert decision.status == "review" and decision.patient_ipp is None
    assert "jumeau ?" in decision.reason_fr


@pytest.mark.parametrize("text, ipp", [
    (LOUIS + "Il est accompagné de sa mère, Mme LEROY Anne.", "L1"),  # a registered parent
    (LOUIS + "Vu avec son frère Hugo.", "L1"),  # a registered sibling born another day
    (JEAN + "Il est accompagné de sa fille, Mme Marie DUPONT.", "J1"),  # a registered daughter
    (JEAN + "Son frère Paul l'accompagne.", "J1"),  # not registered, nothing says twin
    (JEAN + "Son frère jumeau est suivi ailleurs.", "J1"),  # a twin, not named
    ("Mme LEROY Lucie, née le 11/05/2018\nNom de jeune fille LEROY", "L2"),
])
def test_other_relatives_stay_third_parties(text, ipp):
    decision = decide_text(text)
    assert decision.files and decision.patient_ipp == ipp
