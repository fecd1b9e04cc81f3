"""A relation's field whose line holds, beyond a column's gap, only another column's field (`Son épouse :   Adresse :
3 rue des Lilas`, `FEMME :   Venu(e) le 28/11/2026`) names no one on that line: its value is on the line below. The
`née le <his date>` there is no named wife's date going on, and speaks against the man (review18's coli428 / coli331:
filed the husband). A name beyond the gap is still the relative's value; the patient's own date above keeps filing.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import fold, read_document
from docpipe.matching import RegistryIndex, decide, relation_label, relation_value_on_its_line
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("R1", "MOREAU", "Odile", date(1958, 5, 19), "F"),
    Patient("P1", "MOREAU", "Pierre", date(1949, 4, 15), "M"),
    Patient("C1", "ROUSSEL", "Paul", date(1971, 2, 15), "M"),
])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Patient : MOREAU Pierre          Date : 01/12/2026\n        Son épouse :   Adresse : 3 rue des Lilas\n"
    "        née le 15.04.1949\n",
    "Patient : MOREAU Pierre          Date : 01/12/2026\n        Son épouse :\tTél : 04 74 00 00 00\n"
    "        née le 15.04.1949\n",
    "Patient : ROUSSEL Paul          Lyon, le 1er décembre 2026\n                FEMME :   Venu(e) le 28/11/2026\n"
    "   née le 15/02/1971\n",
])
def test_another_columns_field_beside_the_relation_label_names_no_one(page):
    d = decision(page)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("page, ipp", [
    ("Patient : MOREAU Pierre          Date : 01/12/2026\nné le 15/04/1949\nSon épouse :   Adresse : 3 rue des Lilas\n",
     "P1"),
    ("Patient : ROUSSEL Paul, né le 15/02/1971\nFEMME :   Venu(e) le 28/11/2026\n", "C1"),
])
def test_the_patients_own_date_beside_such_a_field_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("line, value", [
    ("SON EPOUSE :   ADRESSE : 3 RUE DES LILAS", ""),
    ("FEMME :   VENU(E) LE 28/11/2026", ""),
    ("EPOUSE :\tTEL : 04 74 00 00 00", ""),
    ("SON EPOUSE :   MME MOREAU ODILE", "MME MOREAU ODILE"),
    ("SON EPOUSE :   MME MOREAU ODILE   TEL : 04 74 00 00 00", "MME MOREAU ODILE   TEL : 04 74 00 00 00"),
    ("SON EPOUSE : ADRESSE INCONNUE", "ADRESSE INCONNUE"),
    ("EPOUX :", ""),
])
def test_the_value_a_relation_field_gives_on_its_line(line, value):
    line = fold(line)
    assert relation_value_on_its_line(line, relation_label(line)) == value
