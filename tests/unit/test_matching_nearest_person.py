"""A date belongs to the name nearest to it. Pure, no I/O.

Twins share their birth date, and so do babies born the same day in a maternity ward: a birth date printed
under one child's name must not designate another child named further away, nor one named between them
(review of session 5, p14.py: `Enfant : MARTIN Jade` / `DDN : 16/11/2026` / … `Vue en même temps que
MARTIN Emma` was filed under Emma).
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
MOTHER = Patient("K1", "MARTIN", "Léa", date(1995, 8, 6), "F")
EMMA = Patient("K2", "MARTIN", "Emma", date(2026, 11, 16), "F")
JADE = Patient("K3", "MARTIN", "Jade", date(2026, 11, 16), "F")  # Emma's twin
JEAN = Patient("P01", "DUPONT", "Jean", date(1957, 3, 12), "M")
PAUL = Patient("P05", "MARTIN", "Paul", date(1950, 1, 1), "M")
REGISTRY = [MOTHER, EMMA, JADE, JEAN, PAUL]


def decision(text: str, registry: list[Patient] = REGISTRY):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(registry))


@pytest.mark.parametrize("text", [
    # the twin's page, her caption read as a relative's: Emma, named lower down, must not take Jade's date
    "Sa fille MARTIN Jade\nDDN : 16/11/2026\nExamen du 8e jour normal.\nVue en même temps que MARTIN Emma.",
    # another person named between the name and the date
    "MARTIN Emma\nsa sœur MARTIN Jade\nDate de naissance : 16/11/2026",
    # the date on the twin's line, not opening a line: it is hers
    "Vue ce jour : MARTIN Emma.\nsa jumelle MARTIN Jade 16/11/2026",
])
def test_a_date_nearer_to_another_child_designates_no_one(text):
    d = decision(text)
    assert not d.files and d.status == "review"


def test_an_unregistered_baby_born_the_same_day_lends_her_date_to_no_one():
    # LEROY Hugo is not followed here; Emma, born the same day, is only mentioned further down.
    d = decision("Enfant : LEROY Hugo\nDDN : 16/11/2026\nVu en même temps que MARTIN Emma.", [MOTHER, EMMA, JEAN])
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("text, ipp", [
    ("MARTIN Emma\nDDN : 16/11/2026\nMère : MARTIN Léa", "K2"),  # the mother after the date: the label is Emma's
    ("M. DUPONT Jean\nDr Paul MARTIN\nDate de naissance : 12/03/1957", "P01"),  # a doctor owns no birth date here
    ("M. DUPONT Jean\nBilan sanguin.\nDUPONT Jean\nNé le 12/03/1957", "P01"),  # the patient named twice
    ("M. DUPONT Jean, né le 12/03/1957, Hôpital NECKER", "P01"),  # a word pair as far as the name: no owner
])
def test_the_nearest_name_keeps_its_date(text, ipp):
    d = decision(text)
    assert d.files and d.patient_ipp == ipp
