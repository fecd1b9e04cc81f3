"""Whether a document's text is its author's own typing or some OCR's — a scanner's « searchable PDF », Acrobat's
Paper Capture or ClearScan, a scan exported to Word. Matching trusts a typed date to the digit (models.Page.typed);
so `typed` is claimed only where nothing hints at OCR: a picture that could be the page, text drawn invisible or
transparent, a producer that names an OCR engine. Text files and HTML cannot tell: they count as typed (README).

Runs in the extraction worker, on pypdf objects and Word archives; any doubt or damage answers « not typed »."""
from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

from PIL import Image

# All pictures of a page together: a letterhead's logo is far below; an A4 scan at 60 dpi, whole or in strips, above.
LARGE_IMAGE_PIXELS = 200_000
MAX_OBJECTS_WALKED = 4_000  # a page drawing more objects than this is a hostile file: not typed
# Software that writes OCR text into PDFs or Word files (its name in /Producer, /Creator, XMP or docProps/app.xml).
OCR_SOFTWARE_RE = re.compile(
    rb"ocrmypdf|tesseract|abbyy|finereader|omnipage|readiris|paper\s*capture|clearscan|capture\s*perfect"
    rb"|nuance|kofax|power\s*pdf|scansnap|paperport|pdf\s*xchange.*ocr|\bocr\b", re.IGNORECASE)
# `3 Tr`, `03 Tr`, `3.0 Tr`, `+7. Tr`: text rendering modes 3 (invisible) and 7 (clip only) — how OCR lays its text.
INVISIBLE_TEXT_RE = re.compile(rb"(?<![\w.])\+?0*[37](?:\.0*)?\s+Tr(?![\w])")
# A picture written into a content stream itself (`BI /W 1700 …`, `BI % … /W`): its size is not read, it counts.
INLINE_IMAGE_RE = re.compile(rb"(?<![\w/])BI(?=[\s%/])")
# Keys that lead away from what the page draws: up the page tree, to other pages, to the document's outline.
# Font programs are outlines, not drawing: left unread.
NOT_DRAWN_KEYS = {"/Parent", "/P", "/Dest", "/Next", "/Prev", "/First", "/Last", "/Kids", "/StructParent",
                  "/StructParents", "/Metadata", "/Thumb", "/B", "/Pg", "/FontFile", "/FontFile2", "/FontFile3"}


def pdf_made_by_ocr(reader) -> bool:
    """The document says an OCR engine made it: its info dictionary or its XMP metadata."""
    try:
        info = reader.metadata or {}
        said = " ".join(str(info.get(key) or "") for key in ("/Producer", "/Creator")).encode("utf-8", "replace")
        if OCR_SOFTWARE_RE.search(said):
            return True
        metadata = reader.trailer["/Root"].get_object().get("/Metadata")
        return metadata is not None and OCR_SOFTWARE_RE.search(metadata.get_object().get_data()) is not None
    except Exception:  # damaged metadata says nothing either way
        return True


def pdf_page_typed(page) -> bool:
    """No picture that could be the page, nothing drawn invisible or transparent, anywhere the page draws from:
    its content, its forms, patterns, Type 3 glyphs, soft masks and annotations' appearances."""
    try:
        streams, pixels, transparent = drawn_by(page)
    except Exception:  # damaged or hostile: its text is read all the same, only its origin is unknown
        return False
    return not transparent and pixels < LARGE_IMAGE_PIXELS \
        and not any(INVISIBLE_TEXT_RE.search(data) or INLINE_IMAGE_RE.search(data) for data in streams)


def drawn_by(page) -> tuple[list[bytes], int, bool]:
    """Every content stream reachable from the page (resources and annotations, to any depth), the pixels of every
    image among them, and whether a graphics state makes what it paints transparent (`/ca 0`)."""
    streams, pixels, transparent = [], 0, False
    contents = page.get_contents()
    if contents is not None:
        streams.append(contents.get_data())
    pending, seen = [page.get("/Resources"), page.get("/Annots")], set()
    while pending:
        item = pending.pop()
        reference = getattr(item, "idnum", None)
        if reference is not None:
            if reference in seen:
                continue
            seen.add(reference)
            item = item.get_object()
        if len(seen) > MAX_OBJECTS_WALKED:
            raise ValueError("trop d'objets dessinés")
        if isinstance(item, dict):
            if resolved(item.get("/Subtype")) == "/Image":
                pixels += int(resolved(item.get("/Width", 0))) * int(resolved(item.get("/Height", 0)))
                continue
            if hasattr(item, "get_data"):
                streams.append(item.get_data())
            transparent = transparent or any(resolved(item.get(key)) in (0, 0.0) for key in ("/ca", "/CA"))
            pending += [value for key, value in item.items() if key not in NOT_DRAWN_KEYS]
        elif isinstance(item, list):
            pending += list(item)
    return streams, pixels, transparent


def resolved(value):
    return value.get_object() if hasattr(value, "get_object") else value


def word_typed(path: Path) -> bool:
    """A Word file holds no picture that could be a scanned page, and no OCR software says it made it."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            for part in ("docProps/app.xml", "docProps/core.xml"):
                if part in names and OCR_SOFTWARE_RE.search(archive.read(part)):
                    return False
            pixels = 0
            for name in names:
                if name.startswith("word/media/"):
                    with Image.open(BytesIO(archive.read(name))) as picture:  # the header only: no decoding
                        pixels += picture.width * picture.height
            return pixels < LARGE_IMAGE_PIXELS
    except Exception:  # a picture Pillow cannot size, a damaged part: not typed
        return False
