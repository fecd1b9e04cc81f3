"""An INS printed digit by digit behind its label (`INS : 1 4 8 0 8 5 6 4 9 8 5 0 5  72`, a form's boxes read as bars):
read whole, its key checked like any other. Pure, no I/O. Second independent corpus s1_014: a born-digital imaging
report naming the patient without a birth date went to review, the INS unread."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
INDEX = RegistryIndex.build([Patient("B1", "BOUVIER", "Bernard", date(1948, 8, 8), "M", ins="148085649850572")])


def read(text: str):
    return read_document([text], today=TODAY)


@pytest.mark.parametrize("line", ["INS : 1 4 8 0 8 5 6 4 9 8 5 0 5  72", "N° SS |1|4|8|0|8|5|6|4|9|8|5|0|5| |7|2|",
                                  "Matricule INS : 1 4 8 0 8 5 6 4 9 8 5 0 5 7 2"])
def test_a_labelled_ins_spelled_digit_by_digit_is_read_and_files(line):
    readings = read(f"Patient : Bernard BOUVIER\n{line}\nExamen du 05/01/2025")
    assert [i.number for i in readings[0].ins] == ["148085649850572"]
    assert decide(readings, INDEX).patient_ipp == "B1"


@pytest.mark.parametrize("line", [
    "Glycémie 1 4 8 0 8 5 6 4 9 8 5 0 5 7 2",  # no INS label
    "INS : 1 4 8 0 8 5 6 4 9 8 5 0",  # not whole
])
def test_digits_without_a_label_or_cut_short_are_no_ins(line):
    assert read(f"Patient : Bernard BOUVIER\n{line}\nExamen")[0].ins == ()


def test_a_spelled_ins_whose_key_fails_is_read_and_never_files():
    readings = read("Patient : Bernard BOUVIER\nINS : 1 4 8 0 8 5 6 4 9 8 5 0 5  73\nExamen")
    assert [i.valid_key for i in readings[0].ins] == [False]
    assert not decide(readings, INDEX).files
