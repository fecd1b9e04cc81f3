"""A prescription's patient line prints the age beside the birth date, without a label: `Madame LUCIE MAËLLE BEN
AMARA` / `79 ans — 04/10/1947`. An age that fits the date (as of the reading day, or up to two years before) labels it
a birth date; on main the date, not opening its line, was beside no name. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page, read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("B1", "BEN AMARA", "Lucie Maëlle", date(1947, 10, 4), "F"),
    Patient("C1", "CORRE", "Clémence Aurélie", date(1988, 7, 28), "F"),
])
HEAD = "Docteur Michel ARNAUD\nRhumatologue\nRPPS 10263816834\n\n"


def label_of(text: str) -> str:
    (mention,) = read_page(text, today=TODAY).dates
    return mention.label


@pytest.mark.parametrize("text", [
    "79 ans — 04/10/1947", "79 ans - 04/10/1947", "79 ans, 04/10/1947", "04/10/1947 (79 ans)", "04/10/1947, 79 ans",
    "78 ans — 04/10/1947",  # a document a year old
    "5 ans — 12/03/2021",
])
def test_an_age_that_fits_the_date_labels_it_a_birth_date(text):
    assert label_of(text) == "birth"


@pytest.mark.parametrize("text", [
    "60 ans — 04/10/1947",  # the age does not fit
    "82 ans — 04/10/1947",  # older than the date allows
    "79 ans de suivi depuis le 04/10/1947",  # words between
    "Il y a 79 ans et 04/10/1947",
    "Diabète depuis 2 ans — 04/10/1947",
])
def test_an_age_that_does_not_fit_or_stands_apart_labels_nothing(text):
    assert label_of(text) != "birth"


@pytest.mark.parametrize("text, ipp", [
    (HEAD + "Madame LUCIE MAËLLE BEN AMARA\n79 ans — 04/10/1947\n\nORDONNANCE\nPARACÉTAMOL 1 g", "B1"),
    (HEAD + "Mme Clémence Corre\n38 ans — 28.07.1988\n\nORDONNANCE", "C1"),
    (HEAD + "Mme Clémence CORRE\n28/07/1988 (38 ans)\n\nORDONNANCE", "C1"),
])
def test_a_prescriptions_patient_line_with_age_and_birth_date_files(text, ipp):
    decision = decide(read_document([text], today=TODAY), INDEX)
    assert decision.files and decision.patient_ipp == ipp


@pytest.mark.parametrize("text", [
    HEAD + "Madame LUCIE MAËLLE BEN AMARA\n79 ans\n\nORDONNANCE",  # the age alone
    HEAD + "Madame LUCIE MAËLLE BEN AMARA\n60 ans — 04/10/1947\n\nORDONNANCE",  # an age that does not fit
    HEAD + "Mme Clémence CORRE\n38 ans — 28.07.1989\n\nORDONNANCE",  # another date
])
def test_a_near_miss_still_goes_to_review(text):
    decision = decide(read_document([text], today=TODAY), INDEX)
    assert not decision.files
