"""The desk's review actions are in the CLI too (scriptable, `--json`): correct the type, and split a scan that
holds two patients' documents into page ranges, each part decided by the same rules — with the pages' typed flags, as
ingest decided the whole: DUPONT Jean Pierre has a namesake born one digit apart (P03), whom only an OCR misread could
confuse with him, and the file's text layer is typed."""
from __future__ import annotations

import json

from test_extract_forgiving import pdf_bytes
from inbox_kit import docpipe, practice_with_registry

REGISTRY = """ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P01,DUPONT,,Jean Pierre,1957-03-12,M,,Lyon
P02,MARCHAND,,Claire,1980-11-02,F,,Nantes
P03,DUPONT,,Jean Pierre,1957-08-12,M,,Lille
"""
PAGE_ONE = ["LABORATOIRE DES ALPES", "Patient : DUPONT Jean Pierre, né le 12/03/1957", "Hémoglobine : 14,1 g/dL"]
PAGE_TWO = ["LABORATOIRE DES ALPES", "Patiente : MARCHAND Claire, née le 02/11/1980", "Ferritine : 40 µg/L"]


def ingest_two_patient_scan(tmp_path) -> tuple:
    home = practice_with_registry(tmp_path / "home", REGISTRY)
    (home / "inbox" / "deux.pdf").write_bytes(pdf_bytes([PAGE_ONE, PAGE_TWO]))
    record = json.loads(docpipe(home, "ingest", "--json").stdout)
    assert record["status"] == "review"
    return home, record


def test_split_files_each_page_range_under_its_own_patient(tmp_path):
    home, record = ingest_two_patient_scan(tmp_path)
    split = docpipe(home, "review", "split", str(record["id"]), "1, 2", "--json")
    assert split.returncode == 0, split.stderr
    parts = [json.loads(line) for line in split.stdout.splitlines()]
    assert [(p["status"], p["patient"], p["pages"]) for p in parts] == [("filed", "P01", [1]), ("filed", "P02", [1])]
    assert all((home / p["stored_path"]).is_file() for p in parts)
    listed = docpipe(home, "review", "list", "--json").stdout
    assert str(record["id"]) not in [str(json.loads(line)["id"]) for line in listed.splitlines()]


def test_split_refuses_ranges_outside_the_document_in_french_and_changes_nothing(tmp_path):
    home, record = ingest_two_patient_scan(tmp_path)
    refused = docpipe(home, "review", "split", str(record["id"]), "1, 2-3")
    assert refused.returncode != 0 and "hors du document" in refused.stderr
    waiting = [json.loads(line) for line in docpipe(home, "review", "list", "--json").stdout.splitlines()]
    assert [d["id"] for d in waiting] == [record["id"]]
    assert "pas une plage" in docpipe(home, "review", "split", str(record["id"]), "un, deux").stderr


def test_retype_takes_the_french_label_and_renames_a_filed_document(tmp_path):
    home, record = ingest_two_patient_scan(tmp_path)
    parts = [json.loads(line) for line in
             docpipe(home, "review", "split", str(record["id"]), "1, 2", "--json").stdout.splitlines()]
    retyped = docpipe(home, "review", "retype", str(parts[0]["id"]), "courrier", "--json")
    assert retyped.returncode == 0, retyped.stderr
    moved = json.loads(retyped.stdout)
    assert moved["doc_type"] == "letter" and "_letter_" in moved["stored_path"]
    assert (home / moved["stored_path"]).is_file() and not (home / parts[0]["stored_path"]).exists()
    assert "type inconnu" in docpipe(home, "review", "retype", str(parts[0]["id"]), "recette").stderr


def test_show_proposes_the_cut_of_a_scan_whose_pages_each_name_their_patient(tmp_path):
    home, record = ingest_two_patient_scan(tmp_path)
    shown = json.loads(docpipe(home, "review", "show", str(record["id"]), "--json").stdout)
    assert shown["status"] == "review"  # proposed, not applied
    assert shown["split_proposal"] == [{"pages": [1, 1], "ipp": "P01", "cautions": []},
                                       {"pages": [2, 2], "ipp": "P02", "cautions": []}]
    text = docpipe(home, "review", "show", str(record["id"])).stdout
    assert "Découpage proposé" in text and f'docpipe review split {record["id"]} "1, 2"' in text
