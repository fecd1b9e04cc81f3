"""A page scanned askew is levelled before Tesseract reads it: its tilt is found from the rows of ink, in tenths of a
degree; a level page, a blank page and a page of noise are left as they are."""
from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw, ImageFont

from docpipe import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def letter_page() -> Image.Image:
    page = Image.new("L", (2480, 3508), 245)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(FONT, 34)
    draw.text((200, 200), "Centre hospitalier de Vannes — Service de cardiologie", font=font, fill=20)
    for row in range(40):
        draw.text((200, 420 + row * 62), f"Ligne {row} du compte rendu : auscultation normale, tension 130/80 mmHg.",
                  font=font, fill=20)
    return page


@pytest.mark.parametrize("tilt", [-3.1, -1.3, -0.5, 0.4, 0.9, 2.2])
def test_the_tilt_of_a_page_is_found_to_a_tenth_of_a_degree(tilt):
    tilted = letter_page().rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=245)
    assert ocr.skew_angle(tilted) == pytest.approx(-tilt, abs=0.11)


def test_a_tilted_page_comes_out_level_and_whole():
    tilted = letter_page().rotate(1.5, resample=Image.Resampling.BICUBIC, fillcolor=245)
    level = ocr.straightened(tilted)
    assert abs(ocr.skew_angle(level)) < ocr.SKEW_MIN_DEG
    assert level.width > tilted.width and level.height > tilted.height  # the corners are kept
    assert level.getpixel((0, 0)) == 245  # what the turn adds is paper


def test_a_level_page_is_left_as_it_is():
    page = letter_page()
    assert ocr.straightened(page) is page


def sparse_page_with_a_card_laid_askew(tilt: float) -> Image.Image:
    """Three level lines of a request form, and the copy of a card pasted on it crooked."""
    page = Image.new("L", (2480, 3508), 245)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(FONT, 34)
    for row, line in enumerate(["DEMANDE D'EXAMEN", "Motif : contrôle annuel", "Signature :"]):
        draw.text((200, 200 + row * 300), line, font=font, fill=20)
    card = Image.new("L", (1000, 640), 255)
    for row in range(7):
        ImageDraw.Draw(card).text((40, 40 + row * 80), f"CARTE VITALE ligne {row} DUPONT JEAN 12/03/1957",
                                  font=ImageFont.truetype(FONT, 30), fill=10)
    page.paste(card.rotate(tilt, expand=True, fillcolor=245, resample=Image.Resampling.BICUBIC), (700, 1600))
    return page


def test_a_card_laid_askew_beyond_the_search_does_not_turn_the_page():
    """Review S: the sharpest rows at the search's edge (4.4°, the card's) turned the page; they are refused."""
    page = sparse_page_with_a_card_laid_askew(5.0)
    assert ocr.skew_angle(page) == 0.0
    assert ocr.straightened(page) is page


def test_a_blank_page_and_a_page_of_noise_are_left_as_they_are():
    blank = Image.new("L", (1240, 1754), 250)
    rng = random.Random(7)
    noise = Image.frombytes("L", (1240, 1754), bytes(rng.choice((30, 250)) for _ in range(1240 * 1754)))
    assert ocr.straightened(blank) is blank
    assert ocr.straightened(noise) is noise
