"""An identity form laid out as a grid, each caption above its value and two fields side by side, through the real
`docpipe ingest` and real Tesseract: Tesseract reads each row across the columns (`Nom de naissance` / `Sexe` /
`DURAND  M`), and the page text joins each caption to the value under it. The patient is filed; when the patient
is not in the registry, the mother named in the trusted-person section beside is not taken for her."""
from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from inbox_kit import ingest_drawn_page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
PATIENT = [(("Nom de naissance", "DURAND"), ("Sexe", "M")),
           (("Nom utilisé", ""), ("Lieu de naissance", "Montpellier (34)")),
           (("Prénom(s)", "Sébastien Antoine"), ("Adresse", "78 rue du Général Leclerc, Poitiers")),
           (("Date de naissance", "28/10/1981"), ("Téléphone", "06 12 34 56 78"))]
MOTHER = [(("Nom, prénom", "DURAND Christine"), ("Lien de parenté", "Mère")),
          (("Date de naissance", "26/12/1957"), ("Téléphone", "05 60 19 71 16"))]
MOTHER_ROW = "P02,DURAND,,Christine Élisabeth,1957-12-26,F,,\n"


def grid_form() -> bytes:
    """An A4 request form at 300 dpi: the patient's identity in a two-column grid, then the trusted person's."""
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
    out = io.BytesIO()
    page.save(out, "PNG", dpi=(300, 300))
    return out.getvalue()


def test_a_grid_form_is_filed_to_its_patient(tmp_path):
    rows = "P01,DURAND,,Sébastien Antoine,1981-10-28,M,,\n" + MOTHER_ROW
    record = ingest_drawn_page(tmp_path, rows, "demande.png", grid_form())
    assert record["status"] == "filed", record.get("reason")
    assert record["patient"] == "P01"


def test_a_grid_form_of_an_unregistered_patient_is_not_filed_to_the_mother(tmp_path):
    rows = "P03,DURAND,,Sébastien,1981-10-29,M,,\n" + MOTHER_ROW
    record = ingest_drawn_page(tmp_path, rows, "demande.png", grid_form())
    assert record["status"] == "review"
    assert record["patient"] is None
