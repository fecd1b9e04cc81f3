"""A `Nom :` / `Prénom :` field pairs with a birth date only when that date is not printed right after another
person's name: the companion's or the twin's date is theirs (review6's p34.py). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
REGISTRY = [
    Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
    Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M"),
]


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(REGISTRY))


@pytest.mark.parametrize("text", [
    "Nom : DUPONT\nPrénom : Jean\nAccompagné de Mme MARTIN Sophie, née le 12/03/1957",
    "Patient : DUPONT Jean\nConsultation.\nSa sœur jumelle DUPONT Jeanne, née le 12/03/1957, est suivie ailleurs.",
    "Patient : DUPONT Jean\nConsultation.\nSon frère jumeau DUPONT Paul, né le 12/03/1957, est suivi ailleurs.",
])
def test_a_birth_date_printed_after_another_persons_name_is_not_the_fields(text):
    decision = decide_text(text)
    assert not decision.files
    assert decision.patient_ipp is None


@pytest.mark.parametrize("text", [
    "Nom : DUPONT\nPrénom : Jean\nDate de naissance : 12/03/1957\nAccompagné de Mme MARTIN Sophie.",
    "Patient : DUPONT Jean\nNé le 12/03/1957\nConsultation de suivi.",
])
def test_the_fields_own_birth_date_still_files(text):
    decision = decide_text(text)
    assert decision.files
    assert decision.patient_ipp == "J1"


def test_a_name_printed_after_the_date_does_not_take_it():
    decision = decide_text("Nom : DUPONT\nPrénom : Jean\nDate de naissance : 12/03/1957\nMme MARTIN Sophie, sa fille.")
    assert decision.patient_ipp == "J1"
