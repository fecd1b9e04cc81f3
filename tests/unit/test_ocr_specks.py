"""Isolated specks of a fax or a low-resolution scan are removed at the scan's own resolution, before the page
is enlarged for Tesseract; what is ink of the text — a full stop, an `i`'s dot, a date's point beside its digits,
a hairline's end — stays. Pure: images drawn here."""
from __future__ import annotations

from PIL import Image, ImageDraw

from docpipe import ocr
from docpipe.ocr import PageScan, Preparation


def page_with(*boxes: tuple[int, int, int, int]) -> Image.Image:
    page = Image.new("L", (80, 60), 255)
    draw = ImageDraw.Draw(page)
    for box in boxes:
        draw.rectangle(box, fill=0)
    return page


def ink_at(page: Image.Image, *points: tuple[int, int]) -> list[bool]:
    return [page.getpixel(point) < 128 for point in points]


STROKE = (20, 5, 21, 40)  # a letter's stem, two pixels wide


def without_specks(page: Image.Image) -> Image.Image:
    return ocr.without_specks(page, 150)


def test_an_isolated_two_by_two_speck_is_removed():
    cleaned = without_specks(page_with(STROKE, (50, 10, 51, 11)))
    assert ink_at(cleaned, (50, 10), (51, 11)) == [False, False]
    assert all(ink_at(cleaned, (20, 5), (21, 40)))


def test_a_lone_pixel_is_a_speck_and_a_dash_is_not():
    cleaned = without_specks(page_with(STROKE, (60, 30, 60, 30), (40, 50, 43, 50)))
    assert ink_at(cleaned, (60, 30), (40, 50), (43, 50)) == [False, True, True]


def test_a_full_stop_larger_than_a_speck_stays():
    cleaned = without_specks(page_with(STROKE, (50, 30, 52, 32)))  # 3 × 3 pixels: 9 pt at 200 dpi
    assert all(ink_at(cleaned, (50, 30), (51, 31), (52, 32)))


def test_a_dot_beside_ink_stays():
    """An `i`'s dot above its stem, a date's point between its digits: ink within the clearance around it."""
    dot_above = (20, 1, 21, 2)  # two pixels above the stem's top
    dot_beside = (24, 30, 25, 31)  # two blank pixels from the stem: one side of the dot is alone, the other not
    cleaned = without_specks(page_with(STROKE, dot_above, dot_beside))
    assert all(ink_at(cleaned, (20, 1), (21, 2), (24, 30), (25, 31)))


def test_a_hairline_keeps_its_ends():
    hairline = (30, 20, 60, 20)  # one pixel thick: its ends have ink beside them
    cleaned = without_specks(page_with(hairline))
    assert all(ink_at(cleaned, (30, 20), (60, 20), (45, 20)))


def test_a_speck_one_pixel_nearer_than_the_clearance_stays():
    speck = (21 + ocr.SPECK_CLEARANCE_PX, 30, 22 + ocr.SPECK_CLEARANCE_PX, 31)
    cleaned = without_specks(page_with(STROKE, speck))
    assert ink_at(cleaned, (speck[0], 30), (speck[2], 31)) == [True, True]


def test_a_speck_the_clearance_away_is_removed():
    speck = (22 + ocr.SPECK_CLEARANCE_PX, 30, 23 + ocr.SPECK_CLEARANCE_PX, 31)  # the clearance blank from the stem
    cleaned = without_specks(page_with(STROKE, speck))
    assert ink_at(cleaned, (speck[0], 30), (speck[2], 31)) == [False, False]


def test_a_date_full_stop_between_its_digits_stays_though_paper_surrounds_it():
    """`06.06.1985` at 150 dpi and 8 to 10 pt: the full stop is a 2×2 square three or four pixels from each digit."""
    digits_and_stop = ((30, 20, 33, 27), (38, 26, 39, 27), (44, 20, 47, 27))
    cleaned = without_specks(page_with(*digits_and_stop))
    assert all(ink_at(cleaned, (38, 26), (39, 27)))
    stop_after_the_last_digit = without_specks(page_with((30, 20, 33, 27), (38, 26, 39, 27)))
    assert ink_at(stop_after_the_last_digit, (38, 26)) == [False]  # ink on one side only: a speck


def test_a_page_mostly_dark_is_left_as_it_is():
    """Otsu's threshold then cuts through the paper's noise: no ink to tell specks from."""
    noisy = Image.new("L", (80, 60), 200)
    ImageDraw.Draw(noisy).rectangle((0, 0, 79, 20), fill=40)  # a quarter of the page darker
    noisy.putpixel((60, 50), 0)
    assert ocr.without_specks(noisy, 200).tobytes() == noisy.tobytes()


def test_only_black_and_white_pages_below_250_dpi_are_despeckled_before_they_are_enlarged():
    page = page_with(STROKE, (50, 10, 51, 11))
    fax = page.convert("1", dither=Image.Dither.NONE)
    at_200 = ocr.prepare(PageScan(fax, 200), Preparation.OTSU)
    assert at_200.dpi == 400 and ink_at(at_200.image.convert("L"), (100, 20), (102, 22)) == [False, False]
    rendered_fax = ocr.prepare(PageScan(page, 200, bilevel=True), Preparation.OTSU)  # a PDF's fax rendered in gray
    assert ink_at(rendered_fax.image.convert("L"), (100, 20)) == [False]
    at_300 = ocr.prepare(PageScan(fax, 300), Preparation.OTSU)
    assert at_300.dpi == 300 and ink_at(at_300.image.convert("L"), (50, 10)) == [True]
    drawn_in_gray = ocr.prepare(PageScan(page, 200), Preparation.OTSU)  # black and white in a gray image: a fax
    assert ink_at(drawn_in_gray.image.convert("L"), (100, 20)) == [False]
    gray_paper = page.point(lambda v: 200 if v > 127 else v)
    gray_scan = ocr.prepare(PageScan(gray_paper, 200), Preparation.OTSU)  # a gray scan: its specks are no fax's
    assert ink_at(gray_scan.image.convert("L"), (100, 20)) == [True]
