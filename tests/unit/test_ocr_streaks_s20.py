"""A fax's streak — a thin vertical line the sending machine drew through the text — is made paper before Tesseract
reads the page, but where a letter it crosses has ink beside it; a table's column rules, a frame's sides, a separator
that keeps its margin from the text and a short line stay as printed. Pure: images drawn here, at 150 dpi (25 mm is
148 pixels)."""
from __future__ import annotations

from PIL import Image, ImageDraw

from docpipe import ocr
from docpipe.ocr import PageScan, Preparation

DPI = 150
TEXT_ROWS = range(40, 560, 40)  # a line of text every 40 pixels, letters 16 pixels high


def page(width: int = 300, height: int = 600) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("L", (width, height), 255)
    return image, ImageDraw.Draw(image)


def letters(draw: ImageDraw.ImageDraw, left: int, right: int, top: int) -> None:
    """A line of text: 3-pixel stems every 8 pixels between `left` and `right`, 16 pixels high."""
    for x in range(left, right, 8):
        draw.rectangle((x, top, x + 2, top + 15), fill=0)


def text_page(gap: int = 0) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """Lines of text from x = 20 to 280; with `gap`, no letter within `gap` pixels of x = 150 (a margin)."""
    image, draw = page()
    for top in TEXT_ROWS:
        letters(draw, 20, 150 - gap, top)
        letters(draw, 150 + gap + 4, 280, top)
    return image, draw


def ink(image: Image.Image, x: int, y: int) -> bool:
    return image.getpixel((x, y)) < 128


def test_a_streak_through_lines_of_text_is_removed_but_for_the_strokes_it_crosses():
    image, draw = text_page()
    draw.line((147, 10, 147, 590), fill=0)  # between two stems (x = 140–142 and 148–150) on every line
    cleaned = ocr.without_streaks(image, DPI)
    assert not any(ink(cleaned, 147, y) for y in (10, 30, 100, 300, 590))  # between the lines of text
    assert ink(cleaned, 147, 45)  # beside the stem at x = 148: a letter's stroke, kept
    assert ink(cleaned, 141, 45) and ink(cleaned, 149, 45)  # the letters themselves are untouched


def test_a_page_without_a_streak_is_handed_back_as_it_is():
    image, _ = text_page()
    assert ocr.without_streaks(image, DPI) is image


def test_a_separator_that_keeps_its_margin_from_the_text_stays():
    image, draw = text_page(gap=12)
    draw.line((150, 10, 150, 590), fill=0)
    assert ocr.without_streaks(image, DPI) is image


def test_a_table_s_column_rules_stay_though_they_run_through_text():
    image, draw = page()
    for top in TEXT_ROWS:
        letters(draw, 20, 280, top)
    draw.line((75, 30, 75, 500), fill=0)
    draw.line((203, 30, 203, 500), fill=0)  # two lines from the same height to the same height
    assert ocr.without_streaks(image, DPI) is image


def test_a_frame_s_side_whose_ends_meet_rules_stays():
    image, draw = text_page()
    draw.line((147, 30, 147, 500), fill=0)
    draw.line((120, 30, 280, 30), fill=0)  # the frame's top ...
    draw.line((147, 500, 280, 500), fill=0)  # ... and bottom
    assert ocr.without_streaks(image, DPI) is image


def test_a_streak_with_one_free_end_is_removed_though_its_other_end_meets_a_rule():
    image, draw = text_page()
    draw.line((147, 30, 147, 500), fill=0)
    draw.line((147, 500, 280, 500), fill=0)
    cleaned = ocr.without_streaks(image, DPI)
    assert not ink(cleaned, 147, 100)


def test_a_line_shorter_than_a_streak_stays():
    image, draw = text_page()
    length = round(ocr.STREAK_MIN_MM * DPI / 25.4)
    draw.line((147, 30, 147, 30 + length - 10), fill=0)
    assert ocr.without_streaks(image, DPI) is image


def test_a_thick_rule_is_no_streak():
    image, draw = text_page()
    draw.rectangle((146, 10, 151, 590), fill=0)  # 6 pixels: 1 mm at 150 dpi
    assert ocr.without_streaks(image, DPI) is image


def test_a_streak_cut_by_a_fax_s_dropped_lines_is_one_streak():
    image, draw = text_page()
    draw.line((147, 10, 147, 590), fill=0)
    for y in (200, 201, 400):
        draw.line((0, y, 299, y), fill=255)  # rows the fax lost, white across the page
    cleaned = ocr.without_streaks(image, DPI)
    assert not any(ink(cleaned, 147, y) for y in (100, 300, 500))


def test_only_a_fax_is_cleaned_of_its_streaks():
    image, draw = text_page()
    draw.line((147, 10, 147, 590), fill=0)
    fax = ocr.prepare(PageScan(image.convert("1"), DPI, bilevel=True), Preparation.OTSU)
    assert not ink(fax.image, 2 * 147, 2 * 100) and not ink(fax.image, 2 * 147 + 1, 2 * 100)
    at_300_dpi = ocr.prepare(PageScan(image.convert("1"), 300, bilevel=True), Preparation.OTSU)
    assert ink(at_300_dpi.image, 147, 100)  # not a fax (300 dpi): as printed
