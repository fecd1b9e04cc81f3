"""A fax a PDF holds as a gray JPEG is told from a gray scan by its content: all but a few of its non-paper pixels are
black (only the compression grays an edge), where a scan or an anti-aliased page grays every edge of its letters. Such
a page below 250 dpi is a fax (`PageScan.faxed`): first read smoothed, its specks removed. Pure: images in memory."""
from __future__ import annotations

import io
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from docpipe.ocr import PageScan, Preparation, drawn_in_black_and_white, first_preparation

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def lines() -> Image.Image:
    """A gray page of anti-aliased text."""
    page = Image.new("L", (800, 400), 255)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(FONT, 16)
    for row in range(8):
        draw.text((30, 20 + row * 45), "Patient : DUPONT Jean, né le 12/03/1957", font=font, fill=0)
    return page


def thresholded() -> Image.Image:
    return lines().point(lambda v: 0 if v < 128 else 255)


def as_jpeg(page: Image.Image, quality: int) -> Image.Image:
    out = io.BytesIO()
    page.save(out, "JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue()))


def scanned(page: Image.Image) -> Image.Image:
    """Grayish paper and ink, and the scanner's noise."""
    grayish = page.point(lambda v: 40 + v * 180 // 255)
    return ImageChops.add(grayish, Image.effect_noise(page.size, 10), scale=1.0, offset=-128)


@pytest.mark.parametrize("quality", [95, 85, 75])
def test_a_black_and_white_page_stored_as_a_gray_jpeg_is_a_fax_below_250_dpi(quality):
    page = as_jpeg(thresholded(), quality)
    assert page.mode == "L" and drawn_in_black_and_white(page)
    assert PageScan(page, 200).faxed and first_preparation(PageScan(page, 150)) is Preparation.SMOOTH


def test_the_same_page_at_300_dpi_is_not_a_fax():
    assert not PageScan(as_jpeg(thresholded(), 95), 300).faxed


@pytest.mark.parametrize("page", [lines(), as_jpeg(lines(), 95), scanned(lines())],
                         ids=["anti-aliased", "anti-aliased jpeg", "gray scan"])
def test_a_gray_page_at_low_resolution_is_not_a_fax(page):
    assert not drawn_in_black_and_white(page)
    assert not PageScan(page, 200).faxed and first_preparation(PageScan(page, 200)) is Preparation.OTSU


def test_a_blank_page_is_not_a_fax():
    assert not PageScan(Image.new("L", (400, 200), 255), 150).faxed
