"""A given name hyphenated after `Saint`/`Sainte`/`St` (`41000 Saint-Pierre`, `Clinique Sainte-Marie`) is a word of a
place, a hospital or a compound surname, no first name: standing right before the patient's surname — on the address
line above a label printed vertically (`ANDRÉ` / `Daniel` / `Né le …`) or on its line — it names no other person of the
patient's surname (own OOD dev seed 203: `… 41000 Saint-Pierre` / `ANDRÉ` / `Daniel` went to review as « prénom
Pierre »). A first name written alone (`Pierre` / `ANDRÉ`, `Saint Pierre` without a hyphen) still names one, and a
registry twin of that first name still stops the filing. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
PATIENT = Patient("A1", "ANDRÉ", "Daniel", date(2004, 11, 21), "M")
OTHERS = [Patient("P1", "MARTIN", "Pierre", date(1950, 1, 1), "M"), Patient("P2", "MARTIN", "Marie", date(1950, 1, 1), "F")]
INDEX = RegistryIndex.build([PATIENT, *OTHERS])
WITH_TWIN = RegistryIndex.build([PATIENT, *OTHERS, Patient("A2", "ANDRÉ", "Pierre", date(2004, 11, 21), "M")])


def decision(page: str, index: RegistryIndex = INDEX):
    return decide(read_document([page], today=TODAY), index)


@pytest.mark.parametrize("page", [
    "Clinique Les Glycines\n25 quai de la Fosse — 41000 Saint-Pierre\n\nANDRÉ\nDaniel\nNé le 21-11-2004 M",
    "Clinique Sainte-Marie\nANDRÉ\nDaniel\nNé le 21-11-2004 M",
    "Hôpital St-Pierre ANDRÉ Daniel, né le 21-11-2004",
])
def test_a_saints_name_before_the_surname_is_no_other_first_name(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "A1"


@pytest.mark.parametrize("page", [
    "Pierre\nANDRÉ\nDaniel\nNé le 21-11-2004 M",
    "Vu avec Pierre\nANDRÉ\nDaniel\nNé le 21-11-2004 M",
    "Hôpital Saint Pierre\nANDRÉ\nDaniel\nNé le 21-11-2004 M",
    "ANDRÉ\nDaniel\nNé le 21-11-2004 M\nPierre ANDRÉ",
])
def test_a_first_name_not_hyphenated_after_saint_still_names_another_person(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "Clinique Les Glycines\n25 quai de la Fosse — 41000 Saint-Pierre\n\nANDRÉ\nDaniel\nNé le 21-11-2004 M",
    "Hôpital St-Pierre ANDRÉ Daniel, né le 21-11-2004",
])
def test_a_registry_twin_bearing_the_saints_name_still_goes_to_review(page):
    assert not decision(page, WITH_TWIN).files
