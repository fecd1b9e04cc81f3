"""A 1-bit fax's first reading is the smoothed gray page, through the real `docpipe ingest` and real Tesseract.

A lab result faxed at 150 dpi (devtools.synth, the spec of fax_0004.tif in the fax-only corpus of dev seed 401):
read thresholded (Otsu), then with the adaptive threshold and the median filter, no reading names the patient with
certainty and the document went to review; the page slightly blurred and handed to Tesseract in gray reads its
name, first name and birth date, and it is filed from its first reading, no second reading paid. The same page
against a registry whose birth date differs by one day still goes to review, after every second chance, the
thresholded reading included."""
from __future__ import annotations

from datetime import date

import pytest
from PIL import Image

from devtools import synth
from devtools.synth import DocumentSpec, IdentityStyle, PrintedIdentity, render_document
from devtools.synth.rendering import Degradation
from docpipe import ocr
from docpipe.models import DocType, Patient
from docpipe.ocr import PageScan, Preparation
from inbox_kit import ingest_drawn_page

HERVE = Patient("75821936", "LACROIX", "Hervé", date(1974, 1, 14), "M", ins="174016912331872", birth_place="Lyon")
SPEC = DocumentSpec(
    file_name="fax_0004.tif", case="ins_misprint", layout="lab_result", format="fax", doc_type=DocType.LAB_RESULT,
    expected_status="filed", expected_patient=HERVE.ipp,
    subject=PrintedIdentity(name="LACROIX", birth_name="", used_name="", first_names="Hervé",
                            birth_date=HERVE.birth_date, sex="M", ins="175016912331872", ipp="", birth_place="Lyon"),
    patient=HERVE,
    style=IdentityStyle(order="last_first", caps="surname", civility="none", date_format="slash",
                        date_label="neutral", ins_format="key_apart", married="nee", ascii=False,
                        curly_apostrophe=False, first_names_commas=True),
    degradation=Degradation(fax=True, dpi=150),
    doc_date=date(2023, 6, 1), seed=1956450326, variants=("ins_shown", "date:slash"))


def ingest_one(home, birth_date: str) -> dict:
    rows = f"{HERVE.ipp},LACROIX,,Hervé,{birth_date},M,{HERVE.ins},Lyon\n" "P2,MARTIN,,Paul,1950-01-01,M,,\n"
    return ingest_drawn_page(home, rows, SPEC.file_name, render_document(SPEC, seed_401_registry())[0])


def seed_401_registry() -> list[Patient]:
    """The registry the page was drawn with (its letterhead's doctors come from it): the very pixels of the corpus."""
    return synth.make_registry(3000, 401)


def test_a_fax_is_filed_from_its_smoothed_first_reading(tmp_path):
    record = ingest_one(tmp_path, "1974-01-14")
    assert (record["status"], record["patient"]) == ("filed", HERVE.ipp)
    assert "second_reading" not in record["evidence"]


def test_the_same_fax_against_a_birth_date_one_day_off_goes_to_review_after_every_chance(tmp_path):
    record = ingest_one(tmp_path, "1974-01-15")
    assert record["status"] == "review" and record["patient"] is None
    assert record["evidence"]["second_reading"]["kept"] is False


@pytest.mark.parametrize("dpi, bilevel, first", [(150, True, Preparation.SMOOTH), (200, True, Preparation.SMOOTH),
                                                  (300, True, Preparation.OTSU), (150, False, Preparation.OTSU)])
def test_only_a_fax_below_250_dpi_is_first_read_smoothed(dpi, bilevel, first):
    page = Image.new("1" if bilevel else "L", (400, 200), 255)
    assert ocr.first_preparation(PageScan(page, dpi)) is first


def test_a_faxs_second_chance_named_smooth_is_its_thresholded_reading():
    fax, gray = PageScan(Image.new("1", (400, 200), 1), 150), PageScan(Image.new("L", (400, 200), 255), 150)
    assert ocr.chance_for(fax, Preparation.SMOOTH) is Preparation.OTSU
    assert ocr.chance_for(gray, Preparation.SMOOTH) is Preparation.SMOOTH
    assert ocr.chance_for(fax, Preparation.MEDIAN) is Preparation.MEDIAN
    assert ocr.chance_for(fax, None) is Preparation.SMOOTH and ocr.chance_for(gray, None) is Preparation.OTSU
