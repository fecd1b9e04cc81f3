"""A scan may read a form's spaced slash as a bracket, its bar's other glyph (`Naissance :` / `23 1 02 [ 1964`, a clean
scan's side column, independent corpus s791-034): the birth date went unread and the page to review. A bracket now
separates where a bar does — a birth date's field opening its line, day and month padded, the year whole — and nowhere
else. Digits are never corrected. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
HIM = Patient("B1", "BESNARD", "Jean-Pierre", date(1964, 2, 23), "M")
NAMESAKE = Patient("B2", "BESNARD", "Jean-Pierre", date(1964, 2, 28), "M")


def birth_dates(text: str) -> list[date]:
    return [d.value for d in read_page(text, today=TODAY).dates if d.label == "birth"]


@pytest.mark.parametrize("text", ["Naissance :\n\n23 1 02 [ 1964", "Date de naissance : 23 [ 02 ] 1964",
                                  "Né le : 23 / 02 [ 1964", "Date de naissance :\n23 ] 02 / 1964"])
def test_a_bracket_separates_a_birth_dates_field(text):
    assert birth_dates(text) == [date(1964, 2, 23)]


@pytest.mark.parametrize("text", [
    "Il est né le 23 [ 02 [ 1964 à Paris",  # running text: no field
    "Examen : 23 [ 02 [ 1964",  # another label
    "Date de naissance : 23 [ 2 [ 1964",  # month not padded
    "Date de naissance : 23 [ 02 [ 964",  # the year a digit short
    "Date de naissance : 23 (02) 1964",  # a parenthesis is no bar
])
def test_a_bracket_elsewhere_gives_no_birth_date(text):
    assert birth_dates(text) == []


FORM = "PATIENT\nNom de famille :\nBESNARD\nPrénom :\nJEAN-PIERRE\nNaissance :\n{date}\n"


def test_the_form_files_him_and_the_namesake_born_one_digit_off_stays_in_review():
    his = decide([read_page(FORM.format(date="23 1 02 [ 1964"), today=TODAY)], RegistryIndex.build([HIM]))
    assert his.files and his.patient_ipp == "B1"
    both = decide([read_page(FORM.format(date="23 1 02 [ 1964"), today=TODAY)], RegistryIndex.build([HIM, NAMESAKE]))
    assert not both.files and both.rule == "homonyms"
