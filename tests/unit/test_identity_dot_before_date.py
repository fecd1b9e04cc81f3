"""OCR dust between a label and its date (`Né(e) le :.17/12/1950`): a dot glued before the day, not ending a number, is
no part of the date; on main the date was not read at all. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page, read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("V1", "VAN DER BERG", "Yasmine", date(1950, 12, 17), "F")])


def dates_of(text: str):
    return [(m.value, m.label, m.glued) for m in read_page(text, today=TODAY).dates]


@pytest.mark.parametrize("text", ["Né(e) le :.17/12/1950", "Née le .17/12/1950", "DDN :. 17/12/1950"])
def test_a_dot_of_dust_before_the_day_is_skipped(text):
    assert dates_of(text) == [(date(1950, 12, 17), "birth", False)]


@pytest.mark.parametrize("text", ["N° 1.17/12/1950", "Réf ..17/12/1950", "lot 3-17/12/1950"])
def test_a_date_ending_a_number_is_still_no_date(text):
    assert dates_of(text) == []


def test_a_one_digit_day_after_a_dot_may_have_lost_a_digit_and_designates_no_one():
    assert dates_of("Né le :.7/12/1950") == [(date(1950, 12, 7), "birth", True)]


def test_the_letter_files_and_a_near_miss_does_not():
    text = "Patient(e) : Madame VAN DER BERG YASMINE — Né(e) le :.17/12/1950 :\nCher confrère,"
    decision = decide(read_document([text], today=TODAY), INDEX)
    assert decision.files and decision.patient_ipp == "V1"
    near = decide(read_document([text.replace(":.17/12", ":.7/12")], today=TODAY), INDEX)
    assert not near.files
