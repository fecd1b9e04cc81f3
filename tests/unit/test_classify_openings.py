"""A told case may open on a leading clause (« Suite à une morsure de chien, un enfant de 7 ans … »), on « C'est un
patient de … », or on « ce cultivateur de 38 ans »; and « a été hospitalisé » tells a stay whatever follows, unless it
is denied. Every text was written for these tests; each rule is shown from both sides."""
from __future__ import annotations

import pytest

from docpipe.classify import classify
from docpipe.models import DocType

IMAGING = (" La TDM abdominale objectivait une masse hypodense de 6 cm du foie droit, avec une prise de contraste "
           "périphérique en cocarde. L'échographie confirmait une lésion hypoéchogène hétérogène.")


@pytest.mark.parametrize("opening", [
    "Suite à une morsure de chien, un enfant de 7 ans a été hospitalisé.",
    "Dans les suites d'une cholécystectomie, un homme de 48 ans a été réadmis pour des douleurs.",
    "Originaire d'une zone rurale, ce cultivateur de 38 ans a été hospitalisé pour une fièvre.",
    "Connu diabétique depuis dix ans, M. B., 60 ans, a été hospitalisé pour une fièvre.",
    "C'est un patient de 52 ans qui a été hospitalisé pour une fièvre au long cours.",
    "Hospitalisé pour une fièvre au long cours, un homme de 52 ans présentait une altération de l'état général.",
])
def test_a_stay_opening_on_a_leading_clause_is_a_stay_whatever_imaging_it_quotes(opening):
    assert classify(opening + IMAGING).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_leading_clause_of_the_writer_opens_no_case():
    text = """Suite à votre demande, je vous transmets le dossier de Mme P., 45 ans.
Je reste à votre disposition.
Bien confraternellement."""
    assert classify(text).doc_type == DocType.LETTER


def test_a_stay_denied_is_no_stay():
    text = """Je vois ce jour en consultation M. R., 58 ans, pour une dyspnée d'effort. Il n'a jamais été hospitalisé.
L'auscultation est normale. L'échocardiographie est prévue le mois prochain.
Je le reverrai avec les résultats."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_an_operation_recalled_in_the_opening_apposition_is_history_not_a_stay():
    text = """Patient de 60 ans, opéré d'un cancer du côlon en 2015, consulte pour une toux chronique. La radiographie \
thoracique montre un nodule de 12 mm. Un scanner est demandé."""
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_suites_simples_without_its_article_still_tells_the_course():
    text = """Un homme de 56 ans a été opéré d'une hernie inguinale étranglée. Suites simples. L'échographie de \
contrôle montrait une paroi sans collection."""
    result = classify(text)
    assert result.doc_type == DocType.DISCHARGE_SUMMARY
    assert "suites simples" in result.matched_terms["discharge_summary"]


def test_a_leading_clause_addressed_to_the_reader_opens_no_case():
    # « Suite à votre demande, Mme X., 45 ans, … » is the writer's letter, not a case's opening
    from docpipe import classify as classify_module

    told = classify_module._told(classify_module.NormalizedDocument.of(
        "Suite à votre demande, Mme X., 45 ans, a présenté une toux. La radiographie montrait une opacité.").body)
    assert classify_module._read_told_case(told) is None
    told = classify_module._told(classify_module.NormalizedDocument.of(
        "Suite à une chute, Mme X., 45 ans, a présenté une douleur. La radiographie montrait une fracture.").body)
    assert classify_module._read_told_case(told) is not None


@pytest.mark.parametrize("opening", [
    "K.A., 32 ans, a été hospitalisé pour une fièvre et des douleurs abdominales.",
    "A.B., âgé de 32 ans, a été admis pour une fièvre.",
    "B.M. est un garçon de 10 ans hospitalisé pour une fièvre.",
])
def test_a_case_opening_on_the_patients_initials_is_read_as_a_told_case(opening):
    text = opening + (" Le scanner abdominal montrait une masse hypodense de 5 cm avec prise de contraste "
                      "périphérique. Une ponction-drainage a été réalisée.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_initials_without_an_age_open_no_case():
    from docpipe import classify as classify_module

    told = classify_module._told(classify_module.NormalizedDocument.of(
        "N.B. : le scanner abdominal montrait une masse hypodense de 5 cm. Une ponction a été réalisée.").body)
    assert classify_module._read_told_case(told) is None
