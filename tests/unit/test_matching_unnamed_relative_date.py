"""A birth date printed right after a relative spoken of without a name is the relative's (`Son frère jumeau, né le
12/03/1957, présente les mêmes symptômes`), and a name in a `Copie :` line is a recipient's. Both filed DUPONT Jean on
main on a date the page gives to someone else (review7's q5.py `twin_line_ne`, `copy_ne`). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
                             Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
BODY = "Bilan cardiologique normal, fonction rénale conservée, pas de contre-indication.\n"


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    "M. DUPONT Jean\n" + BODY + "Son frère jumeau, né le 12/03/1957, présente les mêmes symptômes.",
    "M. DUPONT Jean\n" + BODY + "Son frère jumeau, 69 ans — 12/03/1957, présente les mêmes symptômes.",
    "Nom : DUPONT\nPrénom : Jean\n" + BODY + "Sa sœur jumelle, née le 12/03/1957, est suivie ailleurs.",
    "Monsieur, né le 12/03/1957\n" + BODY + "Copie : M. DUPONT Jean",
    "Monsieur, 69 ans — 12/03/1957\n" + BODY + "Copie : M. DUPONT Jean",
])
def test_a_date_owned_by_an_unnamed_relative_or_a_copy_recipient_designates_no_one(text):
    decision = decide_text(text)
    assert not decision.files and decision.patient_ipp is None


@pytest.mark.parametrize("text", [
    "M. DUPONT Jean, né le 12/03/1957\n" + BODY + "Son frère jumeau présente les mêmes symptômes.",
    "M. DUPONT Jean et son épouse, né le 12/03/1957",  # `né`: his date, not his wife's
    "M. DUPONT Jean, né le 12/03/1957, accompagné de son fils.",
    "M. DUPONT Jean, né le 12/03/1957\n" + BODY + "Copie : Dr MARTIN, médecin traitant",
])
def test_the_patients_own_date_still_files(text):
    decision = decide_text(text)
    assert decision.files and decision.patient_ipp == "J1"


@pytest.mark.parametrize("pages", [
    ["LEROY Louis, né le 11/05/2018\nVaccins.\nCOPIE\nLEROY Louise, née le 11/05/2018\nVaccins."],  # a stamp
    ["Patient : DUPONT Jean, né le 12/03/1957", "COPIE\nMARTIN Paul\nSuite."],
    ["LEROY Louis, né le 11/05/2018\nCopie : LEROY Louise, née le 11/05/2018"],  # a recipient carries no birth date
])
def test_a_copy_stamp_or_a_dated_copy_line_hides_no_identity(pages):
    # review7's q14.py on 73309f7: only `Copie :` / `Copie à` name a recipient, and never with a birth date.
    index = RegistryIndex.build([Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
                                 Patient("L2", "LEROY", "Louise", date(2018, 5, 11), "F"),
                                 Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
                                 Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
    assert not decide(read_document(pages, today=TODAY), index).files
