"""What tests measure on prepared pages (docpipe itself counts ink on the gray histogram it already holds)."""
from __future__ import annotations

from PIL import Image


def ink_share(page: Image.Image) -> float:
    """The part of a black-and-white page that is black, counted on the page itself."""
    histogram = page.histogram()
    return sum(histogram[:128]) / max(1, page.width * page.height)
