"""The filing protocol (docpipe/filing.py) beyond ingest: a review assignment interrupted at each step is
finished by the next run, and an old home gets the new columns."""
import shutil
import sqlite3

import pytest

from docpipe import archive, audit, filing, ingest, review
from docpipe.config import Home
from docpipe.models import State, Status
from docpipe.store import Store

from test_review import template_home  # noqa: F401  (the fixture: a home with three documents in review)


class SimulatedCrash(BaseException):
    pass


def crash(*_args, **_kwargs):
    raise SimulatedCrash()


@pytest.fixture
def home(template_home, tmp_path):  # noqa: F811
    shutil.copytree(template_home, tmp_path / "home")
    return Home.resolve(tmp_path / "home")


@pytest.mark.parametrize("step", ["move", "companions", "stored", "audit"])
def test_an_assignment_interrupted_at_each_step_is_finished_by_recovery(home, step, monkeypatch):
    store = Store(home.database)
    [unknown] = [d for d in review.pending(store) if d.source_name == "inconnu.txt"]
    where = {"move": (filing, "move_durably"), "companions": (archive.Archive, "write_companions"),
             "stored": (filing, "mark_stored"), "audit": (audit, "record")}[step]
    monkeypatch.setattr(*where, crash)
    with pytest.raises(SimulatedCrash):
        review.assign(home, store, unknown.id, "P003", "secrétaire", force_reason="vérifié")
    monkeypatch.undo()
    assert store.document(unknown.id).state != State.DONE
    ingest.recover(home, store)
    done = store.document(unknown.id)
    assert (done.state, done.status, done.patient_ipp, done.filing) == (State.DONE, Status.FILED, "P003", None)
    assert (home.root / done.stored_path).is_file() and not (home.root / unknown.stored_path).exists()
    for suffix in (".txt", ".json"):
        assert (home.root / f"{done.stored_path}{suffix}").is_file()
    assigned = [e for e in audit.entries(store) if e["action"] == "review_assigned"]
    assert len(assigned) == 1 and assigned[0]["actor"] == "secrétaire"
    assert audit.verify(store) == []
    store.close()


def test_an_old_home_gets_the_new_columns(tmp_path):
    path = tmp_path / "docpipe.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, origin TEXT NOT NULL DEFAULT 'ingest',"
               " state TEXT NOT NULL DEFAULT 'done', status TEXT NOT NULL, source_name TEXT NOT NULL,"
               " sha256 TEXT NOT NULL, size INTEGER NOT NULL, media_type TEXT, patient_ipp TEXT,"
               " doc_type TEXT NOT NULL DEFAULT 'other', pages TEXT NOT NULL DEFAULT '[]', stored_path TEXT NOT NULL,"
               " text_path TEXT, sidecar_path TEXT, reason TEXT, evidence TEXT NOT NULL DEFAULT '{}',"
               " received_at TEXT NOT NULL, decided_at TEXT, decided_by TEXT, template TEXT, letter_status TEXT,"
               " inbox_path TEXT)")
    db.execute("INSERT INTO documents (status, source_name, sha256, size, stored_path, received_at)"
               " VALUES ('review', 'a.pdf', 'abc', 3, 'review/a.pdf', '2026-11-30T10:00:00+01:00')")
    db.commit()
    db.close()
    store = Store(path)
    [document] = store.unfinished_documents() or [store.document(1)]
    assert (document.parent_id, document.part, document.filing) == (None, None, None)
    assert document.status == Status.REVIEW
    store.close()
