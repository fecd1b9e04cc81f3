"""`Enfant :` opening a line is the patient's own caption on pediatric and maternity papers. Pure, no I/O.

Only `son enfant`, `l'enfant de`, `mère de l'enfant :`… speak of a relative; on the mother's page
(`Patiente : …`), the child captioned below stays a relative. Review of session 5, p14.py: the child's own
caption read as a relative hid her, and her twin named lower down took her birth date.
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


@pytest.mark.parametrize("text, ipp", [
    ("Enfant : MARTIN Jade\nDDN : 16/11/2026\nExamen clinique normal.", "K3"),
    ("Nom de l'enfant : MARTIN Jade\nDate de naissance : 16/11/2026", "K3"),
    ("Enfant :\nMARTIN Jade\nNée le 16/11/2026", "K3"),  # the caption above its value
    ("Bébé : MARTIN Emma, née le 16/11/2026", "K2"),
    # the mother's page: the child captioned below is her relative
    ("Patiente : MARTIN Léa née le 06/08/1995\nAccouchement le 16/11/2026.\nEnfant : MARTIN Emma", "K1"),
])
def test_a_child_caption_names_the_patient(text, ipp):
    d = decision(text)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("text", [
    # the twin's pages (p14.py): named below, Emma must not take Jade's date
    "Enfant : MARTIN Jade\nDDN : 16/11/2026\nExamen du 8e jour normal.\nVue en même temps que MARTIN Emma.",
    "Nom de l'enfant : MARTIN Jade\nDate de naissance : 16/11/2026\nExamen clinique normal.\n"
    "Fratrie : MARTIN Emma (jumelle), vue ce jour.",
    # relatives stay relatives
    "Mère de l'enfant : MARTIN Léa\nNée le 06/08/1995",
    "Enfant de : MARTIN Léa\nNée le 06/08/1995",
    "L'enfant de MARTIN Léa\nNée le 06/08/1995",
    "Mme MARTIN Léa\nVue avec son enfant MARTIN Jade née le 16/11/2026",
    # the mother's delivery report: an adult presented (`Mme MARTIN`), the child captioned is her relative
    "Compte rendu d'accouchement\nMme MARTIN\nEnfant : MARTIN Emma, née le 16/11/2026, 3,2 kg.",
    # child and mother captioned, the mother's birth date printed: which page is it? a person decides
    "Enfant : MARTIN Emma née le 16/11/2026\nMère : MARTIN Léa née le 06/08/1995",
])
def test_twins_and_relatives_around_a_child_caption_go_to_review(text):
    d = decision(text)
    assert not d.files and d.status == "review"
