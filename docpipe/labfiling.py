"""Filing a laboratory file (HPRIM Net, HPRIM Santé, HL7 ORU): the file is stored ONCE as received, as a
container (status `split`); each message becomes its own part-document (`parent_id`, `part`), decided
separately by the same matching rules, stored as its HTML rendering through the one filing protocol.
A part in review never holds back the others; a file that cannot be read as a whole goes to review
as received, with the French reason.

Crash safety: the container is filed first without releasing the inbox copy; its parts are filed in
the container's `release` step, then the inbox copy is removed. Recovery runs the same step
(`complete_parts`) before removing an inbox copy, so a crash between two parts only delays them.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import extract, filing, identity, labresults, matching
from .archive import Archive, move_durably
from .config import Home
from .filing import Intent
from .intake import Claim, Received, remove_from_inbox
from .labresults import LabFile, LabMessage, MalformedLabFile
from .models import Document, DocType, ExtractedDocument, MatchDecision, Origin, Rule, State, Status
from .store import Store, now_iso

if TYPE_CHECKING:
    from .ingest import Pipeline

log = logging.getLogger("docpipe.labfiling")
HEAD_BYTES = 64 * 1024


def recognised(path: Path) -> labresults.LabFormat | None:
    with open(path, "rb") as stream:
        head = stream.read(HEAD_BYTES)
    return labresults.detect(head) if a_text_file(head) else None


def a_text_file(head: bytes) -> bool:
    """A scan's compressed bytes, read as Latin-1, can happen to hold a lab file's records (an `H` and four
    signs at a line start, then a `P` record): only a file that no image, PDF or archive signature claims
    is a lab file."""
    try:
        return extract.sniff(head)[0] == "text"
    except extract.UnsupportedDocument:
        return False


# --- values stored with each document ----------------------------------------------------------

def result_evidence(result: labresults.LabResult) -> dict:
    return {"code": result.code, "label": result.label, "value": result.value, "unit": result.unit,
            "low": result.low, "high": result.high, "flag": result.flag.value if result.flag else None,
            "abnormal": result.is_abnormal, "critical": result.is_critical, "flag_computed": result.flag_computed}


def message_evidence(message: LabMessage, lab_file: LabFile) -> dict:
    """What the results query and the day report read back (the part's evidence, written with its row)."""
    return {
        "format": message.format.value, "number": message.number, "of": len(lab_file.messages),
        "lab": message.lab, "lab_code": message.lab_code,
        "collected_at": message.collected_at.isoformat() if message.collected_at else None,
        "reported_at": message.reported_at.isoformat() if message.reported_at else None,
        "problem": message.problem, "results": [result_evidence(r) for r in message.results],
    }


def container_evidence(lab_file: LabFile) -> dict:
    return {"rule": Rule.LAB_FILE.value, "lab_file": {"format": lab_file.format.value, "encoding": lab_file.encoding,
                                             "messages": len(lab_file.messages), "notes": list(lab_file.notes)}}


def container_text(lab_file: LabFile) -> str:
    """A summary only: the container holds several patients, its search text must name none of them."""
    lines = [f"Fichier de laboratoire {lab_file.format.label_fr} : {len(lab_file.messages)} message(s), "
             f"encodage {lab_file.encoding}."]
    return "\n".join(lines + list(lab_file.notes)) + "\n"


# --- the decision for one message --------------------------------------------------------------

def decide(message: LabMessage, index: matching.RegistryIndex, today: date) -> MatchDecision:
    if not message.readable:
        return MatchDecision("review", None, Rule.MALFORMED_LAB_PART.value, message.problem,
                             {"rule": Rule.MALFORMED_LAB_PART.value, "candidates": []}, ())
    # the lab's own data, never OCR's: typed
    page = labresults.identity_text(message)
    return matching.decide([replace(r, record=True) for r in identity.read_document([page], today, [True])], index)


# --- filing ------------------------------------------------------------------------------------

def file_lab_file(home: Home, store: Store, item: Received, index: matching.RegistryIndex,
                  ) -> list[tuple[Document, dict]]:
    """The container and its parts, each with its journal record; raises MalformedLabFile (nothing written)."""
    lab_file = labresults.parse(item.work_path.read_bytes())
    columns = dict(
        origin=Origin.INGEST, status=Status.SPLIT, source_name=item.source_name, sha256=item.sha256,
        size=item.size, media_type="lab", patient_ipp=None, doc_type=DocType.LAB_RESULT, pages=[],
        reason=None, evidence=container_evidence(lab_file), received_at=item.received_at.isoformat(timespec="seconds"),
        decided_at=now_iso(), decided_by="docpipe", inbox_path=str(item.origin_path) if item.from_inbox else None)
    intent = Intent("lab_file_received", "docpipe", {"sha256": item.sha256, "format": lab_file.format.value,
                                                     "messages": len(lab_file.messages)})
    filed_parts: list[tuple[Document, dict]] = []

    def release() -> None:
        container = store.document_by_sha(item.sha256)
        filed_parts.extend(complete_parts(home, store, container, index))
        remove_from_inbox(item)

    container, record = filing.file_new(
        home, store, text=container_text(lab_file), columns=columns,
        destination=Archive(home).container_path(item.source_name, item.sha256, item.received_at), intent=intent,
        place=lambda destination: move_durably(item.work_path, destination), release=release)
    return [(container, record), *filed_parts]


def complete_parts(home: Home, store: Store, container: Document, index: matching.RegistryIndex | None = None,
                   ) -> list[tuple[Document, dict]]:
    """File every message of the container that has no part-document yet (idempotent)."""
    index = index or matching.RegistryIndex.build(store.patients())
    lab_file = labresults.parse((home.root / container.stored_path).read_bytes())
    for part in store.parts_of(container.id):
        if part.state != State.DONE:
            with filing.content_claim(home, part.sha256):
                filing.recover_document(home, store, filing.read_again(store, part))
    existing = {p.part for p in store.parts_of(container.id)}
    filed = []
    for message in lab_file.messages:
        label = lab_file.part_label(message)
        if label not in existing:
            filed.append(file_part(home, store, container, lab_file, message, label, index))
    return filed


def file_part(home: Home, store: Store, container: Document, lab_file: LabFile, message: LabMessage, label: str,
              index: matching.RegistryIndex) -> tuple[Document, dict]:
    """One message through the common part filing (filing.file_part): its HTML rendering is its stored file."""
    decision = decide(message, index, datetime.fromisoformat(container.received_at).date())
    provenance = f"{container.source_name}, {label}, reçu le {container.received_at[:10]} " \
                 f"(document n° {container.id})"
    data = labresults.render_html(message, provenance).encode("utf-8")  # unique per container: its own file
    part = filing.Part(label=label, data=data, extension="html", media_type="html",
                       text=labresults.render_text(message), pages=[1], decision=decision, doc_type=DocType.LAB_RESULT,
                       evidence={**decision.evidence, "lab": message_evidence(message, lab_file)})
    patient = index.patients.get(decision.patient_ipp or "")
    document = filing.file_part(home, store, container, part, patient, "docpipe")
    return document, document.public_record()


def is_lab_container(document: Document) -> bool:
    return document.status == Status.SPLIT and document.origin == Origin.INGEST and \
        document.doc_type == DocType.LAB_RESULT and "lab_file" in document.evidence


# --- the ingest stage's entry points ------------------------------------------------------------

def ingest_lab_file(pipeline: Pipeline, item: Received) -> list[tuple[int | None, dict]]:
    """(document id, journal record) of the container and of each part; a file unreadable as a whole goes
    to review as received, with the French reason (nothing lost)."""
    try:
        filed = file_lab_file(pipeline.home, pipeline.store, item, pipeline.index)
    except MalformedLabFile as exc:
        decision = MatchDecision("review", None, exc.code, exc.message_fr, {"rule": exc.code, "candidates": []}, ())
        text = labresults.common.lenient_text(item.work_path.read_bytes())  # for the person who reviews it
        outcome = pipeline.file(item, decision, DocType.LAB_RESULT, [], text, ExtractedDocument("lab", ()),
                                dict(decision.evidence))
        return [(outcome.document_id, outcome.record)]
    except sqlite3.IntegrityError:  # the same bytes stored meanwhile by another process
        outcome = pipeline.duplicate(item, pipeline.store.document_by_sha(item.sha256))
        return [(outcome.document_id, outcome.record)]
    for document, _record in filed:
        log.info("document=%s sha=%s statut=%s partie=%s", document.id, document.sha256[:12], document.status.value,
                 document.part or "conteneur")
    return [(document.id, record) for document, record in filed]


def recover_parts(home: Home, store: Store) -> None:
    """Before the inbox copy of a lab file is released by recovery: its missing parts are filed."""
    for container in store.unfinished_documents():
        if not is_lab_container(container) or not (home.root / container.stored_path).exists():
            continue  # a container never placed is deleted by recovery and its inbox copy read again
        claim = Claim.named(home, f"sha-{container.sha256}")
        if not claim.acquire():
            continue  # a live process is filing it
        try:
            current = filing.read_again(store, container)
            if current is not None and current.state != State.DONE:
                complete_parts(home, store, current)
        finally:
            claim.release()


__all__ = ["MalformedLabFile", "complete_parts", "file_lab_file", "ingest_lab_file", "is_lab_container",
           "recognised", "recover_parts"]
