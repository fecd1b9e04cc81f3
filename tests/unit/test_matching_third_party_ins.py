"""An INS never designates its holder from a line a third party's field opens (`Représentant légal : FONTAINE Jules
INS : …`), nor from behind an insured's word OCR misread (`NIR asurée :`, `Assnré :`, `NIR assiirée :`, `Ouvront
droit :`) — review8's M-5 and du/g probes: filed under the insured or the representative, an exact homonym or a twin,
on main. The patient's own INS on his own line (`INS :`, `Patient : … INS : …`) still designates him; a misread insured
word only keeps an INS from designating, never excuses one. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide, misread_insured_word
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LOUIS_INS = "1900575112048" + nir.calc_check_digits("1900575112048")
JULES_INS = "1490775112052" + nir.calc_check_digits("1490775112052")
INDEX = RegistryIndex.build([
    Patient("L1", "LEROY", "Louis", date(1990, 5, 12), "M", ins=LOUIS_INS),
    Patient("L2", "LEROY", "Louise", date(1990, 5, 12), "F"),  # Louis's twin sister
    Patient("Q1", "FONTAINE", "Jules", date(1949, 7, 14), "M", ins=JULES_INS),
    Patient("Q2", "FONTAINE", "Jules", date(1949, 7, 14), "M"),  # an exact homonym
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    f"FEUILLE DE SOINS\nNIR asurée : {LOUIS_INS}\nBénéficiaire : LEROY L.",
    f"FEUILLE DE SOINS\nAssnré : {LOUIS_INS}\nBénéficiaire : LEROY",
    f"FEUILLE DE SOINS\nNIR assiirée : {LOUIS_INS}\nBénéficiaire : LEROY L.",
    f"FEUILLE DE SOINS\nNIR as5urée : {LOUIS_INS}\nBénéficiaire : Mme LEROY",
    f"Ouvront droit : LEROY Louis   INS : {LOUIS_INS}\nBénéficiaire : LEROY",
    f"M Jules FONTAINE\nNé le 14-07-1949\nReprésentant légal : FONTAINE Jules INS : {JULES_INS}",
])
def test_a_third_partys_ins_designates_no_one(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    (f"Patient : LEROY Louis\nINS : {LOUIS_INS}", "L1"),
    (f"Patient : FONTAINE Jules   INS : {JULES_INS}\nMédecin traitant : Dr MARTY Paul", "Q1"),
    (f"M. LEROY Louis, né le 12/05/1990\nN° de sécurité sociale : {LOUIS_INS}", "L1"),
])
def test_the_patients_own_ins_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("word, misread", [
    ("ASURE", True), ("ESSUREE", True), ("ASSNRE", True), ("ASSIIREE", True), ("AS5UREE", True), ("OUVRONT", True),
    ("MESURE", False), ("ASSEZ", False), ("CASSURE", True), ("NIR", False), ("SURE", False),
])
def test_misread_insured_words(word, misread):
    assert misread_insured_word(word) is misread
