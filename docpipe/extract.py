"""Extract stage: a file in, its text page by page out — text layer, Word, plain text, HTML, or OCR.

The type is decided by the file's first bytes, never by its name: the document says what it really
is (`media_type`) and the extension it should be stored under (`extension`). Every way a file can be
unreadable ends in an `UnreadableDocument` (or one of its kinds) whose French reason goes to review.

Parsing a PDF's structure and a Word document's XML runs in a worker process (`ReadingWorker`)
within a wall-time budget: a file built to keep pypdf busy for hours is stopped and goes to review
« lecture trop longue ». Pages that need OCR are handed to `ocr.OcrPool` as loaders, so decoding and
rendering happen in the pool's workers too; `extract_many` keeps the pool fed across files.
"""
from __future__ import annotations

import codecs
import html.parser
import multiprocessing
import multiprocessing.util
import re
import resource
import shutil
import signal
import struct
import tempfile
import threading
import warnings
import zipfile
import zlib
from collections import deque
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field, replace
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

from . import identity, typing_origin
from .config import Limits, Settings
from .errors import (DocpipeError, DocumentTooLarge, EmptyDocument, EncryptedDocument, UnreadableDocument,
                     UnsupportedDocument)
from .models import ExtractedDocument, Page
from .ocr import (DEFAULT_DPI, DEFAULT_LANGUAGES, UPSCALE_BELOW_DPI, OcrPool, OcrResult, PageLoader, PageScan,
                  Preparation, a_fields_label, turn_clockwise)
from .typing_origin import resolved

MIB = 1024 * 1024

NOT_RECOGNISED = ("Format non reconnu : le fichier n'est ni un PDF, ni une image, ni un document Word, "
                  "ni du texte")
EMPTY = "Fichier vide"
PDF_DAMAGED = "PDF endommagé ou tronqué"
PDF_REPAIRED = "PDF réparé à la lecture : {read} page(s) lue(s) sur {declared} déclarée(s)"
PDF_PAGES_MISSING = ("PDF endommagé : {read} page(s) lue(s) sur {declared} déclarée(s), les autres sont "
                     "illisibles")
PDF_ENCRYPTED = "PDF chiffré ou protégé par mot de passe : impossible de le lire"
IMAGE_DAMAGED = "Image endommagée ou tronquée"
BIGTIFF_DAMAGED = ("Image BigTIFF (TIFF 64 bits) illisible ou endommagée : enregistrez-la en TIFF classique "
                   "ou en PDF")
BIGTIFF_SIGNATURES = (b"II+\x00", b"MM\x00+")
WORD_DAMAGED = "Document Word endommagé"
WORD_TOO_BIG = "Document Word refusé : {what}"
OLD_WORD = "Ancien format Word (.doc) non pris en charge : enregistrez le document au format .docx ou PDF"
RTF = "Format RTF non pris en charge : enregistrez le document au format .docx ou PDF"
READ_TOO_LONG = ("Lecture trop longue : le fichier n'a pas pu être lu en {budget:g} s (fichier construit "
                 "pour ralentir la lecture, ou trop complexe)")
READ_TOO_BIG = "Lecture impossible : le fichier demande trop de mémoire pour être lu"
READ_FAILED = "Lecture impossible : le fichier est endommagé ou construit de façon inattendue"
NO_TEXT = "Aucun texte lisible : {what}"
BLANK_PAGES = "page blanche"
TINY_PAGE = "page trop petite pour contenir du texte ({width:g} × {height:g} pt)"
CONTENT_NOT_NAME = "contenu {actual} sous un nom en .{named}"

A4_LONG_SIDE_IN = 11.69
LARGEST_PAPER_IN = 17.0  # a little over A3: a larger "page" means the declared dpi is a placeholder
MIN_PAGE_PT = 36.0  # half an inch: a smaller page holds no line of text (a 1 × 1 pt page is a placeholder)
MAX_DPI = 2400.0  # scanners stop at 1200–2400; beyond, a declared resolution is a mistake or an attack
MAX_ANISOTROPY = 2.5  # a standard-mode fax is 204 × 98 dpi (2.1); more is no real scanner
READ_BUDGET_S = 120.0  # per document, for the structure of a PDF or the XML of a Word file
WORKER_START_S = 60.0
WORKER_MEMORY_BYTES = 3 * 1024 * MIB  # a file needing more to be parsed is refused, not swapped in
MAX_WORD_XML_MB = 40  # a real letter's document.xml is well under 1 MB; a 500-page report about 20 MB
MAX_WORD_PARAGRAPHS = 50_000

ExtractOutcome = tuple[Path, ExtractedDocument | UnreadableDocument]


# --- recognising the file -----------------------------------------------------------------------

IMAGE_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"II+\x00", "TIFF"),  # BigTIFF (64-bit offsets); Pillow reads it
    (b"MM\x00+", "TIFF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
]
BMP_HEADER_SIZES = {12, 40, 52, 56, 64, 108, 124}
IMAGE_EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "TIFF": "tif", "GIF": "gif", "WEBP": "webp", "BMP": "bmp"}
NAME_EXTENSIONS = {  # what a name's extension promises, to say when the content is something else
    "pdf": "pdf", "png": "png", "jpg": "jpg", "jpeg": "jpg", "tif": "tif", "tiff": "tif", "gif": "gif",
    "bmp": "bmp", "webp": "webp", "docx": "docx", "txt": "txt", "htm": "html", "html": "html",
}
HTML_RE = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)


def sniff(head: bytes) -> tuple[str, str | None]:
    """("pdf" | "image" | "zip" | "html" | "text", Pillow format for images) from the first bytes."""
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
    if HTML_RE.match(head.removeprefix(codecs.BOM_UTF8)):
        return "html", None
    return "text", None


def content_notes(extension: str, media_hint: str | None) -> tuple[str, ...]:
    """A note when the name promises another type than the bytes hold (`x.pdf` holding HTML)."""
    named = name_extension(media_hint)
    promised = NAME_EXTENSIONS.get(named)
    if not named or promised is None or promised == extension:
        return ()
    return (CONTENT_NOT_NAME.format(actual=extension.upper(), named=named),)


def name_extension(media_hint: str | None) -> str:
    name = (media_hint or "").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


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
    extension: str = ""
    notes: tuple[str, ...] = ()
    empty_because: dict[int, str] = field(default_factory=dict)  # page number → why it holds no text

    def ocr_futures(self) -> list[Future[OcrResult]]:
        return [page for page in self.pages if isinstance(page, Future)]

    def done(self) -> bool:
        return all(future.done() for future in self.ocr_futures())

    def finish(self) -> ExtractedDocument:
        """Waits for the OCR; the first page that failed makes the whole document fail, and so does a
        document with no text at all (its reason says why: blank pages, pages too small)."""
        try:
            pages = tuple(self.settled(number, page) for number, page in enumerate(self.pages, start=1))
        except BaseException:
            self.abandon()
            raise
        self.release()
        if not any(page.text.strip() for page in pages):
            raise EmptyDocument(no_text_reason(self.empty_because, len(pages)))
        return ExtractedDocument(self.media_type, pages, self.extension, self.notes)

    def settled(self, number: int, page: Page | Future[OcrResult]) -> Page:
        if isinstance(page, Page):
            return page
        reading = page.result()
        if reading.empty_because:
            self.empty_because[number] = reading.empty_because
        return Page(number, reading.text, "ocr", reading.confidence, reading.doubtful_words)

    def abandon(self) -> None:
        for future in self.ocr_futures():
            future.cancel()
        wait(self.ocr_futures())
        self.release()


def no_text_reason(empty_because: dict[int, str], page_count: int) -> str:
    reasons = list(dict.fromkeys(empty_because.values()))
    if len(reasons) == 1 and len(empty_because) == page_count:
        return NO_TEXT.format(what=reasons[0])
    what = BLANK_PAGES if page_count == 1 else f"les {page_count} pages sont blanches"
    if reasons:
        what += f" ou illisibles ({' ; '.join(reasons)})"
    return NO_TEXT.format(what=what)


def already_read(media_type: str, pages: Iterable[Page], extension: str, notes=()) -> PendingDocument:
    return PendingDocument(media_type, list(pages), extension=extension, notes=tuple(notes))


# --- the worker process: parsing within a time budget ----------------------------------------------

# The fork server listens on a Unix socket `<temp dir>/pymp-XXXXXXXX/listener-XXXXXXXX`; a socket path
# holds at most 107 bytes (108 with the final zero byte).
SOCKET_PATH_MAX = 107
SERVER_SOCKET_NAME = "/pymp-XXXXXXXX/listener-XXXXXXXX"


def socket_fits_under(directory: str) -> bool:
    return len(directory.encode()) + len(SERVER_SOCKET_NAME) <= SOCKET_PATH_MAX


def keep_server_socket_path_short() -> None:
    """A deep TMPDIR would make the fork server's socket path too long: the reading worker could not
    start, and no PDF or Word document could be read. multiprocessing takes its folder from the
    process's `tempdir` setting when one is set: give it a private folder (0700) under /tmp instead,
    removed at exit as multiprocessing removes its own."""
    config = multiprocessing.current_process()._config
    if config.get("tempdir") is None and not socket_fits_under(tempfile.gettempdir()):
        folder = tempfile.mkdtemp(prefix="pymp-", dir="/tmp")
        multiprocessing.util.Finalize(None, shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True},
                                      exitpriority=-100)
        config["tempdir"] = folder


class ReadingWorker:
    """A child process that parses PDF structures and Word XML, one call at a time, stopped (and
    started again for the next file) when a call outlives the budget or the memory it may use.

    forkserver, not fork: the OCR threads of this process must not be copied mid-page into the child.
    Like any multiprocessing start but fork's, it re-imports the main script in the child: a script
    that makes an Extractor must do it under `if __name__ == "__main__":` (docpipe's commands do)."""

    def __init__(self, budget_s: float):
        self.budget_s = budget_s
        self._lock = threading.RLock()  # stop() is called from call() as well as from outside
        self._process = None
        self._connection = None

    def call(self, function: Callable, *args):
        with self._lock:
            if self._process is None or not self._process.is_alive():
                self._start()
            self._connection.send((function, args))
            if not self._connection.poll(self.budget_s):
                self.stop()
                raise UnreadableDocument(READ_TOO_LONG.format(budget=self.budget_s))
            try:
                status, value = self._connection.recv()
            except (EOFError, OSError) as exc:  # killed by the system (memory), or crashed in a library
                self.stop()
                raise UnreadableDocument(READ_TOO_BIG) from exc
        if status == "error":
            raise value
        return value

    def warm_up(self) -> None:
        """Starts the worker in the background: the first document need not wait for it."""
        threading.Thread(target=self._start_if_needed, name="docpipe-lecture-start", daemon=True).start()

    def _start_if_needed(self) -> None:
        with self._lock:
            if self._process is None or not self._process.is_alive():
                try:
                    self._start()
                except (DocpipeError, OSError, EOFError):
                    pass  # said again by the first call that needs it (a Ctrl-C may hit the starting server)

    def _start(self) -> None:
        keep_server_socket_path_short()
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])  # each new worker starts with its libraries loaded
        connection, child_end = context.Pipe()
        process = context.Process(target=serve, args=(child_end,), daemon=True, name="docpipe-lecture")
        try:
            process.start()
        except BaseException:
            connection.close()
            raise
        finally:
            child_end.close()
        self._process, self._connection = process, connection  # only a started worker is ever stopped
        # The budget is for reading, not for starting: wait for the worker to say it is ready.
        try:
            ready = self._connection.poll(WORKER_START_S) and self._connection.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise DocpipeError("Le processus de lecture des documents n'a pas pu démarrer.")

    def stop(self) -> None:
        with self._lock:
            if self._process is not None:
                self._process.kill()
                self._process.join()
                self._connection.close()
            self._process = self._connection = None


def serve(connection) -> None:
    """The worker's loop: each call answered with ("ok", value) or ("error", UnreadableDocument)."""
    # A terminal's Ctrl-C reaches the whole process group: the parent stops between two documents and
    # ends this worker itself; dying here mid-read would send the document to review as unreadable.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))
    except (ValueError, OSError):
        pass  # a lower hard limit is already set: keep it
    connection.send("ready")
    while True:
        try:
            function, args = connection.recv()
        except EOFError:
            return
        try:
            answer = ("ok", function(*args))
        except DocpipeError as refusal:
            answer = ("error", refusal)
        except MemoryError:
            answer = ("error", UnreadableDocument(READ_TOO_BIG))
        except Exception:  # a library's own failure on a hostile file: unreadable, never a crash
            answer = ("error", UnreadableDocument(READ_FAILED))
        connection.send(answer)


# --- the stage ----------------------------------------------------------------------------------

class Extractor:
    """Reads documents; owns the OCR pool and the reading worker, so use it as a context manager.

    `scratch_dir` receives the temporary page images of the command-line engine (a private 0700
    folder is made inside it; folders of dead processes are removed on entry); by default the system's
    temporary folder. `read_budget_s` bounds the parsing of one PDF structure or Word document."""

    def __init__(self, settings: Settings, scratch_dir: Path | None = None, *, engine: str | None = None,
                 read_budget_s: float | None = None):
        self.limits = settings.limits
        languages = getattr(settings, "ocr_languages", None) or DEFAULT_LANGUAGES
        self.pool = OcrPool(languages, settings.ocr_workers, self.limits.ocr_timeout_s, scratch_dir, engine)
        self.pool.max_pixels = self.limits.max_image_pixels
        budget = read_budget_s or getattr(self.limits, "read_timeout_s", None) or READ_BUDGET_S
        self.worker = ReadingWorker(float(budget))
        self._pillow_limit = Image.MAX_IMAGE_PIXELS

    def __enter__(self) -> "Extractor":
        self.pool.__enter__()
        # Pillow then refuses larger images in Image.open, from the header. The setting is global to
        # the process: it is put back on exit.
        self._pillow_limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, self.limits.max_image_pixels
        self.worker.warm_up()
        return self

    def __exit__(self, *exc_info) -> None:
        Image.MAX_IMAGE_PIXELS = self._pillow_limit
        self.worker.stop()
        self.pool.__exit__(*exc_info)

    @property
    def engine_name(self) -> str:
        return self.pool.engine_name

    def extract(self, path: Path, media_hint: str | None = None) -> ExtractedDocument:
        """The text of one document. `media_hint` (the name or extension it arrived with) only
        sharpens the messages when the content is not what the name says: the bytes decide the type."""
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
            pending = self.read_pdf(path)
        elif kind == "image":
            pending = read_image(path, image_format, self.limits, self.pool)
        elif kind == "zip":
            pending = already_read("docx", self.worker.call(read_docx, path, self.limits, media_hint), "docx")
        elif kind == "html":
            pending = already_read("html", read_html(path.read_bytes(), media_hint), "html")
        else:
            pending = already_read("txt", read_text(path.read_bytes(), media_hint), "txt")
        pending.notes = (*pending.notes, *content_notes(pending.extension, media_hint or path.name))
        return pending

    def read_pdf(self, path: Path) -> PendingDocument:
        outline = self.worker.call(pdf_outline, path, self.limits)
        renderer = PdfRenderer(path, self.limits)
        pages = [plan if isinstance(plan, Page) else self.pool.submit(plan_loader(plan, renderer))
                 for plan in outline.plans]
        return PendingDocument("pdf", pages, renderer.close, "pdf", outline.notes, dict(outline.empty_because))

    def reread(self, path: Path, page_numbers: Iterable[int], preparation: Preparation | str) -> "Rereading":
        """The given pages (1-based) of a stored PDF or image OCRed again with another preparation —
        a second chance when the first reading gave no conclusive identity. Text-layer pages are
        OCRed too (from their rendering). Pages out of range are skipped."""
        path, preparation = Path(path), Preparation(preparation)
        loaders, release = self.page_loaders(path)
        try:
            wanted = [number for number in dict.fromkeys(page_numbers) if 1 <= number <= len(loaders)]
            futures = [(number, self.pool.submit(loaders[number - 1], preparation)) for number in wanted]
            readings = [(number, future.result()) for number, future in futures]
        finally:
            release()
        pages = tuple(Page(number, reading.text, "ocr", reading.confidence, reading.doubtful_words)
                      for number, reading in readings)
        used = tuple(reading.preparation or preparation for _, reading in readings)
        return Rereading(preparation, pages, used)

    def page_loaders(self, path: Path) -> tuple[list[PageLoader], Callable[[], None]]:
        """How to get each page's image, for a file already read once; and what to call when done."""
        with path.open("rb") as file:
            kind, image_format = sniff(file.read(2048))
        if kind == "image":
            frame_count = check_image(path, image_format, self.limits)
            return [partial(load_frame, path, image_format, index, self.limits)
                    for index in range(frame_count)], lambda: None
        if kind != "pdf":
            return [], lambda: None
        outline = self.worker.call(pdf_outline, path, self.limits)
        renderer = PdfRenderer(path, self.limits)
        return [plan_loader(RenderPage(number - 1) if isinstance(plan, Page) else plan, renderer)
                for number, plan in enumerate(outline.plans, start=1)], renderer.close

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

@dataclass(frozen=True)
class Rereading:
    """Pages read again with the second chance `asked`, and the preparation each was actually read with: the page's
    own chance for that name (ocr.chance_for — a fax, first read smoothed, gets its Otsu reading for `smooth`)."""

    asked: Preparation
    pages: tuple[Page, ...]
    preparations: tuple[Preparation, ...]  # one per page, in the order of `pages`

    @property
    def used(self) -> str:
        """The preparations the pages were read with, `/` between them when pages differ (a fax page and a gray one
        in the same PDF)."""
        return "/".join(dict.fromkeys(p.value for p in self.preparations)) or self.asked.value


@dataclass(frozen=True)
class RenderPage:
    index: int  # 0-based
    dpi: float | None = None  # the scanned image's own resolution, when the page should be rendered at it
    bilevel: bool = False  # that image is black and white (a fax)


@dataclass
class PdfOutline:
    """What the worker found: per page its text layer, its embedded JPEG or the need to render it."""

    plans: list  # Page | EmbeddedJpeg | RenderPage
    notes: tuple[str, ...] = ()
    empty_because: dict[int, str] = field(default_factory=dict)


def pdf_outline(path: Path, limits: Limits) -> PdfOutline:
    """Runs in the worker. pypdf strict first; a file it refuses is read again by pypdf non-strict,
    then by pdfium — whichever finds the most pages — and says so in its notes. A page missing
    from the declared count sends the document to review."""
    try:
        return outline_from(open_pdf(path, strict=True), limits)
    except (EncryptedDocument, DocumentTooLarge):
        raise
    except UnreadableDocument:
        pass
    declared, readings = None, []
    try:
        reader = open_pdf(path, strict=False)
        declared = declared_page_count(reader)
        readings.append(outline_from(reader, limits, forgiving=True))
    except (EncryptedDocument, DocumentTooLarge):
        raise
    except UnreadableDocument:
        pass
    try:
        readings.append(pdfium_outline(path, limits))
    except (EncryptedDocument, DocumentTooLarge):
        raise
    except UnreadableDocument:
        pass
    readings = [reading for reading in readings if reading.plans]
    if not readings:
        raise UnreadableDocument(PDF_DAMAGED)
    best = max(readings, key=lambda reading: len(reading.plans))  # pypdf first when they agree
    read = len(best.plans)
    declared = max(declared or 0, read)
    if read < declared:
        raise UnreadableDocument(PDF_PAGES_MISSING.format(read=read, declared=declared))
    best.notes = (PDF_REPAIRED.format(read=read, declared=declared),)
    return best


def open_pdf(path: Path, strict: bool) -> PdfReader:
    with pdf_errors():
        reader = PdfReader(path, strict=strict)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")  # a PDF "protected" by an owner password only
            except (DependencyError, NotImplementedError) as exc:
                raise EncryptedDocument(PDF_ENCRYPTED) from exc
            if not unlocked:
                raise EncryptedDocument(PDF_ENCRYPTED)
        return reader


def declared_page_count(reader: PdfReader) -> int | None:
    """The page tree's own /Count, which a damaged file may no longer reach in full."""
    try:
        count = int(resolved(resolved(reader.trailer["/Root"])["/Pages"])["/Count"])
    except Exception:  # the catalogue itself is damaged: nothing declared
        return None
    return count if count > 0 else None


def outline_from(reader: PdfReader, limits: Limits, forgiving: bool = False) -> PdfOutline:
    with pdf_errors():
        count = len(reader.pages)
        if count == 0:
            raise UnreadableDocument(PDF_DAMAGED)
        check_page_count(count, limits)
        outline = PdfOutline([])
        typed = typing_origin.pdf_typed(reader)
        for index in range(count):
            outline.plans.append(forgiving_plan(reader, index, limits, outline, typed) if forgiving
                                 else page_plan(reader.pages[index], index, limits, outline, typed))
        return outline


def forgiving_plan(reader: PdfReader, index: int, limits: Limits, outline: PdfOutline, typed: bool = False):
    """A page whose objects pypdf cannot follow is still rendered by pdfium."""
    try:
        return page_plan(reader.pages[index], index, limits, outline, typed)
    except DocpipeError:
        raise
    except Exception:
        return RenderPage(index)


def pdfium_outline(path: Path, limits: Limits) -> PdfOutline:
    """pdfium's reading (it rebuilds a broken cross-reference table): text layers and pages to render."""
    with pdf_errors():
        document = pdfium.PdfDocument(str(path))
        try:
            check_page_count(len(document), limits)
            outline = PdfOutline([])
            for index in range(len(document)):
                page = document[index]
                try:
                    width, height = page.get_size()
                    text = normalise_newlines(page.get_textpage().get_text_bounded())
                finally:
                    page.close()
                outline.plans.append(text_or_render(text, index, width, height, limits, outline))
            return outline
        finally:
            document.close()


def text_or_render(text: str, index: int, width_pt: float, height_pt: float, limits: Limits,
                   outline: PdfOutline, typed: bool = False):
    """`typed`: the text layer is the author's, no scan lies under it (see Page.typed)."""
    if min(width_pt, height_pt) < MIN_PAGE_PT:
        outline.empty_because[index + 1] = TINY_PAGE.format(width=round(width_pt, 1), height=round(height_pt, 1))
        return Page(index + 1, "", "text")
    if usable_text_layer(text, limits):
        return Page(index + 1, text, "text", typed=typed)
    return RenderPage(index)


def page_plan(page, index: int, limits: Limits, outline: PdfOutline, typed: bool = False):
    """The page's text layer when it has one, else how to get its image for OCR. `typed`: the document is its
    author's typing (typing_origin.pdf_typed), so is its text layer."""
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    plan = text_or_render(normalise_newlines(page.extract_text() or ""), index, abs(width), abs(height), limits,
                          outline, typed=typed)
    if not isinstance(plan, RenderPage):
        return with_caption_rows_joined(page, plan)
    scan = full_page_image(page)
    jpeg = embedded_jpeg(page, scan)
    if jpeg is None:
        return native_render(index, scan, limits)
    check_pixels(jpeg.width * jpeg.height, limits)
    return jpeg


def with_caption_rows_joined(page, plan: Page) -> Page:
    """A form's captions each joined to the value the page's layout puts under it (identity.caption_rows_joined): read
    laid out only when two captions follow each other on their lines, and kept as it was if the layout fails."""
    if not identity.stacked_captions(plan.text):
        return plan
    try:
        laid_out = normalise_newlines(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # pypdf's layout mode on a page its plain mode read: the plain text stands
        return plan
    return replace(plan, text=identity.caption_rows_joined(plan.text, laid_out))


def plan_loader(plan, renderer: "PdfRenderer") -> PageLoader:
    if isinstance(plan, EmbeddedJpeg):
        return partial(load_jpeg, plan)
    return partial(renderer.render, plan.index, plan.dpi, plan.bilevel)


@contextmanager
def pdf_errors() -> Iterator[None]:
    """pypdf and pdfium raise many kinds of errors on damaged or hostile files: one reason for all."""
    try:
        yield
    except DocpipeError:
        raise
    except FileNotDecryptedError as exc:
        raise EncryptedDocument(PDF_ENCRYPTED) from exc
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedDocument(PDF_ENCRYPTED) from exc
        raise UnreadableDocument(PDF_DAMAGED) from exc
    except Exception as exc:
        raise UnreadableDocument(PDF_DAMAGED) from exc


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


def embedded_jpeg(page, scan: tuple[object, float] | None) -> EmbeddedJpeg | None:
    """The JPEG of a scanned page, as stored, given the page's full-page image (`full_page_image`): one DCT image
    stretched over the whole page.

    Taking its bytes costs ~0.5 ms where pypdf's `page.images` re-encodes it (~30 ms); anything
    less plain (masks, CMYK, several images, stretched) is rendered by pdfium instead."""
    if scan is None or not plain_jpeg(scan[0]):
        return None
    image, dpi = scan
    width, height = int(resolved(image["/Width"])), int(resolved(image["/Height"]))
    return EmbeddedJpeg(image.get_data(), width, height, dpi, page.rotation % 360)


def full_page_image(page) -> tuple[object, float] | None:
    """The page's one image stretched over the whole page (a scan), and its resolution."""
    xobjects = resolved(resolved(page.get("/Resources")) or {}).get("/XObject")
    xobjects = resolved(xobjects)
    if not xobjects or len(xobjects) != 1:
        return None
    image = resolved(next(iter(xobjects.values())))
    if resolved(image.get("/Subtype")) != "/Image":
        return None
    width, height = int(resolved(image["/Width"])), int(resolved(image["/Height"]))
    page_width_in, page_height_in = float(page.mediabox.width) / 72, float(page.mediabox.height) / 72
    if page_width_in <= 0 or page_height_in <= 0:
        return None
    x_dpi, y_dpi = width / page_width_in, height / page_height_in
    if abs(x_dpi - y_dpi) > 0.03 * max(x_dpi, y_dpi):
        return None  # not drawn over the whole page, or turned by the content stream
    return image, x_dpi


# A scan at this resolution or more, enlarged ×2 by the OCR's preparation, is past the resolution it enlarges.
MIN_NATIVE_DPI = UPSCALE_BELOW_DPI / 2


def native_render(index: int, scan: tuple[object, float] | None, limits: Limits) -> "RenderPage":
    """How to render a page whose scanned image (`scan`, from `full_page_image`) is below `ocr_dpi`: at the scan's
    own resolution, the page keeps the scan's own pixels. Measured on 1-bit faxes at 200 dpi (independent corpus, dev
    seed 220): rendered at 300 dpi, each pixel stretched to 1.5 unequal ones, a fax's specks grew to the size of a
    full stop and letters' strokes to uneven widths; identity fields read exactly 52/70 against 56/70 at the scan's
    own resolution (enlarged ×2 by the OCR's preparation, as the same fax sent as TIFF is)."""
    if scan is None or not MIN_NATIVE_DPI <= scan[1] < limits.ocr_dpi:
        return RenderPage(index)
    image, dpi = scan
    bilevel = int(resolved(image.get("/BitsPerComponent", 8))) == 1 or bool(resolved(image.get("/ImageMask", False)))
    return RenderPage(index, dpi, bilevel)


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

    def render(self, index: int, native_dpi: float | None = None, bilevel: bool = False) -> PageScan:
        """`native_dpi`: the page's scanned image's resolution, rendered at it (`native_render`); `bilevel`:
        that image is black and white."""
        with PDFIUM_LOCK, pdf_errors():
            if self._document is None:
                self._document = pdfium.PdfDocument(str(self.path))
            page = self._document[index]
            try:
                dpi = min(native_dpi or self.limits.ocr_dpi, render_dpi(*page.get_size(), self.limits))
                # RGB: measured ~100 ms a page against ~215 ms for pdfium's own grayscale
                bitmap = page.render(scale=whole_pixels_scale(*page.get_size(), dpi))
                try:
                    image = bitmap.to_pil().convert("L")  # a copy: the PIL image shares pdfium's buffer
                finally:
                    bitmap.close()
            finally:
                page.close()
        return PageScan(image, dpi, bilevel and dpi == native_dpi)

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._document is not None:
                self._document.close()
                self._document = None


# A page whose side at the rendering's resolution falls this near a whole number of pixels is that many pixels.
WHOLE_PIXELS_EPSILON = 0.01


def whole_pixels_scale(width_pt: float, height_pt: float, dpi: float) -> float:
    """The scale that renders the page at `dpi`, its sides a whole number of pixels where they are one but for the
    float's error. pypdfium2 sizes the bitmap by rounding up (`ceil`): an A4 page of 595.2 points read back as
    595.2000122 is 1240.00003 pixels at 150 dpi, rendered 1241 pixels wide, every pixel of the fax it holds stretched
    over unequal ones — Tesseract then read `15/06/1999` for `15/06/1939` and lost the identity table's rows (first
    corpus s814-018, fax 150 dpi in a PDF; read right at 1240)."""
    scale = dpi / 72
    for side in (width_pt, height_pt):
        pixels = side * (dpi / 72)  # as pypdfium2 multiplies
        whole = round(pixels)
        if whole > 0 and abs(pixels - whole) < WHOLE_PIXELS_EPSILON:
            scale = min(scale, (whole - WHOLE_PIXELS_EPSILON / 10) / side)
    return scale


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
    loaders = [partial(load_frame, path, image_format, index, limits) for index in range(frame_count)]
    return PendingDocument("image", [pool.submit(load) for load in loaders],
                           extension=IMAGE_EXTENSIONS.get(image_format, "bin"))


def check_image(path: Path, image_format: str, limits: Limits) -> int:
    """Number of pages, once every page's size has been checked from the headers alone."""
    with image_errors(damaged_image_reason(path)):
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


def load_frame(path: Path, image_format: str, index: int, limits: Limits | None = None) -> PageScan:
    max_pixels = (limits or Limits()).max_image_pixels
    with image_errors(damaged_image_reason(path)), Image.open(path, formats=[image_format]) as image:
        image.seek(index)
        dpi = scan_dpi(image)
        return PageScan(square_pixels(ImageOps.exif_transpose(image), declared_dpi(image), max_pixels), dpi)


def declared_dpi(image: Image.Image) -> tuple[float, float] | None:
    """The resolution the file declares, or None when it is missing or absurd: beyond any scanner,
    or more anisotropic than a standard-mode fax (`pHYs` of 10 × 10 000 px/m once asked for 10⁹ pixels)."""
    declared = image.info.get("dpi")
    try:
        x_dpi, y_dpi = float(declared[0]), float(declared[1])
    except (TypeError, ValueError, IndexError):
        return None
    if not (0 < x_dpi <= MAX_DPI and 0 < y_dpi <= MAX_DPI):
        return None
    if max(x_dpi, y_dpi) / min(x_dpi, y_dpi) > MAX_ANISOTROPY:
        return None
    return x_dpi, y_dpi


def square_pixels(image: Image.Image, declared: tuple[float, float] | None, max_pixels: int) -> Image.Image:
    """Fax in standard mode: 204 × 98 dpi. Stretched back to square pixels, Tesseract reads it —
    unless the stretched page would exceed the pixel limit."""
    if not declared:
        return image
    x_dpi, y_dpi = declared
    if abs(x_dpi - y_dpi) <= 0.2 * max(x_dpi, y_dpi):
        return image
    if x_dpi > y_dpi:
        size = (image.width, round(image.height * x_dpi / y_dpi))
    else:
        size = (round(image.width * y_dpi / x_dpi), image.height)
    if size[0] * size[1] > max_pixels:
        return image
    return image.resize(size)


def scan_dpi(image: Image.Image) -> float:
    """The resolution the scanner declared (the larger one, once pixels are square); cameras and
    screenshots often declare 72 or 96 whatever the page size, so a declaration that makes the page
    larger than A3 is replaced by an estimate assuming an A4 page."""
    declared = declared_dpi(image)
    dpi = max(declared) if declared else 0.0
    if dpi < 50:
        return float(DEFAULT_DPI)
    long_side = max(image.size)
    if long_side / dpi > LARGEST_PAPER_IN:
        return long_side / A4_LONG_SIDE_IN
    return dpi


def damaged_image_reason(path: Path) -> str:
    """What to say when Pillow cannot decode the file: a BigTIFF is named, so that it can be saved again."""
    with path.open("rb") as file:
        return BIGTIFF_DAMAGED if file.read(4) in BIGTIFF_SIGNATURES else IMAGE_DAMAGED


@contextmanager
def image_errors(reason: str = IMAGE_DAMAGED) -> Iterator[None]:
    """Pillow reports damaged files with several exception types: one reason for all."""
    try:
        yield
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise image_too_large(pixel_count(exc)) from exc
    except (OSError, ValueError, SyntaxError, EOFError, struct.error, IndexError) as exc:
        raise UnreadableDocument(reason) from exc


# --- Word ---------------------------------------------------------------------------------------

def read_docx(path: Path, limits: Limits, media_hint: str | None = None) -> list[Page]:
    """Runs in the worker (time and memory bounded) when called by the Extractor."""
    check_word_archive(path, limits, media_hint)
    try:
        document = docx.Document(str(path))
        lines = [*header_footer_lines(document, "header"), *block_lines(document),
                 *header_footer_lines(document, "footer")]
    except DocpipeError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # python-docx lets zip, XML and KeyError failures through as they come
        raise UnreadableDocument(WORD_DAMAGED) from exc
    return [Page(1, "\n".join(lines).strip("\n"), "text", typed=typing_origin.word_typed(path))]


def check_word_archive(path: Path, limits: Limits, media_hint: str | None = None) -> None:
    """A Word document, and one whose parts stay reasonable once unpacked (zip bombs): the whole
    under `max_file_mb`, each XML part under `MAX_WORD_XML_MB`, the body under `MAX_WORD_PARAGRAPHS`
    paragraphs (counted while streaming, before python-docx builds its tree)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if not any(member.filename.startswith("word/") for member in members):
                raise UnsupportedDocument(not_recognised(media_hint))
            # zipfile never inflates a member past its declared size, so the directory can be trusted.
            unpacked = sum(member.file_size for member in members)
            if unpacked > limits.max_file_mb * MIB:
                raise DocumentTooLarge(WORD_TOO_BIG.format(
                    what=f"son contenu décompressé dépasse {limits.max_file_mb} Mo"))
            for member in members:
                if member.filename.endswith(".xml") and member.file_size > MAX_WORD_XML_MB * MIB:
                    raise DocumentTooLarge(WORD_TOO_BIG.format(
                        what=f"sa partie {member.filename} dépasse {MAX_WORD_XML_MB} Mo une fois décompressée"))
            if "word/document.xml" in archive.namelist():
                count_paragraphs(archive, "word/document.xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
        raise UnreadableDocument(WORD_DAMAGED) from exc


def count_paragraphs(archive: zipfile.ZipFile, name: str) -> int:
    """Paragraphs of one XML part, streamed; refused past `MAX_WORD_PARAGRAPHS`."""
    count, tail = 0, b""
    with archive.open(name) as part:
        while chunk := part.read(MIB):
            window = tail + chunk
            tail = window[-5:]  # a tag cut between two chunks is counted with the next one
            count += paragraph_tags(window) - paragraph_tags(tail)
            if count > MAX_WORD_PARAGRAPHS:
                raise DocumentTooLarge(WORD_TOO_BIG.format(what=f"plus de {MAX_WORD_PARAGRAPHS} paragraphes"))
    return count + paragraph_tags(tail)


def paragraph_tags(xml: bytes) -> int:
    return xml.count(b"<w:p>") + xml.count(b"<w:p ") + xml.count(b"<w:p/")


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
        elif fields_side_by_side(cell_lines):
            lines += [join_cells(label + value) for label, value in zip(cell_lines[::2], cell_lines[1::2])]
        else:
            lines.append(join_cells([found[0] for found in cell_lines if found]))
    return lines


def fields_side_by_side(cell_lines: list[list[str]]) -> bool:
    """`Nom utilisé | NICOLAS | Matricule INS | 2 89 12 …`: two fields in one row (third independent corpus, a
    two-column identity table) — one line each, or the second label reads as the first value's next word."""
    labels = cell_lines[::2]
    return len(cell_lines) >= 4 and len(cell_lines) % 2 == 0 \
        and all(len(label) == 1 and a_fields_label(label[0]) for label in labels)


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
    return [Page(number, chunk.strip("\n"), "text", typed=True) for number, chunk in enumerate(chunks, start=1)]


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


# --- HTML ---------------------------------------------------------------------------------------

BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
              "header", "footer", "title", "pre", "blockquote", "dt", "dd"}
CELL_TAGS = {"td", "th"}


class HtmlText(html.parser.HTMLParser):
    """The visible text of a page: one line per block, the cells of a table row joined by « : »."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self._hidden = 0  # inside <script> or <style>

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1
        elif tag in BLOCK_TAGS:
            self.lines.append("")
        elif tag in CELL_TAGS and self.lines[-1].strip():
            self.lines[-1] = join_cells([self.lines[-1].strip(), ""])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden = max(0, self._hidden - 1)
        elif tag in BLOCK_TAGS:
            self.lines.append("")

    def handle_data(self, data):
        if not self._hidden:
            self.lines[-1] += re.sub(r"\s+", " ", data)

    def text(self) -> str:
        return "\n".join(" ".join(line.split()) for line in self.lines if line.strip())


def read_html(data: bytes, media_hint: str | None = None) -> list[Page]:
    parser = HtmlText()
    parser.feed(decode_text(data, media_hint))
    parser.close()
    return [Page(1, parser.text(), "text", typed=True)]
