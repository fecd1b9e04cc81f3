"""A `Sexe :` field in the middle of a line whose value opens with its checkboxes (`Nom : LEGRAND   Prénom : Henri
Sexe : [X] F [ ] M   Né le 02/02/1940`) is read: its boxes are its value. On main no field was read there — the
value did not open like one (a capital, a digit) — so the box ticked for the other sex went unseen and the man was
filed. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("B2", "LEGRAND", "Henri", date(1940, 2, 2), "M"),
    Patient("B1", "DUBOIS", "Marie", date(1950, 1, 1), "F"),
])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("boxes, sex", [
    ("[X] F [ ] M", "F"), ("[ ] M [X] F", "F"), ("☒ F ☐ M", "F"), ("[X] Femme [ ] Homme", "FEMME"),
    ("[X] M [ ] F", "M"), ("[ ] M [ ] F", ""), ("[X] M [X] F", ""),
])
def test_a_sex_field_opening_with_its_boxes_mid_line_is_read(boxes, sex):
    reading = read_page(f"Nom : LEGRAND   Prénom : Henri   Sexe : {boxes}   Né le 02/02/1940", today=TODAY)
    assert [f.value for f in reading.fields_of("sex")] == [sex]


@pytest.mark.parametrize("page", [
    "Nom : LEGRAND   Prénom : Henri   Sexe : [X] F [ ] M   Né le 02/02/1940",
    "Nom : LEGRAND   Prénom : Henri   Sexe : [X] F [ ] M   Date de naissance : 02/02/1940",
    "Nom : LEGRAND   Prénom : Henri   Sexe : ☒ F ☐ M   Né le 02/02/1940",
    "Nom : DUBOIS   Prénom : Marie   Sexe : [ ] F [X] M   Née le 01/01/1950",
])
def test_the_box_ticked_for_the_other_sex_contradicts(page):
    d = decision(page)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("page, ipp", [
    ("Nom : LEGRAND   Prénom : Henri   Sexe : [X] M [ ] F   Né le 02/02/1940", "B2"),
    ("Nom : LEGRAND   Prénom : Henri   Sexe : [ ] F [X] M   Né le 02/02/1940", "B2"),
    ("Nom : LEGRAND   Prénom : Henri   Sexe : [ ] M [ ] F   Né le 02/02/1940", "B2"),  # no box ticked: no sex read
    ("Nom : DUBOIS   Prénom : Marie   Sexe : [X] F [ ] M   Née le 01/01/1950", "B1"),
])
def test_the_patients_own_box_or_none_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp
