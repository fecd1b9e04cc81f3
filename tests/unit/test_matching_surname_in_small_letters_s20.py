"""A `Nom :` field printing another surname with small letters (`Nom : Martin`, `Le Goff`, `Ly`, `Dupont-Moretti`)
names someone else, as its capitals do: main filed NGUYEN Anne born NGUYEN under `Nom : Martin` / `Nom d'usage :
NGUYEN` (rel22's P6, session 20). The patient's own surname with small letters, or misread by a letter in place, is
still hers. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
BORN_NGUYEN = Patient("NG", "NGUYEN", "Anne", date(1988, 3, 14), "F", used_name="NGUYEN")
BORN_NGUYEN_NO_USED_NAME = Patient("NG0", "NGUYEN", "Anne", date(1988, 3, 14), "F")


def decision(page: str, patient: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build([patient]))


SHAPES = [
    "Nom : {}\nNom d'usage : NGUYEN\nPrénom : Anne\nDate de naissance : 14/03/1988",
    "Nom : {}\nNGUYEN Anne, née le 14/03/1988",
    "Nom : {}\nPrénom : Anne\nMme NGUYEN Anne, née le 14/03/1988",
    "Nom de famille : {}\nNom d'usage : NGUYEN\nPrénom : Anne\nDate de naissance : 14/03/1988",
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("other", ["Martin", "Le Goff", "Ly", "Dupont-Moretti", "Martin Anne", "MARTIN"])
@pytest.mark.parametrize("patient", [BORN_NGUYEN, BORN_NGUYEN_NO_USED_NAME])
def test_another_surname_in_the_name_field_goes_to_review(shape, other, patient):
    d = decision(shape.format(other), patient)
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("own", ["Nguyen", "NGUYEN", "Nguyen Anne", "Nguyem", "Mme Nguyen"])
@pytest.mark.parametrize("patient", [BORN_NGUYEN, BORN_NGUYEN_NO_USED_NAME])
def test_her_own_surname_in_small_letters_still_files_her(own, patient):
    d = decision(f"Nom : {own}\nPrénom : Anne\nDate de naissance : 14/03/1988\nPatiente : NGUYEN Anne", patient)
    assert d.files and d.patient_ipp == patient.ipp


def test_a_patient_field_with_small_letters_is_not_read_as_a_surname():
    d = decision("Patient : Anne\nNom : NGUYEN\nDate de naissance : 14/03/1988", BORN_NGUYEN_NO_USED_NAME)
    assert d.files and d.patient_ipp == "NG0"
