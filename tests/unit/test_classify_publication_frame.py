"""A published case abstract kept whole frames its case: a general opening about the disease, then « Nous
rapportons le cas … », and often its aim (« L'objectif de notre travail … ») — a publication, `other`. The same case
cut to its case sentences opens on the report itself (« Nous rapportons l'observation de Mme D., 20 ans, admise
pour … ») and is what it tells: a stay.

Every text was written for these tests."""
from __future__ import annotations

import pytest

from docpipe.classify import classify, normalize
from docpipe.models import DocType

PUBLICATION = normalize("décidé par : publication, information sur un médicament ou recommandation")

CASE = ("Nous rapportons l'observation d'un homme de 66 ans, diabétique, admis aux urgences pour une diplopie "
        "et une ataxie apparues après un épisode fébrile.")


@pytest.mark.parametrize("opening, closing", [
    ("La rhombencéphalite est une affection inflammatoire rare du tronc cérébral.",
     "L'objectif de notre travail est de rappeler l'apport de l'IRM dans ce diagnostic."),
    ("Le médecin de premier recours voit souvent des diplopies d'installation brutale.",
     "L'anamnèse et l'évolution favorable nous ont permis de retenir une origine post-infectieuse."),
    ("La maladie de Miller Fisher est une maladie auto-immune rare.", ""),
])
def test_a_case_reported_after_a_general_opening_is_a_publication(opening, closing):
    result = classify(" ".join(part for part in (opening, CASE, closing) if part))
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0] == PUBLICATION
    assert normalize("cas rapporté après une introduction générale") in result.matched_terms["other"]


def test_the_same_case_cut_to_its_case_sentences_is_a_stay():
    text = CASE + (" L'IRM cérébrale montrait un hypersignal du tronc cérébral. Il a reçu des immunoglobulines "
                   "intraveineuses et l'évolution a été favorable.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("opening", [
    "Nous rapportons l'observation de Mme D., 20 ans, sans antécédent, admise pour une hémiparésie gauche.",
    "Il s'agit de M. K., 54 ans, tabagique, admis pour une hémiparésie gauche.",
])
def test_a_case_opening_on_a_named_patient_reported_or_introduced_is_a_told_case(opening):
    text = opening + (" Le scanner cérébral montrait une thrombose veineuse. Un traitement anticoagulant a été "
                      "débuté. L'évolution a été favorable.")
    result = classify(text)
    assert result.doc_type == DocType.DISCHARGE_SUMMARY
    assert normalize("cas présenté en ouverture (le patient, son âge, ses antécédents)") in (
        result.matched_terms["discharge_summary"])


def test_a_study_its_aim_and_the_authors_report_each_count():
    # Three different signs of a paper, no longer one term that the first of them used up.
    text = ("Nous avons mené une étude rétrospective de 40 dossiers. L'objectif de cette étude était de décrire "
            "les complications.")
    terms = classify(text).matched_terms["other"]
    assert terms[0] == PUBLICATION
    assert {"etude retrospective", "l'objectif de cette etude", "nous avons mene"} <= set(terms)
