"""A relation word OCR misread by one glyph (`sa rnère`, `son frcre`, `son flls`, `son ép0ux`, `sa filie`), right after a
possessive, is still that relation word: the name and the date after it are the relative's (review8's M-8: filed under
the relative on main, clean dates). Only glyphs OCR confuses count (c/e/o/0, l/i/1, f/t, n/u, b/p, l/t, `rn` for `m`, `ii` for
`u`); a word that is no relation word (`son bilan`), a misread without a possessive before it, or a patient named
after a possessive but not behind a relation word still files as before. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide, misread_relation_word
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("C1", "MOREAU", "Léa", date(2015, 7, 7), "F"),
    Patient("C2", "MOREAU", "Sophie", date(1985, 4, 4), "F"),  # Léa's mother
    Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F"),
    Patient("W2", "LAMBERT", "Claude", date(1983, 12, 3), "M"),  # Claire's twin brother
    Patient("H1", "BERNARD", "Luc", date(1980, 2, 2), "M"),
    Patient("H2", "BERNARD", "Luc", date(1985, 6, 6), "M"),
    Patient("S1", "DURAND", "Marie", date(1962, 3, 3), "F"),
    Patient("S2", "DURAND", "Jacques", date(1960, 5, 5), "M"),  # Marie's husband
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Patient : MOREAU\nVue avec sa rnere Mme MOREAU Sophie, née le 04/04/1985.",
    "Enfant : Emma, 3 ans\nsa rnère Mme MOREAU Sophie, née le 04/04/1985, est présente.",
    "Enfant : Léa\nAccompagnée de sa mcre, MOREAU Sophie (née le 04/04/1985).",
    "Patient : LAMBERT\nAntécédents : son frcre LAMBERT Claude (né le 03/12/1983).",
    "Patient : Luc BERNARD\nAntécédents : son flls Luc BERNARD (né le 06/06/1985) diabétique.",
    "Patient : BERNARD\nAntécédents : son tils Luc BERNARD (né le 06/06/1985).",
    "Patient : BERNARD\nAntécédents : son fits Luc BERNARD (né le 06/06/1985).",
    "Patient : MOREAU\nVue avec son bère, M. MOREAU Sophie, née le 04/04/1985.",
    "Patient : BERNARD\nAntécédents : son fifs, Luc BERNARD (né le 06/06/1985).",  # f/l: s637-022
    "Mme DURAND\nVue avec son ép0ux M. DURAND Jacques, né le 05/05/1960.",
    "Mme DURAND\nVue avec son époiix M. DURAND Jacques, né le 05/05/1960.",
    "Patient : MOREAU\nSa filie MOREAU Léa, née le 07/07/2015, est présente.",
])
def test_a_relative_behind_a_misread_relation_word_designates_no_one(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("Mme MOREAU Sophie, née le 04/04/1985, vue pour son bilan annuel.", "C2"),
    ("Vue pour son bilan : Mme MOREAU Sophie, née le 04/04/1985.", "C2"),
    ("Patient : DURAND Jacques\nNé le 05/05/1960\nFrcre de la patiente suivie.", "S2"),
    ("M. DURAND Jacques, né le 05/05/1960, et son épouse.", "S2"),
])
def test_no_relation_word_misread_the_patient_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("read, word", [
    ("RNERE", "MERE"), ("MCRE", "MERE"), ("FRCRE", "FRERE"), ("FLLS", "FILS"), ("FI1S", "FILS"), ("TILS", "FILS"),
    ("EP0UX", "EPOUX"), ("EPOIIX", "EPOUX"), ("FILIE", "FILLE"), ("MARL", "MARI"), ("RNARI", "MARI"),
    ("BERE", "PERE"), ("FITS", "FILS"), ("EBOUSE", "EPOUSE"), ("FILTE", "FILLE"),  # b/p and l/t: ood-s628-018, s633-029
    ("FIFS", "FILS"), ("FIFLE", "FILLE"), ("ONCFE", "ONCLE"),  # f/l: ood-s637-022
])
def test_one_ocr_misread_makes_the_relation_word(read, word):
    assert misread_relation_word(read) == word


@pytest.mark.parametrize("read", ["BILAN", "SANTE", "MARS", "FILM", "MERES", "PIERRE", "MARIE", "PARE", "BIEN", "POIDS",
                                  "BILLE", "PERLE", "TILT", "BETE", "PEAU", "PELLE", "LEMME", "FIL", "FIEF"])
def test_other_words_are_no_relation_word(read):
    assert misread_relation_word(read) == ""


@pytest.mark.parametrize("word", ["peau", "pelle", "lemme"])
def test_a_french_word_after_a_possessive_still_names_the_subject_beside(word):
    """review39: `Pour sa peau, Mme LEROY Jeanne est revue ce jour.` — read as `sa beau-`, Jeanne became a relative and
    the page was filed under Léa named in its header."""
    index = RegistryIndex.build([Patient("M1", "LEROY", "Léa", date(1989, 9, 5), "F"),
                                 Patient("J1", "LEROY", "Jeanne", date(2018, 4, 4), "F")])
    text = f"Mme LEROY Léa (05/09/1989)\nPour sa {word}, Mme LEROY Jeanne est revue ce jour."
    assert not decide(read_document([text], today=TODAY), index).files
