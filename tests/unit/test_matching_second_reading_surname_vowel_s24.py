"""A second reading is refused when another reading printed the patient's surname with one vowel read as another in
place (`MORIN Jean` where the second reading says `MARIN Jean`): both are family names, and an unregistered MORIN Jean
born the day the registered MARIN Jean was is another person — review24's F7 filed MARIN Jean in 36 of 60 pages on
b7879ed. First names already had this rule (another_first_name). A consonant or a digit misread in place keeps the
second reading. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)


def kept(first: str, second: str, surname: str):
    index = RegistryIndex.build([Patient("X1", surname, "Jean", date(1972, 6, 15), "M")])
    r1, r2 = read_document([first], today=TODAY), read_document([second], today=TODAY)
    return accept_second_reading(decide(r1, index), decide(r2, index), [r1], index)


LAYOUTS = ["M. {} Jean, né le 15/06/1972\nCompte rendu.", "Objet : {} Jean (15/06/1972)\nJe vois ce jour M. {}.",
           "{} Jean 15/06/1972 M\nRadiographie du thorax.", "Je reçois M. Jean {}, né le 15/06/1972."]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("printed, registered", [("MORIN", "MARIN"), ("HUOT", "HUET"), ("MAYER", "MEYER"),
                                                 ("GERARD", "GIRARD")])
def test_a_vowel_read_for_another_refuses_the_second_reading(layout, printed, registered):
    decision = kept(layout.format(printed, printed), layout.format(registered, registered), registered)
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "X1"
    assert any("une voyelle pour une autre" in p["message"] for p in decision.evidence["second_reading"]["problems"])


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("printed, registered", [("MAR1N", "MARIN"), ("MARLN", "MARIN"), ("HUFT", "HUET")])
def test_a_digit_or_a_consonant_misread_in_place_keeps_the_second_reading(layout, printed, registered):
    decision = kept(layout.format(printed, printed), layout.format(registered, registered), registered)
    assert decision.files and decision.patient_ipp == "X1"
