"""Extract stage: a file in, its text page by page out — text layer, Word, plain text, or OCR.

The type is decided by the file's first bytes, never by its name. Every way a file can be
unreadable ends in an `UnreadableDocument` (or one of its kinds) whose French reason goes to review.
Pages that need OCR are handed to `ocr.OcrPool` as loaders, so decoding and rendering happen in the
pool's workers too; `extract_many` keeps the pool fed across files.
"""
from __future__ import annotations

import codecs
import re
import struct
import threading
import warnings
import zipfile
from collections import deque
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import Callable, Iterable, Iterator

import docx
import pypdfium2 as pdfium
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from PIL import Image, ImageOps
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError
from pypdf.generic import ArrayObject

from .config import Limits, Settings
from .errors import (DocpipeError, DocumentTooLarge, EmptyDocument, EncryptedDocument, UnreadableDocument,
                     UnsupportedDocument)
from .models import ExtractedDocument, Page
from .ocr import DEFAULT_DPI, OcrPool, OcrResult, PageLoader, PageScan, turn_clockwise

MIB = 1024 * 1024

ExtractOutcome = tuple[Path, ExtractedDocument | UnreadableDocument]

NOT_RECOGNISED = ("Format non reconnu : le fichier n'est ni un PDF, ni une image, ni un document Word, "
                  "ni du texte")
EMPTY = "Fichier vide"
PDF_DAMAGED = "PDF endommagé ou tronqué"
PDF_ENCRYPTED = "PDF chiffré ou protégé par mot de passe : impossible de le lire"
IMAGE_DAMAGED = "Image endommagée ou tronquée"
WORD_DAMAGED = "Document Word endommagé"
OLD_WORD = "Ancien format Word (.doc) non pris en charge : enregistrez le document au format .docx ou PDF"
RTF = "Format RTF non pris en charge : enregistrez le document au format .docx ou PDF"

A4_LONG_SIDE_IN = 11.69
LARGEST_PAPER_IN = 17.0  # a little over A3: a larger "page" means the declared dpi is a placeholder


# --- recognising the file -----------------------------------------------------------------------

IMAGE_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
]
BMP_HEADER_SIZES = {12, 40, 52, 56, 64, 108, 124}


def sniff(head: bytes) -> tuple[str, str | None]:
    """("pdf" | "image" | "zip" | "text", Pillow format for images) from the first bytes."""
    if 0 <= head.find(b"%PDF-") < 1024:  # readers accept the header anywhere in the first KiB
        return "pdf", None
    for signature, image_format in IMAGE_SIGNATURES:
        if head.startswith(signature):
            return "image", image_format
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image", "WEBP"
    if head[:2] == b"BM" and len(head) >= 18 and struct.unpack("<I", head[14:18])[0] in BMP_HEADER_SIZES:
        return "image", "BMP"  # "BM" alone would also start many text files
    if head.startswith(b"PK\x03\x04"):
        return "zip", None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnsupportedDocument(OLD_WORD)
    if head.startswith(b"{\\rtf"):
        raise UnsupportedDocument(RTF)
    return "text", None


def check_file_size(path: Path, limits: Limits) -> int:
    size = path.stat().st_size
    if size == 0:
        raise EmptyDocument(EMPTY)
    if size > limits.max_file_mb * MIB:
        raise DocumentTooLarge(f"Fichier trop volumineux : {size / MIB:.0f} Mo (maximum {limits.max_file_mb} Mo)")
    return size


def check_page_count(count: int, limits: Limits) -> None:
    if count > limits.max_pages:
        raise DocumentTooLarge(f"Document trop long : {count} pages (maximum {limits.max_pages})")


# --- a document on its way ----------------------------------------------------------------------

@dataclass
class PendingDocument:
    """Pages read so far, and the OCR still running for the others."""

    media_type: str
    pages: list[Page | Future[OcrResult]]
    release: Callable[[], None] = lambda: None  # frees what the OCR loaders still needed

    def ocr_futures(self) -> list[Future[OcrResult]]:
        return [page for page in self.pages if isinstance(page, Future)]

    def done(self) -> bool:
        return all(future.done() for future in self.ocr_futures())

    def finish(self) -> ExtractedDocument:
        """Waits for the OCR; the first page that failed makes the whole document fail."""
        try:
            pages = tuple(settled_page(number, page) for number, page in enumerate(self.pages, start=1))
        except BaseException:
            self.abandon()
            raise
        self.release()
        return ExtractedDocument(self.media_type, pages)

    def abandon(self) -> None:
        for future in self.ocr_futures():
            future.cancel()
        wait(self.ocr_futures())
        self.release()


def settled_page(number: int, page: Page | Future[OcrResult]) -> Page:
    if isinstance(page, Page):
        return page
    reading = page.result()
    return Page(number, reading.text, "ocr", reading.confidence, reading.doubtful_words)


def already_read(media_type: str, pages: Iterable[Page]) -> PendingDocument:
    return PendingDocument(media_type, list(pages))


# --- the stage ----------------------------------------------------------------------------------

class Extractor:
    """Reads documents; owns the OCR pool, so use it as a context manager.

    `scratch_dir` receives the temporary page images (a private 0700 folder is made inside it);
    by default the system's temporary folder."""

    def __init__(self, settings: Settings, scratch_dir: Path | None = None):
        self.limits = settings.limits
        self.pool = OcrPool(settings.ocr_languages, settings.ocr_workers, self.limits.ocr_timeout_s, scratch_dir)
        self._pillow_limit = Image.MAX_IMAGE_PIXELS

    def __enter__(self) -> "Extractor":
        self.pool.__enter__()
        # Pillow then refuses larger images in Image.open, from the header. The setting is global to
        # the process: it is put back on exit.
        self._pillow_limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, self.limits.max_image_pixels
        return self

    def __exit__(self, *exc_info) -> None:
        Image.MAX_IMAGE_PIXELS = self._pillow_limit
        self.pool.__exit__(*exc_info)

    def extract(self, path: Path, media_hint: str | None = None) -> ExtractedDocument:
        """The text of one document. `media_hint` (the name or extension it arrived with) only
        sharpens the message when the content is not recognised: the bytes decide the type."""
        return self.start(Path(path), media_hint).finish()

    def extract_many(self, paths: Iterable[Path]) -> Iterator[ExtractOutcome]:
        """Each document with its text or the reason it cannot be read, in the order given.

        Pages of several files are OCRed together: a new file is started as long as fewer than two
        pages per worker are waiting, so a burst of one-page scans keeps every core busy."""
        in_flight: deque[tuple[Path, PendingDocument | UnreadableDocument]] = deque()
        try:
            for path in paths:
                yield from self._settle(in_flight, draining=False)
                in_flight.append((Path(path), self._start_or_refuse(Path(path))))
            yield from self._settle(in_flight, draining=True)
        finally:
            for _, pending in in_flight:
                if isinstance(pending, PendingDocument):
                    pending.abandon()

    def start(self, path: Path, media_hint: str | None = None) -> PendingDocument:
        """Reads what can be read at once and queues the pages that need OCR."""
        check_file_size(path, self.limits)
        with path.open("rb") as file:
            head = file.read(2048)
        kind, image_format = sniff(head)
        if kind == "pdf":
            return read_pdf(path, self.limits, self.pool)
        if kind == "image":
            return read_image(path, image_format, self.limits, self.pool)
        if kind == "zip":
            return already_read("docx", read_docx(path, self.limits, media_hint))
        return already_read("txt", read_text(path.read_bytes(), media_hint))

    def _start_or_refuse(self, path: Path) -> PendingDocument | UnreadableDocument:
        try:
            return self.start(path)
        except UnreadableDocument as refusal:
            return refusal

    def _settle(self, in_flight: deque, draining: bool) -> Iterator[ExtractOutcome]:
        """Yields finished documents from the head; waits only when the pool has enough to do."""
        while in_flight:
            path, pending = in_flight[0]
            if isinstance(pending, UnreadableDocument) or pending.done():
                in_flight.popleft()
                yield path, outcome(pending)
                continue
            running = [f for _, p in in_flight if isinstance(p, PendingDocument) for f in p.ocr_futures()
                       if not f.done()]
            if not draining and len(running) < 2 * self.pool.workers:
                return
            wait(running, return_when=FIRST_COMPLETED)


def outcome(pending: PendingDocument | UnreadableDocument) -> ExtractedDocument | UnreadableDocument:
    if isinstance(pending, UnreadableDocument):
        return pending
    try:
        return pending.finish()
    except UnreadableDocument as refusal:
        return refusal


# --- PDF ----------------------------------------------------------------------------------------

def read_pdf(path: Path, limits: Limits, pool: OcrPool) -> PendingDocument:
    reader = open_pdf(path)
    renderer = PdfRenderer(path, limits)
    with pdf_errors():
        if len(reader.pages) == 0:
            raise UnreadableDocument(PDF_DAMAGED)
        check_page_count(len(reader.pages), limits)
        plans = [page_plan(page, index, renderer, limits) for index, page in enumerate(reader.pages)]
    pages = [plan if isinstance(plan, Page) else pool.submit(plan) for plan in plans]
    return PendingDocument("pdf", pages, renderer.close)


def open_pdf(path: Path) -> PdfReader:
    with pdf_errors():
        # strict: a file pypdf would have to repair is sent to review rather than half read.
        reader = PdfReader(path, strict=True)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")  # a PDF "protected" by an owner password only
            except (DependencyError, NotImplementedError) as exc:
                raise EncryptedDocument(PDF_ENCRYPTED) from exc
            if not unlocked:
                raise EncryptedDocument(PDF_ENCRYPTED)
        return reader


@contextmanager
def pdf_errors() -> Iterator[None]:
    """pypdf and pdfium raise many kinds of errors on damaged or hostile files: one reason for all."""
    try:
        yield
    except DocpipeError:
        raise
    except FileNotDecryptedError as exc:
        raise EncryptedDocument(PDF_ENCRYPTED) from exc
    except Exception as exc:
        raise UnreadableDocument(PDF_DAMAGED) from exc


def page_plan(page, index: int, renderer: PdfRenderer, limits: Limits) -> Page | PageLoader:
    """The page's text layer when it has one, else how to get its image for OCR."""
    text = normalise_newlines(page.extract_text() or "")
    if usable_text_layer(text, limits):
        return Page(index + 1, text, "text")
    jpeg = full_page_jpeg(page)
    if jpeg is None:
        return partial(renderer.render, index)
    check_pixels(jpeg.width * jpeg.height, limits)
    return partial(load_jpeg, jpeg)


def usable_text_layer(text: str, limits: Limits) -> bool:
    """Enough characters, and mostly letters and digits: a font without a Unicode map comes out of
    pypdf as symbols or private-use characters, and such a page is better read by OCR."""
    visible = [c for c in text if not c.isspace()]
    return len(visible) >= limits.min_text_chars and sum(c.isalnum() for c in visible) >= 0.5 * len(visible)


@dataclass(frozen=True)
class EmbeddedJpeg:
    data: bytes
    width: int
    height: int
    dpi: float
    rotation: int  # the page's /Rotate, clockwise


def full_page_jpeg(page) -> EmbeddedJpeg | None:
    """The JPEG of a scanned page, as stored: one DCT image stretched over the whole page.

    Taking its bytes costs ~0.5 ms where pypdf's `page.images` re-encodes it (~30 ms); anything
    less plain (masks, CMYK, several images, stretched) is rendered by pdfium instead."""
    xobjects = resolved(resolved(page.get("/Resources")) or {}).get("/XObject")
    xobjects = resolved(xobjects)
    if not xobjects or len(xobjects) != 1:
        return None
    image = resolved(next(iter(xobjects.values())))
    if resolved(image.get("/Subtype")) != "/Image" or not plain_jpeg(image):
        return None
    width, height = int(resolved(image["/Width"])), int(resolved(image["/Height"]))
    page_width_in, page_height_in = float(page.mediabox.width) / 72, float(page.mediabox.height) / 72
    if page_width_in <= 0 or page_height_in <= 0:
        return None
    x_dpi, y_dpi = width / page_width_in, height / page_height_in
    if abs(x_dpi - y_dpi) > 0.03 * max(x_dpi, y_dpi):
        return None  # not drawn over the whole page, or turned by the content stream
    return EmbeddedJpeg(image.get_data(), width, height, x_dpi, page.rotation % 360)


def plain_jpeg(image) -> bool:
    filters = resolved(image.get("/Filter"))
    filters = list(filters) if isinstance(filters, ArrayObject) else [filters]
    if filters != ["/DCTDecode"] or int(resolved(image.get("/BitsPerComponent", 8))) != 8:
        return False
    if any(key in image for key in ("/SMask", "/Mask", "/Decode", "/ImageMask")):
        return False
    color_space = resolved(image.get("/ColorSpace"))
    if color_space in ("/DeviceGray", "/DeviceRGB"):
        return True
    return (isinstance(color_space, ArrayObject) and len(color_space) == 2 and color_space[0] == "/ICCBased"
            and int(resolved(resolved(color_space[1]).get("/N", 0))) in (1, 3))


def resolved(pdf_object):
    """pypdf's `get` returns indirect references as they are."""
    return pdf_object.get_object() if pdf_object is not None else None


def load_jpeg(jpeg: EmbeddedJpeg) -> PageScan:
    with image_errors():
        image = Image.open(BytesIO(jpeg.data), formats=["JPEG"])
        image.load()
    # PDF viewers ignore a JPEG's EXIF orientation; only the page's /Rotate counts.
    return PageScan(turn_clockwise(image, jpeg.rotation), jpeg.dpi)


# pdfium is not thread-safe, not even across documents: every call goes through this lock.
PDFIUM_LOCK = threading.Lock()


class PdfRenderer:
    """Renders pages with pdfium for OCR, opening the document on the first page it needs."""

    def __init__(self, path: Path, limits: Limits):
        self.path = path
        self.limits = limits
        self._document: pdfium.PdfDocument | None = None

    def render(self, index: int) -> PageScan:
        with PDFIUM_LOCK, pdf_errors():
            if self._document is None:
                self._document = pdfium.PdfDocument(str(self.path))
            page = self._document[index]
            try:
                dpi = render_dpi(*page.get_size(), self.limits)
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                try:
                    image = bitmap.to_pil().copy()  # the PIL image shares pdfium's buffer
                finally:
                    bitmap.close()
            finally:
                page.close()
        return PageScan(image, dpi)

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._document is not None:
                self._document.close()
                self._document = None


def render_dpi(width_pt: float, height_pt: float, limits: Limits) -> float:
    """`ocr_dpi`, lowered for oversized pages so the bitmap stays within `max_image_pixels`."""
    dpi = float(limits.ocr_dpi)
    pixels = (width_pt / 72 * dpi) * (height_pt / 72 * dpi)
    if pixels > limits.max_image_pixels:
        dpi *= (limits.max_image_pixels / pixels) ** 0.5
    return dpi


# --- images -------------------------------------------------------------------------------------

def read_image(path: Path, image_format: str, limits: Limits, pool: OcrPool) -> PendingDocument:
    frame_count = check_image(path, image_format, limits)
    loaders = [partial(load_frame, path, image_format, index) for index in range(frame_count)]
    return PendingDocument("image", [pool.submit(load) for load in loaders])


def check_image(path: Path, image_format: str, limits: Limits) -> int:
    """Number of pages, once every page's size has been checked from the headers alone."""
    with image_errors():
        with open_image(path, image_format) as image:
            # TIFF holds multi-page scans; other animated formats are read on their first frame only.
            frame_count = getattr(image, "n_frames", 1) if image_format == "TIFF" else 1
            check_page_count(frame_count, limits)
            for index in range(frame_count):
                image.seek(index)
                check_pixels(image.width * image.height, limits)
    return frame_count


def open_image(source, image_format: str) -> Image.Image:
    """Reads the header only; Pillow's warning for a large image becomes a refusal."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return Image.open(source, formats=[image_format])


def pixel_count(bomb: Exception) -> int | None:
    match = re.search(r"\((\d+) pixels\)", str(bomb))
    return int(match.group(1)) if match else None


def check_pixels(pixels: int, limits: Limits) -> None:
    if pixels > limits.max_image_pixels:
        raise image_too_large(pixels)


def image_too_large(pixels: int | None) -> DocumentTooLarge:
    count = f"{pixels:,}".replace(",", " ") if pixels else "plus de"
    return DocumentTooLarge(f"Image trop grande ({count} pixels) : refusée avant décodage")


def load_frame(path: Path, image_format: str, index: int) -> PageScan:
    with image_errors(), Image.open(path, formats=[image_format]) as image:
        image.seek(index)
        dpi = scan_dpi(image)
        return PageScan(square_pixels(ImageOps.exif_transpose(image), image.info.get("dpi")), dpi)


def square_pixels(image: Image.Image, declared) -> Image.Image:
    """Fax in standard mode: 204 × 98 dpi. Stretched back to square pixels, Tesseract reads it."""
    if not declared or len(declared) != 2 or min(declared) <= 0:
        return image
    x_dpi, y_dpi = float(declared[0]), float(declared[1])
    if abs(x_dpi - y_dpi) <= 0.2 * max(x_dpi, y_dpi):
        return image
    if x_dpi > y_dpi:
        return image.resize((image.width, round(image.height * x_dpi / y_dpi)))
    return image.resize((round(image.width * y_dpi / x_dpi), image.height))


def scan_dpi(image: Image.Image) -> float:
    """The resolution the scanner declared; cameras and screenshots often declare 72 or 96
    whatever the page size, so a declaration that makes the page larger than A3 is replaced by an
    estimate assuming an A4 page."""
    declared = image.info.get("dpi")
    dpi = float(declared[0]) if declared else 0.0
    if dpi < 50:
        return float(DEFAULT_DPI)
    long_side = max(image.size)
    if long_side / dpi > LARGEST_PAPER_IN:
        return long_side / A4_LONG_SIDE_IN
    return dpi


@contextmanager
def image_errors() -> Iterator[None]:
    """Pillow reports damaged files with several exception types: one reason for all."""
    try:
        yield
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise image_too_large(pixel_count(exc)) from exc
    except (OSError, ValueError, SyntaxError, EOFError, struct.error, IndexError) as exc:
        raise UnreadableDocument(IMAGE_DAMAGED) from exc


# --- Word ---------------------------------------------------------------------------------------

def read_docx(path: Path, limits: Limits, media_hint: str | None = None) -> list[Page]:
    check_word_archive(path, limits, media_hint)
    try:
        document = docx.Document(str(path))
        lines = [*header_footer_lines(document, "header"), *block_lines(document),
                 *header_footer_lines(document, "footer")]
    except DocpipeError:
        raise
    except Exception as exc:  # python-docx lets zip, XML and KeyError failures through as they come
        raise UnreadableDocument(WORD_DAMAGED) from exc
    return [Page(1, "\n".join(lines).strip("\n"), "text")]


def check_word_archive(path: Path, limits: Limits, media_hint: str | None = None) -> None:
    """A Word document, and one whose parts stay reasonable once unpacked (zip bombs)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise UnreadableDocument(WORD_DAMAGED) from exc
    if not any(member.filename.startswith("word/") for member in members):
        raise UnsupportedDocument(not_recognised(media_hint))
    # zipfile never inflates a member past its declared size, so the directory can be trusted.
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.max_file_mb * MIB:
        raise DocumentTooLarge(
            f"Document Word refusé : son contenu décompressé dépasse {limits.max_file_mb} Mo")


def block_lines(container) -> list[str]:
    """Paragraphs and tables in reading order."""
    lines = []
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            lines += paragraph_lines(block)
        elif isinstance(block, Table):
            lines += table_lines(block)
    return lines


def paragraph_lines(paragraph: Paragraph) -> list[str]:
    return [normalise_newlines(paragraph.text), *text_box_lines(paragraph)]


MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def text_box_lines(paragraph: Paragraph) -> list[str]:
    """Text boxes anchored in the paragraph (address windows often hold the patient's identity).

    Word stores each box twice, as DrawingML and as a VML fallback: the fallback is skipped."""
    lines = []
    for box in paragraph._p.iter(qn("w:txbxContent")):
        if any(ancestor.tag == MC_FALLBACK for ancestor in box.iterancestors()):
            continue
        for box_paragraph in box.iter(qn("w:p")):
            lines.append("".join(node.text or "" for node in box_paragraph.iter(qn("w:t"))))
    return lines


def table_lines(table: Table) -> list[str]:
    """One line per row, so `Nom de naissance | DUPONT` reads as `Nom de naissance : DUPONT`; but a
    layout table (letterhead in one cell, identity block in the next) keeps each cell's own lines."""
    lines = []
    for row in table.rows:
        cells = list({id(cell._tc): cell for cell in row.cells}.values())  # merged cells repeat
        cell_lines = [[line.strip() for text in block_lines(cell) for line in text.split("\n") if line.strip()]
                      for cell in cells]
        if any(len(found) > 1 for found in cell_lines):
            lines += [line for found in cell_lines for line in found]
        else:
            lines.append(join_cells([found[0] for found in cell_lines if found]))
    return lines


def join_cells(texts: list[str]) -> str:
    line = ""
    for text in texts:
        if not line:
            line = text
        elif line.endswith(":"):
            line += " " + text
        else:
            line += " : " + text
    return line


def header_footer_lines(document, kind: str) -> list[str]:
    """Headers (or footers) of every section: first-page and even-page variants included."""
    seen, lines = set(), []
    for section in document.sections:
        variants = [getattr(section, kind)]
        if section.different_first_page_header_footer:
            variants.append(getattr(section, f"first_page_{kind}"))
        if document.settings.odd_and_even_pages_header_footer:
            variants.append(getattr(section, f"even_page_{kind}"))
        for part in variants:
            if part.is_linked_to_previous:
                continue
            block = tuple(line for line in block_lines(part) if line.strip())
            if block and block not in seen:
                seen.add(block)
                lines += block
    return lines


# --- plain text ---------------------------------------------------------------------------------

CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def read_text(data: bytes, media_hint: str | None = None) -> list[Page]:
    text = normalise_newlines(decode_text(data, media_hint))
    if not text.strip():
        raise EmptyDocument(EMPTY)
    chunks = text.split("\f")
    while len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()  # a final form feed does not start a page
    return [Page(number, chunk.strip("\n"), "text") for number, chunk in enumerate(chunks, start=1)]


def decode_text(data: bytes, media_hint: str | None = None) -> str:
    """UTF-8 (BOM or not), else Windows-1252, else Latin-1; refused if it looks binary."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnsupportedDocument(not_recognised(media_hint)) from exc
    elif b"\x00" in data:
        raise UnsupportedDocument(not_recognised(media_hint))
    else:
        text = first_decoding(data)
    sample = text[:65536]
    if len(CONTROL_CHARS_RE.findall(sample)) > 0.01 * len(sample):
        raise UnsupportedDocument(not_recognised(media_hint))
    return text


def first_decoding(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def not_recognised(media_hint: str | None) -> str:
    extension = (media_hint or "").rsplit("/", 1)[-1].rsplit(".", 1)[-1].lower()
    if extension in {"pdf", "png", "jpg", "jpeg", "tif", "tiff", "docx", "txt", "bmp", "gif", "webp"}:
        return f"{NOT_RECOGNISED} (son nom se termine par .{extension}, mais son contenu n'en est pas un)"
    return NOT_RECOGNISED


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
