"""Issue 8, items 3 and 4: the audit trail cut or rewritten by someone who can write the home."""
from __future__ import annotations

import json
import sqlite3

from docpipe import audit
from docpipe.errors import ExitCode
from inbox_kit import drop, lab_pdf, make_home, run_docpipe


def entries(home) -> list[dict]:
    return [json.loads(line) for line in run_docpipe(home, "audit", "--json").stdout.splitlines()]


def cut_tail(home, count: int) -> None:
    db = sqlite3.connect(home.database)
    db.execute("DELETE FROM audit WHERE id > (SELECT max(id) FROM audit) - ?", (count,))
    db.commit()
    db.close()


def rewrite_consistently(home) -> None:
    """What an attacker with the account's rights does: change an entry, recompute every hash after it and
    the anchor, so that the chain alone is intact."""
    db = sqlite3.connect(home.database)
    db.row_factory = sqlite3.Row
    rows = db.execute("SELECT * FROM audit ORDER BY id").fetchall()
    prev = audit.GENESIS
    for row in rows:
        details = row["details"]
        if row["action"] == "filed":
            details = json.dumps({**json.loads(details), "doc_type": "autre-chose"}, sort_keys=True)
        digest = audit.entry_hash(prev, row["at"], row["actor"], row["action"], row["document_id"],
                                  row["patient_ipp"], details)
        db.execute("UPDATE audit SET details = ?, prev_hash = ?, hash = ? WHERE id = ?",
                   (details, prev, digest, row["id"]))
        prev = digest
    db.commit()
    last = rows[-1]["id"]
    db.close()
    (home.state / audit.HEAD_FILE).write_text(json.dumps({"id": last, "hash": prev, "at": "x"}))


def test_a_cut_tail_with_its_anchor_deleted_stays_an_alarm_until_acknowledged(tmp_path):
    home = make_home(tmp_path / "home")
    drop(home, "a.pdf", lab_pdf(1))
    drop(home, "b.pdf", lab_pdf(2))
    assert run_docpipe(home, "ingest").returncode == 0
    cut_tail(home, 1)
    (home.state / audit.HEAD_FILE).unlink()
    drop(home, "c.pdf", lab_pdf(3))
    assert run_docpipe(home, "ingest").returncode == 0  # the next action rebuilds an anchor…
    for _ in range(2):  # …but the alarm stays, whatever comes after
        verdict = run_docpipe(home, "audit", "verify")
        assert verdict.returncode == ExitCode.INTEGRITY and "ALARME" in verdict.stdout and "intègre" not in verdict.stdout
        drop(home, "d.pdf", lab_pdf(4))
        assert run_docpipe(home, "ingest").returncode == 0
    assert run_docpipe(home, "audit", "acknowledge").returncode != 0  # a reason is required
    done = run_docpipe(home, "audit", "acknowledge", "--by", "dr.martin",
                       "--reason", "coupure constatée, comparée au rapport papier du 29/11")
    assert done.returncode == 0, done.stderr
    assert run_docpipe(home, "audit", "verify").returncode == 0
    [ack] = [e for e in entries(home) if e["action"] == "audit_alarm_acknowledged"]
    assert ack["actor"] == "dr.martin" and "rapport papier" in ack["details"]["reason"]
    assert run_docpipe(home, "audit", "acknowledge", "--reason", "rien").returncode != 0  # nothing pending


def test_an_anchor_deleted_before_any_new_action_is_reported_then_alarmed(tmp_path):
    home = make_home(tmp_path / "home")
    drop(home, "a.pdf", lab_pdf(1))
    assert run_docpipe(home, "ingest").returncode == 0
    (home.state / audit.HEAD_FILE).unlink()
    assert "ancre de fin du journal absente" in run_docpipe(home, "audit", "verify").stdout
    assert run_docpipe(home, "day", "close").returncode == 0
    assert "ALARME" in run_docpipe(home, "audit", "verify").stdout


def test_the_chain_head_leaves_the_home_and_a_consistent_rewrite_is_caught(tmp_path):
    outside = tmp_path / "ancres"
    outside.mkdir()
    home = make_home(tmp_path / "home", f'[audit]\nanchor_dir = "{outside}"\n')
    drop(home, "a.pdf", lab_pdf(1))
    closed = run_docpipe(home, "day", "close", "--json")
    assert closed.returncode == 0, closed.stderr
    db = sqlite3.connect(home.database)
    last_id, last_hash = db.execute("SELECT id, hash FROM audit WHERE action != 'day_closed' "
                                    "ORDER BY id DESC LIMIT 1").fetchone()
    db.close()
    head = {"id": last_id, "hash": last_hash}  # the head at the close, just before its own entry
    line = f"entrée n° {head['id']}, empreinte {head['hash']}"
    html = next(home.reports.rglob("*.html")).read_text(encoding="utf-8")
    csv_text = next(home.reports.rglob("*.csv")).read_text(encoding="utf-8-sig")
    anchors = (outside / audit.HEADS_FILE).read_text(encoding="utf-8")
    assert line in html and line in csv_text and line in anchors and len(head["hash"]) == 64
    saved = tmp_path / "rapport-imprime.html"  # the copy kept away from the home (paper, mail)
    saved.write_text(html, encoding="utf-8")
    checked = run_docpipe(home, "audit", "verify", "--against", str(saved), "--against", str(outside))
    assert checked.returncode == 0 and "2 tête(s)" in checked.stdout, checked.stdout + checked.stderr

    rewrite_consistently(home)
    assert run_docpipe(home, "audit", "verify").returncode == 0  # the chain alone cannot see it…
    for against in (saved, outside / audit.HEADS_FILE, home.reports):
        caught = run_docpipe(home, "audit", "verify", "--against", str(against))
        assert caught.returncode == ExitCode.INTEGRITY and "réécrit" in caught.stdout, caught.stdout  # …the heads outside do


def test_a_cut_with_a_consistent_anchor_is_caught_against_the_report(tmp_path):
    home = make_home(tmp_path / "home")
    drop(home, "a.pdf", lab_pdf(1))
    drop(home, "b.pdf", lab_pdf(2))
    assert run_docpipe(home, "day", "close").returncode == 0  # entries 1, 2 (the head printed), 3 (day closed)
    report = next(home.reports.rglob("*.csv"))
    cut_tail(home, 2)
    db = sqlite3.connect(home.database)
    last_id, last_hash = db.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    db.close()
    (home.state / audit.HEAD_FILE).write_text(json.dumps({"id": last_id, "hash": last_hash, "at": "x"}))
    assert run_docpipe(home, "audit", "verify").returncode == 0
    caught = run_docpipe(home, "audit", "verify", "--against", str(report), "--json")
    verdict = json.loads(caught.stdout)
    assert caught.returncode == ExitCode.INTEGRITY and not verdict["ok"] and "n'est plus" in verdict["problems"][0]


def test_an_anchor_folder_inside_the_home_is_refused(tmp_path):
    home = make_home(tmp_path / "home")
    home.settings_file.write_text(f'[audit]\nanchor_dir = "{home.root / "ancres"}"\n', encoding="utf-8")
    drop(home, "a.pdf", lab_pdf(1))
    closed = run_docpipe(home, "day", "close", "--json")
    assert any("doit le quitter" in p["message"] for p in json.loads(closed.stdout)["problems"])


def test_the_head_can_go_to_syslog(tmp_path, monkeypatch):
    from docpipe.config import Settings
    sent = []
    monkeypatch.setattr(audit.syslog, "openlog", lambda *args: None)
    monkeypatch.setattr(audit.syslog, "syslog", lambda priority, message: sent.append(message))
    home = make_home(tmp_path / "home")
    head = {"id": 7, "hash": "a" * 64, "at": "2026-11-30T18:00:00"}
    assert audit.publish_head(home, Settings(audit_syslog=True), head, "clôture du 2026-11-30") == []
    assert len(sent) == 1 and audit.HEAD_PATTERN.search(sent[0]).groups() == ("7", "a" * 64)
