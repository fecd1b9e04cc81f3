"""`l'épouse de M. DUPONT Jean, né le …`: the relation noun then `de` makes the name the spouse's, not the subject's;
on main `épouse` was only read as a used-name connector and the husband was filed (review7's q8.py). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
                             Patient("M1", "DURAND", "Marie", date(1960, 5, 5), "F", used_name="DUPONT")])


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("relation", ["l'épouse de", "la femme de", "la veuve de", "l'amie de", "la compagne de"])
def test_the_spouse_named_after_a_relation_and_de_designates_no_one(relation):
    decision = decide_text(f"Je vois ce jour {relation} M. DUPONT Jean, né le 12/03/1957, pour une toux.")
    assert not decision.files and decision.patient_ipp is None


@pytest.mark.parametrize("text, ipp", [
    ("Mme DURAND Marie épouse DUPONT, née le 05/05/1960", "M1"),  # a used name: no `de`
    ("Patiente : DUPONT Marie, née le 05/05/1960, épouse de M. DUPONT Jean.", "M1"),  # she is named first
    ("M. DUPONT Jean, né le 12/03/1957, vu avec son épouse.", "J1"),
])
def test_a_used_name_or_the_subject_named_before_still_files(text, ipp):
    decision = decide_text(text)
    assert decision.files and decision.patient_ipp == ipp
