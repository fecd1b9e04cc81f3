"""Titles that name a document handing a patient over, or a visit by what it is for, found on dev17 (session 17), each
with its near miss:
- a liaison letter written for the admission (« Lettre de liaison à l'entrée en établissement de santé ») is the
  referring doctor's letter: the stay is still to come, whatever its « Motif d'hospitalisation » and « Traitements à
  l'admission »; the liaison letter written at discharge still tells the stay;
- a liaison or transfer sheet (« Fiche de liaison d'urgence », « Document de transfert ») hands one patient over to
  another carer: a letter; the same words in a stay's sentence title nothing, and a page that says what such a sheet
  is for (« La fiche de liaison d'urgence est un document … », « Qu'est-ce qu'un document de transfert ? ») is a guide;
- a consultation titled by what it is for or who holds it (« Consultation d'évaluation pluri-professionnelle »,
  « Consultation de bilan ») is a consultation report, even when its form lists care to plan (« Prévoir /
  Hospitalisation complète | non »); a stay that names such a visit lower down is still a stay, and a letterhead that
  offers such visits (« Consultations de dépistage sur rendez-vous ») titles nothing.
- a form's table row answered « non » (« Prévoir / Hospitalisation complète | non ») names care neither given nor
  planned: it is not read, and the same row answered « oui » still is.

Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType

ADMISSION_LETTER = """{title}

Cabinet médical des Tilleuls
12 rue des Lilas 44000 NANTES

Date du document : 04/02/2026
Auteur : Dr Paul MARTIN, médecin généraliste
Patient : Jeanne DURAND, née le 02/03/1950 (F)

Hospitalisation à partir du 04/02/2026

Motif d'hospitalisation
Chutes répétées, déshydratation

Traitements à l'admission
Médicament | Dose | Fréquence
RAMIPRIL 5 mg | 1 comprimé | 1 fois / jour

Antécédents médicaux
Hypertension artérielle"""


def test_a_liaison_letter_for_the_admission_is_the_referring_doctors_letter():
    text = ADMISSION_LETTER.format(title="Lettre de liaison à l'entrée en établissement de santé")
    assert classify(text, learned=False).doc_type == DocType.LETTER


def test_an_admission_liaison_letter_named_d_entree_is_a_letter_too():
    text = ADMISSION_LETTER.format(title="LETTRE DE LIAISON D'ENTRÉE")
    assert classify(text, learned=False).doc_type == DocType.LETTER


DISCHARGE_LIAISON = """Lettre de liaison {when}

Service de médecine polyvalente, CH de Cholet
Patient : Jeanne DURAND, née le 02/03/1950 (F)

Hospitalisation du 04/02/2026 au 11/02/2026
Motif d'hospitalisation : chutes répétées, déshydratation.
Synthèse médicale du séjour : réhydratation intraveineuse, bilan de chute sans particularité.
Traitement de sortie : RAMIPRIL 5 mg, 1 comprimé par jour.
Mode de sortie : retour à domicile."""


def test_the_liaison_letter_at_discharge_still_tells_the_stay():
    text = DISCHARGE_LIAISON.format(when="à la sortie")
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_liaison_letter_without_its_moment_still_tells_the_stay():
    text = DISCHARGE_LIAISON.format(when="").replace("Lettre de liaison \n", "Lettre de liaison\n")
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


TRANSFER_SHEET = """{title}

EHPAD Les Glycines
3 avenue du Parc 49300 CHOLET

Date du document : 14/01/2026 09:10
Auteur : Dr Anne ROUX, médecin coordonnateur
Destinataire : Dr Marc PETIT, service des urgences, CH de Cholet
Patient : Louis BERNARD, né le 11/11/1938 (M)

Motif | Dyspnée fébrile depuis la nuit
Constantes | Pouls 104 /min ; Température 38,6 °C
État de conscience | Conscient
Dernière prise du traitement habituel le 14 janvier à 08h00.
Prothèses | Lunettes, prothèse dentaire"""


def test_an_emergency_liaison_sheet_hands_the_patient_over_a_letter():
    text = TRANSFER_SHEET.format(title="FICHE DE LIAISON D'URGENCE")
    assert classify(text, learned=False).doc_type == DocType.LETTER


def test_a_transfer_document_hands_the_patient_over_a_letter():
    text = TRANSFER_SHEET.format(title="Document de transfert de l'EHPAD vers le service des urgences")
    assert classify(text, learned=False).doc_type == DocType.LETTER


def test_a_transfer_told_in_a_stays_sentence_titles_nothing():
    text = """Compte rendu d'hospitalisation
Mme B., 84 ans, a été hospitalisée du 3 au 9 janvier pour une pneumonie.
La fiche de liaison de l'EHPAD nous a été remise à l'arrivée aux urgences.
Évolution favorable sous amoxicilline. Retour à domicile le 9 janvier."""
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_discharge_liaison_sheet_is_not_taken_for_a_hand_over_letter():
    text = """Fiche de liaison de sortie
Service de gériatrie
Mme B., 84 ans, hospitalisée du 3 au 9 janvier pour une pneumonie.
Évolution favorable sous amoxicilline.
Traitement de sortie : amoxicilline jusqu'au 12 janvier.
Mode de sortie : retour à domicile."""
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


EVALUATION_VISIT = """{title}

Clinique des Ormeaux
Acte : consultation, le 03/11/2026 10:00
Auteur : Dr Claire MOREAU, neurologue
Patient : Marie LEROY, née le 15/03/1960 (F)

Évaluation du handicap moteur
Spasticité gênante | oui
Risque de chute | oui

Plan de soins
Besoin d'un avis médical complémentaire | Cardiologue

Traitement | Observation
Prévoir / Hospitalisation complète | non
Prévoir / Hospitalisation à domicile (HAD) | non
Prévoir / Séjour de répit | non
Souhait et projet de vie | Retour au domicile"""


def test_a_consultation_titled_by_its_evaluation_is_a_consultation_report():
    text = EVALUATION_VISIT.format(title="CONSULTATION D'ÉVALUATION PLURI-PROFESSIONNELLE POST-AVC")
    assert classify(text, learned=False).doc_type == DocType.CONSULTATION_REPORT


def test_a_consultation_titled_by_who_holds_it_is_a_consultation_report():
    text = EVALUATION_VISIT.format(title="Consultation pluridisciplinaire")
    assert classify(text, learned=False).doc_type == DocType.CONSULTATION_REPORT


def test_a_stay_that_names_an_evaluation_visit_lower_down_is_still_a_stay():
    text = """Compte rendu d'hospitalisation
Unité neurovasculaire
M. T., 71 ans, a été hospitalisé du 2 au 12 mars pour un infarctus cérébral sylvien gauche.
Évolution favorable, récupération partielle du déficit moteur.
Consultation d'évaluation pluri-professionnelle post-AVC
Prévue dans six mois.
Mode de sortie : transfert en SSR."""
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_page_that_says_what_a_liaison_sheet_is_for_is_a_guide():
    text = """Fiche de liaison d'urgence
La fiche de liaison d'urgence est un document rempli par le médecin de l'établissement avant chaque transfert.
Elle doit accompagner le résident et être remise à l'équipe des urgences.
Elle rassemble les informations utiles à la prise en charge en l'absence du médecin traitant."""
    assert classify(text, learned=False).doc_type == DocType.OTHER


def test_a_page_that_asks_what_a_transfer_document_is_is_a_guide():
    text = """Document de transfert
Qu'est-ce qu'un document de transfert ?
Il accompagne chaque résident adressé aux urgences et résume son état, ses traitements et ses directives.
Il est rempli par l'infirmière ou le médecin de l'établissement et remis aux ambulanciers."""
    assert classify(text, learned=False).doc_type == DocType.OTHER


def test_a_letterhead_offering_evaluation_visits_titles_no_consultation():
    text = """Centre de prévention des Ormeaux
Consultations de dépistage sur rendez-vous
Le dépistage organisé concerne les personnes de 50 à 74 ans.
Un test est proposé tous les deux ans par courrier de l'Assurance maladie.
Les résultats sont adressés au médecin traitant et à la personne concernée."""
    assert classify(text, learned=False).doc_type == DocType.OTHER


CARE_PLAN_FORM = """Clinique des Ormeaux
Acte : consultation, le 03/11/2026 10:00
Auteur : Dr Claire MOREAU, neurologue
Patient : Marie LEROY, née le 15/03/1960 (F)

Examen clinique : marche avec une canne, spasticité du membre supérieur droit.
Risque de chute | oui
Besoin d'un avis médical complémentaire | Cardiologue

Traitement | Observation
Prévoir / Hospitalisation complète | {answer}
Prévoir / Hospitalisation à domicile (HAD) | {answer}
Prévoir / Séjour de répit | {answer}
Souhait et projet de vie | Retour au domicile"""


def test_a_forms_rows_answered_no_tell_no_stay():
    text = CARE_PLAN_FORM.format(answer="non")
    assert classify(text, learned=False).doc_type == DocType.CONSULTATION_REPORT


def test_a_forms_rows_answered_yes_still_count():
    result = classify(CARE_PLAN_FORM.format(answer="oui"), learned=False)
    assert "hospitalisation complete" in result.matched_terms["discharge_summary"]
    assert "hospitalisation complete" not in classify(CARE_PLAN_FORM.format(answer="non"),
                                                      learned=False).matched_terms.get("discharge_summary", [])
