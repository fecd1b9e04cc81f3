"""A clean scan may read a form's spaced slashes as the digit a bar looks like (`Date de naissance :` / `17 1 08 1 1959`,
independent corpus s743-003; `15 1 07 / 1990`, s714-004): the birth date went unread. It is read where bars are (a
birth date's field opening its line, day and month padded, the year whole), only with a space either side of the `1`:
a digit of the date there would leave the day, the month or the year a digit too long. Letters for separators stay
unread (session 8). Digits are never corrected. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
HIM = Patient("W1", "WEBER", "Michel Joël", date(1959, 8, 17), "M")
NAMESAKE = Patient("W2", "WEBER", "Michel", date(2019, 11, 15), "M")


def birth_dates(text: str) -> list[date]:
    return [d.value for d in read_page(text, today=TODAY).dates if d.label == "birth"]


@pytest.mark.parametrize("text", ["Date de naissance :\n17 1 08 1 1959", "Date de naissance : 17 1 08 / 1959",
                                  "Né le : 17 / 08 1 1959", "Naissance :\n17 1 08 | 1959"])
def test_a_bar_read_as_a_one_separates_a_birth_dates_field(text):
    assert birth_dates(text) == [date(1959, 8, 17)]


@pytest.mark.parametrize("text", [
    "Il est né le 17 1 08 1 1959 à Paris",  # running text: no field
    "Examen | 17 1 08 1 1959",  # another label
    "Date de naissance : 17 11 08 1 1959",  # a digit too many
    "Date de naissance : 1 1 08 1 1959",  # the day a digit short
    "Date de naissance : 17 108 1 1959",  # no space after the bar-like 1: a digit of the month
    "Date de naissance : 17 1 08 1 959",  # the year a digit short
    "Date de naissance : 17 1 8 1 1959",  # month not padded
    "DDN : 17 l 08 l 1959",  # letters for separators (session 8)
])
def test_a_one_that_may_be_a_digit_gives_no_birth_date(text):
    assert birth_dates(text) == []


FORM = "PATIENT\nNom de famille :\nWEBER\nPRÉNOM :\nMichel\nDate de naissance :\n{date}\n"


def test_the_form_files_him_and_a_date_one_digit_off_does_not():
    registry = RegistryIndex.build([HIM, NAMESAKE])
    his = decide([read_page(FORM.format(date="17 1 08 1 1959"), today=TODAY)], registry)
    assert his.files and his.patient_ipp == "W1"
    neither = decide([read_page(FORM.format(date="17 1 06 1 1959"), today=TODAY)], registry)
    assert not neither.files
