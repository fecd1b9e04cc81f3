"""OCR may split the patient's given name by a space near one of its ends (`DUPONT-MARTIN CHRIST INE, née le …` for a
Christine, first corpus seed 795 s795-014: `CHRIST` was read as a twin's first name beside her surname and birth date).
Every letter is printed in order: her name. A split in the middle, a letter more, or two spaces stay another first
name. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("C1", "DUPONT-MARTIN", "Christine Anne-Sophie", date(1988, 9, 6), "F"),
                             Patient("C2", "DUPONT-MARTIN", "Christophe", date(1988, 9, 6), "M")])


def decision(name: str):
    text = (f"Transcription de dictée\nJ'ai vu en consultation de suivi Madame DUPONT-MARTIN {name}, née le "
            "06 / 09 / 1988, adressée par le Dr LOPEZ Céline pour un bilan de dyspnée.\nExamen normal.")
    return decide(read_document([text], today=TODAY, typed=[False]), INDEX)


@pytest.mark.parametrize("name", ["CHRIST INE", "CH RISTINE", "Christ ine"])
def test_her_given_name_split_near_an_end_is_hers(name):
    d = decision(name)
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("name", [
    "CHRIS TINE",  # split in the middle: two names, perhaps
    "CHRIST INES",  # a letter more
    "CHRIST  INE",  # two spaces
    "CHRISTO PHE",  # her twin brother's name, split
])
def test_other_splits_are_still_another_first_name(name):
    assert not decision(name).files
