"""A form's sex checkboxes (`Sexe : [ ] M [X] F`, `☐ M ☒ F`): the ticked box's word is the sex, and when it is
unclear which box is ticked no sex is read. On main the first letter (`M`) was read, so a man's document filed
although the form ticked F (review6's note on cfde72e). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
    Patient("A1", "MOREAU", "Anne", date(1958, 3, 13), "F"),
])
JEAN = "Nom : DUPONT\nPrénom : Jean\nDate de naissance : 12/03/1957\n"
ANNE = "Nom : MOREAU\nPrénom : Anne\nDate de naissance : 13/03/1958\n"


def sex_read(text: str) -> str:
    (sex,) = read_page(text, today=TODAY).fields_of("sex")
    return sex.value


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text, value", [
    ("Sexe : [ ] M [X] F", "F"), ("Sexe : [X] M [ ] F", "M"), ("Sexe : ☐ M ☒ F", "F"), ("Sexe : ☒ M ☐ F", "M"),
    ("Sexe : M [ ] F [X]", "F"), ("Sexe : M [x] F [ ]", "M"), ("Sexe : ( ) Masculin (X) Féminin", "FEMININ"),
    ("Sexe (M/F) : □ M ■ F", "F"), ("Sexe : [X] F", "F"),
])
def test_the_ticked_box_is_the_sex(text, value):
    assert sex_read(text) == value


@pytest.mark.parametrize("text", [
    "Sexe : [X] M F",  # F's box lost: the tick may be M's, or F's read before its letter
    "Sexe : M [X] F",  # boxes after their words, F's lost
    "Sexe : [X] M [X] F", "Sexe : [ ] M [ ] F", "Sexe : ☐ M ☐ F", "Sexe : [ ] F",
    "Sexe : M F", "Sexe : H/F : F", "Sexe : M / F",  # both sexes and no box: the boxes were lost
])
def test_no_sex_is_read_when_the_tick_is_unclear(text):
    assert sex_read(text) == ""


@pytest.mark.parametrize("text, value", [("Sexe : M", "M"), ("Sexe : Féminin", "FEMININ"), ("Sexe : F 45 ans", "F 45 ANS")])
def test_a_plain_value_is_read_as_before(text, value):
    assert sex_read(text) == value


@pytest.mark.parametrize("boxes", ["Sexe : [ ] M [X] F", "Sexe : ☐ M ☒ F", "Sexe : M [ ] F [X]"])
def test_a_man_whose_form_ticks_f_goes_to_review(boxes):
    decision = decide_text(JEAN + boxes)
    assert decision.status == "review" and decision.patient_ipp is None
    assert "sexe" in decision.reason_fr


@pytest.mark.parametrize("boxes", ["Sexe : [ ] M [X] F", "Sexe : ☐ M ☒ F", "Sexe : M [ ] F [X]"])
def test_a_woman_whose_form_ticks_f_files(boxes):
    decision = decide_text(ANNE + boxes)
    assert decision.files and decision.patient_ipp == "A1"


def test_a_man_whose_form_ticks_m_files():
    decision = decide_text(JEAN + "Sexe : [X] M [ ] F")
    assert decision.files and decision.patient_ipp == "J1"


def test_a_plain_contrary_sex_still_contradicts():
    decision = decide_text(JEAN + "Sexe : F")
    assert decision.status == "review"
