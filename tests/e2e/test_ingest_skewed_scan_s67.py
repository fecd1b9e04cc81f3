"""The identity grid of tests/e2e/test_ingest_grid_form_s31.py fed askew into the scanner, through the real `docpipe
ingest` and real Tesseract. Tilted by a degree or two, its rows of captions and values no longer lay level: the base
paired the trusted person's birth date with the patient (0.8°) or saw mother and son as namesakes (-1.2°, 1.8°). The
page is levelled before it is read; an unregistered patient's tilted form still goes to review, not to his mother."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from grid_form_kit import MOTHER_ROW, grid_form
from inbox_kit import ingest_drawn_page


@pytest.mark.parametrize("tilt", [0.8, -1.2, 1.8])
def test_a_tilted_grid_form_is_filed_to_its_patient(tmp_path, tilt):
    rows = "P01,DURAND,,Sébastien Antoine,1981-10-28,M,,\n" + MOTHER_ROW
    record = ingest_drawn_page(tmp_path, rows, "demande.png", grid_form(tilt))
    assert record["status"] == "filed", record.get("reason")
    assert record["patient"] == "P01"


def test_a_grid_form_fed_sideways_and_askew_is_turned_levelled_and_filed(tmp_path):
    """Its lines lay across when the page was first read: they are levelled once it is turned upright."""
    sideways = Image.open(io.BytesIO(grid_form(-1.8))).rotate(90, expand=True)
    scan = io.BytesIO()
    sideways.save(scan, "PNG", dpi=(300, 300))
    rows = "P01,DURAND,,Sébastien Antoine,1981-10-28,M,,\n" + MOTHER_ROW
    record = ingest_drawn_page(tmp_path, rows, "demande.png", scan.getvalue())
    assert record["status"] == "filed", record.get("reason")
    assert record["patient"] == "P01"


def test_a_tilted_grid_form_of_an_unregistered_patient_is_not_filed_to_the_mother(tmp_path):
    rows = "P03,DURAND,,Sébastien,1981-10-29,M,,\n" + MOTHER_ROW
    record = ingest_drawn_page(tmp_path, rows, "demande.png", grid_form(-1.2))
    assert record["status"] == "review"
    assert record["patient"] is None
