"""`docpipe watch`, end to end: a real process on a real inbox, files dropped while it runs."""
from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import time
from collections import Counter

from docpipe.config import Home

from inbox_kit import (PATIENT_WORDS, REGISTRY_CSV, WatchProcess, assert_nothing_lost_nothing_twice, command,
                       docpipe_env, documents, drop, journal, lab_pdf, lab_text, make_home, pdf_bytes, run_docpipe,
                       scanned_page, wait_for)

STABLE = "0.3"


def finished_count(home, expected: int):
    return lambda: len(journal(home)) >= expected


def test_files_present_at_start_and_dropped_live_are_each_filed_once(tmp_path):
    home = make_home(tmp_path / "home")
    dropped = {f"avant-{n}.pdf": lab_pdf(n) for n in range(3)}
    for name, data in dropped.items():
        drop(home, name, data)
    watcher = WatchProcess(home, "--stable", STABLE, "--json")
    try:
        watcher.wait_started()
        live = {f"pendant-{n}.pdf": lab_pdf(n) for n in range(3, 6)} | {"note.txt": lab_text(6).encode()}
        for name, data in live.items():
            drop(home, name, data)
        drop(home, "encore.pdf", dropped["avant-0.pdf"])  # same bytes again
        assert wait_for(finished_count(home, 8), 30), watcher.stderr()
        assert watcher.stop() < 5
        assert watcher.process.returncode == 0
    finally:
        watcher.kill()
    assert_nothing_lost_nothing_twice(home, dropped | live, finished=True)
    lines = [json.loads(line) for line in watcher.stdout().splitlines()]
    assert Counter(line["status"] for line in lines)["duplicate"] == 1
    assert len(lines) == 8 and all(line["id"] and len(line["sha256"]) == 64 for line in lines)
    assert all("source" not in line and "stored_path" not in line for line in lines)


def test_a_slow_writer_is_waited_for_whether_it_keeps_the_file_open_or_not(tmp_path):
    """Pauses longer than the stability delay: the open writer is seen by the lease test (plain text: no end
    marker to look for), the one that closes between chunks by the missing end of its PDF."""
    home = make_home(tmp_path / "home")
    kept_open = (lab_text(1) + "".join(f"Ligne {n} du compte rendu\n" for n in range(40))).encode()
    reopened = pdf_bytes(lab_text(2).splitlines(), pages=3)
    watcher = WatchProcess(home, "--stable", STABLE)
    try:
        watcher.wait_started()
        chunks = 6
        with open(home.inbox / "lent-ouvert.txt", "wb") as writer:
            for n in range(chunks):
                for data, handle in ((kept_open, writer), (reopened, None)):
                    part = data[n * len(data) // chunks:(n + 1) * len(data) // chunks]
                    if handle is None:
                        with open(home.inbox / "lent-referme.pdf", "ab") as other:
                            other.write(part)
                    else:
                        handle.write(part)
                        handle.flush()
                time.sleep(0.8)
        assert wait_for(finished_count(home, 2), 30), watcher.stderr()
        time.sleep(1)
        assert watcher.alive()
        watcher.stop()
    finally:
        watcher.kill()
    assert_nothing_lost_nothing_twice(home, {"a": kept_open, "b": reopened}, finished=True)
    assert sorted(row["pages"] for row in documents(home)) == ["[1, 2, 3]", "[1]"]


def test_temporary_and_hidden_files_wait_until_renamed(tmp_path):
    home = make_home(tmp_path / "home")
    ignored = [".~lock.compte-rendu.odt#", "scan0001.part", "scan0002.tmp", "SCAN0003.TMP", "bio.crdownload",
               ".cache.pdf", "Thumbs.db", "~$lettre.docx"]
    for n, name in enumerate(ignored):
        drop(home, name, lab_pdf(100 + n))
    drop(home, "vrai.pdf", lab_pdf(1))
    run = WatchProcess(home, "--stable", "0.1", "--exit-when-idle")
    assert run.process.wait(60) == 0, run.stderr()
    assert [row["source_name"] for row in documents(home)] == ["vrai.pdf"]
    for n, name in enumerate(ignored):
        assert (home.inbox / name).read_bytes() == lab_pdf(100 + n)
    os.rename(home.inbox / "scan0001.part", home.inbox / "scan0001.pdf")
    run = WatchProcess(home, "--stable", "0.1", "--exit-when-idle")
    assert run.process.wait(60) == 0, run.stderr()
    assert sorted(row["source_name"] for row in documents(home)) == ["scan0001.pdf", "vrai.pdf"]


def test_links_are_never_followed(tmp_path):
    home = make_home(tmp_path / "home")
    outside = tmp_path / "ailleurs.pdf"
    outside.write_bytes(lab_pdf(7))
    passwd_before = identity("/etc/passwd")
    (home.inbox / "passwd.pdf").symlink_to("/etc/passwd")
    (home.inbox / "etc").symlink_to("/etc")
    (home.inbox / "sous-dossier").mkdir()
    (home.inbox / "sous-dossier" / "shadow.pdf").symlink_to("/etc/passwd")
    os.link(outside, home.inbox / "lien-physique.pdf")
    drop(home, "sous-dossier/vrai.pdf", lab_pdf(8))
    run = WatchProcess(home, "--stable", "0.1", "--exit-when-idle")
    assert run.process.wait(60) == 0, run.stderr()

    assert identity("/etc/passwd") == passwd_before and outside.read_bytes() == lab_pdf(7)
    secret = open("/etc/passwd", "rb").read()
    for folder in (home.archive, home.review, home.state):
        for path in folder.rglob("*"):
            assert not (path.is_file() and (secret in path.read_bytes() or b"root:x:0" in path.read_bytes()))
    # A hard link is read like a copy (a scanner share makes them): its bytes stored, its other name untouched.
    assert sorted(row["source_name"] for row in documents(home)) == ["lien-physique.pdf", "sous-dossier/vrai.pdf"]
    refusals = [r for r in journal(home) if r["evidence"].get("rule") == "link"]
    assert len(refusals) == 2 and all("refusé" in r["reason"] for r in refusals)
    # The refused symbolic links left the inbox; their targets did not move; the linked folder stays.
    assert sorted(os.listdir(home.inbox)) == ["etc", "sous-dossier"]
    assert os.listdir(home.inbox / "sous-dossier") == []
    assert (home.inbox / "etc").is_symlink() and outside.exists()


def test_polling_for_network_shares(tmp_path):
    home = make_home(tmp_path / "home")
    watcher = WatchProcess(home, "--poll", "0.2", "--stable", "0.2")
    try:
        watcher.wait_started()
        assert "scrutation" in watcher.stderr()
        drop(home, "partage.pdf", lab_pdf(1))
        drop(home, "dossier/partage-2.pdf", lab_pdf(2))
        assert wait_for(finished_count(home, 2), 30), watcher.stderr()
        watcher.stop()
    finally:
        watcher.kill()
    assert_nothing_lost_nothing_twice(home, {"a": lab_pdf(1), "b": lab_pdf(2)}, finished=True)


def test_sigterm_mid_batch_stops_quickly_and_leaves_the_rest_untouched(tmp_path):
    home = make_home(tmp_path / "home")
    dropped = {f"lot-{n:03d}.pdf": lab_pdf(n) for n in range(60)}
    for name, data in dropped.items():
        drop(home, name, data)
    watcher = WatchProcess(home, "--stable", "0.1")
    try:
        assert wait_for(lambda: watcher.stdout().count("n°") >= 1, 60), watcher.stderr()
        assert watcher.stop() < 10
        assert watcher.process.returncode == 0
    finally:
        watcher.kill()
    assert_nothing_lost_nothing_twice(home, dropped, finished=False)
    assert all(row["state"] == "done" for row in documents(home))
    for path in home.inbox.iterdir():  # untouched: the very bytes dropped
        assert path.read_bytes() == dropped[path.name]
    restart = WatchProcess(home, "--stable", "0.1", "--exit-when-idle", name="restart")
    assert restart.process.wait(120) == 0, restart.stderr()
    assert_nothing_lost_nothing_twice(home, dropped, finished=True)


def test_ctrl_c_in_a_terminal_mid_ocr_sends_nothing_to_review(tmp_path):
    """A terminal's Ctrl-C reaches the whole process group: the Tesseract processes die with the watcher's
    stop. The page they were reading is not "unreadable": its file stays untouched in the inbox."""
    home = make_home(tmp_path / "home")
    dropped = {f"scan-{n}.png": scanned_page(n) for n in range(8)}
    for name, data in dropped.items():
        drop(home, name, data)
    out, err = tmp_path / "out", tmp_path / "err"
    with open(out, "w") as stdout, open(err, "w") as stderr:  # in its own group, as a shell's foreground job
        process = subprocess.Popen(command(home, "watch", "--stable", "0.1"), stdout=stdout, stderr=stderr,
                                   env=docpipe_env(home), start_new_session=True)
    try:
        assert wait_for(lambda: "n° " in out.read_text(), 60), err.read_text()
        os.killpg(process.pid, signal.SIGINT)
        assert process.wait(15) == 0, err.read_text()[-2000:]
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    rows = documents(home)
    assert rows and all(row["status"] == "filed" for row in rows), [row["reason"] for row in rows]
    assert_nothing_lost_nothing_twice(home, dropped, finished=False)
    for path in home.inbox.iterdir():
        assert path.read_bytes() == dropped[path.name]


def test_two_watchers_and_an_ingest_take_each_file_once(tmp_path):
    home = make_home(tmp_path / "home")
    dropped = {f"doc-{n:02d}.pdf": lab_pdf(n) for n in range(30)}
    dropped |= {f"copie-{n}.pdf": lab_pdf(n) for n in range(3)}  # the same bytes under another name
    watchers = [WatchProcess(home, "--stable", "0.1", name=f"watch-{n}") for n in range(2)]
    try:
        for watcher in watchers:
            watcher.wait_started()
        for name, data in dropped.items():
            drop(home, name, data)
        ingest = subprocess.run(command(home, "ingest", "--json"), capture_output=True, timeout=120,
                                env=docpipe_env(home))
        assert ingest.returncode == 0, ingest.stderr
        assert wait_for(lambda: not any(home.inbox.iterdir()), 60)
        assert wait_for(finished_count(home, 33), 30)
        for watcher in watchers:
            watcher.stop()
    finally:
        for watcher in watchers:
            watcher.kill()
    assert_nothing_lost_nothing_twice(home, dropped, finished=True)
    statuses = Counter(record["status"] for record in journal(home))
    assert statuses["duplicate"] == 3 and len(journal(home)) == 33


def test_stored_files_are_private_whatever_the_umask_and_lines_name_no_one(tmp_path):
    home = Home(tmp_path / "home")
    (tmp_path / "registre.csv").write_text(REGISTRY_CSV, encoding="utf-8")
    for args in (["init"], ["patients", "import", str(tmp_path / "registre.csv")]):
        assert run_docpipe(home, *args, umask=0).returncode == 0
    drop(home, "DUPONT Jean bilan.pdf", lab_pdf(0))
    drop(home, "inconnu.pdf", lab_pdf(3))
    drop(home, "sous-dossier/NDIAYE.pdf", lab_pdf(2))
    run = WatchProcess(home, "--stable", "0.1", "--exit-when-idle", umask=0)
    assert run.process.wait(60) == 0, run.stderr()
    assert len(documents(home)) == 3
    databases = list(home.root.glob("docpipe.db*"))  # the write-ahead log too, if still there
    for folder in [*home.private_dirs(), *databases]:
        for path in [folder, *folder.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600), f"{path}: {oct(mode)}"
    console = run.stdout() + run.stderr()
    assert console.count("n° ") == 3
    for word in PATIENT_WORDS + ["bilan", "inconnu", "INCONNU", "Hémoglobine"]:
        assert word not in console


def identity(path: str) -> tuple:
    info = os.stat(path)
    return info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns
