"""The ingest pipeline: receive → extract → identity → matching → classify → archive → record.

A scan whose identity is not conclusive for a reason OCR could change has its scanned pages read a second
time with other image preparations (`Pipeline.read_again`); matching.accept_second_reading decides whether
that reading is kept — once every preparation left has read the pages too and none says otherwise — and the
evidence says that it was made, with what, and what it cost.

Filing follows the one protocol of docpipe/filing.py (storing → stored → done, recovered after a crash):
1. the bytes are copied from the inbox to the batch's private work folder and fsynced;
2. a `storing` row is recorded with the planned destination;
3. the work copy is renamed into archive/ or review/ (same file system: atomic) and the folder fsynced,
   then the companions (.txt, .json) are written beside it;
4. the row is marked `stored` and its journal line written, in one transaction; then the audit entry;
5. only then is the inbox copy removed (ingest's `release`), and the row marked `done`.

Claims (intake.Claim, flock) make two processes safe together: one per inbox entry, one per content
(`sha-<hash>`) held from the duplicate check until the batch ends. Recovery touches a row only under its
content claim, so it never "finishes" a row whose process is alive and still working on it.
"""
from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import audit, classify, filing, identity, labfiling, matching
from .archive import Archive, extension_of, move_durably
from .config import Home, Settings
from .errors import DocpipeError, UnreadableDocument
from .extract import Extractor, content_notes
from .identity import PageReading
from .intake import (Claim, LinkRefused, Received, StillBeingWritten, WorkArea, clean_dead_claims, clean_work_areas,
                     inbox_entries, path_from_text, path_text, receive, refusal, remove_from_inbox)
from .filing import Intent, mark_stored
from .models import (PAGE_SEPARATOR, Document, DocType, ExtractedDocument, MatchDecision, Origin, Page, Rule, State,
                     Status)
from .ocr import Preparation
from .store import Store, now_iso

log = logging.getLogger("docpipe.ingest")

# A second reading of the scanned pages, when the first gave no conclusive identity for a reason a
# better image could change. Tried in this order, stopping at the first conclusive reading (or at the first that
# reads again the name and birth date the first reading read: `read_as_before`), which every chance after it then
# confirms (`confirmed_second_reading`; the last chance, with none after it, is never kept): a threshold
# that follows the paper (grey paper, shadows, a shaded header band), then a median filter (fax specks),
# then a sparse-text reading (a text line Tesseract's layout analysis missed, such as a label's name), then the page
# without its lines (a comb field's boxes read as letters hide its digits), last the page slightly blurred and read
# in gray (a 1-bit fax whose jagged letters every threshold misread).
# A fax is first read that way (ocr.first_preparation): for its pages, `SMOOTH` asks for the thresholded reading, and
# the evidence names the preparation each chance actually used (extract.Rereading.used).
SECOND_PREPARATIONS = (Preparation.ADAPTIVE, Preparation.MEDIAN, Preparation.SPARSE, Preparation.LINES,
                       Preparation.SMOOTH)
REREAD_RULES = {Rule.NO_IDENTITY.value, Rule.NO_MATCH.value}
MAX_PAGES_REREAD = 4  # the identity is on the first pages; a long scan does not pay for all of them
UNCLEAR_INS = "INS illisible ou clé invalide"


@dataclass
class Outcome:
    """What happened to one dropped file; `record` is the public JSON shape."""

    record: dict
    document_id: int | None = None
    ends_a_file: bool = True  # False for a lab file's container and parts but the last: all are concluded at once


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
        entry_claims, content_claims, received = [], {}, {}
        with WorkArea(self.home) as work:  # removed with whatever copies are left, even on an exception
            try:
                for path in paths:
                    claim = Claim(self.home, path)
                    if not claim.acquire():
                        continue  # another docpipe process has it
                    entry_claims.append(claim)
                    taken = self.take(path, work, content_claims)
                    if isinstance(taken, Outcome):
                        yield taken
                    elif taken is not None and labfiling.recognised(taken.work_path):  # by content, not name
                        yield from lab_file_outcomes(labfiling.ingest_lab_file(self, taken))
                    elif taken is not None:
                        received[taken.work_path] = taken
                batch_started = time.monotonic()
                for work_path, result in self.extractor.extract_many(list(received)):
                    read_at = time.monotonic()
                    outcome = self.conclude(received[work_path], result)
                    log.debug("sha=%s lu à %.2f s du début du lot, décidé et classé en %.2f s",
                              received[work_path].sha256[:12], read_at - batch_started, time.monotonic() - read_at)
                    yield outcome
            finally:
                for claim in [*entry_claims, *content_claims.values()]:
                    claim.release()

    # --- steps ---------------------------------------------------------------------------------

    def take(self, path: Path, work: WorkArea, content_claims: dict[str, Claim]) -> Received | Outcome | None:
        """None leaves the entry in the inbox, untouched, for a later pass."""
        try:
            item = receive(self.home, path, work.path, self.settings.limits.max_file_mb << 20)
        except LinkRefused as exc:
            return self.refuse_link(path, exc)
        except (FileNotFoundError, StillBeingWritten):
            return None  # taken by someone else meanwhile, or still growing
        except OSError as exc:  # unreadable (rights, I/O error on a share): one bad entry never stops a batch
            log.warning("entrée laissée dans la boîte de dépôt : %s", os.strerror(exc.errno or 0))
            return None
        if not self.claim_content(item.sha256, content_claims):
            return None  # the same bytes are being stored by another process: a duplicate on the next pass
        existing = self.store.document_by_sha(item.sha256)
        if existing is not None and existing.state != State.DONE:
            recover_document(self.home, self.store, existing)  # its process died: its claim was free
            existing = self.store.document_by_sha(item.sha256)
            if existing is not None and existing.state != State.DONE:
                return None  # its stored file is missing (logged): this copy must not be deleted as a duplicate
        if existing is not None:
            return self.duplicate(item, existing)
        return item

    def claim_content(self, sha256: str, held: dict[str, Claim]) -> bool:
        """Same bytes twice in one batch: the claim is already ours (the second copy becomes a duplicate)."""
        if sha256 not in held:
            claim = Claim.named(self.home, f"sha-{sha256}")
            if not claim.acquire():
                return False
            held[sha256] = claim
        return True

    def refuse_link(self, path: Path, exc: LinkRefused) -> Outcome | None:
        """Refused unread (link, pipe, unreadable): logged once in the journal (intake.refusal)."""
        record = refusal(self.home, path, exc)
        if record is None:
            return None  # already said
        self.store.add_journal(record, None, None)
        log.warning("entrée refusée (lien ou fichier spécial)")
        return Outcome(record)

    def duplicate(self, item: Received, existing: Document) -> Outcome:
        record = existing.public_record(status="duplicate", source=item.source_name)
        record["reason"] = f"Déjà reçu (document n° {existing.id}) : copie supprimée de la boîte de dépôt."
        self.store.add_journal(record, existing.id, item.sha256)
        audit.record(self.store, "duplicate_received", actor="docpipe", document_id=existing.id,
                     details={"sha256": item.sha256})
        item.work_path.unlink(missing_ok=True)
        remove_from_inbox(item)
        log.info("doublon sha=%s doc=%s", item.sha256[:12], existing.id)
        return Outcome(record, existing.id)

    def conclude(self, item: Received, result: ExtractedDocument | UnreadableDocument) -> Outcome:
        if isinstance(result, UnreadableDocument):
            decision, doc_type, pages, text = unreadable_decision(result), DocType.OTHER, [], ""
            classification, read = None, ExtractedDocument("", ())
        else:
            # the work copy has no name of its own: what the name promised is checked against the bytes here
            result = replace(result, notes=(*result.notes, *content_notes(result.extension, item.source_name)))
            decision, result = self.identify(item, result)
            pages = [p.number for p in result.pages]
            classification = classify.classify(result.text)
            doc_type, text, read = classification.doc_type, PAGE_SEPARATOR.join(p.text for p in result.pages), result
            decision.evidence["extraction"] = extraction_evidence(result)
        evidence = dict(decision.evidence)
        if classification is not None:
            evidence["classification"] = {"scores": classification.scores, "terms": classification.matched_terms}
        return self.file(item, decision, doc_type, pages, text, read, evidence)

    def identify(self, item: Received, document: ExtractedDocument) -> tuple[MatchDecision, ExtractedDocument]:
        """The matching decision, and the document as read: with the second reading's pages when it was kept
        (the stored text then shows the identity that filed it)."""
        today = item.received_at.date()
        readings = read_pages(document.pages, today)
        decision = matching.decide(readings, self.index)
        pages = pages_worth_rereading(decision, document, matching.holder_name_lost(decision, readings, self.index))
        if not pages:
            return decision, document
        return self.read_again(item.work_path, document, readings, decision, pages, today)

    def read_again(self, path: Path, document: ExtractedDocument, first_readings: list[PageReading],
                   first: MatchDecision, page_numbers: list[int], today: date
                   ) -> tuple[MatchDecision, ExtractedDocument]:
        """The scanned pages OCRed again with other preparations; see matching.accept_second_reading. A reading that
        would be kept is kept only once every chance after it confirms it (`confirm`)."""
        started, tried, other_readings, decision, kept = time.monotonic(), [], [first_readings], first, document
        confirmation = None
        may_stop_as_before = not dated_through_a_misread_label(first_readings) \
            and not an_empty_first_names_field(first_readings)
        for position, preparation in enumerate(SECOND_PREPARATIONS):
            second_pages, readings = self.second_reading(path, document, page_numbers, preparation, today, tried)
            if second_pages is None:
                break  # the first reading stands: a second one is only a chance
            second = matching.decide(readings, self.index)
            decision = matching.accept_second_reading(first, second, other_readings, self.index)
            if decision.files:
                decision, confirmation = self.confirm(path, document, page_numbers, first, second, other_readings,
                                                      SECOND_PREPARATIONS[position + 1:], today, tried)
                if decision.files:
                    kept = replace(document, pages=second_pages)
                break
            if second.files:
                break  # conclusive: refused because another reading says otherwise
            if may_stop_as_before and read_as_before(second, first):
                break
            other_readings.append(readings)
        made = {"preparations": tried, "pages": page_numbers, "seconds": round(time.monotonic() - started, 2),
                "kept": decision.files}
        if confirmation is not None:
            made["confirmation"] = confirmation
        log.info("seconde lecture %s pages=%s : %s", "+".join(tried), page_numbers,
                 "identité retenue" if decision.files else "sans conclusion")
        evidence = {**decision.evidence, "second_reading": {**decision.evidence.get("second_reading", {}), **made}}
        return naming_the_reading_not_kept(replace(decision, evidence=evidence)), kept

    def confirm(self, path: Path, document: ExtractedDocument, page_numbers: list[int], first: MatchDecision,
                second: MatchDecision, earlier: list[list[PageReading]], following: tuple[Preparation, ...],
                today: date, tried: list[str]) -> tuple[MatchDecision, dict]:
        """The decision once every chance left has read the pages too, and the preparations those readings used.
        Reading stops at the first that refuses it: a reading made later adds problems, never takes one away."""
        decision, confirming, used = unconfirmed_second_reading(first, second), [], []
        for preparation in following:
            reading = self.second_reading(path, document, page_numbers, preparation, today, tried)[1]
            if reading is None:  # a chance left unread confirms nothing
                failed = {"readings": used, "confirmed": False, "failed": preparation.value}
                return unconfirmed_second_reading(first, second), failed
            confirming.append(reading)
            used.append(tried[-1])
            decision = confirmed_second_reading(first, second, earlier, confirming, self.index)
            if not decision.files:
                break
        return decision, {"readings": used, "confirmed": decision.files}

    def second_reading(self, path: Path, document: ExtractedDocument, page_numbers: list[int],
                       preparation: Preparation, today: date, tried: list[str]
                       ) -> tuple[tuple[Page, ...] | None, list[PageReading] | None]:
        """The document's pages with those read again under `preparation`, and what identity reads in them; (None,
        None) when OCR failed. `tried` gets the preparation the pages were actually read with."""
        try:
            rereading = self.extractor.reread(path, page_numbers, preparation)
        except (DocpipeError, OSError) as exc:
            log.warning("seconde lecture impossible (%s) : %s", preparation.value, exc)
            return None, None
        tried.append(rereading.used)
        reread = {page.number: page for page in rereading.pages}
        pages = tuple(reread.get(p.number, p) for p in document.pages)
        return pages, read_pages(pages, today)

    def destination(self, item: Received, decision: MatchDecision, doc_type: DocType, read: ExtractedDocument) -> Path:
        ext = extension_of(item.source_name, read.media_type or None, read.extension)
        if decision.files:
            patient = self.index.patients[decision.patient_ipp]
            return self.archive.filed_path(patient, doc_type.value, item.sha256, item.received_at, ext)
        return self.archive.review_path(item.source_name, item.sha256, item.received_at, ext)

    def file(self, item: Received, decision: MatchDecision, doc_type: DocType, pages: list[int], text: str,
             read: ExtractedDocument, evidence: dict) -> Outcome:
        """`read`: what extraction said of the bytes (empty for an unreadable file)."""
        media = read.media_type or None
        columns = dict(
            origin=Origin.INGEST, status=Status.FILED if decision.files else Status.REVIEW,
            source_name=item.source_name, sha256=item.sha256, size=item.size, media_type=media,
            patient_ipp=decision.patient_ipp, doc_type=doc_type, pages=pages, reason=decision.reason_fr,
            evidence=evidence, received_at=item.received_at.isoformat(timespec="seconds"), decided_at=now_iso(),
            decided_by="docpipe", inbox_path=path_text(item.origin_path) if item.from_inbox else None)
        intent = Intent("filed" if decision.files else "sent_to_review", "docpipe",
                        {"sha256": item.sha256, "rule": decision.rule, "doc_type": doc_type.value})
        try:
            # move_durably, mark_stored and remove_from_inbox are looked up here, at call time: the crash
            # tests interrupt ingest at each of them.
            document, record = filing.file_new(
                self.home, self.store, text=text, columns=columns,
                destination=self.destination(item, decision, doc_type, read), intent=intent,
                place=lambda destination: move_durably(item.work_path, destination),
                release=lambda: remove_from_inbox(item), mark=lambda store, doc: mark_stored(store, doc))
        except sqlite3.IntegrityError:
            return self.duplicate(item, self.store.document_by_sha(item.sha256))
        log.info("document=%s sha=%s statut=%s type=%s", document.id, item.sha256[:12], record["status"],
                 doc_type.value)
        return Outcome(record, document.id)


# The traits that say who the person is; what else a reading finds (a sex box, a date elsewhere on the page, the pages
# that carry an identity) may differ from one preparation to the next without changing who is named.
IDENTITY_TRAITS = ("names", "first_names", "birth_dates")


def lab_file_outcomes(filed: list[tuple[int | None, dict]]) -> Iterator[Outcome]:
    """A lab file's container and parts are filed together: a stop asked for meanwhile waits for the last
    one's outcome, so that none of them goes unreported."""
    for position, (document_id, record) in enumerate(filed, start=1):
        yield Outcome(record, document_id, ends_a_file=position == len(filed))


def read_as_before(second: MatchDecision, first: MatchDecision) -> bool:
    """Another preparation read the very name, first names and birth dates the first reading read, a name and a
    birth date among them: the page reads the same however it is prepared, and the identity it prints matches no
    patient with certainty (a patient absent from the registry, a birth date a digit away from a registered one).
    The preparations left are not tried. Never when the first reading lacked the name or the date: a line the
    page's layout analysis missed is what the sparse reading finds."""
    first_read, second_read = (decision.evidence.get("traits_read") or {} for decision in (first, second))
    core = {key: first_read.get(key) or [] for key in IDENTITY_TRAITS}
    complete = bool((core["names"] or core["first_names"]) and core["birth_dates"])
    return complete and all(second_read.get(key, []) == value for key, value in core.items())


def dated_through_a_misread_label(readings: list[PageReading]) -> bool:
    """A birth date the first reading took from a label OCR misread (`DEN :` for `DDN :`): the page does not read the
    same however it is prepared — its print defeated the first reading — so a reading that repeats it is no reason to
    stop (ood-s3-026: a misread name read twice beside `DON : 09/01/1984`, the median reading read it right)."""
    return any(mention.misread_label for reading in readings for mention in reading.birth_dates)


def an_empty_first_names_field(readings: list[PageReading]) -> bool:
    """A first names' label printed with no value read (`Prénom(s) : | ——` / `.`): a line the first reading lost,
    which another preparation may read, so a reading that repeats the rest is no reason to stop (second corpus
    s108_004: the fifth preparation read the first names; until session 51 the fax's dot below the label passed for
    one)."""
    return any(f.kind == "first_names" and not f.value.strip(" .,;:'\"|-_—") for reading in readings
               for f in reading.fields)


def confirmed_second_reading(first: MatchDecision, second: MatchDecision, earlier: list[list[PageReading]],
                             confirming: list[list[PageReading]], index: matching.RegistryIndex) -> MatchDecision:
    """A second reading that would be kept, checked once more against the readings of the chances after it: kept
    only if matching.accept_second_reading still keeps it with all of them among the others (a reading made later
    that says `Sara` where it read `Sarah` sends to review, as one made before does). Which preparation happens to
    come next no longer decides whether a one-glyph misread of an unregistered namesake is met by a reading that says
    otherwise (review12's pre-existing #3; review13's srl14_1688: the next reading had lost the first name, the one
    after it read the page right). Without any of them nothing confirms it: the first decision stands (review). An
    INS field a confirming reading could not read is no evidence either way: only the readings made before can
    refuse on that."""
    if not confirming:
        return unconfirmed_second_reading(first, second)
    readable = [[without_unreadable_ins(page) for page in reading] for reading in confirming]
    return matching.accept_second_reading(first, second, [*earlier, *readable], index)


def unconfirmed_second_reading(first: MatchDecision, second: MatchDecision) -> MatchDecision:
    """The first decision, when no chance is left to read the pages after the one that rescued them, or OCR failed:
    the readings it would be checked against are the ones that failed to read the identity."""
    refused = {"patient": second.patient_ipp, "problems": [], "unconfirmed": True}
    return replace(first, evidence={**first.evidence, "second_reading": refused})


def naming_the_reading_not_kept(decision: MatchDecision) -> MatchDecision:
    """The review reason followed by the patient a refused or unconfirmed second reading proposed, and why it was not
    kept. By IPP, as every reason names a patient. The proposal is often the misread namesake the refusal caught, and
    the text stored is the first reading, which may not show what refused it: the sentence says what to check on the
    document before anyone assigns it."""
    made = decision.evidence.get("second_reading") or {}
    if decision.files or not made.get("patient"):
        return decision
    sentence = (f"Une seconde lecture proposait le patient IPP {made['patient']}, mais {why_not_kept(made)} — à "
                "vérifier sur le document avant de l'attribuer.")
    return replace(decision, reason_fr=" ".join(filter(None, (decision.reason_fr, sentence))))


def why_not_kept(made: dict) -> str:
    """Why a second reading was not kept, in French: the first problems another reading raised, or what left it
    unconfirmed."""
    if made.get("unconfirmed"):
        if (made.get("confirmation") or {}).get("failed"):
            return "la lecture qui devait la confirmer a échoué"
        return "aucune préparation de l'image ne restait pour la confirmer"
    messages = [p["message"] if isinstance(p, dict) else p for p in made.get("problems", [])[:2]]
    return " : ".join(["une autre lecture la contredit", *filter(None, [" ; ".join(messages)])])


def without_unreadable_ins(reading: PageReading) -> PageReading:
    """The reading without its INS fields whose key fails. It can only keep what the rule without a confirmation
    kept: the readings made before it are checked in full."""
    return replace(reading, ins=tuple(ins for ins in reading.ins if ins.valid_key))


def pages_worth_rereading(decision: MatchDecision, document: ExtractedDocument, holder_name_lost: bool = False
                          ) -> list[int]:
    """The OCR pages to read again, when the review reason is one a better image could change: no
    identity read, no patient matched, contradictions that all come from digits OCR doubted, or an INS
    read with no name of its holder anywhere (`holder_name_lost`, matching.holder_name_lost: the line
    OCR lost). Never for homonyms, several patients, or traits read clearly that contradict each other."""
    scanned = [p.number for p in document.pages if p.method == "ocr"][:MAX_PAGES_REREAD]
    if decision.files or not scanned:
        return []
    if decision.rule in REREAD_RULES:
        return scanned
    problems = decision.evidence.get("contradictions") or []
    if decision.rule == Rule.CONTRADICTION.value and problems:
        if holder_name_lost:
            return scanned
        pages = {p.number: p for p in document.pages}
        if all(misread(problem, pages.get(problem.get("page"))) for problem in problems):
            return scanned
    return []


def misread(problem: dict, page: Page | None) -> bool:
    """A contradiction OCR may have made: an INS whose key fails, or a birth date whose digits Tesseract
    doubted on that page."""
    if page is None or page.method != "ocr":
        return False
    if problem.get("trait") == "ins":
        return problem.get("message", "").startswith(UNCLEAR_INS)
    if problem.get("trait") == "birth_date":
        read_digits = re.sub(r"\D", "", problem.get("read", ""))
        doubted = (re.sub(r"\D", "", word) for word in page.doubtful_words)
        return any(len(digits) >= 2 and digits in read_digits for digits in doubted)
    return False


def unreadable_decision(error: UnreadableDocument) -> MatchDecision:
    code = getattr(error, "code", "unreadable")
    return MatchDecision("review", None, code, error.message_fr, {"rule": code, "candidates": []}, ())


def read_pages(pages: tuple[Page, ...], today: date) -> list[PageReading]:
    return identity.read_document([p.text for p in pages], today, [p.typed for p in pages])


def extraction_evidence(document: ExtractedDocument) -> dict:
    return {
        "media_type": document.media_type,
        "extension": document.extension,
        "notes": list(document.notes),
        "pages": [{"page": p.number, "method": p.method, "typed": p.typed,
                   "confidence": None if p.confidence is None else round(p.confidence, 1),
                   "doubtful_words": len(p.doubtful_words)} for p in document.pages],
    }


def recover(home: Home, store: Store) -> None:
    """Finish or undo what a crashed process left; see the module docstring for the order of steps.

    A row is touched only under its content claim: a free claim means its process is dead."""
    labfiling.recover_parts(home, store)
    for document in store.unfinished_documents():
        claim = Claim.named(home, f"sha-{document.sha256}")
        if not claim.acquire():
            continue  # a live process is storing it
        try:
            recover_document(home, store, filing.read_again(store, document))
        finally:
            claim.release()
    clean_work_areas(home)
    clean_dead_claims(home)


def recover_document(home: Home, store: Store, document: Document | None) -> None:
    """Each remaining step again, idempotently; the caller holds the row's content claim."""
    filing.recover_document(home, store, document, release=release_inbox_copy)


def release_inbox_copy(document: Document) -> None:
    if document.inbox_path:
        remove_from_inbox(Received(document.source_name, path_from_text(document.inbox_path), Path(document.stored_path),
                                   document.sha256, document.size, datetime.now(), True))
