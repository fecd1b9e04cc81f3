"""The smoothed second reading of a 1-bit fax through the real `docpipe ingest` and real Tesseract.

A prescription faxed at 150 dpi (devtools.synth, the fixed spec of seed 101's fax_0062 in the corpus
evaluation): Otsu, the adaptive threshold, the median filter and the sparse reading all lose a digit of the
printed birth date (`62.665-1959`, `02-65-1950` for `02-05-1950`); the page slightly blurred and handed to
Tesseract in gray (its jagged 1-bit letters smoothed) reads `DDN : 02-05-1950`, nothing else read contradicts
it, and the document is filed. Since a fax's first reading is that smoothed page (ocr.first_preparation), it is
filed from its first reading. The same page against a registry whose birth date differs by one day still goes to
review after every reading — the last one, named `smooth`, is then the fax's thresholded page (ocr.chance_for)."""
from __future__ import annotations

from datetime import date

import pytest
from PIL import Image

from devtools.synth import DocumentSpec, IdentityStyle, PrintedIdentity, render_document
from devtools.synth.rendering import Degradation
from docpipe import ocr
from docpipe.models import DocType, Patient
from docpipe.ocr import PageScan, Preparation
from inbox_kit import ingest_drawn_page

CHRISTINE = Patient("88499193", "LEROY", "Christine Émilie", date(1950, 5, 2), "F", ins="250053306325325",
                    birth_place="Bordeaux")
SPEC = DocumentSpec(
    file_name="fax_0062.tiff", case="ins", layout="prescription", format="fax",
    doc_type=DocType.PRESCRIPTION, expected_status="filed", expected_patient=CHRISTINE.ipp,
    subject=PrintedIdentity(name="", birth_name="LEROY", used_name="", first_names="Christine",
                            birth_date=CHRISTINE.birth_date, sex="F", ins=CHRISTINE.ins, ipp="",
                            birth_place="Bordeaux"),
    patient=CHRISTINE,
    style=IdentityStyle(order="first_last", caps="all", civility="short", date_format="dash", date_label="ddn",
                        ins_format="dotted", married="epouse", ascii=True, curly_apostrophe=True,
                        first_names_commas=False),
    degradation=Degradation(rotation=-0.9264120084111337, speckle=0.0003, fax=True, dpi=150),
    doc_date=date(2024, 2, 23), seed=1131407846, variants=("ascii", "ins_shown", "date:dash", "fax_cover"))


def ingest_one(home, birth_date: str) -> dict:
    rows = f"{CHRISTINE.ipp},LEROY,,Christine Émilie,{birth_date},F,,\n" "P2,MARTIN,,Paul,1950-01-01,M,,\n"
    return ingest_drawn_page(home, rows, SPEC.file_name, render_document(SPEC, [CHRISTINE])[0])


@pytest.fixture(scope="module")
def filed(tmp_path_factory):
    return ingest_one(tmp_path_factory.mktemp("home"), "1950-05-02")


def test_a_fax_every_thresholded_reading_misread_is_filed_from_its_smoothed_first_reading(filed):
    assert (filed["status"], filed["patient"]) == ("filed", CHRISTINE.ipp)
    assert "second_reading" not in filed["evidence"]


def test_the_same_fax_against_a_birth_date_one_day_off_goes_to_review(tmp_path):
    record = ingest_one(tmp_path, "1950-05-03")
    assert record["status"] == "review" and record["patient"] is None
    # The smoothed reading also reads the printed INS (its dots read as commas), which no registry patient carries:
    # « INS inconnu », a review no second reading is asked for.
    assert record["evidence"]["rule"] == "unknown_ins" and "second_reading" not in record["evidence"]


def test_the_smooth_preparation_is_a_gray_page_enlarged_below_250_dpi():
    fax = Image.new("1", (400, 200), 1)
    fax.paste(0, (100, 50, 300, 52))  # a one-pixel-high 1-bit stroke, twice
    prepared = ocr.prepare(PageScan(fax, 150), Preparation.SMOOTH)
    assert (prepared.image.mode, prepared.image.size, prepared.dpi) == ("L", (800, 400), 300)
    low, high = prepared.image.getextrema()
    assert 0 < low < 128 and high == 255  # the stroke's edges softened: gray, not black and white
    at_300 = ocr.prepare(PageScan(fax, 300), Preparation.SMOOTH)
    assert at_300.image.size == (400, 200) and at_300.dpi == 300
