"""`Ne pas jeûner 12/03/2026`: the `ne` of a negation is no birth label. Pure, no I/O.

Only a recent date (an instruction's, an appointment's) is freed from the label: an old date after `Ne pas`
is no instruction's, and stays a birth date that contradicts (review6's p17.py).
"""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)


def label_of(text: str) -> str:
    (mention,) = read_page(text, today=TODAY).dates
    return mention.label


@pytest.mark.parametrize("text", [
    "Ne pas jeûner 12/03/2026", "Ne plus manger avant le 12/03/2026", "NE PAS JEUNER LE 12/03/2026",
    "Bilan à faire. Ne jamais arrêter le traitement avant le 01/12/2026",
])
def test_a_negation_before_a_recent_date_is_no_birth_label(text):
    assert label_of(text) == "other"


@pytest.mark.parametrize("text", [
    "Né le 12/03/2026", "Née 12/03/2026", "Né Pas-de-Calais 12/03/2026", "Ne pas jeûner 12/03/1957",
    "Né PAS 08/11/1971",
])
def test_a_birth_label_or_an_old_date_keeps_the_label(text):
    assert label_of(text) == "birth"


MARC = Patient("P02", "DURAND", "Marc", date(2026, 3, 12), "M")
EMMA = Patient("K2", "MARTIN", "Emma", date(2026, 11, 16), "F")
INDEX = RegistryIndex.build([MARC, EMMA])


def test_an_instruction_date_equal_to_a_birth_date_designates_no_one():
    d = decide([read_page("M. DURAND Marc\nNe pas oublier 12/03/2026", today=TODAY)], INDEX)
    assert not d.files and d.status == "review"


def test_an_instruction_date_does_not_contradict_a_newborn():
    d = decide([read_page("MARTIN Emma née le 16/11/2026\nNe pas baigner avant le 20/11/2026", today=TODAY)], INDEX)
    assert d.files and d.patient_ipp == "K2"
