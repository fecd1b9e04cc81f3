"""A GP's visit told in running prose, as blogs and columns tell it: the writer receives a patient named by a first
name (« Je reçois Malina qui vient en urgence »), or the patient shows, describes or hands the writer something of
his own (« elle me présente son nouveau symptôme », « me réclame un bilan », « il me tendit sa carte bleue »). A case
taken to the emergency department by whoever brings it (« accompagné au service des urgences ») is a stay. A guide's
title names the document it explains (« LE COMPTE RENDU D'HOSPITALISATION – MODE D'EMPLOI »), and a congress named on
its own line frames an abstract or a poster.

Every text was written for these tests; each rule is shown from both sides.
"""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_the_writer_receiving_a_patient_by_her_first_name_tells_a_visit():
    text = """Lundi matin.
Je reçois Louise qui vient pour une fatigue depuis deux semaines. Elle dort mal, mange peu et s'inquiète pour son \
travail. Nous parlons longuement de son sommeil."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_first_name_the_writer_will_receive_later_tells_no_visit():
    text = """Lundi matin.
Je reçois Louise demain. Elle dort mal, mange peu et s'inquiète pour son travail depuis deux semaines, m'a écrit sa \
sœur."""
    assert _type(text) != DocType.CONSULTATION_REPORT


def test_the_patient_showing_the_writer_her_symptom_tells_a_visit():
    text = """Odette est une patiente que je connais depuis longtemps. Tous les trois mois, elle prend rendez-vous et \
elle me présente son nouveau symptôme : le genou, le dos, la gorge. Je l'écoute et je fais de mon mieux pour rester \
patient."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_the_patient_handing_the_writer_his_card_tells_a_visit():
    text = """Cet après-midi là, je terminais par un homme d'une quarantaine d'années, enrhumé depuis quelques jours, \
sans fièvre. Il me tendit sa carte pour régler."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_doctor_showing_a_patient_writer_the_results_is_no_visit_of_the_writer():
    text = """Mon histoire.
Le cardiologue me présente les résultats de l'échographie de mon cœur. Je suis rassurée, tout est normal. Je rentre \
chez moi à pied en pensant à mes petits-enfants."""
    assert _type(text) != DocType.CONSULTATION_REPORT


def test_a_referral_letter_in_which_the_patient_describes_her_pain_stays_a_letter():
    text = """Cher confrère,
Je vous adresse Mme L. pour des lombalgies ; elle me décrit une douleur de rythme mécanique. Merci de bien vouloir la \
recevoir.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_a_case_brought_to_the_emergency_department_is_a_stay():
    text = """Un homme de 83 ans est retrouvé au sol par sa fille, qui appelle les secours. Il est pris en charge et \
accompagné au service des urgences le plus proche, où il se plaint de céphalées. Une glycémie à 4 g/L a été \
retrouvée."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_case_brought_to_a_consultation_is_no_stay():
    text = """Un homme de 83 ans, retrouvé fatigué par sa fille, est accompagné à la consultation de son médecin \
traitant pour des céphalées. Une glycémie à 4 g/L a été retrouvée ; un traitement a été prescrit."""
    assert _type(text) != DocType.DISCHARGE_SUMMARY


def test_a_guide_titled_by_the_document_it_explains_is_other():
    text = """LE COMPTE RENDU D'HOSPITALISATION – MODE D'EMPLOI
Le compte rendu d'hospitalisation est un document obligatoire. Ce mode d'emploi a été élaboré pour proposer un plan \
aux médecins.
Motif d'hospitalisation : situation familiale, autonomie, profession.
Date d'entrée et date de sortie du service."""
    assert _type(text) == DocType.OTHER


def test_a_discharge_summary_under_its_own_title_stays_a_stay():
    text = """COMPTE RENDU D'HOSPITALISATION
Motif d'hospitalisation : chute à domicile.
Mme D., 84 ans, a été hospitalisée du 3 au 12 mars. Retour à domicile."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_poster_naming_its_congress_and_reporting_its_case_is_other():
    text = """Objectifs
Nous rapportons ici l'observation d'une patiente présentant un abcès hépatique.
CONGRÈS NATIONAL DE CHIRURGIE
C'est une patiente de 66 ans présentant depuis un mois des épigastralgies. L'échographie abdominale a mis en \
évidence une formation hépatique hypoéchogène hétérogène de 27x30 mm. Une angio-TDM a objectivé une formation \
hypodense du segment IV, au sein du parenchyme hépatique. Une cœlioscopie a permis l'extraction d'une aiguille."""
    assert _type(text) == DocType.OTHER


def test_a_stay_that_mentions_a_congress_in_a_sentence_stays_a_stay():
    text = """Mme D., 84 ans, a été hospitalisée du 3 au 12 mars pour une chute. Le Dr B., absent pour le congrès \
national de gériatrie, la reverra. Retour à domicile le 12 mars."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_patients_coming_into_the_consulting_room_tell_a_visit():
    text = """Ce matin.
Un couple inquiet entre dans le cabinet médical avec son bébé. Ils le posent devant moi. Tout va bien, une petite \
hernie ombilicale sans gravité. Je rassure."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_the_writer_going_into_a_lawyers_office_tells_no_visit():
    text = """Ce matin.
Un couple inquiet entre dans le cabinet d'avocat avec son dossier. Ils le posent devant moi. Tout va bien, une petite \
erreur de date sans gravité. Je rassure."""
    assert _type(text) != DocType.CONSULTATION_REPORT


def test_a_delivery_told_in_the_labour_ward_is_a_stay():
    text = """La nuit a été longue. L'annonce de la dilatation complète lui parvient comme une libération. La \
sage-femme l'encourage ; va pour une poussée bloquée. En une seule contraction, la tête arrive à la vulve.
Il est né."""
    assert _type(text) == DocType.DISCHARGE_SUMMARY


def test_a_life_that_began_with_a_birth_is_no_stay():
    text = """Yves B. (1910-2002)
Il est né à Paris, fils d'un instituteur. Il fit ses études au lycée Henri-IV puis entra à la faculté. Il fut externe \
à l'hôpital Broussais, où il découvrit la cardiologie."""
    assert _type(text) != DocType.DISCHARGE_SUMMARY


def test_the_patient_showing_the_writer_where_it_hurts_tells_a_visit():
    text = """Simone a 64 ans et marche tous les jours. Depuis l'été, elle souffre du genou gauche. Une IRM faite par un \
radiologue montre une fissure méniscale.
Je regarde sa musculature et je lui demande de s'accroupir. Elle m'indique l'avant de son genou, la rotule plus que le \
ménisque."""
    assert _type(text) == DocType.CONSULTATION_REPORT


def test_a_referral_letter_in_which_the_patient_explained_her_pain_stays_a_letter():
    text = """Cher confrère,
Je vous adresse Mme S., 64 ans, pour un genou douloureux ; elle m'explique souffrir depuis l'été. Merci de bien vouloir \
la recevoir.
Bien confraternellement."""
    assert _type(text) == DocType.LETTER


def test_a_report_whose_title_names_a_guidewire_is_no_guide():
    text = """COMPTE RENDU OPÉRATOIRE – mise en place d'un guide de cathéter
Installation en décubitus dorsal, anesthésie locale. Ponction veineuse échoguidée, montée du guide puis du cathéter \
sous scopie. Fermeture cutanée, pansement."""
    assert _type(text) == DocType.OPERATIVE_REPORT
