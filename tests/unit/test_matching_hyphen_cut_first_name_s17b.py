"""A hyphen glued to the first name's last part ending its line (`CHAUVEAU Jean-` / `MARIE, né le …`) says the first
name goes on below, however the next word is written: Jean is not the whole first name, so the document goes to
review (on main and on cf43bf7, twins Jean and Jean-Marie CHAUVEAU born the same day, Jean was filed: the parts are
not written alike, so neither the cut hyphen nor the wrapped compound was seen). Below the hyphen, a label, a sex, a
civility or a date is no second part: `CHAUVEAU Jean-` / `Sexe : M` / `né le …` still files Jean. The compound is
never joined from unlike parts (review, not Jean-Marie). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
JEAN = Patient("C2", "CHAUVEAU", "Jean", date(1955, 4, 28), "M")
JEAN_MARIE = Patient("C3", "CHAUVEAU", "Jean-Marie", date(1955, 4, 28), "M")


def decision(page: str, *patients: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(list(patients)))


@pytest.mark.parametrize("page", [
    "CHAUVEAU Jean-\nMARIE, né le 28/04/1955",
    "CHAUVEAU JEAN-\nMarie, né le 28/04/1955",
    "CHAUVEAU Jean-\nmarie, né le 28/04/1955",
    "Certificat\nM. CHAUVEAU Jean-\nMARIE\nné le 28/04/1955",
    "CHAUVEAU Jean-\n\nMARIE, né le 28/04/1955",
])
@pytest.mark.parametrize("registry", [(JEAN, JEAN_MARIE), (JEAN,)])
def test_a_hyphen_ending_the_line_is_no_jean_whatever_the_case_of_the_next_word(page, registry):
    assert not decision(page, *registry).files


@pytest.mark.parametrize("page", [
    "CHAUVEAU Jean-\nSexe : M\nné le 28/04/1955",
    "CHAUVEAU Jean-\nHOMME\nné le 28/04/1955",
    "CHAUVEAU Jean-\nMONSIEUR, né le 28/04/1955",
    "CHAUVEAU Jean-\nNÉ LE 28/04/1955",
    "CHAUVEAU Jean-\nIPP 12345, né le 28/04/1955",
    "CHAUVEAU Jean-\n28/04/1955",
])
def test_a_label_a_sex_a_civility_or_a_date_below_the_hyphen_still_files_jean(page):
    d = decision(page, JEAN)
    assert d.files and d.patient_ipp == "C2"


def test_on_one_line_the_twins_are_told_apart_as_before():
    assert decision("CHAUVEAU Jean-Marie, né le 28/04/1955", JEAN, JEAN_MARIE).patient_ipp == "C3"
    assert decision("CHAUVEAU Jean, né le 28/04/1955", JEAN, JEAN_MARIE).patient_ipp == "C2"
