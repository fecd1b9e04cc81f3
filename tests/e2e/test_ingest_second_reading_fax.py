"""The evidence of a fax's second reading names the preparations its pages were actually read with, through the real
`docpipe ingest` and real Tesseract. A 1-bit fax below 250 dpi is first read smoothed (ocr.first_preparation), so
its last second chance, asked for as `smooth`, reads it thresholded (ocr.chance_for): the evidence says `otsu`.
A gray page at the same resolution is first read thresholded, and its last chance is the smoothed page."""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from inbox_kit import ingest_drawn_page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
REGISTRY_ROWS = "P01,DUPONT,,Jean,1957-03-12,M,,Lyon\nP02,MARTIN,,Paul,1950-01-01,M,,\n"
# No name on the page: no identity to file it by, and no reading stops the second chances early (read_as_before).
LINES = ["LABORATOIRE DE BIOLOGIE", "Né le 12/03/1957", "Hémoglobine 13,2 g/dL", "Créatinine 78 µmol/L"]


def page(mode: str) -> bytes:
    """Half an A4 page at 150 dpi, black and white (`1`, a fax) or gray (`L`)."""
    drawn = Image.new("L", (1240, 877), 255)
    draw, font = ImageDraw.Draw(drawn), ImageFont.truetype(FONT, 22)
    for row, line in enumerate(LINES):
        draw.text((60, 60 + row * 40), line, font=font, fill=0)
    image = drawn.point(lambda v: 0 if v < 128 else 255).convert("1") if mode == "1" else drawn
    out = io.BytesIO()
    image.save(out, "TIFF" if mode == "1" else "PNG", dpi=(150, 150))
    return out.getvalue()


@pytest.mark.parametrize("mode, name, last", [("1", "fax.tif", "otsu"), ("L", "gris.png", "smooth")])
def test_the_last_chance_is_named_after_the_preparation_it_used(tmp_path, mode, name, last):
    record = ingest_drawn_page(tmp_path, REGISTRY_ROWS, name, page(mode))
    assert record["status"] == "review" and record["patient"] is None
    made = record["evidence"]["second_reading"]
    assert made["kept"] is False and made["pages"] == [1]
    assert made["preparations"] == ["adaptive", "median", "sparse", last]
