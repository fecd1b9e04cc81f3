"""An OCR engine that answers without Tesseract, for tests of which preparation a reading reports."""
from __future__ import annotations

from docpipe.ocr import OcrPool, Word


class Answering:
    """Reads one word on any page it is given."""

    name = "answering"

    def words(self, image, dpi, sparse=False, pixels=None):
        return [Word("DUPONT", 95.0, (1, 1), (1, 1, 1), 10, 60, 12, 10)]


def answering_pool() -> OcrPool:
    """A pool of one worker whose engine is `Answering` and which never asks for the page's orientation."""
    reader = OcrPool(workers=1)
    reader.engine, reader._osd_available = Answering(), False
    return reader
