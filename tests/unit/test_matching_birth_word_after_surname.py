"""`Patient(e) : LAMBERT, née le 03/12/1983` names a woman of the surname LAMBERT born that day: a document that names
LAMBERT Claude, a man born the same day, lower down (under a label no list knows, `Épx : LAMBERT Claude, né le …`) may
be his twin Claire's. The `née` right after his surname alone, on its line, with his birth date, contradicts him (main
filed Claude, review11). A `né` fits him; a `née` after his surname spoken of as a relative's does not count. Pure."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
CLAUDE = Patient("W2", "LAMBERT", "Claude", date(1983, 12, 3), "M")
INDEX = RegistryIndex.build([Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F"), CLAUDE])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Patiente : LAMBERT, née le 03/12/1983\nÉpx : LAMBERT Claude, né le 03/12/1983",
    "Patient : LAMBERT, née le 03/12/1983\nM. LAMBERT Claude, né le 03/12/1983",
    "LAMBERT née le 03/12/1983\nLAMBERT Claude\nNé le 03/12/1983",
])
def test_nee_after_the_surname_alone_contradicts_a_man(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "Patient : LAMBERT, né le 03/12/1983\nM. LAMBERT Claude, né le 03/12/1983",
    "Patient : LAMBERT Claude, né le 03/12/1983\nÉpouse : LAMBERT, née le 03/12/1983",
    "Patient : LAMBERT Claude, né le 03/12/1983\nVu avec son épouse LAMBERT, née le 03/12/1983",
])
def test_a_fitting_birth_word_or_a_relatives_still_files(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "W2"
