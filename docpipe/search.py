"""Full-text search over the extracted text (SQLite FTS5, accents and case ignored by the tokenizer).

What a person types is never handed to FTS5 as syntax: each word becomes a quoted phrase, so `"`, `*`,
`NEAR`, `OR` or a parenthesis in a query are searched as text and never make the query fail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import DocpipeError, ExitCode
from .store import Store

OPEN_MARK, CLOSE_MARK = "\x02", "\x03"
WORD_RE = re.compile(r"[^\W_]", re.UNICODE)
# The tokenizer removes accents but does not split ligatures: `oedeme` must still find `œdème`.
LIGATURES = {"oe": "œ", "ae": "æ"}
MAX_VARIANTS = 8
RANK_WINDOW = 20_000
NARROWED_FR = (f"Très nombreux documents trouvés : seuls les {RANK_WINDOW:_} plus récents sont classés. "
               "Ajoutez un mot, --patient, --type ou --since pour préciser.").replace("_", "\u202f", 1)


class SearchError(DocpipeError):
    exit_code = ExitCode.ERROR


@dataclass(frozen=True)
class Hit:
    document_id: int
    patient_ipp: str | None
    doc_type: str
    status: str
    received_at: str
    source_name: str
    stored_path: str
    snippet: str  # matched words between OPEN_MARK and CLOSE_MARK
    score: float  # bm25: lower is better

    def snippet_marked(self, opening: str, closing: str) -> str:
        return self.snippet.replace(OPEN_MARK, opening).replace(CLOSE_MARK, closing)

    def as_dict(self) -> dict:
        return {"id": self.document_id, "patient": self.patient_ipp, "doc_type": self.doc_type,
                "status": self.status, "received_at": self.received_at, "source": self.source_name,
                "stored_path": self.stored_path, "snippet": self.snippet_marked("[", "]"),
                "score": round(self.score, 4)}


def quote(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def spellings(word: str) -> list[str]:
    """The word as typed plus its ligature forms (oe ↔ œ, ae ↔ æ), a few at most."""
    lowered = word.lower()
    forms = {lowered}
    for plain, ligature in LIGATURES.items():
        forms |= {f.replace(plain, ligature) for f in forms} | {f.replace(ligature, plain) for f in forms}
    return sorted(forms)[:MAX_VARIANTS]


def term_expression(chunk: str) -> str | None:
    """One whitespace-separated piece of the query as FTS5 syntax, or None when it holds no word."""
    prefix = chunk.endswith("*")
    chunk = chunk.rstrip("*")
    if not WORD_RE.search(chunk):
        return None
    star = " *" if prefix else ""
    alternatives = [quote(form) + star for form in spellings(chunk)]
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def fts_query(text: str) -> str:
    """All words must appear (AND); a trailing `*` asks for a prefix (`hémo*`)."""
    printable = "".join(c if c.isprintable() else " " for c in text)  # a NUL ends an SQLite string
    terms = [t for t in (term_expression(chunk) for chunk in printable.split()) if t]
    if not terms:
        raise SearchError("Recherche vide : saisissez au moins un mot.")
    return " AND ".join(terms)


@dataclass(frozen=True)
class Found:
    hits: list[Hit]
    narrowed: bool  # so many documents matched that only the most recent RANK_WINDOW were ranked


def search(store: Store, text: str, *, patient_ipp: str | None = None, doc_type: str | None = None,
           since: date | None = None, limit: int = 20) -> Found:
    match = fts_query(text)
    # Ranking costs about a microsecond per matching document: a word found in every document of a large
    # archive would take too long to rank. A filter already narrows what is ranked; otherwise the most
    # recent documents are kept, and the person told.
    filtered = bool(patient_ipp or doc_type or since)
    min_id = None if filtered else store.nth_latest_match(match, RANK_WINDOW)
    found = store.search_documents(match, patient_ipp=patient_ipp, doc_type=doc_type,
                                   since=since.isoformat() if since else None, min_id=min_id, limit=limit,
                                   marks=(OPEN_MARK, CLOSE_MARK))
    hits = [Hit(document.id, document.patient_ipp, document.doc_type, document.status, document.received_at,
                document.source_name, document.stored_path, " ".join(snippet.split()), score)
            for document, snippet, score in found]
    return Found(hits, narrowed=min_id is not None)
