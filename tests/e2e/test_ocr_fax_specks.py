"""A 1-bit fax at 200 dpi sent as PDF, through the real `docpipe ingest` and real Tesseract.

The page is drawn here: a consultation letter's head at 10 pt, brought down to 200 dpi, thresholded to
black and white, with a fax's specks (one 2×2-pixel block in 256). Before session 8 the page was rendered at
300 dpi — each fax pixel stretched to 1.5 unequal ones, a speck grown to a full stop's size — and the specks
read as accents and punctuation: `Monsieur Rélland Jean` (seed 1), `Né le : 2971/1964` (seed 5), and the
document went to review. Read at the fax's own 200 dpi without its isolated specks, the identity is read
as printed and the document is filed; the same page against a registry whose birth date differs by one day
still goes to review."""
from __future__ import annotations

import io
import random
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from docpipe import extract
from docpipe.config import Settings
from inbox_kit import ingest_drawn_page

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LINES = ["Cabinet de cardiologie", "Compte rendu de consultation", "",
         "Patient : Monsieur Rolland Jean", "Né le : 29/11/1984", "",
         "Je revois ce jour en consultation Monsieur Rolland pour le suivi de son hypertension."]
ROLLAND = "P1,ROLLAND,,Jean,{birth_date},M,,\n" "P2,MARTIN,,Paul,1950-01-01,M,,\n"


def faxed_letter(seed: int, dpi: int = 200) -> Image.Image:
    page = Image.new("L", (2480, 1200), 255)  # the top of an A4 page at 300 dpi
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(str(FONT), 42)  # 10 pt at 300 dpi
    for row, line in enumerate(LINES):
        draw.text((200, 150 + 70 * row), line, font=font, fill=0)
    small = page.resize((round(page.width * dpi / 300), round(page.height * dpi / 300)), Image.LANCZOS)
    fax = small.point(lambda v: 0 if v < 150 else 255)
    rng, specks = random.Random(seed), ImageDraw.Draw(fax)
    for _ in range(fax.width * fax.height // 4 // 256):
        x, y = rng.randrange(0, fax.width - 2, 2), rng.randrange(0, fax.height - 2, 2)
        specks.rectangle((x, y, x + 1, y + 1), fill=0)
    return fax.convert("1", dither=Image.Dither.NONE)


def pdf_of(image: Image.Image, dpi: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "PDF", resolution=dpi)
    return out.getvalue()


def ingest_fax(home: Path, seed: int, birth_date: str) -> dict:
    return ingest_drawn_page(home, ROLLAND.format(birth_date=birth_date), f"fax_{seed}.pdf",
                             pdf_of(faxed_letter(seed), 200))


@pytest.mark.skipif(not FONT.is_file(), reason="DejaVu Sans is not installed")
@pytest.mark.parametrize("seed", [1, 5])
def test_a_speckled_200_dpi_fax_is_filed_from_its_first_reading(tmp_path, seed):
    record = ingest_fax(tmp_path, seed, "1984-11-29")
    assert (record["status"], record["patient"]) == ("filed", "P1")
    assert "second_reading" not in record["evidence"]


@pytest.mark.skipif(not FONT.is_file(), reason="DejaVu Sans is not installed")
def test_the_same_fax_against_a_birth_date_one_day_off_goes_to_review(tmp_path):
    record = ingest_fax(tmp_path, 1, "1984-11-28")
    assert record["status"] == "review" and record["patient"] is None


def test_a_pdf_holding_a_200_dpi_scan_is_rendered_at_200_dpi_and_one_at_600_dpi_at_300(tmp_path):
    settings = Settings()
    for dpi, rendered in ((200, 200), (150, 150), (600, 300), (100, 300)):  # a fax's specks are told at 200 and 150
        path = tmp_path / f"scan_{dpi}.pdf"
        path.write_bytes(pdf_of(Image.new("1", (round(8.27 * dpi), round(11.69 * dpi)), 1), dpi))
        with extract.Extractor(settings) as extractor:
            loaders, release = extractor.page_loaders(path)
            try:
                scan = loaders[0]()
            finally:
                release()
        assert round(scan.dpi) == rendered, dpi
        assert scan.bilevel == (rendered == dpi < 250), dpi


BERNARD = "H1,BERNARD,,Luc,1980-02-02,M,,\n" "H2,BERNARD,,Luc,1985-06-06,M,,\n"
SON_AND_FATHER = ["Patient : Monsieur BERNARD Luc", "Né le : 06.06.1985",
                  "Antécédents familiaux : M. Luc BERNARD (02/02/1980), diabète."]


@pytest.mark.skipif(not FONT.is_file(), reason="DejaVu Sans is not installed")
def test_a_gray_150_dpi_scan_keeps_the_full_stops_of_its_date_and_is_never_filed_under_the_namesake(tmp_path):
    """review8 on f79c001: the speck filter, applied to every page below 250 dpi, took the full stops of
    `06.06.1985` on a gray 150-dpi scan; the date gone, the father named with his date filed the son's page under
    him. A gray scan is no fax: nothing is removed from it."""
    page = Image.new("L", (2480, 700), 255)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(str(FONT), 42)
    for row, line in enumerate(SON_AND_FATHER):
        draw.text((200, 150 + 70 * row), line, font=font, fill=0)
    scan = page.resize((1240, 350), Image.LANCZOS)
    out = io.BytesIO()
    scan.save(out, "PDF", resolution=150)  # a gray image: stored as JPEG
    record = ingest_drawn_page(tmp_path, BERNARD, "scan_gris.pdf", out.getvalue())
    assert record["patient"] != "H1"


@pytest.mark.skipif(not FONT.is_file(), reason="DejaVu Sans is not installed")
def test_a_patient_absent_from_the_registry_is_read_again_once_not_four_times(tmp_path):
    """The second reading's budget: the adaptive preparation reads the very name and birth date the first reading
    read; the page reads the same however it is prepared, and the three other preparations are not tried."""
    record = ingest_drawn_page(tmp_path, "P2,MARTIN,,Paul,1950-01-01,M,,\n", "fax_1.pdf", pdf_of(faxed_letter(1), 200))
    assert record["status"] == "review" and record["patient"] is None
    assert record["evidence"]["second_reading"]["preparations"] == ["adaptive"]
