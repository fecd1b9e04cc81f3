"""A document that names itself as a guide, a course, an article or a leaflet (« Ce guide a été élaboré … ») is about no
one patient: `other`, even when the headings it teaches are a consultation's. Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType

HEADINGS = """Consultation initiale
Motif de consultation
Antécédents personnels
Histoire de la maladie
Examen clinique
Conduite à tenir"""


def test_a_guide_that_teaches_a_consultations_headings_is_other():
    text = ("Rédiger une observation\n"
            "Ce guide a été rédigé par des étudiants pour le cours de sémiologie; il ne remplace pas le cours.\n"
            + HEADINGS)
    assert classify(text).doc_type == DocType.OTHER


def test_the_consultation_form_with_the_same_headings_stays_a_consultation():
    assert classify(HEADINGS).doc_type == DocType.CONSULTATION_REPORT


def test_a_stay_whose_footer_names_the_document_stays_a_stay():
    text = """Compte rendu d'hospitalisation
M. V., 70 ans, hospitalisé du 2 au 6 avril pour une pneumopathie.
Évolution favorable sous antibiotiques.
Ce document a été dicté et validé par le Dr L."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY
