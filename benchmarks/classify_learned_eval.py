"""Would a learned model beat the rules? A bag-of-words logistic regression, compared on held-out real text.

    .venv/bin/python -m pip install scikit-learn   # not a docpipe dependency: this is an experiment
    .venv/bin/python benchmarks/classify_learned_eval.py

The model reads the same normalised text as the rules (docpipe.classify.normalize), as word 1–2-grams
weighted by TF-IDF, and is trained on the synthetic corpus (rendered as text) plus the real dev split.
It stays explainable: for each decision the n-grams that pushed it most are listed with `--explain`.
Both are scored on every real split but the training ones (`--train`, dev by default) and the sealed ones
(classify_eval.SEALED_SPLITS, scored only when named with `--splits`): counts per type only — `--explain` lists
per-document decisions, to judge the model's explanations, not to change a rule; it never lists a sealed split's
documents nor a PAMJ-family row's.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from classify_eval import (  # noqa: E402
    SEALED_SPLITS,
    Outcome,
    _manifest,
    _synth_module,
    default_splits,
    is_pamj_family,
    per_type,
    real_outcomes,
)

from docpipe.classify import normalize  # noqa: E402

REAL = ROOT / "benchmarks" / "real_text"


def _real_texts(split: str, pamj: bool | None = None) -> list[tuple[str, str, str]]:
    rows = [row for row in _manifest() if row["split"] == split and pamj in (None, is_pamj_family(row))]
    return [(row["id"], (REAL / "docs" / f"{row['id']}.txt").read_text(encoding="utf-8"), row["label"]) for row in rows]


def _synthetic_texts(n_docs: int, seeds: list[int]) -> list[tuple[str, str, str]]:
    synth = _synth_module()
    texts = []
    for seed in seeds:
        patients = synth.make_registry(60, seed)
        for spec in synth.plan_corpus(patients, n_docs, seed):
            if not spec.corrupt_kind:
                text = synth.rendering.render_txt(synth.build_sheet(spec, patients), None)
                texts.append((f"{seed}/{spec.file_name}", text, spec.doc_type.value))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explain", action="store_true", help="show the n-grams behind each test decision")
    parser.add_argument("--train", nargs="*", default=["dev"], help="real splits to train on, besides the synthetic "
                        "corpus (their PAMJ-family rows are never trained on)")
    parser.add_argument("--splits", nargs="*", default=None, help="real splits to score (default: all but the "
                        "training and sealed ones)")
    args = parser.parse_args()
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("scikit-learn n'est pas installé : .venv/bin/python -m pip install scikit-learn")

    train = _synthetic_texts(120, [1, 2, 3, 4, 5, 6])
    for split in args.train:
        train += _real_texts(split, pamj=False)
    vectorizer = TfidfVectorizer(preprocessor=normalize, ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    features = vectorizer.fit_transform([text for _, text, _ in train])
    model = LogisticRegression(max_iter=2000, C=4.0, class_weight="balanced")
    model.fit(features, [label for _, _, label in train])

    splits = [split for split in default_splits() if split not in args.train] if args.splits is None else args.splits
    for split in splits:
        for pamj, part in ((False, "hors PAMJ"), (True, "PAMJ")):
            held_out = _real_texts(split, pamj)
            if not held_out:
                continue
            held_out_features = vectorizer.transform([text for _, text, _ in held_out])
            predicted = model.predict(held_out_features)
            learned = [Outcome(doc_id, label, got, ()) for (doc_id, _, label), got in zip(held_out, predicted)]
            trained_on = "+".join(["synthetic", *args.train])
            for name, outcomes in (("rules", real_outcomes(split, pamj)), (f"learned ({trained_on})", learned)):
                _print_counts(f"real/{split} ({part}), {name}", outcomes)
            if args.explain and split not in SEALED_SPLITS and not pamj:
                _explain(vectorizer, model, held_out, predicted, held_out_features)


def _print_counts(title: str, outcomes: list[Outcome]) -> None:
    counts = per_type(outcomes)
    right = sum(r for r, _ in counts.values())
    total = sum(n for _, n in counts.values())
    print(f"\n{title} — {right}/{total} ({100 * right / total:.0f} %)")
    for doc_type, (r, n) in counts.items():
        print(f"  {doc_type:<20} {r:>3}/{n:<3} {100 * r / n:5.0f} %")


def _explain(vectorizer, model, held_out, predicted, features) -> None:
    names = vectorizer.get_feature_names_out()
    classes = list(model.classes_)
    for (doc_id, _, label), got, row in zip(held_out, predicted, features):
        weights = row.multiply(model.coef_[classes.index(got)]).toarray()[0]
        top = [names[i] for i in weights.argsort()[::-1][:5] if weights[i] > 0]
        print(f"  {'✓' if got == label else '✗'} {doc_id}: {got} ← {', '.join(top)}")


if __name__ == "__main__":
    main()
