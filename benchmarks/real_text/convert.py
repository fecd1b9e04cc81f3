"""Turn the stored sources in raw/ into the plain texts in docs/ that the evaluation reads.

Run from the repository root: `python benchmarks/real_text/convert.py`. Deterministic; the docs/ files are
committed, so the evaluation does not depend on this script, which only documents how they were made:

- template fields (`{{ … }}`, MedinTux macros, nested or not) become « … », as on a form left blank;
- template logic (`{% … %}`, `{# … #}`) is dropped;
- HTML becomes text: block elements and line breaks end a line, table cells are separated by spaces,
  entities are decoded;
- plain-text sources are copied as they are.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW, DOCS = HERE / "raw", HERE / "docs"

_INNERMOST_FIELD = re.compile(r"\{\{[^{}]*\}\}")
_TEMPLATE_LOGIC = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_LINE_BREAKING_TAG = re.compile(
    r"<\s*(?:br|/?p|/?div|/?h[1-6]|/?li|/?ul|/?ol|/?dl|/?dd|/?tr|/?table|/?dir)\b[^>]*>", re.IGNORECASE
)
_CELL_TAG = re.compile(r"<\s*/?t[dh]\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")
_MACRO_CONTINUATION = re.compile(r"\\(?=\n)")  # MedinTux macros end their lines with a backslash


def _blank_fields(text: str) -> str:
    while True:
        replaced = _INNERMOST_FIELD.sub("…", text)
        if replaced == text:
            return replaced
        text = replaced


def markup_to_text(markup: str) -> str:
    text = _TEMPLATE_LOGIC.sub("", markup)
    text = _blank_fields(text)
    text = text.replace("\n", " ")
    text = _LINE_BREAKING_TAG.sub("\n", text)
    text = _CELL_TAG.sub("  ", text)
    text = _ANY_TAG.sub("", text)
    text = _MACRO_CONTINUATION.sub("", html.unescape(text)).replace("\t", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def convert(source: Path) -> str:
    raw = source.read_text(encoding="utf-8")
    return raw if source.suffix == ".txt" else markup_to_text(raw)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for source in sorted(RAW.iterdir()):
        (DOCS / f"{source.stem}.txt").write_text(convert(source), encoding="utf-8")


if __name__ == "__main__":
    main()
