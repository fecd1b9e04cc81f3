"""A fax reads the comma after a birth date's four-digit year as a slash (`né le.30/01/1945/` / `adressé par…`,
independent corpus s3-014: the date went unread and the dictation to review as « aucun patient »). The date is read as
printed; a year followed by a digit (`12/03/1957/58`) or a two-digit year (`12/03/57/`, maybe a year cut short) is
still no date. A relative's or a doctor's date read so files no one. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("F1", "FERREIRA", "Jean-Pierre Bernard", date(1945, 1, 30), "M"),
    Patient("F2", "FERREIRA", "Olivier", date(1975, 6, 2), "M"),  # his son
    Patient("O1", "OLIVIER", "Sophie", date(1970, 4, 4), "F"),  # the referring doctor's namesake
])
NAMESAKE = Patient("F3", "FERREIRA", "Jean-Pierre", date(1945, 1, 31), "M")  # one digit away from F1


def dates_of(text: str):
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


def decision(text: str, index: RegistryIndex = INDEX):
    return decide([read_page(text, today=TODAY)], index)


@pytest.mark.parametrize("text, expected", [
    ("né le.30/01/1945/\nadressé par le Dr X", [(date(1945, 1, 30), "birth")]),
    ("Date de naissance : 30/01/1945/", [(date(1945, 1, 30), "birth")]),
    ("Né le 30. 01. 1945/ pour", [(date(1945, 1, 30), "birth")]),
])
def test_a_slash_after_a_four_digit_year_is_dust(text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text", [
    "Né le 12/03/1957/58",  # a digit after the slash: no date ends there
    "Né le 12/03/57/",  # a two-digit year may be a year cut short
    "Né le 12/03/1957/5",
    "réf. 2020/12/03/1957/",  # inside a longer number
])
def test_no_date_where_the_slash_continues_a_number(text):
    assert dates_of(text) == []


def test_the_dictation_files_under_its_patient():
    d = decision("Nous avons reçu ce matin Monsieur Ferreira JEAN-PIERRE, né le.30/01/1945/\n"
                 "adressé par le Dr Olivier Sophie pour une gonalgie droite. Il est accompagné de\n"
                 "son-fils, Ferreira OLIVIER.")
    assert d.files and d.patient_ipp == "F1"


@pytest.mark.parametrize("text", [
    # the son's date, behind the relation word: never the son, never the father
    "Monsieur Ferreira JEAN-PIERRE est accompagné de son fils, Ferreira OLIVIER, né le 02/06/1975/\nsuivi au cabinet.",
    # the doctor's namesake's date after the doctor's name
    "Adressé par le Dr OLIVIER Sophie, née le 04/04/1970/\npour avis.",
])
def test_a_relatives_or_doctors_date_files_no_one(text):
    assert not decision(text).files


@pytest.mark.parametrize("printed", ["30/01/1945/", "31/01/1945/"])
def test_a_namesake_one_digit_away_keeps_it_in_review(printed):
    index = RegistryIndex.build([Patient("F1", "FERREIRA", "Jean-Pierre Bernard", date(1945, 1, 30), "M"), NAMESAKE])
    assert not decision(f"Monsieur FERREIRA Jean-Pierre, né le {printed}\nrevu ce jour.", index).files
