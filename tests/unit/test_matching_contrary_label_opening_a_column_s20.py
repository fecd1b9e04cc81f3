"""`Née le <his date>` opening a column after a gap (`Médecin …   Patient : LEGRAND Henri` / `Service B   Née le …`)
speaks against a man as it does opening its line: only the first column was read, and such pages filed him. `Né le`,
`Né(e) le`, his own date elsewhere with another woman's date, and a label that does not open its column keep their
decisions. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, column_opening, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("B2", "LEGRAND", "Henri", date(1940, 2, 2), "M"),
    Patient("B1", "DUBOIS", "Marie", date(1950, 1, 1), "F"),
])
HEAD = "Médecin : Dr ROLLAND          Patient : LEGRAND Henri\n"


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    HEAD + "Service B                     Née le 02/02/1940\n",
    HEAD + "Service B\tNée le 02/02/1940\n",
    HEAD + "Service B                     Née le :\n                              02/02/1940\n",
])
def test_a_contrary_label_opening_a_column_speaks_against_him(page):
    d = decision(page)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("page, ipp", [
    (HEAD + "Service B                     Né le 02/02/1940\n", "B2"),
    (HEAD + "Service B                     Né(e) le 02/02/1940\n", "B2"),
    ("Médecin : Dr ROLLAND          Patiente : DUBOIS Marie\nService B                     Née le 01/01/1950\n", "B1"),
])
def test_an_agreeing_label_opening_a_column_keeps_filing(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("text, label", [
    ("Service B                     Née le ", "NEE LE"),
    ("Service B\tNée le :   ", "NEE LE"),
    ("Née le     ", "NEE LE"),
    ("Patient : LEGRAND Henri, née le ", "PATIENT : LEGRAND HENRI, NEE LE"),
])
def test_the_label_opening_the_column(text, label):
    assert column_opening(text) == label
