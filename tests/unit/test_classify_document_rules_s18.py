"""A page that says what a kind of document is or must say is a guide or a rule, not one of those documents (see
DESCRIBES_A_KIND_OF_DOCUMENT); found on dev18 (session 18), each shown from both sides:
- the document's name may stand in quotes (« la "lettre de liaison" est un contenu primordial … »);
- a rule may say what such a document must describe or indicate (« Le compte rendu doit décrire avec précision les
  pièces reçues … »);
- a stay that quotes its own papers (« le "compte rendu opératoire" est joint », « le compte rendu opératoire décrit
  une perforation ») defines nothing and stays a stay.

Every text was written for these tests."""
from __future__ import annotations

from docpipe.classify import classify
from docpipe.models import DocType


def _type(text: str) -> DocType:
    return classify(text).doc_type


def test_a_news_piece_on_the_liaison_letter_in_quotes_is_other():
    text = """Pour toutes les personnes hospitalisées, "la lettre de liaison" est un contenu primordial puisqu'elle vous
permet de quitter l'hôpital. Ce document de sortie, dont votre médecin doit recevoir une copie, mentionne le motif de
votre hospitalisation, les suites à donner et les traitements que vous devez suivre à la sortie.
Aujourd'hui, 4 personnes hospitalisées sur 10 seulement quittent l'hôpital avec cette lettre en leur possession."""
    result = classify(text)
    assert result.doc_type == DocType.OTHER
    assert result.matched_terms["other"][0].startswith("decide par : texte qui dit a quoi sert un document")


def test_a_rule_on_what_a_pathology_report_must_describe_is_other():
    text = """Compte rendu anatomo-pathologique
Les qualités du compte rendu histologique
Le compte rendu doit décrire avec précision les pièces prélevées et reçues, le nombre de ganglions reçus, le type
histologique et le degré de différenciation de la tumeur, les limites de l'exérèse chirurgicale."""
    assert _type(text) == DocType.OTHER


STAY = """Compte rendu d'hospitalisation
Madame Jeanne DURAND, 67 ans, a été hospitalisée du 3 au 12 novembre 2026 pour une péritonite.
Elle a été opérée en urgence le 3 novembre ; {sentence}
Les suites ont été simples ; sortie à domicile le 12 novembre sous antalgiques."""


def test_a_stay_saying_its_operative_report_is_attached_stays_a_stay():
    assert _type(STAY.format(sentence='le "compte rendu opératoire" est joint.')) == DocType.DISCHARGE_SUMMARY


def test_a_stay_saying_what_its_operative_report_describes_stays_a_stay():
    text = STAY.format(sentence="le compte rendu opératoire décrit une perforation d'un diverticule sigmoïdien.")
    assert _type(text) == DocType.DISCHARGE_SUMMARY
