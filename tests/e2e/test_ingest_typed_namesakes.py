"""Namesakes born one digit apart, end to end with the real `docpipe` and the real Tesseract.

MOREAU Anne 13/03/1958 and MOREAU Anne 13/08/1958. The doctor's own letter, typed (a text file, Word, a born-digital
PDF), carries the date its author typed: it files on its exact traits. The same letter scanned, or a scanner's
« searchable PDF » (its text layer is the scanner's OCR), keeps the doubt: OCR reads 3 for 8.
"""
from __future__ import annotations

import io
import json

import docx
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from inbox_kit import REGISTRY_HEADER, docpipe, pdf_bytes, practice_with_registry

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
REGISTRY = REGISTRY_HEADER + ("A1,MOREAU,,Anne,1958-03-13,F,,\n"
                              "A2,MOREAU,,Anne,1958-08-13,F,,\n")
LETTER = ["Cabinet médical des Tilleuls", "Compte rendu de consultation du 02/11/2026",
          "Mme MOREAU Anne, née le 13/08/1958", "Examen clinique sans particularité."]


def drawn(lines: list[str]) -> Image.Image:
    page = Image.new("L", (2480, 1400), 255)
    draw = ImageDraw.Draw(page)
    for row, line in enumerate(lines):
        draw.text((150, 120 + row * 80), line, font=ImageFont.truetype(FONT, 44), fill=0)
    return page


def png(lines: list[str]) -> bytes:
    out = io.BytesIO()
    drawn(lines).save(out, "PNG", dpi=(300, 300))
    return out.getvalue()


def word(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def searchable_scan(lines: list[str]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=True)
    pdf.drawImage(ImageReader(drawn(lines)), 0, A4[1] / 2, width=A4[0], height=A4[1] / 2)
    text = pdf.beginText(60, 780)
    text.setTextRenderMode(3)  # invisible: how a scanner lays its OCR over the picture
    for line in lines:
        text.textLine(line)
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> dict[str, dict]:
    home = practice_with_registry(tmp_path_factory.mktemp("home"), REGISTRY)
    dropped = {"dictee.txt": "\n".join(LETTER).encode(), "lettre.docx": word(LETTER),
               "lettre.pdf": pdf_bytes(LETTER), "scan.png": png(LETTER), "scan_cherchable.pdf": searchable_scan(LETTER)}
    for name, data in dropped.items():
        (home / "inbox" / name).write_bytes(data)
    run = docpipe(home, "ingest", "--json")
    assert run.returncode in (0, 1), run.stderr
    return {r["source"]: r for r in map(json.loads, run.stdout.splitlines())}


@pytest.mark.parametrize("name", ["dictee.txt", "lettre.docx", "lettre.pdf"])
def test_a_typed_letter_files_under_the_namesake_its_date_designates(records, name):
    assert (records[name]["status"], records[name]["patient"]) == ("filed", "A2")


@pytest.mark.parametrize("name", ["scan.png", "scan_cherchable.pdf"])
def test_a_scan_keeps_the_doubt_a_misread_digit_raises(records, name):
    record = records[name]
    assert record["status"] == "review" and record["patient"] is None
    assert "ne diffère que d'un chiffre" in record["reason"]
