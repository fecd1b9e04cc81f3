"""An outpatient case told in the past, as published cases and referral replies tell it, goes on like a stay
(« un traitement a été prescrit … l'évolution a été favorable », « les suites ont été simples »). Those words tell
how a case went, not where: a case whose patient consulted stays a consultation unless a stay itself is told
(admitted, hospitalised, a ward, an operation, intravenous care, a discharge).

Every text was written for these tests."""
from __future__ import annotations

import pytest

from docpipe.classify import classify, normalize
from docpipe.models import DocType

CONSULTED_AND_GOT_BETTER = """Patiente de 32 ans qui a consulté pour des lésions prurigineuses des mains.
L'examen retrouvait des vésicules et une desquamation des faces latérales des doigts.
Le diagnostic d'eczéma dyshidrosique a été retenu. Un traitement par dermocorticoïde a été prescrit.
L'évolution a été favorable en trois semaines."""


@pytest.mark.parametrize("course", [
    "L'évolution a été favorable en trois semaines.",
    "Les suites ont été simples.",
    "Elle a été mise sous dermocorticoïde fort. L'évolution a été marquée par une rechute à l'arrêt.",
    "Elle a bénéficié d'une éviction du contact allergisant.",
])
def test_an_outpatient_case_told_in_the_past_with_its_course_is_a_consultation(course):
    text = CONSULTED_AND_GOT_BETTER.replace("L'évolution a été favorable en trois semaines.", course)
    result = classify(text)
    assert result.doc_type == DocType.CONSULTATION_REPORT
    assert result.matched_terms["consultation_report"][0] == normalize(
        "décidé par : cas raconté d'une consultation, sans séjour")


def test_a_child_seen_in_a_clinic_whose_course_was_simple_is_a_consultation():
    text = """Un enfant de 7 ans a été vu en consultation de pédiatrie pour une boiterie.
L'examen montrait une limitation de l'abduction de la hanche droite.
L'échographie a retrouvé un épanchement articulaire. Le diagnostic de synovite transitoire a été retenu.
Un repos et du paracétamol ont été conseillés. Les suites ont été simples."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


@pytest.mark.parametrize("stay", [
    "Elle a été hospitalisée pour une antibiothérapie intraveineuse. L'évolution a été favorable.",
    "Devant une surinfection, elle a été admise dans le service. L'évolution a été favorable.",
    "Elle est sortie à J4. L'évolution a été favorable.",
    "Une antibiothérapie intraveineuse a été administrée. L'évolution a été favorable.",
])
def test_the_same_case_with_a_stay_told_stays_a_discharge_summary(stay):
    text = CONSULTED_AND_GOT_BETTER.replace("L'évolution a été favorable en trois semaines.", stay)
    result = classify(text)
    assert result.doc_type == DocType.DISCHARGE_SUMMARY
    assert result.matched_terms["discharge_summary"][0] == normalize("décidé par : séjour hospitalier raconté")


def test_a_case_that_consulted_then_had_an_operation_whose_course_was_simple_is_a_stay():
    text = """Un homme de 61 ans consultait pour une tuméfaction inguinale droite.
L'échographie montrait une hernie. Une cure de hernie a été réalisée. Les suites opératoires ont été simples."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_told_case_with_no_consultation_and_a_favourable_course_stays_a_stay():
    # The course words still count for a stay when nothing says the patient only consulted.
    text = """Patient de 45 ans présentant depuis un mois une fièvre et une toux.
La radiographie montrait une caverne apicale droite. La recherche de BAAR était positive.
Un traitement antituberculeux a été débuté. L'évolution a été favorable."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


BASE = """Un homme de 55 ans {visit} pour des lombalgies fébriles.
Le bilan biologique montrait une CRP à 300 mg/L. L'IRM a objectivé une spondylodiscite L4-L5.
{care} L'évolution a été favorable."""


@pytest.mark.parametrize("visit, care", [
    ("a consulté puis a été admis dans le service", "Une antibiothérapie adaptée a été instaurée."),
    ("a consulté", "Il a été traité par céfazoline par voie intraveineuse pendant deux semaines."),
    ("a consulté", "Une amputation de l'orteil nécrosé a été nécessaire."),
    ("a consulté", "Il a reçu de la vancomycine intraveineuse et de la rifampicine."),
])
def test_a_case_that_consulted_then_was_admitted_to_a_ward_or_given_hospital_care_is_a_stay(visit, care):
    assert classify(BASE.format(visit=visit, care=care)).doc_type == DocType.DISCHARGE_SUMMARY


def test_the_same_case_that_consulted_in_a_specialty_and_took_tablets_is_a_consultation():
    text = BASE.format(visit="a consulté en rhumatologie", care="Une antibiothérapie orale a été prescrite.")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_patients_line_with_nothing_told_after_it_is_not_a_told_case():
    text = """Mme Claire Morel, 52 ans

Hypothyroïdie substituée
Renouvellement de lévothyroxine 75 µg."""
    terms = classify(text).matched_terms.get("discharge_summary", [])
    assert normalize("cas présenté en ouverture (le patient, son âge, ses antécédents)") not in terms


def test_the_same_line_followed_by_what_was_found_and_done_is_a_told_case():
    text = """Mme Claire Morel, 52 ans, présentait une asthénie.
La TSH était à 45 mUI/L. Une substitution par lévothyroxine a été débutée."""
    terms = classify(text).matched_terms["discharge_summary"]
    assert normalize("cas présenté en ouverture (le patient, son âge, ses antécédents)") in terms


def test_a_stay_dated_back_from_the_time_of_writing_is_history_in_a_consultation():
    text = """Mme J., 45 ans, vue en consultation pour des céphalées.
Elle a été admise aux urgences il y a un mois pour une crise migraineuse, traitée par kétoprofène intraveineux.
L'examen neurologique est normal. Migraine sans aura : triptan en crise, propranolol en traitement de fond."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


@pytest.mark.parametrize("opening", [
    "Patiente de 70 ans, cholécystectomisée il y a dix ans, admise pour une angiocholite.",
    "Patiente de 70 ans, admise pour une angiocholite survenue il y a trois jours.",
])
def test_a_told_stay_whose_opening_recalls_an_older_event_stays_a_stay(opening):
    text = opening + """
L'échographie montrait une dilatation de la voie biliaire principale. Une antibiothérapie a été instaurée.
L'évolution a été favorable."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


@pytest.mark.parametrize("operation", [
    "Elle a bénéficié d'une cholécystectomie par voie cœlioscopique.",
    "Elle a subi une exérèse chirurgicale de la lésion.",
    "Un traitement chirurgical a été réalisé.",
    "Elle a été prise en charge chirurgicalement.",
    "Opérée en urgence, elle a eu une cholécystectomie.",
])
def test_a_case_that_consulted_then_underwent_an_operation_is_a_stay(operation):
    text = f"""Une femme de 48 ans a consulté pour des douleurs de l'hypocondre droit.
L'échographie montrait une vésicule lithiasique. {operation} Les suites ont été simples."""
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_case_that_consulted_with_an_operation_only_in_its_history_stays_a_consultation():
    text = """Une femme de 48 ans, aux antécédents de cholécystectomie, a consulté pour des brûlures d'estomac.
La fibroscopie montrait une gastrite. Un traitement par inhibiteur de la pompe à protons a été prescrit.
L'évolution a été favorable."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT
