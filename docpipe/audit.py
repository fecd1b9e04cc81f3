"""The audit trail: every action appended with the hash of the previous entry, so an edit shows."""
from __future__ import annotations

import getpass
import hashlib
import json

from .store import Store, now_iso

GENESIS = "0" * 64


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "inconnu"


def entry_hash(prev_hash: str, at: str, actor: str, action: str, document_id, patient_ipp, details: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, document_id, patient_ipp, details], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(store: Store, action: str, *, actor: str | None = None, document_id: int | None = None,
           patient_ipp: str | None = None, details: dict | None = None) -> None:
    actor = actor or current_actor()
    details_json = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
    with store.transaction() as db:
        last = db.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        prev_hash = last["hash"] if last else GENESIS
        at = now_iso()
        digest = entry_hash(prev_hash, at, actor, action, document_id, patient_ipp, details_json)
        db.execute("INSERT INTO audit (at, actor, action, document_id, patient_ipp, details, prev_hash, hash)"
                   " VALUES (?,?,?,?,?,?,?,?)",
                   (at, actor, action, document_id, patient_ipp, details_json, prev_hash, digest))


def entries(store: Store, patient_ipp: str | None = None) -> list[dict]:
    query, params = "SELECT * FROM audit ORDER BY id", ()
    if patient_ipp:
        query, params = "SELECT * FROM audit WHERE patient_ipp = ? ORDER BY id", (patient_ipp,)
    return [{**dict(row), "details": json.loads(row["details"])} for row in store.db.execute(query, params)]


def verify(store: Store) -> list[str]:
    """Problems found in the chain (a changed, inserted or removed entry), in French."""
    problems, prev_hash, expected_id = [], GENESIS, None
    for row in store.db.execute("SELECT * FROM audit ORDER BY id"):
        if expected_id is not None and row["id"] != expected_id:
            problems.append(f"entrée(s) {expected_id} à {row['id'] - 1} supprimée(s)")
        if row["prev_hash"] != prev_hash:
            problems.append(f"entrée {row['id']} : chaînage rompu (entrée précédente modifiée ou supprimée)")
        digest = entry_hash(row["prev_hash"], row["at"], row["actor"], row["action"], row["document_id"],
                            row["patient_ipp"], row["details"])
        if digest != row["hash"]:
            problems.append(f"entrée {row['id']} : contenu modifié")
        prev_hash, expected_id = row["hash"], row["id"] + 1
    return problems
