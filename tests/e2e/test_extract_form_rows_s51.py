"""A typed form drawn as a PDF (a row of captions, the row of values under it, one cell empty): the text layer as
docpipe extracts it joins each caption to the value under it (`Nom d'usage :` left empty), where pypdf's plain text
gives the cells one per line; a form without such rows keeps pypdf's plain text."""
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as report_canvas

from docpipe.config import Settings
from docpipe.extract import Extractor, normalise_newlines

COLUMNS = [50, 200, 330, 440]


def form_pdf(path: Path, rows: list[list[str | None]]) -> Path:
    canvas = report_canvas.Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 10)
    y = 780
    for line in ["DEMANDE D'ADMISSION", "BÉNÉFICIAIRE DES SOINS"]:
        canvas.drawString(50, y, line)
        y -= 24
    for row in rows:
        for x, cell in zip(COLUMNS, row):
            if cell:
                canvas.drawString(x, y, cell)
        y -= 24
    canvas.drawString(50, y - 20, "Motif : une toux persistante depuis six semaines, sans fièvre ni amaigrissement.")
    canvas.save()
    return path


@pytest.fixture(scope="module")
def extractor():
    with Extractor(Settings()) as shared:
        yield shared


def test_a_forms_row_of_values_is_joined_to_its_captions(extractor, tmp_path):
    path = form_pdf(tmp_path / "form.pdf", [["Nom de naissance", "Nom d'usage", "Prénom", "Date de naissance"],
                                            ["DESET", None, "Christine", "13.11.2005"]])
    lines = extractor.extract(path).pages[0].text.split("\n")
    assert ["Nom de naissance : DESET", "Nom d'usage :", "Prénom : Christine", "Date de naissance : 13.11.2005"] \
        == [line for line in lines if " :" in line and not line.startswith("Motif")]


def test_a_form_whose_values_stand_beside_their_captions_keeps_the_plain_text(extractor, tmp_path):
    path = form_pdf(tmp_path / "inline.pdf", [["Nom de naissance :", "DESET", None, None],
                                              ["Prénom :", "Christine", None, None]])
    plain = normalise_newlines(PdfReader(str(path)).pages[0].extract_text())
    assert extractor.extract(path).pages[0].text == plain
