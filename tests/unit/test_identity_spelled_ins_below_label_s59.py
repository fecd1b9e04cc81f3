"""An INS spelled digit by digit on the line below its label (`Matricule INS` / `1 7 3 1 1 4 2 4 2 2 5 4 6  57`: a
form's label over its boxes) is read whole, its key checked like any other. Pure, no I/O. Second independent corpus
s127_013: a born-digital transport request naming the patient without a birth date went to review, the INS unread."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("F1", "FOURNIER", "Christophe Daniel", date(1973, 11, 19), "M",
                                     ins="173114242254657")])
FORM = ("IDENTITÉ DU PATIENT\nNom de naissance\nFOURNIER\nPrénom(s)\nChristophe Daniel\nDate de naissance\n\n{ins}"
        "\nAdresse")


def read(text: str):
    return read_document([text], today=TODAY)


@pytest.mark.parametrize("lines", ["Matricule INS\n1 7 3 1 1 4 2 4 2 2 5 4 6  57",
                                   "N° de sécurité sociale\n|1|7|3|1|1|4|2|4|2|2|5|4|6| |5|7|"])
def test_a_spelled_ins_below_its_label_is_read_and_files(lines):
    readings = read(FORM.format(ins=lines))
    assert [i.number for i in readings[0].ins] == ["173114242254657"]
    assert decide(readings, INDEX).patient_ipp == "F1"


@pytest.mark.parametrize("lines", [
    "Téléphone\n1 7 3 1 1 4 2 4 2 2 5 4 6  57",  # no INS label above
    "Matricule INS\n\n1 7 3 1 1 4 2 4 2 2 5 4 6  57",  # a blank line between: not the label's own line below
    "Matricule INS\nRéf. 1 7 3 1 1 4 2 4 2 2 5 4 6  57",  # the line does not open on the number
    "N° de sécurité sociale de l'assuré\n1 7 3 1 1 4 2 4 2 2 5 4 6  57",  # someone else's label (session 59 review)
    "Matricule INS (mère)\n1 7 3 1 1 4 2 4 2 2 5 4 6  57",
    "Représentant légal (tutrice) : FOURNIER Annie\nN° de sécurité sociale\n1 7 3 1 1 4 2 4 2 2 5 4 6  57",
    "Père : FOURNIER Marc\nN° SS\n1 7 3 1 1 4 2 4 2 2 5 4 6  57",  # a bare label under a relative's line
])
def test_spelled_digits_not_right_below_the_patients_own_ins_label_are_no_ins(lines):
    readings = read(FORM.format(ins=lines))
    assert readings[0].ins == ()
    assert not decide(readings, INDEX).files


def test_a_spelled_ins_below_its_label_whose_key_fails_never_files():
    readings = read(FORM.format(ins="Matricule INS\n1 7 3 1 1 4 2 4 2 2 5 4 6  58"))
    assert [i.valid_key for i in readings[0].ins] == [False]
    assert not decide(readings, INDEX).files
