"""A published case abstract kept whole frames its case: a general opening about a rare disease, « Nous rapportons
l'observation … », and its aim (« L'objectif de notre travail … ») — a publication, `other`. The signs of a paper
(its design, its aim, the authors' own report) each count, and a rare disease may be named with two words between
(« une maladie auto-immune rare »).

Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify, normalize
from docpipe.models import DocType

PUBLICATION = normalize("décidé par : publication, jugement, cas d'enseignement, "
                        "information sur un médicament ou recommandation")

CASE = ("Nous rapportons l'observation d'un homme de 66 ans, diabétique, admis aux urgences pour une diplopie "
        "et une ataxie apparues après un épisode fébrile.")


def test_an_abstract_with_its_rare_disease_its_report_and_its_aim_is_a_publication():
    text = " ".join(("La maladie de Miller Fisher est une maladie auto-immune rare.", CASE,
                     "L'objectif de notre travail est de rappeler l'apport de l'IRM dans ce diagnostic."))
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0] == PUBLICATION
    assert {"maladie auto-immune rare", "nous rapportons", "l'objectif de notre travail"} <= set(
        result.matched_terms["other"])


def test_the_same_case_cut_to_its_case_sentences_is_a_stay():
    text = CASE + (" L'IRM cérébrale montrait un hypersignal du tronc cérébral. Il a reçu des immunoglobulines "
                   "intraveineuses et l'évolution a été favorable.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_study_its_aim_and_the_authors_report_each_count():
    # Three different signs of a paper, no longer one term that the first of them used up.
    text = ("Nous avons mené une étude rétrospective de 40 dossiers. L'objectif de cette étude était de décrire "
            "les complications.")
    terms = classify(text).matched_terms["other"]
    assert terms[0] == PUBLICATION
    assert {"etude retrospective", "l'objectif de cette etude", "nous avons mene"} <= set(terms)


def test_a_report_alone_does_not_make_a_publication():
    # « Nous rapportons » alone (4 points) is below what a publication needs to overrule a told stay.
    text = CASE + " Le scanner était normal. Il a été transféré en neurologie et il est sorti à J8."
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


# A case reported as a case (« Nous rapportons le cas … », « Nous présentons l'observation … ») and framed by what is
# known in general — a sentence with no patient and no past in it — is a publication, even when the case tells a stay.
REPORTED_STAY = ("Nous rapportons le cas d'une femme de 32 ans admise pour un abcès récidivant du sein gauche. "
                 "L'échographie montrait une collection multiloculée. La biopsie a mis en évidence un granulome "
                 "épithélioïde. Un traitement antituberculeux a été instauré avec une évolution favorable.")


def test_a_reported_case_after_a_general_opening_is_a_publication():
    text = "La tuberculose mammaire est une localisation inhabituelle de la tuberculose. " + REPORTED_STAY
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert any(term.startswith("enonce general") for term in result.matched_terms["other"])


def test_a_reported_case_closed_by_its_lesson_is_a_publication():
    text = REPORTED_STAY.replace("Nous rapportons le cas", "Nous présentons l'observation") + (
        " Ce diagnostic doit être évoqué devant toute mastite chronique en zone d'endémie.")
    assert classify(text).doc_type == DocType.OTHER


def test_a_reported_case_without_its_frame_is_still_the_stay_it_tells():
    assert classify(REPORTED_STAY).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_reported_case_told_in_the_present_is_no_general_statement():
    text = ("Nous rapportons le cas d'une patiente de 24 ans qui est admise pour un ictère. Le diagnostic d'hépatite "
            "A est posé. Le traitement est symptomatique. Elle sort au dixième jour.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_general_remark_in_a_consultation_makes_no_publication():
    text = """Cher confrère,
J'ai vu en consultation Mme F., 45 ans, pour des papules pigmentées du dos.
La dermoscopie retrouve un réseau régulier. Ces lésions sont le plus souvent bénignes et ne justifient pas d'exérèse.
Je la reverrai dans un an.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


# A study counts a series of patients (« Sur 300 enfants hospitalisés, 45 % des cas … ») and says what it was for
# (« Ce travail avait pour but … »): a publication, even when its patients were admitted.
def test_a_study_with_its_aim_and_its_series_of_admitted_patients_is_a_publication():
    text = ("Cette étude a porté sur 120 parturientes admises pour une pré-éclampsie sévère. La césarienne a été "
            "réalisée chez 68 % d'entre elles. Le suivi prénatal reste insuffisant.")
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0] == PUBLICATION


def test_an_abstract_run_into_one_paragraph_keeps_its_sections():
    text = ("Contexte : les accidents vasculaires cérébraux sont la première cause de handicap acquis de l'adulte. "
            "Objectif : décrire les patients thrombolysés. Méthodes : étude de 56 dossiers. Résultats : l'âge médian "
            "était de 67 ans. Conclusion : la thrombolyse est faisable.")
    assert classify(text).matched_terms["other"][0] == PUBLICATION


def test_one_patient_admitted_with_a_percentage_is_no_series():
    text = ("Une patiente de 34 ans a été admise pour une pré-éclampsie sévère. La saturation était à 88 % en air "
            "ambiant. Une césarienne a été réalisée en urgence et les suites ont été simples.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_an_exams_short_context_line_is_still_only_its_context():
    text = """Échographie abdominale
Contexte : patient hospitalisé du 3 au 10 mars pour une pancréatite.
Pancréas de taille normale, sans collection. Vésicule alithiasique.
Conclusion : pas de complication locale."""
    assert classify(text).doc_type == DocType.IMAGING_REPORT
