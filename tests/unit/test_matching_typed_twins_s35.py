"""Twins whose first names are one letter apart (Léa and Léo), namesakes whose surnames are: on a page OCR read, one
letter misread makes one the other, so only the INS, the practice's IPP or the printed sex tell them apart. A typed
document (a lab file, a Word or text file, a born-digital PDF) carries the name its author typed: there the exact
traits decide, as they already did for homonyms born one digit apart (session 23). Third corpus s13 (HPRIM Net
files, which print no sex) sent such results to review. Pure, no I/O.
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
INDEX = RegistryIndex.build([
    Patient("T1", "FONTAINE", "Léa", date(2023, 10, 15), "F"),
    Patient("T2", "FONTAINE", "Léo", date(2023, 10, 15), "M"),
    Patient("E1", "LUCAS", "Emma", date(1957, 4, 3), "F"),
    Patient("E2", "LUCAS", "Emmy", date(1957, 4, 3), "F"),
    Patient("Y1", "YILMAZ", "Mehmet", date(1970, 5, 5), "M"),
    Patient("Y2", "VILMAZ", "Mehmet", date(1970, 5, 5), "M"),
])


def decision(text: str, typed: bool):
    return decide(read_document([text], today=TODAY, typed=[typed]), INDEX)


@pytest.mark.parametrize("text, ipp", [
    ("Nom : FONTAINE\nPrénom(s) : LEA\nDate de naissance : 15/10/2023\n", "T1"),  # a lab file's rendering
    ("Nom : FONTAINE\nPrénom(s) : Léo\nDate de naissance : 15/10/2023\n", "T2"),
    ("Je vois ce jour Emmy LUCAS, née le 03/04/1957, pour une toux.", "E2"),  # same sex: no civility helps
    ("Patient : M. VILMAZ Mehmet, né le 05/05/1970", "Y2"),
])
def test_a_typed_document_files_one_twin_on_exact_traits(text, ipp):
    d = decision(text, typed=True)
    assert d.files and d.patient_ipp == ipp and d.rule == "traits"


@pytest.mark.parametrize("text", [
    "Nom : FONTAINE\nPrénom(s) : LEA\nDate de naissance : 15/10/2023\n",
    "Je vois ce jour Emmy LUCAS, née le 03/04/1957, pour une toux.",
    "Patient : M. VILMAZ Mehmet, né le 05/05/1970",
])
def test_the_same_page_read_by_ocr_keeps_the_doubt(text):
    d = decision(text, typed=False)
    assert not d.files and d.rule == "homonyms"
    assert "ne diffère que d'une lettre" in d.reason_fr


@pytest.mark.parametrize("text", [
    "Nom : FONTAINE\nDate de naissance : 15/10/2023\n",  # no first name: both twins fit
    "Je vois ce jour Emmy LUCAS, née le 03/04/1957, avec sa sœur jumelle Emma.",  # the other twin is named
])
def test_typed_twins_without_a_telling_trait_still_go_to_review(text):
    d = decision(text, typed=True)
    assert not d.files


def test_one_page_read_by_ocr_keeps_the_doubt_for_the_whole_document():
    readings = read_document(["Nom : LUCAS\nPrénom : Emma\nNée le 03/04/1957", "Suite : LUCAS Emma née le 03/04/1957"],
                             today=TODAY, typed=[True, False])
    d = decide(readings, INDEX)
    assert not d.files and d.rule == "homonyms"
