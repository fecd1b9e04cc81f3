"""A fax misreads a long month name by a glyph or two (`DDN : 16 oclubre 1994`, own corpus s131 fax_0044): behind a
printed birth label, the date is read when exactly one long month (JANVIER, FÉVRIER, JUILLET, SEPTEMBRE … DÉCEMBRE)
is within two edits. On main no birth date was read and the page went to review although its name, first name and
birth date named one patient. Never without a birth label, never a short month (MARS, MAI, JUIN, AOÛT, AVRIL), never a
word as near two months, never behind a misread `DEN :`. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
HIM = Patient("P1", "MARTIN", "Philippe", date(1994, 10, 16), "M")
NAMESAKE = Patient("P2", "MARTIN", "Philippe", date(1990, 3, 2), "M")
NEXT_MONTH = Patient("P3", "MARTIN", "Philippe", date(1994, 11, 16), "M")  # one digit apart: matching's homonym


def birth_dates(page: str) -> list[date]:
    return [m.value for m in read_page(page, today=TODAY).birth_dates]


@pytest.mark.parametrize("printed, value", [
    ("16 oclubre 1994", date(1994, 10, 16)), ("16 octobrc 1994", date(1994, 10, 16)),
    ("3 novemhre 1950", date(1950, 11, 3)), ("3 décembrc 1950", date(1950, 12, 3)),
    ("1er janvicr 1960", date(1960, 1, 1)), ("12 juil1et 1971", None), ("12 juilIet 1971", date(1971, 7, 12)),
    ("9 septembrc 1988", date(1988, 9, 9)),
    # two glyphs lost (`née 24 julet 1958`, first corpus s778-029, a fax at 150 dpi): five letters are enough when one
    # long month alone is that near (session 52; `JUIN` is three edits from `JULET`)
    ("24 julet 1958", date(1958, 7, 24)), ("2 janier 1960", date(1960, 1, 2)), ("2 octbe 1960", date(1960, 10, 2)),
])
def test_a_misread_long_month_behind_a_birth_label(printed, value):
    assert birth_dates(f"Nom : MARTIN\nDDN : {printed}") == ([value] if value else [])


def test_the_page_files_its_patient_and_no_namesake():
    page = "Nom : MARTIN\nPrénoms : Philippe, Loic\nDDN : 16 oclubre 1994"
    d = decide([read_page(page, today=TODAY)], RegistryIndex.build([HIM, NAMESAKE]))
    assert d.files and d.patient_ipp == "P1"
    for registry in ([NAMESAKE], [NEXT_MONTH], [HIM, NEXT_MONTH]):
        d = decide([read_page(page, today=TODAY)], RegistryIndex.build(registry))
        assert not d.files


@pytest.mark.parametrize("page", [
    "MARTIN Philippe\nConsultation du 16 oclubre 2024",  # no birth label
    "Nom : MARTIN\nDDN : 16 maro 1994",  # a short month: not guessed
    "Nom : MARTIN\nDDN : 16 movembre 1994".replace("movembre", "dovembre"),  # as near NOVEMBRE as DECEMBRE
    "Nom : MARTIN\nDEN : 16 oclubre 1994",  # a misread label: the date stays unread as before
    "Nom : MARTIN\nDDN : 16 patient 1994",
    "Nom : MARTIN\nDDN : 16 embre 1994",  # three edits from NOVEMBRE and from DECEMBRE
    "Nom : MARTIN\nDDN : 16 marsx 1994",  # near MARS only: a short month is never guessed
])
def test_no_date_otherwise(page):
    assert birth_dates(page) == []
