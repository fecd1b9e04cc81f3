"""Fax dust between a birth label and its date: quotes and degree signs (`née le. ‘11/02/2001`, `Né le°11/07/1957`,
`Date naiss.’: / ‘05-03-1967`), a rule line between the label and the date below (`DDN :` / `——` / `: 28/10/2001`), and
`né le` glued (`Néle 13/09/1931`). On main these dates were read without their label, and the letters went to review
(independent corpus, dev seeds 202–204). A one-digit day glued to a quote or a degree sign may have lost a digit: it
never designates. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("L1", "LOPEZ", "Stéphane", date(1931, 9, 13), "M"),
    Patient("G1", "GUILLOU", "Olivier", date(2001, 10, 28), "M"),
    Patient("J1", "MARTINS", "Joséphine", date(2001, 2, 11), "F"),
])


def labels_of(text: str):
    return [(m.value, m.label, m.glued) for m in read_page(text, today=TODAY).dates]


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("text, value", [
    ("née le. ‘11/02/2001,", date(2001, 2, 11)),
    ("Né le°11/07/1957 M", date(1957, 7, 11)),
    ("Date de. naiss.':\n‘05-03-1967", date(1967, 3, 5)),
    ("DDN :\n——\n: 28/10/2001", date(2001, 10, 28)),
    ("DDN :\n_ _ _\n|\n28/10/2001", date(2001, 10, 28)),
    ("- Néle 13/09/1931 M :", date(1931, 9, 13)),
])
def test_dust_between_the_birth_label_and_the_date_keeps_the_label(text, value):
    assert labels_of(text) == [(value, "birth", False)]


@pytest.mark.parametrize("text", [
    "DDN :\nMotif : contrôle\n28/10/2001",  # a line of words between them: the date is not the label's
    "DDN :\n——\n——\n——\n28/10/2001",  # farther than two lines
])
def test_a_date_below_words_or_far_below_keeps_no_birth_label(text):
    assert [label for _, label, _ in labels_of(text)] != ["birth"]


@pytest.mark.parametrize("text", ["née le ‘1/02/2001", "Né le°1/07/1957"])
def test_a_one_digit_day_glued_to_a_quote_or_a_degree_may_have_lost_a_digit(text):
    assert [glued for _, _, glued in labels_of(text)] == [True]


@pytest.mark.parametrize("page, ipp", [
    ("Clinique de la Côte\nLOPEZ\n. STEPHANE. |\n- Néle 13/09/1931 M :\nRÉSULTATS D'EXAMENS", "L1"),
    ("Nom: -\nGUILLOU\nPrénoms): |\nOlivier\nDDN :\n——\n: 28/10/2001\nRésultats d'examens", "G1"),
    ("Nous avons reçu ce matin Madame : MARTINS : JOSÉPHINE, néé le. ‘11/02/2001, adressée par le Dr X.", "J1"),
])
def test_the_letter_files_under_its_patient(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


def test_a_glued_one_digit_day_does_not_file():
    assert not decision("Madame MARTINS JOSÉPHINE, née le. ‘1/02/2001, adressée par le Dr X.").files
