"""`docpipe watch` with laboratory files dropped while it runs: each file is filed part by part."""
from __future__ import annotations

import json
import threading

from docpipe.store import Store
from docpipe.watch import Worker
from inbox_kit import WatchProcess, drop, make_home, wait_for
from test_lab_ingest_e2e import EXPECTED, all_documents, assert_filed_part_by_part, lab_folder


def test_watch_files_lab_files_dropped_live_part_by_part(tmp_path):
    home = make_home(tmp_path / "home")
    dropped = lab_folder()
    watcher = WatchProcess(home, "--stable", "0.3", "--json")
    try:
        watcher.wait_started()
        for name, data in dropped.items():
            drop(home, name, data)
        done = lambda: sum(r["state"] == "done" for r in all_documents(home)) == len(dropped) + len(EXPECTED)
        assert wait_for(done, 60), watcher.stderr()
        assert watcher.stop() < 5
    finally:
        watcher.kill()
    assert_filed_part_by_part(home, dropped)
    lines = [json.loads(line) for line in watcher.stdout().splitlines()]
    assert sorted(line["status"] for line in lines) == sorted(["split"] * 3 + ["filed"] * 5 + ["review"] * 2)
    assert all("source" not in line for line in lines)  # console lines name no one


class NoReading:
    """A laboratory file is never read by OCR: any use of the extractor is a test failure."""

    def extract_many(self, paths):
        assert not paths, "a lab file was handed to the extractor"
        return iter(())


def test_a_stop_asked_during_a_lab_file_still_reports_each_of_its_parts(tmp_path):
    # The watcher stops between two documents; a lab file's parts are filed together, so a stop asked while
    # they are reported must not swallow the lines of parts already filed (one CI run lost two of them).
    home = make_home(tmp_path / "home")
    name = "oru.hl7"
    drop(home, name, lab_folder()[name])
    stop, reported = threading.Event(), []

    def on_outcome(outcome):
        reported.append(outcome.record["status"])
        stop.set()  # asked for as soon as the first line is out

    worker = Worker(home, home.load_settings(), stop, threading.Event(), on_outcome)
    store = Store(home.database)
    try:
        assert worker.run_batch(store, NoReading(), [home.inbox / name])
    finally:
        store.close()
    expected = [status for (source, _part), (status, _patient) in EXPECTED.items() if source == name]
    assert sorted(reported) == sorted(["split", *expected])
    assert all(row["state"] == "done" for row in all_documents(home))
