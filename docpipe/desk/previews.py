"""Page images of a stored document for the browser, rendered once and cached.

The cache is keyed by the content's SHA-256 (a stored file never changes under the same hash), in the
home's private state folder. PDF pages are rendered with pdfium, images (multi-page TIFF too) with Pillow.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from ..config import Home, Limits
from ..extract import PDFIUM_LOCK  # pdfium is not thread-safe: the watcher's reading shares this lock

PREVIEW_WIDTH = 1100  # pixels: readable at 1366 × 768 with the zoom, small enough to send quickly
PDF_SCALE = 1.5  # 108 dpi
CACHE_FOLDER = "previews"


class NoPreview(Exception):
    """This document has no page image (a Word or text file), or not that page."""


def stored_file(home: Home, stored_path: str) -> Path:
    """The file of a document row, refused unless it lies inside the home's archive or review folder."""
    path = (home.root / stored_path).resolve()
    for folder in (home.archive, home.review):
        if path.is_relative_to(folder.resolve()):
            return path
    raise NoPreview(stored_path)


def kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix in {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}:
        return "image"
    return None


def cache_dir(home: Home) -> Path:
    folder = home.state / CACHE_FOLDER
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def page_count(home: Home, path: Path, sha256: str) -> int:
    kind = kind_of(path)
    if kind is None:
        return 0
    marker = cache_dir(home) / f"{sha256}.pages"
    try:
        return int(marker.read_text())
    except (OSError, ValueError):
        pass
    try:
        if kind == "pdf":
            with PDFIUM_LOCK:
                document = pdfium.PdfDocument(str(path))
                count = len(document)
                document.close()
        else:
            with Image.open(path) as image:
                count = getattr(image, "n_frames", 1)
    except Exception as exc:  # damaged, encrypted or hostile: no picture, the page says so
        raise NoPreview(str(path)) from exc
    write_atomically(marker, str(count).encode())
    return count


def page_png(home: Home, path: Path, sha256: str, number: int, limits: Limits) -> Path:
    """The cached PNG of page `number` (1-based), rendered on first request."""
    if not 1 <= number <= page_count(home, path, sha256):
        raise NoPreview(f"page {number}")
    cached = cache_dir(home) / f"{sha256}-{number}.png"
    if not cached.exists():
        try:
            image = render_pdf_page(path, number) if kind_of(path) == "pdf" else render_image_frame(path, number, limits)
        except Exception as exc:  # as above: a file the pipeline sent to review may not render
            raise NoPreview(f"page {number}") from exc
        temporary = cached.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        image.save(temporary, format="PNG", optimize=False)
        os.chmod(temporary, 0o600)
        os.replace(temporary, cached)
    return cached


def render_pdf_page(path: Path, number: int) -> Image.Image:
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(path))
        try:
            page = document[number - 1]
            width = page.get_width()
            scale = min(PDF_SCALE, PREVIEW_WIDTH / width) if width else PDF_SCALE
            image = page.render(scale=scale).to_pil()
            page.close()
        finally:
            document.close()
    return image.convert("RGB") if image.mode not in ("RGB", "L") else image


def render_image_frame(path: Path, number: int, limits: Limits) -> Image.Image:
    Image.MAX_IMAGE_PIXELS = limits.max_image_pixels
    with Image.open(path) as image:
        image.seek(number - 1)
        frame = image.convert("L" if image.mode in ("1", "L", "I;16") else "RGB")
    if frame.width > PREVIEW_WIDTH:
        frame = frame.resize((PREVIEW_WIDTH, round(frame.height * PREVIEW_WIDTH / frame.width)))
    return frame


def write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    temporary.write_bytes(data)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
