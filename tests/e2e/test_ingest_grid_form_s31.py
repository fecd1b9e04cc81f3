"""An identity form laid out as a grid, each caption above its value and two fields side by side, through the real
`docpipe ingest` and real Tesseract: Tesseract reads each row across the columns (`Nom de naissance` / `Sexe` /
`DURAND  M`), and the page text joins each caption to the value under it. The patient is filed; when the patient
is not in the registry, the mother named in the trusted-person section beside is not taken for her."""
from __future__ import annotations

from grid_form_kit import MOTHER_ROW, grid_form
from inbox_kit import ingest_drawn_page


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
