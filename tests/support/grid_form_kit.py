"""An identity form laid out as a grid, each caption above its value and two fields side by side, drawn as a 300 dpi
scan (tests/e2e/test_ingest_grid_form_s31.py, test_ingest_skewed_scan_s67.py)."""
from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
PATIENT = [(("Nom de naissance", "DURAND"), ("Sexe", "M")),
           (("Nom utilisé", ""), ("Lieu de naissance", "Montpellier (34)")),
           (("Prénom(s)", "Sébastien Antoine"), ("Adresse", "78 rue du Général Leclerc, Poitiers")),
           (("Date de naissance", "28/10/1981"), ("Téléphone", "06 12 34 56 78"))]
MOTHER = [(("Nom, prénom", "DURAND Christine"), ("Lien de parenté", "Mère")),
          (("Date de naissance", "26/12/1957"), ("Téléphone", "05 60 19 71 16"))]
MOTHER_ROW = "P02,DURAND,,Christine Élisabeth,1957-12-26,F,,\n"


def grid_form(tilt: float = 0.0) -> bytes:
    """An A4 request form at 300 dpi: the patient's identity in a two-column grid, then the trusted person's; fed
    askew by `tilt` degrees (counter-clockwise)."""
    page = Image.new("L", (2480, 3508), 250)
    draw = ImageDraw.Draw(page)
    caption, value, heading = (ImageFont.truetype(FONT, 30), ImageFont.truetype(BOLD, 42),
                               ImageFont.truetype(BOLD, 40))
    draw.text((200, 150), "Centre hospitalier des Deux-Rives", font=heading, fill=20)
    draw.text((2000, 150), "Date : 11/04/2025", font=caption, fill=20)
    draw.text((750, 320), "DEMANDE D'EXAMEN D'IMAGERIE", font=heading, fill=20)
    top = 450
    for title, rows in (("IDENTITÉ DU PATIENT", PATIENT), ("PERSONNE DE CONFIANCE / À PRÉVENIR", MOTHER)):
        draw.text((200, top), title, font=heading, fill=20)
        top += 100
        for row in rows:
            for (label, text), left in zip(row, (210, 1310)):
                draw.text((left, top), label, font=caption, fill=20)
                draw.text((left, top + 45), text, font=value, fill=20)
            top += 130
        top += 80
    draw.text((200, top), "Motif : douleurs articulaires des mains. Allergies : aucune connue.", font=caption, fill=20)
    if tilt:
        page = page.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=250)
    out = io.BytesIO()
    page.save(out, "PNG", dpi=(300, 300))
    return out.getvalue()
