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

# All pictures of the document together: a letterhead's logo is far below; an A4 scan at 60 dpi, whole or in strips,
# above.
LARGE_IMAGE_PIXELS = 200_000
MAX_OBJECTS_WALKED = 4_000  # a document drawing more objects than this is a hostile file: not typed
# Software that writes OCR text into PDFs or Word files (its name in /Producer, /Creator, XMP or docProps/app.xml).
OCR_SOFTWARE_RE = re.compile(
    rb"ocrmypdf|tesseract|abbyy|finereader|omnipage|readiris|paper\s*capture|clearscan|capture\s*perfect"
    rb"|nuance|kofax|power\s*pdf|scansnap|paperport|pdf\s*xchange.*ocr|\bocr\b", re.IGNORECASE)
# `3 Tr`, `03 Tr`, `3.0 Tr`, `+7. Tr`: text rendering modes 3 (invisible) and 7 (clip only) — how OCR lays its text.
INVISIBLE_TEXT_RE = re.compile(rb"(?<![\w.])\+?0*[37](?:\.0*)?\s+Tr(?![\w])")
# A picture written into a content stream itself (`BI /W 1700 …`, `BI % … /W`): its size is not read, it counts.
INLINE_IMAGE_RE = re.compile(rb"(?<![\w/])BI(?=[\s%/])")


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


def pdf_typed(reader) -> bool:
    """The whole PDF is its author's typing: no OCR producer named, and nothing any page draws — content, forms,
    patterns, Type 3 glyphs, soft masks, annotations' appearances — hints at OCR: pictures of 200 000 pixels or more
    in all, text drawn invisible or transparent, a picture written into a stream. Judged once per document (matching
    needs every page typed anyway), each object read once: shared resources cost nothing more per page (review28's F9,
    F9b), and a scan cut between a page's content and its resources is counted whole (F13)."""
    if pdf_made_by_ocr(reader):
        return False
    try:
        drawing = Drawing()
        for page in reader.pages:
            drawing.content(page.get_contents())
            for annotation in resolved(page.get("/Annots")) or []:
                drawing.appearances(resolved(resolved(annotation).get("/AP")))
            drawing.resources(page.get("/Resources"))
        return drawing.clean()
    except Exception:  # damaged or hostile: its text is read all the same, only its origin is unknown
        return False


class Drawing:
    """What a document draws, gathered through the objects that draw — resources and appearance streams only, never
    links, actions or other pages: the content streams, the pixels of every image, and whether a graphics state
    paints transparent (`/ca 0`). Each object is read once; past MAX_OBJECTS_WALKED the document is a hostile file."""

    def __init__(self) -> None:
        self.streams: list[bytes] = []
        self.pixels = 0
        self.transparent = False
        self.seen: set = set()

    def clean(self) -> bool:
        return not self.transparent and self.pixels < LARGE_IMAGE_PIXELS \
            and not any(INVISIBLE_TEXT_RE.search(data) or INLINE_IMAGE_RE.search(data) for data in self.streams)

    def first_visit(self, reference) -> bool:
        key = getattr(reference, "idnum", None) or id(reference)
        if key in self.seen:
            return False
        self.seen.add(key)
        if len(self.seen) > MAX_OBJECTS_WALKED:
            raise ValueError("trop d'objets dessinés")
        return True

    def content(self, stream) -> None:
        if stream is not None:
            self.streams.append(resolved(stream).get_data())

    def resources(self, resources) -> None:
        if resources is None or not self.first_visit(resources):
            return
        resources = resolved(resources) or {}
        for reference in (resolved(resources.get("/XObject")) or {}).values():
            if self.first_visit(reference):
                self.xobject(resolved(reference))
        for reference in (resolved(resources.get("/Pattern")) or {}).values():
            if self.first_visit(reference) and hasattr(resolved(reference), "get_data"):  # a tiling pattern
                self.form(resolved(reference))
        for reference in (resolved(resources.get("/Font")) or {}).values():
            if self.first_visit(reference) and resolved(resolved(reference).get("/Subtype")) == "/Type3":
                self.type3_font(resolved(reference))
        for reference in (resolved(resources.get("/ExtGState")) or {}).values():
            if self.first_visit(reference):
                self.graphics_state(resolved(reference))

    def xobject(self, xobject) -> None:
        if resolved(xobject.get("/Subtype")) == "/Image":
            # a negative size is a decoy meant to cancel a scan's pixels (review28's F10): it counts for nothing
            width, height = (int(resolved(xobject.get(key, 0))) for key in ("/Width", "/Height"))
            self.pixels += max(0, width) * max(0, height)
        elif resolved(xobject.get("/Subtype")) == "/Form":
            self.form(xobject)

    def form(self, stream) -> None:
        self.content(stream)
        self.resources(stream.get("/Resources"))

    def type3_font(self, font) -> None:
        for reference in (resolved(font.get("/CharProcs")) or {}).values():
            if self.first_visit(reference):
                self.content(reference)
        self.resources(font.get("/Resources"))

    def graphics_state(self, state) -> None:
        self.transparent = self.transparent or any(resolved(state.get(key)) in (0, 0.0) for key in ("/ca", "/CA"))
        mask = resolved(state.get("/SMask"))
        if isinstance(mask, dict) and self.first_visit(mask.get("/G")):
            self.form(resolved(mask.get("/G")))

    def appearances(self, appearance) -> None:
        """An annotation's /AP: normal, rollover and down appearances, each a form or a dictionary of states."""
        for reference in (appearance or {}).values():
            if not self.first_visit(reference):
                continue
            drawn = resolved(reference)
            if hasattr(drawn, "get_data"):
                self.form(drawn)
            else:
                for state in drawn.values():
                    if self.first_visit(state):
                        self.form(resolved(state))


def resolved(value):
    """pypdf's `get` returns indirect references as they are, and a default given to it (`8`, `{}`) as it is."""
    return value.get_object() if hasattr(value, "get_object") else value


WORD_NOT_PICTURES = (".xml", ".rels", "/")  # parts, relations and folders: every other member is tried as a picture
PICTURE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".jp2",
                      ".webp", ".jfif", ".pdf")


def word_typed(path: Path) -> bool:
    """A Word file holds no picture that could be a scanned page (whatever folder it is stored in), and no OCR
    software says it made it."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            for part in ("docProps/app.xml", "docProps/core.xml"):
                if part in names and OCR_SOFTWARE_RE.search(archive.read(part)):
                    return False
            pixels = 0
            for name in names:
                if name.endswith(WORD_NOT_PICTURES) or name.startswith("docProps/thumbnail"):
                    continue
                try:
                    with Image.open(BytesIO(archive.read(name))) as picture:  # the header only: no decoding
                        pixels += picture.width * picture.height
                except Exception:
                    if name.lower().endswith(PICTURE_EXTENSIONS):  # a picture Pillow cannot size (EMF, SVG…)
                        return False
            return pixels < LARGE_IMAGE_PIXELS
    except Exception:  # a picture Pillow cannot size, a damaged part: not typed
        return False
