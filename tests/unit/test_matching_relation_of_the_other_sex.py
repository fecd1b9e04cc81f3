"""A relation noun whose sex the civility right after it contradicts (`Accompagnée de son frère, Mme DUPONT Jeanne`,
`Demande de son fils : Mme Jeanne DUPONT`) does not name that relative: the person named is the one seen, the page's
subject — another patient designated on the page goes to review (review13's D: the brother's block filed on main).
Where the civility agrees (`Vue avec son mari, M. DUPONT Paul.`), or the person named is the patient himself, nothing
changes. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("D2", "DUPONT", "Paul", date(1957, 3, 12), "M"), Patient("D3", "DUPONT", "Jeanne", date(1960, 1, 1), "F"),
    Patient("S1", "LEFEBVRE", "Marie", date(1962, 3, 3), "F"),
])


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "Accompagnée de son frère, Mme DUPONT Odile, 69 ans, pour une toux.\nDUPONT Paul\nNé le 12 mars 1957",
    "Demande de son fils : Mme Odile DUPONT, que je vois pour une chute.\nM. DUPONT Paul, né le 12/03/1957.",
    "Accompagné de sa sœur, M. LEFEBVRE Marc, 49 ans, pour une toux.\nLEFEBVRE Marie\nNée le 03/03/1962",
])
def test_a_subject_named_after_a_relation_of_the_other_sex_keeps_another_patient_from_filing(text):
    decision = decide_text(text)
    assert not decision.files and decision.patient_ipp is None


@pytest.mark.parametrize("text, ipp", [
    ("Mme DUPONT Jeanne, née le 01/01/1960, vue avec son mari, M. DUPONT Marc.", "D3"),
    ("Accompagnée de son mari, Mme DUPONT Jeanne consulte pour une toux.\nMme DUPONT Jeanne, née le 01/01/1960.", "D3"),
    ("Vue avec sa fille, M. DUPONT Paul.\nDUPONT Paul\nNé le 12/03/1957", "D2"),
    ("Accompagné de sa sœur, M. DUPONT Paul, né le 12/03/1957, pour une toux.\nDUPONT Paul\nNé le 12/03/1957", "D2"),
])
def test_an_agreeing_civility_or_the_patient_himself_still_files(text, ipp):
    decision = decide_text(text)
    assert decision.files and decision.patient_ipp == ipp
