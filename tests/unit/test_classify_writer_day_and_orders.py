"""The writer arriving at the hospital (« j'arrive à l'hôpital ») starts a working day, not a patient's stay; a
hypothesis (« si le patient a été adressé par un autre médecin ») speaks of whoever it may be, not of one patient; and
an order names what it orders — a drug, a dose, an exam, a device, nursing — not only when to take it (« le matin »,
« le midi »).

Every text was written for these tests; each rule is shown from both sides.
"""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_the_writer_arriving_at_the_hospital_tells_no_stay():
    text = """Samedi, 8 h 50 : j'arrive à l'hôpital et j'enfile ma blouse. Dans le service, tout le monde se souhaite \
un joyeux Noël. Des chocolats pour le matin et du foie gras pour le midi. Une journée calme, de tout et de rien."""
    assert _type(text) != DocType.DISCHARGE_SUMMARY


def test_a_patient_arriving_at_the_hospital_tells_a_stay():
    text = """Samedi, 8 h 50 : il arrive à l'hôpital, amené par sa femme, pour des douleurs thoraciques. Dans le \
service, l'ECG montre un sus-décalage. Il est transféré en cardiologie interventionnelle."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_guidance_page_whose_only_patient_is_a_hypothesis_is_general_text():
    text = """Les lettres de liaison
La lettre de sortie est rédigée par le praticien qui a pris en charge le patient dans l'établissement.
Elle comporte les modalités de la sortie et les traitements à poursuivre.
Elle est transmise au médecin traitant le jour même de la sortie.
Elle est aussi transmise, si le patient a été adressé par un autre médecin, à ce praticien."""
    result = classify(text)
    assert result.doc_type == DocType.OTHER, (result.scores, result.matched_terms)


def test_a_letter_about_a_patient_who_was_referred_is_about_that_patient():
    text = """Lettre de sortie
Le patient a été adressé par son médecin traitant pour une pneumopathie.
Il a été hospitalisé dans le service et traité par amoxicilline.
Les modalités de la sortie ont été expliquées au patient et à son épouse.
Il rentre à domicile avec son traitement."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_times_of_day_with_nothing_ordered_make_no_order():
    text = """Le réveillon
Nous avons préparé des coquilles pour le matin et un gâteau pour le midi.
Le soir, toute la famille s'est retrouvée autour de la table."""
    assert _type(text) != DocType.PRESCRIPTION


def test_times_of_day_with_a_drug_make_an_order():
    text = """Mme D.
Paracétamol 1 g, un comprimé le matin, le midi et le soir si douleurs.
Pendant 5 jours."""
    assert _type(text) == DocType.PRESCRIPTION


def test_the_nursing_station_is_a_place_not_an_order():
    text = """Cadre : poste de soins infirmiers, beaucoup de bruit. Heure 16 h 15.
Dr T. : Le patient du 6B a eu des analyses et doit avoir un scanner ce soir. Je file.
Infirmière : Il peut avoir autre chose pour la douleur ? (Le Dr T. rédige une ordonnance rapidement.) Sa tension est \
à 95/60."""
    assert _type(text) != DocType.PRESCRIPTION


def test_nursing_care_ordered_is_an_order():
    text = """Mme D.
Soins infirmiers à domicile : pansement de l'ulcère de jambe gauche tous les deux jours.
Pendant 3 semaines, dimanches et jours fériés inclus."""
    assert _type(text) == DocType.PRESCRIPTION


def test_the_answer_to_an_imaging_quiz_is_teaching():
    text = """Échographie clinique n°3 – Réponse
Il s'agit d'une vésicule biliaire lithiasique non compliquée. Les lithiases sont hyperéchogènes, déclives et \
mobiles, avec un cône d'ombre postérieur ; la bile est anéchogène. La vésicule n'est pas dilatée et ses parois sont \
fines."""
    assert _type(text) == DocType.OTHER


def test_an_imaging_report_concluding_on_a_response_to_treatment_stays_a_report():
    text = """Échographie abdominale
Vésicule biliaire lithiasique non compliquée : lithiases hyperéchogènes, déclives et mobiles, avec un cône d'ombre \
postérieur. Parois fines.
Conclusion : réponse partielle au traitement."""
    assert _type(text) == DocType.IMAGING_REPORT


def test_an_order_of_a_brand_name_says_how_long_and_how_often():
    text = """Mme D.
DOLIPRANE 1000 : un le matin, un le soir, pendant 5 jours."""
    assert _type(text) == DocType.PRESCRIPTION


def test_a_request_for_an_opinion_and_its_answer_field_stays_a_consultation():
    text = """DEMANDE D'AVIS SPÉCIALISÉ
Question posée : conduite à tenir devant une hyperkaliémie à 6,1 mmol/L ?
Réponse :
Patient vu ce jour dans le service. Examen : pas de signe de gravité, ECG sans anomalie.
Conduite à tenir : arrêt du ramipril, contrôle du ionogramme demain."""
    assert _type(text) == DocType.CONSULTATION_REPORT
