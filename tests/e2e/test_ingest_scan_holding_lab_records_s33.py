"""A scan whose bytes, read as Latin-1, happen to hold a lab file's records (an `H` and four signs at a line
start, then a `P|` record) is still a scan: read by real Tesseract and filed by its printed identity, never refused as
« Fichier de laboratoire dans un encodage non pris en charge ». The fixture bytes are put in an image description
(TIFF) or a text chunk (PNG) so that the case does not depend on where compression happens to write them; on a fresh
seed of the independent corpus, one compressed TIFF in 320 documents matched by chance (\x85 reads as a space)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin, TiffImagePlugin

from docpipe import labfiling
from docpipe.labresults import detect
from inbox_kit import ingest_drawn_page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LAB_RECORDS = "\nH|^~\\&|||LABO\nP|1|L0001|||LEROUX^Agathe||19710304|F\nOBX|1|NM|GLY||5.2|mmol/L\n"
REGISTRY = "P01,LEROUX,,Agathe,1971-03-04,F,,\nP02,LEROUX,,Agnès,1968-11-20,F,,\n"


def letter_page() -> Image.Image:
    page = Image.new("L", (2480, 1754), 255)
    draw = ImageDraw.Draw(page)
    text, bold = ImageFont.truetype(FONT, 44), ImageFont.truetype(BOLD, 52)
    draw.text((200, 150), "Compte rendu de consultation", font=bold, fill=0)
    draw.text((200, 330), "Patiente : LEROUX Agathe", font=text, fill=0)
    draw.text((200, 410), "Née le : 04/03/1971", font=text, fill=0)
    draw.text((200, 560), "Examen clinique sans particularité. Pas de modification du traitement.", font=text, fill=0)
    return page


def tiff_bytes() -> bytes:
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[270] = LAB_RECORDS  # ImageDescription
    out = io.BytesIO()
    letter_page().save(out, "TIFF", tiffinfo=info, dpi=(300, 300), compression="tiff_lzw")
    return out.getvalue()


def png_bytes() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", LAB_RECORDS)
    out = io.BytesIO()
    letter_page().save(out, "PNG", pnginfo=info, dpi=(300, 300))
    return out.getvalue()


@pytest.mark.parametrize("name, make", [("scan.tif", tiff_bytes), ("scan.png", png_bytes)])
def test_the_image_bytes_would_pass_for_a_lab_file_but_the_image_is_not_one(tmp_path, name, make):
    data = make()
    assert detect(data) is not None  # what the file's bytes alone say
    path = Path(tmp_path / name)
    path.write_bytes(data)
    assert labfiling.recognised(path) is None


def test_a_text_lab_file_is_still_recognised(tmp_path):
    path = tmp_path / "resultats.txt"
    path.write_bytes(LAB_RECORDS.encode())
    assert labfiling.recognised(path) is not None


@pytest.mark.parametrize("name, make", [("scan.tif", tiff_bytes), ("scan.png", png_bytes)])
def test_the_scan_is_read_and_filed_by_its_identity(tmp_path, name, make):
    record = ingest_drawn_page(tmp_path, REGISTRY, name, make())
    assert record["status"] == "filed", record.get("reason")
    assert record["patient"] == "P01"
