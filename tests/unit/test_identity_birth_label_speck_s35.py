"""A fax's `_` opening the value's line under a birth label (`Naissance :` / `_ 14/06 / 2013`, independent corpus s729)
left the date unlabelled: the patient's own birth date was then no birth date, and a close one's `né le` beside
contradicted her. An empty field filled with underscores still never takes another field's date. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document

TODAY = date(2026, 12, 4)


def labels(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.label) for d in read_document([text], today=TODAY, typed=[False])[0].dates]


@pytest.mark.parametrize("text, read", [
    ("Naissance :\n_ 14/06 / 2013", "14/06 / 2013"),
    ("Date de naissance :\n_ 14/06/2013", "14/06/2013"),
    ("Né le __ 12/03/1957", "12/03/1957"),
])
def test_a_speck_before_the_value_keeps_the_birth_label(text, read):
    assert labels(text) == [(read, "birth")]


def test_an_empty_underscored_field_does_not_take_the_next_fields_date():
    assert labels("Date de naissance : ______\nDate d'entrée : 01/12/2026") == [("01/12/2026", "other")]
