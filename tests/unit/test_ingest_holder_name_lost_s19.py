"""An INS read with no name of its holder anywhere on the pages (matching.holder_name_lost) is worth reading the
pages again: the holder's line may be what OCR lost (seed 101 fax_0052: `Durand Louis` missing from the first reading,
read by every other preparation). Whatever the second reading finds is held to every rule a first reading is. A
surname printed anywhere — in a relation's field, a doctor's, one glyph off — keeps the review as it was. Pure."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.ingest import pages_worth_rereading
from docpipe.matching import RegistryIndex, accept_second_reading, decide, holder_name_lost
from docpipe.models import ExtractedDocument, Page, Patient

TODAY = date(2026, 12, 1)
INS = "178037512345693"
INDEX = RegistryIndex.build([Patient("D1", "DURAND", "Louis", date(1978, 3, 6), "M", ins=INS),
                             Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
LOST = f"COMPTE RENDU OPÉRATOIRE\n6/3/1978 M (45 ans)\nINS {INS}\nIntervention : appendicectomie."
SCANNED = ExtractedDocument("tiff", (Page(1, "…", "ocr", 70.0),))


def first_decision(text: str):
    readings = read_document([text], today=TODAY)
    return readings, decide(readings, INDEX)


def test_an_ins_without_any_name_is_read_again():
    readings, decision = first_decision(LOST)
    assert decision.rule == "contradiction" and holder_name_lost(decision, readings, INDEX)
    assert pages_worth_rereading(decision, SCANNED, holder_name_lost(decision, readings, INDEX)) == [1]


@pytest.mark.parametrize("text", [
    f"Épouse : DURAND Louis\nINS {INS}\n6/3/1978",  # the holder in a relation's field
    f"Fils de M. DURAND\nINS {INS}\n6/3/1978",  # the holder as a relative
    f"Patient : DUR4ND Léa\nINS {INS}\n6/3/1978",  # a surname one glyph off
    f"Dr DURAND\nINS {INS}\n6/3/1978 M",  # a doctor's name: no line was lost
])
def test_a_surname_printed_anywhere_is_not_read_again(text):
    readings, decision = first_decision(text)
    assert decision.rule == "contradiction" and not holder_name_lost(decision, readings, INDEX)
    assert pages_worth_rereading(decision, SCANNED, holder_name_lost(decision, readings, INDEX)) == []


@pytest.mark.parametrize("text", [
    f"COMPTE RENDU OPÉRATOIRE\n02/02/2015 F (9 ans)\nINS {INS}\nIntervention.",  # his child's date on his INS
    f"COMPTE RENDU OPÉRATOIRE\nINS {INS}\nIntervention.",  # no date at all
])
def test_an_ins_without_the_holders_birth_date_is_not_read_again(text):
    readings, decision = first_decision(text)
    assert decision.rule == "contradiction" and not holder_name_lost(decision, readings, INDEX)


def test_other_contradictions_beside_it_are_not_read_again():
    readings, decision = first_decision(f"6/3/1978 M (45 ans)\nINS {INS}\nDDN : 07/03/1978")
    assert decision.rule == "contradiction" and not holder_name_lost(decision, readings, INDEX)


def test_a_second_reading_that_finds_the_holder_files_him():
    readings, first = first_decision(LOST)
    second = read_document([f"DURAND Louis\n6/3/1978 M (45 ans)\nINS {INS}\nIntervention : appendicectomie."],
                           today=TODAY)
    kept = accept_second_reading(first, decide(second, INDEX), [readings], INDEX)
    assert kept.files and kept.patient_ipp == "D1"


@pytest.mark.parametrize("found", [
    f"DURAND Léa, née le 02/02/2015\nINS {INS}\nIntervention : appendicectomie.",  # his child on his INS
    f"MARTIN Paul\n6/3/1978 M (45 ans)\nINS {INS}\nIntervention : appendicectomie.",  # another patient named
    f"Épouse : DURAND Louis\n6/3/1978 M (45 ans)\nINS {INS}",  # the holder as a relation
])
def test_a_second_reading_that_finds_someone_else_stays_in_review(found):
    readings, first = first_decision(LOST)
    second = read_document([found], today=TODAY)
    assert not accept_second_reading(first, decide(second, INDEX), [readings], INDEX).files
