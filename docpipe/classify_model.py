"""A learned second opinion on the document type: TF-IDF over words and word pairs, then a logistic regression.
Pure Python inference of a model trained by devtools/train_case_model.py (scikit-learn, a dev-only extra) and
shipped as plain data (classify_model.json): its vocabulary, each term's idf, each type's coefficients and intercept.

The text is read as it was in training: classify's normalised first pages, cut into words of two characters or more
(scikit-learn's default token pattern), then every word and every pair of neighbouring words; a term's weight is
(1 + ln count) × idf, the document's vector is scaled to unit length, and each type's score is the dot product with
its coefficients plus its intercept; the probabilities are their softmax. Terms outside the vocabulary count for
nothing, not even in the length (the model was fitted on exactly this vocabulary).
"""
from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from .models import DocType

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's CountVectorizer token_pattern
MODEL_FILE = "classify_model.json"


@dataclass(frozen=True)
class ModelReading:
    """What the model read: each type's probability, and the terms of the text with their tf-idf weight."""

    probabilities: dict[DocType, float]
    weights: dict[int, float]  # term index → the term's weight in the unit-length vector

    @property
    def best(self) -> DocType:
        return max(self.probabilities, key=self.probabilities.__getitem__)

    @property
    def known_terms(self) -> int:
        """How many of the text's distinct terms (words and pairs of words) the model knows."""
        return len(self.weights)


@dataclass(frozen=True)
class CaseModel:
    terms: tuple[str, ...]
    vocabulary: dict[str, int]  # term → its index in terms
    idf: tuple[float, ...]
    types: tuple[DocType, ...]
    coefficients: tuple[tuple[float, ...], ...]  # one row per type, one column per term
    intercepts: tuple[float, ...]

    @classmethod
    def from_data(cls, data: dict) -> CaseModel:
        return cls(terms=tuple(data["terms"]), vocabulary={term: index for index, term in enumerate(data["terms"])},
                   idf=tuple(data["idf"]), types=tuple(DocType(value) for value in data["types"]),
                   coefficients=tuple(tuple(row) for row in data["coefficients"]),
                   intercepts=tuple(data["intercepts"]))

    def read(self, normalized_text: str) -> ModelReading:
        weights = self._unit_vector(normalized_text)
        logits = [intercept + sum(row[index] * weight for index, weight in weights.items())
                  for row, intercept in zip(self.coefficients, self.intercepts)]
        return ModelReading(dict(zip(self.types, softmax(logits))), weights)

    def weighed_most(self, reading: ModelReading, for_type: DocType, against: DocType, count: int) -> list[str]:
        """The terms of the text that pushed most towards `for_type` rather than `against`, heaviest first."""
        row_for = self.coefficients[self.types.index(for_type)]
        row_against = self.coefficients[self.types.index(against)] if against in self.types else [0.0] * len(row_for)
        pushes = {index: weight * (row_for[index] - row_against[index]) for index, weight in reading.weights.items()}
        heaviest = sorted((index for index, push in pushes.items() if push > 0), key=lambda index: -pushes[index])
        return [self.terms[index] for index in heaviest[:count]]

    def _unit_vector(self, normalized_text: str) -> dict[int, float]:
        counts = Counter(index for term in terms_of(normalized_text)
                         if (index := self.vocabulary.get(term)) is not None)
        weights = {index: (1.0 + math.log(count)) * self.idf[index] for index, count in counts.items()}
        length = math.sqrt(sum(weight * weight for weight in weights.values()))
        return {index: weight / length for index, weight in weights.items()} if length else {}


def words_of(normalized_text: str) -> list[str]:
    """The words of two characters or more, as scikit-learn's default token pattern cuts them."""
    return _TOKEN.findall(normalized_text)


def terms_of(normalized_text: str) -> list[str]:
    """Every word, then every pair of neighbouring words, as scikit-learn's word 1–2-grams cut them."""
    words = words_of(normalized_text)
    return words + [f"{first} {second}" for first, second in zip(words, words[1:])]


def softmax(logits: list[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(logit - top) for logit in logits]
    total = sum(exps)
    return [value / total for value in exps]


@functools.cache
def shipped_model() -> CaseModel:
    """The model shipped with docpipe (read once)."""
    return CaseModel.from_data(json.loads(resources.files("docpipe").joinpath(MODEL_FILE).read_text("utf-8")))
