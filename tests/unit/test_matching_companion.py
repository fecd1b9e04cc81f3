"""The person named is a relative's companion, not the subject: `M. MARTIN Paul, né le …, accompagne sa fille`,
`Mme MARTIN Léa … nous présente son fils`; a subject field opening with a relation (`Patiente : épouse de DUPONT Jean`);
an undated `Copie :` whose value stands on the next line. All filed on main or on the branch before (review7's q7.py,
the 404f192 and aff8fe5 residuals). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M"), Patient("K1", "MARTIN", "Léa", date(1995, 8, 6), "F"),
    Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M"), Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
    Patient("L2", "LEROY", "Lucie", date(2018, 5, 11), "F"),
])


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "M. MARTIN Paul, né le 01/01/1950, accompagne sa fille.\nExamen normal.",
    "Mme MARTIN Léa, née le 06/08/1995, nous présente son fils de 3 mois pour fièvre.",
    "Mme MARTIN Léa, née le 06/08/1995, amène sa fille pour un certificat.",
    "Patiente : épouse de DUPONT Jean, né le 12/03/1957\nToux.",
    "LEROY Louis, né le 11/05/2018\nCopie :\nLEROY Lucie\nVaccins.",
])
def test_a_companion_a_relations_field_or_a_recipient_below_goes_to_review(text):
    decision = decide_text(text)
    assert not decision.files and decision.patient_ipp is None


@pytest.mark.parametrize("text, ipp", [
    ("M. MARTIN Paul, né le 01/01/1950, accompagné de sa fille.", "X1"),  # passive: he is the patient
    ("M. MARTIN Paul, né le 01/01/1950, accompagné par sa fille.", "X1"),
    ("Mme MARTIN Léa, née le 06/08/1995, présente une toux.", "K1"),
    ("Patient : DUPONT Jean, né le 12/03/1957\nToux.", "J1"),
    ("LEROY Louis, né le 11/05/2018\nCopie : Dr BERNARD, pédiatre\nVaccins.", "L1"),
])
def test_the_subject_still_files(text, ipp):
    decision = decide_text(text)
    assert decision.files and decision.patient_ipp == ipp
