"""An INS that its line says is an answerable adult's or a relative's designates no one, but its holder stays a
candidate: a minor's answerable adult's label opening the line (`Resp. :`, `Responsable légal :`), a relation alone
in brackets right after the number (`(grand-père)`), the signer's capacity (`, agissant en qualité de père`).
Session 61: three reviews found the base filing a child's paper under the father or the grandfather whose INS it
printed. The patient's own INS, a next field's label, a bracket that describes the patient (`(veuf)`, `(jumelle 1)`)
and `Titulaire :` (most often the patient himself) are unchanged. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
FATHER = Patient("DP", "DURAND", "Paul", date(1955, 11, 13), "M", ins="155113305631079")


def decision(text: str):
    return decide(read_document([text], TODAY), RegistryIndex.build([FATHER]))


def test_a_card_holders_own_number_still_designates_him():
    text = """ORDONNANCE — Dr M. LE BRIS
Titulaire : DURAND Paul  N° SS : 1 55 11 33 056 310 79
M. DURAND Paul, 71 ans. Amoxicilline 1 g matin et soir, 6 jours.
"""
    result = decision(text)
    assert result.status == "filed" and result.patient_ipp == "DP"


def test_the_answerable_adults_ins_on_a_childs_sticker_designates_no_one():
    text = "PEDIATRIE — Étiquette\nLouis  (4 ans)  M\nResp. : DURAND Paul  INS 155113305631079\nFièvre 39°, otite.\n"
    assert decision(text).status == "review"


def test_a_relation_in_brackets_after_the_number_designates_no_one():
    text = """Consultation de génétique — arbre généalogique
Cas index : Lucas (12 ans)
I-1   DURAND Paul   INS : 155113305631079   (grand-père)
Mutation BRCA2.
"""
    assert decision(text).status == "review"


def test_the_signers_capacity_after_the_number_designates_no_one():
    text = """AUTORISATION D'OPÉRER UN MINEUR
Je soussigné M. DURAND Paul, INS : 155113305631079, agissant en qualité de père,
autorise l'équipe de chirurgie pédiatrique à opérer mon fils Louis (appendicectomie).
"""
    assert decision(text).status == "review"


def test_the_patients_own_ins_beside_his_name_still_designates_him():
    result = decision("Compte rendu\nM. DURAND Paul   INS : 155113305631079 (patient)\nBilan annuel.\n")
    assert result.status == "filed" and result.patient_ipp == "DP"


def test_a_relatives_label_opening_the_next_field_is_not_the_numbers():
    text = "Compte rendu\nM. DURAND Paul   INS : 155113305631079   Contact : sa fille, 06 11 22 33 44\nBilan annuel.\n"
    result = decision(text)
    assert result.status == "filed" and result.patient_ipp == "DP"


def test_a_bracket_that_describes_the_patient_is_no_relation():
    result = decision("Compte rendu\nM. DURAND Paul   INS : 155113305631079   (veuf)\nBilan annuel.\n")
    assert result.status == "filed" and result.patient_ipp == "DP"


def test_the_held_holder_still_keeps_his_twin_from_being_filed():
    """Session 61 review (rev6 W31): the held INS's holder stays a candidate against the twin named with his date."""
    twin = Patient("DL", "DURAND", "Louis", date(1955, 11, 13), "M")
    text = """Compte rendu d'entretien
M. DURAND   INS : 155113305631079   (mari)
Présent à l'entretien : DURAND Louis, né le 13/11/1955.
"""
    assert decide(read_document([text], TODAY), RegistryIndex.build([FATHER, twin])).status == "review"
