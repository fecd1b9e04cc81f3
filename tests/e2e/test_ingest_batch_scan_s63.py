"""A batch scan, end to end with the real `docpipe` and the real Tesseract: two patients' prescriptions fed one after
the other into one PDF are cut into two parts, each filed under its patient, the PDF kept as received (`split`).
A batch whose second page names no one stays in review whole: that page may be the first prescription's second page
or the first page of someone else's document."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader

from inbox_kit import REGISTRY_HEADER, docpipe, practice_with_registry

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
REGISTRY = REGISTRY_HEADER + ("A1,LEGRAND,,Claude,1969-12-05,M,,\n"
                              "B2,PERRIN,,Quentin,1995-01-28,M,,\n")


def prescription(name: str, first: str, born: str) -> list[str]:
    return ["Dr Jacques BOULIN - Médecine générale", "", f"Nom de naissance : {name}", f"Prénom : {first}",
            f"Date de naissance : {born}", "", "ORDONNANCE", "PARACÉTAMOL 1 g : 1 comprimé trois fois par jour"]


CLAUDE = prescription("LEGRAND", "Claude", "05/12/1969")
QUENTIN = prescription("PERRIN", "Quentin", "28/01/1995")
CONTINUATION = ["Suite de l'ordonnance", "AMOXICILLINE 1 g : 1 comprimé matin et soir", "Page 2/2"]


def drawn(lines: list[str]) -> Image.Image:
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    for row, line in enumerate(lines):
        draw.text((200, 250 + row * 90), line, font=ImageFont.truetype(FONT, 46), fill=0)
    return page


def scanned_pdf(*pages: list[str]) -> bytes:
    images = [drawn(lines).convert("1") for lines in pages]
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=300, save_all=True, append_images=images[1:])
    return out.getvalue()


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> tuple[Path, dict[str, dict]]:
    home = practice_with_registry(tmp_path_factory.mktemp("home"), REGISTRY)
    (home / "inbox" / "lot.pdf").write_bytes(scanned_pdf(CLAUDE, QUENTIN))
    (home / "inbox" / "lot_suite.pdf").write_bytes(scanned_pdf(CLAUDE, CONTINUATION, QUENTIN))
    done = docpipe(home, "ingest", "--json")
    assert done.returncode in (0, 1), done.stderr
    return home, {r["source"]: r for r in map(json.loads, done.stdout.splitlines())}


def test_a_batch_of_two_patients_is_cut_and_each_part_filed_under_its_patient(run):
    home, records = run
    assert records["lot.pdf"]["status"] == "split"
    first, second = records["lot (page 1).pdf"], records["lot (page 2).pdf"]
    assert (first["status"], first["patient"]) == ("filed", "A1")
    assert (second["status"], second["patient"]) == ("filed", "B2")
    for part, name in ((first, "LEGRAND"), (second, "PERRIN")):
        stored = home / part["stored_path"]
        assert len(PdfReader(stored).pages) == 1 and f"_{name}_" in stored.parent.parent.name
        assert part["evidence"]["split"]["by"] == "docpipe"
    assert (home / records["lot.pdf"]["stored_path"]).is_file()  # the file as received, kept whole
    assert not (home / "inbox" / "lot.pdf").exists()


def test_a_batch_with_a_page_naming_no_one_stays_in_review_whole(run):
    _home, records = run
    assert records["lot_suite.pdf"]["status"] == "review"
    assert not any(source.startswith("lot_suite (") for source in records)
