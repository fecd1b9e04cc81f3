"""Fax dates whose separators OCR read as letters or signs (`29 j 11 / 1984`, `03 / 11°/ 1998`), worded dates with a
sign after the day (`14: mars 1957`), and quotes of dust between a birth label and its date (`Date naiss.” . :
[05/01/1994`): on main none of them gave a date, and the letters went to review (independent corpus, dev seeds 200 and
201). A glyph is read as a separator only between a two-digit day and a two-digit month: there it cannot be a lost
digit. Digits are never corrected. Pure, no I/O."""
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


@pytest.mark.parametrize("text, value", [
    ("Né le 29 j 11 / 1984", date(1984, 11, 29)),
    ("Né(e) le : 03 / 11°/ 1998", date(1998, 11, 3)),
    ("Date de naissance : 12 l 03 l 1957", date(1957, 3, 12)),
    ("DDN : 05 | 01 ! 1994", date(1994, 1, 5)),
    ("Date de naiss. :: 14: mars 1957", date(1957, 3, 14)),
    ("Date naiss.” . : [05/01/1994", date(1994, 1, 5)),
])
def test_a_fax_separator_read_as_a_glyph_gives_the_birth_date(text, value):
    assert dates_of(text) == [(value, "birth")]


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


@pytest.mark.parametrize("page, ipp", [
    ("Monsieur ROLLAND Joël, né le 29 j 11 / 1984, est revu ce jour.", "R1"),
    ("Patient(e) : Madame LOUISE AGNES POIRIER -— Né(e) le : 03 / 11°/ 1998\nCher confrère,", "P1"),
    ("Nom marital :\nBLANCHARD\nPremier prénom :\nChloé\nDate de naiss. ::\n14: mars 1957\nCompte rendu.", "B1"),
    ("Nom :\nGRONDIN\nPrénom(s) .\nODILE\n| Date naiss.” . : [05/01/1994\nOrdonnance", "G1"),
])
def test_the_document_files_under_its_patient(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


def test_a_glyph_date_that_is_not_the_patients_contradicts():
    d = decision("Monsieur ROLLAND Joël, né le 29/11/1984.\nDate de naissance : 28 j 11 / 1984")
    assert not d.files and d.rule == "contradiction"


def test_a_glyph_date_does_not_tell_namesakes_one_digit_apart():
    d = decision("Monsieur HOARAU Paul, né le 12 j 05 / 1960, est revu ce jour.")
    assert not d.files and d.rule == "homonyms"


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
