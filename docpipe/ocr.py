"""Tesseract, and only here: probing, command lines, time limits, reading its output, the pool.

The rest of docpipe hands over page images (`PageScan`) and gets back `OcrResult`s; it never
builds a command line. Tesseract runs as one subprocess per page, so a pool of threads — each
preparing its page, then waiting on its own tesseract process — keeps every core busy: measured,
the Python side of a page (decode, Otsu, writing the image) is ~35 ms of CPU against ~1.7 s for
Tesseract, too little for a process pool and its pickling to win anything.
"""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from PIL import Image

from .errors import MissingDependency, OcrFailed

TESSERACT = "tesseract"
MIN_VERSION = (4, 0)  # LSTM engine and TSV output
PROBE_TIMEOUT_S = 30

DEFAULT_DPI = 300  # scans that do not declare their resolution
DOUBTFUL_BELOW = 60.0  # a word with digits read below this confidence is reported as doubtful
# Confidence in the words of 4+ letters or digits, measured: 72–95 on upright scans, noisy or not;
# 18–36 on the same pages turned 90° or 180° (Tesseract reads them as upside-down gibberish).
SIDEWAYS_BELOW = 50.0
LONG_WORD = 4
# Measured on 10 pt text: ×2 raised digit recall from 83 to 89 % at 150 dpi, 88 to 95 % at 200 dpi.
UPSCALE_BELOW_DPI = 250
MAX_UPSCALED_PIXELS = 40_000_000  # an A4 page at 600 dpi: enough for any page worth enlarging

INSTALL_HINT = "installez-le (sous Debian/Ubuntu : apt install tesseract-ocr tesseract-ocr-fra)"


# --- values -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageScan:
    """The image of one page, upright as far as its file says, and its resolution."""

    image: Image.Image
    dpi: float


PageLoader = Callable[[], PageScan]  # decodes (or renders) the page when a worker is ready for it


@dataclass(frozen=True)
class OcrResult:
    text: str  # one line per Tesseract line, a blank line between paragraphs
    confidence: float | None  # mean word confidence, 0–100; None when no word was found
    doubtful_words: tuple[str, ...]
    rotation: int = 0  # degrees clockwise the page was turned before it could be read
    legibility: float | None = None  # mean confidence of the long words, None if there are few


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    paragraph: tuple[int, int]  # (block, paragraph)
    line: tuple[int, int, int]  # (block, paragraph, line)
    left: int = 0  # pixels
    width: int = 0
    height: int = 0


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


def installed_languages() -> set[str]:
    lines = run_probe(["--list-langs"]).splitlines()
    return {line.strip() for line in lines[1:] if line.strip()}


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


# --- one tesseract run --------------------------------------------------------------------------

def tesseract_env() -> dict[str, str]:
    # Measured: OpenMP's default threading made a page ~6× slower on 2 cores; we parallelise pages.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def run_tesseract(args: list[str], timeout_s: float) -> str:
    try:
        # Its own session: a Ctrl-C meant for docpipe must not kill a page read half-way (it would be
        # concluded as unreadable); docpipe stops between documents instead.
        done = subprocess.run([TESSERACT, *args], capture_output=True, timeout=timeout_s,
                              env=tesseract_env(), start_new_session=True)
    except FileNotFoundError as exc:
        raise MissingDependency(f"Tesseract est introuvable : {INSTALL_HINT}.") from exc
    except subprocess.TimeoutExpired as exc:
        raise OcrFailed(f"Lecture OCR abandonnée : la page n'a pas pu être lue en {timeout_s:g} s.") from exc
    if done.returncode != 0:
        raise OcrFailed(f"Tesseract n'a pas pu lire la page : {last_message(done.stderr)}")
    return done.stdout.decode("utf-8", errors="replace")


def last_message(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", errors="replace").splitlines() if line.strip()]
    return lines[-1] if lines else "erreur inconnue"


def recognition_args(image: Path, dpi: float, languages: str) -> list[str]:
    return [str(image), "stdout", "-l", languages, "--dpi", str(round(dpi)), "--psm", "3", "tsv"]


def orientation_args(image: Path, dpi: float) -> list[str]:
    return [str(image), "stdout", "-l", "osd", "--dpi", str(round(dpi)), "--psm", "0"]


# --- reading Tesseract's output -----------------------------------------------------------------

def read_tsv(tsv: str) -> list[Word]:
    """Word rows of Tesseract's TSV (level 5), in reading order."""
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
            continue
        block, paragraph, line = int(cells[2]), int(cells[3]), int(cells[4])
        words.append(Word(cells[11].strip(), float(cells[10]), (block, paragraph), (block, paragraph, line),
                          int(cells[6]), int(cells[8]), int(cells[9])))
    return words


COLUMN_GAP_HEIGHTS = 4  # a blank wider than this many word heights separates two columns, not two words


def page_text(words: list[Word]) -> str:
    """Lines kept as Tesseract found them (identity reading works line by line), except that a wide
    blank inside a line starts a new one: Tesseract sometimes joins a side column (`Nom DUPONT`) to
    the letterhead beside it, and the label must open its own line to be read as one."""
    gap = column_gap(words)
    lines: list[str] = []
    for previous, word in zip([None, *words], words):
        if previous is not None and previous.line == word.line:
            if gap and word.left - (previous.left + previous.width) > gap:
                lines.append(word.text)
            else:
                lines[-1] += " " + word.text
            continue
        if previous is not None and previous.paragraph != word.paragraph:
            lines.append("")
        lines.append(word.text)
    return "\n".join(lines)


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


def ocr_result(words: list[Word], rotation: int = 0) -> OcrResult:
    return OcrResult(page_text(words), mean_confidence(words), doubtful_words(words), rotation,
                     legibility(words))


def read_rotation(osd: str) -> int:
    """Clockwise degrees OSD says the page must be turned; 0 when it cannot tell."""
    match = re.search(r"^Rotate:\s*(\d+)", osd, re.MULTILINE)
    return int(match.group(1)) % 360 if match else 0


# --- preparing the image ------------------------------------------------------------------------

def prepare(scan: PageScan) -> PageScan:
    """Grayscale, ×2 when the resolution is low, then black and white with Otsu's threshold.

    Reported on noisy 300 dpi scans: digit recall from 95 to 99.7 %. Measured here: Tesseract
    spends ~9 % less CPU on the binarised page (1.66 s against 1.82 s for the JPEG)."""
    gray, dpi = grayscale(scan.image), scan.dpi
    if dpi < UPSCALE_BELOW_DPI and gray.width * gray.height * 4 <= MAX_UPSCALED_PIXELS:
        gray = gray.resize((gray.width * 2, gray.height * 2), Image.Resampling.BICUBIC)
        dpi *= 2
    threshold = otsu_threshold(gray.histogram())
    return PageScan(gray.point([0] * (threshold + 1) + [255] * (255 - threshold), "1"), dpi)


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


# --- the pool -----------------------------------------------------------------------------------

def usable_cores() -> int:
    """Cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


class OcrPool:
    """Reads page images concurrently, one tesseract process per worker.

    Use as a context manager: entering checks Tesseract and its languages (`MissingDependency`),
    leaving waits for running pages and removes the temporary images."""

    def __init__(self, languages: str = "fra+eng", workers: int = 0, timeout_s: float = 120,
                 scratch_dir: Path | None = None):
        self.languages = languages
        self.workers = workers or usable_cores()
        self.timeout_s = timeout_s
        self._scratch_parent = scratch_dir
        self._scratch: tempfile.TemporaryDirectory | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._osd_available = True

    def __enter__(self) -> "OcrPool":
        check_tesseract(self.languages)
        self._osd_available = "osd" in installed_languages()
        # mkdtemp makes a 0700 folder: page images are patient data.
        if self._scratch_parent is not None:
            Path(self._scratch_parent).mkdir(mode=0o700, parents=True, exist_ok=True)
        self._scratch = tempfile.TemporaryDirectory(prefix="docpipe-ocr-", dir=self._scratch_parent)
        self._executor = ThreadPoolExecutor(self.workers, thread_name_prefix="ocr")
        return self

    def __exit__(self, *exc_info) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        if self._scratch is not None:
            self._scratch.cleanup()
        self._executor = self._scratch = None

    def submit(self, load: PageLoader) -> Future[OcrResult]:
        if self._executor is None:
            raise RuntimeError("OcrPool must be used inside a `with` block")
        return self._executor.submit(self.read_page, load)

    def read_pages(self, loads: Iterable[PageLoader]) -> list[OcrResult]:
        """Every page, in order; the failure of the first page that failed is raised."""
        futures = [self.submit(load) for load in loads]
        return [future.result() for future in futures]

    def read_page(self, load: PageLoader) -> OcrResult:
        scan = prepare(load())
        with self._scratch_image(scan.image) as image_path:
            words = self._recognise(image_path, scan.dpi)
            reading = ocr_result(words)
            if self._looks_sideways(reading):
                reading = self._read_turned(scan, image_path, reading)
        return reading

    def _recognise(self, image_path: Path, dpi: float) -> list[Word]:
        return read_tsv(run_tesseract(recognition_args(image_path, dpi, self.languages), self.timeout_s))

    def _looks_sideways(self, reading: OcrResult) -> bool:
        # OSD costs about a third of a reading: only asked when the reading is poor.
        return self._osd_available and reading.legibility is not None and reading.legibility < SIDEWAYS_BELOW

    def _read_turned(self, scan: PageScan, image_path: Path, reading: OcrResult) -> OcrResult:
        try:
            rotation = read_rotation(run_tesseract(orientation_args(image_path, scan.dpi), self.timeout_s))
        except OcrFailed:
            return reading  # too few letters for OSD: keep what we have
        if rotation not in (90, 180, 270):
            return reading
        turned = turn_clockwise(scan.image, rotation)
        with self._scratch_image(turned) as turned_path:
            turned_reading = ocr_result(self._recognise(turned_path, scan.dpi), rotation)
        # OSD can be wrong on sparse pages: keep the turned reading only if Tesseract is surer of it.
        if (turned_reading.legibility or 0) > (reading.legibility or 0):
            return turned_reading
        return reading

    def _scratch_image(self, image: Image.Image) -> "ScratchImage":
        return ScratchImage(image, Path(self._scratch.name))


CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def turn_clockwise(image: Image.Image, degrees: int) -> Image.Image:
    return image.transpose(CLOCKWISE[degrees]) if degrees in CLOCKWISE else image


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
