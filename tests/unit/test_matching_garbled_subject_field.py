"""A subject field whose surname OCR misread by one glyph (`Patient : MARTlN Ernma`) still names a person: another
surname, or the patient's own beside a first name none of his, contradicts the identity printed elsewhere (review7's
q17.py: the mother MARTIN Léa's line below filed her on main). The patient's own name, garbled, stays his. Pure."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("K1", "MARTIN", "Léa", date(1995, 8, 6), "F"),
                             Patient("K2", "MARTIN", "Emma", date(2020, 11, 16), "F")])


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "Patient : MARTlN Ernma\nMARTIN Léa, née le 06/08/1995",
    "Patient : LER0Y Ernma\nMARTIN Léa, née le 06/08/1995",  # another surname, garbled
    "Patiente : MARTlN Jade\nMme MARTIN Léa, née le 06/08/1995",
])
def test_a_garbled_subject_naming_someone_else_goes_to_review(text):
    decision = decide_text(text)
    assert not decision.files and decision.patient_ipp is None


@pytest.mark.parametrize("text", [
    "Patiente : MARTlN Lea\nMARTIN Léa, née le 06/08/1995",  # her own name, one glyph misread
    "Patiente : MARTlN Lé@\nMARTIN Léa, née le 06/08/1995",
    "Patiente : MARTlN\nMARTIN Léa, née le 06/08/1995",
])
def test_the_patients_own_garbled_name_still_files(text):
    decision = decide_text(text)
    assert decision.files and decision.patient_ipp == "K1"
