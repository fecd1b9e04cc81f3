"""The setting a told case gives decides between a stay and a consultation: a visit (consulted, sent to a clinic or
for an opinion, seen again at a follow-up) with no stay told is a consultation, whatever exams it quotes; a stay told
(admitted, received in a ward, an emergency operation, leaving the ward) is a stay, whatever visit led to it.

Every text was written for these tests; each rule is shown from both sides (what is now typed X, and the near-miss
that keeps its type).
"""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_a_patient_sent_to_a_specialist_clinic_is_a_consultation_whatever_ultrasound_it_quotes():
    text = """Patiente de 38 ans, adressée en consultation d'endocrinologie pour un nodule thyroïdien découvert par \
son médecin traitant. Elle ne décrit pas de signe de dysthyroïdie. La TSH est normale à 1,8 mUI/L. L'échographie \
thyroïdienne montre un nodule isoéchogène de 18 mm, classé EU-TIRADS 3. Une surveillance échographique à un an est \
proposée."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_the_thyroid_ultrasound_report_itself_stays_an_imaging_report():
    text = """Indication : patiente adressée en consultation d'endocrinologie pour un nodule thyroïdien.
Technique : sonde linéaire haute fréquence, mode B et doppler couleur.
Résultats : lobe droit de 45 x 16 x 15 mm. Nodule isoéchogène de 18 mm du pôle inférieur, à contours réguliers, \
sans microcalcification. Lobe gauche de taille normale.
Conclusion : nodule thyroïdien droit EU-TIRADS 3."""
    assert _type(text) == DocType.IMAGING_REPORT


def test_a_patient_seen_in_the_wards_outpatient_clinic_is_a_consultation():
    text = """Un patient de 52 ans a été vu dans notre service en consultation externe pour une gynécomastie \
bilatérale douloureuse. L'examen retrouvait une glande mammaire palpable de 3 cm de chaque côté. Le bilan hormonal \
était normal. L'arrêt de la spironolactone a été conseillé, avec une régression à trois mois."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_patient_kept_in_the_writers_ward_is_still_a_stay():
    text = """Un patient de 52 ans a été pris en charge dans notre service pour une décompensation œdémato-ascitique. \
L'échographie retrouvait une ascite de grande abondance. Des ponctions évacuatrices ont été réalisées et l'évolution \
a été favorable."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_child_sent_to_us_and_seen_again_months_later_is_a_consultation():
    text = """Un nourrisson de 7 mois nous a été adressé pour une éruption urticarienne survenue dix minutes après sa \
première prise de lait infantile. Les prick-tests au lait de vache étaient positifs et les IgE spécifiques élevées. \
Une éviction des protéines de lait de vache a été conseillée avec un hydrolysat poussé. L'enfant a été revu à 12 mois \
sans nouvel épisode."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_child_sent_to_us_and_admitted_is_a_stay():
    text = """Un nourrisson de 7 mois nous a été adressé pour une détresse respiratoire. Il a été admis en \
réanimation pédiatrique, où la radiographie thoracique montrait une pneumopathie bilatérale. Il a été revu à 12 mois \
sans séquelle."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_patient_who_came_because_of_a_lump_and_had_a_mammogram_is_a_consultation():
    text = """Anamnèse
Une patiente de 50 ans s'est présentée en raison d'une masse du sein droit remarquée depuis quelques semaines.
Examens complémentaires
La mammographie a montré une masse ovalaire à contours lisses de 40 mm, classée BI-RADS 3. L'échographie a révélé \
une masse hypoéchogène à contours nets."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_patient_who_came_to_the_emergency_department_and_was_operated_on_is_a_stay():
    text = """Une patiente de 50 ans s'est présentée aux urgences pour une douleur abdominale brutale. Le scanner a \
montré un pneumopéritoine. Une laparotomie a été réalisée."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_case_told_in_the_present_seen_again_at_the_follow_up_is_a_consultation():
    text = """Patiente de 27 ans qui présente depuis un an des plaques alopéciques du cuir chevelu. La dermoscopie \
retrouve des points d'exclamation. Le diagnostic de pelade est posé. Un dermocorticoïde fort est prescrit, avec une \
repousse partielle au contrôle à trois mois."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_stay_that_mentions_a_follow_up_visit_is_still_a_stay():
    text = """Patiente de 27 ans hospitalisée pour une pyélonéphrite aiguë gravidique. L'échographie rénale retrouve \
une dilatation pyélocalicielle modérée. Elle reçoit une antibiothérapie intraveineuse puis sort à J4, avec une \
urine de contrôle à un mois."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_an_admission_is_an_admission_whatever_follows_admitted():
    text = """Mme S., 29 ans, primigeste, est admise à 39 SA en travail. Une césarienne est décidée pour souffrance \
fœtale aiguë. Le nouveau-né pèse 3200 g avec un Apgar à 8. Les suites de couches sont simples."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_it_is_admitted_that_is_no_admission():
    text = """Il est admis que la prise en charge de la pré-éclampsie repose sur l'extraction fœtale. Il est \
recommandé de mesurer la protéinurie. Il n'y a pas lieu de prescrire un diurétique. Il n'y a pas lieu de restreindre \
les apports sodés."""
    assert _type(text) == DocType.OTHER


def test_a_patient_who_consulted_then_was_received_in_a_ward_is_a_stay():
    text = """Un enfant de 6 ans a consulté dans un centre de santé pour une toux fébrile, puis a été reçu au service \
de pédiatrie pour une détresse respiratoire. La radiographie thoracique montrait une opacité de la base droite. Il a \
été mis sous oxygène et amoxicilline. Il a quitté le service après deux semaines."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_patient_who_consulted_and_was_treated_at_home_is_a_consultation():
    text = """Un enfant de 6 ans a consulté pour une toux fébrile. La radiographie thoracique montrait une opacité de \
la base droite. Il a été mis sous amoxicilline par voie orale et l'évolution a été favorable."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_patient_who_consulted_then_had_an_emergency_exploration_is_a_stay():
    text = """Garçon de 11 ans qui a consulté pour une douleur scrotale gauche brutale. L'échographie-doppler \
montrait une absence de flux testiculaire. L'exploration chirurgicale en urgence a confirmé une torsion du cordon."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_letter_that_sends_the_patient_for_an_opinion_stays_a_letter():
    text = """Cher confrère,
Je vous adresse pour avis Mme T., 45 ans, qui a présenté une douleur thoracique il y a trois jours. Le scanner \
montrait un épanchement péricardique de faible abondance.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_a_patient_referred_by_her_doctor_with_no_stay_told_is_a_consultation():
    text = """Patiente de 45 ans adressée par son médecin traitant pour une tuméfaction cervicale. L'échographie \
montrait un nodule de 12 mm. Une surveillance a été proposée. Le nodule était stable à un an."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_patient_referred_by_her_doctor_and_operated_on_is_a_stay():
    text = """Patiente de 45 ans adressée par son médecin traitant pour une tuméfaction cervicale. L'échographie \
montrait un nodule de 32 mm. Une thyroïdectomie totale a été réalisée et les suites ont été simples."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_child_brought_to_a_clinic_is_a_consultation_whatever_ultrasound_it_quotes():
    text = """Une fillette de 5 ans est amenée en consultation d'ophtalmologie pour une leucocorie de l'œil droit. Le \
fond d'œil montre une masse blanchâtre rétinienne. L'échographie oculaire retrouve des calcifications intratumorales. \
L'enfant est adressée en oncologie pédiatrique."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_child_brought_to_the_emergency_consultation_and_operated_on_is_a_stay():
    text = """Une fillette de 5 ans est amenée en consultation aux urgences pour une douleur abdominale. L'échographie \
montre une invagination intestinale aiguë, réduite par lavement. Elle sort le lendemain."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_patient_received_at_the_emergency_department_is_a_stay_whatever_she_had():
    text = """Une primigeste de 22 ans est reçue aux urgences pour une tuméfaction cervicale. L'échographie objective \
une lésion hypoéchogène de 30 mm. La CRP est à 120 mg/L."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_patient_received_at_the_outpatient_clinic_is_a_consultation():
    text = """Une primigeste de 22 ans est reçue en consultation pour une tuméfaction cervicale. L'échographie \
objective une lésion hypoéchogène de 30 mm. La CRP est à 120 mg/L."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_patient_who_comes_for_pain_told_in_the_present_is_a_consultation():
    text = """Une femme de 30 ans se présente pour des douleurs pelviennes. L'échographie montre un kyste ovarien de \
4 cm. Une surveillance est proposée."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_patient_who_comes_to_the_emergency_department_told_in_the_present_is_a_stay():
    text = """Une femme de 30 ans se présente aux urgences pour des douleurs pelviennes. L'échographie montre un kyste \
ovarien rompu. Une cœlioscopie est réalisée en urgence."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_an_admission_dated_in_the_opening_apposition_is_history():
    text = """Une femme de 60 ans, admise en 2019 pour une embolie pulmonaire, a consulté pour une dyspnée. \
L'échocardiographie montrait une HTAP. Un traitement oral a été débuté."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_an_admission_into_a_ward_named_is_a_stay():
    text = """Une femme de 60 ans, admise en pneumologie pour une dyspnée. L'échocardiographie montrait une HTAP. Un \
traitement oral a été débuté."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_hospital_stay_dated_by_its_year_is_history():
    for history in ("Une femme de 60 ans, hospitalisée en 2019 pour une embolie pulmonaire, a consulté pour une dyspnée.",
                    "Une femme de 60 ans a consulté pour une dyspnée. Elle a été hospitalisée en 2019 pour une embolie."):
        text = history + " L'échocardiographie montrait une HTAP. Un traitement oral a été débuté."
        assert _type(text) == DocType.CONSULTATION_REPORT
