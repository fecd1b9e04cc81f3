"""The one way a file enters archive/ or review/: a crash-safe journal kept in the document's own row.

A new file (ingest, a letter, a part cut from a container):
1. a `storing` row is recorded with the planned destination and the intent (`filing`: action, actor, details);
2. the bytes are put in place durably (`place`: a rename from the work area, or a durable write);
3. the companions (.txt, .json) are written beside it;
4. the row is marked `stored` and its journal line written, in one transaction; then the audit entry;
5. the source is released (`release`: e.g. the inbox copy removed), and the row marked `done`.

A stored file changing place (review → archive when a person assigns it) records its old place
(`filing.moving_from`) with the new one in the same `storing` update, then moves the original and its
companions; steps 3–5 are the same.

Every step is idempotent: `recover_document` runs what is left after a crash, from the row alone. The caller
holds the content claim (`sha-<hash>`, intake.Claim) while it files, and recovery touches a row only under it.
"""
from __future__ import annotations

import glob
import hashlib
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

from . import audit
from .archive import Archive, move_durably, sanitize_part, unique_path, write_durably
from .config import Home
from .errors import DocpipeError
from .intake import Claim
from .models import DocType, Document, MatchDecision, Origin, Patient, State, Status
from .store import Store, now_iso

log = logging.getLogger("docpipe.filing")
COMPANION_SUFFIXES = (".txt", ".json")
LEGACY_ACTIONS = ("filed", "sent_to_review")  # rows recorded before the intent was kept in the row


@dataclass(frozen=True)
class Intent:
    """What the audit trail will say once the file is in place (kept in the row until `done`)."""

    action: str
    actor: str
    details: dict = field(default_factory=dict)
    moving_from: str | None = None  # a relocation: the stored path it leaves
    journal: bool = True  # a line in the processing history (`docpipe log`); letters have none

    def as_json(self) -> dict:
        return {"action": self.action, "actor": self.actor, "details": self.details, "moving_from": self.moving_from,
                "journal": self.journal}

    @classmethod
    def of(cls, document: Document) -> Intent | None:
        pending = document.filing
        if not pending:
            return None
        return cls(pending["action"], pending["actor"], pending.get("details") or {}, pending.get("moving_from"),
                   pending.get("journal", True))


def sidecar_of(document: Document) -> dict:
    """The .json companion: what the archive says about the file without the database."""
    sidecar = {
        "id": document.id, "source": document.source_name, "sha256": document.sha256, "size": document.size,
        "status": document.status.value, "patient": document.patient_ipp, "doc_type": document.doc_type.value,
        "pages": list(document.pages), "received_at": document.received_at, "decided_at": document.decided_at,
        "decided_by": document.decided_by, "reason": document.reason, "evidence": document.evidence,
    }
    if document.origin == Origin.LETTER:
        sidecar |= {"origin": "letter", "template": document.template,
                    "letter_status": document.letter_status.value if document.letter_status else None,
                    "created_at": document.received_at}
    if document.parent_id is not None:
        sidecar |= {"parent_id": document.parent_id, "part": document.part}
    return sidecar


def write_companions(home: Home, store: Store, document: Document) -> None:
    Archive(home).write_companions(home.root / document.stored_path, store.text(document.id), sidecar_of(document))


def mark_stored(store: Store, document: Document, journal: bool = True) -> dict:
    """The `stored` state and its journal line in one transaction: a crash leaves both or neither."""
    record = document.public_record()
    with store.transaction():
        store.update_document(document.id, state=State.STORED)
        if journal:
            store.add_journal(record, document.id, document.sha256)
    return record


def put_bytes(data: bytes) -> Callable[[Path], None]:
    """`place` for a file made by docpipe (a letter, a part): a durable write."""
    return lambda destination: write_durably(destination, data)


def file_new(home: Home, store: Store, *, text: str, columns: dict, destination: Path, intent: Intent,
             place: Callable[[Path], None], release: Callable[[], None] | None = None,
             mark: Callable[[Store, Document], dict] | None = None) -> tuple[Document, dict]:
    """Steps 1–5 for a new file. Raises sqlite3.IntegrityError (nothing written) for a second copy of an
    ingested content. Returns the document and its journal record."""
    document_id = store.insert_document_with_text(
        text, **columns, state=State.STORING, stored_path=home.relative(destination), filing=intent.as_json())
    place(destination)
    return finish(home, store, store.document(document_id), intent, release, mark)


def relocate(home: Home, store: Store, document: Document, destination: Path, intent: Intent,
             **changes) -> tuple[Document, dict]:
    """Move a stored file and its companions to `destination` with the row's `changes`, crash-safely."""
    destination = unique_path(destination)
    moving = Intent(intent.action, intent.actor, intent.details, document.stored_path, intent.journal)
    store.update_document(document.id, **changes, state=State.STORING, stored_path=home.relative(destination),
                          filing=moving.as_json())
    move_what_is_left(home, document.stored_path, destination)
    return finish(home, store, store.document(document.id), moving)


def update_in_place(home: Home, store: Store, document: Document, intent: Intent, **changes) -> tuple[Document, dict]:
    """A decision that leaves the file where it is (reject, retype in review): the row, its companions,
    the journal and the audit change together, through the same steps."""
    store.update_document(document.id, **changes, state=State.STORING, filing=intent.as_json())
    return finish(home, store, store.document(document.id), intent)


@dataclass(frozen=True)
class Part:
    """One part of a stored container (pages of a scan, one message of a lab file), decided on its own."""

    label: str  # e.g. "pages 3-4", "message 2/3"
    data: bytes  # its own derived file: a PDF of the pages, the message's text…
    extension: str
    media_type: str
    text: str  # what is stored and searched (pages joined by PAGE_SEPARATOR)
    pages: list[int]
    decision: MatchDecision
    doc_type: DocType
    evidence: dict = field(default_factory=dict)


def file_part(home: Home, store: Store, container: Document, part: Part, patient: Patient | None,
              actor: str) -> Document:
    """A new document with `parent_id` and `part`, filed under `patient` (the decision's) or sent to review:
    the container itself stays stored once, as received.

    The part's content claim is held while it is filed: another process's recovery must not take the row
    for abandoned and delete it before its file is in place. Two identical parts (the same message in two
    lab files) each get a file of their own (unique_path), never one shared file."""
    sha = hashlib.sha256(part.data).hexdigest()
    received = datetime.fromisoformat(container.received_at)
    stem = Path(container.source_name).stem
    filed = part.decision.files and patient is not None
    columns = dict(origin=Origin.PART, status=Status.FILED if filed else Status.REVIEW,
                   source_name=f"{stem} ({part.label}).{part.extension}", sha256=sha, size=len(part.data),
                   media_type=part.media_type, patient_ipp=patient.ipp if filed else None, doc_type=part.doc_type,
                   pages=part.pages, reason=None if filed else part.decision.reason_fr, evidence=part.evidence,
                   received_at=container.received_at, decided_at=now_iso(), decided_by="docpipe",
                   parent_id=container.id, part=part.label)
    intent = Intent("filed" if filed else "sent_to_review", actor,
                    {"sha256": sha, "rule": part.decision.rule, "doc_type": part.doc_type.value,
                     "parent_id": container.id, "part": part.label})
    with content_claim(home, sha):
        if filed:
            destination = Archive(home).filed_path(patient, part.doc_type.value, sha, received, part.extension)
        else:
            destination = Archive(home).review_path(f"{sanitize_part(stem)}-{sanitize_part(part.label)}", sha,
                                                    received, part.extension)
        document, _record = file_new(home, store, text=part.text, columns=columns,
                                     destination=unique_path(destination), intent=intent, place=put_bytes(part.data))
    return document


@contextmanager
def content_claim(home: Home, sha256: str) -> Iterator[None]:
    """The content claim (`sha-<hash>`) held for a block; busy means another process is at work on the same
    bytes: an error to retry, never a wait."""
    claim = Claim.named(home, f"sha-{sha256}")
    if not claim.acquire():
        raise DocpipeError("Contenu en cours de traitement par un autre processus docpipe : réessayez.")
    try:
        yield
    finally:
        claim.release()


def move_what_is_left(home: Home, moving_from: str, destination: Path) -> None:
    source = home.root / moving_from
    for suffix in ("", *COMPANION_SUFFIXES):
        leftover = source.with_name(source.name + suffix)
        if leftover.exists():
            move_durably(leftover, destination.with_name(destination.name + suffix))


def finish(home: Home, store: Store, document: Document, intent: Intent,
           release: Callable[[], None] | None = None, mark=None) -> tuple[Document, dict]:
    write_companions(home, store, document)
    record = (mark or mark_stored)(store, document) if intent.journal else mark_stored(store, document, journal=False)
    audit.record(store, intent.action, actor=intent.actor, document_id=document.id,
                 patient_ipp=document.patient_ipp, details=intent.details)
    if release is not None:
        release()
    store.update_document(document.id, state=State.DONE)
    store.update_document(document.id, filing=None)
    return store.document(document.id), record


# --- recovery ------------------------------------------------------------------------------------

def recover_document(home: Home, store: Store, document: Document | None,
                     release: Callable[[Document], None] | None = None) -> None:
    """Each remaining step again, idempotently; the caller holds the document's content claim.

    `release(document)` frees the source of a new file (ingest: removes the inbox copy)."""
    if document is None or document.state == State.DONE:
        return
    intent = Intent.of(document)
    stored = home.root / document.stored_path
    if intent is not None and intent.moving_from:
        move_what_is_left(home, intent.moving_from, stored)
    if not stored.exists():
        if document.state == State.STORING and (intent is None or not intent.moving_from):
            store.delete_document(document.id)  # never placed: its source is still there, filed again later
        else:  # the source may be gone already: never forget this row, say it
            log.error("document=%s sha=%s : fichier stocké introuvable, à vérifier", document.id,
                      document.sha256[:12])
        return
    if document.state == State.STORING:
        for leftover in stored.parent.glob(f".tmp-{glob.escape(stored.name)}.*"):
            leftover.unlink(missing_ok=True)  # a companion half-written when the process died
        write_companions(home, store, document)
        mark_stored(store, document, journal=intent is None or intent.journal)
    if not audited(store, document, intent):
        action = intent.action if intent else ("filed" if document.status == "filed" else "sent_to_review")
        details = {**(intent.details if intent else {"sha256": document.sha256, "doc_type": document.doc_type.value}),
                   "recovered": True}
        audit.record(store, action, actor=intent.actor if intent else "docpipe", document_id=document.id,
                     patient_ipp=document.patient_ipp, details=details)
    if release is not None:
        release(document)
    store.update_document(document.id, state=State.DONE)
    store.update_document(document.id, filing=None)


def read_again(store: Store, document: Document) -> Document | None:
    """The row as it is now that its content claim is held, or None when it no longer holds the same bytes.

    A list of unfinished rows is read before their claims are taken; meanwhile another process may delete a
    row never placed and file other bytes under the same id (SQLite gives the highest id again): that row
    belongs to the claim of its own bytes, which a live process may hold."""
    current = store.document(document.id)
    return current if current is not None and current.sha256 == document.sha256 else None


def audited(store: Store, document: Document, intent: Intent | None) -> bool:
    """Whether this filing is in the audit trail already (read only when recovering a crash)."""
    actions = (intent.action,) if intent else LEGACY_ACTIONS
    entries = [e for e in audit.entries(store) if e["document_id"] == document.id and e["action"] in actions]
    if intent is None or not entries:
        return bool(entries)
    return entries[-1]["details"] == intent.details  # the same action may come twice (two retypes)
