"""The audit trail: every action appended with the hash of the previous entry, so an edit shows.

The chain alone cannot show that its last entries were cut off, so the head of the chain (id and hash of
the latest entry) is also kept in `.docpipe/audit-head.json`, outside the database. New ids continue from
the anchored head, so a cut followed by new entries leaves a visible gap in the ids.
"""
from __future__ import annotations

import fcntl
import getpass
import hashlib
import json
import os
from contextlib import contextmanager
from pathlib import Path

from .archive import ensure_private_dir, write_durably
from .config import FILE_MODE, Home
from .store import Store, now_iso

GENESIS = "0" * 64
HEAD_FILE = "audit-head.json"


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "inconnu"


def entry_hash(prev_hash: str, at: str, actor: str, action: str, document_id, patient_ipp, details: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, document_id, patient_ipp, details], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- the head anchor -----------------------------------------------------------------------------

def head_path(store: Store) -> Path:
    return Home(store.path.parent).state / HEAD_FILE


def read_head(store: Store) -> dict | None:
    try:
        head = json.loads(head_path(store).read_text(encoding="utf-8"))
        return {"id": int(head["id"]), "hash": str(head["hash"])}
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return {"id": -1, "hash": ""}  # unreadable: verify() reports it


@contextmanager
def head_lock(store: Store):
    """Held across append + anchor update, so two processes never leave the anchor behind the other's entry."""
    folder = head_path(store).parent
    ensure_private_dir(folder)
    fd = os.open(folder / (HEAD_FILE + ".lock"), os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def write_head(store: Store, entry_id: int, digest: str) -> None:
    head = {"id": entry_id, "hash": digest, "at": now_iso()}
    write_durably(head_path(store), json.dumps(head).encode("utf-8"))


# --- recording and reading -----------------------------------------------------------------------

def record(store: Store, action: str, *, actor: str | None = None, document_id: int | None = None,
           patient_ipp: str | None = None, details: dict | None = None) -> None:
    actor = actor or current_actor()
    details_json = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
    with head_lock(store):
        head = read_head(store)
        with store.transaction() as db:
            last = db.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            prev_hash = last["hash"] if last else GENESIS
            entry_id = max(last["id"] if last else 0, head["id"] if head else 0) + 1
            at = now_iso()
            digest = entry_hash(prev_hash, at, actor, action, document_id, patient_ipp, details_json)
            db.execute("INSERT INTO audit (id, at, actor, action, document_id, patient_ipp, details, prev_hash, hash)"
                       " VALUES (?,?,?,?,?,?,?,?,?)",
                       (entry_id, at, actor, action, document_id, patient_ipp, details_json, prev_hash, digest))
        # After the commit: a crash here leaves the anchor one entry behind, which verify() accepts.
        write_head(store, entry_id, digest)


def entries(store: Store, patient_ipp: str | None = None) -> list[dict]:
    query, params = "SELECT * FROM audit ORDER BY id", ()
    if patient_ipp:
        query, params = "SELECT * FROM audit WHERE patient_ipp = ? ORDER BY id", (patient_ipp,)
    return [{**dict(row), "details": json.loads(row["details"])} for row in store.db.execute(query, params)]


def verify(store: Store) -> list[str]:
    """Problems found in the chain (a changed, inserted or removed entry), in French."""
    problems, prev_hash, expected_id = [], GENESIS, 1
    hashes = {}
    for row in store.db.execute("SELECT * FROM audit ORDER BY id"):
        if row["id"] != expected_id:
            problems.append(f"entrée(s) {expected_id} à {row['id'] - 1} supprimée(s)")
        if row["prev_hash"] != prev_hash:
            problems.append(f"entrée {row['id']} : chaînage rompu (entrée précédente modifiée ou supprimée)")
        digest = entry_hash(row["prev_hash"], row["at"], row["actor"], row["action"], row["document_id"],
                            row["patient_ipp"], row["details"])
        if digest != row["hash"]:
            problems.append(f"entrée {row['id']} : contenu modifié")
        hashes[row["id"]] = row["hash"]
        prev_hash, expected_id = row["hash"], row["id"] + 1
    return problems + head_problems(store, hashes, expected_id - 1)


def head_problems(store: Store, hashes: dict[int, str], last_id: int) -> list[str]:
    """The anchored head must still be in the chain; entries after it are allowed (crash before the anchor)."""
    head = read_head(store)
    if head is None:
        return [f"ancre de fin du journal absente ({HEAD_FILE}) : suppression des dernières entrées indétectable"] \
            if hashes else []
    if head["id"] < 0:
        return [f"ancre de fin du journal illisible ({HEAD_FILE})"]
    if head["id"] > last_id:
        return [f"entrée(s) {last_id + 1} à {head['id']} supprimée(s) (fin du journal tronquée)"]
    if hashes.get(head["id"]) != head["hash"]:
        return [f"entrée {head['id']} : ne correspond pas à l'ancre de fin du journal (modifiée ou remplacée)"]
    return []
