"""A fax's streak, a thin vertical line the sending machine drew through the whole page, no longer cuts the patient's
line in two (ocr.without_streaks): through the real `docpipe ingest` and real Tesseract, a 1-bit fax at 150 dpi whose
streak runs between the `2` and the `/` of the birth date, on the subject line and in the letter, is filed to its
patient."""
from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from inbox_kit import ingest_drawn_page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
REGISTRY_ROWS = "P01,DUPONT,,Jean-Claude,2004-03-12,M,,Lyon\nP02,MARTIN,,Paul,1950-01-01,M,,\n"
SENDER = ["Dr BLANC Anne-Marie", "Médecin généraliste", "Hôpital privé des Tilleuls", "54 place de la République",
          "59000 Lille", "Tél. 04 00 27 50 71"]
RECIPIENT = ["Dr LEMOINE Pauline", "Neurologue", "84 avenue Jean Jaurès", "67000 Strasbourg"]
SUBJECT = "Objet : M. DUPONT Jean-Claude, né le 12/03/04"
BODY = ["Chère consœur,", "",
        "Je vous adresse M. DUPONT Jean-Claude, né le 12/03/04, âgé de 21 ans, pour avis concernant des",
        "céphalées inhabituelles depuis deux mois.", "",
        "Il sera accompagné de sa sœur, qui pourra vous apporter des précisions.", "",
        "Dans ses antécédents, on retient : cholécystectomie en 2008, migraine sans aura, dyslipidémie.", "",
        "À l'examen de ce jour : examen neurologique normal, pas de syndrome méningé, pas de déficit.", "",
        "Bien confraternellement,"]


def fax_with_a_streak() -> bytes:
    """An A4 letter at 150 dpi, black and white, its sender's and recipient's blocks side by side, and a 1-pixel
    streak from the top of the page to its signature through the birth date, between its first two digits and its
    first slash (as on a fax of the own corpus, s31 fax_0001)."""
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font, bold = ImageFont.truetype(FONT, 18), ImageFont.truetype(BOLD, 19)
    for row, line in enumerate(SENDER):
        draw.text((115, 165 + row * 24), line, font=bold if row == 0 else font, fill=0)
    for row, line in enumerate(RECIPIENT):
        draw.text((685, 230 + row * 24), line, font=bold if row == 0 else font, fill=0)
    draw.text((900, 360), "Lille, le 14 mars 2025", font=font, fill=0)
    draw.text((115, 412), SUBJECT, font=bold, fill=0)
    x = 115 + draw.textlength(SUBJECT[:SUBJECT.index("12/03") + 2], font=bold)
    for row, line in enumerate(BODY):
        draw.text((115, 445 + row * 25), line, font=font, fill=0)
    draw.line((round(x), 56, round(x), 906), fill=0)
    out = io.BytesIO()
    image.point(lambda v: 0 if v < 140 else 255).convert("1").save(out, "TIFF", dpi=(150, 150), compression="group4")
    return out.getvalue()


def test_a_fax_whose_streak_runs_through_the_birth_date_is_filed(tmp_path):
    record = ingest_drawn_page(tmp_path, REGISTRY_ROWS, "fax_0001.tif", fax_with_a_streak())
    assert record["status"] == "filed", record.get("reason")
    assert record["patient"] == "P01"
