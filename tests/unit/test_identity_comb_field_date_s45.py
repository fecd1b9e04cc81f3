"""A care sheet's comb field: each digit of the birth date in a box of its own (`|0|5| |0|6| |1|9|5|1|`). Once the boxes
are erased (`ocr.without_lines`, the second reading's « lines » preparation) the digits stand in pairs with a plain space
between (`05 06 1951`), no mark at all: the second independent corpus's care sheets went to review for it even when the
boxes were gone. Read only in a birth date's field that opens its line (the label on the line, or alone on the one above
over dust), the date alone on its line, day and month padded, the year whole; elsewhere it stays unread, or an
unreadable birth date that contradicts and never designates. Pure, no I/O."""
from datetime import date

import pytest
from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
FRANCOISE = Patient("A1", "ALBERT", "Françoise", date(1951, 6, 5), "F")
NAMESAKE = Patient("A2", "ALBERT", "Françoise", date(1975, 3, 2), "F")


def dates_of(text: str):
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


@pytest.mark.parametrize("text", [
    "date de naissance\n05 06 1951",
    "Date de naissance : 05 06 1951",
    "date de naissance.\n‘\n\n05 06 1951\n\nadresse",  # a box's corner left as a quote mark, a blank line
    "Né(e) le :\n05 06 1951 |",
])
def test_a_comb_fields_date_is_read(text):
    assert dates_of(text) == [(date(1951, 6, 5), "birth")]


@pytest.mark.parametrize("text", [
    "Elle est née le 05 06 1951",  # a sentence
    "Date de naissance : 05 06 1951 Tél 01 02 03 04 05",  # not alone on its line
    "Date de l'examen : 05 06 1951",  # another label
    "Date de naissance : 5 06 1951",  # a day unpadded
    "Date de naissance : 05 06 51",  # a two-digit year
    "Date de naissance : 05 06 19512",  # a digit more
    "Tél. 06 12 34 56 78",
])
def test_no_date_read_elsewhere(text):
    assert [d for d in dates_of(text) if d[0].year == 1951] == []


def test_the_care_sheet_files_under_its_patient_and_not_her_namesake():
    sheet = ("FEUILLE DE SOINS — Médecin\nPERSONNE RECEVANT LES SOINS ET ASSURÉ(E)\n"
             "nom et prénom (suivis, s'il y a lieu, du nom d'usage)\nALBERT Françoise\nnuméro d'immatriculation\n"
             "date de naissance\n05 06 1951\nadresse\n15 avenue de la Libération, Orléans")
    d = decide([read_page(sheet, today=TODAY)], RegistryIndex.build([FRANCOISE, NAMESAKE]))
    assert d.files and d.patient_ipp == "A1"
