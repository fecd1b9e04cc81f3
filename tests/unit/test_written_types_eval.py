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
    names = ("dev", "test", "held", "held2")
    splits = {split: {row["id"] for row in written_types_eval.rows_of(split, False)} for split in names}
    assert [len(splits[s]) for s in names] == [98, 50, 60, 60]
    assert sum(len(ids) for ids in splits.values()) == len(set().union(*splits.values()))


def test_every_label_is_a_docpipe_type_and_every_text_is_there():
    for split in ("dev", "test", "held", "held2"):
        for row in written_types_eval.rows_of(split, False):
            assert DocType(row["label"].strip())
            assert row["text"].strip()


@pytest.mark.parametrize("split", ["test", "held", "held2"])
def test_a_sealed_splits_mistakes_need_unseal(monkeypatch, split):
    monkeypatch.setattr(sys, "argv", ["written_types_eval.py", "--split", split, "--errors"])
    with pytest.raises(SystemExit):
        written_types_eval.main()
