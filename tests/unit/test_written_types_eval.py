"""The written corpus of session 37 keeps its three splits apart (dev, test, held), every label is a docpipe type, and
the sealed splits' mistakes are not listed unless asked with --unseal."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import written_types_eval  # noqa: E402
from docpipe.models import DocType  # noqa: E402


def test_the_three_splits_are_disjoint_and_whole():
    splits = {split: {row["id"] for row in written_types_eval.rows_of(split, False)} for split in ("dev", "test", "held")}
    assert [len(splits[s]) for s in ("dev", "test", "held")] == [98, 50, 60]
    assert not (splits["dev"] & splits["test"]) and not (splits["held"] & (splits["dev"] | splits["test"]))


def test_every_label_is_a_docpipe_type_and_every_text_is_there():
    for split in ("dev", "test", "held"):
        for row in written_types_eval.rows_of(split, False):
            assert DocType(row["label"].strip())
            assert row["text"].strip()


@pytest.mark.parametrize("split", ["test", "held"])
def test_a_sealed_splits_mistakes_need_unseal(monkeypatch, split):
    monkeypatch.setattr(sys, "argv", ["written_types_eval.py", "--split", split, "--errors"])
    with pytest.raises(SystemExit):
        written_types_eval.main()
