"""The review queue: what waits for a person, and their decisions — assign to a patient, reject, re-type,
split into parts, create the unknown patient. Used by the desk and the CLI; roles are the caller's.

Every decision goes through the filing protocol (docpipe/filing.py) and is audited with its actor.
Rule 1 — never file under the wrong patient: an assignment the document contradicts is refused unless forced
with a reason; one that another patient fits as well is refused unless the person confirms, naming them.
"""
from __future__ import annotations

import io
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from . import audit, batches, classify, filing, identity, matching
from .archive import Archive, stored_extension
from .config import Home
from .errors import DocpipeError, ExitCode
from .filing import Intent
from .intake import Claim
from .labels import TRAIT_LABELS
from .models import PAGE_SEPARATOR, Document, DocType, Origin, Patient, Rule, State, Status
from .store import Store, now_iso

TRAITS = ("name", "birth_name", "used_name", "first_names", "birth_date", "sex", "ins")  # name: one field for both


class ReviewError(DocpipeError):
    exit_code = ExitCode.ERROR


class AmbiguousAssignment(ReviewError):
    """Other registry patients fit the document as well as the chosen one: confirm, naming one of them."""

    def __init__(self, chosen: Patient, others: list[Patient]):
        named = ", ".join(f"{p.ipp} ({p.birth_name} {p.first_names}, né(e) le {p.birth_date:%d/%m/%Y})"
                          for p in others)
        super().__init__(f"Attribution à confirmer : le document correspond aussi bien à {named} qu'à {chosen.ipp}. "
                         f"Vérifiez, puis confirmez en nommant l'autre patient (--confirm {others[0].ipp}).")
        self.chosen = chosen
        self.others = others


class ContradictedAssignment(ReviewError):
    """The document contradicts the chosen patient; only a forced assignment, with its reason, passes."""

    def __init__(self, problems: list[str]):
        super().__init__("Attribution refusée, le document contredit ce patient : " + " ; ".join(problems)
                         + ". Vérifiez ; pour passer outre, indiquez le motif (--force --reason « … », décision "
                         "tracée et signalée dans le rapport du jour).")
        self.problems = problems


# --- reading the queue ---------------------------------------------------------------------------

CIVILITIES = {"m", "mr", "mme", "mlle", "monsieur", "madame", "mademoiselle", "enfant"}
NAME_FIELD_END = re.compile(r"[,;(\d]|\s(?:née?|nee?)(?:\(e\))?\s", re.IGNORECASE)
RANGE_RE = re.compile(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?")


def pending(store: Store, limit: int | None = None, offset: int = 0) -> list[Document]:
    """Documents waiting for a person, oldest first."""
    return store.review_queue(limit, offset)


def count_pending(store: Store) -> int:
    return store.count_review_queue()


def item(store: Store, document_id: int) -> Document:
    document = store.document(document_id)
    if document is None or document.origin == Origin.LETTER or document.state != State.DONE:
        raise ReviewError(f"Document n° {document_id} introuvable.")
    return document


def waiting(store: Store, document_id: int) -> Document:
    document = item(store, document_id)
    if document.status != Status.REVIEW:
        raise ReviewError(f"Le document n° {document_id} n'est pas en attente de revue "
                          f"(statut : {document.status.value}).")
    return document


# --- the comparison a person decides on ----------------------------------------------------------

@dataclass(frozen=True)
class CandidateView:
    patient: Patient
    verdicts: dict[str, bool | None]  # per trait: True matches, False contradicts, None not read

    @property
    def contradicted(self) -> bool:
        return False in self.verdicts.values()

    @property
    def matches(self) -> int:
        return sum(v is True for v in self.verdicts.values())


@dataclass(frozen=True)
class ProposedPart:
    """A part of the cut proposed for a scan that holds several patients' documents (batches.proposed_parts)."""
    first_page: int
    last_page: int
    patient: Patient
    cautions: tuple[str, ...] = ()  # what hints at one document about several people (batches.cautions_for)

    @property
    def pages_fr(self) -> str:
        return f"page {self.first_page}" if self.first_page == self.last_page \
            else f"pages {self.first_page} à {self.last_page}"


@dataclass(frozen=True)
class ReviewView:
    document: Document
    traits: dict[str, list[str]]  # what the document says, per trait (see TRAITS)
    candidates: list[CandidateView] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=lambda: dict(TRAIT_LABELS))
    split_proposal: list[ProposedPart] = field(default_factory=list)

    @property
    def split_ranges(self) -> str:
        """The proposed cut as the person types it in *Scinder* (`1-2, 3`)."""
        return batches.ranges_text([(p.first_page, p.last_page) for p in self.split_proposal])

    @property
    def split_doubted(self) -> bool:
        return any(part.cautions for part in self.split_proposal)

    @property
    def proposed(self) -> dict[str, str]:
        """A new patient as the traits read suggest it (the person checks every field before creating it)."""
        first = {trait: (values or [""])[0] for trait, values in self.traits.items()}
        name, given = split_full_name(first.get("name", ""))
        return first | {"birth_name": first["birth_name"] or name, "first_names": first["first_names"] or given}


def stored_pages(store: Store, document: Document) -> list[str]:
    return store.text(document.id).split(PAGE_SEPARATOR)


def readings_of(store: Store, document: Document, page_texts: list[str] | None = None) -> list[identity.PageReading]:
    """Read as ingest read it: relative to the day the document came in."""
    return identity.read_document(stored_pages(store, document) if page_texts is None else page_texts,
                                  received_day(document))


def received_day(document: Document):
    return datetime.fromisoformat(document.received_at).date()


def as_printed(reading: identity.PageReading, found: identity.LabelledField) -> str:
    """The value as printed (case and accents kept: « LEFÈVRE Marie »), or as read when they differ."""
    printed = " ".join(reading.text[found.start:found.end].split())
    return printed if " ".join(identity.fold(printed).split()) == " ".join(found.value.split()) else found.value.strip()


def traits_read(readings: list[identity.PageReading]) -> dict[str, list[str]]:
    def values(*kinds, printed=True):
        return sorted({as_printed(r, f) if printed else f.value.strip() for r in readings for kind in kinds
                       for f in r.fields_of(kind) if f.value.strip()})
    return {
        "name": values("name"), "birth_name": values("birth_name"), "used_name": values("used_name"),
        "first_names": values("first_names", "used_first_name"),
        "birth_date": sorted({m.value.isoformat() for r in readings for m in r.dates if m.label != "other"}),
        "sex": values("sex", printed=False), "ins": sorted({i.number for r in readings for i in r.ins}),
    }


def split_full_name(value: str) -> tuple[str, str]:
    """« DUPONT Jean Pierre » → (« DUPONT », « Jean Pierre »): the name is the words in capitals at one end.
    When case does not tell (all capitals, all lower case), the whole is the name and no first name is guessed.
    What follows the name on its line (« , née le 15/01/1950 ») is not part of it."""
    value = NAME_FIELD_END.split(value, maxsplit=1)[0]
    words = value.split()
    while words and words[0].lower().rstrip(".") in CIVILITIES:
        words = words[1:]
    value = " ".join(words)
    capitals = [w.isupper() and len(w.strip("-'.")) > 1 for w in words]
    if sum(a != b for a, b in zip(capitals, capitals[1:])) != 1:
        return value, ""  # case does not tell one block of capitals at one end
    cut = capitals.index(not capitals[0])
    name, given = (words[:cut], words[cut:]) if capitals[0] else (words[cut:], words[:cut])
    return " ".join(name), " ".join(given)


def name_present(name: str, keys: set[str]) -> bool:
    words = [identity.name_key(w) for w in name.replace("-", " ").split()]
    return bool(words) and all(w in keys for w in words)


@dataclass(frozen=True)
class DocumentTraits:
    """What the document says, gathered once and compared with any number of registry patients."""

    read: dict[str, list[str]]
    name_keys: frozenset[str]
    labelled_birth_dates: frozenset
    dates: frozenset

    @classmethod
    def of(cls, readings: list[identity.PageReading]) -> DocumentTraits:
        return cls(traits_read(readings), frozenset(t.key for r in readings for t in r.tokens),
                   frozenset(m.value for r in readings for m in r.birth_dates),
                   frozenset(m.value for r in readings for m in r.dates if m.label != "other"))


def name_field_verdict(patient: Patient, said: DocumentTraits) -> bool | None:
    """A single « Patient : NOM Prénom » field: ✓ when it names the patient whole, ✗ when their name is absent,
    nothing when only the name is there (a field without a first name neither confirms nor contradicts one)."""
    if not said.read["name"]:
        return None
    if not any(name_present(n, said.name_keys) for n in (patient.birth_name, patient.used_name) if n):
        return False
    first = patient.first_given_name
    return True if first and name_present(first, said.name_keys) else None


def trait_verdicts(patient: Patient, said: DocumentTraits) -> dict[str, bool | None]:
    """Pure: each trait of `patient` against what the document says."""
    read, keys = said.read, said.name_keys
    first = patient.first_given_name
    sexes = {v[:1] for v in read["sex"]} & {"M", "F", "H"}
    return {
        "name": name_field_verdict(patient, said),
        "birth_name": (True if name_present(patient.birth_name, keys)
                       else (False if read["birth_name"] or read["name"] else None)),
        "used_name": (True if name_present(patient.used_name, keys) else None) if patient.used_name else None,
        "first_names": True if first and name_present(first, keys) else (False if read["first_names"] else None),
        "birth_date": True if patient.birth_date in said.dates else (False if said.labelled_birth_dates else None),
        "sex": None if len(sexes) != 1 else {"H": "M"}.get(next(iter(sexes)), next(iter(sexes))) == patient.sex,
        "ins": None if not read["ins"] or not patient.ins else patient.ins.replace(" ", "") in read["ins"],
    }


def comparison(store: Store, document: Document) -> ReviewView:
    """The traits read and, for each candidate (matching's, and every patient named in the text), a per-trait
    verdict; best fitting first."""
    page_texts = stored_pages(store, document)
    said = DocumentTraits.of(readings_of(store, document, page_texts))
    patients = {p.ipp: p for p in store.patients()}
    keys = said.name_keys
    ipps = [c["ipp"] for c in document.evidence.get("candidates", []) if c.get("ipp") in patients]
    ipps += [p.ipp for p in patients.values() if p.ipp not in ipps
             and (name_present(p.birth_name, keys) or (p.used_name and name_present(p.used_name, keys)))]
    views = [CandidateView(patients[ipp], trait_verdicts(patients[ipp], said)) for ipp in ipps]
    views.sort(key=lambda v: (v.contradicted, -v.matches))
    return ReviewView(document, said.read, views, split_proposal=split_proposal(document, page_texts, patients))


def split_proposal(document: Document, page_texts: list[str], patients: dict[str, Patient]) -> list[ProposedPart]:
    """The cut of a waiting scan whose pages each say alone whose they are: proposed, never applied."""
    if document.status != Status.REVIEW or len(page_texts) < 2 or len(page_texts) != len(document.pages):
        return []  # the cut is made on the stored file's pages: its text must hold them all, one by one
    readings = identity.read_document(page_texts, received_day(document), typed_pages(document))
    parts = batches.proposed_parts(readings, matching.RegistryIndex.build(list(patients.values()))) or []
    return [ProposedPart(part.first_page, part.last_page, patients[part.patient_ipp], part.cautions) for part in parts]


# --- decisions -----------------------------------------------------------------------------------

@contextmanager
def held(home: Home, document: Document):
    """The document's content claim, held while its row and file change (recovery respects it)."""
    claim = Claim.named(home, f"sha-{document.sha256}")
    if not claim.acquire():
        raise ReviewError(f"Document n° {document.id} en cours de traitement par un autre processus : réessayez.")
    try:
        yield
    finally:
        claim.release()


def equally_fitting(chosen: Patient, index: matching.RegistryIndex, readings: list[identity.PageReading]
                    ) -> list[Patient]:
    """Other patients the document fits as well as `chosen`, none of them contradicted. Only when the document
    names `chosen` (a name or the INS): a document naming nobody is the person's call alone."""
    said = DocumentTraits.of(readings)
    mine = trait_verdicts(chosen, said)
    wanted = {t for t, v in mine.items() if v}
    if not wanted & {"birth_name", "used_name", "ins"}:
        return []
    others = []
    for patient in index.patients.values():
        if patient.ipp == chosen.ipp:
            continue
        verdicts = trait_verdicts(patient, said)
        if False in verdicts.values() or not wanted <= {t for t, v in verdicts.items() if v}:
            continue
        if not matching.problems_against(patient, readings, index):
            others.append(patient)
    return others


def _extension(document: Document) -> str:
    return stored_extension(document.stored_path, document.source_name, document.media_type)


def assign(home: Home, store: Store, document_id: int, ipp: str, actor: str, *, confirm_ipp: str | None = None,
           force_reason: str | None = None) -> Document:
    """File a waiting document under patient `ipp` (review/ → archive/)."""
    document = waiting(store, document_id)
    ipp = ipp.strip().upper()
    patient = store.patient(ipp)
    if patient is None:
        raise ReviewError(f"Patient IPP {ipp} absent du registre.")
    index = matching.RegistryIndex.build(store.patients())
    readings = readings_of(store, document)
    problems = matching.problems_against(patient, readings, index)
    reason = (force_reason or "").strip()
    if force_reason is not None and not reason:
        raise ReviewError("Forcer une attribution demande un motif : rien n'a été modifié.")
    if problems and not reason:
        raise ContradictedAssignment(problems)
    others = [] if problems else equally_fitting(patient, index, readings)
    confirmed = (confirm_ipp or "").strip().upper()
    if others and confirmed not in {p.ipp.upper() for p in others}:
        raise AmbiguousAssignment(patient, others)
    assignment = {"by": actor, "at": now_iso(), "patient": ipp, "previous_reason": document.reason,
                  "overridden_problems": problems, "forced_reason": reason if problems else None,
                  "confirmed_against": [p.ipp for p in others]}
    destination = Archive(home).filed_path(patient, document.doc_type.value, document.sha256,
                                           datetime.fromisoformat(document.received_at), _extension(document))
    intent = Intent("review_assigned", actor, {"forced": bool(problems), "problems": problems,
                                               "reason": reason if problems else None,
                                               "confirmed_against": [p.ipp for p in others]})
    with held(home, document):
        assigned, _record = filing.relocate(
            home, store, document, destination, intent, status=Status.FILED, patient_ipp=ipp, decided_by=actor,
            decided_at=now_iso(), reason=None, evidence={**document.evidence, "assignment": assignment})
    return assigned


def reject(home: Home, store: Store, document_id: int, actor: str, reason: str | None) -> Document:
    """The file stays where it is (nothing is ever deleted); it leaves the queue with the reason as typed."""
    document = waiting(store, document_id)
    typed = (reason or "").strip() or "Rejeté par le secrétariat"
    rejection = {"by": actor, "at": now_iso(), "reason": typed, "previous_reason": document.reason}
    with held(home, document):
        rejected, _record = filing.update_in_place(
            home, store, document, Intent("review_rejected", actor, {"reason": typed}), status=Status.REJECTED,
            decided_by=actor, decided_at=now_iso(), reason=typed,
            evidence={**document.evidence, "rejection": rejection})
    return rejected


def retype(home: Home, store: Store, document_id: int, doc_type: DocType | str, actor: str) -> Document:
    """A person corrects the type: a filed document moves to the name its new type gives it."""
    document = item(store, document_id)
    try:
        new_type = DocType(doc_type)
    except ValueError:
        raise ReviewError(f"Type de document inconnu : {doc_type}.") from None
    if document.status not in (Status.REVIEW, Status.FILED):
        raise ReviewError(f"Le document n° {document_id} ne peut pas changer de type "
                          f"(statut : {document.status.value}).")
    intent = Intent("retyped", actor, {"from": document.doc_type.value, "to": new_type.value})
    retyped_by = {"by": actor, "at": now_iso(), "from": document.doc_type.value}
    changes = dict(doc_type=new_type, evidence={**document.evidence, "retyped": retyped_by})
    with held(home, document):
        if document.status == Status.FILED and document.patient_ipp:
            destination = Archive(home).filed_path(store.patient(document.patient_ipp), new_type.value, document.sha256,
                                                   datetime.fromisoformat(document.received_at), _extension(document))
            retyped, _ = filing.relocate(home, store, document, destination, intent, **changes)
        else:
            retyped, _ = filing.update_in_place(home, store, document, intent, **changes)
    return retyped


def create_patient(store: Store, patient: Patient, actor: str) -> Patient:
    """« Patient inconnu »: a registry entry made from the desk, audited."""
    try:
        created = store.add_patient(patient)
    except ValueError as exc:
        raise ReviewError(str(exc)) from None
    audit.record(store, "patient_created", actor=actor, patient_ipp=patient.ipp,
                 details={"birth_name": patient.birth_name, "first_names": patient.first_names})
    return created


# --- split ---------------------------------------------------------------------------------------

def parse_page_ranges(text: str) -> list[tuple[int, int]]:
    """« 1-2, 3 ; 4-6 » → [(1, 2), (3, 3), (4, 6)]; ReviewError in French otherwise."""
    ranges = []
    for chunk in re.split(r"[,;]", text):
        if not chunk.strip():
            continue
        found = RANGE_RE.fullmatch(chunk)
        if not found:
            raise ReviewError(f"« {chunk.strip()} » n'est pas une plage de pages (exemple : 1-2, 3-4).")
        first, last = int(found.group(1)), int(found.group(2) or found.group(1))
        if first < 1 or last < first:
            raise ReviewError(f"Plage de pages invalide : « {chunk.strip()} ».")
        ranges.append((first, last))
    if len(ranges) < 2:
        raise ReviewError("Indiquez au moins deux plages de pages (exemple : 1-2, 3-4).")
    return ranges


def check_ranges(page_ranges: list[tuple[int, int]], page_count: int) -> list[tuple[int, int]]:
    ranges = sorted((int(a), int(b)) for a, b in page_ranges)
    if not ranges:
        raise ReviewError("Découpage : aucune plage de pages donnée.")
    previous_end = 0
    for start, end in ranges:
        if start < 1 or end < start or end > page_count:
            raise ReviewError(f"Découpage : plage {start}-{end} hors du document ({page_count} page(s)).")
        if start <= previous_end:
            raise ReviewError(f"Découpage : les plages se chevauchent (page {start}).")
        previous_end = end
    return ranges


def part_bytes(home: Home, document: Document, start: int, end: int, page_texts: list[str]) -> tuple[bytes, str]:
    """The part's own file, derived from the stored container: (bytes, extension)."""
    source = home.root / document.stored_path
    if document.media_type == "pdf":
        from pypdf import PdfReader, PdfWriter
        writer = PdfWriter()
        for page in PdfReader(source).pages[start - 1:end]:
            writer.add_page(page)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue(), "pdf"
    if document.media_type == "image":
        from PIL import Image, ImageSequence
        with Image.open(source) as image:
            frames = [f.copy() for f in ImageSequence.Iterator(image)][start - 1:end]
        out = io.BytesIO()
        frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:])
        return out.getvalue(), "tif"
    return PAGE_SEPARATOR.join(page_texts).encode("utf-8"), "txt"  # docx, txt: the pages' text


def split(home: Home, store: Store, document_id: int, page_ranges: list[tuple[int, int]], actor: str) -> list[Document]:
    """Cut a waiting document into parts, each decided by the same rules from its stored page texts (no new
    OCR). The container stays stored as received, with the status `split`. Every part's file is cut before
    any is filed: a container that cannot be cut changes nothing."""
    document = waiting(store, document_id)
    page_texts = stored_pages(store, document)
    ranges = check_ranges(page_ranges, len(page_texts))
    index = matching.RegistryIndex.build(store.patients())
    with held(home, document):
        cuts = [(start, end, cut_part(home, document, start, end, page_texts[start - 1:end])) for start, end in ranges]
        parts = [file_part(home, store, document, start, end, page_texts[start - 1:end], cut, index, actor)
                 for start, end, cut in cuts]
        filing.update_in_place(home, store, document,
                               Intent("review_split", actor, {"parts": [p.id for p in parts],
                                                              "ranges": [list(r) for r in ranges]}),
                               status=Status.SPLIT, decided_by=actor, decided_at=now_iso())
    return parts


def cut_part(home: Home, document: Document, start: int, end: int, page_texts: list[str]) -> tuple[bytes, str]:
    try:
        return part_bytes(home, document, start, end, page_texts)
    except Exception as exc:  # pypdf and Pillow raise many kinds on a damaged file
        raise ReviewError(f"Découpage impossible : le fichier du document n° {document.id} ne se laisse pas "
                          "découper (fichier endommagé). Classez-le entier ou rejetez-le.") from None


def typed_pages(document: Document) -> list[bool]:
    """Per page, whether ingest read it as its author's own text (a born-digital page) rather than OCR's: a part, and
    the proposed cut, are decided as ingest decided the whole."""
    pages = (document.evidence.get("extraction") or {}).get("pages") or []
    return [isinstance(page, dict) and bool(page.get("typed")) for page in pages]


def file_part(home: Home, store: Store, container: Document, start: int, end: int, page_texts: list[str],
              cut: tuple[bytes, str], index: matching.RegistryIndex, actor: str) -> Document:
    typed = typed_pages(container)[start - 1:end]
    decision = matching.decide(identity.read_document(page_texts, received_day(container), typed), index)
    classification = classify.classify(f"\n{PAGE_SEPARATOR}\n".join(page_texts))
    data, ext = cut
    evidence = {**decision.evidence, "classification": {"scores": classification.scores,
                                                        "terms": classification.matched_terms},
                "split": {"by": actor, "from": container.id, "pages": [start, end]}}
    part = filing.Part(label=f"pages {start}-{end}" if end > start else f"page {start}", data=data, extension=ext,
                       media_type=container.media_type if ext != "txt" else "txt",
                       text=PAGE_SEPARATOR.join(page_texts), pages=list(range(1, end - start + 2)),
                       decision=decision, doc_type=classification.doc_type, evidence=evidence)
    patient = index.patients.get(decision.patient_ipp) if decision.files else None
    return filing.file_part(home, store, container, part, patient, actor)


__all__ = ["AmbiguousAssignment", "CandidateView", "ContradictedAssignment", "ProposedPart", "ReviewError",
           "ReviewView", "Rule", "TRAITS", "assign", "comparison", "count_pending", "create_patient", "item", "pending",
           "reject", "retype", "split"]
