"""Short forms and letters typed by what they say of themselves: a consultant's reply that reports the examination,
a letter's closing formula, a titled prescription or consent form, an order for a device.

Every text was written for these tests."""
from __future__ import annotations

import pytest

from docpipe.classify import classify
from docpipe.models import DocType


def test_a_reply_reporting_what_the_examination_found_is_a_consultation_report():
    text = """Cher confrère,
Merci de m'avoir adressé M. V., 58 ans, qui présente des vertiges positionnels.
À l'examen, on constate un nystagmus torsionnel à la manœuvre de Dix-Hallpike droite.
En conclusion, je retiens un vertige positionnel paroxystique bénin.
Je lui préconise une manœuvre libératoire, réalisée ce jour.
Bien confraternellement"""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_referral_reporting_the_referrers_findings_stays_a_letter():
    text = """Cher confrère,
Je vous adresse M. V., 58 ans, pour des vertiges positionnels.
À l'examen, on constate un nystagmus à la manœuvre de Dix-Hallpike droite.
Je vous remercie de bien vouloir le recevoir et vous prie d'accepter mes salutations confraternelles."""
    assert classify(text).doc_type == DocType.LETTER


@pytest.mark.parametrize("closing", ["Veuillez accepter, …, mes sincères salutations.",
                                     "Je vous prie d'accepter, Monsieur, mes sincères salutations."])
def test_a_short_letter_closing_with_accepter_is_a_letter(closing):
    assert classify(f"…, le …\n\nCher …,\n\n{closing}\n").doc_type == DocType.LETTER


def test_a_certificate_closing_with_the_same_formula_stays_other():
    text = """CERTIFICAT MÉDICAL
Je soussigné certifie que l'état de santé de Mme X contre-indique la pratique du sport pendant un mois.
Veuillez accepter, Madame, Monsieur, mes salutations distinguées."""
    assert classify(text).doc_type == DocType.OTHER


MARKERS_FORM = """PRESCRIPTION MÉDICALE POUR LE DOSAGE DES MARQUEURS SÉRIQUES
Médecin prescripteur : …
Patiente : …
Date de début de grossesse : …
Clarté nucale : … mm
Prélèvement entre 11 et 13 SA
Le dosage sera effectué dans un laboratoire de biologie médicale autorisé.
LABORATOIRE
Date de prélèvement : …"""


def test_a_form_titled_prescription_medicale_pour_is_a_prescription():
    assert classify(MARKERS_FORM).doc_type == DocType.PRESCRIPTION


def test_a_transport_form_titled_prescription_medicale_de_transport_stays_other():
    text = """PRESCRIPTION MÉDICALE DE TRANSPORT
Transport assis professionnalisé (VSL, taxi) : ☐
Aller ☐ Retour ☐
Motif : séances de dialyse."""
    assert classify(text).doc_type == DocType.OTHER


def test_a_lab_result_that_names_the_prescription_in_a_sentence_stays_a_lab_result():
    text = """LABORATOIRE DE BIOLOGIE MÉDICALE
Résultats d'analyses
Prélevé le 03/02/2024 selon la prescription médicale du Dr X.
Hémoglobine 13,2 g/dL (12-16)
Plaquettes 250 G/L (150-400)"""
    assert classify(text).doc_type == DocType.LAB_RESULT


def test_a_consent_form_titled_by_its_examination_is_other():
    text = """CONSENTEMENT À UNE ÉCHOGRAPHIE OBSTÉTRICALE
Je soussignée Mme …, atteste avoir reçu du Dr … des informations sur l'examen échographique.
L'échographie est un examen d'imagerie médicale sans risque connu pour le fœtus.
Je consens à la réalisation de l'examen.
Fait le …"""
    assert classify(text).doc_type == DocType.OTHER


def test_a_consent_field_above_an_operative_report_does_not_title_it():
    text = """Consentement à l'intervention : recueilli
COMPTE RENDU OPÉRATOIRE
Opérateur : Dr X. Anesthésie générale.
Installation en décubitus dorsal. Incision médiane. Hémostase. Fermeture plan par plan."""
    assert classify(text).doc_type == DocType.OPERATIVE_REPORT


@pytest.mark.parametrize("device", ["Achat d'une chaussure post-opératoire", "Une paire de chaussures de décharge"])
def test_an_order_for_a_therapeutic_shoe_is_a_prescription(device):
    assert classify(f"…\n\n{device}\n").doc_type == DocType.PRESCRIPTION


def test_an_operative_report_advising_a_post_operative_shoe_stays_an_operative_report():
    text = """COMPTE RENDU OPÉRATOIRE
Ostéotomie du premier métatarsien. Installation en décubitus dorsal, garrot à la cuisse.
Incision médiale. Ostéosynthèse par deux vis. Fermeture plan par plan.
Appui autorisé dans une chaussure post-opératoire."""
    assert classify(text).doc_type == DocType.OPERATIVE_REPORT


def test_a_short_note_of_a_visit_and_its_motive_is_a_consultation_report():
    text = """M. Paul Roche, 61 ans

Suivi depuis 4 ans pour une hypertension artérielle et une gonarthrose
Consultation du médecin traitant pour une toux sèche depuis dix jours."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_told_stay_whose_patient_was_followed_for_years_stays_a_stay():
    text = """Patient de 60 ans, suivi depuis 5 ans pour un myélome, admis pour une insuffisance rénale aiguë.
La biopsie rénale montrait une néphropathie à cylindres. Une hémodialyse a été débutée. Il est sorti à J20."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_practice_letterhead_offering_consultations_does_not_make_a_prescription_a_consultation():
    text = """Dr X – Médecine générale
Consultations sur rendez-vous pour adultes et enfants
ORDONNANCE
Amoxicilline 1 g : 1 comprimé matin et soir pendant 6 jours."""
    assert classify(text).doc_type == DocType.PRESCRIPTION


def test_a_letter_that_had_the_pleasure_of_seeing_the_patient_is_a_consultation_report():
    text = """Cher confrère,
J'ai eu le plaisir de voir votre patient M. H., 58 ans, pour une douleur de l'épaule droite.
La mobilité active est limitée en abduction. Je lui propose des séances de kinésithérapie.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_letter_that_has_the_pleasure_of_sending_the_patient_stays_a_letter():
    text = """Cher confrère,
J'ai le plaisir de vous adresser M. H., 58 ans, pour une douleur de l'épaule droite rebelle aux antalgiques.
Je vous remercie de votre avis.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.LETTER


def test_an_endoscopy_report_titled_by_the_procedure_alone_is_an_operative_report():
    text = """Gastroscopie
Indication : épigastralgies.
Œsophage normal. Estomac : érythème antral, biopsies réalisées. Duodénum normal.
Conclusion : gastrite érythémateuse antrale, biopsies en cours."""
    assert classify(text).doc_type == DocType.OPERATIVE_REPORT


def test_a_consultation_that_recalls_an_endoscopy_under_its_own_label_stays_a_consultation():
    text = """Consultation de gastro-entérologie
Vu ce jour pour le suivi d'une maladie de Crohn.
Gastroscopie : normale en 2022.
Examen clinique : abdomen souple. Poursuite de l'azathioprine, je le reverrai dans six mois."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_an_appointment_letter_from_a_secretariat_is_a_letter():
    text = """Madame,
Nous vous informons que votre rendez-vous de consultation en cardiologie est fixé au 12 avril à 14 h.
Merci de vous munir de vos ordonnances et de vos derniers examens.
Le secrétariat."""
    assert classify(text).doc_type == DocType.LETTER


def test_a_letter_thanking_for_the_patient_and_telling_what_the_writer_prescribed_is_a_consultation_report():
    text = """Monsieur le Docteur,
Je vous remercie de m'avoir adressé Mlle T., 19 ans, pour une acné inflammatoire du visage.
Je lui ai prescrit de la doxycycline pendant trois mois associée à un traitement local.
Je la reverrai en juin.
Cordialement."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_letter_telling_what_another_doctor_prescribed_stays_a_letter():
    text = """Monsieur le Docteur,
Je vous adresse Mlle T., 19 ans, pour une acné inflammatoire du visage.
Son dermatologue lui a prescrit de la doxycycline, sans amélioration.
Cordialement."""
    assert classify(text).doc_type == DocType.LETTER


def test_a_consultation_titled_by_its_specialty_without_de_is_a_consultation_report():
    text = """CONSULTATION PNEUMOLOGIE
Patient de 66 ans, ancien fumeur, suivi pour BPCO stade 3.
EFR : VEMS 38 % de la théorique. Gaz du sang : PaO2 58 mmHg.
Oxygénothérapie de longue durée à débuter. Réévaluation dans trois mois."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT
