"""Pages that are not medical correspondence, found on dev16 (session 16), each with its near miss:
- a page titled as a guide to a kind of document in its first lines (« Aide à la rédaction des lettres de sortie »), or
  carrying a table of contents, is a guide or a manual; a discharge letter that cites such a guide lower down, or a
  table in a sentence, is still what it is;
- a course's outline (two kinds of its headings: « MODULE 4 : », « SÉQUENCE 1 : ») is teaching; a day hospital's
  « Séance 3 : » alone is not;
- an exam paper's numbered answer (« RÉPONSE N°1 : ») heads teaching; a form's « Réponse : » field does not;
- a page that says what an « observation médicale » is, is a guide; a stay's record that opens on « Observation
  médicale d'entrée » is not;
- the writer telling his own care (« l'urgentiste m'a examinée », « je vais devoir être opérée ») is a patient's
  account, not a stay; a ward's letter quoting its patient (« il m'a dit "j'ai été opéré en 2019" ») is still a stay.

Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType

GUIDE = """Service de médecine interne
Aide à la rédaction des lettres de sortie
Version 2, mise à jour de janvier
Lettre de sortie type : pneumonie
Lettre de sortie type : insuffisance cardiaque
Lettre de sortie type : hémorragie digestive"""


def test_a_page_titled_as_a_guide_to_discharge_letters_is_a_guide():
    result = classify(GUIDE, learned=False)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0].startswith("decide par : guide ou manuel")


def test_a_manual_with_a_table_of_contents_is_a_guide():
    text = """Secrétariat des rapports d'hospitalisation
Service de médecine
1. Table des matières
Lettre de sortie type : pneumonie
Lettre de sortie type : diabète"""
    assert classify(text, learned=False).doc_type == DocType.OTHER


DISCHARGE_LETTER = """Service de médecine interne

Lettre de sortie

M. L., 71 ans, a été hospitalisé du 3 au 9 mars pour une pneumonie. Évolution favorable sous amoxicilline.
{line}
Traitement de sortie : amoxicilline jusqu'au 12 mars."""


def test_a_discharge_letter_that_cites_the_writing_guide_lower_down_is_a_stay():
    text = DISCHARGE_LETTER.format(line="Lettre rédigée selon l'aide à la rédaction des lettres de sortie du service.")
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_table_named_in_a_sentence_is_no_table_of_contents():
    text = DISCHARGE_LETTER.format(line="Les résultats sont dans la table des matières du dossier de soins.")
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


EXAM_PAPER = """ÉNONCÉ ET QUESTIONS
Monsieur B. est âgé de 65 ans. Il est confus et se plaint de douleurs abdominales.
Un premier bilan biologique est réalisé.
Sodium : 136 mmol/L
Calcium : 3,24 mmol/L
Créatinine : 180 µmol/L
QUESTION N°1 : Commenter ces résultats.
RÉPONSE N°1 :
Forte hypercalcémie (valeurs usuelles : 2,20 - 2,60 mmol/L)."""


def test_an_exam_papers_numbered_answer_heads_teaching():
    assert classify(EXAM_PAPER, learned=False).doc_type == DocType.OTHER


def test_a_forms_answer_field_heads_no_teaching():
    text = """Demande d'avis
Patient : M. B., 65 ans, confus.
Calcium : 3,24 mmol/L
Créatinine : 180 µmol/L
Réponse :
Hypercalcémie à corriger, hydratation, avis néphrologique."""
    assert classify(text, learned=False).doc_type != DocType.OTHER


def test_a_page_that_says_what_a_medical_observation_is_is_a_guide():
    text = """Qu'est-ce qu'une observation médicale ?
Une observation médicale est un document rédigé par un médecin à la suite de l'examen clinique d'un patient.
Motif : de consultation, d'hospitalisation.
Examen clinique : appareil par appareil.
Conclusion : synthèse et conduite à tenir."""
    result = classify(text, learned=False)
    assert result.doc_type == DocType.OTHER


def test_an_admission_record_titled_observation_is_no_guide():
    text = """Observation médicale d'entrée
M. R., 58 ans, admis le 3 mars pour une dyspnée. Examen clinique : crépitants bilatéraux.
Conclusion : œdème pulmonaire, diurétiques intraveineux."""
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


def test_the_patient_telling_her_own_care_is_no_stay():
    text = ("Je suis couchée dans un lit d'hôpital depuis ce matin. Je suis tombée dans l'escalier et ma voisine m'a "
            "emmenée aux urgences. L'urgentiste m'a immédiatement examinée puis m'a mis une minerve. Il ne me reste "
            "plus qu'à espérer que je ne vais pas devoir être opérée du genou avant la fin du mois.")
    result = classify(text, learned=False)
    assert result.doc_type == DocType.OTHER
    assert any(term.startswith("recit du patient") for term in result.matched_terms["other"])


def test_a_ward_letter_quoting_its_patient_is_still_a_stay():
    text = ("Cher confrère,\n\nVotre patient M. T., 66 ans, a été hospitalisé du 2 au 8 mai pour une pneumonie. Il "
            "m'a dit \"j'ai été opéré du genou en 2019, mon hospitalisation s'était bien passée\". Évolution "
            "favorable sous amoxicilline. Traitement de sortie : amoxicilline jusqu'au 12 mai.\n\n"
            "Bien confraternellement")
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_courses_outline_is_teaching():
    text = """SECRÉTARIAT MÉDICAL
MODULE 4 : LES ÉCRITS PROFESSIONNELS
SÉQUENCE 1 : la correspondance médicale
• Séance 3 : le compte rendu
Après une intervention chirurgicale : compte rendu opératoire. Après une hospitalisation : compte rendu
d'hospitalisation. Le chirurgien décrit l'incision, la dissection, l'hémostase et la fermeture."""
    result = classify(text, learned=False)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0].startswith("decide par : guide ou manuel")


def test_a_day_hospitals_session_number_alone_is_no_course():
    text = """Hôpital de jour d'oncologie
Séance 3 : cure de FOLFOX.
M. L., 62 ans, a été hospitalisé en hôpital de jour le 14 mars pour sa troisième cure. Bonne tolérance.
Prochaine cure le 28 mars."""
    assert classify(text, learned=False).doc_type == DocType.DISCHARGE_SUMMARY
