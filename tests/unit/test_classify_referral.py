"""A referral letter sends the patient on to a colleague (« Je vous adresse M. R. … Merci de le recevoir », « Je fais
hospitaliser M. V. ») and is a letter even when its writer examined the patient first; a consultant's reply to the
colleague who sent the patient (« Je vous remercie de m'avoir adressé … ») or a consultation's record stays a
consultation report.

Every text was written for these tests; the rule is shown from both sides.
"""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_a_referral_letter_whose_writer_examined_the_patient_is_a_letter():
    text = """Cher confrère,
Je vous adresse M. Paul R., 60 ans, que j'ai vu ce jour pour une douleur thoracique d'effort. A l'examen, TA \
150/90, auscultation normale. Merci de bien vouloir le recevoir rapidement pour une épreuve d'effort.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_a_doctor_who_sends_the_patient_to_hospital_after_his_visit_writes_a_letter():
    text = """Cher confrère,
Je fais hospitaliser M. Le V., 70 ans, que je vois ce jour à domicile pour une dyspnée. A l'examen, crépitants \
bilatéraux, SpO2 88 %. Merci de le prendre en charge.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_a_consultants_reply_that_asks_the_colleague_to_see_the_patient_again_is_a_consultation():
    text = """Cher confrère,
Je vous remercie de m'avoir adressé Mme B., 54 ans, que j'ai vue ce jour pour des lombalgies. A l'examen, raideur \
lombaire sans déficit. Je propose une kinésithérapie. Merci de la revoir dans un mois.
Bien confraternellement."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_consultation_record_that_ends_by_sending_the_patient_on_is_a_consultation():
    text = """Motif de consultation : douleur thoracique d'effort.
Examen clinique : TA 150/90, auscultation normale.
Conduite à tenir : épreuve d'effort. Je vous adresse le patient : merci de le recevoir rapidement.
Bien confraternellement."""
    assert _type(text) == DocType.CONSULTATION_REPORT
