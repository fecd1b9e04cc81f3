"""A comb field's birth date, its boxes erased by the `lines` reading: day, month and year apart (`18 11 2010`), or the
day and month glued (`2107 1969`), read in a birth date's field opening its line and only there — spaces in running
text are what is left of garbled separators."""
from __future__ import annotations

from datetime import date

import pytest

from docpipe.identity import read_document

TODAY = date(2026, 12, 3)


def birth_dates(text: str) -> list[date]:
    [reading] = read_document([text], today=TODAY)
    return [m.value for m in reading.birth_dates]


@pytest.mark.parametrize("text, born", [
    ("date de naissance : 18 11 2010", date(2010, 11, 18)),
    ("Date de naissance\n18 11 2010\nadresse", date(2010, 11, 18)),
    ("date de naissance : 2107 1969", date(1969, 7, 21)),
])
def test_a_comb_fields_date_is_read(text, born):
    assert birth_dates(text) == [born]


@pytest.mark.parametrize("text", [
    "Elle est née le 18 11 2010 à Vannes.",  # running text
    "Né le 14 02 1952, accompagné de sa fille",
    "date de naissance : 18 11 2010 et 12",  # something after the date on its line
    "Date de naissance : Date d'entrée : 01 12 2026",  # another label before it
    "date de naissance : 1 8 11 2010",  # a digit alone: no date
])
def test_spaces_elsewhere_give_no_date(text):
    assert birth_dates(text) == []
