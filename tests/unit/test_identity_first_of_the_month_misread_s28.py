"""`1er` read `ler` or `Ier` by OCR (`Née le ler octobre 1987`, independent corpus s648-036, a clean 300 dpi scan: the
date went unread and the page to review as « aucun patient »). No other day is written with `er`, so the first of the
month is read without guessing a digit; a word ending in `ler` (`parler`) and a day with a digit lost stay no date.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
SANDRINE = Patient("S1", "DUPONT-MARTIN", "Sandrine", date(1987, 10, 1), "F", used_name="LE GALL")
NAMESAKE = Patient("S2", "DUPONT-MARTIN", "Sandrine", date(1990, 3, 14), "F")


def dates_of(text: str):
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


@pytest.mark.parametrize("text", ["Née le ler octobre 1987 F", "Née le Ier octobre 1987", "Née le 1er octobre 1987",
                                  "Date de naissance : ler octobre 1987"])
def test_the_first_of_the_month_is_read_as_ocr_prints_it(text):
    assert dates_of(text) == [(date(1987, 10, 1), "birth")]


@pytest.mark.parametrize("text", ["Il faut en parler octobre 1987", "Née le l octobre 1987", "Née le Ber octobre 1987"])
def test_no_day_is_guessed_elsewhere(text):
    assert all(value != date(1987, 10, 1) for value, _ in dates_of(text))


def test_the_label_files_her_and_not_her_namesake():
    """A namesake born one digit away (11 octobre) would still send it to review, as any scan's date does."""
    page = "Cabinet médical de la Côte\n\nLe Gall née Dupont-Martin\nSandrine\n\nNée le ler octobre 1987 F\n\nRÉSULTATS"
    d = decide([read_page(page, today=TODAY)], RegistryIndex.build([SANDRINE, NAMESAKE]))
    assert d.files and d.patient_ipp == "S1"
