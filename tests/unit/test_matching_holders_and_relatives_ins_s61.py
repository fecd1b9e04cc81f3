"""An INS that its line says is a holder's or a relative's designates no one: a card holder's or a minor's answerable
adult's label before it (`Titulaire :`, `Resp. :`), or a relation said right after the number (`(grand-père)`, `,
agissant en qualité de père`). Session 61: three reviews found the base filing a child's paper under the father or
the grandfather whose INS it printed. The patient's own INS, and a next field's label after it, are unchanged. Pure,
no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
FATHER = Patient("DP", "DURAND", "Paul", date(1955, 11, 13), "M", ins="155113305631079")


def decision(text: str):
    return decide(read_document([text], TODAY), RegistryIndex.build([FATHER]))


def test_a_card_holders_number_on_a_childs_prescription_designates_no_one():
    text = """ORDONNANCE — Dr M. LE BRIS, pédiatre
Lucas, 16 ans, 58 kg
Titulaire : DURAND Paul  N° SS : 1 55 11 33 056 310 79
Amoxicilline 1 g matin et soir, 6 jours.
"""
    assert decision(text).status == "review"


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
