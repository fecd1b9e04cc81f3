"""The shapes real French hospital-stay documents take, and the consultations that recall a stay.

Every text was written for these tests, in the style of: a published case's « Observation » (« Patient âgé de 45 ans,
admis aux urgences pour … », antecedents, examination, biology, imaging, treatment, « l'évolution a été marquée par … »,
« sortie à J10 »); a ward's discharge letter (« Cher confrère, votre patiente a été hospitalisée dans notre service du …
au … »); an untitled CRH under its usual headings; an emergency-department record. Beside them, consultation letters
(« Je vois en consultation ce jour … ») that recall a past hospitalisation keep their type.
"""
from __future__ import annotations

import pytest

from docpipe.classify import classify, normalize
from docpipe.models import DocType

STAY_DECIDED = normalize("décidé par : séjour hospitalier raconté")

STAYS = {
    "observation": """Observation
Patient âgé de 45 ans, tabagique actif, admis aux urgences pour une douleur thoracique constrictive évoluant depuis six heures.
Dans ses antécédents, on retrouvait une hypertension artérielle traitée par amlodipine et une dyslipidémie.
À l'examen clinique, la pression artérielle était à 150/90 mmHg, la fréquence cardiaque à 98/min, l'auscultation cardiaque et pulmonaire était normale.
L'électrocardiogramme montrait un sus-décalage du segment ST en antérieur. La troponine était à 1200 ng/L, la créatinine à 80 µmol/L.
La coronarographie réalisée en urgence objectivait une occlusion de l'artère interventriculaire antérieure proximale, traitée par angioplastie avec pose d'un stent actif.
L'échocardiographie retrouvait une fraction d'éjection à 45 %.
Le traitement associait aspirine, ticagrélor, bisoprolol, ramipril et atorvastatine.
L'évolution a été marquée par un épisode de fibrillation atriale régressif sous amiodarone.
Sortie à J10 avec une réadaptation cardiaque programmée.""",
    "discharge letter": """Cher confrère,
Votre patiente, Madame L., âgée de 82 ans, a été hospitalisée dans notre service du 3 au 14 mars 2024 pour une décompensation cardiaque globale.
Elle présentait à l'entrée une dyspnée de repos et des œdèmes des membres inférieurs. La radiographie thoracique montrait une surcharge bilatérale et le BNP était à 2400 pg/mL.
Sous furosémide intraveineux, l'évolution a été favorable avec une perte de 6 kg.
Le traitement de sortie comporte furosémide 40 mg le matin, bisoprolol 2,5 mg et apixaban 2,5 mg matin et soir.
Je vous remercie de bien vouloir assurer le suivi biologique (ionogramme et créatinine dans une semaine).
Bien confraternellement.""",
    "short discharge letter to a friend": """Cher ami,
Je te remercie de m'avoir adressé M. R., 67 ans, que nous avons gardé dans le service du 12 au 16 juin pour une pyélonéphrite aiguë.
Les hémocultures ont isolé un Escherichia coli sensible. Il a reçu de la ceftriaxone puis un relais par ofloxacine.
Il rentre à domicile apyrétique, avec dix jours de traitement au total.
Amicalement.""",
    "ward's letter, taken in charge": """Nous avons pris en charge Monsieur T., 54 ans, pour une cellulite de la jambe gauche.
Une antibiothérapie intraveineuse par amoxicilline-acide clavulanique a été débutée à l'arrivée. L'échographie a éliminé une collection.
L'évolution a été favorable et le patient a regagné son domicile après cinq jours.""",
    "untitled crh with labels": """Motif d'hospitalisation : pneumopathie hypoxémiante.
Antécédents : BPCO stade III, diabète de type 2.
Histoire de la maladie : toux fébrile depuis cinq jours malgré l'amoxicilline prescrite par le médecin traitant.
Examen clinique : température 39,2 °C, SpO2 86 % en air ambiant, crépitants de la base droite.
Examens complémentaires : CRP 240 mg/L, leucocytes 16 G/L. Radiographie : condensation lobaire inférieure droite.
Évolution : amélioration sous ceftriaxone et oxygène, sevrage de l'oxygène à J5.
Traitement de sortie : amoxicilline-acide clavulanique 1 g trois fois par jour pendant 5 jours.""",
    "untitled crh with headings": """ANTÉCÉDENTS
Cholécystectomie en 2010. Hypothyroïdie substituée.
HISTOIRE DE LA MALADIE
Douleurs abdominales et vomissements depuis 48 heures.
EXAMEN CLINIQUE À L'ENTRÉE
Abdomen distendu, tympanique, sans défense.
EXAMENS COMPLÉMENTAIRES
Le scanner abdominal montre une occlusion sur bride.
ÉVOLUTION
Levée de l'occlusion sous aspiration gastrique, reprise du transit au troisième jour.
TRAITEMENT DE SORTIE
Lévothyroxine 75 µg le matin.""",
    "told in the present": """Patient de 70 ans hospitalisé pour une hémorragie digestive haute.
La fibroscopie met en évidence un ulcère duodénal. Il est transfusé de deux culots et traité par inhibiteur de la pompe à protons.
L'évolution est favorable et il sort à J5.""",
    "dated stay in geriatrics": """Mme D., 78 ans, a été hospitalisée en gériatrie du 02/01/2024 au 15/01/2024 pour chutes répétées.
Le bilan a retrouvé une hyponatrémie à 124 mmol/L liée à un diurétique thiazidique, qui a été arrêté.
Une rééducation à la marche a été entreprise. Retour au domicile avec passage d'une infirmière.""",
    "intensive care": """Homme de 58 ans, transféré d'un centre hospitalier périphérique pour un choc septique sur pneumopathie.
Il a été intubé et ventilé pendant sept jours et a reçu de la noradrénaline. L'antibiothérapie associait pipéracilline-tazobactam et amikacine.
L'extubation a eu lieu à J8 et il a été muté en service de pneumologie à J11.""",
    "obstetric stay without the word admitted": """Mme K., 36 ans, enceinte de 32 semaines, présentait depuis 48 heures des céphalées et des phosphènes.
La pression artérielle était à 180/115 mmHg avec une protéinurie à 4 g/24 h.
Une césarienne a été réalisée en urgence. Les suites ont été marquées par un œdème aigu du poumon traité par diurétiques.
Elle est sortie à J8 sous nicardipine.""",
    "emergency-department record": """Motif de recours : douleur abdominale.
Heure d'arrivée : 14 h 30. Mode d'arrivée : pompiers.
Examen : abdomen sensible en fosse iliaque droite.
Biologie : leucocytes 14 G/L, CRP 80 mg/L.
Avis chirurgical : appendicite, hospitalisation en chirurgie viscérale.""",
    "published observation under its own sections": """OBSERVATION
Mme F., 63 ans, diabétique de type 2 sous insuline, présentait depuis une semaine une fièvre à 39 °C et des frissons.
Antécédents
Hypertension artérielle. Cholécystectomie en 2015.
Examen clinique
Patiente fébrile à 39,5 °C, tachycarde à 110/min, pression artérielle 95/60 mmHg. Douleur de la fosse lombaire droite.
Biologie
Leucocytes 22 G/L, CRP 310 mg/L, créatinine 180 µmol/L, lactates 3,2 mmol/L.
Imagerie
Le scanner abdominal montrait une pyélonéphrite droite abcédée avec une lithiase obstructive de 8 mm.
Traitement
Une néphrostomie percutanée a été posée en urgence. Antibiothérapie par céfotaxime puis ofloxacine.
Évolution
Apyrexie en 48 heures, normalisation de la créatinine. Urétéroscopie programmée à distance.""",
    "ward's letter under a hospital letterhead": """CENTRE HOSPITALIER UNIVERSITAIRE DE X
Pôle de médecine
Service de médecine interne
Pr A. MARTIN – Dr B. DURAND – Dr C. LEROY
Secrétariat : 01 00 00 00 00

Le 12 avril 2024

Docteur Jean PETIT
12 rue des Lilas
75000 Paris

Cher confrère,

Madame Jeanne DUPONT, née le 03/04/1950, a séjourné dans le service du 2 au 10 avril 2024.

Motif : altération de l'état général et anémie à 7 g/dL.

Antécédents : fibrillation atriale sous apixaban, hypothyroïdie.

Histoire de la maladie : asthénie depuis un mois, méléna depuis trois jours.

Examen à l'entrée : pâleur, TA 105/60, FC 100.

Examens complémentaires : hémoglobine 6,9 g/dL, ferritine 8 µg/L. La fibroscopie a montré un ulcère gastrique.

Évolution : transfusion de deux culots, inhibiteur de la pompe à protons à forte dose, reprise prudente de l'anticoagulant.

Traitement de sortie : ésoméprazole 40 mg matin et soir, apixaban 5 mg matin et soir, lévothyroxine 50 µg.

Je vous prie de croire, cher confrère, à mes sentiments les meilleurs.

Dr B. DURAND""",
    "letter whose subject line names the stay": """Objet : hospitalisation de M. Louis BLANC du 04/05 au 09/05/2024

Cher confrère,
Votre patient a été admis par les urgences pour une douleur thoracique. Le bilan a conclu à une péricardite aiguë. Il a reçu de l'ibuprofène et de la colchicine avec une évolution rapidement favorable.
Il rentre à domicile avec de la colchicine pour trois mois.
Bien confraternellement.""",
    "neonatal stay": """Nouveau-né de sexe masculin, né à 34 SA par césarienne pour pré-éclampsie, poids de naissance 1900 g.
Il a présenté une détresse respiratoire transitoire nécessitant une CPAP pendant 48 heures.
Un ictère a été traité par photothérapie. L'alimentation entérale a été complète à J6.
Il est sorti à J15 avec un poids de 2050 g.""",
    "a stay that ended in death": """Homme de 79 ans, aux antécédents de cardiopathie ischémique, amené par le SAMU pour un coma.
Le scanner cérébral montrait une hémorragie intraparenchymateuse massive avec inondation ventriculaire.
Une limitation des thérapeutiques a été décidée avec la famille. Le patient est décédé à J2.""",
    "a stay that ended in a transfer": """Patiente de 86 ans, chute à domicile avec fracture du col fémoral droit.
Une prothèse intermédiaire a été posée. Les suites ont été marquées par une confusion et une rétention urinaire.
Elle a été transférée en SSR à J9.""",
    "blank emergency form": """ADMISSION :
Mode d'arrivée :
Heure d'arrivée :
ANTÉCÉDENTS :
OBSERVATION :
CONCLUSION :
CCMU :
GEMSA :
Issue du passage :""",
}


@pytest.mark.parametrize("name", list(STAYS))
def test_a_hospital_stay_in_its_usual_shapes_is_a_discharge_summary(name):
    result = classify(STAYS[name])
    assert result.doc_type == DocType.DISCHARGE_SUMMARY
    assert result.matched_terms["discharge_summary"][0] == STAY_DECIDED


CONSULTATION_RECALLING_A_STAY = """Cher confrère,
Je vois en consultation ce jour Mme P., 67 ans, que vous m'adressez pour un essoufflement.
Elle a été hospitalisée en cardiologie du 3 au 10 mai 2021 pour une embolie pulmonaire, traitée par anticoagulant pendant six mois. Elle est sortie à J7.
À l'examen, la pression artérielle est à 135/80 mmHg, l'auscultation est normale, il n'y a pas d'œdème.
Je propose une épreuve fonctionnelle respiratoire et je la reverrai dans trois mois avec les résultats.
Bien confraternellement."""


def test_a_consultation_letter_recalling_a_dated_past_stay_is_a_consultation_report():
    result = classify(CONSULTATION_RECALLING_A_STAY)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert result.matched_terms["consultation_report"][0] == normalize(
        "décidé par : consultation du jour, le séjour raconté est un antécédent")


@pytest.mark.parametrize("visit", [
    "J'ai revu aujourd'hui M. B., 74 ans, à distance de son hospitalisation du 2 au 9 mai pour un infarctus.",
    "M. B., 74 ans, hospitalisé du 2 au 9 mai pour un infarctus, est venu me voir ce jour.",
])
def test_a_visit_today_told_by_its_writer_is_a_consultation_whatever_stay_it_recalls(visit):
    text = f"""Cher ami,
{visit}
Il ne décrit plus de douleur thoracique. L'auscultation est normale. L'ECG est stable.
Je poursuis le même traitement et nous ferons une épreuve d'effort dans six mois.
Amitiés."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_referral_whose_writer_examined_today_and_recalls_a_dated_stay_stays_a_letter():
    # The writer's examination today makes the stay history; asking a colleague's opinion keeps it a letter.
    text = """Monsieur et cher confrère,
Merci de bien vouloir recevoir M. B., 74 ans, pour avis concernant des palpitations.
Il a été hospitalisé du 2 au 9 mai pour un infarctus, traité par angioplastie. Il est sorti à J7.
À l'examen de ce jour : pouls irrégulier à 90/min, PA 130/80 mmHg.
Je vous remercie de l'attention que vous lui porterez.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.LETTER


@pytest.mark.parametrize("frame", [
    "Elle a été hospitalisée dans notre service du 3 au 14 mars 2024 pour une décompensation cardiaque.",
    "Motif d'hospitalisation : décompensation cardiaque. Hospitalisée du 3 au 14 mars 2024.",
    "Elle a été hospitalisée du 3 au 14 mars 2024. Traitement de sortie : furosémide 40 mg le matin.",
])
def test_a_stays_own_letter_that_says_the_patient_was_seen_today_stays_a_discharge_summary(frame):
    # « revue ce jour avant sa sortie » is a visit in the ward: the stay's own frame decides.
    text = f"""Cher confrère,
Votre patiente Mme L., 82 ans. {frame}
Sous diurétiques, l'évolution a été favorable. Je l'ai revue ce jour avant son retour à domicile : l'examen est normal.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_stay_that_plans_a_consultation_to_come_stays_a_discharge_summary():
    text = STAYS["discharge letter"].replace("Bien confraternellement.",
                                             "Elle sera revue en consultation dans un mois.\nBien confraternellement.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("field", ["Date d'entrée : 03/03/2024", "Heure de rendez-vous : 14 h 30"])
def test_a_consultation_form_with_an_entry_date_or_an_appointment_time_is_not_an_emergency_record(field):
    text = f"""Consultation de suivi
{field}
Motif : contrôle de l'hypertension artérielle.
Examen clinique : TA 130/80, pouls 72. Auscultation normale.
Conduite à tenir : poursuite du traitement, revoir dans 6 mois."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


CONSULTATION_WITH_HISTORY_SECTION = """Motif de consultation : suivi d'une insuffisance cardiaque.
ANTÉCÉDENTS
{history}
Diabète de type 2.
Examen clinique : poids 78 kg, TA 125/70, pas d'œdème, auscultation pulmonaire claire.
Conclusion : insuffisance cardiaque stabilisée.
Conduite à tenir : poursuite du traitement, contrôle dans trois mois."""


@pytest.mark.parametrize("history", ["- Hospitalisé du 3 au 12 janvier 2024 pour un œdème aigu du poumon.",
                                     "Hospitalisation du 3 au 12 janvier 2024 en cardiologie, sortie à J9."])
def test_a_stay_listed_under_a_history_heading_is_history_not_the_document(history):
    text = CONSULTATION_WITH_HISTORY_SECTION.format(history=history)
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_the_same_stay_told_after_the_history_section_is_the_document():
    text = """ANTÉCÉDENTS
Diabète de type 2.
HISTOIRE DE LA MALADIE
Hospitalisé du 3 au 12 janvier 2024 pour un œdème aigu du poumon.
ÉVOLUTION
Amélioration sous diurétiques intraveineux, perte de 5 kg.
TRAITEMENT DE SORTIE
Furosémide 40 mg le matin."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("opening", ["Je reçois Mme G., 49 ans, pour des céphalées chroniques.",
                                     "Je revois votre patiente Mme G., 49 ans, pour ses céphalées chroniques.",
                                     "J'examine ce jour Mme G., 49 ans, pour des céphalées chroniques."])
def test_a_letter_whose_writer_receives_the_patient_is_a_consultation_report(opening):
    text = f"""Cher confrère,
{opening}
Elle a été hospitalisée il y a deux ans pour une méningite, sans séquelle.
L'examen neurologique est normal. Le fond d'œil est normal.
Il s'agit de céphalées de tension. Je propose de l'amitriptyline à faible dose.
Bien à vous."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_letter_saying_i_see_no_reason_stays_a_letter():
    text = """Cher confrère,
Suite à votre courrier, je ne vois pas d'indication à revoir Mme G. pour ses céphalées.
Je vous remercie de votre confiance.
Bien à vous."""
    assert classify(text).doc_type == DocType.LETTER


def test_a_note_opening_on_a_visit_today_with_its_treatment_is_a_consultation_report():
    text = """Vu ce jour Lucas, 4 ans, pour une fièvre à 39 °C depuis 24 heures.
Tympans congestifs, bombés à droite. Gorge normale.
Otite moyenne aiguë droite. Amoxicilline 80 mg/kg/j pendant 8 jours.
Reconsulter si fièvre persistante à 72 heures."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_the_same_treatment_without_the_visit_stays_a_prescription():
    text = """Lucas, 4 ans
Amoxicilline 80 mg/kg/j en deux prises pendant 8 jours.
Paracétamol 15 mg/kg toutes les 6 heures si fièvre."""
    assert classify(text).doc_type == DocType.PRESCRIPTION


def test_a_patient_seen_today_at_the_emergency_department_and_admitted_is_not_a_visit():
    text = """Patient vu ce jour aux urgences pour une douleur thoracique, admis en cardiologie.
La coronarographie a montré une sténose de l'IVA, traitée par angioplastie. Il est sorti à J3."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_consultation_titled_post_hospitalisation_is_a_consultation_report():
    text = """Consultation post-hospitalisation
M. D., 66 ans, hospitalisé dans notre service du 2 au 8 février pour une pneumopathie, revu ce jour.
Il va bien, apyrétique. Auscultation normale. La radiographie de contrôle est normalisée.
Fin du suivi pneumologique."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_stay_that_plans_its_post_hospitalisation_visit_stays_a_discharge_summary():
    text = """M. D., 66 ans, a été hospitalisé dans notre service du 2 au 8 février pour une pneumopathie.
Il a reçu de la ceftriaxone intraveineuse. L'évolution a été favorable.
Consultation post-hospitalisation prévue le 12 mars."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


HOSPITAL_CONSULTATION = """Cher confrère,
Je vois en consultation ce jour M. F., 70 ans, que nous avons hospitalisé dans notre service du 2 au 9 janvier pour une pneumopathie.
Il n'a plus de toux. L'auscultation est normale. La radiographie de contrôle est normalisée.
Je le reverrai dans six mois avec un scanner thoracique.
Bien confraternellement."""


def test_a_hospital_consultation_recalling_the_stay_in_the_writers_own_ward_is_a_consultation_report():
    assert classify(HOSPITAL_CONSULTATION).doc_type == DocType.CONSULTATION_REPORT


def test_the_wards_letter_with_its_discharge_treatment_stays_a_discharge_summary():
    # A stay's own record (« traitement de sortie ») is the ward's letter, whatever visit it mentions.
    text = HOSPITAL_CONSULTATION.replace(
        "Je le reverrai dans six mois", "Traitement de sortie : amoxicilline 1 g trois fois par jour.\nJe le reverrai")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_follow_up_consultation_to_come_in_a_wards_letter_is_not_a_visit_today():
    text = """Cher confrère,
Votre patient M. F., 70 ans, a été hospitalisé dans notre service du 2 au 9 janvier pour une pneumopathie.
Il a reçu de l'amoxicilline intraveineuse. L'évolution a été favorable.
Il sera revu en consultation dans six mois avec un scanner thoracique.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_patient_the_writer_saw_today_at_the_emergency_department_then_admitted_is_a_stay():
    text = """Cher confrère,
Je vous remercie de m'avoir adressé Mme R., 77 ans, que j'ai vue ce jour aux urgences pour une dyspnée fébrile.
La radiographie montrait une pneumopathie franche lobaire aiguë. Elle a été hospitalisée en médecine et traitée par
ceftriaxone intraveineuse. L'évolution a été favorable et elle est sortie à J6.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_wards_letter_planning_to_see_the_patient_again_is_not_a_visit_today():
    text = """Cher confrère,
Votre patiente Mme L., 82 ans, a été hospitalisée du 3 au 14 mars 2024 pour une décompensation cardiaque.
Sous furosémide intraveineux, l'évolution a été favorable.
Je revois votre patiente en consultation dans un mois avec un bilan biologique.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_progress_note_of_a_patient_still_in_the_ward_examined_today_is_a_stay():
    text = """Patient de 76 ans hospitalisé depuis le 2 mars pour une pneumopathie d'inhalation.
À l'examen de ce jour, apyrétique, SpO2 95 % en air ambiant, crépitants en régression.
CRP en baisse à 40 mg/L. Relais de l'antibiothérapie intraveineuse par voie orale."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_consultation_record_whose_history_tells_a_recent_stay_is_a_consultation_report():
    text = """Motif de consultation : suivi après un œdème aigu du poumon.
Histoire de la maladie : hospitalisé du 3 au 10 mai en cardiologie pour un OAP. Depuis sa sortie, pas de dyspnée.
Examen clinique : TA 135/80, FC 70, pas d'œdème, auscultation normale.
Conclusion : insuffisance cardiaque stabilisée.
Conduite à tenir : majoration du ramipril, bilan rénal dans 15 jours."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert result.matched_terms["consultation_report"][0] == normalize(
        "décidé par : motif de consultation, le séjour raconté est un antécédent")


def test_an_emergency_record_with_a_motif_de_consultation_stays_a_stay():
    text = """Motif de consultation aux urgences : douleur thoracique.
Heure d'arrivée : 22 h 10.
Examen clinique : TA 150/90, auscultation normale. Troponine négative à deux reprises.
Conclusion : douleur pariétale. Orientation : retour à domicile."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_visit_today_recalling_no_stay_gives_no_reason_about_a_stay():
    text = """Madame, Monsieur,
Votre enfant Léa, 8 ans, a été vue ce jour en consultation d'ophtalmologie.
L'acuité visuelle est de 8/10 aux deux yeux. Une correction optique est prescrite.
Nous la reverrons dans un an."""
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert not any("antecedent" in term for term in result.matched_terms["consultation_report"][:1])


def test_a_wards_letter_that_had_the_pleasure_of_receiving_the_patient_tells_a_stay():
    text = """Chère consœur,
Nous avons eu le plaisir d'accueillir votre patiente Mme N., 84 ans, pour une chute avec fracture du col fémoral.
Une prothèse intermédiaire a été posée le lendemain et l'appui complet autorisé.
Elle part en soins de suite et de réadaptation.
Avec mes sentiments confraternels."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_letter_that_had_the_pleasure_of_receiving_the_patient_in_consultation_is_a_consultation():
    text = """Chère consœur,
Nous avons eu le plaisir d'accueillir en consultation votre patiente Mme N., 84 ans, pour une gonalgie droite.
L'examen retrouve un épanchement modéré. Je lui propose une infiltration.
Avec mes sentiments confraternels."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_patient_leaving_for_a_rehabilitation_centre_ends_a_stay():
    text = """Mme T., 81 ans, a présenté une fracture du poignet gauche après une chute. La radiographie montrait une \
fracture de Pouteau-Colles, réduite et immobilisée par un plâtre. Devant une perte d'autonomie, elle part en centre de \
convalescence."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_patient_who_consulted_and_went_home_in_a_cast_had_no_stay():
    text = """Mme T., 81 ans, a consulté pour une fracture du poignet gauche après une chute. La radiographie montrait \
une fracture de Pouteau-Colles, réduite et immobilisée par un plâtre. Elle a été revue à six semaines."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


RESULTS_NOTE = """Dr Martin
Service de médecine polyvalente

Patient : M. Robert, 80 ans
Scanner thoracique : condensation du lobe inférieur droit.
Biologie : CRP 180 mg/L, leucocytes 15 G/L.
"""


@pytest.mark.parametrize("section", [
    "SYNTHÈSE MÉDICALE DU SÉJOUR\nPneumopathie d'inhalation traitée par amoxicilline, évolution favorable.",
    "Résumé du séjour :\nPneumopathie traitée par amoxicilline.",
    "Conclusion de sortie : pneumopathie guérie.",
    "Traitements à la sortie :\nAmoxicilline 1 g x 3/j pendant 5 jours.",
    "Modalités de sortie : retour à domicile.",
    "Devenir : retour à domicile avec une infirmière.",
    "Durée d'hospitalisation : 7 jours.",
])
def test_a_section_only_a_stays_record_has_makes_results_a_stay(section):
    assert classify(RESULTS_NOTE + section).doc_type == DocType.DISCHARGE_SUMMARY


def test_the_results_without_a_stays_section_are_not_a_stay():
    assert classify(RESULTS_NOTE + "Conclusion : pneumopathie.").doc_type != DocType.DISCHARGE_SUMMARY


def test_a_future_in_a_sentence_is_no_devenir_section():
    text = """Compte rendu de biologie
Hémoglobine 12,1 g/dL (13-17), plaquettes 250 G/L, CRP 3 mg/L.
Le devenir de ces valeurs sera apprécié par le prescripteur."""
    assert classify(text).doc_type == DocType.LAB_RESULT


CRH_SECTIONS = """CHU — Service de Médecine Interne
Motif : dyspnée fébrile.
Antécédents : HTA, diabète de type 2, BPCO.
Examen clinique : T 38,9 °C, SpO2 88 %, crépitants base droite.
Biologie : CRP 210 mg/L, leucocytes 17 G/L, créatinine 110 µmol/L.
Imagerie : scanner thoracique : condensation avec bronchogramme, pas d'embolie.
{evolution}
Conclusion : pneumopathie franche lobaire aiguë.
Traitement : amoxicilline 1 g 3 fois par jour pendant 5 jours."""


def test_an_evolution_section_counting_the_days_of_the_stay_makes_a_stay():
    text = CRH_SECTIONS.format(evolution="Évolution : apyrexie à J3 sous ceftriaxone, sevrage de l'oxygène.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_surgeons_follow_up_visit_counting_days_since_the_operation_stays_a_consultation():
    text = """Consultation de chirurgie digestive
Revu à J15 de sa cholécystectomie. Cicatrices propres, pas de douleur.
Reprise du travail autorisée. Je le reverrai si besoin."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_patient_sent_to_us_is_no_visit_by_those_words_alone():
    # « nous a été adressé » says where the patient came from — to a ward as often as to a clinic
    text = """Un nourrisson de 3 mois nous a été adressé pour une détresse respiratoire. La radiographie thoracique \
montrait une distension. Il a été mis sous oxygène et l'évolution a été favorable."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY
