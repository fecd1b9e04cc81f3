"""A second reading is refused when another reading printed the patient's surname with one consonant read in place as
a letter that does not look like it (`DUPOND Jean` where the second reading says `DUPONT Jean`, FABRE/FAVRE,
MARCHANT/MARCHAND, VINCENS/VINCENT): no scan turns a T into a D, so the other reading printed another family's name —
review24's F7 left these consonant swaps filed on cb53e67 (probe24s: 20 wrong of 340 absent namesakes). A letter
OCR confuses with it (`DUKAND`, `DUPOHT`, `HUFT`), or a word in mixed case (`puBois`), keeps the second reading.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LAYOUTS = ["M. {} Jean, né le 15/06/1972\nCompte rendu.", "Objet : {} Jean (15/06/1972)\nJe vois ce jour M. {}.",
           "Je reçois M. Jean {}, né le 15/06/1972."]


def kept(first: str, second: str, surname: str):
    index = RegistryIndex.build([Patient("X1", surname, "Jean", date(1972, 6, 15), "M")])
    r1, r2 = read_document([first], today=TODAY), read_document([second], today=TODAY)
    return accept_second_reading(decide(r1, index), decide(r2, index), [r1], index)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("printed, registered", [("DUPOND", "DUPONT"), ("MARCHANT", "MARCHAND"), ("FABRE", "FAVRE"),
                                                 ("VINCENS", "VINCENT"), ("Dupond", "DUPONT")])
def test_a_consonant_unlike_it_refuses_the_second_reading(layout, printed, registered):
    decision = kept(layout.format(printed, printed), layout.format(registered, registered), registered)
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "X1"
    assert any("une lettre pour une autre qui ne lui ressemble pas" in p["message"]
               for p in decision.evidence["second_reading"]["problems"])


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("printed, registered", [("DUKAND", "DURAND"), ("DUPOHT", "DUPONT"), ("HUFT", "HUET"),
                                                 ("puBois", "DUBOIS")])
def test_a_lookalike_or_a_mixed_case_misread_keeps_the_second_reading(layout, printed, registered):
    decision = kept(layout.format(printed, printed), layout.format(registered, registered), registered)
    assert decision.files and decision.patient_ipp == "X1"
