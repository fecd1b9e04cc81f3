"""A date's line opening with a short label of its own (`IPP :`, `NDA :`, `Tél :`) takes that label: the birth label
ending the line above (`Date de naissance :` left empty by a two-column layout) is not read for it — on main, a
label of three letters or fewer counted as none, and the line above labelled the date. A line opening with a label's
continuation (`le`, `en`, `de`), dust or nothing still takes the label above. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page

TODAY = date(2026, 12, 1)


def labels(text: str) -> list[str]:
    return [m.label for m in read_page(text, today=TODAY).dates]


@pytest.mark.parametrize("text", [
    "Date de naissance :\nNDA : 12/03/1957",
    "Né(e) le :\nIPP : 12/03/1957",
    "Date de naissance :\nUF : 12/03/1957",
])
def test_a_short_label_of_the_dates_own_line_is_its_label(text):
    assert labels(text) != ["birth"]


@pytest.mark.parametrize("text", [
    "Date de naissance :\n12/03/1957",
    "Né(e)\nle 12/03/1957",
    "Date de naissance\n: 12/03/1957",
    "Date de naissance :\nDDN : 12/03/1957",
    "Né le :\n| 12/03/1957",
])
def test_a_date_without_a_label_of_its_own_takes_the_one_above(text):
    assert labels(text) == ["birth"]


def test_an_unreadable_run_behind_a_short_label_is_no_birth_date():
    page = read_page("Lieu de naissance : Caen\nIPP : 523312128", today=TODAY)
    assert page.unreadable_birth_dates == ()
