"""The registry's first given name printed after another given name, before the surname (`Patiente : Claire Marie DURAND`,
`Mme Claire Marie DURAND`) belongs to a Claire, not to the registered Marie (review24's F8b: filed Marie on b7879ed).
Her own given names in either order, the surname first, or a civility before the first name still file. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
MARIE = Patient("D1", "DURAND", "Marie", date(1950, 2, 1), "F")
MARIE_CLAIRE = Patient("D1", "DURAND", "Marie Claire", date(1950, 2, 1), "F")
OTHERS = [Patient("C1", "LEROY", "Claire", date(1970, 1, 1), "F"), Patient("R1", "PETIT", "Rose", date(1971, 1, 1), "F")]


def decision(text: str, patient: Patient = MARIE):
    return decide(read_document([text], today=TODAY), RegistryIndex.build([patient, *OTHERS]))


@pytest.mark.parametrize("text", [
    "Patiente : Claire Marie DURAND\nDDN : 01/02/1950",
    "Nom et prénom : Rose Marie DURAND\nNée le 01/02/1950",
    "Mme Lucie Marie DURAND, née le 01/02/1950",  # (with Claire, registered, the text was no_match already)
    "Patiente : Mme Lucie Marie DURAND\nDDN : 01/02/1950",  # a given name the registry does not know, after a civility
])
def test_another_given_name_first_goes_to_review(text):
    result = decision(text)
    assert not result.files
    assert "le premier n'est pas celui du registre" in result.reason_fr


@pytest.mark.parametrize("text, patient", [
    ("Patiente : Mme Marie DURAND\nDDN : 01/02/1950", MARIE),
    ("Patiente : Madame Marie DURAND\nDDN : 01/02/1950", MARIE),
    ("Patiente : Mrne Marie DURAND\nDDN : 01/02/1950", MARIE),  # `Mme` read with rn for m
    ("Patiente : Mrñe MARIE DURAND\nDDN : 01/02/1950", MARIE),  # independent corpus s3-019's form
    ("Patiente : Melle Marie DURAND\nDDN : 01/02/1950", MARIE),  # a civility the code does not know (review26)
    ("Patiente : Mine Marie DURAND\nDDN : 01/02/1950", MARIE),
    ("Mme DURAND Marie Claire, née le 01/02/1950", MARIE),
    ("Patiente : Marie Claire DURAND\nDDN : 01/02/1950", MARIE_CLAIRE),
    ("Patiente : Claire Marie DURAND\nDDN : 01/02/1950", Patient("D1", "DURAND", "Claire Marie", date(1950, 2, 1), "F")),
    ("Dr Claire LEROY\nMme Marie DURAND, née le 01/02/1950", MARIE),
])
def test_her_own_given_names_or_a_civility_still_file(text, patient):
    result = decision(text, patient)
    assert result.files and result.patient_ipp == "D1"
