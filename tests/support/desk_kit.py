"""Shared by the desk's route tests, browser tests and benchmark: a home with a small registry (hostile names
included) and documents filed or sent to review by the real pipeline (born-digital PDFs: no OCR, fast)."""
from __future__ import annotations

import io
from pathlib import Path

from argon2 import PasswordHasher
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docpipe import accounts
from docpipe.config import Home
from docpipe.extract import Extractor
from docpipe.ingest import Pipeline
from docpipe.registry import parse_registry_csv
from docpipe.store import Store

REGISTRY = """ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P001,DUPONT,,Jean Pierre,1957-03-12,M,,
P002,MARTIN,<script>alert(1)</script>,Claire,1948-07-04,F,,
P003,LEROY,,Sophie,1975-05-20,F,,
P004,LAMBERT {{7*7}},,Paul {{7*7}},1980-01-01,M,,
"""
PASSWORD = "mot-de-passe-de-test"
USERS = {"secretaire": "secretariat", "docteur": "medecin", "chef": "admin"}

LAB_DUPONT = ["LABORATOIRE DE BIOLOGIE MÉDICALE DES TILLEULS", "COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE",
              "Patient : DUPONT Jean Pierre", "Né le 12/03/1957", "Hémoglobine : 13,5 g/dL",
              "Leucocytes : 6,2 G/L", "Plaquettes : 250 G/L"]
# Names the patient but gives no birth date: waits for a person, DUPONT as candidate.
SCAN_DUPONT_NO_DATE = ["COMPTE RENDU D'IMAGERIE", "Radiographie du thorax de face", "Patient : DUPONT Jean Pierre",
                       "Indication : toux persistante", "Pas de foyer, pas d'épanchement."]
UNKNOWN = ["COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE", "Patient : BERNARD Luc", "Né le 02/02/1980",
           "Hémoglobine : 15,2 g/dL"]
MARTIN = ["COMPTE RENDU DE CONSULTATION", "Patiente : MARTIN Claire", "Née le 04/07/1948",
          "Vue ce jour pour suivi tensionnel.", "Examen clinique sans particularité."]


def cheap_password_hashing() -> None:
    """Tests only: argon2id with the smallest cost, so that logging in dozens of times stays quick on a
    loaded machine. The desk itself keeps the library's defaults (64 MiB, 3 passes)."""
    accounts.HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def pdf_bytes(pages: list[list[str]]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number, lines in enumerate(pages, start=1):
        y = 780
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 18
        pdf.drawString(500, 40, f"page {number}/{len(pages)}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scanned_pdf(*pages: list[str]) -> bytes:
    """Pages drawn at 300 dpi, black and white, no text layer: only OCR reads them (a scanner's PDF)."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 46)
    images = []
    for lines in pages:
        page = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(page)
        for row, line in enumerate(lines):
            draw.text((200, 250 + row * 90), line, font=font, fill=0)
        images.append(page.convert("1"))
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=300, save_all=True, append_images=images[1:])
    return out.getvalue()


def three_pages(lines: list[str]) -> list[list[str]]:
    return [lines, ["Suite du compte rendu.", "Détail des résultats, page deux."],
            ["Conclusion : examen normal.", "Dr Exemple"]]


def make_home(root: Path, documents: dict[str, bytes] | None = None) -> Home:
    """A home with the registry, three accounts (PASSWORD) and `documents` ingested by the real pipeline."""
    home = Home(root)
    home.init()
    store = Store(home.database)
    try:
        store.upsert_patients(parse_registry_csv(REGISTRY))
        for name, role in USERS.items():
            accounts.add_user(store, name, role, PASSWORD)
        if documents:
            ingest(home, store, documents)
    finally:
        store.close()
    return home


def standard_documents() -> dict[str, bytes]:
    return {"bio-dupont.pdf": pdf_bytes([LAB_DUPONT]),
            "scan-sans-date.pdf": pdf_bytes(three_pages(SCAN_DUPONT_NO_DATE)),
            "inconnu.pdf": pdf_bytes([UNKNOWN]),
            "consultation-martin.pdf": pdf_bytes([MARTIN])}


def ingest(home: Home, store: Store, documents: dict[str, bytes]) -> None:
    paths = []
    for name, data in documents.items():
        path = home.inbox / name
        path.write_bytes(data)
        paths.append(path)
    settings = home.load_settings()
    with Extractor(settings, home.scratch) as extractor:
        Pipeline(home, settings, store, extractor).ingest(paths)


def secretary_at_the_desk(home: Home):
    """The desk's test client, logged in as the secretary, and every document of the home."""
    from docpipe.desk import create_app

    app = create_app(home)
    app.config["TESTING"] = True
    client = app.test_client()
    page = client.get("/connexion").get_data(as_text=True)
    token = page.split('name="csrf" value="')[1].split('"')[0]
    assert client.post("/connexion", data={"csrf": token, "identifiant": "secretaire",
                                           "mot_de_passe": PASSWORD}).status_code == 302
    store = Store(home.database)
    try:
        return client, store.select_documents("1")
    finally:
        store.close()
