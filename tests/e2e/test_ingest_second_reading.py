"""The second reading through the real `docpipe ingest` and real Tesseract: a scan whose identity sits in
a shaded header band (a global threshold blackens it) is filed only after the pages are read again with
an adaptive threshold, and that reading confirmed by the next chance (median); a near-miss read again still goes to review; a scan that files at once, or that
goes to review for homonyms, is not read twice."""
from __future__ import annotations

import io
import json

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from docpipe.ingest import pages_worth_rereading
from docpipe.matching import SECOND_READING_NOTE
from docpipe.models import ExtractedDocument, MatchDecision, Page
from inbox_kit import docpipe, practice_with_registry

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
REGISTRY = """ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P01,DUPONT,,Jean Pierre,1957-03-12,M,,Lyon
P02,DUPONT,,Paul,1957-03-12,M,,Lyon
P03,MARTIN,,Paul,1950-01-01,M,,
"""
LAB_BODY = ["LABORATOIRE DE BIOLOGIE", "Hémoglobine 13,2 g/dL (12,0 - 16,0)", "Créatinine 78 µmol/L"]


def scan(identity_line: str, shaded: bool) -> bytes:
    """Half an A4 page at 150 dpi; with `shaded`, the identity line lies in a dark grey header band."""
    page = Image.new("L", (1240, 877), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 20)
    for row, line in enumerate([identity_line, *LAB_BODY]):
        draw.text((60, 60 + row * 36), line, font=font, fill=0)
    if shaded:
        band = Image.new("L", page.size, 255)
        ImageDraw.Draw(band).rectangle((0, 0, page.width, 95), fill=125)
        page = ImageChops.multiply(page, band)
    out = io.BytesIO()
    page.save(out, "PNG", dpi=(150, 150))
    return out.getvalue()


DROPPED = {
    "bandeau.png": scan("Patient : DUPONT Jean     Né le 12/03/1957", shaded=True),
    "bandeau_date_voisine.png": scan("Patient : DUPONT Jean     Né le 13/03/1957", shaded=True),
    "net.png": scan("Patient : MARTIN Paul     Né le 01/01/1950", shaded=False),
    "jumeaux.png": scan("Patient : DUPONT     Né le 12/03/1957", shaded=False),
}



@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    practice_with_registry(home, REGISTRY)
    for name, data in DROPPED.items():
        (home / "inbox" / name).write_bytes(data)
    run = docpipe(home, "ingest", "--json")
    assert run.returncode in (0, 1), run.stderr
    return home, {r["source"]: r for r in map(json.loads, run.stdout.splitlines())}


@pytest.fixture(scope="module")
def records(ingested):
    return ingested[1]


def test_an_identity_in_a_shaded_band_is_filed_after_the_second_reading(records):
    record = records["bandeau.png"]
    assert (record["status"], record["patient"]) == ("filed", "P01")
    made = record["evidence"]["second_reading"]
    assert made["preparations"] == ["adaptive", "median", "sparse", "lines", "smooth"] and made["pages"] == [1]
    assert made["kept"] is True  # every chance after the adaptive one read nothing otherwise
    assert made["confirmation"] == {"readings": ["median", "sparse", "lines", "smooth"], "confirmed": True}
    assert made["seconds"] > 0
    assert SECOND_READING_NOTE in record["evidence"]["notes"]


def test_the_stored_text_is_the_reading_that_filed_it(ingested):
    home, records = ingested
    text = (home / (records["bandeau.png"]["stored_path"] + ".txt")).read_text(encoding="utf-8")
    assert "DUPONT" in text and "12/03/1957" in text


def test_a_near_miss_read_again_still_goes_to_review(records):
    record = records["bandeau_date_voisine.png"]
    assert record["status"] == "review" and record["patient"] is None
    made = record["evidence"]["second_reading"]
    assert made["kept"] is False  # it was read again, and that changed nothing
    assert made["preparations"] == ["adaptive", "median", "sparse", "lines", "smooth"]  # all, the smoothed gray last


def test_a_scan_that_files_at_once_is_read_once(records):
    record = records["net.png"]
    assert (record["status"], record["patient"]) == ("filed", "P03")
    assert "second_reading" not in record["evidence"]


def test_homonyms_are_not_read_again(records):
    record = records["jumeaux.png"]
    assert record["status"] == "review" and record["evidence"]["rule"] == "homonyms"
    assert "second_reading" not in record["evidence"]


# --- which pages are worth a second reading (pure) ---------------------------------------------------

def document(*pages: Page) -> ExtractedDocument:
    return ExtractedDocument("pdf", pages)


def review(rule: str, contradictions=()) -> MatchDecision:
    return MatchDecision("review", None, rule, "…", {"rule": rule, "contradictions": list(contradictions)})


OCR_PAGE = Page(1, "…", "ocr", 70.0, ("13/03/1957",))
TEXT_PAGE = Page(2, "…", "text")


@pytest.mark.parametrize("rule", ["no_identity", "no_match"])
def test_pages_without_a_conclusive_identity_are_read_again_if_scanned(rule):
    assert pages_worth_rereading(review(rule), document(OCR_PAGE, TEXT_PAGE)) == [1]
    assert pages_worth_rereading(review(rule), document(TEXT_PAGE)) == []


@pytest.mark.parametrize("rule", ["homonyms", "several_patients", "unknown_ins"])
def test_homonyms_and_several_patients_are_not_read_again(rule):
    assert pages_worth_rereading(review(rule), document(OCR_PAGE)) == []


def test_a_contradiction_is_read_again_only_when_ocr_doubted_it():
    doubted = {"page": 1, "trait": "birth_date", "read": "13/03/1957", "message": "date…"}
    clear = {"page": 1, "trait": "birth_date", "read": "14/03/1957", "message": "date…"}
    bad_key = {"page": 1, "trait": "ins", "read": "", "message": "INS illisible ou clé invalide page 1"}
    other_patient = {"page": 0, "trait": "other_patient", "read": "P02", "message": "un autre patient…"}
    assert pages_worth_rereading(review("contradiction", [doubted, bad_key]), document(OCR_PAGE)) == [1]
    assert pages_worth_rereading(review("contradiction", [clear]), document(OCR_PAGE)) == []
    assert pages_worth_rereading(review("contradiction", [doubted, other_patient]), document(OCR_PAGE)) == []


def test_a_filed_document_is_never_read_again():
    filed = MatchDecision("filed", "P01", "traits", None, {"rule": "traits"})
    assert pages_worth_rereading(filed, document(OCR_PAGE)) == []
