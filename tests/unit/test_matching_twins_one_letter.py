"""Twins whose first names are one letter apart are told apart by the INS, the practice's IPP or the printed sex.

LEROY Louis and LEROY Louise, born the same day: a page printed for Louise and read `Louis` (OCR drops the final
`e`) is Louis's identity to the letter. Filing on name and date alone would be a bet. Pure, no I/O.
"""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
LOUIS_INS = "1180575112048" + nir.calc_check_digits("1180575112048")
INDEX = RegistryIndex.build([
    Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M", ins=LOUIS_INS),
    Patient("L2", "LEROY", "Louise", date(2018, 5, 11), "F"),
    Patient("M1", "BLANC", "Marie", date(1990, 2, 1), "F"),
    Patient("M2", "BLANC", "Maria", date(1990, 2, 1), "F"),  # one letter, same sex: the sex cannot help
    Patient("D1", "DUPONT", "Denis", date(1960, 4, 2), "M"),
    Patient("D2", "DUPONT", "Denise", date(1962, 4, 2), "F"),  # one letter, another birth date
])


def decision(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "Patient : LEROY Louis\nNé(e) le 11/05/2018\nCompte rendu.",   # Louise's page, final e lost
    "Nom : LEROY\nPrénom : Louise\nDDN : 11/05/2018\nVaccins.",
    "LEROY Louis né le 11/05/2018\nConsultation.",                  # né is no proof: the same e is lost
])
def test_name_and_date_alone_do_not_file_a_twin_one_letter_away(text):
    d = decision(text)
    assert not d.files and d.rule == "homonyms"
    assert "ne diffère que d'une lettre" in d.reason_fr and ("L1" in d.reason_fr or "L2" in d.reason_fr)


@pytest.mark.parametrize("text, ipp", [
    ("Monsieur LEROY Louis, né le 11/05/2018\nConsultation.", "L1"),
    ("Madame LEROY Louise, née le 11/05/2018\nConsultation.", "L2"),
    ("Nom : LEROY\nPrénom : Louise\nDDN : 11/05/2018\nSexe : F\nVaccins.", "L2"),
    ("Nom : LEROY\nPrénom : Louis\nDDN : 11/05/2018\nSexe : M\nVaccins.", "L1"),
])
def test_the_printed_sex_tells_twins_of_both_sexes_apart(text, ipp):
    d = decision(text)
    assert d.files and d.patient_ipp == ipp


def test_louises_page_misread_louis_under_her_civility_contradicts():
    d = decision("Madame LEROY Louis, née le 11/05/2018\nConsultation.")
    assert not d.files


@pytest.mark.parametrize("text, ipp", [
    (f"LEROY Louis né le 11/05/2018\nINS : {LOUIS_INS}", "L1"),
    ("LEROY Louise née le 11/05/2018\nIPP : L2", "L2"),
])
def test_the_ins_or_the_practices_ipp_files_it(text, ipp):
    d = decision(text)
    assert d.files and d.patient_ipp == ipp


def test_same_sex_namesakes_one_letter_apart_need_more_than_the_civility():
    d = decision("Madame BLANC Marie, née le 01/02/1990\nConsultation.")
    assert not d.files and d.rule == "homonyms"


def test_one_letter_apart_but_born_another_day_still_files_on_exact_traits():
    d = decision("DUPONT Denis né le 02/04/1960\nConsultation.")
    assert d.files and d.patient_ipp == "D1"


SURNAME_INDEX = RegistryIndex.build([
    Patient("Y1", "YILMAZ", "Mehmet", date(1980, 2, 10), "M"),
    Patient("Y2", "VILMAZ", "Mehmet", date(1980, 2, 10), "M"),  # Y and V: what OCR confuses
    Patient("Y3", "VILMAZ", "Ahmet", date(1980, 2, 10), "M"),  # another first name: told apart by it
    Patient("R1", "ROUX", "Paul", date(1970, 1, 1), "M"),
    Patient("R2", "ROUXE", "Paul", date(1971, 1, 1), "M"),  # one letter, another birth date
])


def test_namesakes_whose_surnames_are_one_letter_apart_need_the_ins_or_ipp():
    d = decide(read_document(["Patient : VILMAZ Mehmet\nNé le 10/02/1980\nConsultation."], today=TODAY),
               SURNAME_INDEX)
    assert not d.files and d.rule == "homonyms" and "Y1" in d.reason_fr
    filed = decide(read_document(["Patient : VILMAZ Mehmet\nNé le 10/02/1980\nIPP : Y2"], today=TODAY), SURNAME_INDEX)
    assert filed.files and filed.patient_ipp == "Y2"


@pytest.mark.parametrize("text, ipp", [("Patient : VILMAZ Ahmet\nNé le 10/02/1980", "Y3"),
                                       ("Patient : ROUX Paul\nNé le 01/01/1970", "R1")])
def test_another_first_name_or_birth_date_still_files_on_exact_traits(text, ipp):
    d = decide(read_document([text], today=TODAY), SURNAME_INDEX)
    assert d.files and d.patient_ipp == ipp
