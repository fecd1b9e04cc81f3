"""A birth date that follows a relation word on its line (`Son fils Hugo né le 10 j 10 / 2010`, `vient avec son père
Hugo, né le 10/10/1980`) is the relative's, whoever is named after the word — a first name alone, a garbled surname: the
patient's own mention elsewhere does not take it (review8's q_head2.py: filed under the son on main). The patient's name
between the word and the date, or `né`/`née` saying the date is not the relative's, still files. And a subject's date
unreadable with an `L` for a separator (`Né le 06 L 06 1 1985`) is seen as unreadable (M-6). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("X1", "MOREL", "Hugo", date(2010, 10, 10), "M"),  # the son
    Patient("X2", "MOREL", "Hugo", date(1980, 10, 10), "M"),  # the father
    Patient("D1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
    Patient("H1", "BERNARD", "Luc", date(1980, 2, 2), "M"),  # namesakes: the subject's own date `06 L 06 1 1985`
    Patient("H2", "BERNARD", "Luc", date(1985, 6, 6), "M"),  # is unreadable, the relative's readable
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Patient : Hugo MOREL\nSon fils Hugo né le 10 j 10 / 2010 est suivi pour asthme.",
    "Patient : Hugo MOREL\nSon fils Hugo, né le 10/10/2010",
    "Patient : Hugo MOREL\nSon fils M. Hugo MORE1 né(e) le 10|10/2010",
    "Hugo MOREL vient avec son père Hugo, né le 10/10/1980",
    "Monsieur BERNARD Luc\nNé le 06 L 06 1 1985\nAntécédents familiaux : Luc BERNARD (02/02/1980) diabète.",
])
def test_a_date_after_a_relation_word_is_the_relatives(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("M. DUPONT Jean et son épouse, né le 12/03/1957", "D1"),
    ("M. DUPONT Jean, né le 12/03/1957, accompagné de son épouse.", "D1"),
    ("Patient : MOREL Hugo\nNé le 10/10/2010\nVu avec son père.", "X1"),
])
def test_the_patients_own_date_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp
