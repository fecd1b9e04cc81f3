"""The page writes the surname in capitals and the first name in small letters: `M. SIMON Thomas` or `Thomas SIMON`
names SIMON Thomas, not the registry's THOMAS Simon, though both words are names (review24's F2: filed THOMAS Simon on
b7879ed). His own name in the page's convention, or a name the page writes all in capitals or all in small letters,
still files. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("T1", "THOMAS", "Simon", date(1962, 5, 14), "M")])


def decision(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "M. SIMON Thomas, né le 14/05/1962",
    "Patient : SIMON Thomas\nDDN : 14/05/1962",
    "Nom / Prénom : SIMON Thomas\nDate de naissance : 14/05/1962",
    "Prénom Nom : Thomas SIMON   Né le 14/05/1962",
    "Je vois ce jour SIMON Thomas, né le 14/05/1962, pour bilan.",
])
def test_the_registry_first_name_in_capitals_names_another_person(text):
    result = decision(text)
    assert not result.files
    assert "nom et prénom inversés" in result.reason_fr


@pytest.mark.parametrize("text", [
    "M. THOMAS Simon, né le 14/05/1962",
    "M. Simon THOMAS, né le 14/05/1962",
    "M. THOMAS SIMON, né le 14/05/1962",
    "Patient : THOMAS Simon\nDDN : 14/05/1962",
    "Nom : THOMAS\nPrénom : Simon\nDDN : 14/05/1962",
])
def test_his_own_name_or_one_case_throughout_still_files(text):
    result = decision(text)
    assert result.files and result.patient_ipp == "T1"
