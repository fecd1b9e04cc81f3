"""The evidence of a fax's second reading names the preparations its pages were actually read with, through the real
`docpipe ingest` and real Tesseract. A 1-bit fax below 250 dpi is first read smoothed (ocr.first_preparation), so
its last second chance, asked for as `smooth`, reads it thresholded (ocr.chance_for): the evidence says `otsu`.
A fax a PDF holds as a gray JPEG is a fax too (ocr.drawn_in_black_and_white); a gray page at the same resolution,
its letters' edges gray, is first read thresholded, and its last chance is the smoothed page."""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from inbox_kit import ingest_drawn_page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
REGISTRY_ROWS = "P01,DUPONT,,Jean,1957-03-12,M,,Lyon\nP02,MARTIN,,Paul,1950-01-01,M,,\n"
# No name on the page: no identity to file it by, and no reading stops the second chances early (read_as_before).
LINES = ["LABORATOIRE DE BIOLOGIE", "Né le 12/03/1957", "Hémoglobine 13,2 g/dL", "Créatinine 78 µmol/L"]


def drawn() -> Image.Image:
    """Half an A4 page at 150 dpi, its letters anti-aliased as a gray scan's are."""
    image = Image.new("L", (1240, 877), 255)
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(FONT, 22)
    for row, line in enumerate(LINES):
        draw.text((60, 60 + row * 40), line, font=font, fill=0)
    return image


def black_and_white() -> Image.Image:
    return drawn().point(lambda v: 0 if v < 128 else 255)


def saved(image: Image.Image, kind: str) -> bytes:
    out = io.BytesIO()
    if kind == "PDF":  # a gray image in a PDF is stored as a JPEG
        image.save(out, "PDF", resolution=150)
    else:
        image.save(out, kind, dpi=(150, 150))
    return out.getvalue()


PAGES = {
    "fax.tif": lambda: saved(black_and_white().convert("1"), "TIFF"),
    "fax_en_gris.pdf": lambda: saved(black_and_white(), "PDF"),  # a fax a PDF holds as a gray JPEG
    "gris.png": lambda: saved(drawn(), "PNG"),
    "gris.pdf": lambda: saved(drawn(), "PDF"),
}


@pytest.mark.parametrize("name, last", [("fax.tif", "otsu"), ("fax_en_gris.pdf", "otsu"), ("gris.png", "smooth"),
                                        ("gris.pdf", "smooth")])
def test_the_last_chance_is_named_after_the_preparation_it_used(tmp_path, name, last):
    record = ingest_drawn_page(tmp_path, REGISTRY_ROWS, name, PAGES[name]())
    assert record["status"] == "review" and record["patient"] is None
    made = record["evidence"]["second_reading"]
    assert made["kept"] is False and made["pages"] == [1]
    assert made["preparations"] == ["adaptive", "median", "sparse", "lines", last]
