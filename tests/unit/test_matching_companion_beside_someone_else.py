"""Someone designated only where he is named as the one with the subject — « X l'accompagne », `Présent : X`, « X
… est présent(e) » — is not filed when the page is someone else's: « l'accompagne » always says so; the other forms
when the page names another person, the subject hidden behind a relation word included (review13's D: `Accompagné de
sa sœur, M. LEFEBVRE Marc, …` / `Mme LEFEBVRE Marie (03-03-1962) l'accompagne.` filed Marie on main). Present with
nobody else named, he is the one the page is about. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("S1", "LEFEBVRE", "Marie", date(1962, 3, 3), "F"), Patient("D2", "DUPONT", "Paul", date(1957, 3, 12), "M"),
    Patient("J1", "SIMON", "Paul", date(1972, 4, 18), "M"), Patient("J2", "SIMON", "Pauline", date(1974, 8, 2), "F"),
    Patient("X2", "MOREL", "Hugo", date(1980, 10, 10), "M"), Patient("K2", "KLEIN", "Julia", date(1988, 9, 9), "F"),
])


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "Accompagné de sa sœur, M. LEFEBVRE Marc, 49 ans, pour une toux.\nMme LEFEBVRE Marie (03-03-1962) l'accompagne.",
    "Demande de son fils : Mme Jeanne DUPONT, que je vois pour une chute.\nM. DUPONT Paul (12/03/1957) l'accompagne.",
    "Accompagné de sa sœur, Mme Pauline SIMON, que je vois pour une chute.\nPrésent : M. SIMON Paul (18/04/1972)",
    "Vue ce jour avec son époux, Mme Odile SIMON, pour bilan.\nM. SIMON Paul, né le 18/04/1972, est présent.",
    "Patient : MOREL\nPrésent : M. MOREL Hugo (10/10/1980)\nToux.",
    "Je revois avec son père M. MOREL Hugo, pour une toux.\nM. MOREL Hugo, né le 10/10/1980, est présent.",
    "Présent : M. MOREL Hugo (10/10/1980), son père.\nToux fébrile.",
    "Mme KLEIN Julia (09-09-1988) l'accompagne.\nBilan sanguin normal.",
    "Mme KLEIN Julia (09-09-1988) I'accompagne.\nBilan sanguin normal.",
    "Vu avec sa mère, Léo KLEIN.\nEn présence de : Mme KLEIN Julia (09/09/1988)",
    "Vu avec sa mère, Léo KLEIN.\nAccompagnatrice : Mme KLEIN Julia (09/09/1988)",
    "Vu avec sa mère, Léo KLEIN.\nPrésemt : Mme KLEIN Julia (09/09/1988)",
    "Vu avec sa mère, Léo KLEIN.\nMme KLEIN Julia (09/09/1988) est également présente.",
    "Vu avec sa mère, Léo KLEIN.\nMme KLEIN Julia (09/09/1988) assiste à la consultation.",
    "M. MOREL Hugo, 16 ans, vient avec son papa.\nPrésent : Monsieur Hugo MOREL (10/10/1980)",
    "Vu avec sa mère, Léo KLEIN.\nMme KLEIN Julia\nnée le 09/09/1988\nl'accompagne.",
    "Vu avec sa mère, Léo KLEIN.\nMme KLEIN Julia (09/09/1988) est là.",
])
def test_a_companion_beside_someone_else_goes_to_review(text):
    decision = decide_text(text)
    assert not decision.files and decision.patient_ipp is None


@pytest.mark.parametrize("text, ipp", [
    ("Présent : M. MOREL Hugo (10/10/1980)\nIl est vu ce jour pour une toux.", "X2"),
    ("M. MOREL Hugo, né le 10/10/1980, est présent.\nExamen clinique normal.", "X2"),
    ("Mme KLEIN Julia, née le 09/09/1988, s'est présentée à ma consultation pour une toux.", "K2"),
    ("Mme KLEIN Julia, née le 09/09/1988, présente une toux depuis trois jours.", "K2"),
    ("En présence de : Mme KLEIN Julia (09/09/1988)\nElle est vue ce jour pour une toux.", "K2"),
    ("Mme KLEIN Julia\nNée le 09/09/1988\nSa fille l'accompagne.", "K2"),
    ("Patient : M. MOREL Hugo, né le 10/10/1980\nPrésente : son épouse, Mme MOREL Anne.", "X2"),
    ("M. DUPONT Paul (12/03/1957), accompagné de sa fille Léa.\nToux.", "D2"),
    ("Patient : M. MOREL Hugo\nPrésent : M. MOREL Hugo (10/10/1980)\nToux.", "X2"),
])
def test_the_subject_present_still_files(text, ipp):
    decision = decide_text(text)
    assert decision.files and decision.patient_ipp == ipp


@pytest.mark.parametrize("text", [
    "Mme KLEIN Julia (09-09-1988) l'accompogne.\nBilan sanguin normal.",
    "Mme KLEIN Julia (09-09-1988) l'occompagne.\nBilan sanguin normal.",
    "Vu avec sa mère, Léo KLEIN.\nPrésnt : Mme KLEIN Julia (09/09/1988)",
    "Vu avec sa mère, Léo KLEIN.\nPréseute : Mme KLEIN Julia (09/09/1988)",
    "Vu avec sa mère, Léo KLEIN.\nPrésente : Madome KLEIN Julia (09/09/1988)",
    "Vu avec sa mère, Léo KLEIN.\nMme KLEIN Julia, née le 09/09/1988, est préseute.",
])
def test_a_companions_marker_a_fax_misread_by_one_glyph_still_says_so(text):
    decision = decide_text(text)
    assert not decision.files and decision.patient_ipp is None


@pytest.mark.parametrize("text", [
    "Préseute : Mme KLEIN Julia (09/09/1988)\nElle est vue ce jour pour une toux.",
    "Mme KLEIN Julia, née le 09/09/1988, est préseute à ma consultation pour une toux.",
    "Motif : Mme KLEIN Julia (09/09/1988)\nToux.",
])
def test_a_misread_marker_with_nobody_else_named_still_files(text):
    decision = decide_text(text)
    assert decision.files and decision.patient_ipp == "K2"
