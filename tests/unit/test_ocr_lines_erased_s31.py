"""The `lines` preparation erases a form's straight lines — the boxes of a comb field — and leaves the digits in them
and the text around them as they were. Pages drawn with Pillow, no OCR."""
from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw, ImageFont

from docpipe.ocr import without_lines

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300
BOX = 64  # 5.4 mm at 300 dpi, as on a cerfa care sheet
TOP = 400


def comb_page(digits: str = "21071969") -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """A black-and-white page: a line of text with parentheses, then a comb field, one digit per box; and the boxes."""
    page = Image.new("L", (1600, 700), 255)
    draw = ImageDraw.Draw(page)
    caption = "Nom (suivis, s'il y a lieu, du nom d'usage) : MICHEL Bruno"
    draw.text((100, 150), caption, font=ImageFont.truetype(FONT, 36), fill=0)
    digit_font, boxes = ImageFont.truetype(FONT, 44), []
    for position, digit in enumerate(digits):
        left = 100 + position * BOX + (position // 2) * 20  # groups of two boxes, as day, month
        box = (left, TOP, left + BOX, TOP + BOX)
        draw.rectangle(box, outline=0, width=3)
        draw.text((left + 18, TOP + 6), digit, font=digit_font, fill=0)
        boxes.append(box)
    return page.point(lambda v: 0 if v < 128 else 255).convert("1"), boxes


def ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return image.crop(box).convert("L").histogram()[0]


def test_the_boxes_of_a_comb_field_are_erased():
    page, boxes = comb_page()
    erased = without_lines(page, DPI)
    for left, top, right, bottom in boxes:
        for edge in ((left, top, right, top + 3), (left, bottom - 2, right, bottom + 1),
                     (left, top, left + 3, bottom), (right - 2, top, right + 1, bottom)):
            assert ink(page, edge) > 0 and ink(erased, edge) == 0


def test_the_digits_in_the_boxes_are_kept():
    page, boxes = comb_page()
    erased = without_lines(page, DPI)
    for left, top, right, bottom in boxes:
        inside = (left + 8, top + 8, right - 8, bottom - 8)
        assert ink(page, inside) > 100
        assert ink(erased, inside) >= 0.9 * ink(page, inside)


def test_the_text_beside_is_left_as_it_was():
    page, _ = comb_page()
    erased = without_lines(page, DPI)
    text = (0, 100, 1600, 250)
    assert ImageChops.difference(page.crop(text).convert("L"), erased.crop(text).convert("L")).getbbox() is None
