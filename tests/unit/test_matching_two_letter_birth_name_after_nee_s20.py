"""A two-letter surname in capitals after `née` beside the patient's name (`DURAND Marie née LY`) is a
surname printed for her, as a longer one is: it contradicts a registry birth name that is not it (review23's q23z2,
session 20: filed DURAND Marie born DURAND on main). `née LE 01/02/1950` is the birth label, and `née LY` for a woman
born LY still files her. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
BORN_DURAND = Patient("DM", "DURAND", "Marie", date(1950, 2, 1), "F")
BORN_LY = Patient("LM", "LY", "Marie", date(1950, 2, 1), "F", used_name="DURAND")


def decision(page: str, patient: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build([patient]))


@pytest.mark.parametrize("page", [
    "DURAND Marie née LY, née le 01/02/1950",
    "Mme DURAND Marie née LY\nDate de naissance : 01/02/1950",
    "Patiente : DURAND Marie née VU, née le 01/02/1950",
])
def test_a_two_letter_birth_name_contradicts_another(page):
    assert not decision(page, BORN_DURAND).files


@pytest.mark.parametrize("page, patient", [
    ("DURAND Marie née LY, née le 01/02/1950", BORN_LY),
    ("DURAND Marie, NÉE LE 01/02/1950", BORN_DURAND),
    ("Mme DURAND Marie NEE LE 01/02/1950", BORN_DURAND),
    ("DURAND Marie, née le 01/02/1950", BORN_DURAND),
])
def test_her_own_or_the_birth_label_still_files(page, patient):
    d = decision(page, patient)
    assert d.files and d.patient_ipp == patient.ipp
