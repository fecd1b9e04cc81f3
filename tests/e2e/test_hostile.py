"""Hostile and broken input, end to end through `docpipe ingest` and `docpipe watch`: each file ends in
review with a French reason and its very bytes at `stored_path` (or is read, when it can be), and the
process goes on. The per-format details are tested with the extract stage; here, the whole way through."""
from __future__ import annotations

import io
import os
import stat
import struct
import time
import zlib
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader, PdfWriter

from docpipe.intake import safe_display
from inbox_kit import (WatchProcess, assert_nothing_lost_nothing_twice, documents, drop, file_sha, journal, lab_pdf,
                       lab_text, make_home, pdf_bytes, run_docpipe, scanned_page, sha, wait_for)

SETTINGS = "[limits]\nmax_file_mb = 1\n"  # max_pages stays at its default, 500


def png_bomb(side: int = 40_000) -> bytes:
    """A valid 1-bit PNG of side × side pixels (1.6 billion): about 200 kB on disk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    row, compressor = b"\x00" + bytes(side // 8), zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(lab_pdf(2))))
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def broken_docx() -> bytes:
    document = Document()
    document.add_paragraph(lab_text(3))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()[: len(buffer.getvalue()) // 2]


def hostile_files() -> dict[str, tuple[bytes, str | None, str]]:
    """name → (bytes, the review rule expected and a word of its French reason; None for a readable file)."""
    whole = lab_pdf(1)
    return {
        "vide.pdf": (b"", "empty", "vide"),
        "tronque.pdf": (whole[: len(whole) // 2], "unreadable", "tronqué"),
        "chiffre.pdf": (encrypted_pdf(), "encrypted", "mot de passe"),
        "programme.pdf": (Path("/bin/true").read_bytes(), "unsupported", "non reconnu"),
        "bombe.png": (png_bomb(), "too_large", "pixels"),
        "casse.docx": (broken_docx(), "unreadable", "endommagé"),
        "énorme.pdf": (whole + b"%" + b"x" * (3 << 19) + b"\n", "too_large", "volumineux"),  # > max_file_mb
        "milliers.pdf": (pdf_bytes(["Annexe"], pages=2000), "too_large", "2000 pages"),  # > max_pages
        "latin1.txt": (lab_text(5).encode("cp1252"), None, ""),
        "compte rendu été n°2.pdf": (lab_pdf(6), None, ""),
        "ligne\nnouvelle.pdf": (lab_pdf(7), None, ""),
        "n" * 192 + "é.pdf": (lab_pdf(8), None, ""),  # 200 characters
    }


@pytest.fixture(scope="module")
def hostile():
    return hostile_files()


@pytest.fixture(scope="module")
def through_ingest(tmp_path_factory, hostile):
    home = make_home(tmp_path_factory.mktemp("ingest") / "home", SETTINGS)
    for name, (data, *_) in hostile.items():
        drop(home, name, data)
    done = run_docpipe(home, "ingest", "--json")
    assert done.returncode == 0, done.stderr
    return home


@pytest.fixture(scope="module")
def through_watch(tmp_path_factory, hostile):
    """The same files to a live watcher, then one ordinary document: it must still be served."""
    home = make_home(tmp_path_factory.mktemp("watch") / "home", SETTINGS)
    watcher = WatchProcess(home, "--stable", "0.2")
    try:
        watcher.wait_started()
        for name, (data, *_) in hostile.items():
            drop(home, name, data)
        assert wait_for(lambda: len(journal(home)) == len(hostile), 60), watcher.stderr()
        drop(home, "ordinaire.pdf", lab_pdf(9))
        assert wait_for(lambda: len(journal(home)) == len(hostile) + 1, 30), watcher.stderr()
        assert watcher.alive()
        watcher.stop()
        assert watcher.process.returncode == 0 and "Traceback" not in watcher.stderr()
    finally:
        watcher.kill()
    return home


@pytest.fixture(params=["ingest", "watch"])
def home(request):
    return request.getfixturevalue(f"through_{request.param}")


@pytest.mark.parametrize("name", list(hostile_files()))
def test_each_hostile_file_is_stored_once_with_its_reason(home, hostile, name):
    data, rule, words = hostile[name]
    [row] = [row for row in documents(home) if row["source_name"] == safe_display(name)]  # a line break escaped
    assert row["state"] == "done" and row["sha256"] == sha(data)
    assert file_sha(home.root / row["stored_path"]) == sha(data)  # its very bytes
    if rule is None:
        assert row["status"] == "filed" or row["reason"]
        return
    assert row["status"] == "review" and row["stored_path"].startswith("review/")
    assert row["evidence"].count(f'"rule": "{rule}"') == 1
    assert words in row["reason"] and "Error" not in row["reason"]  # French, for a person


def test_nothing_lost_and_nothing_left(home, hostile):
    assert_nothing_lost_nothing_twice(home, {name: data for name, (data, *_) in hostile.items()}, finished=True)


def test_a_named_pipe_in_the_inbox_blocks_nothing(tmp_path):
    home = make_home(tmp_path / "home")
    os.mkfifo(home.inbox / "tube.pdf")
    drop(home, "vrai.pdf", lab_pdf(1))
    done = run_docpipe(home, "ingest", "--json", timeout=60)
    assert done.returncode == 0 and "refusé" in done.stdout
    drop(home, "vrai-2.pdf", lab_pdf(2))
    run = WatchProcess(home, "--stable", "0.1", "--exit-when-idle")
    assert run.process.wait(60) == 0, run.stderr()
    assert len(documents(home)) == 2 and stat.S_ISFIFO((home.inbox / "tube.pdf").lstat().st_mode)


def test_a_hanging_tesseract_is_stopped_by_the_timeout(tmp_path):
    """The one fake: a `tesseract` that answers the version and language probes, then hangs on pages."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    pids = tmp_path / "pids"
    real = "/usr/bin/tesseract"
    (fake_bin / "tesseract").write_text(
        "#!/bin/sh\n"
        f'case "$*" in *--version*|*--list-langs*) exec {real} "$@";; esac\n'
        f"echo $$ >> {pids}\n"
        "exec sleep 600\n")
    (fake_bin / "tesseract").chmod(0o755)
    home = make_home(tmp_path / "home", "[limits]\nocr_timeout_s = 2\n")
    drop(home, "scan.png", scanned_page())
    drop(home, "texte.pdf", lab_pdf(2))
    # The in-process engine never runs the `tesseract` program: force the command-line engine it replaces.
    env = {"PATH": f"{fake_bin}:{os.environ['PATH']}", "DOCPIPE_OCR_ENGINE": "cli"}
    started = time.monotonic()
    run = WatchProcess(home, "--stable", "0.1", "--exit-when-idle", env=env)
    assert run.process.wait(60) == 0, run.stderr()
    assert time.monotonic() - started < 30
    rows = {row["source_name"]: row for row in documents(home)}
    assert rows["texte.pdf"]["state"] == "done"
    scan = rows["scan.png"]
    assert scan["status"] == "review" and '"rule": "ocr_failed"' in scan["evidence"] and "2 s" in scan["reason"]
    assert file_sha(home.root / scan["stored_path"]) == sha(scanned_page())
    assert pids.read_text().split(), "the fake was never called"
    for pid in pids.read_text().split():  # every hung tesseract was killed
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
