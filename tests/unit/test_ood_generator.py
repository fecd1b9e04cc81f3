"""The out-of-distribution generator is deterministic per seed and writes what its manifest says."""
from __future__ import annotations

import csv
import hashlib
import json

from devtools.ood import make_corpus
from devtools.ood.people import make_registry


def digest(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_other_seed_other_documents(tmp_path):
    make_corpus(tmp_path / "a", docs=3, seed=7, patients=80)
    make_corpus(tmp_path / "b", docs=3, seed=7, patients=80)
    make_corpus(tmp_path / "c", docs=3, seed=8, patients=80)
    assert digest(tmp_path / "a" / "corpus") == digest(tmp_path / "b" / "corpus")
    assert (tmp_path / "a" / "registry.csv").read_bytes() == (tmp_path / "b" / "registry.csv").read_bytes()
    assert digest(tmp_path / "a" / "corpus") != digest(tmp_path / "c" / "corpus")


def test_manifest_names_existing_files_and_registry_patients(tmp_path):
    manifest = make_corpus(tmp_path, docs=4, seed=3, patients=80)
    with (tmp_path / "registry.csv").open(encoding="utf-8") as source:
        ipps = {row["IPP"] for row in csv.DictReader(source, delimiter=";")}
    assert len(ipps) == 80
    assert json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8")) == manifest
    for name, truth in manifest["documents"].items():
        assert (tmp_path / "corpus" / name).stat().st_size > 0
        assert truth["expected_patient"] is None or truth["expected_patient"] in ipps
        assert len(truth["text"]) == truth["features"]["pages"]


def test_registry_holds_homonyms_twins_and_close_dates():
    registry = make_registry(400, seed=1)
    for ipp_a, ipp_b in registry.groups["homonymes"]:
        a, b = registry.by_ipp(ipp_a), registry.by_ipp(ipp_b)
        assert (a.birth_name, a.first_names) == (b.birth_name, b.first_names) and a.birth_date != b.birth_date
    for ipp_a, ipp_b in registry.groups["jumeaux"]:
        a, b = registry.by_ipp(ipp_a), registry.by_ipp(ipp_b)
        assert (a.birth_name, a.birth_date) == (b.birth_name, b.birth_date)
    assert registry.groups["date_a_un_chiffre"] and registry.groups["homonyme_de_medecin"]
