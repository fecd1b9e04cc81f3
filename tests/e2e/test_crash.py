"""Crash safety and concurrency: kill -9 of real `docpipe watch` / `docpipe ingest` processes at random
instants, a crash at each durable step (simulated in this test process, recovered by a real new process),
and two processes at once. After any of them: every dropped document stored exactly once or still in the
inbox, never lost, never twice; once restarted, each journal line and audit entry written once."""
from __future__ import annotations

import json
import random
import signal
import stat
import subprocess
import threading
import time
from collections import Counter

import pytest

from docpipe import archive, audit, ingest
from docpipe.extract import Extractor
from docpipe.intake import Claim, WorkArea
from docpipe.store import Store

from inbox_kit import (WatchProcess, assert_nothing_lost_nothing_twice, command, docpipe_env, documents, drop,
                       file_sha, journal, lab_pdf, lab_text, make_home, pdf_bytes, run_docpipe, scanned_page, sha,
                       wait_for)
from test_hostile import encrypted_pdf, png_bomb


class SimulatedCrash(BaseException):
    """Nothing in docpipe catches it: the steps after it never run, as after a kill -9."""


def crash(*_args, **_kwargs):
    raise SimulatedCrash


def ingest_in_process(home, paths) -> None:
    settings = home.load_settings()
    store = Store(home.database)
    try:
        with Extractor(settings) as extractor:
            ingest.Pipeline(home, settings, store, extractor).ingest(paths)
    finally:
        store.close()


def filing_audit(home) -> Counter:
    store = Store(home.database)
    try:
        return Counter(entry["document_id"] for entry in audit.entries(store)
                       if entry["action"] in ("filed", "sent_to_review"))
    finally:
        store.close()


def assert_recorded_once(home) -> None:
    """Each document: one journal line of its own (duplicates aside), one filing entry in the audit."""
    lines = Counter(record.get("id") for record in journal(home) if record["status"] != "duplicate")
    filings = filing_audit(home)
    for row in documents(home):
        assert lines[row["id"]] == 1, f"document {row['id']}: {lines[row['id']]} journal lines"
        assert filings[row["id"]] == 1, f"document {row['id']}: {filings[row['id']]} audit entries"


def assert_no_leftovers(home) -> None:
    assert list((home.state / "work").iterdir()) == []
    assert list((home.state / "claims").iterdir()) == []


# --- kill -9 at random instants ---------------------------------------------------------------------

def test_kill_9_at_random_instants_then_restart(tmp_path):
    home = make_home(tmp_path / "home")
    rng = random.Random(20261125)
    dropped = {}

    def drop_some(first: int, count: int) -> None:
        for serial in range(first, first + count):
            name, data = (f"doc-{serial:03d}.txt", lab_text(serial).encode()) if serial % 5 == 0 else \
                (f"doc-{serial:03d}.pdf", lab_pdf(serial))
            dropped[name] = drop(home, name, data).read_bytes()
        for serial in range(first, first + count, 9):  # the same bytes again, under another name
            dropped[f"copie-{serial:03d}.pdf"] = drop(home, f"copie-{serial:03d}.pdf", lab_pdf(serial)).read_bytes()

    drop_some(0, 40)
    for round_number in range(9):
        kinds = [("watch",), ("ingest",), ("watch", "ingest")][round_number % 3]
        processes = [subprocess.Popen(command(home, *(["watch", "--stable", "0.05"] if kind == "watch" else
                                                      ["ingest", "--json"])), env=docpipe_env(home),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for kind in kinds]
        time.sleep(rng.uniform(0.4, 1.8))
        for process in processes:
            process.send_signal(signal.SIGKILL)
            process.wait(10)
        assert_nothing_lost_nothing_twice(home, dropped, finished=False)
        drop_some(100 + 10 * round_number, 4)
    done = run_docpipe(home, "ingest", "--json")
    assert done.returncode == 0, done.stderr
    assert_nothing_lost_nothing_twice(home, dropped, finished=True)
    assert_recorded_once(home)
    assert_no_leftovers(home)


# --- a crash at each durable step -------------------------------------------------------------------

CRASH_POINTS = {
    "before_move": (ingest, "move_durably"),
    "before_companions": (archive.Archive, "write_companions"),
    "before_stored": (ingest, "mark_stored"),
    "before_audit": (audit, "record"),
    "before_inbox_removal": (ingest, "remove_from_inbox"),
}


@pytest.fixture(params=[*CRASH_POINTS, "before_done"])
def crash_point(request, monkeypatch):
    if request.param == "before_done":
        update = Store.update_document
        monkeypatch.setattr(Store, "update_document",
                            lambda store, document_id, **columns: crash() if columns == {"state": "done"}
                            else update(store, document_id, **columns))
    else:
        monkeypatch.setattr(*CRASH_POINTS[request.param], crash)
    return request.param


def test_a_crash_at_each_step_is_recovered_by_the_next_run(tmp_path, crash_point, monkeypatch):
    home = make_home(tmp_path / "home")
    dropped = {"bilan.pdf": lab_pdf(0), "inconnu.pdf": lab_pdf(3)}  # one filed, one for review
    paths = [drop(home, name, data) for name, data in dropped.items()]
    with pytest.raises(SimulatedCrash):
        ingest_in_process(home, paths)
    monkeypatch.undo()
    assert_nothing_lost_nothing_twice(home, dropped, finished=False)
    drop(home, "bilan-encore.pdf", dropped["bilan.pdf"])  # and the same bytes arrive again meanwhile
    done = run_docpipe(home, "ingest", "--json")
    assert done.returncode == 0, done.stderr
    assert_nothing_lost_nothing_twice(home, dropped, finished=True)
    assert_recorded_once(home)
    assert [json.loads(line)["status"] for line in done.stdout.splitlines()].count("duplicate") >= 1
    assert audit.verify(Store(home.database)) == []


def test_a_crash_in_the_duplicate_path(tmp_path, monkeypatch):
    home = make_home(tmp_path / "home")
    ingest_in_process(home, [drop(home, "bilan.pdf", lab_pdf(0))])
    monkeypatch.setattr(ingest, "remove_from_inbox", crash)
    with pytest.raises(SimulatedCrash):
        ingest_in_process(home, [drop(home, "bilan-2.pdf", lab_pdf(0))])
    monkeypatch.undo()
    assert run_docpipe(home, "ingest").returncode == 0
    assert_nothing_lost_nothing_twice(home, {"bilan.pdf": lab_pdf(0)}, finished=True)
    assert_recorded_once(home)


# --- two processes at once --------------------------------------------------------------------------

def test_recovery_never_touches_the_row_of_a_live_process(tmp_path, monkeypatch):
    """A `storing` row whose process is alive (it holds the content claim) looks like a crash leftover;
    another process must leave it, and the file, alone."""
    home = make_home(tmp_path / "home")
    data = lab_pdf(0)
    path = drop(home, "bilan.pdf", data)
    monkeypatch.setattr(ingest, "move_durably", crash)
    with pytest.raises(SimulatedCrash):
        ingest_in_process(home, [path])
    monkeypatch.undo()
    live = Claim.named(home, f"sha-{sha(data)}")
    assert live.acquire()  # the "live" owner of the row
    try:
        assert run_docpipe(home, "ingest").returncode == 0
        [row] = documents(home)
        assert row["state"] == "storing" and path.read_bytes() == data
    finally:
        live.release()
    assert run_docpipe(home, "ingest").returncode == 0
    assert_nothing_lost_nothing_twice(home, {"bilan.pdf": data}, finished=True)
    assert_recorded_once(home)


def test_recovery_from_a_stale_list_leaves_a_row_that_took_the_same_id(tmp_path, monkeypatch):
    """Recovery lists unfinished rows, then takes each content claim in turn. Meanwhile another process may
    delete a row never placed and file other bytes under its id (SQLite gives the highest id again): that
    row is the other process's, under its own content claim, and must not be finished (and audited) twice."""
    home = make_home(tmp_path / "home")
    never_placed, other = lab_pdf(0), lab_pdf(1)
    monkeypatch.setattr(ingest, "move_durably", crash)
    with pytest.raises(SimulatedCrash):
        ingest_in_process(home, [drop(home, "bilan.pdf", never_placed)])
    monkeypatch.undo()
    store = Store(home.database)
    try:
        [stale] = store.unfinished_documents()
        ingest.recover(home, store)  # another process: the row never placed is deleted…
        monkeypatch.setattr(audit, "record", crash)
        with pytest.raises(SimulatedCrash):  # …and other bytes are stored under the same id, not yet audited
            ingest_in_process(home, [drop(home, "autre.pdf", other)])
        monkeypatch.undo()
        [reused] = store.unfinished_documents()
        assert reused.id == stale.id and reused.sha256 == sha(other) and reused.state == "stored"
        live = Claim.named(home, f"sha-{sha(other)}")
        assert live.acquire()  # the process storing `other` is alive
        try:
            monkeypatch.setattr(Store, "unfinished_documents", lambda _store: [stale])
            ingest.recover(home, store)
            monkeypatch.undo()
            assert store.document(stale.id).state == "stored"
            assert filing_audit(home)[stale.id] == 0
        finally:
            live.release()
    finally:
        store.close()
    assert run_docpipe(home, "ingest").returncode == 0
    assert_nothing_lost_nothing_twice(home, {"bilan.pdf": never_placed, "autre.pdf": other}, finished=True)
    assert_recorded_once(home)


def test_a_live_batch_keeps_its_work_copies_and_a_dead_one_is_cleaned(tmp_path):
    home = make_home(tmp_path / "home")
    dead = home.state / "work" / "lot-interrompu"
    dead.mkdir(parents=True)
    (dead / "copie").write_bytes(b"restes d'un lot tue")
    with WorkArea(home) as live:
        (live.path / "copie").write_bytes(b"OCR en cours depuis deux heures")
        assert run_docpipe(home, "ingest").returncode == 0
        assert (live.path / "copie").exists() and not dead.exists()
    assert not live.path.exists()


def test_a_watcher_and_a_manual_ingest_of_the_same_files(tmp_path):
    home = make_home(tmp_path / "home")
    dropped = {f"doc-{n:02d}.pdf": lab_pdf(n) for n in range(24)}
    for name, data in dropped.items():
        drop(home, name, data)
    watcher = WatchProcess(home, "--stable", "0")
    try:
        manual = run_docpipe(home, "ingest", "--json", *[str(home.inbox / name) for name in dropped])
        assert manual.returncode == 0, manual.stderr
        watcher.wait_started()
        deadline = time.monotonic() + 30
        while any(home.inbox.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.1)
        watcher.stop()
    finally:
        watcher.kill()
    assert_nothing_lost_nothing_twice(home, dropped, finished=True)
    assert len(journal(home)) == len(dropped)  # each taken by one process only: no duplicate lines


# --- the maintainers' check, in one go --------------------------------------------------------------

def test_batch_slow_writer_kill_9_restart_hostile_files_duplicate_then_sigterm(tmp_path):
    """Issue 3's "done when": a watcher fed a batch while one file is written slowly in chunks, killed -9
    mid-batch and restarted, then fed hostile files and a duplicate, then sent SIGTERM."""
    home = make_home(tmp_path / "home")
    slow = pdf_bytes(lab_text(50).splitlines(), pages=3)

    def write_slowly() -> None:
        with open(home.inbox / "scanner-lent.pdf", "wb") as scanner:
            for n in range(8):
                scanner.write(slow[n * len(slow) // 8:(n + 1) * len(slow) // 8])
                scanner.flush()
                time.sleep(0.5)

    batch = {f"lot-{n:02d}.pdf": lab_pdf(n) for n in range(30)} | {f"scan-{n}.png": scanned_page(n) for n in range(3)}
    first = WatchProcess(home, "--stable", "0.5", name="first")
    writer = threading.Thread(target=write_slowly)
    try:
        first.wait_started()
        writer.start()
        for name, data in batch.items():
            drop(home, name, data)
        assert wait_for(lambda: "n° " in first.stdout(), 60), first.stderr()
        first.process.send_signal(signal.SIGKILL)  # mid-batch
        first.process.wait(10)
    finally:
        first.kill()
    assert_nothing_lost_nothing_twice(home, batch, finished=False)

    second = WatchProcess(home, "--stable", "0.5", name="second")
    try:
        second.wait_started()
        writer.join()
        assert wait_for(lambda: not any(home.inbox.iterdir()), 90), second.stderr()
        whole = lab_pdf(1)
        hostile = {"vide.pdf": b"", "tronque.pdf": whole[: len(whole) // 2], "chiffre.pdf": encrypted_pdf(),
                   "programme.pdf": open("/bin/true", "rb").read(), "bombe.png": png_bomb(),
                   "doublon.pdf": lab_pdf(3)}
        for name, data in hostile.items():
            drop(home, name, data)
        (home.inbox / "motdepasse.pdf").symlink_to("/etc/passwd")
        assert wait_for(lambda: not any(home.inbox.iterdir()), 60), second.stderr()
        assert second.alive()
        assert second.stop() < 15 and second.process.returncode == 0
    finally:
        second.kill()

    everything = batch | {"scanner-lent.pdf": slow} | hostile
    assert_nothing_lost_nothing_twice(home, everything, finished=True)
    [row] = [row for row in documents(home) if row["source_name"] == "scanner-lent.pdf"]
    assert row["status"] == "filed" and row["pages"] == "[1, 2, 3]"
    assert file_sha(home.root / row["stored_path"]) == sha(slow)
    passwd = open("/etc/passwd", "rb").read()
    for folder in (home.archive, home.review):
        for path in folder.rglob("*"):
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600)
            assert path.is_dir() or passwd not in path.read_bytes()
    assert_recorded_once(home)
