"""Homonyms born on dates one digit apart are told apart by the INS only — on pages OCR read. Pure, no I/O.

MOREAU Anne 13/03/1958 and MOREAU Anne 13/08/1958: a page printed for one and read with the other digit (3 and 8,
1 and 7, 5 and 6 are what OCR confuses) is the other's identity to the letter. Filing on traits would be a bet.
A document typed by its author (a Word or text file, a born-digital PDF) carries the date its author typed: there the
exact traits decide, as for any patient.
"""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
ANNE_INS = "2580375112048" + nir.calc_check_digits("2580375112048")
INDEX = RegistryIndex.build([
    Patient("O1", "MOREAU", "Anne", date(1958, 3, 13), "F", ins=ANNE_INS),
    Patient("O2", "MOREAU", "Anne", date(1958, 8, 13), "F"),  # one digit from O1
    Patient("H1", "PETIT", "Hugo", date(1951, 1, 10), "M"),
    Patient("H2", "PETIT", "Hugo", date(1957, 7, 10), "M"),  # two digits from H1
])


def decision(text: str, typed: bool = False):
    return decide(read_document([text], today=TODAY, typed=[typed]), INDEX)


@pytest.mark.parametrize("text", ["Mme MOREAU Anne née le 13/03/1958", "Mme MOREAU Anne née le 13/08/1958",
                                  "MOREAU Anne\n13/08/1958\nConsultation."])
def test_traits_alone_do_not_file_a_homonym_one_digit_away(text):
    d = decision(text)
    assert not d.files and d.rule == "homonyms"
    assert "ne diffère que d'un chiffre" in d.reason_fr


def test_the_ins_files_it():
    d = decision(f"Mme MOREAU Anne née le 13/03/1958\nINS : {ANNE_INS}")
    assert d.files and d.patient_ipp == "O1" and d.rule == "ins"


@pytest.mark.parametrize("text, ipp", [("M. PETIT Hugo né le 10/01/1951", "H1"), ("M. PETIT Hugo né le 10/07/1957", "H2")])
def test_homonyms_two_digits_apart_still_file_on_exact_traits(text, ipp):
    d = decision(text)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("ipp_line, ipp", [("IPP : O2", "O2"), ("IPP : O1", None), ("IPP : 999", None)])
def test_the_practices_own_ipp_tells_them_apart_like_the_ins(ipp_line, ipp):
    # Printed IPP of the designated patient → files; the namesake's → contradiction; an unknown number → no help.
    d = decision(f"Mme MOREAU Anne née le 13/08/1958\n{ipp_line}")
    assert d.patient_ipp == ipp and d.files == (ipp is not None)


@pytest.mark.parametrize("text, ipp", [("Mme MOREAU Anne née le 13/03/1958", "O1"),
                                       ("Mme MOREAU Anne née le 13/08/1958", "O2"),
                                       ("MOREAU Anne\n13/08/1958\nConsultation.", "O2")])
def test_a_typed_document_files_on_its_exact_traits(text, ipp):
    d = decision(text, typed=True)
    assert d.files and d.patient_ipp == ipp and d.rule == "traits"


def test_one_page_read_by_ocr_keeps_the_doubt():
    readings = read_document(["Mme MOREAU Anne née le 13/08/1958", "Suite : MOREAU Anne née le 13/08/1958"],
                             today=TODAY, typed=[True, False])
    d = decide(readings, INDEX)
    assert not d.files and d.rule == "homonyms"


def test_a_typed_document_still_refuses_the_namesakes_date_beside_her_own():
    d = decision("Mme MOREAU Anne née le 13/03/1958\nMme MOREAU Anne née le 13/08/1958", typed=True)
    assert not d.files
