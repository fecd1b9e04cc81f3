"""A running header whose date's zero OCR read as a letter (`O1 / 02 / 1934`): the glued `O1` is the date's misread
day, not a twin's first name. Pure, no I/O.

ood-s673-015, a clean 300 dpi dictation: `M. JEAN-MARC ROMERO — O1 / 02 / 1934 — page 2/3` on pages 2 and 3 sent
the letter to review as « prénom « O1 » (jumeau ?) ».
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
INDEX = RegistryIndex.build([Patient("P01", "ROMERO", "Jean-Marc Marcel", date(1934, 2, 1), "M")])
PAGE_1 = "Je revois ce jour en consultation Monsieur JEAN-MARC ROMERO, né le 01 / 02 / 1934, pour un suivi.\nBilan."


def decision(page_2: str):
    return decide(read_document([PAGE_1, f"{page_2}\nSuite du compte rendu."], today=TODAY), INDEX)


@pytest.mark.parametrize("header", [
    "M. JEAN-MARC ROMERO — O1 / 02 / 1934 — page 2/3",
    "JEAN-MARC ROMERO O1/02/1934",
])
def test_a_day_glued_to_a_letter_after_the_name_is_no_first_name(header):
    d = decision(header)
    assert d.files and d.patient_ipp == "P01"


@pytest.mark.parametrize("header", [
    "M. PAUL ROMERO — 01 / 02 / 1934 — page 2/3",  # a twin's first name before the surname, the same date
    "ROMERO Pau1 — 01 / 02 / 1934",  # a misread first name with a digit, not glued to the date
    "ROMERO Paul O1/02/1934",  # a first name, then the glued day: the name is still another's
])
def test_another_first_name_beside_the_surname_and_date_still_goes_to_review(header):
    d = decision(header)
    assert not d.files and d.status == "review"
