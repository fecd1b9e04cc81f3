"""A clinic's case opens on its patient as a practice tells it — a first name and the age (« Marcelle, 79 ans, … »),
« un Monsieur d'une quarantaine d'années » — and its setting is a visit when the patient is sent to a specialist
(« adressée à un ORL »), found at a yearly check-up (« lors de son examen annuel »), or when the record names what
brought the patient (« Symptômes ayant amené à consulter »). The same openings tell a stay when a stay is told.

Every text was written for these tests; each rule is shown from both sides (what is now typed X, and the near-miss
that keeps its type).
"""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_a_first_name_and_age_sent_to_a_specialist_is_a_consultation():
    text = """Patricia, 36 ans, enseignante, a depuis quelques semaines une extinction de voix en fin de journée. Elle \
est adressée à un ORL pour une nasofibroscopie."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_first_name_and_age_sent_to_a_surgeon_and_operated_on_is_a_stay():
    text = """Patricia, 36 ans, enseignante, a depuis quelques semaines une masse cervicale. Elle est adressée à un \
chirurgien, et une thyroïdectomie totale a été réalisée sous anesthésie générale. Les suites ont été simples."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_first_name_and_age_admitted_is_a_stay():
    text = """Marcelle, 79 ans, a été admise en cardiologie pour une dyspnée. L'échocardiographie montrait une \
fraction d'éjection à 30 %. Un traitement diurétique a été instauré et l'évolution a été favorable."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_gentleman_who_comes_to_the_clinic_is_a_consultation_whatever_request_he_quotes():
    text = """Un Monsieur d'une quarantaine d'années vient à la consultation hospitalière et demande une échographie \
cardiaque. Le courrier arrive par fax : « Merci de pratiquer une échographie cardiaque pour un bilan annuel de \
souffle. » Il n'a pas d'ordonnance. L'échographie cardiaque est quasi normale."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_gentleman_brought_to_the_emergency_department_is_a_stay():
    text = """Un Monsieur d'une quarantaine d'années est amené aux urgences pour une douleur thoracique. L'ECG \
montrait un sus-décalage du segment ST. Il a été transféré en cardiologie interventionnelle."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_lesion_found_at_a_yearly_check_up_and_excised_is_a_consultation():
    text = """Lors de son examen annuel, on découvre chez cette patiente de 75 ans une lésion du bras. La lésion \
mesure 5 mm, sa couleur n'est pas régulière. Cette lésion a été excisée. La biopsie a conclu à une kératose \
séborrhéique."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_lesion_found_at_a_yearly_check_up_then_operated_in_theatre_is_a_stay():
    text = """Lors de son examen annuel, on découvre chez cette patiente de 75 ans une masse du sein. Elle a été \
hospitalisée et une mastectomie a été réalisée sous anesthésie générale. Les suites ont été simples."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_structured_observation_naming_what_brought_the_patient_is_a_consultation():
    text = """Cas n°2 : baisse d'acuité visuelle bilatérale
Symptômes ayant amené à consulter
Le patient présente une baisse d'acuité visuelle bilatérale.
Âge : 54 ans
Antécédents
La baisse d'acuité visuelle a été progressive et lente, non améliorable par des verres correcteurs.
Acuité visuelle : OD : 5/10 - OG : 6/10
Les champs visuels montrent un scotome central. Le fond d'œil montre un remaniement des deux maculas."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_what_brought_the_patient_to_the_emergency_department_is_a_stay():
    text = """Cas n°2 : douleur abdominale
Le patient, âgé de 54 ans, a été amené à consulter aux urgences pour une douleur de la fosse iliaque droite. Il a \
été admis en chirurgie viscérale et une appendicectomie a été réalisée. Les suites ont été simples."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_visit_told_in_the_present_makes_the_stay_it_recalls_history():
    text = """Marcelle, 79 ans, consulte car depuis 3 mois elle présente une toux persistante. Il y a 6 mois de cela, \
elle a été hospitalisée pour une coronaropathie. Une radiographie pulmonaire effectuée au décours de son \
hospitalisation met en évidence une hernie hiatale."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert "visite racontee au present, le sejour raconte est un antecedent" in \
        result.matched_terms["consultation_report"][0]


def test_a_visit_told_in_the_present_then_an_admission_is_a_stay():
    text = """Marcelle, 79 ans, consulte pour une toux fébrile depuis 3 jours. La radiographie pulmonaire montre une \
pneumopathie lobaire droite. Elle est hospitalisée en pneumologie et traitée par amoxicilline."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_visit_told_in_the_present_at_the_emergency_department_is_a_stay():
    text = """Marcelle, 79 ans, consulte aux urgences pour une toux fébrile. La radiographie pulmonaire met en \
évidence une pneumopathie. Elle a été hospitalisée pour une pneumopathie il y a un an. Au décours de son \
hospitalisation, une oxygénothérapie a été nécessaire."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_visit_told_in_the_past_then_hospital_care_is_still_a_stay():
    text = """Marcelle, 79 ans, a consulté pour une toux fébrile. La radiographie montrait une pneumopathie. Elle a \
reçu de l'amoxicilline par voie intraveineuse pendant sept jours, au décours de son hospitalisation."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY
