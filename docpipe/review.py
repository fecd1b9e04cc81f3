"""The review queue: what waits for a person, and their decisions (assign to a patient, reject)."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from . import audit, identity, matching
from .archive import Archive
from .config import Home
from .errors import DocpipeError
from .ingest import PAGE_SEPARATOR, public_record, sidecar_of
from .store import Store, now_iso


class ReviewError(DocpipeError):
    exit_code = 1


def pending(store: Store) -> list[sqlite3.Row]:
    return store.documents("status = 'review' AND state = 'done'")


def item(store: Store, document_id: int) -> sqlite3.Row:
    row = store.document(document_id)
    if row is None or row["origin"] != "ingest":
        raise ReviewError(f"Document n° {document_id} introuvable.")
    return row


def assignment_problems(store: Store, row: sqlite3.Row, ipp: str) -> list[str]:
    """What in the document contradicts the secretary's choice (same checks as automatic filing)."""
    index = matching.RegistryIndex.build(store.patients())
    readings = identity.read_document(store.text(row["id"]).split(PAGE_SEPARATOR))
    return matching.problems_against(index.patients[ipp], readings, index)


def assign(home: Home, store: Store, document_id: int, ipp: str, actor: str, force: bool = False) -> dict:
    row = item(store, document_id)
    if row["status"] != "review":
        raise ReviewError(f"Le document n° {document_id} n'est pas en attente de revue (statut : {row['status']}).")
    patient = store.patient(ipp)
    if patient is None:
        raise ReviewError(f"Patient IPP {ipp} absent du registre.")
    problems = assignment_problems(store, row, ipp)
    if problems and not force:
        raise ReviewError("Attribution refusée, le document contredit ce patient : " + " ; ".join(problems)
                          + ". Vérifiez, puis relancez avec --force pour passer outre (décision tracée).")
    archive = Archive(home)
    received = datetime.fromisoformat(row["received_at"])
    ext = row["stored_path"].rsplit(".", 1)[-1]
    destination = archive.filed_path(patient, row["doc_type"], row["sha256"], received, ext)
    new_path = archive.relocate(home.root / row["stored_path"], destination)
    evidence = json.loads(row["evidence"])
    evidence["assignment"] = {"by": actor, "at": now_iso(), "patient": ipp, "previous_reason": row["reason"],
                              "overridden_problems": problems}
    store.update_document(document_id, status="filed", patient_ipp=ipp, stored_path=home.relative(new_path),
                          decided_by=actor, decided_at=now_iso(), reason=None,
                          evidence=json.dumps(evidence, ensure_ascii=False))
    updated = store.document(document_id)
    archive.write_companions(new_path, store.text(document_id), sidecar_of(updated))
    record = public_record(updated)
    store.add_journal(record, document_id, row["sha256"])
    audit.record(store, "review_assigned", actor=actor, document_id=document_id, patient_ipp=ipp,
                 details={"forced": bool(problems), "problems": problems})
    return record


def reject(home: Home, store: Store, document_id: int, actor: str, reason: str | None) -> dict:
    """The file stays where it is (nothing is ever deleted); it leaves the queue, the reason recorded."""
    row = item(store, document_id)
    if row["status"] != "review":
        raise ReviewError(f"Le document n° {document_id} n'est pas en attente de revue (statut : {row['status']}).")
    reason_text = reason or "Rejeté par le secrétariat"
    store.update_document(document_id, status="rejected", decided_by=actor, decided_at=now_iso(),
                          reason=f"{reason_text} (motif initial : {row['reason']})")
    updated = store.document(document_id)
    Archive(home).write_companions(home.root / updated["stored_path"], store.text(document_id), sidecar_of(updated))
    record = public_record(updated)
    store.add_journal(record, document_id, row["sha256"])
    audit.record(store, "review_rejected", actor=actor, document_id=document_id, details={"reason": reason_text})
    return record
