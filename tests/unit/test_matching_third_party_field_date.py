"""A birth date printed inside a third party's field (`Père : BERNARD Luc, né le 02/02/1980`, `Ouvrant droit : Monsieur
MOREL Hugo, né le 10/10/1980`) is that person's: it never designates the patient, though father and son bear the same
name (review8's M-1 and gl21 probes: filed under the father on main, the child's own date garbled or absent). The
patient's own date outside such a field still files. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("H1", "BERNARD", "Luc", date(1980, 2, 2), "M"),  # the father
    Patient("H2", "BERNARD", "Luc", date(1985, 6, 6), "M"),  # the son
    Patient("X1", "MOREL", "Hugo", date(2010, 10, 10), "M"),  # the child
    Patient("X2", "MOREL", "Hugo", date(1980, 10, 10), "M"),  # his father
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Père : BERNARD Luc, né le 02/02/1980\nIdentité : BERNARD Luc 06  /  06 : 1985\nCOMPTE RENDU D'ÉCHOGRAPHIE",
    "Nom : BERNARD\nPrénom : Luc\nNé(e) le : 02 : 02  /  1980\nMotif : contrôle.\nPère : Luc BERNARD, né le 06/06/1985",
    "Patient : Hugo MOREL\nOuvrant droit : Monsieur MOREL Hugo, né le 10/10/1980\nORDONNANCE",
    "Patient : MOREL Hugo\nPersonne de confiance : MOREL Hugo, né le 10/10/1980\nORDONNANCE",
])
def test_a_date_in_a_third_partys_field_designates_no_one(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("Patient : MOREL Hugo\nNé le 10/10/2010\nOuvrant droit : Monsieur MOREL Hugo\nORDONNANCE", "X1"),
    ("Identité : BERNARD Luc, né le 06/06/1985\nMédecin traitant : Dr Paul MARTIN\nCOMPTE RENDU", "H2"),
    ("Nom : BERNARD\nPrénom : Luc\nNé(e) le : 02/02/1980\nPère : Luc BERNARD\nCOMPTE RENDU", "H1"),
])
def test_the_patients_own_date_outside_those_fields_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp
