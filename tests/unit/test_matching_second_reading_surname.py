"""A second reading is refused when another reading printed the patient's surname with a letter more or less: the
median preparation that reads `NOM : Briand` where the first reading read `NOM : Brriand` may have dropped a printed
letter — an unregistered BRRIAND Sarah is another person (own fax dev seed 403, FAX0018: filed under BRIAND Sarah on
main). A letter misread in place (`BR1AND`) is what a second reading is for. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("B1", "BRIAND", "Sarah Brigitte", date(1962, 10, 13), "F"),
                             Patient("M1", "MARTIN", "Martine", date(1950, 1, 1), "F")])


def kept(first: str, second: str):
    r1, r2 = read_document([first], today=TODAY), read_document([second], today=TODAY)
    return accept_second_reading(decide(r1, INDEX), decide(r2, INDEX), [r1], INDEX)


@pytest.mark.parametrize("first", [
    "NOM : Brriand\nPrénoms : Sarah\nDDN : 13/10/1962",  # a letter more, title case, in the name field
    "Nom : Brian\nPrénoms : Sarah\nDDN : 13/10/1962",  # a letter less
    "Mme Sarah Brriand, née le 13/10/1962, est vue ce jour.",  # beside her first name, no label
])
def test_the_surname_read_with_a_letter_more_or_less_refuses_the_second_reading(first):
    decision = kept(first, "NOM : Briand\nPrénoms : Sarah\nDDN : 13/10/1962")
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "B1"
    assert any("à une lettre près" in p["message"] for p in decision.evidence["second_reading"]["problems"])


def test_after_a_civility_alone_it_refuses_the_second_reading_too():
    decision = kept("Mme BRRIAND, née le 13/10/1962, est vue ce jour.",
                    "Mme BRIAND Sarah, née le 13/10/1962, est vue ce jour.")
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "B1"
    assert any("à une lettre près" in p["message"] for p in decision.evidence["second_reading"]["problems"])


@pytest.mark.parametrize("first", [
    "NOM : BR1AND\nPrénoms : Sarah\nDDN : 1?/10/1962",  # a letter misread in place
    "NOM : Bnand\nPrénoms : Sarah\nDDN : 13/1O/1962",  # `ri` read `n`: two letters for one, not one more or less
    "Mme Sarah BRIAHD, née le 1?/10/1962, est vue ce jour.",  # beside her first name, a letter misread
])
def test_a_letter_misread_in_place_keeps_the_second_reading(first):
    decision = kept(first, "NOM : Briand\nPrénoms : Sarah\nDDN : 13/10/1962")
    assert decision.files and decision.patient_ipp == "B1"


def test_a_first_name_one_letter_longer_than_the_surname_is_no_misread_surname():
    decision = kept("Patiente : MART1N Martine\nNée le 01/0l/1950",
                    "Patiente : MARTIN Martine\nNée le 01/01/1950")
    assert decision.files and decision.patient_ipp == "M1"
