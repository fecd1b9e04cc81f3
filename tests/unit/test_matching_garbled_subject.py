"""The subject's own identity line, garbled by OCR, still contradicts a second patient named lower down.
Pure, no I/O.

`Monsieur LER0Y Louis` / `11/05/2018`: OCR read a letter as a digit, so Louis is not designated; his date, opening
the line below his name, is another identity's, not MOREAU Anne's — who must not take the document for being the
only one named clearly (review6's p22.py, filed under MOREAU on main).
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
INDEX = RegistryIndex.build([Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
                             Patient("M1", "MOREAU", "Anne", date(1958, 3, 13), "F")])


def decision(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("subject", ["Monsieur LER0Y Louis\n11/05/2018", "LER0Y Louis 11/05/2018"])
def test_a_garbled_subject_with_a_date_keeps_the_second_patient_in_review(subject):
    d = decision(f"{subject}\nConsultation.\nVu avec Madame MOREAU Anne, née le 13/03/1958")
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("text", [
    "Madame MOREAU Anne\n13/03/1958\nConsultation.",  # her own date below her name
    "Madame MOREAU Anne, née le 13/03/1958\nBilan ECG\n12/06/2026 : normal.",  # a recent date below a word pair
])
def test_the_patients_own_date_or_a_recent_one_below_a_name_line_files(text):
    d = decision(text)
    assert d.files and d.patient_ipp == "M1"
