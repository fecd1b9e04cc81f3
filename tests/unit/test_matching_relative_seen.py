"""A sentence opened by a relative of the person named, who is the one seen or consulting (`Présent : M. MOREL Hugo
(10/10/1980)` / `Sa fille MOREAU Léa est vue ce jour.`), says the identity printed is the companion's: on main the
father was filed (review10's q_pn4). So does a companion who brings his godchild (`accompagne sa filleule MOREAU Léa`,
review10's q_pn2). The relative's family history (`Son père est suivi pour un diabète.`), a relative who is present
or seen in a sentence the patient opens, still file. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
MOREL = Patient("X2", "MOREL", "Hugo", date(1980, 10, 10), "M")
LEA = Patient("C1", "MOREAU", "Léa", date(2015, 2, 2), "F")
INDEX = RegistryIndex.build([MOREL, LEA])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Présent : M. MOREL Hugo (10/10/1980)\nSa fille MOREAU Léa est vue ce jour.",
    "Accompagnant : M. MOREL Hugo, né le 10/10/1980\nSa fille, Léa, est vue pour une angine.",
    "Parrain : M. MOREL Hugo (10-10-1980)\nSa nièce Julia KLEIN est vue ce jour.",
    "M. MOREL Hugo, né le 10/10/1980. Son fils consulte pour une otite.",
    "Parrain : M. MOREL Hugo, né le 10/10/1980\nSon filleul Louis LEROY est vu pour une entorse.",
    "M. MOREL Hugo, né le 10/10/1980, accompagne sa filleule MOREAU Léa, 11 ans, pour une angine.",
    "M. MOREL Hugo, né le 10/10/1980, accompagne son filleul (LEROY Louis).",
])
def test_a_relative_seen_or_brought_is_the_subject(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "Présent : M. MOREL Hugo (10/10/1980)\nIl est vu ce jour pour une toux.",
    "M. MOREL Hugo, né le 10/10/1980.\nSon père est suivi pour un diabète.",
    "M. MOREL Hugo, né le 10/10/1980, est vu avec sa fille.",
    "M. MOREL Hugo, né le 10/10/1980.\nSa fille est présente lors de la consultation.",
    "M. MOREL Hugo, né le 10/10/1980, accompagné de son filleul.",
    "M. MOREL Hugo, né le 10/10/1980, vu ce jour. Sa mère, vue en 2019, était diabétique.",
])
def test_the_patient_seen_with_a_relative_still_files(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "X2"


@pytest.mark.parametrize("page", [
    "M. MOREL Hugo, né le 10/10/1980.\nSa sœur est vue ce jour également.",
    "M. MOREL Hugo, né le 10/10/1980.\nSon fils est vu aussi ce jour.",
])
def test_a_relative_seen_as_well_leaves_the_patient_filed(page):
    """review9's du/g/gl sets: `Sa sœur jumelle X est vue ce jour également.` below the patient's identity."""
    d = decision(page)
    assert d.files and d.patient_ipp == "X2"
