"""A phone photo under uneven light, with the real Tesseract: one global (Otsu) threshold falls between
the shaded and the lit paper, turns the shaded half black with its text, and the page read as blank
(« Aucun texte lisible : page blanche », seed 121 photo_0051 of the corpus evaluation). Otsu's threshold is
not used when it blackens more of the page than print ever does: the threshold that follows the paper reads
the photo at once. A shaded band too small for that (a fold's shadow over the header) still leaves Otsu's page
without a word: it is read again with the threshold that follows the paper; a blank page stays blank."""
from __future__ import annotations

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from docpipe import ocr
from docpipe.config import Settings
from docpipe.errors import EmptyDocument
from docpipe.extract import Extractor
from docpipe.ocr import OcrPool, PageScan, Preparation
from image_kit import ink_share

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["Nom du patient : Monsieur DUPONT Jean", "Date de naissance : 12/03/1957",
         "1. PARACÉTAMOL 1 g : 1 comprimé trois fois par jour"]


def under_uneven_light(page: Image.Image) -> Image.Image:
    """The photo look of devtools.synth: tinted paper, light from 175 (top) to 255 (bottom) of 255."""
    light = Image.linear_gradient("L").resize(page.size).point(lambda v: 175 + v * 80 // 255)
    paper = ImageChops.multiply(page.convert("RGB"), Image.new("RGB", page.size, (245, 238, 220)))
    return ImageChops.multiply(paper, Image.merge("RGB", (light, light, light)))


def text_in_the_shade() -> Image.Image:
    page = Image.new("L", (2480, 3508), 255)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(FONT, 44)
    for index, line in enumerate(LINES):
        draw.text((240, 300 + index * 90), line, fill=0, font=font)
    return under_uneven_light(page)


def read(image: Image.Image, preparation=Preparation.OTSU) -> ocr.OcrResult:
    with OcrPool(workers=1) as pool:
        return pool.submit(lambda: PageScan(image, 300), preparation).result()


def in_a_shaded_band() -> Image.Image:
    """The same lines on white paper, under a band of shadow (paper at 110 of 255) about a ninth of the page high."""
    page = Image.new("L", (2480, 3508), 255)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(FONT, 44)
    draw.rectangle((0, 250, 2480, 650), fill=110)
    for index, line in enumerate(LINES):
        draw.text((240, 300 + index * 90), line, fill=0, font=font)
    return page


def otsu_alone(image: Image.Image) -> Image.Image:
    gray = ocr.grayscale(image)
    return ocr.binarised(gray, ocr.otsu_threshold(gray.histogram()))


def test_otsu_alone_blackens_the_shaded_text_so_the_page_is_thresholded_against_the_paper_around():
    photo = text_in_the_shade()
    assert otsu_alone(photo).crop((0, 0, 2480, 600)).convert("L").getextrema() == (0, 0)  # all ink: no text left
    assert ink_share(otsu_alone(photo)) > ocr.MAX_INK_SHARE
    prepared = ocr.prepare(PageScan(photo, 300)).image
    assert prepared.crop((0, 0, 2480, 600)).convert("L").getextrema() == (0, 255)  # paper and ink
    assert ink_share(prepared) < 0.05


def test_a_shaded_band_otsu_blackens_is_read_again_with_the_adaptive_threshold():
    band = in_a_shaded_band()
    assert ink_share(otsu_alone(band)) < ocr.MAX_INK_SHARE  # too small a part of the page to tell
    assert otsu_alone(band).crop((0, 260, 2480, 640)).convert("L").getextrema() == (0, 0)
    reading = read(band)
    assert "DUPONT Jean" in reading.text and "12/03/1957" in reading.text


def test_a_photo_read_blank_by_otsu_is_read_with_the_adaptive_threshold():
    reading = read(text_in_the_shade())
    assert "DUPONT Jean" in reading.text and "12/03/1957" in reading.text
    assert reading.confidence is not None


def test_a_blank_photo_stays_blank():
    reading = read(under_uneven_light(Image.new("L", (2480, 3508), 255)))
    assert reading.text.strip() == "" and reading.confidence is None


def test_other_preparations_are_not_read_twice():
    # a second reading asked for on purpose (the median filter, then Otsu) keeps what it read
    assert read(in_a_shaded_band(), Preparation.MEDIAN).text.strip() == ""


def test_the_photo_file_is_extracted_instead_of_refused_as_blank(tmp_path):
    photo = tmp_path / "photo_0051.jpeg"
    text_in_the_shade().save(photo, "JPEG", quality=85, dpi=(300, 300))
    blank = tmp_path / "photo_blanche.jpeg"
    under_uneven_light(Image.new("L", (2480, 3508), 255)).save(blank, "JPEG", quality=85, dpi=(300, 300))
    with Extractor(Settings(ocr_workers=1)) as extractor:
        document = extractor.extract(photo)
        with pytest.raises(EmptyDocument):
            extractor.extract(blank)
    assert "DUPONT Jean" in document.text
