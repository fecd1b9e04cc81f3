"""`docpipe watch` with laboratory files dropped while it runs: each file is filed part by part."""
from __future__ import annotations

import json

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
