"""OCR cuts the word of a birth label with a space (`Date de nai ssance`): the label is still read. Pure, no I/O.

Unread, the subject's birth date was an « other » date that contradicted nothing, and a second patient named
lower down with a clean label was filed (review6's p22.py, on main).
"""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("text, label", [
    ("Date de nai ssance : 12/03/1957", "birth"),
    ("Date de nais sance : 12/03/1957", "birth"),
    ("DATE DE NAISS ANCE 12/03/1957", "birth"),
    ("Date de naissance : 12/03/1957", "birth"),
    ("Prise de connais sance : 12/03/2026", "other"),  # a word far from `naissance` stays what it is
])
def test_a_birth_word_cut_by_a_space_is_read_whole(text, label):
    (mention,) = read_page(text, today=TODAY).dates
    assert mention.label == label


def test_the_subjects_split_label_contradicts_a_second_patient_named_below():
    index = RegistryIndex.build([Patient("P01", "DUPONT", "Jean", date(1957, 3, 12), "M"),
                                 Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M")])
    text = ("Monsieur DUPQNT Jean  Date de nai ssance : 12/03/1957\nNe pas jeûner.\n"
            "Également vu : M. Louis LEROY, Date de naissance : 11/05/2018")
    d = decide(read_document([text], today=TODAY), index)
    assert not d.files and d.status == "review"


def test_a_split_label_beside_a_readable_name_files():
    index = RegistryIndex.build([Patient("P01", "DUPONT", "Jean", date(1957, 3, 12), "M")])
    d = decide(read_document(["M. DUPONT Jean\nDate de nai ssance : 12/03/1957"], today=TODAY), index)
    assert d.files and d.patient_ipp == "P01"


@pytest.mark.parametrize("text", ["MOREL Paul, n é le 05/05/1960", "Louise LER0Y, n é(e) le 11/05/2018",
                                  "N E LE 05/05/1960"])
def test_ne_split_by_ocr_before_le_is_a_birth_label(text):
    (mention,) = read_page(text, today=TODAY).dates
    assert mention.label == "birth" and mention.sex_hint is None


@pytest.mark.parametrize("text", ["n é 05/05/1960", "un é le 05/05/1960"])
def test_a_lone_n_elsewhere_is_no_birth_label(text):
    (mention,) = read_page(text, today=TODAY).dates
    assert mention.label != "birth"


@pytest.mark.parametrize("pages", [
    ["Patient : DUPONT Jean, né le 12/03/1957\nBilan.", "MOREL Paul, n é le 05/05/1960\nSuite."],
    ["Patient : DUPONT Jean, né le 12/03/1957\nVu avec M. MOREL Paul, n é le 05/05/1960."],
])
def test_another_birth_date_after_a_split_ne_contradicts(pages):
    # review6's p25.py: on main the split label made it an « other » date, and the document was filed.
    index = RegistryIndex.build([Patient("P01", "DUPONT", "Jean", date(1957, 3, 12), "M")])
    d = decide(read_document(pages, today=TODAY), index)
    assert not d.files and d.status == "review"
