"""A fax reads the colon of the insured's label on a child's care sheet as a dot (`Assurée . MARÉCHAL MONIQUE` /
`N° SS : …` / `Patient : LEFÈVRE MARION`, independent corpus s5-006): the insured's field went unread, her N° SS was
taken for the child's and contradicted her. Opening its line, the label's value is read after the mark, as for
`Ouvrant droit . …`; the insured is then a third party when a patient is named apart, and read as before otherwise.
The insured is never filed for the child, nor the child for the insured. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
MOTHER_INS = "264118026276031"
MARION = Patient("C1", "LEFÈVRE", "Marion Manon", date(2012, 7, 27), "F", ins="212079566894527")
MONIQUE = Patient("M1", "MARÉCHAL", "Monique", date(1964, 11, 3), "F", ins=MOTHER_INS)
INDEX = RegistryIndex.build([MARION, MONIQUE])
SHEET = ("FEUILLE DE SOINS\nCPAM de Morlaix\nAssurée . MARÉCHAL MONIQUE\nN° SS : 2 64 11 80 262 760 31\n"
         "Patient : LEFÈVRE MARION\nDate de naissance . 27-07-2012\nCourrier de liaison")


def fields_of(text: str):
    return [(f.kind, f.value) for f in read_page(text, today=TODAY).fields]


def decision(text: str, index: RegistryIndex = INDEX):
    return decide([read_page(text, today=TODAY)], index)


def test_the_insureds_field_is_read_after_the_mark():
    assert ("third_party", "MARECHAL MONIQUE") in fields_of(SHEET)


def test_the_childs_sheet_files_under_the_child():
    d = decision(SHEET)
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("text", [
    SHEET,
    # the insured's own sheet, no one named apart: her field is read as before (no field)
    "FEUILLE DE SOINS\nAssurée . MARÉCHAL MONIQUE\nN° SS : 2 64 11 80 262 760 31\nNée le 03/11/1964",
    # the patient being the insured herself
    "Assurée . MARÉCHAL MONIQUE\nN° SS : 2 64 11 80 262 760 31\nPatient : MARÉCHAL MONIQUE\nNée le 03/11/1964",
])
def test_the_mark_reads_as_the_colon_it_stands_for(text):
    clean = decision(text.replace("Assurée . ", "Assurée : "))
    d = decision(text)
    assert (d.files, d.patient_ipp, d.rule) == (clean.files, clean.patient_ipp, clean.rule)
    assert not d.files or d.patient_ipp == ("C1" if "LEFÈVRE" in text else "M1")


@pytest.mark.parametrize("text", [
    # the child's sheet without the child's birth date: the child is not certain, the mother is not the patient
    "Assurée . MARÉCHAL MONIQUE\nN° SS : 2 64 11 80 262 760 31\nPatient : LEFÈVRE MARION",
    # the mother's birth date printed beside the insured: never the mother, and no birth date for the child
    "Assurée . MARÉCHAL MONIQUE, née le 03/11/1964\nN° SS : 2 64 11 80 262 760 31\nPatient : LEFÈVRE MARION",
    # a sentence's dot is no colon: `sa mère . Assurée …` in running text reads no field
    "Vue avec sa mère . Marion LEFÈVRE est revue ce jour.",
])
def test_no_one_or_never_the_insured(text):
    d = decision(text)
    assert not d.files or d.patient_ipp != "M1"


def test_a_namesake_one_digit_away_keeps_the_childs_sheet_in_review():
    index = RegistryIndex.build([MARION, MONIQUE, Patient("C2", "LEFÈVRE", "Marion", date(2012, 7, 21), "F")])
    assert not decision(SHEET, index).files
