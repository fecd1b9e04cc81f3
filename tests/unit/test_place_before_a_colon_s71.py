"""Session 71: a letterhead and the patient's label beside it, read as one row (`Groupe Hospitalier Nord-Vendôme :
MOREAU Thomas`, `Clinique du Parc : RODRIGUEZ Aurélie`, second corpus s148_010, s144_020, s9001_111): the word
before the colon ends the place's name. It no longer counts as another first name printed beside the patient's
surname, which refused the second reading that read the patient right. Before a colon without a place's noun on the
line, or right before the surname, a name still refuses it. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
THOMAS = Patient("M1", "MOREAU", "Thomas Paul", date(1997, 10, 4), "M")
INDEX = RegistryIndex.build([THOMAS, Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
SECOND = "Patient : MOREAU Thomas Paul\nNé le 04/10/1997\nBON DE DEMANDE D'EXAMENS DE BIOLOGIE"


def decision(first: str):
    r1, r2 = read_document([first], today=TODAY), read_document([SECOND], today=TODAY)
    return accept_second_reading(decide(r1, INDEX), decide(r2, INDEX), [r1], INDEX)


@pytest.mark.parametrize("row", [
    "Groupe Hospitalier Nord-Vendôme : MOREAU Thomas Paul",
    "Clinique du Parc : MOREAU Thomas Paul",
    "Bio-Océane Laboratoires : MOREAU Thomas Paul",
    "Centre hospitalier de Valmont : MOREAU Thomas Paul",
])
def test_a_place_s_name_before_a_colon_keeps_the_second_reading(row):
    kept = decision(f"{row}\nNé le 64/10/1997\nBON DE DEMANDE D'EXAMENS DE BIOLOGIE")
    assert kept.files and kept.patient_ipp == "M1"


@pytest.mark.parametrize("row", [
    "Clinique du Parc : Louise MOREAU",  # no colon right before the surname: her first name
    "Clinique Louise MOREAU",
    "Vendôme : MOREAU Thomas Paul",  # no place's noun before the colon
    "Patient Louise : MOREAU",
])
def test_elsewhere_a_name_before_the_surname_still_refuses_it(row):
    kept = decision(f"{row}\nNé le 64/10/1997\nBON DE DEMANDE D'EXAMENS DE BIOLOGIE")
    refused = kept.evidence["second_reading"]
    assert not kept.files and refused["patient"] == "M1"
    assert [p["trait"] for p in refused["problems"]] == ["first_name"]
