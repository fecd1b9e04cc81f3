"""A second reading that read the patient's birth date behind a birth label is not refused by another reading that
printed that date with one digit no date has: a day or a month the calendar lacks (`12/69/1929` for 12/09/1929,
`81-08-2010` for 31/08/2010) or a year that lost a digit (`03/09/198`). That reading told nothing about the digit, and
every other digit it read is the patient's (first corpus s772-015, s772-023, s761-015, s770-003; second corpus
s104_009, s104_023: all in review on main). Two digits off, a readable date, or a date the second reading did not read
behind a birth label still refuse it. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, but_for_a_digit_no_date_has, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("D1", "DUPONT", "Jean", date(1929, 9, 12), "M"),
    Patient("L1", "LAMBERT", "Alice", date(1965, 4, 4), "F"),
    Patient("R1", "ROUX", "Léa", date(2010, 8, 31), "F"),
    Patient("P1", "PERRIN", "Marc", date(1983, 9, 3), "M"),
])
TWINS = RegistryIndex.build([
    Patient("D1", "DUPONT", "Jean", date(1929, 9, 12), "M"),
    Patient("D2", "DUPONT", "Jean", date(1929, 8, 12), "M"),  # born one digit apart
])


def form(name: str, first: str, born: str) -> str:
    return f"Nom : {name}\nPrénom : {first}\nDate de naissance : {born}\nCompte rendu de consultation."


def kept(first_page: str, second_page: str, index: RegistryIndex = INDEX):
    first, second = read_document([first_page], TODAY), read_document([second_page], TODAY)
    return accept_second_reading(decide(first, index), decide(second, index), [first], index)


@pytest.mark.parametrize("name, first, misread, read, ipp", [
    ("DUPONT", "Jean", "12/69/1929", "12/09/1929", "D1"),  # no 69th month
    ("DUPONT", "Jean", "12 / 69 / 1929", "12/09/1929", "D1"),
    ("LAMBERT", "Alice", "64/04/1965", "04/04/1965", "L1"),  # no 64th day
    ("ROUX", "Léa", "81-08-2010", "31-08-2010", "R1"),
    ("PERRIN", "Marc", "03/09/198", "03/09/1983", "P1"),  # the year's last digit lost
])
def test_a_digit_no_date_has_does_not_refuse_the_reading_that_read_the_date(name, first, misread, read, ipp):
    decision = kept(form(name, first, misread), form(name, first, read))
    assert decision.files and decision.patient_ipp == ipp


@pytest.mark.parametrize("misread", [
    "64/09/1929",  # no 64th day, but two digits from the 12th
    "72/69/1929",  # two digits no date has
    "12/09/1920",  # a date: the two readings disagree
    "12/09/19",  # a two-digit year of another century's date, read
])
def test_another_digit_or_a_readable_date_still_refuses_it(misread):
    decision = kept(form("DUPONT", "Jean", misread), form("DUPONT", "Jean", "12/09/1929"))
    assert not decision.files


def test_a_date_the_second_reading_did_not_read_behind_a_birth_label_is_refused():
    second = "DUPONT Jean 12/09/1929\nCompte rendu de consultation."
    decision = kept(form("DUPONT", "Jean", "12/69/1929"), second)
    assert not decision.files


def test_a_namesake_born_one_digit_apart_still_sends_to_review():
    decision = kept(form("DUPONT", "Jean", "12/69/1929"), form("DUPONT", "Jean", "12/09/1929"), TWINS)
    assert not decision.files


@pytest.mark.parametrize("text, born, fits", [
    ("12/69/1929", date(1929, 9, 12), True),
    ("00/09/1929", date(1929, 9, 1), True),  # no day 0
    ("12/13/1929", date(1929, 3, 12), True),  # no 13th month
    ("12/09/929", date(1929, 9, 12), True),  # the year's first digit lost
    ("12/09/1929", date(1929, 9, 12), False),  # the date itself: nothing to excuse
    ("12/69/1929", date(1929, 8, 12), False),  # two digits from the 8th month
    ("12/09/192", date(1939, 9, 12), False),  # 192 is no 1939 with a digit lost
    ("12-69-19299", date(1929, 9, 12), False),
    ("Né le 12/69/1929", date(1929, 9, 12), False),  # not a date alone
])
def test_but_for_a_digit_no_date_has(text, born, fits):
    assert but_for_a_digit_no_date_has(text, born) is fits
