"""Otsu's black and white page, and when it gives way to the threshold that follows the paper: the share of the page
Otsu blackens is counted on the gray histogram (what `binarised` turns black), not on the black-and-white page.
Pure: images drawn here."""
from __future__ import annotations

from PIL import Image, ImageDraw

from docpipe import ocr
from image_kit import ink_share


def printed_page() -> Image.Image:
    page = Image.new("L", (200, 100), 235)
    draw = ImageDraw.Draw(page)
    draw.rectangle((20, 20, 120, 28), fill=30)  # a line of text, about 5 % of the page
    draw.rectangle((20, 40, 60, 44), fill=128)  # a gray stamp
    return page


def test_the_share_at_or_below_a_level_is_what_binarising_at_it_blackens():
    page = printed_page()
    histogram = page.histogram()
    for level in (29, 30, 127, 128, 234, 235):
        assert ocr.share_at_or_below(histogram, level) == ink_share(ocr.binarised(page, level))


def test_a_printed_page_keeps_otsus_page():
    page = printed_page()
    assert ocr.otsu_or_adaptive(page).tobytes() == ocr.binarised(page, ocr.otsu_threshold(page.histogram())).tobytes()


def test_a_page_otsu_would_blacken_takes_the_threshold_that_follows_the_paper():
    page = Image.new("L", (200, 100), 200)
    ImageDraw.Draw(page).rectangle((0, 0, 199, 49), fill=120)  # a shaded half: Otsu cuts between the two papers
    histogram = page.histogram()
    assert ocr.share_at_or_below(histogram, ocr.otsu_threshold(histogram)) > ocr.MAX_INK_SHARE
    assert ocr.otsu_or_adaptive(page).tobytes() == ocr.adaptive_threshold(page).tobytes()
