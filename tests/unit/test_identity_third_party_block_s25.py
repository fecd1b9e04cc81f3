"""A first name read only in the block of identity fields below a relative's, a contact's or the insured's heading
designates no one (review31: on main a `Nom :` field elsewhere took it for its own, so a twin whose own block had lost
its first name was filed on the relative's — `Personne à prévenir :` / `Nom : DUPONT` / `Prénom : Paul` filed Paul, twin
of Pierre). A heading is such a third party's field alone on its line with no value (`Père :`, `Ouvrant droit`,
`ASSURÉ :`), or with one word and a first-names field below (`Père : DUPONT` / `Prénom : Paul`), or a relative's noun
alone (`Frère jumeau`); the block starts with a name field and ends at a blank line, a subject's field or a line no
field opens. The name in such a block designates no one either, but it stays a candidate and is still heard by every
contradiction: the rule only sends pages to review (review32 refused making the block's fields the third party's: a
block cut short by a fax hid the surname that kept a twin out). Near misses still file: the patient's own block above a
contact's line, and her block below a doctor's blank field. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import fold, headed_blocks, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
INDEX = RegistryIndex.build([
    Patient("D1", "DUPONT", "Pierre", date(1980, 5, 2), "M"),
    Patient("D2", "DUPONT", "Paul", date(1980, 5, 2), "M"),  # his twin
])
OWN = "Nom : DUPONT\nDate de naissance : 02/05/1980\n"  # the patient's block, its first name lost


def decision(text: str):
    return decide([read_page(text, today=TODAY)], INDEX)


def block_values(text: str) -> list[str]:
    reading = read_page(text, today=TODAY)
    return [f.value for f in sorted(headed_blocks(fold(reading.text), list(reading.fields)), key=lambda f: f.start)]


@pytest.mark.parametrize("page", [
    OWN + "\nPersonne à prévenir :\nNom : DUPONT\nPrénom : Paul\nTél : 06 12 34 56 78\n",
    OWN + "Père :\nNom : DUPONT\nPrénom : Paul\n",
    OWN + "Père : DUPONT\nPrénom : Paul\n",
    "Patient(e) : DUPONT\nNé(e) le 02.05.1980\n\nFrère jumeau\nNom : DUPONT\nPrénom : Paul\nNé le 02.05.1980\n",
    "Ouvrant droit\nNom : DUPONT\nPrénom : Paul\nAyant droit\nNom : DUPONT\nNé(e) le : 02.05.1980\n",
    "ASSURÉ :\nNom : DUPONT\nPrénom : Paul\nBÉNÉFICIAIRE :\nNom : DUPONT\nDate de naissance : 02.05.1980\n",
    "Personne de confiance\nNom : DUPONT\nPRÉNOM : Paul\n\nPatient\n" + OWN,
])
def test_the_only_first_name_in_a_relatives_block_files_no_twin(page):
    d = decision(page)
    assert not d.files and d.patient_ipp is None


def test_the_block_runs_from_the_heading_to_the_blank_line():
    page = OWN + "\nPersonne à prévenir :\nNom : DUPONT\nPrénom : Paul\nTél : 06 12 34 56 78\n\nNom : X\n"
    assert block_values(page) == ["DUPONT", "PAUL", "06 12 34 56 78"]


@pytest.mark.parametrize("page", [
    "Personne à prévenir :\nPatient : DUPONT Pierre\nDate de naissance : 02/05/1980\n",  # a subject's field
    "Nom : DUPONT\nÉpoux :\nNé le 02/05/1980\nPrénom : Pierre\n",  # a blank field of her form: her date below
    "Médecin traitant :\nNom : DUPONT\nPrénom : Pierre\nDate de naissance : 02/05/1980\n",  # a doctor's blank field
    "Assurée : KONE\nNom : KONE\nPrénom : Nathan\n",  # one word, no first-names field below: the child's block
])
def test_no_block_there(page):
    assert block_values(page) == []


def test_the_patients_own_block_beside_a_contacts_line_still_files():
    page = "Nom : DUPONT\nPrénom : Paul\nDate de naissance : 02/05/1980\nPersonne à prévenir : MARTIN Jeanne\n"
    assert block_values(page) == []
    d = decision(page)
    assert d.files and d.patient_ipp == "D2"


def test_her_block_below_a_doctors_blank_field_still_files():
    d = decision("Médecin traitant :\nNom : DUPONT\nPrénom : Pierre\nDate de naissance : 02/05/1980\n")
    assert d.files and d.patient_ipp == "D1"
