"""A dictation's line may end inside the birth date (`Monsieur ENZO PIERRE-YVES HAMON, né le 20 / 11 /` / `1940,
orienté par…`, independent corpus s5-019: the date went unread and the letter to review as « aucun patient »). Behind a
birth label in running text, a date cut once by the line's end after a separator, day and month of two digits, a
four-digit year, is read as printed. In a form's field or a table's cell (the label opening its line, or after a column's
gap) it stays unread: narrow cells wrap their other values too, and the lines they push between a relation word in the
first column and the birth label it heads filed 50 relatives' dates under the patient when read18 reprinted review17's
column sets with every date cut. Elsewhere (another label, no label), cut before a separator, over a blank line or with
a one-digit day it is no date. A relative's date read so never files the relative, and contradicts the patient as the
same date on one line does. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
HAMON = Patient("H1", "HAMON", "Enzo Pierre-Yves", date(1940, 11, 20), "M")
INDEX = RegistryIndex.build([
    HAMON,
    Patient("H2", "HAMON", "Julie", date(1915, 2, 3), "F"),  # his mother
    Patient("K1", "KLEIN", "Jean-Pierre", date(1962, 4, 10), "M"),  # the doctor's namesake
])


def dates_of(text: str):
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


def decision(text: str, index: RegistryIndex = INDEX):
    return decide([read_page(text, today=TODAY)], index)


@pytest.mark.parametrize("text, expected", [
    ("HAMON, né le 20 / 11 /\n1940, orienté", [(date(1940, 11, 20), "birth")]),
    ("Je vois ce jour M. HAMON Enzo, né le 20.11.\n1940.", [(date(1940, 11, 20), "birth")]),
    ("Monsieur Enzo HAMON né le 20-\n11-1940", [(date(1940, 11, 20), "birth")]),
])
def test_a_birth_date_cut_by_the_line_end_is_read(text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize("text", [
    "Vu le 20/11/\n2026",  # another label
    "Résultat 20/11/\n1940",  # no label
    "Né le 20/11\n/1940",  # cut before the separator
    "Né le 20/\n\n11/1940",  # over a blank line
    "Né le 2/11/\n1940",  # a one-digit day: a digit may be lost at the line's end
    "Né le 20/11/\n19401",
    "Né le 20/11/\n1940/5",
    "Date de naissance : 20.11.\n1940",  # a form's field
    "Né le 20/11/\n1940",
    "Patient : HAMON Enzo      né le 20/11/\n1940",  # a table's cell after a column's gap
    "Patient : HAMON Enzo\tné le 20/11/\n1940",
])
def test_no_date_elsewhere(text):
    assert dates_of(text) == []


def test_the_dictation_files_under_its_patient():
    d = decision("J'ai vu en consultation de suivi Monsieur. ENZO PIERRE-YVES HAMON, né le 20 / 11 /\n"
                 "1940, orienté par le Dr Chloé ETCHEVERRY pour un suivi de diabète.")
    assert d.files and d.patient_ipp == "H1"


@pytest.mark.parametrize("text", [
    # the mother named with her date, the patient without one: never the mother
    "Monsieur HAMON Enzo est accompagné de sa mère, HAMON Julie, née le 03/02/\n1915, suivie au cabinet.",
    # the doctor's namesake's date
    "Adressé par le Dr KLEIN Jean-Pierre, né le 10/04/\n1962, pour avis.",
    # the patient's date and his mother's: a contradiction, as on one line
    "Monsieur HAMON Enzo, né le 20/11/1940, est accompagné de sa mère, HAMON Julie (née le 03 /\n02 / 1915).",
    # a relation word in the first column over the birth label, a wrapped cell pushing a line between them
    "Patient : HAMON Enzo      Médecin : Dr ROLLAND\nMère                      Venu(e) le 28/11/\n2026\n"
    "Date de naissance : 20/11/\n1940\nDr ROLLAND",
    "Nom : HAMON   Prénom : Enzo\tUF 4512\nMère\tVenu(e) le 28/11/\n2026\nNé le 20/11/\n1940",
])
def test_a_relatives_or_doctors_date_files_no_one(text):
    assert not decision(text).files


def test_a_namesake_one_digit_away_keeps_it_in_review():
    index = RegistryIndex.build([HAMON, Patient("H3", "HAMON", "Enzo", date(1940, 11, 28), "M")])
    assert not decision("Monsieur HAMON Enzo, né le 20 / 11 /\n1940, revu ce jour.", index).files


@pytest.mark.parametrize("text", [
    "Date de naissance : 20.11.\n1940",
    "Patient : HAMON Enzo      né le 20/11/\n1940",
])
def test_a_cut_date_in_a_field_or_cell_is_an_unreadable_birth_date(text):
    page = read_page(text, today=TODAY)
    assert [u.digits for u in page.unreadable_birth_dates] == ["20111940"] and page.dates == ()


@pytest.mark.parametrize("text", [
    # the mother's date in the second column, cut: it designates no one, and it is not the patient's
    "Nom : HAMON   Prénom : Enzo      Mère : HAMON Julie\nNé le 20/11/1940      née le 03/02/\n1915",
    "Nom : HAMON   Prénom : Enzo\nNé le 20/11/1940      née le 03/02/\n1915",
])
def test_a_relatives_cut_date_in_a_cell_files_no_one(text):
    assert not decision(text).files


def test_another_cut_birth_date_in_a_cell_contradicts():
    assert decision("Nom : HAMON   Prénom : Enzo\nNé le 20/11/1940      née le 03/02/\n1915").rule == "contradiction"


def test_the_patients_own_cut_date_in_a_field_does_not_contradict_him():
    d = decision("Nom : HAMON\nPrénom : Enzo\nDate de naissance : 20/11/1940\nNé le 20/11/\n1940")
    assert d.files and d.patient_ipp == "H1"
