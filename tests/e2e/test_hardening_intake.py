"""Issue 8, the inbox side: each attack of the red team rebuilt in a temporary home, through the real
`docpipe` command (items 1, 2, 5, 13, 14, 15 and the export into the inbox)."""
from __future__ import annotations

import ctypes
import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from docpipe.intake import decode_name, display_name, path_from_text, path_text, safe_display
from inbox_kit import (WatchProcess, assert_nothing_lost_nothing_twice, command, docpipe_env, documents, drop,
                       journal, lab_pdf, lab_text, make_home, run_docpipe, tmpfs, wait_for)


def no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr, done.stderr


# --- 1. hard-linked pairs under concurrent processes ---------------------------------------------

def test_a_hard_linked_pair_is_stored_once_and_both_names_leave_the_inbox(tmp_path):
    """The old code refused both names and unlinked them: with two processes, both copies vanished."""
    home = make_home(tmp_path / "home")
    first = drop(home, "a.txt", lab_text(1).encode())
    os.link(first, home.inbox / "b.txt")
    done = run_docpipe(home, "ingest", "--json")
    assert done.returncode == 0, done.stderr
    statuses = sorted(json.loads(line)["status"] for line in done.stdout.splitlines())
    assert statuses == ["duplicate", "filed"]
    assert_nothing_lost_nothing_twice(home, {"a": lab_text(1).encode()}, finished=True)


def test_hard_linked_pairs_under_three_concurrent_ingests_lose_nothing(tmp_path):
    home = make_home(tmp_path / "home")
    dropped = {}
    for i in range(40):
        data = (lab_text(i) + f"\nÉchantillon {i}\n").encode()
        path = drop(home, f"a-{i}.txt", data)
        os.link(path, home.inbox / f"b-{i}.txt")
        dropped[f"a-{i}"] = data
    runs = [subprocess.Popen(command(home, "ingest", "--json"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=docpipe_env(home)) for _ in range(3)]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    assert not [r for r in journal(home) if "Lien physique" in (r.get("reason") or "")]
    assert_nothing_lost_nothing_twice(home, dropped, finished=False)  # each pair: stored, or still in the inbox
    assert run_docpipe(home, "ingest").returncode == 0  # the names a concurrent claim held back
    assert_nothing_lost_nothing_twice(home, dropped, finished=True)


# --- 2. file names that are not UTF-8 -----------------------------------------------------------

LATIN1_NAME = b"r\xe9sultat biologie.pdf"  # as an old scanner or a Windows share writes it


def drop_bytes_name(home, name: bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(home.inbox), name), "wb") as handle:
        handle.write(data)


def test_names_are_decoded_with_a_fallback_and_escaped():
    assert decode_name(LATIN1_NAME) == "résultat biologie.pdf"
    assert decode_name("été.pdf".encode()) == "été.pdf"
    assert display_name(b"\x81\x9d.pdf") == "\\x81\\x9d.pdf"  # undefined in cp1252: the byte, escaped
    assert safe_display("x\x1b[2J\x07\u202egpj.exe\nb") == "x\\x1b[2J\\x07\\u202egpj.exe\\x0ab"
    odd = Path(os.fsdecode(b"/inbox/r\xe9sultat.pdf"))
    assert path_from_text(path_text(odd)) == odd and path_text(Path("/inbox/été.pdf")) == "/inbox/été.pdf"
    json.dumps(path_text(odd)).encode("utf-8")  # storable


def test_a_latin1_name_neither_crashes_ingest_nor_stops_the_batch_nor_the_day_close(tmp_path):
    home = make_home(tmp_path / "home")
    drop_bytes_name(home, LATIN1_NAME, lab_pdf(1))
    drop_bytes_name(home, b"\xff\xfe-scan.pdf", lab_pdf(2))
    drop(home, "suivant.pdf", lab_pdf(3))
    done = run_docpipe(home, "ingest", "--json")
    assert done.returncode == 0, done.stderr
    no_traceback(done)
    names = sorted(row["source_name"] for row in documents(home))
    assert names == sorted(["suivant.pdf", "résultat biologie.pdf", "ÿþ-scan.pdf"])
    assert os.listdir(os.fsencode(home.inbox)) == []  # the very bytes of the name found again to remove it
    drop_bytes_name(home, b"compte rendu \xe9t\xe9.pdf", lab_pdf(4))
    closed = run_docpipe(home, "day", "close")
    assert closed.returncode == 0, closed.stderr + closed.stdout
    assert [r for r in documents(home) if r["source_name"] == "compte rendu été.pdf"]
    assert_nothing_lost_nothing_twice(home, {str(n): lab_pdf(n) for n in range(1, 5)}, finished=True)


def test_the_watcher_takes_a_latin1_name_and_the_files_after_it(tmp_path):
    home = make_home(tmp_path / "home")
    drop_bytes_name(home, LATIN1_NAME, lab_pdf(1))
    for n in range(2, 5):
        drop(home, f"suite-{n}.pdf", lab_pdf(n))
    run = WatchProcess(home, "--stable", "0.1", "--exit-when-idle")
    assert run.process.wait(90) == 0, run.stderr()
    assert "Traceback" not in run.stderr() and "lot interrompu" not in run.stderr()
    assert_nothing_lost_nothing_twice(home, {str(n): lab_pdf(n) for n in range(1, 5)}, finished=True)


# --- 15. terminal escapes in a name -------------------------------------------------------------

ESCAPE_NAME = "x\x1b[2J\x1b[31mFAKE-OK\x1b]0;pwned\x07.pdf"


def test_control_characters_of_a_name_never_reach_a_console_or_a_report(tmp_path):
    home = make_home(tmp_path / "home")
    drop(home, ESCAPE_NAME, lab_pdf(3))  # names nobody in the registry: review
    assert run_docpipe(home, "ingest").returncode == 0
    [row] = documents(home)
    assert row["status"] == "review" and row["source_name"] == safe_display(ESCAPE_NAME)
    outputs = [run_docpipe(home, *args) for args in
               (["review", "list"], ["review", "show", str(row["id"])], ["review", "list", "--json"],
                ["log", "--json"], ["--verbose", "log"], ["day", "close"])]
    reports = [p.read_bytes().decode("utf-8") for p in home.reports.rglob("rapport-*")]
    assert len(reports) == 2
    for text in [o.stdout + o.stderr for o in outputs] + reports:
        assert "\x1b" not in text and "\x07" not in text
    assert "FAKE-OK" in outputs[1].stdout and "\\x1b" in outputs[1].stdout  # shown, escaped


# --- 5. sparse and oversized files, a full disk --------------------------------------------------

def test_a_sparse_file_is_moved_to_review_not_copied(tmp_path):
    home = make_home(tmp_path / "home", "[limits]\nmax_file_mb = 1\n")
    sparse = home.inbox / "a.pdf"
    with open(sparse, "wb") as handle:
        handle.truncate(300 << 20)  # 300 MB that take no disk (2 GB in the attack: the same path, slower to hash)
    inode = sparse.stat().st_ino
    drop(home, "b.pdf", lab_pdf(1))
    done = run_docpipe(home, "ingest", "--json")
    assert done.returncode == 0, done.stderr
    rows = {row["source_name"]: row for row in documents(home)}
    big = rows["a.pdf"]
    assert big["status"] == "review" and '"rule": "too_large"' in big["evidence"] and "volumineux" in big["reason"]
    stored = home.root / big["stored_path"]
    assert stored.stat().st_ino == inode and stored.stat().st_size == 300 << 20  # the same file, moved
    assert stored.stat().st_blocks == 0  # nothing was written
    assert not sparse.exists() and rows["b.pdf"]["state"] == "done"


def test_a_file_claiming_terabytes_is_left_in_the_inbox_unread_and_said_once(tmp_path):
    home = make_home(tmp_path / "home", "[limits]\nmax_file_mb = 1\n")
    huge = home.inbox / "disque.img"
    with open(huge, "wb") as handle:
        handle.truncate(1 << 40)
    for _ in range(2):
        assert run_docpipe(home, "ingest", timeout=60).returncode == 0
    [said] = [r for r in journal(home) if r["source"] == "disque.img"]
    assert said["evidence"]["rule"] == "too_large" and "démesuré" in said["reason"]
    assert huge.stat().st_size == 1 << 40 and not documents(home)


def test_an_oversized_file_given_outside_the_inbox_is_left_untouched(tmp_path):
    home = make_home(tmp_path / "home", "[limits]\nmax_file_mb = 1\n")
    outside = tmp_path / "gros.pdf"
    with open(outside, "wb") as handle:
        handle.truncate(5 << 20)
    done = run_docpipe(home, "ingest", str(outside), "--json")
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in done.stdout.splitlines()]
    assert record["evidence"]["rule"] == "too_large" and "ni copié" in record["reason"]
    assert outside.stat().st_size == 5 << 20 and not documents(home)


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs (root only; skipped where mounting is not allowed)."""
    with tmpfs(tmp_path / "disque", "4m") as mount:
        yield mount


def fill(folder: Path, keep: int = 160 << 10) -> Path:
    """Nearly full: `keep` bytes left (SQLite still opens; a 200 kB document no longer fits)."""
    filler = folder / "remplissage"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\1" * 65536)
                handle.flush()
        except OSError:
            pass
    os.truncate(filler, max(0, filler.stat().st_size - keep))
    return filler


def test_a_full_disk_is_said_in_french_with_a_non_zero_exit_and_nothing_lost(small_disk):
    home = make_home(small_disk / "home")
    dropped = {f"d{n}": lab_pdf(n) + b"%" + bytes(200_000) + b"\n" for n in range(1, 4)}
    for name, data in dropped.items():
        drop(home, f"{name}.pdf", data)
    filler = fill(small_disk)
    done = run_docpipe(home, "ingest")
    assert done.returncode == 1, done.stdout + done.stderr
    no_traceback(done)
    assert "Disque plein" in done.stderr and "Rien n'est perdu" in done.stderr
    assert_nothing_lost_nothing_twice(home, dropped, finished=False)
    assert all((home.inbox / f"{name}.pdf").read_bytes() == data for name, data in dropped.items())
    filler.unlink()
    assert run_docpipe(home, "ingest").returncode == 0
    assert_nothing_lost_nothing_twice(home, dropped, finished=True)


def test_the_watcher_says_a_full_disk_once_waits_and_resumes(small_disk):
    home = make_home(small_disk / "home")
    dropped = {f"d{n}": lab_pdf(n) + b"%" + bytes(200_000) + b"\n" for n in range(1, 4)}
    for name, data in dropped.items():
        drop(home, f"{name}.pdf", data)
    filler = fill(small_disk)
    watcher = WatchProcess(home, "--stable", "0.1")
    try:
        assert wait_for(lambda: "Disque plein" in watcher.stderr(), 60), watcher.stderr()
        assert watcher.process.poll() is None  # it waits, it does not exit
        filler.unlink()
        assert wait_for(lambda: len(documents(home)) == 3 and "reprend" in watcher.stderr(), 60), watcher.stderr()
        watcher.stop()
    finally:
        watcher.kill()
    err = watcher.stderr()
    assert err.count("Disque plein") == 1 and "reprend" in err and "Traceback" not in err, err
    assert_nothing_lost_nothing_twice(home, dropped, finished=True)


# --- 13. an unreadable file, as a user without CAP_DAC_OVERRIDE ----------------------------------

PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2


def drop_file_capabilities() -> None:
    """Run in the child before exec: without these two capabilities, root reads a file only as its mode says
    (what a `docpipe` service account meets), and a mode-000 file is unreadable even to its owner."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")


def without_dac(home, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(command(home, *args), capture_output=True, text=True, timeout=180,
                          env=docpipe_env(home), preexec_fn=drop_file_capabilities)


@pytest.fixture
def capless_home(tmp_path):
    """A home used by processes without CAP_DAC_OVERRIDE (tests run as root here; as another user they
    already have none)."""
    home = make_home(tmp_path / "home")
    probe = tmp_path / "probe"
    probe.write_text("x")
    probe.chmod(0)
    if os.geteuid() == 0:
        check = subprocess.run(["cat", str(probe)], capture_output=True, preexec_fn=drop_file_capabilities)
        if check.returncode == 0:
            pytest.skip("capabilities cannot be dropped here")
    return home


def test_an_unreadable_file_is_said_in_french_once_and_counted_by_the_day_report(capless_home):
    home = capless_home
    secret = home.inbox / "ordonnance.pdf"
    secret.write_bytes(lab_pdf(1))
    secret.chmod(0o000)  # without CAP_DAC_OVERRIDE, nobody opens it
    drop(home, "lisible.pdf", lab_pdf(2))
    done = without_dac(home, "ingest")
    assert done.returncode == 0, done.stderr
    no_traceback(done)
    assert "illisible" in done.stdout and "2 classé" not in done.stdout
    refusals = [r for r in journal(home) if r["source"] == "ordonnance.pdf"]
    assert len(refusals) == 1 and refusals[0]["evidence"]["rule"] == "unreadable"
    assert "droits d'accès" in refusals[0]["reason"] and "laissé dans la boîte" in refusals[0]["reason"]
    assert secret.exists() and [r["source_name"] for r in documents(home)] == ["lisible.pdf"]
    assert without_dac(home, "ingest").returncode == 0  # said once, not at every pass
    assert len([r for r in journal(home) if r["source"] == "ordonnance.pdf"]) == 1
    closed = without_dac(home, "day", "close", "--json")
    assert "Aucune erreur" not in next(home.reports.rglob("*.html")).read_text(encoding="utf-8")
    assert "ordonnance.pdf" in next(home.reports.rglob("*.csv")).read_text(encoding="utf-8-sig"), closed.stderr
    secret.chmod(0o644)  # once readable, it is taken
    assert without_dac(home, "ingest").returncode == 0
    assert sorted(r["source_name"] for r in documents(home)) == ["lisible.pdf", "ordonnance.pdf"]


# --- 14. a pipe under watch ----------------------------------------------------------------------

def test_a_pipe_is_said_once_in_the_journal_and_the_day_report(tmp_path):
    home = make_home(tmp_path / "home")
    os.mkfifo(home.inbox / "tube.pdf")
    drop(home, "vrai.pdf", lab_pdf(1))
    run = WatchProcess(home, "--stable", "0.1", "--exit-when-idle")
    assert run.process.wait(60) == 0, run.stderr()
    assert run_docpipe(home, "ingest").returncode == 0
    run = WatchProcess(home, "--stable", "0.1", "--exit-when-idle", name="watch-2")
    assert run.process.wait(60) == 0, run.stderr()
    said = [r for r in journal(home) if r["source"] == "tube.pdf"]
    assert len(said) == 1 and "tube nommé" in said[0]["reason"] and said[0]["evidence"]["rule"] == "link"
    assert stat.S_ISFIFO((home.inbox / "tube.pdf").lstat().st_mode)  # never removed, never opened
    assert run_docpipe(home, "day", "close").returncode == 0
    report = next(home.reports.rglob("*.html")).read_text(encoding="utf-8")
    assert "tube.pdf" in report and "tube nommé" in report


# --- also seen: an export written into the inbox -------------------------------------------------

def test_an_export_into_the_inbox_is_refused(tmp_path):
    home = make_home(tmp_path / "home")
    drop(home, "a.pdf", lab_pdf(4))
    assert run_docpipe(home, "ingest").returncode == 0
    refused = run_docpipe(home, "export", "P01", "--out", str(home.inbox / "x.zip"))
    assert refused.returncode != 0 and "boîte de dépôt" in refused.stderr
    assert not (home.inbox / "x.zip").exists()
    assert run_docpipe(home, "export", "P01", "--out", str(tmp_path / "x.zip")).returncode == 0
