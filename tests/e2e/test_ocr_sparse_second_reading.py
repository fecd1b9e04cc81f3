"""The sparse-text second reading through the real `docpipe ingest` and real Tesseract.

An operative report scanned 1-bit and washed out (devtools.synth, fixed spec): Tesseract's automatic layout
analysis reads every line of its patient label but the name (`ETCHEVERRY Louis`), and the adaptive and median
preparations do no better; the sparse-text reading finds the name, the smoothed one says nothing otherwise
(ingest.confirmed_second_reading), and the document is filed. The same page
against a registry whose birth date differs by one day still goes to review after every reading."""
from __future__ import annotations

from datetime import date

import pytest

from devtools.synth import DocumentSpec, IdentityStyle, PrintedIdentity, render_document
from devtools.synth.rendering import Degradation
from docpipe.models import DocType, Patient
from inbox_kit import ingest_drawn_page

LOUIS = Patient("66202931", "ETCHEVERRY", "Louis", date(1970, 6, 5), "M", ins="170069712090862",
                birth_place="Pointe-à-Pitre")
SPEC = DocumentSpec(
    file_name="scan_0003.tif", case="traits", layout="operative_report", format="tiff",
    doc_type=DocType.OPERATIVE_REPORT, expected_status="filed", expected_patient=LOUIS.ipp,
    subject=PrintedIdentity(name="ETCHEVERRY", birth_name="", used_name="", first_names="Louis",
                            birth_date=LOUIS.birth_date, sex="M", ins="", ipp="", birth_place=LOUIS.birth_place),
    patient=LOUIS,
    style=IdentityStyle(order="last_first", caps="surname", civility="short", date_format="slash",
                        date_label="full", ins_format="spaced", married="nee", ascii=False,
                        curly_apostrophe=False, first_names_commas=False),
    degradation=Degradation(noise=9, blur=1.1, contrast=0.75, bilevel=True),
    doc_date=date(2023, 7, 24), seed=1038323340, variants=("date:slash",))


def ingest_one(home, birth_date: str) -> dict:
    rows = f"{LOUIS.ipp},ETCHEVERRY,,Louis,{birth_date},M,,\n" "P2,MARTIN,,Paul,1950-01-01,M,,\n"
    return ingest_drawn_page(home, rows, SPEC.file_name, render_document(SPEC, [LOUIS])[0])


@pytest.fixture(scope="module")
def filed(tmp_path_factory):
    return ingest_one(tmp_path_factory.mktemp("home"), "1970-06-05")


def test_a_name_line_the_page_layout_missed_is_read_sparsely_and_filed(filed):
    assert (filed["status"], filed["patient"]) == ("filed", LOUIS.ipp)
    made = filed["evidence"]["second_reading"]
    assert made["preparations"][-3:] == ["sparse", "lines", "smooth"] and made["kept"] is True
    assert made["confirmation"] == {"readings": ["lines", "smooth"], "confirmed": True}


def test_the_same_page_against_a_birth_date_one_day_off_goes_to_review(tmp_path):
    record = ingest_one(tmp_path, "1970-06-06")
    assert record["status"] == "review" and record["patient"] is None
    assert record["evidence"]["second_reading"]["preparations"] == ["adaptive", "median", "sparse", "lines", "smooth"]
