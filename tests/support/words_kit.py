"""Tesseract's word boxes built by hand, for the tests of the page text (ocr.page_text)."""
from __future__ import annotations

from docpipe import ocr


def piece(text: str, line: tuple[int, int, int], left: int, top: int, height: int = 32) -> list[ocr.Word]:
    """The words of `text` side by side from `left`, on one Tesseract line."""
    words, x = [], left
    for word in text.split():
        width = 18 * len(word)
        words.append(ocr.Word(word, 95, line[:2], line, x, width, height, top))
        x += width + 14
    return words
