"""Repaired PDFs through the real `docpipe ingest`: read forgivingly, they are filed when their identity
is conclusive, stored byte for byte as received; a PDF missing a declared page goes to review."""
from __future__ import annotations

import hashlib
import json

import pytest
from stdnum.fr import nir

from inbox_kit import docpipe, practice_with_registry
from test_extract_forgiving import (bytes_before_header, missing_xref_keyword, pdf_bytes, truncated_tail,
                                    wrong_startxref)

INS = "1570375112048" + nir.calc_check_digits("1570375112048")
REGISTRY = f"""ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P01,DUPONT,,Jean Pierre,1957-03-12,M,{INS},Lyon
P02,MARTIN,,Paul,1950-01-01,M,,
"""
REPORT = [["LABORATOIRE DE BIOLOGIE MÉDICALE DES ALPES", "Patient : DUPONT Jean Pierre, né le 12/03/1957",
           f"INS : {INS}", "Hémoglobine : 14,1 g/dL"],
          ["Leucocytes : 6,2 G/L", "Plaquettes : 250 G/L", "Résultats validés par le biologiste"]]
DAMAGED = {"startxref.pdf": wrong_startxref, "sans_xref.pdf": missing_xref_keyword,
           "passerelle.pdf": bytes_before_header, "tronque.pdf": truncated_tail}



@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    practice_with_registry(home, REGISTRY)
    dropped = {name: damage(pdf_bytes(REPORT)) for name, damage in DAMAGED.items()}
    dropped["incomplet.pdf"] = wrong_startxref(pdf_bytes(REPORT)).replace(b"/Count 2", b"/Count 3")
    for name, data in dropped.items():
        (home / "inbox" / name).write_bytes(data)
    run = docpipe(home, "ingest", "--json")
    assert run.returncode == 0, run.stderr
    return home, dropped, {r["source"]: r for r in map(json.loads, run.stdout.splitlines())}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_repaired_pdf_is_filed_and_stored_as_received(ingested, name):
    home, dropped, records = ingested
    record = records[name]
    assert (record["status"], record["patient"]) == ("filed", "P01")
    stored = home / record["stored_path"]
    assert hashlib.sha256(stored.read_bytes()).digest() == hashlib.sha256(dropped[name]).digest()


def test_pdf_missing_a_declared_page_goes_to_review_saying_so(ingested):
    home, dropped, records = ingested
    record = records["incomplet.pdf"]
    assert record["status"] == "review" and record["patient"] is None
    assert record["reason"] == "PDF endommagé : 2 page(s) lue(s) sur 3 déclarée(s), les autres sont illisibles"
    assert (home / record["stored_path"]).read_bytes() == dropped["incomplet.pdf"]
