"""Session 70: `Dr` with the doctor's initial glued to it (`DrM Martine ORTEGA`, the `Médecin traitant` line of a faxed
prescription, first corpus s815-031; `DrS. MEYER` is common in OCR) is a doctor's title, as a speck glued before it
(`oDr`) already was: the doctor, also a registry patient, no longer counts as a second patient named on the page. It
reaches the line below as far as `Dr M.` does, no further. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
SOLENE = Patient("A01", "DU PLESSIS", "Solène", date(2000, 2, 8), "F")
MARTINE = Patient("B01", "ORTEGA", "Martine Marine", date(1999, 3, 23), "F")
PRESCRIPTION = "Patiente : DU PLESSIS Solène, née le 08/02/2000\nORDONNANCE\nKinésithérapie : 10 séances\n{doctor}\n"


def decision(text: str, patients: list[Patient]):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(patients))


@pytest.mark.parametrize("doctor", [
    "nadia rt : DrM Martine ORTEGA",  # the `Médecin traitant` label lost to the fax
    "DrA Martine ORTEGA\nPneumologue",
    "DrM. Martine ORTEGA",
])
def test_a_title_with_a_glued_initial_names_a_doctor(doctor):
    verdict = decision(PRESCRIPTION.format(doctor=doctor), [SOLENE, MARTINE])
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


@pytest.mark.parametrize("doctor", [
    "Martine ORTEGA",  # no title: another registry patient named
    "Mme Martine ORTEGA",
    "Drm Martine ORTEGA",  # a small letter after it is no initial
    "DRM Martine ORTEGA",
    "PrM Martine ORTEGA",  # only `Dr` takes a glued initial
    "DrE-OP Martine ORTEGA",  # a word going on after a hyphen
])
def test_without_such_a_title_the_other_patient_is_still_named(doctor):
    verdict = decision(PRESCRIPTION.format(doctor=doctor), [SOLENE, MARTINE])
    assert verdict.status == "review"
    assert "un autre patient du registre est nommé" in verdict.reason_fr


MICHEL = Patient("C01", "MICHEL", "Michel", date(1983, 2, 4), "M")
JEAN = Patient("C02", "MICHEL", "Jean", date(1983, 2, 4), "M")


@pytest.mark.parametrize("title", ["DrM. GUYOT", "Dr M. GUYOT"])
def test_a_glued_initial_does_not_hide_the_patient_s_line_below(title):
    """Twins both named with their date: the glued title followed by the doctor's name on its line introduces nothing
    below it (adversarial review Z: `DrM. GUYOT` / `MICHEL Michel` hid the first twin and filed the second)."""
    text = f"{title}\nMICHEL Michel\nNé le 04/02/1983\nCompte rendu opératoire.\n\nMICHEL Jean\nNé le 04/02/1983\n"
    verdict = decision(text, [MICHEL, JEAN])
    assert verdict.status == "review"
