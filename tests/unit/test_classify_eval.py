"""The real-text benchmark lists misclassified documents only for the splits it is asked to (dev by default),
so that test splits are reported as counts and their documents are not read while rules are tuned."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import classify_eval  # noqa: E402
from docpipe.models import Classification, DocType  # noqa: E402


@pytest.fixture
def everything_is_other(monkeypatch):
    monkeypatch.setattr(classify_eval, "classify", lambda text, learned=True: Classification(doc_type=DocType.OTHER))


def _run(monkeypatch, capsys, *argv: str) -> str:
    monkeypatch.setattr(sys, "argv", ["classify_eval.py", "--seeds", *argv])
    classify_eval.main()
    return capsys.readouterr().out


def test_splits_are_read_from_the_manifest_dev_first():
    splits = classify_eval.real_splits()
    assert splits[0] == "dev"
    assert {"test", "test2"} <= set(splits)


def test_errors_named_without_a_split_are_listed_for_dev_only(monkeypatch, capsys, everything_is_other):
    out = _run(monkeypatch, capsys, "--errors")
    listed = [line for line in out.splitlines() if line.strip().startswith("✗")]
    dev_ids = {outcome.doc_id for outcome in classify_eval.real_outcomes("dev")
               if outcome.expected != "other" and not outcome.pamj}
    assert listed and {line.split()[1].rstrip(":") for line in listed} == dev_ids


def test_without_errors_no_document_is_listed(monkeypatch, capsys, everything_is_other):
    out = _run(monkeypatch, capsys)
    assert "real/test " in out or "real/test —" in out
    assert "✗" not in out


@pytest.fixture
def a_sealed_split(monkeypatch):
    """test5 may not be in the manifest yet: seal the last split of the manifest, whatever it is."""
    sealed = classify_eval.real_splits()[-1]
    monkeypatch.setattr(classify_eval, "SEALED_SPLITS", frozenset({sealed}))
    return sealed


def test_the_newest_split_is_sealed():
    assert "test5" in classify_eval.SEALED_SPLITS and "test4" not in classify_eval.SEALED_SPLITS


def test_a_sealed_split_is_not_even_counted_unless_named(monkeypatch, capsys, everything_is_other, a_sealed_split):
    out = _run(monkeypatch, capsys, "--errors", "dev", "test")
    assert f"real/{a_sealed_split} " not in out and "real/dev " in out
    assert a_sealed_split not in classify_eval.default_splits()


def test_a_sealed_split_named_is_counted_but_not_listed(monkeypatch, capsys, everything_is_other, a_sealed_split):
    out = _run(monkeypatch, capsys, "--splits", a_sealed_split, "--no-synthetic")
    assert f"real/{a_sealed_split} " in out and "real/dev " not in out and "synthetic" not in out
    assert "✗" not in out


def test_naming_a_sealed_split_for_errors_is_refused_without_unseal(monkeypatch, capsys, everything_is_other,
                                                                    a_sealed_split):
    with pytest.raises(SystemExit):
        _run(monkeypatch, capsys, "--splits", a_sealed_split, "--errors", a_sealed_split)
    assert "scell" in capsys.readouterr().err


def test_an_unknown_split_is_refused(monkeypatch, capsys, everything_is_other):
    with pytest.raises(SystemExit):
        _run(monkeypatch, capsys, "--splits", "tset9")
    assert "inconnu" in capsys.readouterr().err


def test_pamj_family_errors_are_counted_never_listed(monkeypatch, capsys, everything_is_other):
    out = _run(monkeypatch, capsys, "--splits", "dev", "--errors", "dev", "--no-synthetic")
    listed = {line.split()[1].rstrip(":") for line in out.splitlines() if line.strip().startswith("✗")}
    pamj = {row["id"] for row in classify_eval._manifest() if classify_eval.is_pamj_family(row)}
    assert listed and not listed & pamj
    assert "lignes PAMJ, non listées" in out


@pytest.mark.parametrize("row, pamj", [
    ({"id": "pamj_2018_31_242_x", "source": "http://www.panafrican-med-journal.com/x", "licence": ""}, True),
    ({"id": "pamj_doaj_x", "source": "https://doaj.org/article/x", "licence": "CC BY 4.0 (Pan African Medical Journal)"},
     True),
    ({"id": "remim_2236_x", "source": "https://revues.ml/x", "licence": "CC BY-NC-ND 4.0"}, False),
    ({"id": "medkit_doc2", "source": "TeamHeka/medkit", "licence": "MIT"}, False),
])
def test_pamj_family_rows_are_told_from_the_others(row, pamj):
    assert classify_eval.is_pamj_family(row) is pamj


def test_pamj_apart_reports_each_split_in_two_blocks(monkeypatch, capsys, everything_is_other):
    out = _run(monkeypatch, capsys, "--pamj-apart")
    assert "real/dev (hors PAMJ)" in out and "real/dev (PAMJ)" in out


def test_without_pamj_leaves_pamj_rows_out_even_of_the_counts(monkeypatch, capsys, everything_is_other):
    out = _run(monkeypatch, capsys, "--splits", "dev", "--without-pamj", "--no-synthetic")
    dev_rows = [row for row in classify_eval._manifest() if row["split"] == "dev"]
    others = sum(not classify_eval.is_pamj_family(row) for row in dev_rows)
    assert "real/dev (hors PAMJ) — " in out and f"/{others} (" in out and "(PAMJ)" not in out


def _a_reference_row() -> dict[str, str]:
    return classify_eval.text_absent_rows()[0]


def test_a_reference_row_is_measured_from_a_local_copy_outside_the_repository(monkeypatch, tmp_path):
    row = _a_reference_row()
    (tmp_path / f"{row['id']}.txt").write_text("Texte de la copie locale.", encoding="utf-8")
    monkeypatch.setattr(classify_eval, "local_text_dirs", [tmp_path])
    assert classify_eval.doc_path(row) == tmp_path / f"{row['id']}.txt"
    assert row["id"] in {kept["id"] for kept in classify_eval._manifest()}
    assert row["id"] not in {absent["id"] for absent in classify_eval.text_absent_rows()}


def test_without_a_local_copy_a_reference_row_stays_unmeasured(monkeypatch, tmp_path):
    row = _a_reference_row()
    monkeypatch.setattr(classify_eval, "local_text_dirs", [tmp_path])
    assert row["id"] not in {kept["id"] for kept in classify_eval._manifest()}
    assert classify_eval.doc_path(row) == classify_eval.REAL / "docs" / f"{row['id']}.txt"


def test_a_text_in_the_repository_is_read_there_even_with_a_local_copy(monkeypatch, tmp_path):
    row = next(row for row in classify_eval._manifest() if row["split"] == "dev")
    (tmp_path / f"{row['id']}.txt").write_text("autre texte", encoding="utf-8")
    monkeypatch.setattr(classify_eval, "local_text_dirs", [tmp_path])
    assert classify_eval.doc_path(row) == classify_eval.REAL / "docs" / f"{row['id']}.txt"


def test_session_9s_held_out_split_is_sealed_before_its_rows_arrive():
    assert {"test9", "test10"} <= classify_eval.SEALED_SPLITS
    assert "dev10" not in classify_eval.SEALED_SPLITS and "dev10" in classify_eval.default_splits()


def test_session_10s_held_out_split_is_sealed_and_its_development_split_is_not():
    assert "test11" in classify_eval.SEALED_SPLITS
    assert "dev11" not in classify_eval.SEALED_SPLITS


def test_session_11s_held_out_split_is_released_for_tuning_from_session_13():
    assert "test12" not in classify_eval.SEALED_SPLITS
    assert "test12" in classify_eval.default_splits()
    assert "dev12" not in classify_eval.SEALED_SPLITS


def test_session_12s_held_out_split_is_sealed_before_its_rows_arrive():
    assert "test13" in classify_eval.SEALED_SPLITS
    assert "test13" not in classify_eval.default_splits()


def test_session_13s_held_out_split_is_sealed_before_its_rows_arrive():
    assert "test14" in classify_eval.SEALED_SPLITS
    assert "test14" not in classify_eval.default_splits()


def test_session_15s_held_out_split_is_sealed_before_its_rows_arrive():
    assert "test15" in classify_eval.SEALED_SPLITS
    assert "test15" not in classify_eval.default_splits()
    assert "dev15" not in classify_eval.SEALED_SPLITS


@pytest.mark.parametrize(("flags", "learned"), [((), True), (("--rules-only",), False)])
def test_the_learned_second_opinion_is_measured_unless_the_rules_alone_are_asked_for(monkeypatch, capsys, flags,
                                                                                    learned):
    asked = set()

    def reading(text, learned=True):
        asked.add(learned)
        return Classification(doc_type=DocType.OTHER)

    monkeypatch.setattr(classify_eval, "classify", reading)
    monkeypatch.setattr(classify_eval, "use_learned_model", True)
    _run(monkeypatch, capsys, "--splits", "dev", "--no-synthetic", *flags)
    assert asked == {learned}
