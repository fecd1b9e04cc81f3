"""Shared by the end-to-end tests of the watcher, hostile input and crashes: a home with a small registry,
synthetic documents, the real `docpipe` command, and the invariant every test checks.

The invariant (issue 3): every dropped document is either stored exactly once — one row, one file whose
bytes hash to it — or still in the inbox; never lost, never stored twice.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docpipe.config import Home
from docpipe.registry import parse_registry_csv
from docpipe.store import Store

REGISTRY_CSV = """ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P01,DUPONT,,Jean,1957-03-12,M,,
P02,LEFEBVRE,DURAND,Marie Hélène,1962-03-03,F,,
P03,NDIAYE,,Awa,1948-07-04,F,,
"""
PATIENT_WORDS = ["DUPONT", "LEFEBVRE", "DURAND", "NDIAYE", "Awa", "Hélène"]  # never on a console line
IDENTITIES = ["Patient : DUPONT Jean, né le 12/03/1957",
              "Patiente : LEFEBVRE Marie Hélène, née le 03/03/1962",
              "Patiente : NDIAYE Awa, née le 04/07/1948",
              "Patient : INCONNU Pierre, né le 01/01/1990"]  # not in the registry: review
DOCPIPE = Path(sys.executable).with_name("docpipe")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


# --- a home -----------------------------------------------------------------------------------------

def make_home(root: Path, settings_toml: str = "") -> Home:
    home = Home(root)
    home.init()
    if settings_toml:
        home.settings_file.write_text(settings_toml, encoding="utf-8")
    store = Store(home.database)
    try:
        store.upsert_patients(parse_registry_csv(REGISTRY_CSV))
    finally:
        store.close()
    return home


# --- documents --------------------------------------------------------------------------------------

def lab_text(serial: int) -> str:
    """A short lab result, unique by its serial; one in four names nobody in the registry."""
    identity = IDENTITIES[serial % len(IDENTITIES)]
    return (f"LABORATOIRE DES TILLEULS — DOCUMENT FICTIF\n{identity}\n"
            f"Hémoglobine {10 + serial % 7},{serial % 10} g/dL\nDossier n° {serial:06d}\n")


def pdf_bytes(lines: list[str], pages: int = 1) -> bytes:
    """A born-digital PDF (a text layer on every page)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)  # same lines, same bytes
    for page in range(pages):
        text = pdf.beginText(60, 780)
        text.setFont("Helvetica", 11)
        for line in lines if page == 0 else [f"Page {page + 1}"]:
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def lab_pdf(serial: int) -> bytes:
    return pdf_bytes(lab_text(serial).splitlines())


def scanned_page(serial: int = 1) -> bytes:
    """A page image with no text layer: read by OCR (real Tesseract)."""
    image = Image.new("L", (1240, 600), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lab_text(serial).splitlines()):
        draw.text((60, 60 + 50 * n), line, fill=0, font=ImageFont.truetype(FONT, 32))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(150, 150))
    return buffer.getvalue()


def drop(home: Home, name: str, data: bytes) -> Path:
    """Written elsewhere then renamed in, as a well-behaved scanner does."""
    path = home.inbox / name
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_bytes(data)
    os.replace(temporary, path)
    return path


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- the command ------------------------------------------------------------------------------------

def command(home: Home, *args: str) -> list[str]:
    return [str(DOCPIPE), "--home", str(home.root), *args]


def docpipe_env(home: Home, extra: dict | None = None) -> dict:
    """The OCR scratch folders of killed processes stay in the test's own temporary folder."""
    scratch = home.root.parent / "tmp"
    scratch.mkdir(exist_ok=True)
    return {**os.environ, "TMPDIR": str(scratch), **(extra or {})}


def run_docpipe(home: Home, *args: str, timeout: float = 180, env: dict | None = None,
                umask: int | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(command(home, *args), capture_output=True, text=True, timeout=timeout,
                          env=docpipe_env(home, env),
                          preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


class WatchProcess:
    """A real `docpipe watch`, its output in files (a pipe left unread would block it)."""

    def __init__(self, home: Home, *args: str, env: dict | None = None, umask: int | None = None,
                 name: str = "watch"):
        self.out = home.root.parent / f"{name}.out"
        self.err = home.root.parent / f"{name}.err"
        preexec = (lambda: os.umask(umask)) if umask is not None else None
        with open(self.out, "w") as out, open(self.err, "w") as err:
            self.process = subprocess.Popen(command(home, "watch", *args), stdout=out, stderr=err,
                                            env=docpipe_env(home, env), preexec_fn=preexec)

    def stdout(self) -> str:
        return self.out.read_text(encoding="utf-8", errors="replace")

    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")

    def wait_started(self, timeout: float = 30) -> None:
        wait_for(lambda: "Surveillance de" in self.stderr() or self.process.poll() is not None, timeout)
        assert self.process.poll() is None, self.stderr()

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> float:
        """Seconds it took to exit."""
        started = time.monotonic()
        self.process.send_signal(sig)
        self.process.wait(timeout)
        return time.monotonic() - started

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def wait_for(predicate, timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


# --- what is where ----------------------------------------------------------------------------------

def documents(home: Home) -> list[dict]:
    store = Store(home.database)
    try:
        return [dict(row) for row in store.documents("origin = 'ingest'")]
    finally:
        store.close()


def journal(home: Home) -> list[dict]:
    store = Store(home.database)
    try:
        return store.journal()
    finally:
        store.close()


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def is_companion(path: Path) -> bool:
    for suffix in (".txt", ".json"):
        if path.name.endswith(suffix) and path.with_name(path.name[: -len(suffix)]).is_file():
            return True
    return False


def stored_files(home: Home) -> Counter:
    """sha256 → how many stored originals (archive/ and review/, companions aside) hold those bytes. A
    half-written companion (`.tmp-…`, a process killed while writing it) is not one: recovery removes it."""
    found = Counter()
    for folder in (home.archive, home.review):
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink() and not is_companion(path) \
                    and not path.name.startswith(".tmp-"):
                found[file_sha(path)] += 1
    return found


def leftover_temporaries(home: Home) -> list[Path]:
    return [path for folder in (home.archive, home.review) for path in folder.rglob(".tmp-*")]


def inbox_files(home: Home) -> Counter:
    found = Counter()
    for path in home.inbox.rglob("*"):
        if path.is_file() and not path.is_symlink():
            found[file_sha(path)] += 1
    return found


def assert_nothing_lost_nothing_twice(home: Home, dropped: dict[str, bytes], finished: bool) -> None:
    """`dropped`: name → bytes. `finished`: the inbox must be empty and every document recorded `done`."""
    rows = documents(home)
    rows_per_sha = Counter(row["sha256"] for row in rows)
    on_disk, in_inbox = stored_files(home), inbox_files(home)
    for name, data in dropped.items():
        digest = sha(data)
        assert rows_per_sha[digest] <= 1, f"{name!r} recorded {rows_per_sha[digest]} times"
        assert on_disk[digest] <= 1, f"{name!r} stored {on_disk[digest]} times"
        assert on_disk[digest] or in_inbox[digest], f"{name!r} lost: neither stored nor in the inbox"
        if finished:
            assert rows_per_sha[digest] == 1 and on_disk[digest] == 1, f"{name!r} not stored"
    for row in rows:
        assert row["state"] == "done" or not finished, f"row {row['id']} left {row['state']}"
        if row["state"] == "done":
            stored = home.root / row["stored_path"]
            assert stored.is_file() and file_sha(stored) == row["sha256"], f"row {row['id']}: bytes differ"
    if finished:
        assert not in_inbox, "documents left in the inbox"
        assert not leftover_temporaries(home), "half-written companions left behind"
        assert sum(on_disk.values()) == len(rows), "a stored file without its row"


def docpipe(home: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """The installed command on a home given as a plain path, as a person types it."""
    return subprocess.run([str(DOCPIPE), "--home", str(home), *args], capture_output=True, text=True,
                          timeout=timeout)


def practice_with_registry(home: Path, registry_csv: str) -> Path:
    """A new home (`init`) whose registry is imported from CSV text."""
    assert docpipe(home, "init").returncode == 0
    (home / "registre.csv").write_text(registry_csv, encoding="utf-8")
    imported = docpipe(home, "patients", "import", str(home / "registre.csv"))
    assert imported.returncode == 0, imported.stderr
    return home


REGISTRY_HEADER = "ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place\n"


def ingest_drawn_page(home: Path, registry_rows: str, file_name: str, data: bytes) -> dict:
    """A new home with these registry rows, one drawn page dropped and read by `docpipe ingest --json`:
    the page's JSON record."""
    practice_with_registry(home, REGISTRY_HEADER + registry_rows)
    (home / "inbox" / file_name).write_bytes(data)
    run = docpipe(home, "ingest", "--json")
    assert run.returncode in (0, 1), run.stderr
    [record] = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    return record


@contextmanager
def tmpfs(mount: Path, size: str):
    """A small file system of its own at `mount` (root only; the test is skipped where mounting is refused)."""
    import pytest

    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
