"""The ingest pipeline: receive → extract → identity → matching → classify → archive → record.

Order of the durable steps (each idempotent, so a crash at any instant is recovered on the next run):
1. the bytes are copied from the inbox to the private work area and fsynced;
2. a `storing` row is recorded with the planned destination;
3. the work copy is renamed into archive/ or review/ (same file system: atomic) and the folder fsynced;
4. the row is marked `done` and the journal written;
5. only then is the inbox copy removed.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import audit, classify, identity, matching
from .archive import Archive, extension_of, move_durably
from .config import Home, Settings
from .errors import UnreadableDocument
from .extract import Extractor
from .intake import Claim, LinkRefused, Received, inbox_entries, receive, remove_from_inbox
from .models import DocType, ExtractedDocument, MatchDecision
from .store import Store, now_iso

log = logging.getLogger("docpipe.ingest")
PAGE_SEPARATOR = "\f"


@dataclass
class Outcome:
    """What happened to one dropped file; `record` is the public JSON shape."""

    record: dict
    document_id: int | None = None
    extra: dict = field(default_factory=dict)


def public_record(row: sqlite3.Row, status: str | None = None, source: str | None = None) -> dict:
    return {
        "source": source or row["source_name"],
        "status": status or row["status"],
        "patient": row["patient_ipp"],
        "doc_type": row["doc_type"],
        "pages": json.loads(row["pages"]),
        "stored_path": row["stored_path"],
        "reason": row["reason"],
        "evidence": json.loads(row["evidence"]),
        "id": row["id"],
        "sha256": row["sha256"],
    }


class Pipeline:
    def __init__(self, home: Home, settings: Settings, store: Store, extractor: Extractor):
        self.home = home
        self.settings = settings
        self.store = store
        self.extractor = extractor
        self.archive = Archive(home)
        self.index = matching.RegistryIndex.build(store.patients())

    # --- entry points --------------------------------------------------------------------------

    def ingest_inbox(self, on_outcome: Callable[[Outcome], None] | None = None) -> list[Outcome]:
        return self.ingest(inbox_entries(self.home), on_outcome)

    def ingest(self, paths: Iterable[Path], on_outcome: Callable[[Outcome], None] | None = None) -> list[Outcome]:
        recover(self.home, self.store)
        outcomes = []
        for outcome in self.process(list(paths)):
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
        return outcomes

    def process(self, paths: list[Path]) -> Iterator[Outcome]:
        claims, received = [], {}
        try:
            for path in paths:
                claim = Claim(self.home, path)
                if not claim.acquire():
                    continue  # another docpipe process has it
                claims.append(claim)
                taken = self.take(path)
                if isinstance(taken, Outcome):
                    yield taken
                elif taken is not None:
                    received[taken.work_path] = taken
            for work_path, result in self.extractor.extract_many(list(received)):
                yield self.conclude(received[work_path], result)
        finally:
            for claim in claims:
                claim.release()
            for item in received.values():
                item.work_path.unlink(missing_ok=True)

    # --- steps ---------------------------------------------------------------------------------

    def take(self, path: Path) -> Received | Outcome | None:
        try:
            item = receive(self.home, path)
        except LinkRefused as exc:
            return self.refuse_link(path, exc)
        except FileNotFoundError:
            return None  # taken by someone else meanwhile
        existing = self.store.document_by_sha(item.sha256)
        if existing is not None:
            return self.duplicate(item, existing)
        return item

    def refuse_link(self, path: Path, exc: LinkRefused) -> Outcome:
        """The link itself is removed from the inbox (its target is never touched) and the refusal logged."""
        record = {"source": path.name, "status": "review", "patient": None, "doc_type": DocType.OTHER.value,
                  "pages": [], "stored_path": None, "reason": exc.message_fr, "evidence": {"rule": "link"}}
        if path.is_symlink():
            path.unlink()
        self.store.add_journal(record, None, None)
        log.warning("entrée refusée (lien ou fichier spécial)")
        return Outcome(record)

    def duplicate(self, item: Received, existing: sqlite3.Row) -> Outcome:
        record = public_record(existing, status="duplicate", source=item.source_name)
        record["reason"] = f"Déjà reçu (document n° {existing['id']}) : copie supprimée de la boîte de dépôt."
        self.store.add_journal(record, existing["id"], item.sha256)
        audit.record(self.store, "duplicate_received", actor="docpipe", document_id=existing["id"],
                     details={"sha256": item.sha256})
        item.work_path.unlink(missing_ok=True)
        remove_from_inbox(item)
        log.info("doublon sha=%s doc=%s", item.sha256[:12], existing["id"])
        return Outcome(record, existing["id"])

    def conclude(self, item: Received, result: ExtractedDocument | UnreadableDocument) -> Outcome:
        if isinstance(result, UnreadableDocument):
            decision, doc_type, pages, text, media = unreadable_decision(result), DocType.OTHER, [], "", None
            classification = None
        else:
            pages = [p.number for p in result.pages]
            page_texts = [p.text for p in result.pages]
            readings = identity.read_document(page_texts)
            decision = matching.decide(readings, self.index)
            classification = classify.classify(result.text)
            doc_type, text, media = classification.doc_type, PAGE_SEPARATOR.join(page_texts), result.media_type
            decision.evidence["extraction"] = extraction_evidence(result)
        evidence = dict(decision.evidence)
        if classification is not None:
            evidence["classification"] = {"scores": classification.scores, "terms": classification.matched_terms}
        return self.file(item, decision, doc_type, pages, text, media, evidence)

    def destination(self, item: Received, decision: MatchDecision, doc_type: DocType, media: str | None) -> Path:
        ext = extension_of(item.source_name, media)
        if decision.files:
            patient = self.index.patients[decision.patient_ipp]
            return self.archive.filed_path(patient, doc_type.value, item.sha256, item.received_at, ext)
        return self.archive.review_path(item.source_name, item.sha256, item.received_at, ext)

    def file(self, item: Received, decision: MatchDecision, doc_type: DocType, pages: list[int], text: str,
             media: str | None, evidence: dict) -> Outcome:
        destination = self.destination(item, decision, doc_type, media)
        relative = str(destination.relative_to(self.home.root))
        try:
            document_id = self.store.insert_document_with_text(text,
                origin="ingest", state="storing", status="filed" if decision.files else "review",
                source_name=item.source_name, sha256=item.sha256, size=item.size, media_type=media,
                patient_ipp=decision.patient_ipp, doc_type=doc_type.value, pages=json.dumps(pages),
                stored_path=relative, reason=decision.reason_fr, evidence=json.dumps(evidence, ensure_ascii=False),
                received_at=item.received_at.isoformat(timespec="seconds"), decided_at=now_iso(),
                decided_by="docpipe", inbox_path=str(item.origin_path) if item.from_inbox else None)
        except sqlite3.IntegrityError:
            return self.duplicate(item, self.store.document_by_sha(item.sha256))
        move_durably(item.work_path, destination)
        self.archive.write_companions(destination, text, sidecar_of(self.store.document(document_id)))
        self.store.update_document(document_id, state="stored")
        record = public_record(self.store.document(document_id))
        self.store.add_journal(record, document_id, item.sha256)
        remove_from_inbox(item)
        self.store.update_document(document_id, state="done")
        audit.record(self.store, "filed" if decision.files else "sent_to_review", actor="docpipe",
                     document_id=document_id, patient_ipp=decision.patient_ipp,
                     details={"sha256": item.sha256, "rule": decision.rule, "doc_type": doc_type.value})
        log.info("document=%s sha=%s statut=%s type=%s", document_id, item.sha256[:12], record["status"],
                 doc_type.value)
        return Outcome(record, document_id)


def sidecar_of(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"], "source": row["source_name"], "sha256": row["sha256"], "size": row["size"],
        "status": row["status"], "patient": row["patient_ipp"], "doc_type": row["doc_type"],
        "pages": json.loads(row["pages"]), "received_at": row["received_at"], "decided_at": row["decided_at"],
        "decided_by": row["decided_by"], "reason": row["reason"], "evidence": json.loads(row["evidence"]),
    }


def unreadable_decision(error: UnreadableDocument) -> MatchDecision:
    code = getattr(error, "code", "unreadable")
    return MatchDecision("review", None, code, error.message_fr, {"rule": code, "candidates": []}, ())


def extraction_evidence(document: ExtractedDocument) -> dict:
    return {
        "media_type": document.media_type,
        "pages": [{"page": p.number, "method": p.method,
                   "confidence": None if p.confidence is None else round(p.confidence, 1),
                   "doubtful_words": len(p.doubtful_words)} for p in document.pages],
    }


def recover(home: Home, store: Store) -> None:
    """Finish or undo what a crash interrupted; see the module docstring for the order of steps."""
    for row in store.unfinished_documents():
        stored = home.root / row["stored_path"]
        if not stored.exists():
            store.delete_document(row["id"])  # the inbox copy is still there: it will be processed again
            continue
        if row["state"] == "storing":
            Archive(home).write_companions(stored, store.text(row["id"]), sidecar_of(row))
            store.add_journal(public_record(row), row["id"], row["sha256"])
        inbox_path = row["inbox_path"]
        if inbox_path:
            item = Received(row["source_name"], Path(inbox_path), stored, row["sha256"], row["size"],
                            datetime.now(), True)
            remove_from_inbox(item)
        store.update_document(row["id"], state="done")
    clean_work_area(home)


def clean_work_area(home: Home) -> None:
    """Work copies left by a crash: the inbox still holds their originals, or they were stored already."""
    work = home.state / "work"
    if not work.is_dir():
        return
    for entry in work.iterdir():
        # Another process may be working on a recent copy; an hour-old one is a leftover.
        if entry.is_file() and (datetime.now().timestamp() - entry.stat().st_mtime) > 3600:
            entry.unlink(missing_ok=True)
