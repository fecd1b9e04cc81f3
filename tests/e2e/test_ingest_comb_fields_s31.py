"""A care sheet whose INS and birth date are printed one digit per box (comb fields), through the real `docpipe
ingest` and real Tesseract: the boxes read as letters (`L]felolfof7|fefs)...`) until the `lines` second reading
erases them; the INS then read, with its valid key, files the sheet to the patient who bears it — and only to her: a
namesake born the same day with another INS is not taken."""
from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from inbox_kit import ingest_drawn_page
from ins_kit import with_key

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = with_key("2690783047250")
BOX = 64  # 5.4 mm at 300 dpi


def comb(draw: ImageDraw.ImageDraw, left: int, top: int, groups: list[str], font) -> None:
    for group in groups:
        for digit in group:
            draw.rectangle((left, top, left + BOX, top + BOX), outline=20, width=3)
            draw.text((left + 18, top + 6), digit, font=font, fill=20)
            left += BOX
        left += 24


def care_sheet() -> bytes:
    page = Image.new("L", (2480, 3508), 245)
    draw = ImageDraw.Draw(page)
    title, caption, value = ImageFont.truetype(BOLD, 56), ImageFont.truetype(FONT, 34), ImageFont.truetype(BOLD, 48)
    digit = ImageFont.truetype(FONT, 44)
    draw.text((180, 130), "FEUILLE DE SOINS — Médecin", font=title, fill=20)
    draw.text((1950, 130), "cerfa N° 12541*02", font=caption, fill=20)
    draw.text((200, 340), "PERSONNE RECEVANT LES SOINS ET ASSURÉ(E)", font=ImageFont.truetype(BOLD, 40), fill=20)
    draw.text((200, 430), "nom et prénom (suivis, s'il y a lieu, du nom d'usage)", font=caption, fill=20)
    draw.text((200, 480), "MICHEL Brigitte", font=value, fill=20)
    draw.text((200, 590), "numéro d'immatriculation", font=caption, fill=20)
    comb(draw, 200, 640, [INS[0], INS[1:3], INS[3:5], INS[5:7], INS[7:10], INS[10:13], INS[13:]], digit)
    draw.text((200, 750), "date de naissance", font=caption, fill=20)
    comb(draw, 200, 800, ["21", "07", "1969"], digit)
    draw.text((200, 910), "adresse", font=caption, fill=20)
    draw.text((200, 960), "11 rue du Général Leclerc, Mulhouse", font=ImageFont.truetype(FONT, 44), fill=20)
    draw.text((200, 1100), "IDENTIFICATION DU MÉDECIN", font=ImageFont.truetype(BOLD, 40), fill=20)
    draw.text((200, 1190), "Dr GUILLOT Philippe — Médecine générale", font=ImageFont.truetype(FONT, 44), fill=20)
    out = io.BytesIO()
    page.save(out, "PNG", dpi=(300, 300))
    return out.getvalue()


def test_a_care_sheet_is_filed_by_the_ins_read_in_its_boxes(tmp_path):
    rows = f"P01,MICHEL,,Brigitte Marie,1969-07-21,F,{INS},\n"
    record = ingest_drawn_page(tmp_path, rows, "feuille_de_soins.png", care_sheet())
    assert record["status"] == "filed", record.get("reason")
    assert record["patient"] == "P01"


def test_a_namesake_born_the_same_day_with_another_ins_is_not_taken(tmp_path):
    rows = f"P02,MICHEL,,Brigitte,1969-07-21,F,{with_key('2690775123456')},\n"
    record = ingest_drawn_page(tmp_path, rows, "feuille_de_soins.png", care_sheet())
    assert record["status"] == "review"
    assert record["patient"] is None
