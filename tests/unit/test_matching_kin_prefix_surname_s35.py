"""`PETIT`, `BEAU`, `BELLE`… open a relation (`petit-fils`, `beau-père`, `belle-maman`) — except ending a person's
name at the end of its line (`Dr Brigitte PETIT`). Third corpus s16: `Copie à : Dr Brigitte PETIT` above `Objet : Mme
DURAND Marie, née le …` hid the patient as a relative introduced by the line above — « aucun patient ». Pure, no I/O.
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
INDEX = RegistryIndex.build([Patient("D1", "DURAND", "Marie", date(1990, 7, 26), "F"),
                             Patient("P1", "PETIT", "Brigitte", date(1960, 1, 1), "F")])
PATIENT_LINE = "Objet : Mme DURAND Marie, née le 26.07.1990"


def decision(text: str):
    return decide(read_document([text], today=TODAY, typed=[True]), INDEX)


@pytest.mark.parametrize("above", ["Copie à : Dr Brigitte PETIT", "Dr Paul BEAU", "Destinataire : Dr Anne BELLE"])
def test_a_surname_ending_the_line_above_hides_no_one(above):
    d = decision(f"{above}\n{PATIENT_LINE}")
    assert d.files and d.patient_ipp == "D1"


@pytest.mark.parametrize("text", [
    "Vue avec son petit-fils\nDURAND Marie, née le 26.07.1990",
    # review54: compound kin words no list holds, and kin nouns misread by OCR, after the prefix
    "Vue ce jour Mme LEROY Anne, accompagnée de sa belle-maman Mme DURAND Marie, née le 26.07.1990.",
    "Objet : LEROY Anne\nBelle-maman : Mme DURAND Marie, née le 26.07.1990",
    "M. LEROY, petit-fiIs de Mme DURAND Marie, née le 26.07.1990, est vu ce jour.",
    "Vue avec sa belle-sceur Mme DURAND Marie, née le 26.07.1990",
    "Vue avec son beau-\npapa, Mme DURAND Marie, née le 26.07.1990",
    "Objet : LEROY Anne\nPetit\nflls : Mme DURAND Marie, née le 26.07.1990",  # review54: wrapped, misread
    "Objet : LEROY Anne\nPETIT\nFlLS : Mme DURAND Marie, née le 26.07.1990",
    # review55: not a person's name ending the line (no civility and first name before it), the noun below misread
    "Vue ce jour Mme LEROY Anne, accompagnée de la PETITE\nFilllle Mme DURAND Marie, née le 26.07.1990.",
    "Vue ce jour Mme LEROY Anne, accompagnée de la BELLE\nMAMAN Mme DURAND Marie, née le 26.07.1990.",
    "accompagnée de sa belle-fille\nMme DURAND Marie, née le 26.07.1990",
    "Son beau-père, Mme DURAND Marie, née le 26.07.1990",
])
def test_the_relation_they_begin_still_hides_the_relative(text):
    assert not decision(text).files


def test_a_surname_petit_ending_the_patients_line_names_no_relative_below():
    """Second corpus s61: `PETIT` read as the start of `petit-fils`, `Examen` below it as a relative born that day."""
    index = RegistryIndex.build([Patient("B1", "PETIT", "Bernard François", date(1930, 1, 25), "M")])
    d = decide(read_document(["Patient : M. Bernard François PETIT\nExamen du 14/04/2025\nDate de naissance : "
                              "25/01/1930\nÉcho-doppler veineux."], today=TODAY, typed=[False]), index)
    assert d.files and d.patient_ipp == "B1"


@pytest.mark.parametrize("text", [
    "Mme DURAND Sophie, née le 01/01/1960, vient avec sa petite Marie DURAND, née le 26.07.1990.",  # a possessive
    "Vue avec son demi-frère\nDURAND Marie, née le 26.07.1990",
])
def test_after_a_possessive_or_before_a_kin_noun_they_still_say_a_relation(text):
    assert not decision(text).files
