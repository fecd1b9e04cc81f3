"""Whose is the birth date? A relative bearing the patient's very name, spoken of in a sentence (`vient accompagné de son
père, Hugo MOREL (né le 10/10/1980)`, `Fils : MOREL Hugo, né le …`), owns the date printed beside him: the patient's own
mention elsewhere does not take it (review8's M-3b: filed under the father on main). And a surname printed alone nearer
to the date (`Patient : LAMBERT` / `Date de naissance : 03/12/1983`) owns it: a first name printed farther away
(`Antécédents familiaux : LAMBERT Claude`) does not pick one of the twins, nor a relative of a LAMBERT the registry does
not hold (review8's M-4, gls25_719). The patient's own date beside the patient's own name still files. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("X1", "MOREL", "Hugo", date(2010, 10, 10), "M"),  # the son
    Patient("X2", "MOREL", "Hugo", date(1980, 10, 10), "M"),  # the father
    Patient("C1", "LAMBERT", "Claire", date(1983, 12, 3), "F"),  # twins
    Patient("C2", "LAMBERT", "Claude", date(1983, 12, 3), "M"),
    Patient("H1", "BERNARD", "Luc", date(1980, 2, 2), "M"),
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Hugo MOREL, 16 ans, vient accompagné de son père, Hugo MOREL (né le 10/10/1980).",
    "Patient : MOREL Hugo\nVu ce jour avec son fils Hugo MOREL (né le 10/10/2010).",
    "Patient : MOREL Hugo\nFils : MOREL Hugo, né le 10/10/2010",
    "Patient : LAMBERT\nDate de naissance : 03/12/1983\nAntécédents familiaux : LAMBERT Claude, diabète.",
    "Antécédents familiaux : M BERNARD Luc, diabète.\nBiologie du 12/11/2026\nPatient : BERNARD\n"
    "Date de naissance : 02 I 02 J 1980",
])
def test_a_date_owned_by_someone_else_of_that_name_does_not_file(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("Hugo MOREL, né le 10/10/2010, vient accompagné de son père, Hugo MOREL.", "X1"),
    ("Patient : LAMBERT Claude\nDate de naissance : 03/12/1983\nMotif : contrôle.", "C2"),
    ("LAMBERT\nClaude\nNé le 03/12/1983 M", "C2"),
    ("Nom : BERNARD\nPrénom : Luc\nDate de naissance : 02/02/1980\nCher Monsieur BERNARD, voici vos résultats.", "H1"),
    ("Patient : Monsieur BERNARD Luc, né le 02/02/1980\nMédecin traitant : Dr Paul MARTIN", "H1"),
])
def test_the_patients_own_date_beside_his_name_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


def test_twins_surname_alone_as_near_as_the_full_name_keeps_the_date():
    """`Patient : LAMBERT` / `Date de naissance : …` / `LAMBERT Claude`: both as near the date, the registry holding
    Claire and Claude born that day — nothing says which twin (review8's q_head2.py, misfiled on main)."""
    d = decision("Patient : LAMBERT\nDate de naissance : 03/12/1983\nLAMBERT Claude")
    assert not d.files and d.rule == "homonyms"


def test_a_surname_alone_as_near_without_a_registry_twin_leaves_the_date_to_the_name():
    d = decision("Patient : BERNARD\nNé le 02/02/1980\nBERNARD Luc\nCompte rendu.")
    assert d.files and d.patient_ipp == "H1"
