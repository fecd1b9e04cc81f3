"""The cross-validation of a learned model never opens the coordinator's held-out splits nor a PAMJ-family row, and
the hybrid hands the rules' structural decisions (a title, a decisive group's reason) to the rules."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import classify_eval  # noqa: E402
import classify_learned_eval  # noqa: E402


def test_no_sealed_split_is_ever_read_not_even_as_a_fold():
    assert classify_learned_eval.NEVER_READ == classify_eval.SEALED_SPLITS
    assert {"test5", "test9", "test10", "test11", "test13", "test14", "test15"} <= classify_learned_eval.NEVER_READ


def test_the_released_split_test12_is_a_fold_like_the_others():
    assert "test12" not in classify_learned_eval.NEVER_READ


def test_rows_of_never_read_splits_and_pamj_rows_are_left_out_before_their_text_is_opened(monkeypatch):
    manifest = [
        {"id": "kept", "split": "dev", "label": "other", "source": "https://example.org/a", "licence": "CC BY"},
        {"id": "held", "split": "test13", "label": "other", "source": "https://example.org/b", "licence": "CC BY"},
        {"id": "pamj_x", "split": "dev", "label": "other", "source": "https://www.panafrican-med-journal.com/x",
         "licence": "CC BY"},
    ]
    opened = []

    class Text:
        def __init__(self, row):
            self.row = row

        def read_text(self, encoding):
            opened.append(self.row["id"])
            return "Texte."

    monkeypatch.setattr(classify_learned_eval.classify_eval, "_manifest", lambda: manifest)
    monkeypatch.setattr(classify_learned_eval, "doc_path", Text)
    assert [row.doc_id for row in classify_learned_eval.real_rows()] == ["kept"]
    assert opened == ["kept"]


def test_a_titled_document_is_a_structural_decision_of_the_rules():
    row = classify_learned_eval.Row("a", "dev", "operative_report",
                                    "COMPTE RENDU OPÉRATOIRE\n\nIntervention : cholécystectomie sous cœlioscopie.\n")
    assert classify_learned_eval.rules_reading(row) == ("operative_report", True)


def test_a_vote_without_title_or_reason_is_left_to_the_model():
    row = classify_learned_eval.Row("b", "dev", "other", "Bonjour,\nLa réunion aura lieu mardi.\n")
    got, structural = classify_learned_eval.rules_reading(row)
    assert not structural


def test_the_shipped_reader_is_never_trained_on_a_sealed_split(monkeypatch):
    from devtools import train_case_model as training

    fitted_on = []
    monkeypatch.setattr(training, "fit", lambda texts, labels, weights: fitted_on.extend(texts) or ("v", "r"))
    monkeypatch.setattr(training, "rounded", lambda vectorizer, regression: (vectorizer, regression))
    monkeypatch.setattr(training, "as_data", lambda vectorizer, regression: {
        "terms": ["rien"], "idf": [1.0], "types": ["other"], "coefficients": [[0.0]], "intercepts": [0.0]})
    train = [classify_learned_eval.Row("open", "dev12", "other", "Texte ouvert."),
             classify_learned_eval.Row("sealed", "test11", "other", "Texte scellé."),
             classify_learned_eval.Row("s", "synthetic", "other", "Texte synthétique.")]
    held_out = [classify_learned_eval.Row("h", "test12", "other", "Bonjour,\nLa réunion aura lieu mardi.\n")]
    assert classify_learned_eval.shipped_decisions(train, held_out) == ["other"]
    assert fitted_on == ["Texte ouvert.", "Texte synthétique."]
