"""A name field printing a birth name after `née` in small letters (`Nom : Dupont Née Martin`) for a patient the
registry says was born DUPONT: the printed birth name is not hers — a contradiction, as in capitals or beside her name
in running text (review23's q23n, session 20: filed DUPONT Anne born DUPONT on main). Her own birth name after `née`
(`Nom : Martin née Dupont` for MARTIN used / DUPONT born) and the birth label (`Née le 01/01/1970`) still file. Pure,
no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
BORN_DUPONT = Patient("DA", "DUPONT", "Anne", date(1970, 1, 1), "F")
BORN_DUPONT_MARRIED_MARTIN = Patient("DM", "DUPONT", "Anne", date(1970, 1, 1), "F", used_name="MARTIN")
BORN_MARTIN_MARRIED_DUPONT = Patient("MD", "MARTIN", "Anne", date(1970, 1, 1), "F", used_name="DUPONT")
BORN_LE_GOFF = Patient("LG", "LE GOFF", "Anne", date(1970, 1, 1), "F", used_name="DUPONT")


def decision(page: str, patient: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build([patient]))


@pytest.mark.parametrize("page", [
    "Nom : Dupont Née Martin\nPrénom : Anne\nNé(e) le : 01/01/1970",
    "Nom : Dupont née Martin\nPrénom : Anne\nNé(e) le : 01/01/1970",
    "Nom : Dupont, née Martin\nPrénom : Anne\nNé(e) le : 01/01/1970",
    "Nom : Dupont née Ly\nPrénom : Anne\nNé(e) le : 01/01/1970",
    "Nom : Dupont née Le Goff\nPrénom : Anne\nNé(e) le : 01/01/1970",
    "Nom : Dupont Née Martin      Prénom : Anne\nNé(e) le : 01/01/1970",
    "Patient : Dupont née Martin Anne, née le 01/01/1970",
    "Nom :   Dupont née Martin\nPrénom : Anne\nNé(e) le : 01/01/1970",  # blanks before the value
    "Nom : Dupont (née Martin)\nPrénom : Anne\nNé(e) le : 01/01/1970",
    "Nom d'usage : Dupont née Martin\nPrénom : Anne\nNé(e) le : 01/01/1970",
])
@pytest.mark.parametrize("patient", [BORN_DUPONT, BORN_DUPONT_MARRIED_MARTIN])
def test_another_birth_name_after_nee_in_the_field_contradicts(page, patient):
    d = decision(page, patient)
    assert not d.files and d.rule == "contradiction"
    assert any(p["trait"] == "birth_name" for p in d.evidence["contradictions"])


@pytest.mark.parametrize("page, patient", [
    ("Nom : Dupont Née Martin\nPrénom : Anne\nNé(e) le : 01/01/1970", BORN_MARTIN_MARRIED_DUPONT),
    ("Nom : Martin née Dupont\nPrénom : Anne\nNé(e) le : 01/01/1970", BORN_DUPONT_MARRIED_MARTIN),
    ("Nom : Dupont née Le Goff\nPrénom : Anne\nNé(e) le : 01/01/1970", BORN_LE_GOFF),
    ("Nom : Dupont (née Le Goff)\nPrénom : Anne\nNé(e) le : 01/01/1970", BORN_LE_GOFF),
    ("Nom d'usage : Dupont née Martin\nPrénom : Anne\nNé(e) le : 01/01/1970", BORN_MARTIN_MARRIED_DUPONT),
    ("Nom : Dupont Née le 01/01/1970\nPrénom : Anne", BORN_DUPONT),
    ("Nom : DUPONT NÉE LE 01/01/1970\nPrénom : Anne", BORN_DUPONT),
    ("Nom : Dupont, née le 01/01/1970\nPrénom : Anne", BORN_DUPONT),
    ("Nom : Dupont née en 1970\nPrénom : Anne\nNé(e) le : 01/01/1970", BORN_DUPONT),
    ("Nom : Dupont née à Lyon\nPrénom : Anne\nNé(e) le : 01/01/1970", BORN_DUPONT),
    ("Nom : Dupont\nPrénom : Anne\nNée le : 01/01/1970", BORN_DUPONT),
])
def test_her_own_birth_name_or_the_birth_label_still_files(page, patient):
    d = decision(page, patient)
    assert d.files and d.patient_ipp == patient.ipp
