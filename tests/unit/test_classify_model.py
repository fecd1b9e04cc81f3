"""The learned model's pure-Python inference is the formula it was trained with (TF-IDF over words and word pairs,
sublinear counts, unit length, a logistic regression's softmax), and the shipped model finds again the
probabilities scikit-learn gave its check texts at training time."""
from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from docpipe.classify import _first_pages, normalize
from docpipe.classify_model import MODEL_FILE, CaseModel, shipped_model, softmax, terms_of
from docpipe.models import DocType

TINY = {
    "terms": ["ce jour", "consulte", "hospitalise"],
    "idf": [1.5, 2.0, 3.0],
    "types": ["consultation_report", "discharge_summary", "other"],
    "coefficients": [[2.0, 1.0, -1.0], [-1.0, 0.0, 4.0], [0.5, -0.5, 0.0]],
    "intercepts": [0.1, -0.2, 0.3],
}


def test_words_of_two_characters_or_more_then_neighbouring_pairs_are_the_terms():
    assert terms_of("l'examen a j6 ce jour") == ["examen", "j6", "ce", "jour", "examen j6", "j6 ce", "ce jour"]


def test_a_reading_is_the_softmax_of_the_unit_tfidf_vector_dotted_with_each_types_coefficients():
    model = CaseModel.from_data(TINY)
    reading = model.read("il consulte ce jour et revient ce jour")
    ce_jour, consulte = (1 + math.log(2)) * 1.5, 1.0 * 2.0  # sublinear count × idf; « hospitalise » absent
    length = math.hypot(ce_jour, consulte)
    x = [ce_jour / length, consulte / length, 0.0]
    logits = [intercept + sum(c * v for c, v in zip(row, x)) for row, intercept in zip(TINY["coefficients"],
                                                                                     TINY["intercepts"])]
    expected = [math.exp(logit) / sum(math.exp(other) for other in logits) for logit in logits]
    assert [reading.probabilities[DocType(t)] for t in TINY["types"]] == pytest.approx(expected, abs=1e-12)
    assert reading.best == DocType.CONSULTATION_REPORT


def test_a_text_of_no_known_term_is_read_from_the_intercepts_alone():
    reading = CaseModel.from_data(TINY).read("rien de connu ici")
    assert list(reading.probabilities.values()) == pytest.approx(softmax(TINY["intercepts"]))
    assert reading.best == DocType.OTHER


def test_the_words_that_weighed_most_are_those_pushing_towards_the_models_type_rather_than_the_rules():
    model = CaseModel.from_data(TINY)
    reading = model.read("hospitalise hospitalise puis consulte ce jour")
    # towards a stay rather than a consultation: « hospitalise » pushes (4 - -1), the others pull
    assert model.weighed_most(reading, DocType.DISCHARGE_SUMMARY, DocType.CONSULTATION_REPORT, 5) == ["hospitalise"]
    assert model.weighed_most(reading, DocType.CONSULTATION_REPORT, DocType.DISCHARGE_SUMMARY, 1) == ["ce jour"]


def test_the_shipped_model_finds_again_the_probabilities_its_training_gave_the_check_texts():
    data = json.loads(resources.files("docpipe").joinpath(MODEL_FILE).read_text("utf-8"))
    model = shipped_model()
    assert data["checks"]
    for check in data["checks"]:
        reading = model.read(normalize(_first_pages(check["text"])))
        assert [reading.probabilities[doc_type] for doc_type in model.types] == pytest.approx(
            check["probabilities"], abs=1e-9)


def test_the_shipped_model_is_whole_and_knows_every_type():
    model = shipped_model()
    assert set(model.types) == set(DocType)
    assert len(model.idf) == len(model.terms) == len(model.vocabulary)
    assert all(len(row) == len(model.terms) for row in model.coefficients)
    assert len(model.intercepts) == len(model.types) == len(model.coefficients)


def test_the_shipped_model_was_trained_on_no_sealed_split_and_no_pamj_row():
    import csv
    import sys
    from pathlib import Path

    benchmarks = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(benchmarks))
    import classify_eval

    with (benchmarks / "real_text" / "manifest.csv").open(encoding="utf-8") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    trained = json.loads(resources.files("docpipe").joinpath(MODEL_FILE).read_text("utf-8"))["trained_on"]
    assert trained["real_rows"]
    assert not {rows[doc_id]["split"] for doc_id in trained["real_rows"]} & classify_eval.SEALED_SPLITS
    assert not any(classify_eval.is_pamj_family(rows[doc_id]) for doc_id in trained["real_rows"])


def test_the_shipped_model_was_trained_on_no_sealed_written_split_nor_on_dev57():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import written_types_eval

    trained = json.loads(resources.files("docpipe").joinpath(MODEL_FILE).read_text("utf-8"))["trained_on"]
    splits = {entry.split(":")[0] for entry in trained["written_rows"]}
    assert splits == set(written_types_eval.TRAINING_SPLITS)
    assert not splits & (written_types_eval.SEALED | {"dev57"})
    dev = {entry.split(":")[1] for entry in trained["written_rows"] if entry.startswith("dev:")}
    assert all(int(doc_id[1:]) % 2 == 1 for doc_id in dev if doc_id[0] in "ab")  # a and b's even texts are `test`


def test_the_model_file_is_package_data_so_an_installed_docpipe_carries_it():
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    assert MODEL_FILE in pyproject["tool"]["setuptools"]["package-data"]["docpipe"]
