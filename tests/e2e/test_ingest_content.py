"""Content by bytes into the archive: a file whose content is not what its name says is stored with its
real extension added (`x.pdf.html`), never under the misleading one; how it was read (extension, notes
such as « PDF réparé à la lecture ») is in the evidence and the sidecar."""
from __future__ import annotations

import json

import pytest

from docpipe.archive import extension_of
from test_extract_forgiving import pdf_bytes, wrong_startxref
from inbox_kit import docpipe, practice_with_registry

REGISTRY = """ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P01,DUPONT,,Jean Pierre,1957-03-12,M,,Lyon
"""
IDENTITY = "Patient : DUPONT Jean Pierre, né le 12/03/1957"
HTML = (f"<!DOCTYPE html><html><head><title>Résultats</title></head><body><h1>LABORATOIRE DES ALPES</h1>"
        f"<p>{IDENTITY}</p><p>Hémoglobine : 14,1 g/dL (13,0 - 17,0)</p>"
        f"<p>Créatinine : 78 µmol/L</p></body></html>").encode("utf-8")


@pytest.mark.parametrize("name, media, content, stored", [
    ("resultats.pdf", "html", "html", "pdf.html"),  # the name lies: both are kept, the content last
    ("scan.jpeg", "image", "jpg", "jpeg"),  # two spellings of one format
    ("scan.TIFF", "image", "tif", "tiff"),
    ("compte-rendu.pdf", "pdf", "pdf", "pdf"),
    ("notes.csv", "txt", "txt", "csv"),  # text under a name that promises no format
    ("lettre.docx", "txt", "txt", "docx.txt"),
    ("sans-extension", "pdf", "pdf", "pdf"),
    ("photo.jpg", "pdf", "pdf", "jpg.pdf"),
    ("ancien.bin", None, "", "bin"),  # nothing known of the content: the name as before
    ("vide", None, "", "bin"),
])
def test_the_stored_extension_never_lies_about_the_content(name, media, content, stored):
    assert extension_of(name, media, content) == stored



@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    practice_with_registry(home, REGISTRY)
    (home / "inbox" / "resultats.pdf").write_bytes(HTML)
    (home / "inbox" / "repare.pdf").write_bytes(wrong_startxref(pdf_bytes([[
        "LABORATOIRE DES ALPES", IDENTITY, "Hémoglobine : 14,1 g/dL"]])))
    run = docpipe(home, "ingest", "--json")
    assert run.returncode in (0, 1), run.stderr
    return home, {r["source"]: r for r in map(json.loads, run.stdout.splitlines())}


def test_html_named_pdf_is_filed_but_never_under_a_pdf_extension(ingested):
    home, records = ingested
    record = records["resultats.pdf"]
    assert (record["status"], record["patient"]) == ("filed", "P01")
    stored = home / record["stored_path"]
    assert stored.name.endswith(".pdf.html") and stored.read_bytes() == HTML
    assert not any(p.suffix == ".pdf" for p in (home / "archive").rglob("*") if p.is_file() and p.read_bytes() == HTML)
    extraction = record["evidence"]["extraction"]
    assert extraction["extension"] == "html"
    assert extraction["notes"] == ["contenu HTML sous un nom en .pdf"]


def test_the_sidecar_says_how_the_file_was_read(ingested):
    home, records = ingested
    record = records["repare.pdf"]
    assert (record["status"], record["patient"]) == ("filed", "P01")
    sidecar = json.loads((home / (record["stored_path"] + ".json")).read_text(encoding="utf-8"))
    extraction = sidecar["evidence"]["extraction"]
    assert extraction["extension"] == "pdf" and record["stored_path"].endswith(".pdf")
    assert extraction["notes"] and extraction["notes"][0].startswith("PDF réparé à la lecture")


def test_the_watcher_logs_each_documents_timings_in_debug_without_its_name(tmp_path):
    home = practice_with_registry(tmp_path / "home", REGISTRY)
    (home / "inbox" / "Résultats DUPONT.html").write_bytes(HTML)
    done = docpipe(home, "--verbose", "watch", "--stable", "0.1", "--exit-when-idle", timeout=120)
    assert done.returncode == 0, done.stderr
    timings = [line for line in done.stderr.splitlines() if "décidé et classé en" in line]
    assert len(timings) == 1 and "sha=" in timings[0] and "DUPONT" not in timings[0]


def test_a_lying_name_keeps_both_extensions_when_assigned_and_retyped_from_review(tmp_path):
    home = practice_with_registry(tmp_path / "home", REGISTRY)
    (home / "inbox" / "resultats.pdf").write_bytes(HTML.replace(IDENTITY.encode(), b"Patient : (illisible)"))
    run = docpipe(home, "ingest", "--json")
    record = json.loads(run.stdout)
    assert record["status"] == "review" and record["stored_path"].endswith(".pdf.html")

    assigned = docpipe(home, "review", "assign", str(record["id"]), "P01", "--json")
    assert assigned.returncode == 0, assigned.stderr
    filed = json.loads(assigned.stdout)["stored_path"]
    assert filed.endswith(".pdf.html") and (home / filed).read_bytes() == HTML.replace(
        IDENTITY.encode(), b"Patient : (illisible)")

    retyped = docpipe(home, "review", "retype", str(record["id"]), "courrier", "--json")
    assert retyped.returncode == 0, retyped.stderr
    assert json.loads(retyped.stdout)["stored_path"].endswith(".pdf.html")
