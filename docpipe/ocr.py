"""Tesseract, and only here: the engines that run it, preparing page images, reading its words, the pool.

The rest of docpipe hands over page images (`PageScan`) and gets back `OcrResult`s; it never
knows which engine read them. Two engines behind one seam (`OcrEngine`):

- `TesserocrEngine`, the default: libtesseract in-process through tesserocr, one `PyTessBaseAPI`
  per worker thread, created once and reused, the image handed over in memory. tesserocr releases
  the GIL while Tesseract works, so threads use every core. Measured on light pages (a lab sheet, a
  short letter) it saves the ~0.3 s a `tesseract` process spends loading its model on every page.
- `CliEngine`, the fallback when tesserocr cannot be imported: one `tesseract` process per page, the
  page written as PBM in a private scratch folder whose owner pid is recorded, so that a folder left
  by a killed process is removed by the next one.
"""
from __future__ import annotations

import enum
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, Iterable, Protocol

from PIL import Image, ImageChops, ImageFilter, ImageOps

from .errors import MissingDependency, OcrFailed
from .identity import (BOTH_CLOSE_ONES_RE, KIN_NOUN, LABEL_KINDS, LABEL_RE, RELATIVE_HEADING_RE, TITLE_ONLY_KINDS,
                       fold, kin_or_insured_label, label_index, only_labels)

# Measured: OpenMP's default threading made a page ~6× slower on 2 cores; we parallelise pages.
# Set before tesserocr loads libtesseract, which reads it once.
os.environ["OMP_THREAD_LIMIT"] = "1"

try:
    import tesserocr
except ImportError:  # the wheel is missing for this platform: the command line still works
    tesserocr = None

TESSERACT = "tesseract"
MIN_VERSION = (4, 0)  # LSTM engine and TSV output
PROBE_TIMEOUT_S = 30
# Measured on the benchmark's scans (benchmarks/ingest.py): identity values found on 64 light pages
# 97.9 % (fra) against 98.4 % (fra+eng) — one INS of 64 misread by fra, which then fails its key and
# sends to review —, 100 % both on 8 heavy ones; character error rate 1.00 / 0.75 % (light / heavy)
# with fra against 1.01 / 0.99 % with fra+eng; fra+eng costs ~30 % more time. `ocr.languages` overrides.
DEFAULT_LANGUAGES = "fra"

DEFAULT_DPI = 300  # scans that do not declare their resolution
DOUBTFUL_BELOW = 60.0  # a word with digits read below this confidence is reported as doubtful
# Confidence in the words of 4+ letters or digits, measured: 72–95 on upright scans, noisy or not;
# 18–36 on the same pages turned 90° or 180° (Tesseract reads them as upside-down gibberish).
SIDEWAYS_BELOW = 50.0
LONG_WORD = 4
# Measured on 10 pt text: ×2 raised digit recall from 83 to 89 % at 150 dpi, 88 to 95 % at 200 dpi.
UPSCALE_BELOW_DPI = 250
MAX_UPSCALED_PIXELS = 40_000_000  # an A4 page at 600 dpi: enough for any page worth enlarging
# Below this many pixels on a side there is no line of text to read (Tesseract fails on them with
# « Error during processing »).
MIN_SIDE_PX = 16

INSTALL_HINT = "installez-le (sous Debian/Ubuntu : apt install tesseract-ocr tesseract-ocr-fra)"
TOO_SMALL = "page trop petite pour contenir du texte ({width} × {height} pixels)"


# --- values -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageScan:
    """The image of one page, upright as far as its file says, and its resolution."""

    image: Image.Image
    dpi: float
    bilevel: bool = False  # black and white as scanned (a fax), whatever mode the image was rendered in

    @cached_property
    def faxed(self) -> bool:
        """Black and white as scanned, below the resolution pages are enlarged from: a fax's specks can be told. So is
        a fax a PDF holds as a gray JPEG (`drawn_in_black_and_white`)."""
        if self.dpi >= UPSCALE_BELOW_DPI:
            return False
        return self.bilevel or self.image.mode == "1" or drawn_in_black_and_white(self.image)


# A black-and-white page drawn in gray (a fax stored in a PDF as a JPEG) keeps gray only where the compression
# blurred an edge; a scanned or anti-aliased gray page grays every edge of its letters. Measured on dev corpora, the
# gray share of the pixels that are not paper: 0.2 to 0.8 % on the faxes in PDF (own seeds 400–404, 72 pages at 150
# and 200 dpi); 10.7 % and more on gray scans at 200 dpi (own seed 408: PDF scans, PNG, JPEG, TIFF, 28 pages), 99.6 %
# and more on the independent corpus's (seeds 262–263, 73 pages); 8.9 % on the cleanest 300 dpi scan.
MAX_GRAY_SHARE = 0.03
INK_BELOW, PAPER_FROM = 32, 224  # darker than INK_BELOW: ink; from PAPER_FROM: paper; between: gray


def drawn_in_black_and_white(image: Image.Image) -> bool:
    """All but a few of the page's non-paper pixels are black: a black-and-white page, whatever its image mode.
    First read smoothed as a fax is (`first_preparation`), a fax in PDF files more: own corpus, fax PDFs of ten dev
    seeds (400–411; in process, /tmp/scan11/declab.py), 46 → 57 of 79 filed right (14 gained, 3 lost to review), no
    wrong filing added and one removed (a two-patient fax whose first identity Otsu lost); fewer second readings;
    Tesseract's time on a first reading +19 %."""
    histogram = (image if image.mode == "L" else grayscale(image)).histogram()
    marked = sum(histogram[:PAPER_FROM])
    return marked > 0 and sum(histogram[INK_BELOW:PAPER_FROM]) <= MAX_GRAY_SHARE * marked


PageLoader = Callable[[], PageScan]  # decodes (or renders) the page when a worker is ready for it


class Preparation(str, enum.Enum):
    """How a page image is cleaned before Tesseract reads it. `first_preparation` chooses the first reading
    (`OTSU`, or `SMOOTH` for a fax); the others are second chances (`Extractor.reread`) when the first one
    did not give a conclusive identity."""

    OTSU = "otsu"  # grayscale, ×2 below 250 dpi, one global threshold (unless it blackens the page: `otsu_or_adaptive`)
    GRAY = "gray"  # no binarisation: Tesseract's own thresholding on the gray page
    ADAPTIVE = "adaptive"  # a threshold that follows the paper (shadows, uneven lighting)
    MEDIAN = "median"  # 3×3 median filter (specks, fax noise), then Otsu
    UPSCALE = "upscale"  # enlarged to 300 dpi or more (×2 at least), then Otsu
    SPARSE = "sparse"  # Otsu, read as sparse text: every piece of text, whatever the page's layout
    SMOOTH = "smooth"  # a slight blur, ×2 below 250 dpi, no binarisation: a 1-bit fax's jagged letters smoothed
    LINES = "lines"  # Otsu, then the straight lines erased: a form's rules and the boxes of its comb fields

    @property
    def sparse(self) -> bool:
        """Tesseract's automatic layout analysis sometimes finds no text line where one is printed (a bold
        heading over a tighter line: `ETCHEVERRY Louis` on a patient label, read nowhere on the page).
        Sparse-text segmentation (mode 11) looks for every piece of text on its own and finds it."""
        return self is Preparation.SPARSE


@dataclass(frozen=True)
class OcrResult:
    text: str  # one line per Tesseract line, a blank line between paragraphs
    confidence: float | None  # mean word confidence, 0–100; None when no word was found
    doubtful_words: tuple[str, ...]
    rotation: int = 0  # degrees clockwise the page was turned before it could be read
    legibility: float | None = None  # mean confidence of the long words, None if there are few
    empty_because: str | None = None  # why there is nothing to read, when Tesseract was not even asked
    # How the page was actually prepared (`chance_for`): a fax's second chance named `SMOOTH` is its Otsu reading
    preparation: Preparation | None = None


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    paragraph: tuple[int, int]  # (block, paragraph)
    line: tuple[int, int, int]  # (block, paragraph, line)
    left: int = 0  # pixels
    width: int = 0
    height: int = 0
    top: int = 0

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


# --- probing ------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def check_tesseract(languages: str) -> tuple[int, ...]:
    """Tesseract's version, once it is known to run and to have every language asked for."""
    version = tesseract_version()
    if version < MIN_VERSION:
        found = ".".join(map(str, version))
        raise MissingDependency(f"Tesseract {found} est trop ancien : la version 4 ou plus est requise.")
    missing = [lang for lang in languages.split("+") if lang not in installed_languages()]
    if missing:
        packages = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
        raise MissingDependency(
            f"Langue(s) {', '.join(missing)} absente(s) de Tesseract : la lecture des scans est "
            f"impossible. Installez-les (sous Debian/Ubuntu : apt install {packages}).")
    return version


def tesseract_version() -> tuple[int, ...]:
    output = run_probe(["--version"])
    first_line = output.splitlines()[0] if output else ""
    match = re.search(r"(\d+)\.(\d+)", first_line)
    if not match:
        raise MissingDependency(f"Version de Tesseract illisible ({first_line!r}) : {INSTALL_HINT}.")
    return int(match.group(1)), int(match.group(2))


@lru_cache(maxsize=None)
def language_listing() -> str:
    return run_probe(["--list-langs"])


def installed_languages() -> set[str]:
    lines = language_listing().splitlines()
    return {line.strip() for line in lines[1:] if line.strip()}


def tessdata_dir() -> str:
    """Where the language models are: TESSDATA_PREFIX, else the folder `tesseract --list-langs` names."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    match = re.search(r'"([^"]+)"', language_listing().splitlines()[0] if language_listing() else "")
    if not match:
        raise MissingDependency(f"Dossier des langues de Tesseract introuvable : {INSTALL_HINT}.")
    return match.group(1)


def run_probe(args: list[str]) -> str:
    try:
        done = subprocess.run([TESSERACT, *args], capture_output=True, timeout=PROBE_TIMEOUT_S,
                              env=tesseract_env())
    except FileNotFoundError as exc:
        raise MissingDependency(f"Tesseract est introuvable : {INSTALL_HINT}.") from exc
    except subprocess.TimeoutExpired as exc:
        raise MissingDependency(f"Tesseract ne répond pas (« tesseract {' '.join(args)} »).") from exc
    # Old versions print --version on stderr.
    return (done.stdout or done.stderr).decode("utf-8", errors="replace")


def tesseract_env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def timed_out(timeout_s: float) -> OcrFailed:
    return OcrFailed(f"Lecture OCR abandonnée : la page n'a pas pu être lue en {timeout_s:g} s.")


# --- the engines --------------------------------------------------------------------------------

class OcrEngine(Protocol):
    name: str

    def words(self, image: Image.Image, dpi: float, sparse: bool = False, pixels: bytes | None = None) -> list[Word]:
        """Every word Tesseract finds, in reading order (with `sparse`, every piece of text on its own);
        `OcrFailed` past the time limit. `pixels`: the image's bytes (`image.tobytes()`), when already taken."""

    def rotation(self, image: Image.Image, dpi: float) -> int:
        """Clockwise degrees the page must be turned (orientation detection); 0 when unsure."""

    def close(self) -> None: ...


class TesserocrEngine:
    """libtesseract in-process: one API per worker thread, created on its first page and reused."""

    name = "tesserocr"

    def __init__(self, languages: str, timeout_s: float):
        self.languages, self.timeout_s = languages, timeout_s
        self.tessdata = tessdata_dir()
        self._local = threading.local()
        self._apis: list = []
        self._lock = threading.Lock()

    def _api(self, kind: str):
        api = getattr(self._local, kind, None)
        if api is None:
            if kind == "osd":
                api = tesserocr.PyTessBaseAPI(path=self.tessdata, lang="osd", psm=tesserocr.PSM.OSD_ONLY)
            else:
                api = tesserocr.PyTessBaseAPI(path=self.tessdata, lang=self.languages, psm=tesserocr.PSM.AUTO,
                                              oem=tesserocr.OEM.LSTM_ONLY)
            setattr(self._local, kind, api)
            with self._lock:
                self._apis.append(api)
        return api

    def words(self, image: Image.Image, dpi: float, sparse: bool = False, pixels: bytes | None = None) -> list[Word]:
        api = self._api("read")
        api.SetPageSegMode(tesserocr.PSM.SPARSE_TEXT if sparse else tesserocr.PSM.AUTO)
        pixels = hand_over(api, image, pixels)  # kept until the words are read: Tesseract may not have copied them
        api.SetSourceResolution(round(dpi))
        started = time.monotonic()
        if not api.Recognize(timeout=round(self.timeout_s * 1000)):
            if time.monotonic() - started >= self.timeout_s * 0.9:
                raise timed_out(self.timeout_s)
            raise OcrFailed("Tesseract n'a pas pu lire la page.")
        return read_tsv(api.GetTSVText(0))

    def rotation(self, image: Image.Image, dpi: float) -> int:
        api = self._api("osd")
        api.SetImage(image)
        api.SetSourceResolution(round(dpi))
        try:
            found = api.DetectOrientationScript()
        except RuntimeError:
            return 0  # too few letters to tell
        if not found:
            return 0
        # orient_deg is how far the page was turned clockwise: turning it back is the rest of a turn.
        return (360 - int(found["orient_deg"])) % 360

    def close(self) -> None:
        with self._lock:
            for api in self._apis:
                api.End()
            self._apis.clear()


# Bytes per pixel as Tesseract takes raw pixels: 0 for black and white packed 8 to a byte (a set bit is white, as
# Pillow packs a "1" image), 1 for gray.
RAW_BYTES_PER_PIXEL = {"1": 0, "L": 1}


def hand_over(api, image: Image.Image, pixels: bytes | None = None) -> bytes | None:
    """Gives Tesseract the page's pixels as they are (`pixels`: the image's own bytes, when already taken). tesserocr's
    `SetImage` packs them again and Tesseract unpacks them: ~30 ms more on an A4 page at 300 dpi (a black-and-white
    page handed over raw, 25 ms, against 54 ms through `SetImage`). Same pixels, same reading."""
    bytes_per_pixel = RAW_BYTES_PER_PIXEL.get(image.mode)
    if bytes_per_pixel is None:
        api.SetImage(image)
        return None
    pixels = image.tobytes() if pixels is None else pixels
    line = (image.width + 7) // 8 if bytes_per_pixel == 0 else image.width
    api.SetImageBytes(pixels, image.width, image.height, bytes_per_pixel, line)
    return pixels


class CliEngine:
    """A `tesseract` process per page, the image written as PBM in a private scratch folder."""

    name = "tesseract-cli"

    def __init__(self, languages: str, timeout_s: float, scratch: Path):
        self.languages, self.timeout_s, self.scratch = languages, timeout_s, scratch

    def words(self, image: Image.Image, dpi: float, sparse: bool = False, pixels: bytes | None = None) -> list[Word]:
        with ScratchImage(image, self.scratch) as path:
            return read_tsv(self._run([str(path), "stdout", "-l", self.languages, "--dpi", str(round(dpi)),
                                       "--psm", "11" if sparse else "3", "tsv"]))

    def rotation(self, image: Image.Image, dpi: float) -> int:
        with ScratchImage(image, self.scratch) as path:
            try:
                osd = self._run([str(path), "stdout", "-l", "osd", "--dpi", str(round(dpi)), "--psm", "0"])
            except OcrFailed:
                return 0  # too few letters for OSD
        return read_rotation(osd)

    def _run(self, args: list[str]) -> str:
        return run_tesseract(args, self.timeout_s)

    def close(self) -> None:
        pass


def run_tesseract(args: list[str], timeout_s: float) -> str:
    try:
        # Its own session: a Ctrl-C meant for docpipe must not kill a page read half-way (it would be
        # concluded as unreadable); docpipe stops between documents instead.
        done = subprocess.run([TESSERACT, *args], capture_output=True, timeout=timeout_s,
                              env=tesseract_env(), start_new_session=True)
    except FileNotFoundError as exc:
        raise MissingDependency(f"Tesseract est introuvable : {INSTALL_HINT}.") from exc
    except subprocess.TimeoutExpired as exc:
        raise timed_out(timeout_s) from exc
    if done.returncode != 0:
        raise OcrFailed(f"Tesseract n'a pas pu lire la page : {last_message(done.stderr)}")
    return done.stdout.decode("utf-8", errors="replace")


def last_message(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", errors="replace").splitlines() if line.strip()]
    return lines[-1] if lines else "erreur inconnue"


def read_rotation(osd: str) -> int:
    """Clockwise degrees OSD says the page must be turned; 0 when it cannot tell."""
    match = re.search(r"^Rotate:\s*(\d+)", osd, re.MULTILINE)
    return int(match.group(1)) % 360 if match else 0


def make_engine(languages: str, timeout_s: float, scratch: Callable[[], Path], choice: str | None = None):
    """tesserocr when it can be imported, else the command line; `choice` (or the environment's
    DOCPIPE_OCR_ENGINE) may ask for "tesserocr" or "cli"."""
    choice = choice or os.environ.get("DOCPIPE_OCR_ENGINE") or None
    if choice == "cli" or (choice is None and tesserocr is None):
        return CliEngine(languages, timeout_s, scratch())
    if tesserocr is None:
        raise MissingDependency("tesserocr est introuvable : installez-le (pip install tesserocr).")
    return TesserocrEngine(languages, timeout_s)


# --- scratch folders for the command-line engine --------------------------------------------------

SCRATCH_PREFIX = "docpipe-ocr-"
OWNER_FILE = "owner"
UNOWNED_GRACE_S = 3600  # a folder of an older docpipe (no owner recorded) is removed after an hour


def process_start(pid: int) -> str | None:
    """The start time of a live process (field 22 of /proc/PID/stat): a pid reused later differs."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def owner_alive(owner: str) -> bool:
    pid_text, _, started = owner.partition(" ")
    if not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if Path("/proc").is_dir():
        return process_start(pid) is not None and (not started or process_start(pid) == started)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_scratch(parent: Path) -> list[Path]:
    """Removes the scratch folders whose owner process is gone (killed, crashed); returns them."""
    removed = []
    for folder in sorted(Path(parent).glob(f"{SCRATCH_PREFIX}*")):
        if not folder.is_dir() or folder.is_symlink():
            continue
        try:
            owner = (folder / OWNER_FILE).read_text().strip()
        except OSError:
            owner = None
        if owner is None and time.time() - folder.stat().st_mtime < UNOWNED_GRACE_S:
            continue
        if owner is not None and owner_alive(owner):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def make_scratch(parent: Path | None) -> Path:
    """A private folder (0700: page images are patient data) naming the process that owns it."""
    if parent is not None:
        Path(parent).mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=parent))
    (folder / OWNER_FILE).write_text(f"{os.getpid()} {process_start(os.getpid()) or ''}".strip())
    return folder


class ScratchImage:
    """A black-and-white page written as PBM (no compression to pay) for the length of a `with`."""

    def __init__(self, image: Image.Image, folder: Path):
        self.image = image
        self.path = folder / f"page-{uuid.uuid4().hex}.pbm"

    def __enter__(self) -> Path:
        self.image.save(self.path, format="PPM")
        return self.path

    def __exit__(self, *exc_info) -> None:
        self.path.unlink(missing_ok=True)


# --- reading Tesseract's output -----------------------------------------------------------------

def read_tsv(tsv: str) -> list[Word]:
    """Word rows of Tesseract's TSV (level 5), in reading order (the header row, if any, is skipped)."""
    words = []
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
            continue
        block, paragraph, line = int(cells[2]), int(cells[3]), int(cells[4])
        words.append(Word(cells[11].strip(), float(cells[10]), (block, paragraph), (block, paragraph, line),
                          int(cells[6]), int(cells[8]), int(cells[9]), int(cells[7])))
    return words


# --- from words to page text --------------------------------------------------------------------

COLUMN_GAP_HEIGHTS = 4  # a blank wider than this many word heights separates two columns, not two words
LABEL_MAX_WORDS = 4
VALUE_MAX_WORDS = 6
TITLES = {"dr", "dr.", "docteur", "pr", "pr.", "professeur", "m.", "mme", "mlle", "monsieur", "madame"}
TITLE_STEMS = {title.strip(".") for title in TITLES}  # `M`, `Dr` read without their dot


@dataclass
class Piece:
    """Words of one Tesseract line up to a wide blank: a line, a table cell or a side column's line.
    Its measures are read once its words are all in (`split_pieces`)."""

    words: list[Word]

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def line(self) -> tuple[int, int, int]:
        return self.words[0].line

    @cached_property
    def left(self) -> int:
        return self.words[0].left

    @cached_property
    def text_left(self) -> int:
        """Where its first word with a letter or a digit starts: a fax's dust may open a caption (`. Date de
        naissance`)."""
        return next((w.left for w in self.words if any(c.isalnum() for c in w.text)), self.left)

    @cached_property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @cached_property
    def middle(self) -> float:
        return sum(w.top + w.height / 2 for w in self.words) / len(self.words)

    @cached_property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @cached_property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @cached_property
    def height(self) -> int:
        return max(self.bottom - self.top, 1)

    def spans(self, y: float) -> bool:
        return self.top <= y <= self.bottom


def page_text(words: list[Word], paragraphs: bool = True) -> str:
    """Lines kept as Tesseract found them (identity reading works line by line), with three corrections
    made from the word boxes:

    - a wide blank inside a line starts a new one: Tesseract sometimes joins a side column (`Nom :
      DUPONT`) to the letterhead beside it, and the label must open its own line to be read as one;
    - a table row, a label cell (`Nom de naissance`) and a value cell (`DUPONT`) on one visual row,
      is put back on one line (`Nom de naissance : DUPONT`), wherever Tesseract placed the value;
    - a side column Tesseract read row by row with the letterhead beside it is written after it, its
      lines together (`DUPONT Jean` / `Née MARTIN` / `12/03/1957` is one sticker, not three).

    Without `paragraphs` (a sparse-text reading, where every piece of text is a block of its own), no blank
    line is written between blocks: they are no paragraphs, and a name and the date below it stay close."""
    pieces = split_pieces(words, column_gap(words))
    height = text_height(words)
    rows: dict[int, set[int]] = {}
    in_rows, taken_in_rows = table_rows(pieces, height, rows=rows)
    grid = grid_form(pieces, height, table_fields(pieces, rows))
    if grid.used:  # the rows again, without the grid's pieces
        in_rows, taken_in_rows = table_rows(pieces, height, grid.used)
    joined, taken = grid.joined | in_rows, grid.values | taken_in_rows
    lines: list[str] = []
    previous: Piece | None = None
    for index, opens_column in by_columns(reading_order(pieces, taken), grid):
        piece = pieces[index]
        new_paragraph = previous is not None and previous.line[:2] != piece.line[:2] and opens_column is not None
        if paragraphs and (new_paragraph or opens_column) and not stacked_under(previous, piece, index in grid.stacked,
                                                                                height):
            lines.append("")
        lines.append(joined.get(index, piece.text))
        previous = piece
    return "\n".join(lines)


def stacked_under(previous: Piece | None, piece: Piece, stacked: bool, height: float | None) -> bool:
    """A caption alone over its value (`stacked`: one of `GridForm.stacked`) right under the piece written before it, in
    its column: the next field of one person's block (`PERSONNE À PRÉVENIR` / `Nom, prénom : …` / `Date de naissance :
    …`), which Tesseract may have made paragraphs of their own — no blank line between, or the block would end."""
    return stacked and previous is not None and height is not None \
        and previous.bottom <= piece.top and in_column_near(piece, previous, height)


def reading_order(pieces: list[Piece], taken: set[int]) -> list[tuple[int, bool | None]]:
    """Indices of the pieces to write, block by block, each with whether it opens a side column (None: it
    goes on a column, with no paragraph break before it). In a block where Tesseract read a side column row
    by row with what stands beside it (pieces after a wide blank, starting at one place), the side column's
    pieces come after the rest, together. A side column's head that Tesseract left in the block above (a
    sticker's name on the letterhead's first line, its birth date and IPP beside the next lines, in the next
    block) joins the column it heads."""
    blocks = list(dict.fromkeys(piece.line[0] for piece in pieces))
    kept = {block: [i for i, piece in enumerate(pieces) if piece.line[0] == block and i not in taken]
            for block in blocks}
    sides = {block: side_column(pieces, block, kept[block], taken) for block in blocks}
    headed: set[int] = set()  # the first piece of a column below its head: no paragraph break before it
    for block, below in zip(blocks, blocks[1:]):
        head = column_head(pieces, block, taken) if not sides[block] else sides[block]
        if head and sides[below] and heads_column(pieces, head, sides[below]):
            kept[block] = [i for i in kept[block] if i not in head]
            sides[block], sides[below] = [], head + sides[below]
            headed.add(sides[below][len(head)])
    for block in blocks:
        if sides[block]:
            headed.update(continue_side_column(pieces, blocks, block, kept, sides))
    order: list[tuple[int, bool | None]] = []
    for block in blocks:
        side = sides[block]
        rest = [i for i in kept[block] if i not in side]
        order += [(i, False) for i in rest]
        order += [(i, None if i in headed else bool(rest) and i == side[0]) for i in side]
    return order


COLUMN_GAP_BELOW_HEIGHTS = 2  # at most this many word heights between a side column's piece and the next one below


def continue_side_column(pieces: list[Piece], blocks: list[int], block: int, kept: dict[int, list[int]],
                         sides: dict[int, list[int]]) -> list[int]:
    """A side column (a patient's sticker: IPP, surname, first name, birth date) that Tesseract cut into several
    blocks, the letterhead's lines between (`CLINIQUE DU PARC` + `IPP …` / `Unité …` + `VALOUX`, then `Chef de service
    …`, then `à` + `Pascal`, then `Né le …`; ood4 seed 32 scan_017): the pieces of the blocks below that start where
    the column starts, each within two word heights below the last, join it (moved from `kept` to `block`'s side), so
    the sticker is written whole. It ends at a block that opens a side column of its own, one that starts below it
    with nothing of it, one whose piece there is not the sticker's own line (`a_stickers_own_line`), and one that holds
    a heading or a caption alone (`ACCOMPAGNANT`) or speaks of a companion or a relative (`Accompagnée de sa mère`:
    moved into the sticker, the lines below it would lose who they name) — session 52's layout traps and this
    session's reviews. Returns the pieces joined: they go on the column, no paragraph break before them."""
    column, joined = sides[block], []
    height = max(pieces[i].height for i in column)
    lefts = [pieces[i].left for i in column]
    low, high = min(lefts) - height, max(lefts) + height
    bottom = max(pieces[i].bottom for i in column)
    for below in blocks[blocks.index(block) + 1:]:
        if sides[below] or not kept[below]:
            break
        joining, last = [], bottom
        for i in sorted(kept[below], key=lambda i: pieces[i].top):
            if low <= pieces[i].left <= high and pieces[i].top - last <= COLUMN_GAP_BELOW_HEIGHTS * height:
                joining.append(i)
                last = max(last, pieces[i].bottom)
        others = [pieces[i].text for i in kept[below] if i not in joining]
        if any(not a_stickers_own_line(pieces, i) for i in joining) \
                or any(a_heading_or_label(text) or speaks_of_someone_else(text) for text in others):
            break  # another person's lines under the sticker, or a date no label says is the sticker's
        bottom = last
        if not joining and min(pieces[i].top for i in kept[below]) - bottom > COLUMN_GAP_BELOW_HEIGHTS * height:
            break
        kept[below] = [i for i in kept[below] if i not in joining]
        sides[block] = sides[block] + joining
        joined += joining
    return joined


# A companion or a relative spoken of beside the pieces below a sticker (`Accompagnée de sa mère`): they may be hers.
SOMEONE_ELSE_RE = re.compile(rf"ACCOMPAGN|PRESENCE|\bAVEC\b|(?<![\w-]){KIN_NOUN}(?![\w-])")


def speaks_of_someone_else(text: str) -> bool:
    return SOMEONE_ELSE_RE.search(fold(text)) is not None


def a_stickers_own_line(pieces: list[Piece], index: int) -> bool:
    """A piece below the sticker that may go on with it: its first name (`Pascal`) or a labelled line (`Né le
    14.07.1992 Sexe : M`) — not a date alone (`10/06/2023`, no label says whose), not a name in capitals nor one after a
    civility or a title (a companion's `M. FUBOVET Jacques`, a mother's `MARTIN Claire` under the sticker: a sticker
    prints one person), not a piece with a word or a label beside it on its Tesseract line, a speck aside (`à` +
    `Pascal`; `Contact :` + `Mme Hélène LOREVUT`)."""
    piece = pieces[index]
    before = pieces[index - 1] if index > 0 else None
    beside = before is not None and before.line == piece.line \
        and (sum(c.isalnum() for c in before.text) >= 2 or before.text.rstrip().endswith(":"))
    return any(c.isalpha() for c in piece.text) and not re.search(r"[A-ZÀ-Ý][A-ZÀ-Ý'-]+", piece.text) \
        and piece.text.split()[0].lower().strip(".") not in TITLE_STEMS and not beside


def a_heading_or_label(text: str) -> bool:
    """A caption or a heading alone: a label ending with its colon (`Contact :`), a field's label identity knows (`Date
    de naissance`), a relative's heading (`Mère`), a few words in capitals (`ACCOMPAGNANT`)."""
    words = text.split()
    in_capitals = 0 < len(words) <= 3 and text.upper() == text and any(c.isalpha() for c in text) \
        and not any(c.isdigit() for c in text)
    return text.rstrip().endswith(":") or a_fields_label(text) or a_third_partys_heading(text) or in_capitals


def side_column(pieces: list[Piece], block: int, kept: list[int], taken: set[int]) -> list[int]:
    """The block's pieces in one column to the right of others on their Tesseract line, with the
    pieces starting there alone on theirs (`UF 7843` below the sticker); none unless two or more, and
    none in a table (pieces after a wide blank starting at several places, or joined to their labels)."""
    beside = [i for i in range(1, len(pieces)) if pieces[i].line[0] == block and pieces[i - 1].line == pieces[i].line]
    if len(beside) < 2 or taken.intersection(beside):
        return []
    height = max(pieces[i].height for i in beside)
    lefts = [pieces[i].left for i in beside]
    if max(lefts) - min(lefts) > height:
        return []
    return [i for i in kept if i in beside or min(lefts) - height <= pieces[i].left <= max(lefts) + height]


def column_head(pieces: list[Piece], block: int, taken: set[int]) -> list[int]:
    """The one piece of the block standing after a wide blank on its Tesseract line, if there is exactly one."""
    beside = [i for i in range(1, len(pieces)) if pieces[i].line[0] == block and pieces[i - 1].line == pieces[i].line]
    return beside if len(beside) == 1 and not taken.intersection(beside) else []


def heads_column(pieces: list[Piece], head: list[int], column: list[int]) -> bool:
    """`head` starts where `column` starts and stands right above it (at most two word heights between)."""
    height = max(pieces[i].height for i in column)
    lefts = [pieces[i].left for i in column]
    above, first = pieces[head[-1]], min(pieces[i].top for i in column)
    return all(min(lefts) - height <= pieces[i].left <= max(lefts) + height for i in head) \
        and -height / 2 <= first - above.bottom <= 2 * height and above.top < first


def split_pieces(words: list[Word], gap: float | None) -> list[Piece]:
    pieces: list[Piece] = []
    for previous, word in zip([None, *words], words):
        same_line = previous is not None and previous.line == word.line
        if same_line and not (gap and word.left - previous.right > gap):
            pieces[-1].words.append(word)
        else:
            pieces.append(Piece([word]))
    return pieces


def table_rows(pieces: list[Piece], height: float | None = None, used: frozenset[int] | set[int] = frozenset(),
               rows: dict[int, set[int]] | None = None) -> tuple[dict[int, str], set[int]]:
    """For each label piece followed on its visual row by a value piece: the joined line, and the value
    pieces now used (they are not written again where Tesseract had put them). A label cut after its
    preposition (`Date de` / `naissance` in a narrow cell) is joined whole. Pieces already `used` (a grid
    form's fields) are neither labels nor values. `rows`, when given, gets each label's other pieces."""
    joined, taken = {}, set()
    rows = {} if rows is None else rows
    for index, label in enumerate(pieces):
        if index in taken or index in used or not is_label(label.text) or flat(label, height):
            continue
        value_index = value_beside(pieces, label, taken | set(joined) | used | {index})  # a joined label is no value
        if value_index is None or not in_table(pieces, label, pieces[value_index]) \
                or (names_a_doctor(pieces[value_index].text) and not a_fields_label(label.text)):
            continue
        caption = label.text
        if cut_after_preposition(caption):
            rest = label_continued(pieces, label, taken | {index, value_index})
            if rest is None:
                continue  # the rest of the label is elsewhere: the lines stay as Tesseract found them
            caption = f"{caption} {pieces[rest].text}"
            taken.add(rest)
            rows.setdefault(index, set()).add(rest)
        value = cell_value(pieces[value_index].text)
        joined[index] = f"{caption} {value}" if caption.endswith(":") else f"{caption} : {value}"
        taken.add(value_index)
        rows.setdefault(index, set()).add(value_index)
    return joined, taken


DOCTOR_TITLE_KEYS = TITLE_ONLY_KINDS | {"DR.", "PR."}  # identity's doctor titles, as a cell may print them


def names_a_doctor(text: str) -> bool:
    """The text opens with a doctor's title (`Dr Océane GRANDIER — Pneumologue`): as a table's value, it is the value
    of a label identity knows (`Médecin traitant`, `Prescripteur`), never of a word that may be a name itself: a side
    column's `MONNIER` beside the letterhead's second line (fourth corpus s17 scan_017) is the patient's name, not the
    caption of the doctor's. (A civility's value keeps any caption: `Accompagnant | M. DUPONT` must stay one line.)"""
    words = text.split()
    return bool(words) and fold(words[0]) in DOCTOR_TITLE_KEYS


def table_fields(pieces: list[Piece], rows: dict[int, set[int]]) -> set[int]:
    """The pieces of the table rows whose label is a field's (`Nom | MARTIN`, `Date de naissance | 27/05/1977`): a
    caption-left table's rows stack too, one caption over the next, and no grid reading may take them apart
    (review45). A grid's row of values (`JOUBARD  M`) holds no field's label, its row of captions (`Nom utilisé  Lieu
    de naissance`) two: both are left to the grid. `rows`: each table row's label and its other pieces (`table_rows`)."""
    return {index for label, others in rows.items()
            if a_fields_label(pieces[label].text) and not any(a_fields_label(pieces[i].text) for i in others)
            for index in {label, *others}}


# A grid form's value stands right under its caption: measured on scans at 150 to 300 dpi, at most 1.1 of the
# page's usual word height between them; the next row's caption stands 3.6 heights below an empty field's caption.
VALUE_BELOW_HEIGHTS = 1.5
# Fields of one grid column follow each other with at most this many word heights between a value and the
# next caption.
GRID_ROW_HEIGHTS = 4


@dataclass
class GridForm:
    """A form's fields laid out as a grid (`grid_form`): each caption joined to the value under it, the values
    (not written again where Tesseract had put them), and the sections to read in order, each heading first, then
    its columns top down (`opening`: the pieces a paragraph break may precede)."""

    joined: dict[int, str] = field(default_factory=dict)
    values: set[int] = field(default_factory=set)
    sections: list[list[int]] = field(default_factory=list)
    opening: set[int] = field(default_factory=set)
    stacked: set[int] = field(default_factory=set)  # captions alone over their values, left where Tesseract read them

    @property
    def used(self) -> set[int]:
        return {index for section in self.sections for index in section} | self.values


def grid_form(pieces: list[Piece], height: float | None, in_a_table: set[int] = frozenset()) -> GridForm:
    """A form's fields printed each caption above its value. Laid out as a grid, two or more fields side by side
    (`Nom de naissance` above `DUPONT`, `Sexe` above `F` to its right), Tesseract reads a row across the columns,
    captions first, then values (`Nom de naissance` / `Sexe` / `DUPONT  F`): `DUPONT` would read as the caption of
    `F`, and a patient's fields would alternate with a relative's in the next column. Each caption is joined to its
    value (`Nom de naissance : DUPONT`) for the fields of grid rows (an identity field beside another field's
    caption) and those that continue their columns; the grid is read column by column, each column under its
    heading. An identity caption alone on its row over a value alone on its own (`Nom, prénom` / `DURAND
    Christine`), which Tesseract may write as two paragraphs, is joined too, and such fields one below the other are
    read as a column under their heading (`PERSONNE À PRÉVENIR` / `Nom, prénom : …` / `Date de naissance : …`, no
    blank line between). Any other caption alone above a line is left as it is: it may be a heading. A row of captions
    reaching its values further down (`VALUE_BELOW_A_CAPTION_ROW_HEIGHTS`) may only add joins: one that would undo a
    join of the nearer reading (two slips stacked, the lower one's captions now in the upper one's band) is not
    taken (review92)."""
    if height is None:
        return GridForm()
    near_pairs = captions_over_values(pieces, height, in_a_table, far_rows=False)
    far_pairs = captions_over_values(pieces, height, in_a_table)
    near = joined_grid(pieces, height, near_pairs, in_a_table)
    if far_pairs == near_pairs:  # most pages: no row reaches further, one grid to join
        return near
    far = joined_grid(pieces, height, far_pairs, in_a_table)
    return far if set(near.joined) <= set(far.joined) else near


def another_row_of_captions(pieces: list[Piece], joined: set[int], in_a_table: set[int]) -> bool:
    """A row of identity captions none of which is in the grid (`Nom de famille   Nom d'usage   Prénom   Né(e) le`
    left as read): another person's slip on the page, whose values stay unlabelled beside a row joined as one person's
    — which would then read as the page's only person (review92: two slips stacked, the father's joined)."""
    captions = [index for index in range(len(pieces)) if in_a_caption_row(pieces, index, in_a_table)]
    for caption in captions:
        row = connected(caption, captions, lambda a, b: overlapping_rows(pieces[a], pieces[b]))
        if not row & joined and any(a_name_caption(pieces[index].text) for index in row):
            return True
    return False


def joined_grid(pieces: list[Piece], height: float, pairs: dict[int, int], in_a_table: set[int]) -> GridForm:
    # A grid row is an identity field beside another field's caption, never beside a value: a table's rows
    # (`Prénom  CLAIRE` over `Lieu  Lyon`) stack their cells too, a caption over the next row's, a value over the next.
    known = [caption for caption in pairs if only_labels(fold(pieces[caption].text))]
    captions = [index for index, piece in enumerate(pieces)
                if index not in in_a_table and is_label(piece.text) and a_fields_label(piece.text)]
    rows = {(caption, other) for caption in known for other in captions
            if other != caption and overlapping_rows(pieces[caption], pieces[other])}
    seeds = {index for row in rows for index in row}
    grown_from = seeds | {pairs[index] for index in seeds if index in pairs}
    grid = grid_columns(pieces, pairs, grown_from, height)
    if repeated_across_a_blank_row(pieces, grid, pairs):
        grid = grid_columns(pieces, pairs, grown_from, height, blank_rows=False)
    alone = [caption for caption in known if caption not in grid and alone_in_its_rows(pieces, caption, pairs[caption])]
    kept = [caption for caption in pairs if caption in grid] + alone
    values = {pairs[caption] for caption in kept}
    fields = grid - values
    sections, opening, unsure, people, rows = [], set(), set(), 0, []
    for heads, band in heading_bands(pieces, fields, values, height) if fields else []:
        columns = under_headings(pieces, heads, band, by_left(pieces, band, height), height)
        row = columns is None and one_persons_row(pieces, band, {caption: pairs[caption] for caption in kept})
        if row:  # two name captions, one person's (`Nom de naissance   Nom d'usage   Prénom   Date de naissance`)
            columns = under_headings(pieces, heads, band, by_left(pieces, band, height), height, one_row=True)
        named = any(caption in band and a_name_caption(pieces[caption].text) for caption in kept)
        if columns is None or not named:  # a band without its person's name: a date joined alone makes chimeras
            unsure |= band
            continue
        person = not any(a_third_partys_heading(pieces[head].text) for head in heads)
        people += person
        sections.append([index for column in columns for index in column])
        opening |= {column[0] for column in columns}
        if row and person:
            rows.append((band, len(sections) - 1))
    in_sections = {index for section in sections for index in section}
    if rows and (people > 1 or another_row_of_captions(pieces, in_sections, in_a_table)):
        # a row read as one person's beside another's block or slip: left as read, as before
        for band, section in reversed(rows):
            unsure |= band
            opening -= set(sections.pop(section))
            people -= 1
    stacked: set[int] = set()  # captions alone over their values, joined where Tesseract read them
    for heads, band in heading_bands(pieces, set(alone), {pairs[c] for c in alone}, height) if alone else []:
        if any(a_name_caption(pieces[caption].text) for caption in band):
            people += not any(a_third_partys_heading(pieces[head].text) for head in heads)
            stacked |= band
    if people > 1:  # two people's blocks, one under a heading no rule knows (`Entourage`): whose is whose is unsaid
        return GridForm()
    kept = [caption for caption in kept if caption not in unsure and (caption not in alone or caption in stacked)]
    joined = {caption: f"{pieces[caption].text.strip(CAPTION_DUST + ':')} : {pieces[pairs[caption]].text}"
              for caption in kept}
    return GridForm(joined, {pairs[caption] for caption in kept}, sections, opening, stacked)


def a_fields_label(text: str) -> bool:
    """The whole text is a field's label identity knows: the patient's (`Sexe`), a third party's, or another
    (`Adresse`, `Téléphone`, `Lieu de naissance`)."""
    folded = fold(text).strip(CAPTION_DUST)
    found = LABEL_RE.match(folded)
    return only_labels(folded) or (found is not None and not folded[found.end():].strip(" :"))


CAPTION_DUST = " .,'‘’\"+*|_-•~"  # what a fax leaves around a caption (`+ Prénom .`, `. Date de naissance`)


def alone_in_its_rows(pieces: list[Piece], caption: int, value: int) -> bool:
    """Nothing stands beside the caption, its value or between them: one column of text there, not two read
    row by row (review45: a relative's `Nom` / `GUERIN` between the rows of the patient's column)."""
    top, bottom = pieces[caption].top, pieces[value].bottom
    left, right = min(pieces[caption].left, pieces[value].left), max(pieces[caption].right, pieces[value].right)
    return not any(piece.top <= bottom and top <= piece.bottom and (piece.left > right or piece.right < left)
                   for other, piece in enumerate(pieces) if other not in (caption, value))


def captions_over_values(pieces: list[Piece], height: float, in_a_table: set[int] = frozenset(),
                         far_rows: bool = True) -> dict[int, int]:
    """Caption index → index of the value right under it, starting where it starts; captions taken from the top
    down, so that a value (`DUPONT`, short and without digits) is never read as the caption of what follows. A table
    row's pieces (`in_a_table`) are neither."""
    pairs: dict[int, int] = {}
    for index in sorted(range(len(pieces)), key=lambda i: pieces[i].top):
        caption = pieces[index]
        if index in pairs.values() or index in in_a_table or not is_label(caption.text) or flat(caption, height):
            continue
        reach = VALUE_BELOW_A_CAPTION_ROW_HEIGHTS if far_rows and in_a_caption_row(pieces, index, in_a_table) \
            else VALUE_BELOW_HEIGHTS
        below = [(piece.top, other) for other, piece in enumerate(pieces)
                 if other != index and other not in in_a_table
                 and abs(piece.text_left - caption.text_left) <= max(caption.height, height)
                 and piece.top > caption.middle and piece.top - caption.bottom <= reach * height]
        if not below:
            continue
        _, value = min(below)
        if value not in pairs and value not in pairs.values() and a_grid_value(pieces[value].text):
            pairs[index] = value
    return without_far_rows(pieces, pairs, height, in_a_table)


def without_far_rows(pieces: list[Piece], pairs: dict[int, int], height: float, in_a_table: set[int]) -> dict[int, int]:
    """The pairs, less those a row of captions took beyond `VALUE_BELOW_HEIGHTS` unless its values make one row of
    their own: each on the row of the next (a tilted scan's step allowed), nothing else beside them. Otherwise an
    empty cell takes the next row's value (`Date de naissance` over a child's row without one, the father's row below),
    a row's label (`Père`, `Enfant`) says whose row it is, or a value left beyond the reach leaves its row half joined
    (review92)."""
    far = {caption for caption, value in pairs.items()
           if pieces[value].top - pieces[caption].bottom > VALUE_BELOW_HEIGHTS * height}
    if not far:
        return pairs
    captions = [index for index in range(len(pieces)) if in_a_caption_row(pieces, index, in_a_table)]
    dropped = set()
    for caption in far:
        row = connected(caption, captions, lambda a, b: overlapping_rows(pieces[a], pieces[b]))
        values = sorted((pairs[other] for other in row if other in pairs), key=lambda value: pieces[value].left)
        one_row = all(overlapping_rows(pieces[a], pieces[b]) for a, b in zip(values, values[1:]))
        beside = [index for index, piece in enumerate(pieces)
                  if index not in values and any(c.isalnum() for c in piece.text)
                  and any(overlapping_rows(pieces[value], piece) for value in values)]
        if not one_row or beside:
            dropped.add(caption)
    return {caption: value for caption, value in pairs.items() if caption not in dropped}


# A form's header row of captions (`Nom de naissance   Nom d'usage   Prénom   Date de naissance`) prints its values a
# row below in a taller cell (independent corpus ood4's forms: 7 mm below, two text heights).
VALUE_BELOW_A_CAPTION_ROW_HEIGHTS = 2.5


def connected(start: int, members: list[int], linked) -> set[int]:
    """`start` and the members linked to it, step by step (a tilted row: each caption on the next one's row)."""
    found, frontier = {start}, [start]
    while frontier:
        current = frontier.pop()
        for other in members:
            if other not in found and linked(current, other):
                found.add(other)
                frontier.append(other)
    return found


def in_a_caption_row(pieces: list[Piece], index: int, in_a_table: set[int] = frozenset()) -> bool:
    """The piece is an identity field's caption with another field's caption beside it on its row."""
    return a_fields_label(pieces[index].text) and any(
        other != index and other not in in_a_table and a_fields_label(piece.text)
        and overlapping_rows(pieces[index], piece) for other, piece in enumerate(pieces))


def overlapping_rows(piece: Piece, other: Piece) -> bool:
    """Apart on the row, their boxes overlapping in height: a tilted scan's row of captions, each a little lower than
    the one before (`side_by_side` asks more: the middle of one within the other)."""
    apart = other.left > piece.right or piece.left > other.right
    return piece.top < other.bottom and other.top < piece.bottom and apart


def a_grid_value(text: str) -> bool:
    """A value, not the caption of the next row of a table (`Téléphone`, `Lieu de naissance`, `Date de`) — in a table
    of captions left and values right, rows stack one caption over the next (review45)."""
    return is_value(text) and not a_fields_label(text) and not cut_after_preposition(text) \
        and any(c.isalnum() for c in text)  # a fax's dust (`‘`) under an empty caption is no value


def side_by_side(piece: Piece, other: Piece) -> bool:
    """On one visual row, apart."""
    on_one_row = piece.spans(other.middle) or other.spans(piece.middle)
    return on_one_row and (other.left > piece.right or piece.left > other.right)


def grid_columns(pieces: list[Piece], pairs: dict[int, int], grid: set[int], height: float,
                 blank_rows: bool = True) -> set[int]:
    """The grid's pieces, grown down and up its columns: a field's caption and value, or an identity caption left
    empty beside a field of the grid (`Nom utilisé` over a blank rule) or in a row of empty captions (`Nom utilisé`
    beside `Lieu de naissance`, both blank), standing where a grid piece starts, at most `GRID_ROW_HEIGHTS` above or
    below it — below an empty caption, its blank value's row too. A heading (`PERSONNE À PRÉVENIR`, `PATIENT`) ends
    the column."""
    grid = set(grid)
    values = set(pairs.values())
    grown = True
    while grown:
        grown = False
        for index, piece in enumerate(pieces):
            known = index in pairs and a_fields_label(piece.text)
            if index in grid or not (known or an_empty_field(pieces, index, pairs, grid)
                                     or (blank_rows and in_a_row_of_empty_captions(pieces, index, pairs))):
                continue
            if any(in_column_near(piece, pieces[other], height, blank_below=other not in pairs and other not in values)
                   for other in grid):
                grid.update({index, pairs[index]} if index in pairs else {index})
                grown = True
    return grid


def an_empty_field(pieces: list[Piece], index: int, pairs: dict[int, int], grid: set[int]) -> bool:
    """An identity caption without a value, on a row of the grid: beside one of its fields, and beside nothing but
    the grid's captions (a caption with its value on its right is a table's row: review45)."""
    piece = pieces[index]
    beside = [other for other, next_to in enumerate(pieces) if other != index and side_by_side(piece, next_to)]
    return is_label(piece.text) and only_labels(fold(piece.text)) \
        and any(other in pairs and other in grid for other in beside) \
        and all(other in pairs and other in grid for other in beside)


def in_a_row_of_empty_captions(pieces: list[Piece], index: int, pairs: dict[int, int]) -> bool:
    """A row of fields' captions left blank side by side, one of them the patient's identity caption (`Nom utilisé`
    beside `Lieu de naissance`, `Prénom utilisé` beside `Code INSEE`): such a row continues the grid's columns as a
    filled one would, not a heading that would cut the patient's fields below from her name above. Not a third
    party's caption (`Nom du père`), nor a row with anything else on it."""
    row = [index] + [other for other, next_to in enumerate(pieces) if other != index
                     and side_by_side(pieces[index], next_to)]
    return len(row) > 1 and all(an_empty_caption(pieces, member, pairs) for member in row) \
        and any(only_labels(fold(pieces[member].text)) for member in row)


def repeated_across_a_blank_row(pieces: list[Piece], grid: set[int], pairs: dict[int, int]) -> bool:
    """A caption of the grid names a field twice, once above a row of blank captions, or in it, and once in it or below
    it (`Date de naissance` above and below, `Nom de naissance` above a blank `Nom`, `Lieu de naissance` blank and
    below): the blank row may close one person's block or open a relative's whose heading OCR lost, the rows below
    being that relative's — the grid then keeps to what a filled row would join (review73). So when anything but the
    grid's own pieces stands beside a row below it: a heading in the margin (review73's g1559)."""
    blank = [index for index in grid if in_a_row_of_empty_captions(pieces, index, pairs)]
    if not blank:
        return False
    top = min(pieces[index].top for index in blank)
    bottom = max(pieces[index].bottom for index in blank)
    if any(other not in grid and side_by_side(pieces[index], piece)
           for index in grid if pieces[index].top > bottom for other, piece in enumerate(pieces)):
        return True  # a heading beside the rows below (`PERSONNE À PRÉVENIR` in the margin): another person's block
    sides: dict[str, set[str]] = {}
    for index in grid:
        key = caption_key(pieces[index].text) if index in pairs or index in blank else None
        if key is not None:
            side = "row" if index in blank else "above" if pieces[index].bottom < top else \
                "below" if pieces[index].top > bottom else "row"
            sides.setdefault(key, set()).add(side)
    return any(len(found) > 1 for found in sides.values())


# Captions naming one field whatever their words (`Nom` and `Nom de naissance`, `Date de naissance` and `Né(e) le`).
SAME_CAPTION = {"birth_name": "name", "name": "name", "NE(E) LE": "birth", "NEE LE": "birth", "NE LE": "birth",
                "DATE DE NAISSANCE": "birth", "DDN": "birth"}


def caption_key(text: str) -> str | None:
    """The field a caption names (`caption_key('Nom de naissance') == 'name'`), or None for no field's caption."""
    found = LABEL_RE.match(fold(text).strip(CAPTION_DUST))
    if found is None:
        return None
    index = label_index(found)
    kind = LABEL_KINDS[index]
    label = re.sub(r"\s+", " ", found.group(f"k{index}"))
    return SAME_CAPTION.get(kind, SAME_CAPTION.get(label, label if kind == "other" else kind))


def an_empty_caption(pieces: list[Piece], index: int, pairs: dict[int, int]) -> bool:
    """A field's caption with no value right under it, not a third party's."""
    text = pieces[index].text
    return index not in pairs and index not in pairs.values() and is_label(text) and a_fields_label(text) \
        and not a_third_partys_caption(text)


def heading_bands(pieces: list[Piece], fields: set[int], values: set[int], height: float
                  ) -> list[tuple[list[int], set[int]]]:
    """The grid's fields in bands, top down, each under the row of headings right above it (`PATIENT`, `MÈRE`,
    `PERSONNE DE CONFIANCE`, wherever they stand across the page): a heading is any other piece of words, within the
    grid's height or just above it. A band's fields are read under its headings, never under another band's."""
    members = fields | values
    top = min(pieces[i].top for i in members)
    bottom = max(pieces[i].bottom for i in members)
    headings = [i for i, piece in enumerate(pieces) if i not in members and not flat(piece, height)
                and sum(c.isalpha() for c in piece.text) >= 3
                and top - GRID_ROW_HEIGHTS * height <= piece.top and piece.bottom <= bottom
                and not any(side_by_side(piece, pieces[value]) for value in values)  # another column's value
                and not over_a_value(pieces, i, members, height)]  # a caption the grid did not join (`Lien de parenté`)
    rows: list[list[int]] = []
    for index in sorted(headings, key=lambda i: pieces[i].top):
        if rows and any(pieces[index].spans(pieces[other].middle) or pieces[other].spans(pieces[index].middle)
                        for other in rows[-1]):
            rows[-1].append(index)
        else:
            rows.append([index])
    bands: list[tuple[list[int], set[int]]] = [([], set())] + [(row, set()) for row in rows]
    for index in fields:
        above = [number for number, row in enumerate(rows, 1)
                 if max(pieces[i].bottom for i in row) <= pieces[index].top]
        bands[max(above, default=0)][1].add(index)
    return [(heads, band) for heads, band in bands if band]


def over_a_value(pieces: list[Piece], index: int, members: set[int], height: float) -> bool:
    """A piece other than the grid's stands right under this one, where it starts: this one is a caption."""
    piece = pieces[index]
    return any(other not in members and abs(below.left - piece.left) <= max(piece.height, height)
               and piece.middle < below.top and below.top - piece.bottom <= VALUE_BELOW_HEIGHTS * height
               for other, below in enumerate(pieces) if other != index)


def under_headings(pieces: list[Piece], heads: list[int], band: set[int], columns: list[list[int]], height: float,
                   one_row: bool = False) -> list[list[int]] | None:
    """The band's columns, left to right, each with its own heading first when the headings stand side by side
    (`MÈRE` over one column, `PATIENT` over the other); None when the page does not say whose each column is — two
    headings or more and a column none of them starts, one heading that does not start the first column (it heads
    the column below it only), or two columns holding a name's caption under one heading or none (two people side by
    side, a heading lost): the band is then left as Tesseract read it (review44)."""
    def starts(head: int, column: list[int]) -> bool:
        return abs(pieces[head].left - pieces[column[0]].left) <= max(pieces[head].height, height)

    if len(heads) <= 1:
        if heads and not starts(heads[0], columns[0]):
            return None
        top = pieces[heads[0]].bottom if heads else min(pieces[i].top for i in band)
        bottom = max(pieces[i].bottom for i in band)
        named = [column for column in columns if names_someone(pieces, top, bottom, pieces[column[0]].left, height)]
        if len(named) > 1 and not one_row:
            return None
        return [heads + columns[0], *columns[1:]] if heads else columns
    owners = [[head for head in heads if starts(head, column)] for column in columns]
    if any(len(owner) != 1 for owner in owners) or len({owner[0] for owner in owners}) != len(heads):
        return None
    return [owner + column for owner, column in zip(owners, columns)]


def one_persons_row(pieces: list[Piece], band: set[int], pairs: dict[int, int]) -> bool:
    """The band's captions stand on one row, each naming another field (`Nom de naissance   Nom d'usage   Prénom   Date
    de naissance`): one person's row of a form, whose two name captions are her birth and used names — not two people
    side by side, who would repeat a field (`Nom` over `Nom`). Every field but the used name has its value: a row
    without its birth date would leave the page's other dates to its name (review92: the father's `né le` below)."""
    captions = sorted((index for index in band if a_fields_label(pieces[index].text)), key=lambda i: pieces[i].left)
    keys = [caption_key(pieces[index].text) for index in captions]
    return len(captions) > 1 and None not in keys and len(set(keys)) == len(keys) and all(
        overlapping_rows(pieces[a], pieces[b]) for a, b in zip(captions, captions[1:])) \
        and all(index in pairs for index, key in zip(captions, keys) if key != "used_name")


def names_someone(pieces: list[Piece], top: int, bottom: int, left: int, height: float) -> bool:
    """A name's caption (`Nom`, `Nom, prénom`…) stands in the column starting at `left`, joined to its value or not,
    between `top` and `bottom`."""
    return any(abs(piece.left - left) <= max(piece.height, height) and top <= piece.top and piece.bottom <= bottom
               and a_name_caption(piece.text) for piece in pieces)


def a_third_partys_heading(text: str) -> bool:
    """`PERSONNE DE CONFIANCE / À PRÉVENIR`, `PÈRE`, `Ouvrant droit`, `Sœur jumelle`: a heading identity reads as a
    relative's, a close one's or the insured's (identity.headed_blocks)."""
    folded = BOTH_CLOSE_ONES_RE.sub(r"\g<first>", fold(text)).strip(" :")
    return kin_or_insured_label(folded) or RELATIVE_HEADING_RE.fullmatch(folded) is not None


def a_third_partys_caption(text: str) -> bool:
    """`Nom du père`, `Assuré`, `Personne à prévenir`: a caption identity reads as someone else's, or such a heading."""
    found = LABEL_RE.match(fold(text))
    return a_third_partys_heading(text) \
        or (found is not None and LABEL_KINDS[label_index(found)] in ("third_party", "insured"))


NAME_CAPTION_RE = re.compile(r"[\W_]*NOM\b")


def a_name_caption(text: str) -> bool:
    """`Nom`, `Nom de naissance`, `Nom, prénom`, `Nom d'usage`: a person's name caption."""
    return NAME_CAPTION_RE.match(fold(text)) is not None


def by_left(pieces: list[Piece], indices: set[int], height: float) -> list[list[int]]:
    """The pieces in columns, left to right, each top down: a piece starting within a word height of the column's
    first piece belongs to it."""
    columns: list[list[int]] = []
    for index in sorted(indices, key=lambda i: pieces[i].left):
        if columns and pieces[index].left - pieces[columns[-1][0]].left <= max(pieces[index].height, height):
            columns[-1].append(index)
        else:
            columns.append([index])
    return [sorted(column, key=lambda i: pieces[i].top) for column in columns]


def by_columns(order: list[tuple[int, bool | None]], grid: GridForm) -> list[tuple[int, bool | None]]:
    """The reading order with each of a grid's sections read together, heading first, then column by column, where
    Tesseract read the first of its pieces — never before the section above; no paragraph break inside a column."""
    floor = 0  # where the section above ends
    for section in grid.sections:
        members = set(section)
        present = {index for index, _ in order if index in members}
        if not present:
            continue
        start = max(next(at for at, (index, _) in enumerate(order) if index in members), floor)
        rest = [entry for entry in order if entry[0] not in members]
        block = [(index, False if index in grid.opening else None) for index in section if index in present]
        order = rest[:start] + block + rest[start:]
        floor = start + len(block)
    return order


def in_column_near(piece: Piece, other: Piece, height: float, blank_below: bool = False) -> bool:
    """`piece` starts where `other` does, at most GRID_ROW_HEIGHTS word heights above or below it; `blank_below`:
    `other` is an empty caption, whose blank value's row (VALUE_BELOW_HEIGHTS) stands below it too."""
    if abs(piece.left - other.left) > max(piece.height, other.height, height):
        return False
    gap = max(piece.top - other.bottom, other.top - piece.bottom)
    if blank_below and piece.top > other.bottom:
        gap = max(0.0, gap - VALUE_BELOW_HEIGHTS * height)
    return 0 <= gap <= GRID_ROW_HEIGHTS * height


# Of the page's usual word height: a table border or a rule read as letters (16 px among 44 px words on
# fax_0072). Measured: a lower-case caption without ascenders (`sexe`) stands at 0.77 of the usual height.
FLAT_BELOW = 0.5


def text_height(words: list[Word]) -> float | None:
    heights = sorted(w.height for w in words if w.height > 0)
    return heights[len(heights) // 2] if heights else None


def flat(piece: Piece, height: float | None) -> bool:
    """A piece far flatter than the page's words is no caption: a slanted table border that Tesseract read as
    `a nnacataiee ae` on the row of `NOM` (a fax turned by a degree) took `NOM` as its value, and the name's
    own cell was left beside the letterhead."""
    return height is not None and piece.height < FLAT_BELOW * height


def value_beside(pieces: list[Piece], label: Piece, excluded: set[int]) -> int | None:
    """The next cell: the nearest piece to the right of the label on its visual row, if it reads as a value
    and is not `excluded` (a label already joined to its own value, a value already taken). Never a cell
    further right: past a joined label, what stands there is that label's row, not this one's."""
    beside = [(piece.left, index) for index, piece in enumerate(pieces)
              if piece.left > label.right and label.spans(piece.middle) and piece.spans(label.middle)]
    if not beside:
        return None
    _, index = min(beside)
    value = pieces[index]
    after = [(left, other) for left, other in beside if left > value.right]
    if opens_with_a_colon(value.text) and after and opens_with_a_colon(pieces[min(after)[1]].text):
        return None  # two columns of values after one of labels: two people's (`NOM` … `: RICHARD` … `: COLLIN`)
    return index if index not in excluded and is_value(cell_value(value.text)) else None


def opens_with_a_colon(text: str) -> bool:
    return text.lstrip(" ").startswith(":")


def cell_value(text: str) -> str:
    """A value cell's text without the colon a listing aligns before its values (`NOM DE NAISSANCE` … `: DURAND`,
    seventh corpus s2 o7_018: the labels' column and the values' column were left apart)."""
    return text.lstrip(" ")[1:].strip() if opens_with_a_colon(text) else text


def in_table(pieces: list[Piece], label: Piece, value: Piece) -> bool:
    """A label and a value are a table row only when their columns are a table's: over the rows of the
    value's column, every piece starting where the label starts is a caption, and no piece of the
    value's column is a labelled field of its own. A letterhead beside a side column (`Centre
    hospitalier` beside `DUPONT Jean`, then `12 rue des Lilas` beside `Née le 03/03/1962`) is two
    columns read side by side: its pieces must keep their own lines, or the patient's name would read
    as the hospital's field. (A value cell may be long: `83 kg / 162 cm - IMC 31,6`.)"""
    values = column_run(pieces, value)
    top, bottom = min(p.top for p in values), max(p.bottom for p in values)
    labels = [p for p in pieces if abs(p.left - label.left) <= label.height and top <= p.middle <= bottom]
    return all(":" not in cell_value(p.text) for p in values) and all(is_label(p.text) for p in labels)


def column_run(pieces: list[Piece], start: Piece) -> list[Piece]:
    """The pieces starting where `start` starts, one below the other without a wide blank between."""
    column = sorted((p for p in pieces if abs(p.left - start.left) <= start.height), key=lambda p: p.top)
    at = next(i for i, p in enumerate(column) if p is start)
    first = last = at
    while first > 0 and column[first].top - column[first - 1].bottom <= 2 * start.height:
        first -= 1
    while last + 1 < len(column) and column[last + 1].top - column[last].bottom <= 2 * start.height:
        last += 1
    return column[first:last + 1]


PREPOSITIONS = {"de", "du", "des", "d'", "à", "au", "aux"}  # not `le`: « Né(e) le » is a whole label


def cut_after_preposition(caption: str) -> bool:
    return caption.split()[-1].lower() in PREPOSITIONS


def label_continued(pieces: list[Piece], label: Piece, excluded: set[int]) -> int | None:
    """The caption's next line in its cell: the piece just below, starting where it starts."""
    below = [(piece.top, index) for index, piece in enumerate(pieces)
             if index not in excluded and abs(piece.left - label.left) <= label.height
             and 0 <= piece.top - label.bottom <= label.height]
    if not below:
        return None
    _, index = min(below)
    return index if is_label(pieces[index].text) else None


def is_label(text: str) -> bool:
    """A short caption without digits (`Nom de naissance`, `Prénom(s) :`, `Hémoglobine`); a letterhead
    line (`Dr Jean MARTIN`, `12 rue des Lilas`) is not one."""
    words = text.split()
    return (0 < len(words) <= LABEL_MAX_WORDS and ":" not in text.rstrip(":") and not any(c.isdigit() for c in text)
            and words[0].lower() not in TITLES and any(c.isalpha() for c in text))


def is_value(text: str) -> bool:
    """A short cell that is not itself a labelled field (`Nom : DUPONT` belongs to a side column), a whole
    row with its cell border read (`Nom du patient |DUPONT`), nor an identity field's caption: beside a
    letterhead, a table's `Nom` is the caption of `LUCAS`, never the value of `Centre hospitalier`."""
    return (0 < len(text.split()) <= VALUE_MAX_WORDS and ":" not in text and any(c.isalnum() for c in text)
            and "|" not in text.strip("|[]! ") and not only_labels(fold(text)))


def column_gap(words: list[Word]) -> float | None:
    heights = sorted(w.height for w in words if w.height > 0)
    return COLUMN_GAP_HEIGHTS * heights[len(heights) // 2] if heights else None


def mean_confidence(words: list[Word]) -> float | None:
    return round(sum(w.confidence for w in words) / len(words), 1) if words else None


def doubtful_words(words: list[Word]) -> tuple[str, ...]:
    doubtful = [w.text for w in words if w.confidence < DOUBTFUL_BELOW and any(c.isdigit() for c in w.text)]
    return tuple(dict.fromkeys(doubtful))


def legibility(words: list[Word]) -> float | None:
    """Mean confidence of the long words: specks read as `.` or `|` do not blur it."""
    long_words = [w for w in words if sum(c.isalnum() for c in w.text) >= LONG_WORD]
    return mean_confidence(long_words) if len(long_words) >= 3 else None


def ocr_result(words: list[Word], rotation: int = 0, sparse: bool = False) -> OcrResult:
    return OcrResult(page_text(words, paragraphs=not sparse), mean_confidence(words), doubtful_words(words), rotation,
                     legibility(words))


# --- preparing the image ------------------------------------------------------------------------

def first_preparation(scan: PageScan) -> Preparation:
    """A fax (black and white below 250 dpi: `PageScan.faxed`) is first read slightly blurred in gray (`SMOOTH`):
    thresholded, its jagged letters lose a glyph (`JEAN-CIAUDE`, `Marle`, `24 mors 1982`). Measured on the identity
    values printed on 1-bit fax pages (own corpus, fax-only dev seed 400, 25 documents; /tmp/scan10/preplab.py): birth
    dates read as printed 16 → 20 of 22, surnames 21 → 22 of 25, first names 15 → 16, INS 2 → 3 of 5; Tesseract's time
    about the same."""
    return Preparation.SMOOTH if scan.faxed else Preparation.OTSU


def chance_for(scan: PageScan, preparation: Preparation | None) -> Preparation:
    """The preparation a reading uses: the first one when none is named; a second chance named after the page's
    own first reading is the default one it replaced (Otsu), so that a fax still gets its thresholded reading."""
    first = first_preparation(scan)
    if preparation is None:
        return first
    return Preparation.OTSU if preparation is first else preparation


def prepare(scan: PageScan, preparation: Preparation = Preparation.OTSU,
            max_pixels: int = MAX_UPSCALED_PIXELS) -> PageScan:
    """The page as Tesseract gets it. The default (`OTSU`): grayscale, ×2 when the resolution is low,
    then black and white with Otsu's threshold.

    Reported on noisy 300 dpi scans: digit recall from 95 to 99.7 %. Measured here: Tesseract
    spends ~9 % less CPU on the binarised page (1.66 s against 1.82 s for the JPEG)."""
    gray, dpi = grayscale(scan.image), scan.dpi
    if scan.faxed:
        gray = without_specks(without_streaks(gray, dpi), dpi)
    gray = straightened(gray)
    if preparation is Preparation.SMOOTH:
        # Measured on the faxes of the corpus evaluation left to review (seeds 81–121, 1-bit at 150 and 200 dpi):
        # 3 of 9 read conclusively this way, against 0 of 9 with Otsu at ×2 or ×3 and with the gray page at ×2.
        gray = gray.filter(ImageFilter.GaussianBlur(SMOOTH_RADIUS_PX))
    factor = upscale_factor(dpi, preparation)
    if factor > 1 and gray.width * gray.height * factor * factor <= max_pixels:
        gray = gray.resize((round(gray.width * factor), round(gray.height * factor)), Image.Resampling.BICUBIC)
        dpi *= factor
    if preparation in (Preparation.GRAY, Preparation.SMOOTH):
        return PageScan(gray, dpi)
    if preparation is Preparation.ADAPTIVE:
        return PageScan(adaptive_threshold(gray), dpi)
    if preparation is Preparation.MEDIAN:
        gray = gray.filter(ImageFilter.MedianFilter(3))
    if preparation is Preparation.LINES:
        return PageScan(without_lines(otsu_or_adaptive(gray), dpi), dpi)
    return PageScan(otsu_or_adaptive(gray), dpi)


# --- straightening a skewed page ---------------------------------------------------------------

# A sheet fed askew into a scanner or a fax tilts its lines by a degree or two. Tesseract still reads a tilted line, but
# the layout read from its word boxes — a row of captions and the values under them, a side column, a table's row — is
# found by position, and 1° lowers the far end of an A4 line at 300 dpi by 40 pixels, a line's height. Measured on a
# two-column identity grid (tests/e2e/test_ingest_skewed_scan_s67.py): tilted by 0.8°, 1.2° or 1.8° the base read the
# trusted person's birth date as the patient's.
SKEW_MAX_DEG = 4.0
SKEW_MIN_DEG = 0.2  # less tilts an A4 line by under 9 pixels at 300 dpi: no row or column is mistaken
SKEW_COARSE_WIDTH_PX = 500
SKEW_FINE_WIDTH_PX = 1000
SKEW_MIN_GAIN = 1.1  # the rows must come out clearly sharper than as scanned: a photo or a blank page never does


def straightened(gray: Image.Image) -> Image.Image:
    """The page turned so that its text lines are level, or the page itself when it is level already. The page grows
    to keep its corners; what it gains is paper (the page's most common gray)."""
    return turned_by(gray, known_skew_angle(gray))


def turned_by(gray: Image.Image, angle: float) -> Image.Image:
    """The page turned by `angle` degrees counter-clockwise, or itself for less than `SKEW_MIN_DEG`."""
    if abs(angle) < SKEW_MIN_DEG:
        return gray
    histogram = gray.histogram()
    paper = max(range(256), key=histogram.__getitem__)
    # Bilinear: half the time of bicubic on an A4 page at 300 dpi (0.14 s against 0.27 s); the page is thresholded
    # next, and lot 7 filed as many either way (docs/HISTORY.md, session 67)
    return gray.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=paper)


def levelled(prepared: Image.Image) -> Image.Image:
    """A prepared page turned upright (`OcrPool._read_turned`) levelled in its turn: a page fed sideways was tilted
    too, and its lines could not be levelled before they lay across. Black and white stays black and white."""
    if prepared.mode != "1":
        return straightened(prepared)
    gray = prepared.convert("L")
    level = straightened(gray)
    return prepared if level is gray else binarised(level, 127)


_skew_angles: OrderedDict[tuple, float] = OrderedDict()  # the tilt of the pages last levelled, by their pixels
_skew_lock = threading.Lock()
SKEW_ANGLES_KEPT = 16


def known_skew_angle(gray: Image.Image) -> float:
    """`skew_angle`, found once for a page that each of its readings prepares anew."""
    key = (hashlib.blake2b(gray.tobytes(), digest_size=16).digest(), gray.size)
    with _skew_lock:
        if key in _skew_angles:
            _skew_angles.move_to_end(key)
            return _skew_angles[key]
    angle = skew_angle(gray)
    with _skew_lock:
        _skew_angles[key] = angle
        while len(_skew_angles) > SKEW_ANGLES_KEPT:
            _skew_angles.popitem(last=False)
    return angle


def skew_angle(gray: Image.Image) -> float:
    """The angle, in degrees counter-clockwise, that levels the page's text lines: the one under which the rows of ink
    are sharpest (`rows_sharpness`) — in half degrees on a small copy, then in tenths around the best on a larger one
    (about 0.1 s an A4 page). 0 when no angle sharpens the rows clearly (`SKEW_MIN_GAIN`), and when the sharpest lies
    at the search's edge: a sparse page's crooked sticker, stamp or copied identity card outweighs its few level lines
    there (review S, session 67: 19 of 132 level pages turned, 9 with this edge refused)."""
    larger = reduced(gray, SKEW_FINE_WIDTH_PX)
    coarse = ink_copy(reduced(larger, SKEW_COARSE_WIDTH_PX))
    steps = round(SKEW_MAX_DEG * 2)
    centre = max((a / 2 for a in range(-steps, steps + 1)), key=lambda angle: rows_sharpness(coarse, angle))
    fine = ink_copy(larger)
    sharpness = {round(centre + a / 10, 1): rows_sharpness(fine, centre + a / 10) for a in range(-4, 5)}
    best = max(sharpness, key=sharpness.__getitem__)
    level = sharpness[0.0] if 0.0 in sharpness else rows_sharpness(fine, 0.0)
    if abs(best) >= SKEW_MAX_DEG:
        return 0.0
    return best if sharpness[best] >= SKEW_MIN_GAIN * max(level, 1) else 0.0


SKEW_INK_OFFSET = 24  # on the reduced copy, ink is at least this much darker than the paper around it
SKEW_PAPER_WINDOW = 0.02  # the paper around: a box this part of the copy's width wide, a few letters


def reduced(gray: Image.Image, width: int) -> Image.Image:
    """The page at most `width` pixels wide."""
    if gray.width <= width:
        return gray
    return gray.resize((width, max(1, round(gray.height * width / gray.width))), Image.Resampling.BOX)


def ink_copy(gray: Image.Image) -> Image.Image:
    """The page's ink white on black (what a turn leaves at the corners is then no ink). Ink is what is darker than
    the paper around it, so that a fold's shadow or a grey band is no row of ink; lone specks are taken off, since the
    grain of a noisy grey page, reduced, makes rows of its own that hold the page at 0° (review S: 26 of its noisy grey
    pages left tilted, 3 without the specks)."""
    around = gray.filter(ImageFilter.BoxBlur(max(2, round(gray.width * SKEW_PAPER_WINDOW))))
    ink = ImageChops.subtract(around, gray).point(lambda v: 255 if v > SKEW_INK_OFFSET else 0)
    return ink.filter(ImageFilter.MedianFilter(3))


def rows_sharpness(ink: Image.Image, angle: float) -> int:
    """How sharply the rows of ink stand out with the page turned by `angle`: the sum of the squared steps between the
    mean ink of one pixel row and the next. Level text lines make tall steps between lines and the gaps between."""
    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    return sum((a - b) ** 2 for a, b in zip(rows, rows[1:]))


# Straight ink runs at least this long are a form's lines, not a letter's stroke: a box of a comb field is 5 to 6 mm
# wide and tall, a group of boxes wider; the tallest stroke of 12 pt text, a parenthesis, about 4.2 mm.
LINE_ACROSS_MM = 4.0
LINE_DOWN_MM = 4.5
LINE_MARGIN_PX = 2  # the grey edge of a line, left by the threshold beside it


def without_lines(page: Image.Image, dpi: float) -> Image.Image:
    """The black-and-white page without its straight lines: a comb field's boxes (`|2|1| |0|7| |1|9|6|9|` on a care
    sheet) are read as letters (`BAIOUIAOGE`) and hide the digits they hold. Measured on the cerfa care sheets of the
    second independent corpus (dev seed 1, doc 011): the INS and birth date read whole once the boxes are erased,
    nothing read before. Runs are found by eroding and dilating with a line, in ~10 passes of Pillow per direction."""
    ink = ImageOps.invert(page.convert("L"))
    across = ink_runs(ink, round(LINE_ACROSS_MM * dpi / 25.4), (1, 0))
    down = ink_runs(ink, round(LINE_DOWN_MM * dpi / 25.4), (0, 1))
    lines = ImageChops.lighter(across, down)
    for step in ((1, 0), (0, 1)):  # the margin on either side (MaxFilter costs ~1 s a page)
        lines = reach(reach(lines, LINE_MARGIN_PX + 1, step, ImageChops.lighter, 1), LINE_MARGIN_PX + 1, step,
                      ImageChops.lighter, -1)
    return ImageOps.invert(ImageChops.subtract(ink, lines)).convert("1")


def ink_runs(ink: Image.Image, length: int, step: tuple[int, int]) -> Image.Image:
    """The ink of `ink` (white on black) lying on straight runs of at least `length` pixels along `step`."""
    return widened(narrowed(ink, length, step), length, step)


def narrowed(ink: Image.Image, length: int, step: tuple[int, int]) -> Image.Image:
    """Ink only where `length` inked pixels run from it along `step` (an erosion by a line, doubling its reach)."""
    return reach(ink, length, step, ImageChops.darker, -1)


def widened(ink: Image.Image, length: int, step: tuple[int, int]) -> Image.Image:
    """Ink spread back over the `length` pixels before it along `step` (a dilation by a line)."""
    return reach(ink, length, step, ImageChops.lighter, 1)


def reach(ink: Image.Image, length: int, step: tuple[int, int], combine, sign: int) -> Image.Image:
    """`ink` combined with itself shifted 1, 2, 4… pixels along `step` until `length` is covered (the shift wraps
    round the page's edge, where the paper's margin is blank)."""
    done = 1
    while done < length:
        shift = min(done, length - done)
        ink = combine(ink, ImageChops.offset(ink, sign * step[0] * shift, sign * step[1] * shift))
        done += shift
    return ink


# A speck: ink within a 2×2-pixel square with no other ink within this many pixels around it, at the scan's own
# resolution (unpaper's noise filter removes clusters of up to 4 pixels by default). A full stop of 9 pt or more is
# larger from 150 dpi up, and an `i`'s dot has its letter nearer than this.
SPECK_CLEARANCE_PX = 3
# ... unless ink stands on its rows within this distance both to its left and to its right: a date's full stop
# (`06.06.1985`) is a speck's size at 150 dpi and 8 to 10 pt, with more paper than the clearance around it.
ON_A_LINE_MM = 1.0


def without_specks(gray: Image.Image, dpi: float) -> Image.Image:
    """A fax without its isolated specks, at the fax's own resolution, before it is enlarged (enlarged, a speck is
    as large as a full stop). Tesseract reads them as accents and punctuation where there are none: `Rolländ`,
    `12 JA 28e` for `12 juin 1956`. Measured on 1-bit faxes at 200 dpi (independent corpus, dev seed 220, 35
    pages): identity fields read exactly 56/70 without it, 68/70 with it; character error 5.1 → 0.35 %.

    A pixel is alone when all the ink within `SPECK_CLEARANCE_PX` of it lies in the 3×3 square around it (which
    holds a whole 2×2 speck); a speck is removed when every one of its pixels is alone and it does not stand on
    a line of text between two glyphs."""
    histogram = gray.histogram()
    threshold = otsu_threshold(histogram)
    if share_at_or_below(histogram, threshold) > MAX_INK_SHARE:
        return gray  # no ink and paper to tell apart: Otsu cut through the paper's noise
    ink = gray.point(lambda v: 255 if v <= threshold else 0)
    alone = ImageChops.difference(ink_count(ink, SPECK_CLEARANCE_PX), ink_count(ink, 1)).point(
        lambda v: 255 if v == 0 else 0)
    lasting = ImageChops.subtract(ink, alone)  # ink with other ink near it
    beside_lasting = ink_count(lasting, 1).point(lambda v: 255 if v else 0)
    specks = ImageChops.subtract(ImageChops.multiply(ink, alone), beside_lasting)
    specks = ImageChops.subtract(specks, between_glyphs(ink, round(ON_A_LINE_MM * dpi / 25.4)))
    return ImageChops.lighter(gray, specks)


# A fax streak (dirt on the sending machine's glass, a stuck sensor): a vertical ink line at most this wide ...
STREAK_MAX_MM = 0.5
# ... and at least this long, gaps of up to `STREAK_GAP_PX` rows (a fax's dropped lines) bridged. A line drawn on the
# page is told from a streak by its margin from the text (`crosses_text`), its ends (`joined_end`) and its
# neighbours (`parallel`).
STREAK_MIN_MM = 25.0
STREAK_GAP_PX = 2


@dataclass(frozen=True)
class Streak:
    left: int
    right: int  # inclusive
    top: int
    bottom: int  # inclusive


def without_streaks(gray: Image.Image, dpi: float) -> Image.Image:
    """A fax without its streaks: thin vertical lines that run through the text of the page. Tesseract takes one
    for a column's edge (`né le 1` / `3/04` for `né le 12/03/04`, the date cut in two lines) or for a letter's
    stroke (`Nom : VINCEN` where the streak runs through the T of VINCENT). Each streak's pixels are made paper,
    but where ink stands right beside it on its row (a letter it crosses keeps its stroke). A table's column rules,
    a frame's sides, a separator that keeps its margin from the text are left as printed (`find_streaks`).

    Measured on the own corpus's 12 seeds of session 19 (31 to 141; /tmp/fax22/sweep.py, evalset.py): 61 of 163 fax
    pages (55 of 101 documents) have a streak through their text; re-ingested, those 55 documents file 23 → 25 right
    (s31 fax_0001: the birth date; s131 FAX0076: `VINCEN`), none filed to another patient, none lost; the others
    read as before (their page is handed back untouched). About 13 ms per fax page at 150 and 200 dpi."""
    threshold = otsu_threshold(gray.histogram())
    ink = gray.point(lambda v: 255 if v <= threshold else 0)
    streaks = find_streaks(ink, dpi)
    if not streaks:
        return gray
    width = gray.width
    pixels = bytearray(ink.tobytes())
    paper = Image.new("L", gray.size, 0)
    for streak in streaks:
        for y in range(streak.top, streak.bottom + 1):
            row = y * width
            beside = (streak.left > 0 and pixels[row + streak.left - 1]) or \
                (streak.right + 1 < width and pixels[row + streak.right + 1])
            if not beside:
                paper.paste(255, (streak.left, y, streak.right + 1, y + 1))
    return ImageChops.lighter(gray, paper)


def find_streaks(ink: Image.Image, dpi: float) -> list[Streak]:
    """The long thin vertical ink runs of the page (`ink`: 255 where there is ink) whose ends are not both joined
    to a horizontal line. Only columns with far more ink than the columns a few pixels away are looked at."""
    width, height = ink.size
    min_length = round(STREAK_MIN_MM * dpi / 25.4)
    max_width = max(1, round(STREAK_MAX_MM * dpi / 25.4))
    if height < min_length:
        return []
    ink_rows = [v * height / 255 for v in ink.resize((width, 1), Image.Resampling.BOX).tobytes()]
    away = max_width + 1
    columns = [x for x in range(away, width - away) if ink_rows[x] >= min_length
               and ink_rows[x] - max(ink_rows[x - away], ink_rows[x + away]) >= min_length / 2]
    runs = {x: long_runs(ink.crop((x, 0, x + 1, height)).tobytes(), min_length) for x in columns}
    streaks: list[Streak] = []
    for x in columns:
        for top, bottom in runs[x]:
            joined = [s for s in streaks if s.right == x - 1 and s.top <= bottom and top <= s.bottom]
            if joined:
                streaks.remove(joined[0])
                top, bottom = min(top, joined[0].top), max(bottom, joined[0].bottom)
                streaks.append(Streak(joined[0].left, x, top, bottom))
            else:
                streaks.append(Streak(x, x, top, bottom))
    thin = [s for s in streaks if s.right - s.left < max_width and not edged(ink, s)]
    return [s for s in thin if not any(parallel(s, other, height) for other in thin if other is not s)
            and not (joined_end(ink, s, s.top, dpi) and joined_end(ink, s, s.bottom, dpi))
            and crosses_text(ink, s, dpi)]


def edged(ink: Image.Image, streak: Streak) -> bool:
    """The column beside the line is ink over half its length or more: the line is the inside of a thicker one
    (only its middle columns stand far above the columns a few pixels away)."""
    for x in (streak.left - 1, streak.right + 1):
        if 0 <= x < ink.width:
            column = ink.crop((x, streak.top, x + 1, streak.bottom + 1)).tobytes()
            if 2 * sum(1 for v in column if v) >= len(column):
                return True
    return False


def parallel(streak: Streak, other: Streak, height: int) -> bool:
    """Two vertical lines from the same height to the same height: a table's columns or a frame's sides. Not when
    they run off the page's top or bottom edge, as nothing printed does: a fax dirty at two places on its glass draws
    two streaks down the whole page, and both were kept as a frame (second corpus s145_025: a streak through the
    boxes of the care sheet's INS)."""
    if off_the_page(streak, height) or off_the_page(other, height):
        return False
    return abs(streak.top - other.top) <= STREAK_GAP_PX + 1 and abs(streak.bottom - other.bottom) <= STREAK_GAP_PX + 1


def off_the_page(streak: Streak, height: int) -> bool:
    return streak.top <= STREAK_GAP_PX or streak.bottom >= height - 1 - STREAK_GAP_PX


STREAK_TEXT_MM = 1.0  # ink this near on both sides: the line runs through a line of text
STREAK_CROSSED_MM = 1.5  # over this many rows in all (a letter's height is 2 to 3 mm)


def crosses_text(ink: Image.Image, streak: Streak, dpi: float) -> bool:
    """Ink stands within `STREAK_TEXT_MM` on both sides of the line, on rows that are no horizontal rule, over
    `STREAK_CROSSED_MM` in all: it runs through text, as no separator or table border drawn on a page does (a
    page's rules keep a margin from its text)."""
    near = max(2, round(STREAK_TEXT_MM * dpi / 25.4))
    box = (max(0, streak.left - near), streak.top, min(ink.width, streak.right + 1 + near), streak.bottom + 1)
    band = ink.crop(box)
    width, own = band.width, streak.left - box[0]
    pixels = band.tobytes()
    crossed = 0
    for y in range(band.height):
        row = pixels[y * width:(y + 1) * width]
        left, right = row[:own], row[own + streak.right - streak.left + 1:]
        if any(left) and any(right) and not (all(left) or all(right)):
            crossed += 1
    return crossed >= STREAK_CROSSED_MM * dpi / 25.4


def long_runs(column: bytes, min_length: int) -> list[tuple[int, int]]:
    """The runs of ink in one column of pixels at least `min_length` long, gaps of `STREAK_GAP_PX` bridged."""
    runs, top, last = [], None, None
    for y, value in enumerate(column):
        if not value:
            continue
        if top is not None and y - last > STREAK_GAP_PX + 1:
            if last - top + 1 >= min_length:
                runs.append((top, last))
            top = None
        if top is None:
            top = y
        last = y
    if top is not None and last - top + 1 >= min_length:
        runs.append((top, last))
    return runs


STREAK_END_RULE_MM = 2.0  # a horizontal line at least this long beside a vertical line's end: a corner or a T


def joined_end(ink: Image.Image, streak: Streak, y: int, dpi: float) -> bool:
    """A horizontal ink line leaves the vertical line's end `y` (within two rows) to the left or to the right."""
    reach = round(STREAK_END_RULE_MM * dpi / 25.4)
    for row in range(max(0, y - 2), min(ink.height, y + 3)):
        left = ink.crop((max(0, streak.left - reach), row, streak.left, row + 1)).tobytes()
        right = ink.crop((streak.right + 1, row, min(ink.width, streak.right + 1 + reach), row + 1)).tobytes()
        if (len(left) == reach and all(left)) or (len(right) == reach and all(right)):
            return True
    return False


def between_glyphs(ink: Image.Image, reach: int) -> Image.Image:
    """255 where ink stands on the same rows (one above, one below) within `reach` pixels past the 3×3 square
    both to the left and to the right."""
    half = (reach + 1) // 2
    band = ink.filter(ImageFilter.BoxBlur((half, 1))).point(lambda v: 255 if v else 0)  # ink within the band
    left = ImageChops.offset(band, half + 2, 0)  # the band centred `half + 2` pixels to the left
    right = ImageChops.offset(band, -(half + 2), 0)
    return ImageChops.multiply(left, right)


def ink_count(ink: Image.Image, radius: int) -> Image.Image:
    """The number of ink pixels in the square of `radius` around each pixel (`ink`: 255 where there is ink)."""
    side = 2 * radius + 1
    return ink.filter(ImageFilter.BoxBlur(radius)).point(lambda v: round(v * side * side / 255))


def otsu_or_adaptive(gray: Image.Image) -> Image.Image:
    """Black and white with Otsu's threshold, unless it blackens more of the page than print ever does: the
    threshold then cut through the paper's noise, and the one that follows the paper is used instead."""
    histogram = gray.histogram()
    threshold = otsu_threshold(histogram)
    if share_at_or_below(histogram, threshold) > MAX_INK_SHARE:
        return adaptive_threshold(gray)
    return binarised(gray, threshold)


def share_at_or_below(histogram: list[int], level: int) -> float:
    """The part of a gray page at `level` or darker: what `binarised(gray, level)` turns black. Counted on the gray
    histogram already at hand — a black-and-white page's own histogram costs ~50 ms on an A4 page at 300 dpi."""
    return sum(histogram[:level + 1]) / max(1, sum(histogram))


def upscale_factor(dpi: float, preparation: Preparation) -> float:
    if preparation is Preparation.UPSCALE:  # a PDF page rendered at 300 dpi says 299.99999…
        return max(2.0, DEFAULT_DPI / dpi) if round(dpi) < DEFAULT_DPI else 1.0
    return 2.0 if dpi < UPSCALE_BELOW_DPI else 1.0


def binarised(gray: Image.Image, threshold: int) -> Image.Image:
    return gray.point([0] * (threshold + 1) + [255] * (255 - threshold), "1")


# At the page's own resolution, before any enlarging. A lighter blur keeps a fax's thin strokes: on the fax pages of the
# independent corpus's dev seeds 685–692 (106 documents, first page), birth name, first given name and birth date all
# read as printed 71 times at 1.0, 83 at 0.7 and 0.85, 75 with no blur, 42 at 1.4; about the same on the faxes of the
# own and second corpora (52 documents: 40 at 1.0, 41 at 0.7). Not below 0.85: at 0.8 the date of the own corpus's fax
# in tests/e2e/test_ocr_smooth_second_reading.py reads `02-65-1950`. `benchmarks/fax_reading.py` measures it.
SMOOTH_RADIUS_PX = 0.85
ADAPTIVE_WINDOW_PX = 25  # about two letter heights at 300 dpi
ADAPTIVE_OFFSET = 12  # ink is at least this much darker than the paper around it
# ... and, on noisy paper, darker than it by this many times the paper's own noise (its standard deviation):
# a grain of the paper seldom reaches it (about 3 pixels in 100 000 for Gaussian noise). Measured on noisy grey
# scans and photocopies (independent corpus, dev seeds 201–202): the fixed offset alone turned the paper's
# grain into hundreds of thousands of specks, and Tesseract spent 50 to 230 s on a page, reading nothing;
# with it, 1 to 3 s. 3 times the noise read as many identities, 5 and 6 times fewer (strokes lost).
NOISE_MARGIN = 4.0
# Otsu's threshold separates ink from paper when the page's histogram has two modes. On a noisy page where
# ink is a small part (a grey photocopy, a noisy grey scan), the paper's grain is the only mode and Otsu cuts
# through it. Measured: printed pages of every format 1 to 5 % black after Otsu (108 pages of our corpus and the
# independent one); noisy grey pages 23 to 60 % black, read as nothing or as scraps, some after 70 s of
# Tesseract. Past this share the threshold that follows the paper is used.
MAX_INK_SHARE = 0.15


def adaptive_threshold(gray: Image.Image) -> Image.Image:
    """Ink where a pixel is darker than its neighbourhood's mean by `ADAPTIVE_OFFSET`, or by `NOISE_MARGIN`
    times the paper's noise when it is noisier (shadows, stains, grey paper, a photocopy's grain)."""
    background = gray.filter(ImageFilter.BoxBlur(ADAPTIVE_WINDOW_PX))
    offset = max(ADAPTIVE_OFFSET, NOISE_MARGIN * paper_noise(gray, background))
    difference = ImageChops.subtract(background, gray)  # > 0 where darker than around
    return difference.point(lambda v: 0 if v > offset else 255).convert("1", dither=Image.Dither.NONE)


def paper_noise(gray: Image.Image, background: Image.Image) -> float:
    """The standard deviation of a pixel around its neighbourhood's mean, from the median absolute difference
    (0.6745 σ for Gaussian noise): ink covers a few percent of a page and does not move the median."""
    histogram = ImageChops.difference(gray, background).histogram()
    half, seen = sum(histogram) / 2, 0
    for level, count in enumerate(histogram):
        seen += count
        if seen >= half:
            return level / 0.6745
    return 0.0


def grayscale(image: Image.Image) -> Image.Image:
    if image.mode in ("I;16", "I;16L", "I;16B", "I"):
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L")  # 16-bit scans
    if "A" in image.getbands() or "transparency" in image.info:
        rgba = image.convert("RGBA")  # transparent means paper, not ink
        return Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba).convert("L")
    return image.convert("L")


def otsu_threshold(histogram: list[int]) -> int:
    """The gray level that best separates ink from paper (maximal between-class variance)."""
    total = sum(histogram)
    weighted_total = sum(level * count for level, count in enumerate(histogram))
    below = weighted_below = 0
    best_level, best_variance = 127, -1.0
    for level, count in enumerate(histogram):
        below += count
        weighted_below += level * count
        above = total - below
        if below == 0 or above == 0:
            continue
        mean_below = weighted_below / below
        mean_above = (weighted_total - weighted_below) / above
        variance = below * above * (mean_below - mean_above) ** 2
        if variance > best_variance:
            best_level, best_variance = level, variance
    return best_level


CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def turn_clockwise(image: Image.Image, degrees: int) -> Image.Image:
    return image.transpose(CLOCKWISE[degrees]) if degrees in CLOCKWISE else image


# --- the pool -----------------------------------------------------------------------------------

RECENT_READINGS = 64  # images whose words are kept (in memory only): a document's pages and their second readings


def usable_cores() -> int:
    """Cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


class OcrPool:
    """Reads page images concurrently, one engine reading per worker thread.

    Use as a context manager: entering checks Tesseract and its languages (`MissingDependency`) and
    removes the scratch folders of dead processes; leaving waits for running pages and removes its own.
    `engine` is "tesserocr", "cli" or None (tesserocr when it can be imported)."""

    def __init__(self, languages: str = DEFAULT_LANGUAGES, workers: int = 0, timeout_s: float = 120,
                 scratch_dir: Path | None = None, engine: str | None = None):
        self.languages = languages
        self.workers = workers or usable_cores()
        self.timeout_s = timeout_s
        self.engine_choice = engine
        self._scratch_parent = scratch_dir
        self._scratch: Path | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._osd_available = True
        self.engine: OcrEngine | None = None
        self.max_pixels = MAX_UPSCALED_PIXELS
        self._lock = threading.Lock()
        self._recent: OrderedDict[tuple, list[Word]] = OrderedDict()  # the words of the last images read
        self.repeats_spared = 0  # readings of an image already read, answered without Tesseract

    def __enter__(self) -> "OcrPool":
        check_tesseract(self.languages)
        self._osd_available = "osd" in installed_languages()
        clean_scratch(Path(self._scratch_parent or tempfile.gettempdir()))
        self.engine = make_engine(self.languages, self.timeout_s, self._make_scratch, self.engine_choice)
        self._executor = ThreadPoolExecutor(self.workers, thread_name_prefix="ocr")
        return self

    def __exit__(self, *exc_info) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        if self.engine is not None:
            self.engine.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
        self._recent.clear()
        self._executor = self._scratch = self.engine = None

    def _make_scratch(self) -> Path:
        self._scratch = make_scratch(self._scratch_parent)
        return self._scratch

    @property
    def engine_name(self) -> str:
        return self.engine.name if self.engine is not None else "?"

    def submit(self, load: PageLoader, preparation: Preparation | None = None) -> Future[OcrResult]:
        """`preparation`: None for the page's first reading (`first_preparation`), else a second chance."""
        if self._executor is None:
            raise RuntimeError("OcrPool must be used inside a `with` block")
        return self._executor.submit(self.read_page, load, preparation)

    def read_pages(self, loads: Iterable[PageLoader]) -> list[OcrResult]:
        """Every page, in order; the failure of the first page that failed is raised."""
        futures = [self.submit(load) for load in loads]
        return [future.result() for future in futures]

    def read_page(self, load: PageLoader, preparation: Preparation | None = None) -> OcrResult:
        scan = load()
        if min(scan.image.size) < MIN_SIDE_PX:
            width, height = scan.image.size
            return OcrResult("", None, (), empty_because=TOO_SMALL.format(width=width, height=height))
        preparation = chance_for(scan, preparation)
        prepared = prepare(scan, preparation, self.max_pixels)
        reading = ocr_result(self._words(prepared.image, prepared.dpi, preparation.sparse),
                             sparse=preparation.sparse)
        if self._looks_sideways(reading):
            reading = self._read_turned(prepared, reading, preparation.sparse)
        reading = replace(reading, preparation=preparation)
        if preparation is Preparation.OTSU and not reading.text.strip():
            reading = self._read_uneven_light(scan, reading)
        return reading

    def _words(self, image: Image.Image, dpi: float, sparse: bool = False) -> list[Word]:
        """The engine's words, or those it already gave for the very same image: a second preparation may hand
        Tesseract what it has read (a noisy page the first reading already thresholded against the paper is the
        adaptive preparation's page too), and Tesseract reads the same pixels the same way."""
        pixels = image.tobytes()
        key = (hashlib.blake2b(pixels, digest_size=16).digest(), image.mode, image.size, round(dpi), sparse)
        with self._lock:
            if key in self._recent:
                self._recent.move_to_end(key)
                self.repeats_spared += 1
                return list(self._recent[key])
        words = self.engine.words(image, dpi, sparse, pixels)
        with self._lock:
            self._recent[key] = words
            while len(self._recent) > RECENT_READINGS:
                self._recent.popitem(last=False)
        return words

    def forget_readings(self) -> None:
        """Drops the words kept for images already read (a benchmark timing Tesseract's work on pages it has read)."""
        with self._lock:
            self._recent.clear()

    def _read_uneven_light(self, scan: PageScan, blank: OcrResult) -> OcrResult:
        """A page Otsu's threshold left without a word may be a photo under uneven light: one global
        threshold between the shaded and the lit paper turns the shaded part black, text and all
        (a phone photo of a prescription, read « page blanche »). The threshold that follows the paper
        reads it; a blank page stays blank, and only blank readings pay for this."""
        prepared = prepare(scan, Preparation.ADAPTIVE, self.max_pixels)
        reading = ocr_result(self._words(prepared.image, prepared.dpi))
        if self._looks_sideways(reading):
            reading = self._read_turned(prepared, reading)
        return replace(reading, preparation=Preparation.ADAPTIVE) if reading.text.strip() else blank

    def _looks_sideways(self, reading: OcrResult) -> bool:
        # OSD costs about a third of a reading: only asked when the reading is poor.
        return self._osd_available and reading.legibility is not None and reading.legibility < SIDEWAYS_BELOW

    def _read_turned(self, scan: PageScan, reading: OcrResult, sparse: bool = False) -> OcrResult:
        rotation = self.engine.rotation(scan.image, scan.dpi)
        if rotation not in (90, 180, 270):
            return reading
        turned = levelled(turn_clockwise(scan.image, rotation))
        turned_reading = ocr_result(self.engine.words(turned, scan.dpi, sparse), rotation, sparse)
        # OSD can be wrong on sparse pages: keep the turned reading only if Tesseract is surer of it.
        if (turned_reading.legibility or 0) > (reading.legibility or 0):
            return turned_reading
        return reading
