"""A fax's median reading is its first second chance, its adaptive reading the next (ocr.FAX_CHANCES): on a
black-and-white page the threshold that follows the paper mostly loses a glyph, and that reading then stands against
the right one the median filter gives (matching.accept_second_reading refuses a second reading another contradicts).
A page that is no fax keeps the order ingest asks for. An engine that answers without Tesseract stands in for it."""
from __future__ import annotations

import pytest
from PIL import Image

from docpipe.ocr import PageScan, Preparation, chance_for
from ocr_kit import answering_pool

FAX_150 = PageScan(Image.new("1", (400, 200), 1), 150)
FAX_200 = PageScan(Image.new("1", (400, 200), 1), 200)
BILEVEL_300 = PageScan(Image.new("1", (400, 200), 1), 300)  # black and white, but no fax: no specks to tell
GRAY_150 = PageScan(Image.new("L", (400, 200), 255), 150)
GRAY_300 = PageScan(Image.new("L", (400, 200), 255), 300)


@pytest.mark.parametrize("fax", [FAX_150, FAX_200])
def test_a_faxs_adaptive_and_median_chances_trade_places(fax):
    assert chance_for(fax, Preparation.ADAPTIVE) is Preparation.MEDIAN
    assert chance_for(fax, Preparation.MEDIAN) is Preparation.ADAPTIVE


@pytest.mark.parametrize("fax", [FAX_150, FAX_200])
def test_a_faxs_other_chances_are_unchanged(fax):
    assert chance_for(fax, Preparation.SPARSE) is Preparation.SPARSE
    assert chance_for(fax, Preparation.SMOOTH) is Preparation.OTSU  # its first reading is the smoothed page
    assert chance_for(fax, None) is Preparation.SMOOTH


@pytest.mark.parametrize("page", [GRAY_150, GRAY_300, BILEVEL_300])
def test_a_page_that_is_no_fax_keeps_the_order_asked_for(page):
    for preparation in (Preparation.ADAPTIVE, Preparation.MEDIAN, Preparation.SPARSE):
        assert chance_for(page, preparation) is preparation
    assert chance_for(page, None) is Preparation.OTSU


def test_the_reading_reports_the_chance_a_fax_was_actually_given():
    assert answering_pool().read_page(lambda: FAX_150, Preparation.ADAPTIVE).preparation is Preparation.MEDIAN
    assert answering_pool().read_page(lambda: FAX_150, Preparation.MEDIAN).preparation is Preparation.ADAPTIVE
    assert answering_pool().read_page(lambda: GRAY_150, Preparation.ADAPTIVE).preparation is Preparation.ADAPTIVE
