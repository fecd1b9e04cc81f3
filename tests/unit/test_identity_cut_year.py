"""Behind a birth label, a fax cuts a four-digit year once with a space (`DDN :` / `13/05/1 996`, `13/05/19 96`): the
year is read whole, since a year is never printed with fewer digits. On main the date was lost (`1 996`) or read as a
two-digit year (`13/05/19` → 2019), and the letter went to review (independent corpus, dev s203-003). A cut day or month
with it, or a year with a digit missing, still gives no date (a table rule reads as `1`); a cut year without a birth
label designates no one but still contradicts, as a date printed with letters does. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("M1", "MOULIN", "Gaëlle Agnès", date(1996, 5, 13), "F"),
    Patient("M2", "MOULIN", "Gaëlle Agnès", date(1993, 5, 2), "F"),  # a namesake born another day
])


def birth_dates(text: str):
    return [m.value for m in read_page(text, today=TODAY).dates if m.label == "birth"]


@pytest.mark.parametrize("text", ["DDN :\n13/05/1 996", "Né(e) le 13/05/199 6",
                                  "Date de naissance : 13.05.1 996"])
def test_a_year_cut_once_behind_a_birth_label_is_read_whole(text):
    assert birth_dates(text) == [date(1996, 5, 13)]


@pytest.mark.parametrize("text", ["DDN : 1 3/05/1 996", "DDN : 13/0 5/1 996", "DDN : 13/05/1 99", "DDN : 13/05/1 9 96",
                                  "DDN : 13/05/1 9961"])
def test_a_cut_day_or_month_or_a_missing_digit_gives_no_date(text):
    assert birth_dates(text) == []


def test_a_cut_year_without_a_birth_label_is_no_date():
    assert read_page("Revu le 13/05/1 996 en consultation.", today=TODAY).dates == ()


def test_a_two_digit_year_before_an_age_stays_as_printed():
    assert birth_dates("DDN : 01/02/81 45 ans") == [date(1981, 2, 1)]


@pytest.mark.parametrize("text, printed", [
    ("Née le 07/07/20 15 mois", date(2020, 7, 7)),  # a 15-month-old's sheet, or a cut 2015: never 2015
    ("DDN : 10/10/20 10 h 30", date(2020, 10, 10)),
    ("DDN : 13/05/19 96", date(2019, 5, 13)),
])
def test_a_year_cut_in_its_middle_is_never_joined(text, printed):
    """review15 on e9bced7: `Née le 07/07/20 15 mois` read 2015 filed MOREAU Léa, born 07/07/2015."""
    assert birth_dates(text) == [printed]  # the two-digit year as printed, as on main


def sheet(born: str) -> str:
    return f"Nom de naissance : MOULIN\nPrénoms : Gaëlle Agnès\nDDN :\n{born}\nCompte rendu."


def test_the_patient_with_a_cut_year_files():
    d = decide(read_document([sheet("13/05/1 996")], today=TODAY), INDEX)
    assert d.files and d.patient_ipp == "M1"


def test_a_cut_day_with_a_cut_year_stays_in_review():
    assert not decide(read_document([sheet("1 3/05/1 996")], today=TODAY), INDEX).files


def test_a_cut_year_without_a_birth_label_still_contradicts():
    # A father and son of one name: the son's year cut behind his label is read, the father's cut year beside his name
    # (no label) is not a date that designates, yet it keeps the page in review as the uncut page would.
    index = RegistryIndex.build([Patient("H1", "MOREL", "Hugo", date(1980, 10, 10), "M"),
                                 Patient("H2", "MOREL", "Hugo", date(2010, 10, 10), "M")])
    page = "M. MOREL Hugo (10/10/1 980)\nMerci de recevoir\nMOREL Hugo, né le 10-10-2 010\nCompte rendu."
    assert [m.value for m in read_page(page, today=TODAY).unread_dates] == [date(1980, 10, 10)]
    assert not decide(read_document([page], today=TODAY), index).files
