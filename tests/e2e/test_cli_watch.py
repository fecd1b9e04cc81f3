"""The watcher tells, when it stops (Ctrl-C, SIGTERM, idle), what it did in the session — as ingest does."""
from __future__ import annotations

import signal

from inbox_kit import WatchProcess, drop, lab_text, make_home, wait_for


def test_ctrl_c_prints_a_summary_of_the_session(tmp_path):
    home = make_home(tmp_path / "home")
    for serial in range(3):
        drop(home, f"bio-{serial}.txt", lab_text(serial).encode())
    watcher = WatchProcess(home, "--stable", "0.1")
    try:
        assert wait_for(lambda: watcher.stdout().count("n° ") >= 3, 60), watcher.stderr()
        watcher.stop(signal.SIGINT)
    finally:
        watcher.kill()
    assert watcher.process.returncode == 0
    stopped = watcher.stderr().splitlines()[-1]
    assert stopped.startswith("Surveillance arrêtée. Session de ")
    assert "3 document(s) traité(s)" in stopped and "classé" in stopped and "docpipe" in stopped


def test_an_idle_session_says_nothing_was_processed(tmp_path):
    home = make_home(tmp_path / "home")
    watcher = WatchProcess(home, "--stable", "0.1", "--exit-when-idle")
    assert watcher.process.wait(60) == 0, watcher.stderr()
    assert "aucun document traité" in watcher.stderr()
