"""A text that opens on the writer's relative (« Ma mère, âgée de 58 ans, a été admise aux urgences … ») is a family's
account — an online review, a testimony — and no hospital document: `other`, whatever stay it tells. The same stay told
of a patient (« Madame B., âgée de 58 ans, … ») stays a stay, and a relative named later in a stay does not count.
Pure, no I/O."""
import pytest

from docpipe.classify import classify
from docpipe.models import DocType

STAY = ("{}, âgée de 58 ans, a été admise aux urgences le 10/04 pour une désorientation et des douleurs thoraciques. "
        "Elle a été renvoyée chez elle au bout d'une heure, avec un diagnostic d'angoisse. Aucun examen n'a été "
        "pratiqué. Elle est décédée le lendemain d'une dissection aortique.")


@pytest.mark.parametrize("relative", ["Ma mère", "Ma grand-mère", "Ma femme", "Ma sœur"])
def test_a_stay_told_by_a_relative_is_other(relative):
    result = classify(STAY.format(relative))
    assert result.doc_type == DocType.OTHER
    assert any(term.startswith("recit d'un proche") for term in result.matched_terms["other"])


@pytest.mark.parametrize("subject", ["Madame B.", "Mme L.", "La patiente"])
def test_the_same_stay_told_of_a_patient_stays_a_stay(subject):
    assert classify(STAY.format(subject)).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_relative_named_later_in_a_stay_does_not_count():
    text = STAY.format("Madame B.") + " Ma mère avait la même maladie, dit sa fille."
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY
