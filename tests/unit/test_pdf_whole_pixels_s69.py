"""A scanned PDF page is rendered with exactly its scan's pixels. pypdfium2 sizes its bitmap by rounding the page's
side times the scale up, and pdfium gives the page's side back as a 32-bit float: an A4 page of 595.2 points (a
1240-pixel fax at 150 dpi) is 595.2000122 points, 1240.00003 pixels, and was rendered 1241 pixels wide, every pixel
of the fax stretched over unequal ones (session 69: first corpus s814-018 read `15/06/1999` for `15/06/1939`)."""
from __future__ import annotations

import math
import random
import struct
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

from docpipe.extract import Limits, PdfRenderer, whole_pixels_scale


def as_float32(value: float) -> float:
    return struct.unpack("f", struct.pack("f", value))[0]


def test_a_page_a_hair_over_a_whole_number_of_pixels_is_that_number():
    width, height = as_float32(595.2), as_float32(841.92)
    assert math.ceil(width * 150 / 72) == 1241  # what the plain scale gives
    scale = whole_pixels_scale(width, height, 150)
    assert (math.ceil(width * scale), math.ceil(height * scale)) == (1240, 1754)


def test_a_page_of_exactly_whole_pixels_keeps_them():
    scale = whole_pixels_scale(612, 792, 300)  # Letter at 300 dpi: 2550 × 3300, 792 × 300 / 72 rounds to 3300.0000001
    assert (math.ceil(612 * scale), math.ceil(792 * scale)) == (2550, 3300)


def test_a_page_that_is_no_whole_number_of_pixels_is_rendered_as_before():
    assert whole_pixels_scale(595.28, 841.89, 300) == 300 / 72  # 2480.33 × 3507.88 pixels: rounded up as pdfium does


def test_scans_of_any_size_and_resolution_keep_their_pixels():
    draw = random.Random(69)
    for _ in range(20_000):
        dpi = draw.choice((72, 96, 100, 150, 200, 204, 240, 300, 400, 600))
        pixels = draw.randint(300, 7000), draw.randint(300, 7000)
        width, height = (as_float32(side * 72 / dpi) for side in pixels)
        scale = whole_pixels_scale(width, height, dpi)
        assert (math.ceil(width * scale), math.ceil(height * scale)) == pixels


def fax_pdf(path: Path) -> Image.Image:
    """A 1-bit page of 1240 × 1754 pixels saved at 150 dpi: an A4 page of 595.2 × 841.92 points."""
    image = Image.new("1", (1240, 1754), 1)
    draw = ImageDraw.Draw(image)
    for x in range(40, 1200, 7):  # one-pixel strokes two pixels apart: any stretch shows
        draw.line((x, 100, x, 160), fill=0)
    image.save(path, "PDF", resolution=150)
    return image


def test_a_fax_in_a_pdf_renders_at_its_own_pixels(tmp_path):
    image = fax_pdf(tmp_path / "fax.pdf")
    renderer = PdfRenderer(tmp_path / "fax.pdf", Limits())
    try:
        scan = renderer.render(0, 150.0, bilevel=True)
    finally:
        renderer.close()
    assert scan.image.size == image.size
    assert scan.bilevel
    rendered = scan.image.point(lambda v: 255 if v > 127 else 0)
    # pdfium may move the whole page by a pixel; no stroke is widened, thinned or moved against the others
    assert any(ImageChops.difference(rendered, ImageChops.offset(image.convert("L"), dx, dy)).getbbox() is None
               for dx in (-1, 0, 1) for dy in (-1, 0, 1))
