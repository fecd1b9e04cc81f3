"""A header prints the birth date, the sex and the age on the document's own day (`3 juin 1955 M (68 ans)` on a report
of 07.06.2023). Read three years later, 68 was no age for 1955 as of today (two years' slack): the date stayed
unlabelled and, with namesakes in the registry, the page went to review (own corpus s71 scan_0013, s41 photo_0012).
Now the age may also fit exactly as of the page's latest printed date, when a sex stands between the date and the age
(a header's shape). An event's date with years beside it (`Hospitalisation 17/05/2006 (16 ans)`), an age that fits no
date of the page, or a bare date are read as before. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
HIM = Patient("E1", "BEAUCHÊNE", "Enzo Thomas", date(1955, 6, 3), "M")
NAMESAKE = Patient("E2", "BEAUCHÊNE", "Enzo Frédéric", date(1993, 7, 22), "M")
HEADER = "Centre hospitalier\nBEAUCHÊNE Enzo Thomas\n{birth} (68 ans)\nDate de l'intervention\n07.06.2023\nCompte rendu"


def birth_dates(page: str) -> list[tuple[date, str | None]]:
    return [(m.value, m.sex_letter) for m in read_page(page, today=TODAY).birth_dates]


@pytest.mark.parametrize("birth, sex", [("3 juin 1955 M", "M"), ("03/06/1955 M", "M"), ("03/06/1955 (M,", "M"),
                                        ("03/06/1955 Masculin,", "M"), ("03/06/1955 F", "F")])
def test_the_header_date_is_a_birth_date_as_of_the_pages_date(birth, sex):
    page = HEADER.format(birth=birth)
    assert birth_dates(page) == [(date(1955, 6, 3), sex)]


def test_it_files_him_among_namesakes_and_contradicts_a_woman():
    page = HEADER.format(birth="3 juin 1955 M")
    d = decide([read_page(page, today=TODAY)], RegistryIndex.build([HIM, NAMESAKE]))
    assert d.files and d.patient_ipp == "E1"
    her = Patient("F1", "BEAUCHÊNE", "Enzo Thomas", date(1955, 6, 3), "F")
    d = decide([read_page(page, today=TODAY)], RegistryIndex.build([her]))
    assert not d.files


@pytest.mark.parametrize("page", [
    HEADER.format(birth="3 juin 1955"),  # no sex: as of today only
    HEADER.format(birth="3 juin 1955 m"),  # a small letter may be anything
    HEADER.format(birth="3 juin 1955 M").replace("68 ans", "66 ans"),  # no date of the page gives 66
    "BEAUCHÊNE Enzo Thomas\nHospitalisation 17/05/2006 (16 ans)\nDate : 01.03.2023",
    "BEAUCHÊNE Enzo Thomas\n3 juin 1955 M (68 ans)",  # no other date: as of today only
])
def test_no_birth_date_otherwise(page):
    assert birth_dates(page) == []


def test_as_of_today_still_reads():
    assert birth_dates("BEAUCHÊNE Enzo Thomas\n3 juin 1955 M (71 ans)") == [(date(1955, 6, 3), "M")]
