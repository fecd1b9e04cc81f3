"""Fax dates whose separators OCR read as letters or signs (`29 j 11 / 1984`, `03 / 11°/ 1998`, `14: mars 1957`) give
no date: read as birth dates (session 8, wip/ident8), they designated a relative named behind a relation word the same
fax had garbled (`sa rnère Mme KLEIN Julia, née le 09 j 09 l 1988` filed under the mother — review8's q_garbled.py,
268 more wrong filings in 3 000 such texts), so the reading was withdrawn. Behind a birth label such a date is seen as
unreadable, and it contradicts: the document goes to review. Quotes of dust between a birth label and a clean date
(`Date naiss.” . : [05/01/1994`) are still read through. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("R1", "ROLLAND", "Joël", date(1984, 11, 29), "M"),
    Patient("P1", "POIRIER", "Louise Agnès", date(1998, 11, 3), "F"),
    Patient("B1", "BOYER", "Chloé", date(1957, 3, 14), "F", used_name="BLANCHARD"),
    Patient("G1", "GRONDIN", "Odile", date(1994, 1, 5), "F"),
    Patient("H1", "HOARAU", "Paul", date(1960, 5, 12), "M"),
    Patient("H2", "HOARAU", "Paul", date(1960, 5, 13), "M"),  # a namesake one digit away
])


def dates_of(text: str):
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "Né le 29 j 11 / 1984",
    "Né(e) le : 03 / 11°/ 1998",
    "Date de naissance : 12 l 03 l 1957",
    # a bar or `!` for a slash is read in a birth date's field opening its line (session 28,
    # test_identity_barred_birth_date_s26.py); in a sentence it still gives no date
    "Vue avec sa mère, née le 05 | 01 ! 1994",
    "Date de naiss. :: 14: mars 1957",
])
def test_a_fax_separator_read_as_a_glyph_gives_no_date(text):
    assert dates_of(text) == []


def test_dust_before_a_clean_birth_date_is_read_through():
    assert dates_of("Date naiss.” . : [05/01/1994") == [(date(1994, 1, 5), "birth")]


@pytest.mark.parametrize("text", [
    "Né le 29 j 1 / 1984",  # a one-digit month: the `j` may hide a digit
    "Né le 2 j 11 / 1984",  # a one-digit day
    "Né le 29 j 11 / 84",  # a two-digit year
    "Né le 2: mars 1957",  # `2:` may be `27` misread
    "Tél. 06 19 60 : 31 40",
    "Né le 29 jours 11 / 1984",  # a word, not a separator
])
def test_no_date_where_a_glyph_might_be_a_digit_or_no_separator(text):
    assert dates_of(text) == []


@pytest.mark.parametrize("page", [
    "Monsieur ROLLAND Joël, né le 29 j 11 / 1984, est revu ce jour.",
    "Patient(e) : Madame LOUISE AGNES POIRIER -— Né(e) le : 03 / 11°/ 1998\nCher confrère,",
    "Nom marital :\nBLANCHARD\nPremier prénom :\nChloé\nDate de naiss. ::\n14: mars 1957\nCompte rendu.",
])
def test_a_glyph_date_leaves_the_document_in_review(page):
    assert not decision(page).files


def test_dust_before_the_date_still_files():
    d = decision("Nom :\nGRONDIN\nPrénom(s) .\nODILE\n| Date naiss.” . : [05/01/1994\nOrdonnance")
    assert d.files and d.patient_ipp == "G1"


def test_a_glyph_date_that_is_not_the_patients_contradicts():
    d = decision("Monsieur ROLLAND Joël, né le 29/11/1984.\nDate de naissance : 28 j 11 / 1984")
    assert not d.files and d.rule == "contradiction"


def test_a_glyph_date_does_not_tell_namesakes_one_digit_apart():
    assert not decision("Monsieur HOARAU Paul, né le 12 j 05 / 1960, est revu ce jour.").files


def test_a_misread_digit_beside_a_glyph_separator_still_goes_to_review():
    d = decision("Monsieur ROLLAND Joël, né le 29 j 1l / 1984, est revu ce jour.")
    assert not d.files


@pytest.mark.parametrize("text", [
    "Le patient est venu avec Monsieur Hugo MOREL, 10j10l1980.",  # review8's gls22_866: a companion's date
    "Antécédents familiaux : Luc BERNARD (02 | 02 °/ 1980) diabète.",
    "Copie à : M BERNARD Luc, 02'02°/1980",
    "Consultation du 14: mars 2026",
])
def test_a_glyph_date_without_a_birth_label_is_not_read(text):
    assert dates_of(text) == []
