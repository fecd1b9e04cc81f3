"""Session 69: two streaks of one fax (the glass dirty at two places) run down the whole page together; they were kept
as a table's columns because they start and end at the same heights. Lines that run off the page's top or bottom edge
are no table: nothing printed touches the sheet's edge. Images drawn here at 150 dpi (pure: no Tesseract)."""
from __future__ import annotations

from PIL import Image, ImageDraw

from docpipe import ocr

DPI = 150
TEXT_ROWS = range(40, 560, 40)


def page(width: int = 300, height: int = 600) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("L", (width, height), 255)
    return image, ImageDraw.Draw(image)


def lines_of_text(draw: ImageDraw.ImageDraw) -> None:
    """3-pixel stems every 8 pixels from x = 20 to 280, 16 pixels high, a line every 40 pixels."""
    for top in TEXT_ROWS:
        for x in range(20, 280, 8):
            draw.rectangle((x, top, x + 2, top + 15), fill=0)


def ink(image: Image.Image, x: int, y: int) -> bool:
    return image.getpixel((x, y)) < 128


def test_two_streaks_down_the_whole_page_are_both_removed():
    image, draw = page()
    lines_of_text(draw)
    draw.line((75, 20, 75, 599), fill=0)  # from under the fax's header line to the page's bottom edge
    draw.line((203, 20, 203, 599), fill=0)
    cleaned = ocr.without_streaks(image, DPI)
    assert not ink(cleaned, 75, 100) and not ink(cleaned, 203, 100)
    assert not ink(cleaned, 75, 590) and not ink(cleaned, 203, 590)


def test_two_streaks_from_the_top_edge_are_both_removed():
    image, draw = page()
    lines_of_text(draw)
    draw.line((75, 0, 75, 560), fill=0)
    draw.line((203, 0, 203, 560), fill=0)
    cleaned = ocr.without_streaks(image, DPI)
    assert not ink(cleaned, 75, 300) and not ink(cleaned, 203, 300)


def test_a_table_s_column_rules_that_keep_a_margin_from_the_page_s_edges_stay():
    image, draw = page()
    lines_of_text(draw)
    draw.line((75, 10, 75, 590), fill=0)  # ten pixels (1.7 mm) from either edge: printed
    draw.line((203, 10, 203, 590), fill=0)
    assert ocr.without_streaks(image, DPI) is image


def test_one_streak_off_the_page_beside_a_table_s_rule_is_removed_and_the_rule_stays():
    image, draw = page()
    lines_of_text(draw)
    draw.line((75, 30, 75, 599), fill=0)  # the streak, to the page's bottom edge
    draw.line((203, 30, 203, 599 - 40), fill=0)  # a rule of its own height, with a margin
    cleaned = ocr.without_streaks(image, DPI)
    assert not ink(cleaned, 75, 100)
