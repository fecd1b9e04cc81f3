"""Train the learned second opinion on the document type and write it as plain data (docpipe/classify_model.json).

    .venv/bin/python -m pip install -e '.[train]'   # scikit-learn: a dev-only extra, never a runtime dependency
    .venv/bin/python devtools/train_case_model.py   # as shipped (session 57)

Sessions 16 to 56 shipped a model trained on 308 real texts, some read from local copies outside the repository
(--local-texts) that are gone; from session 57 on it is trained on what the repository holds: the real rows whose text
it keeps, the open written corpus (benchmarks/written_types, written_types_eval.TRAINING_SPLITS: every type, 972 texts)
and the synthetic corpus.

Trained on the manifest's open rows (every split but the sealed ones, classify_eval.SEALED_SPLITS, and but the
PAMJ-family rows: both are measures, never trained on) whose text can be read — in the repository or in a local copy
(`--local-texts`) — plus the open written corpus and the synthetic corpus (seeds 1–6, each text weighing 0.03 of a
real one). TF-IDF over words and word pairs of classify's normalised first pages (a term in two texts at least), a
logistic regression with balanced class weights; then the terms that hold a person's name (person_name_words: a
public sample document's author or patient is no evidence of a type) or a number (holds_a_number) are dropped, only
the KEEP terms that weigh most for some type are kept, and the model is fitted again on exactly those, so that what
is shipped is what was fitted. Coefficients and idf are rounded before the training-time probabilities of a few check
texts are computed: docpipe.classify_model must find them again.
Deterministic: same rows, same file.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from docpipe.classify import _first_pages, normalize  # noqa: E402
from devtools.synth import names as synthetic_names  # noqa: E402

SYNTHETIC_WEIGHT = 0.03  # a synthetic text is a template's: many of them must not outweigh a real one
C = 4.0
KEEP = 10000
DECIMALS = 4
CHECK_TEXTS = (
    "Je revois ce jour en consultation Mme D., 54 ans, pour des douleurs du genou. L'examen retrouve un épanchement.",
    "Le patient a été hospitalisé du 3 au 9 mars pour une pneumopathie, traitée par amoxicilline. Sortie à J6.",
    "La réunion du bureau aura lieu mardi. Les horaires d'ouverture du secrétariat changent en janvier.",
    "Cher confrère, je vous remercie de recevoir ma patiente pour avis. Bien confraternellement.",
)


# A person is named after a civility or a title: « Mme Marie Desombre », « Dr Stephen Strange », « M. P. Bretonneau ».
_NAMED_AFTER_A_TITLE = re.compile(
    r"(?<![^\W\d_])(?:M|Mr|Mme|Mmes|Mlle|Melle|Dr|Drs|Pr|Docteur|Professeur|Monsieur|Madame|Mademoiselle)\.?[ \t]+"
    r"((?:[A-ZÀ-Ý][^\W\d_]*\.?(?:[-'][A-ZÀ-Ý][^\W\d_]*)*[ \t]*){1,3})")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Two to four capitalised words in a row (« Pierre-Marie.DESOMBRE », « André Marie Constant Duméril »): with a given
# name among them, a person's name.
_CAPITALISED_RUN = re.compile(r"(?<![^\W\d_])[A-ZÀ-Ý][^\W\d_]+(?:[ .\-]+[A-ZÀ-Ý][^\W\d_]+){1,3}(?![^\W\d_])")
# Civilities and titles name no one themselves.
_TITLES = frozenset({"m", "mr", "mme", "mmes", "mlle", "melle", "dr", "drs", "pr", "docteur", "professeur", "monsieur",
                     "madame", "mademoiselle"})


def person_name_words(texts: list[str]) -> frozenset[str]:
    """The normalised words that name a person in `texts` — a capitalised word read after a civility or a title or
    beside a given name, a given name or surname of the synthetic corpus's pools — but civilities and the words the
    texts also write in lower case (« pierre », « blanc », « marie » for « marié »): a common word. A model's term
    holding a person's name learnt who wrote or was cared for in a training text, not what such a document is."""
    given = {normalize(word) for name in (*synthetic_names.MALE_FIRST_NAMES[0], *synthetic_names.FEMALE_FIRST_NAMES[0])
             for word in _WORD.findall(name)}
    named = {normalize(word) for text in texts for match in _NAMED_AFTER_A_TITLE.finditer(text)
             for word in _WORD.findall(match.group(1))}
    named |= given | {normalize(word) for name in (*synthetic_names.COMMON_SURNAMES, *synthetic_names.RARE_SURNAMES)
                      for word in _WORD.findall(name)}
    for text in texts:
        for run in _CAPITALISED_RUN.finditer(text):
            words = [normalize(word) for word in _WORD.findall(run.group())]
            named |= set(words) if given.intersection(words) else set()
    written_lower = {normalize(word) for text in texts for word in _WORD.findall(text) if word[0].islower()}
    return frozenset(named - written_lower - _TITLES)


def names_a_person(term: str, name_words: frozenset[str]) -> bool:
    return any(word in name_words for word in term.split())


def holds_a_number(term: str) -> bool:
    """A date, a year, a dose or a phone number is no evidence of a type: its weight would drift with the calendar."""
    return any(character.isdigit() for character in term)


def prepared(text: str) -> str:
    """The text as the model reads it (the same as docpipe.classify_model's callers pass it)."""
    return normalize(_first_pages(text))


def fit(texts: list[str], labels: list[str], weights: list[float], c: float = C, keep: int | None = KEEP):
    """(vectorizer, regression) fitted on the prepared texts, then again on the terms kept: none holding a person's
    name, the `keep` heaviest (all with None)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    prepared_texts = [prepared(text) for text in texts]

    def fitted(vocabulary=None):
        vectorizer = TfidfVectorizer(lowercase=False, ngram_range=(1, 2), min_df=1 if vocabulary else 2,
                                     sublinear_tf=True, vocabulary=vocabulary)
        features = vectorizer.fit_transform(prepared_texts)
        regression = LogisticRegression(max_iter=3000, C=c, class_weight="balanced")
        regression.fit(features, labels, sample_weight=weights)
        return vectorizer, regression

    vectorizer, regression = fitted()
    terms = vectorizer.get_feature_names_out()
    name_words = person_name_words(texts)
    heaviest_first = [index for index in abs(regression.coef_).max(axis=0).argsort()[::-1]
                      if not names_a_person(terms[index], name_words) and not holds_a_number(terms[index])]
    return fitted(sorted(terms[index] for index in heaviest_first[:keep]))


def rounded(vectorizer, regression):
    """The same model with idf and coefficients rounded as they are written."""
    vectorizer.idf_ = vectorizer.idf_.round(DECIMALS)
    regression.coef_ = regression.coef_.round(DECIMALS)
    regression.intercept_ = regression.intercept_.round(DECIMALS)
    return vectorizer, regression


def as_data(vectorizer, regression) -> dict:
    """The model as docpipe.classify_model.CaseModel.from_data reads it."""
    return {
        "terms": [str(term) for term in vectorizer.get_feature_names_out()],
        "idf": [float(value) for value in vectorizer.idf_],
        "types": [str(label) for label in regression.classes_],
        "coefficients": [[float(value) for value in row] for row in regression.coef_],
        "intercepts": [float(value) for value in regression.intercept_],
    }


def training_rows(local_texts: list[Path]) -> list:
    import classify_eval
    import classify_learned_eval

    classify_eval.local_text_dirs[:] = local_texts
    real = [row for row in classify_learned_eval.real_rows() if row.split not in classify_eval.SEALED_SPLITS]
    return real + classify_learned_eval.written_rows() + classify_learned_eval.synthetic_rows(120, [1, 2, 3, 4, 5, 6])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--local-texts", type=Path, nargs="*", default=[], metavar="DIR",
                        help="directories holding local copies (<id>.txt) of reference rows' texts")
    parser.add_argument("--out", type=Path, default=ROOT / "docpipe" / "classify_model.json")
    args = parser.parse_args()
    rows = training_rows(args.local_texts)
    vectorizer, regression = rounded(*fit([row.text for row in rows], [row.label for row in rows],
                                          [SYNTHETIC_WEIGHT if row.split == "synthetic" else 1.0 for row in rows]))
    checks = regression.predict_proba(vectorizer.transform([prepared(text) for text in CHECK_TEXTS]))
    real = [row for row in rows if row.split != "synthetic" and not row.split.startswith("written/")]
    written = [row for row in rows if row.split.startswith("written/")]
    data = {
        "about": "docpipe.classify_model: written by devtools/train_case_model.py, do not edit",
        "trained_on": {"real_rows": sorted(row.doc_id for row in real),
                       "written_rows": sorted(f"{row.split.removeprefix('written/')}:{row.doc_id}" for row in written),
                       "synthetic_texts": len(rows) - len(real) - len(written),
                       "synthetic_weight": SYNTHETIC_WEIGHT, "C": C, "kept_terms": KEEP},
        "checks": [{"text": text, "probabilities": [round(float(p), 12) for p in row]}
                   for text, row in zip(CHECK_TEXTS, checks)],
        **as_data(vectorizer, regression),
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(data['terms'])} termes, {len(real)} textes réels, {len(written)} textes écrits, "
          f"{data['trained_on']['synthetic_texts']} synthétiques")


if __name__ == "__main__":
    main()
