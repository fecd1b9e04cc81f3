"""Another valid INS on the patient's own name line is excused as a relative's only for a relation word: a surname that
is also a kinship prefix (`Nom : PETIT   Prénom : Marie   INS : …`) excuses nothing, while `petit-fils` and a prefix
glued to a misread noun (`Belle-rnère`) still do. Session 61: the base filed a page under one Marie PETIT while her
namesake's INS stood on her line. Letting such an INS designate its holder was tried and withdrawn (two reviews filed
mothers and fathers from babies' pages: `Nom de jeune fille : DURAND … INS : …`). Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
PETIT = Patient("P1", "PETIT", "Marie", date(1959, 10, 17), "F", ins="259105612114035")
PETIT_NAMESAKE = Patient("P2", "PETIT", "Marie", date(1962, 5, 17), "F", ins="262057511416562")
MOTHER = Patient("M1", "DURAND", "Sophie", date(1985, 5, 17), "F", ins="285057511416502")


def decision(text: str, patients: list[Patient]):
    return decide(read_document([text], TODAY), RegistryIndex.build(patients))


def test_a_namesakes_ins_on_a_kinship_prefix_surnames_line_contradicts_the_traits():
    text = ("Compte rendu\nNom : PETIT   Prénom : Marie   née le 17/10/1959   INS : 262057511416562\n"
            "Bilan annuel sans particularité.\n")
    assert decision(text, [PETIT, PETIT_NAMESAKE]).status == "review"


def test_her_own_ins_on_that_line_is_consistent():
    text = ("Compte rendu\nNom : PETIT   Prénom : Marie   née le 17/10/1959   INS : 259105612114035\n"
            "Bilan annuel sans particularité.\n")
    result = decision(text, [PETIT, PETIT_NAMESAKE])
    assert result.status == "filed" and result.patient_ipp == "P1"


def test_a_grandsons_ins_is_still_a_relatives():
    text = ("Compte rendu\nPatiente : PETIT Marie née le 17/10/1959\nINS du petit-fils : 262057511416562\n"
            "Bilan annuel sans particularité.\n")
    result = decision(text, [PETIT, PETIT_NAMESAKE])
    assert result.status == "filed" and result.patient_ipp == "P1"


def test_a_prefix_glued_to_a_misread_kinship_noun_is_still_a_relatives():
    text = ("Compte rendu\nPatiente : PETIT Marie née le 17/10/1959\nBelle-rnère : PETIT Marie  INS : 262057511416562\n"
            "Bilan annuel sans particularité.\n")
    result = decision(text, [PETIT, PETIT_NAMESAKE])
    assert result.status == "filed" and result.patient_ipp == "P1"


def test_the_mothers_ins_behind_a_birth_names_old_label_on_a_babys_page_designates_no_one():
    text = """Fiche de liaison néonatale — J3
Bébé LEROY Léo, garçon
Nom de jeune fille : DURAND   Prénom : Sophie   INS : 285057511416502
Examen du nouveau-né normal. Allaitement maternel.
"""
    assert decision(text, [MOTHER]).status == "review"
