"""A certificate certifies a stay, it does not tell it; a stay to come is planned, not told; a leaflet titled « Votre
hospitalisation » speaks to the patient. Each is shown with the near-miss that keeps its type. Every text was written
for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def test_a_certificate_of_a_stay_is_other():
    text = """BULLETIN DE SITUATION
Je soussigné, directeur de l'hôpital, certifie que M. Dupont a été hospitalisé du 03/03/2024 au 10/03/2024 dans le \
service de cardiologie.
Fait pour servir et valoir ce que de droit."""
    assert classify(text).doc_type == DocType.OTHER


def test_the_stay_itself_told_without_a_certificates_formula_stays_a_stay():
    text = """M. Dupont a été hospitalisé du 03/03/2024 au 10/03/2024 dans le service de cardiologie pour une \
décompensation cardiaque. Évolution favorable sous diurétiques."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_leaflet_about_your_hospital_stay_is_other():
    text = """Votre hospitalisation
Vous allez être hospitalisé dans notre service. Le jour de votre admission, présentez-vous au bureau des entrées.
Vous devez apporter vos ordonnances. N'hésitez pas à poser vos questions à l'équipe soignante."""
    assert classify(text).doc_type == DocType.OTHER


def test_a_stay_planned_in_a_consultation_is_no_stay_told():
    text = """Consultation de chirurgie digestive
Vu ce jour pour une lithiase vésiculaire symptomatique. Abdomen souple.
Il sera hospitalisé le 12 avril pour une cholécystectomie par cœlioscopie."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert "hospitalise le 12" not in result.matched_terms.get("discharge_summary", [])


def test_a_stay_that_happened_is_told():
    text = """Il a été hospitalisé le 12 avril pour une cholécystectomie par cœlioscopie. Suites simples, sortie à J1."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


DRUGS = """
Traitement :
- Bisoprolol 2,5 mg : 1 comprimé le matin
- Ramipril 5 mg : 1 comprimé le soir
- Aspirine 75 mg : 1 sachet par jour au cours du repas
- Atorvastatine 80 mg : 1 comprimé le soir
- Ticagrelor 90 mg : 1 comprimé matin et soir pendant 12 mois
"""


def test_a_list_of_drugs_below_a_stay_told_is_the_stays_treatment_not_an_order():
    for story in ("Patient de 58 ans admis en USIC pour un infarctus antérieur, stenté sur l'IVA.",
                  "Monsieur L., 58 ans, sort ce jour après une angioplastie de l'IVA pour un infarctus antérieur."):
        assert classify(story + DRUGS).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_order_from_the_emergency_department_stays_an_order():
    text = """Service d'accueil des urgences
Dr Martin
Paracétamol 1 g : 1 comprimé toutes les 6 heures si douleurs, maximum 4 par jour
Ibuprofène 400 mg : 1 comprimé matin et soir pendant 3 jours"""
    assert classify(text).doc_type == DocType.PRESCRIPTION


def test_an_order_for_intravenous_care_at_home_stays_an_order():
    text = """Dr Martin
Faire pratiquer par IDE à domicile, dimanches et jours fériés inclus :
Ceftriaxone 1 g en intraveineuse lente une fois par jour pendant 7 jours.
Pose et surveillance d'une voie veineuse périphérique."""
    assert classify(text).doc_type == DocType.PRESCRIPTION
