"""A published case abstract kept whole frames its case: a general opening about a rare disease, « Nous rapportons
l'observation … », and its aim (« L'objectif de notre travail … ») — a publication, `other`. The signs of a paper
(its design, its aim, the authors' own report) each count, and a rare disease may be named with two words between
(« une maladie auto-immune rare »).

Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify, normalize
from docpipe.models import DocType

PUBLICATION = normalize("décidé par : publication, information sur un médicament ou recommandation")

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
