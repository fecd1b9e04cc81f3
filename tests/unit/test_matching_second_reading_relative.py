"""A second reading is not refused over a first name that another reading prints beside the patient's surname where
decide() itself reads a third party or a relative (`Personne de confiance : LEROY Marie (épouse)`, `accompagné de sa
sœur, Marie LEROY`): that is the relative's name, not the patient's read otherwise (scan12:
3 of 21 fax dev misses refused so). The same first name beside the surname as the subject's still refuses it. Pure."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("L1", "LEROY", "Louis", date(1950, 5, 11), "M"),
                             Patient("L2", "LEROY", "Louise", date(1952, 2, 2), "F")])
RELATIVES = ["Personne de confiance : LEROY Marie (épouse)", "Il est accompagné de sa sœur, Marie LEROY."]


def kept(first: str, second: str):
    r1, r2 = read_document([first], today=TODAY), read_document([second], today=TODAY)
    return accept_second_reading(decide(r1, INDEX), decide(r2, INDEX), [r1], INDEX)


@pytest.mark.parametrize("relative", RELATIVES)
def test_a_relatives_first_name_in_another_reading_keeps_the_second_reading(relative):
    first = f"Patient : LER0Y Lou1s\nNé le 1?/05/1950\n{relative}"
    second = f"Patient : LEROY Louis\nNé le 11/05/1950\n{relative}"
    decision = kept(first, second)
    assert decision.files and decision.patient_ipp == "L1"


@pytest.mark.parametrize("relative", RELATIVES)
def test_another_first_name_as_the_subjects_still_refuses_it(relative):
    first = f"Patient : LER0Y Louise\nNé le 1?/05/1950\n{relative}"
    second = f"Patient : LEROY Louis\nNé le 11/05/1950\n{relative}"
    assert not kept(first, second).files
