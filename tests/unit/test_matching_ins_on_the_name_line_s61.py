"""An INS printed on the patient's own name line is hers even when a relation word seems to stand before it: a birth
name's label (`Nom de jeune fille : HOFFMANN … INS : …`) or a surname that is also a kinship prefix (`Nom : PETIT …
INS : …`). Session 61: own corpus seed 941 (courrier_0001) sent the patient's own INS to review as a third party's, and
a namesake's INS on such a line no longer contradicted. A relative's INS still does not designate. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
HOFFMANN = Patient("B1", "HOFFMANN", "Brigitte", date(1959, 10, 17), "F", used_name="DIOP", ins="259105612114035")
LACOSTE = Patient("B2", "LACOSTE", "Nicole", date(1959, 5, 17), "F", used_name="DIOP", ins="259057511416515")
PETIT = Patient("P1", "PETIT", "Marie", date(1959, 10, 17), "F", ins="259105612114035")
PETIT_NAMESAKE = Patient("P2", "PETIT", "Marie", date(1962, 5, 17), "F", ins="262057511416562")
CHILD = Patient("C1", "DUVAL", "Léa", date(2015, 5, 17), "F")
MOTHER = Patient("M1", "MARTIN", "Sophie", date(1985, 5, 17), "F", used_name="DUVAL", ins="285057511416502")


def decision(text: str, patients: list[Patient]):
    return decide(read_document([text], TODAY), RegistryIndex.build(patients))


def test_the_ins_beside_a_birth_names_old_label_designates_the_patient():
    text = """Consultation d'endocrinologie du 1er juillet 2024
Nom de jeune fille : HOFFMANN   Nom d'usage : DIOP   Prénom : BRIGITTE — INS : 2591056121140 35
Chère consœur,
J'ai vu en consultation ce jour HOFFMANN épouse DIOP BRIGITTE, pour le suivi d'un diabète de type 2.
"""
    result = decision(text, [HOFFMANN, LACOSTE])
    assert result.status == "filed" and result.patient_ipp == "B1"


def test_the_ins_beside_a_surname_that_is_a_kinship_prefix_designates_the_patient():
    text = "Compte rendu\nNom : PETIT   Prénom : Marie   INS : 259105612114035\nBilan annuel sans particularité.\n"
    result = decision(text, [PETIT, PETIT_NAMESAKE])
    assert result.status == "filed" and result.patient_ipp == "P1"


def test_a_namesakes_ins_on_the_name_line_contradicts_the_traits():
    """The base filed this under P1 by her traits: `PETIT` made the namesake's INS a third party's."""
    text = ("Compte rendu\nNom : PETIT   Prénom : Marie   née le 17/10/1959   INS : 262057511416562\n"
            "Bilan annuel sans particularité.\n")
    assert decision(text, [PETIT, PETIT_NAMESAKE]).status == "review"


def test_the_mothers_ins_behind_her_birth_names_label_still_designates_no_one():
    text = "Fiche de liaison\nNom de jeune fille de la mère : MARTIN   INS : 285057511416502\nEnfant : DUVAL Léa\n"
    assert decision(text, [CHILD, MOTHER]).status == "review"


def test_a_grandsons_ins_is_still_a_third_partys():
    text = ("Compte rendu\nPatiente : PETIT Marie née le 17/10/1959\nINS du petit-fils : 262057511416562\n"
            "Bilan annuel sans particularité.\n")
    result = decision(text, [PETIT, PETIT_NAMESAKE])
    assert result.status == "filed" and result.patient_ipp == "P1"
