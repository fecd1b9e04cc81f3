"""A relative word ending the line above hides the name below only when its clause goes on. Pure, no I/O.

`accompagnée de sa mère` / `MARTIN Léa`: the mother, a third party. `Je revois ce jour l'enfant.` /
`De MARTIN Léa`: the sentence is over, nothing says who Léa is — she is named (the subject is unsure), though
such a mention never designates her (review of session 5, p12.py: the mother hidden, the baby filed).
"""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
MOTHER_INS = "2950869123222" + nir.calc_check_digits("2950869123222")
REGISTRY = [
    Patient("K1", "MARTIN", "Léa", date(1995, 8, 6), "F", ins=MOTHER_INS),
    Patient("K2", "MARTIN", "Emma", date(2026, 11, 16), "F"),
    Patient("K3", "MARTIN", "Jade", date(2026, 11, 16), "F"),  # Emma's twin
]
INDEX = RegistryIndex.build(REGISTRY)


def decision(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "Mme Emma MARTIN 16/11/2026\nJe revois ce jour l'enfant.\nDe MARTIN Léa\n6/O8/1995",
    "MARTIN Emma née le 16/11/2026\nJe revois ce jour l'enfant.\nMARTIN Léa",
    "MARTIN Emma née le 16/11/2026\nVue ce jour avec sa mère !\nMARTIN Léa, pour un suivi.",
    # `mère` followed by other words (a phone number) introduces no one on the next line
    "MARTIN Emma née le 16/11/2026\nTél. mère : 06 12 34 56 78\nVu avec MARTIN Léa",
])
def test_a_name_below_a_closed_sentence_is_another_person_named(text):
    d = decision(text)
    assert not d.files and d.status == "review"


def test_a_loose_relative_word_still_keeps_the_name_below_from_designating():
    d = decision("Je revois ce jour l'enfant.\nMme MARTIN Léa née le 06/08/1995\nSuivi post-natal.")
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("above", [
    "Vue ce jour accompagnée de sa mère", "Vue ce jour accompagnée de sa mère,", "Vue ce jour accompagnée de sa mère :",
    "Vue ce jour accompagnée de sa mère Mme",
])
def test_a_clause_that_goes_on_introduces_the_relative_below(above):
    d = decision(f"MARTIN Emma née le 16/11/2026\n{above}\nMARTIN Léa")
    assert d.files and d.patient_ipp == "K2"


@pytest.mark.parametrize("text", [
    # the child's caption: Emma's page, her twin named with her own date lower down (fuzz2 on main: filed K3)
    "Enfant : MARTIN Emma\nDDN : 16/11/2026\nVu avec MARTIN Jade, née le 16/11/2026\nBilan du 20/11/2026.",
    "Nom de l'enfant :\nMARTIN Emma\nVue avec MARTIN Jade, née le 16/11/2026",
    # the mother's page listing her child: who the page is for is a person's call
    "Patiente : MARTIN Léa née le 06/08/1995\nAccouchement le 16/11/2026.\nEnfant : MARTIN Emma",
])
def test_a_child_captioned_is_another_person_named(text):
    d = decision(text)
    assert not d.files and d.status == "review"


def test_a_child_caption_alone_designates_no_one():
    d = decision("Enfant : MARTIN Emma\nDDN : 16/11/2026\nExamen clinique normal.")
    assert not d.files and d.status == "review"


def test_a_relative_introduced_as_one_stays_a_relative():
    d = decision("Mme MARTIN Léa née le 06/08/1995\nVue avec son enfant MARTIN Emma.")
    assert d.files and d.patient_ipp == "K1"
