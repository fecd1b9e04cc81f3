"""Two readings of a form that named someone else where there was no one (fourth corpus s14, both in review on main):
a continuation page of a typed lab report whose text layer gives one cell per line opens with an analyte and its value
below (`Gamma-GT` / `26` / `UI/L`), not with a person's header `Gamma GT`; a staff field's label that a form's column
put below the patient's surname (`BERTRAND` / `Opérateur :`) is no first name of a namesake. A real header of another
name, and a real first name below the surname, still send the page to review. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("R1", "REYNAUD", "Jean", date(1942, 10, 22), "M"),
    Patient("B1", "BERTRAND", "Chloé", date(1982, 3, 8), "F"),
    Patient("B2", "BERTRAND", "Paul", date(1950, 1, 1), "M"),
])
LAB_PAGE_1 = ("LABORATOIRE DE BIOLOGIE MÉDICALE\nMONSIEUR REYNAUD Jean\nNé le 22/10/1942\nAnalyse\nRésultat\nUnité\n"
              "Potassium\n4,17\nmmol/L\nREYNAUD Jean — Né le 22/10/1942\nPage 1/2")


def decide_pages(*pages: str):
    return decide(read_document(list(pages), TODAY), INDEX)


@pytest.mark.parametrize("page_2", ["Gamma-GT\n26\nUI/L\n8 – 61\nCréatinine\n50\nµmol/L",
                                    "Plaquettes\n438\nG/L\n150 – 400"])
def test_a_results_table_going_on_one_cell_per_line_is_no_header(page_2):
    decision = decide_pages(LAB_PAGE_1, page_2)
    assert decision.files and decision.patient_ipp == "R1"


def test_another_persons_header_on_the_continuation_page_still_sends_to_review():
    assert not decide_pages(LAB_PAGE_1, "MOREL Paul\n26\nUI/L").files


FORM = "Nom de naissance\nBERTRAND\n{below}\nDr David GARCIA\nPrénom\nChloé\nDate de naissance\n08/03/1982\nCompte rendu."


def test_a_staff_label_below_the_surname_is_no_first_name():
    decision = decide_pages(FORM.format(below="Opérateur :"))
    assert decision.files and decision.patient_ipp == "B1"


def test_a_first_name_below_the_surname_still_names_a_namesake():
    assert not decide_pages(FORM.format(below="Paul")).files
