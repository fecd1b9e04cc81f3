"""Values that flow through the pipeline: extract → identity → matching → classify → archive."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date


PAGE_SEPARATOR = "\f"  # between pages of a stored text; extracted text shows it on a line of its own


class DocType(enum.StrEnum):
    LAB_RESULT = "lab_result"
    IMAGING_REPORT = "imaging_report"
    CONSULTATION_REPORT = "consultation_report"
    LETTER = "letter"
    DISCHARGE_SUMMARY = "discharge_summary"
    OPERATIVE_REPORT = "operative_report"
    PRESCRIPTION = "prescription"
    OTHER = "other"

    @property
    def label_fr(self) -> str:
        from .labels import DOC_TYPE_LABELS
        return DOC_TYPE_LABELS[self]


class Origin(enum.StrEnum):
    INGEST = "ingest"  # received through the inbox
    LETTER = "letter"  # written by the practice
    PART = "part"  # a part of a stored container (split scan, one message of a lab file)


class State(enum.StrEnum):
    """The filing journal: a row is `storing` until its file is in place, `done` once the inbox is clean."""

    STORING = "storing"
    STORED = "stored"
    DONE = "done"


class Status(enum.StrEnum):
    FILED = "filed"
    REVIEW = "review"
    REJECTED = "rejected"
    SPLIT = "split"  # a container whose parts are documents of their own


class LetterStatus(enum.StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"
    DISCARDED = "discarded"  # a draft put aside: its file is kept, out of the patient's folder


class Rule(enum.StrEnum):
    """Codes of the rule that decided a document's fate (matching, reading, the review desk)."""

    INS = "ins"
    TRAITS = "traits"
    NO_IDENTITY = "no_identity"
    NO_MATCH = "no_match"
    SEVERAL_PATIENTS = "several_patients"
    HOMONYMS = "homonyms"
    UNKNOWN_INS = "unknown_ins"
    CONTRADICTION = "contradiction"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    ENCRYPTED = "encrypted"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too_large"
    OCR_FAILED = "ocr_failed"
    LINK = "link"
    ASSIGNED = "assigned"  # a person chose the patient in review
    READINGS_DISAGREE = "readings_disagree"  # two readings of the same pages designate two patients
    LAB_FILE = "lab_file"  # a laboratory file, stored once and cut into its messages
    MALFORMED_LAB_FILE = "malformed_lab_file"  # a laboratory file that cannot be read as a whole
    MALFORMED_LAB_PART = "malformed_lab_part"  # one message of a laboratory file that cannot be read


@dataclass(frozen=True)
class Patient:
    """One registry row. `first_names` holds all given names, the first one first."""

    ipp: str
    birth_name: str
    first_names: str
    birth_date: date
    sex: str  # "M" or "F"
    used_name: str = ""
    ins: str = ""
    birth_place: str = ""

    @property
    def first_given_name(self) -> str:
        names = split_first_names(self.first_names)
        return names[0] if names else ""


def split_first_names(first_names: str) -> list[str]:
    """Given names are separated by commas or spaces; a hyphen binds a compound name (Jean-Pierre)."""
    parts = [p for chunk in first_names.replace(";", ",").split(",") for p in chunk.split()]
    return [p for p in parts if p]


@dataclass(frozen=True)
class Page:
    """Text of one page, however it was obtained."""

    number: int  # 1-based
    text: str
    method: str  # "text" (text layer, docx, txt) or "ocr"
    confidence: float | None = None  # mean Tesseract word confidence, 0–100
    doubtful_words: tuple[str, ...] = ()  # OCR words below the confidence threshold
    # The author's own characters: a text or HTML file, a Word file or a PDF's text layer where nothing hints at OCR
    # (typing_origin: no picture of page size, no invisible text, no OCR producer). No digit in it was misread.
    typed: bool = False


@dataclass(frozen=True)
class ExtractedDocument:
    """The text of a document and how it was read.

    `extension`: what the content is stored under (`pdf`, `jpg`, `html`…), from its bytes — when the
    name says otherwise, the archive adds it (`x.pdf.html`). `notes`: how the file was read, in French,
    for the evidence and the sidecar (« PDF réparé à la lecture : 3 page(s) lue(s) sur 3 déclarée(s) »)."""

    media_type: str  # "pdf", "image", "docx", "txt", "html"
    pages: tuple[Page, ...]
    extension: str = ""
    notes: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return f"\n{PAGE_SEPARATOR}\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class Classification:
    doc_type: DocType
    scores: dict[str, float] = field(default_factory=dict)
    matched_terms: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class MatchDecision:
    """The matching verdict. `patient_ipp` is set only when the document may be filed."""

    status: str  # "filed" or "review"
    patient_ipp: str | None
    rule: str  # short code of the rule that decided, e.g. "ins", "traits", "no_identity"
    reason_fr: str | None  # why the document goes to review, in French
    evidence: dict = field(default_factory=dict)
    candidates: tuple[dict, ...] = ()

    @property
    def files(self) -> bool:
        return self.status == "filed" and self.patient_ipp is not None


@dataclass(frozen=True)
class Document:
    """One row of the store, as every module sees it (built only by `store.document_from_row`)."""

    id: int
    origin: Origin
    state: State
    status: Status
    source_name: str
    sha256: str
    size: int
    media_type: str | None
    patient_ipp: str | None
    doc_type: DocType
    pages: list[int]
    stored_path: str
    reason: str | None
    evidence: dict
    received_at: str  # ISO 8601 with the local offset
    decided_at: str | None
    decided_by: str | None
    template: str | None = None
    letter_status: LetterStatus | None = None
    parent_id: int | None = None
    part: str | None = None  # e.g. "pages 3-4", "message 2/3"
    filing: dict | None = None  # the filing intent while not `done` (docpipe/filing.py)
    text_path: str | None = None
    sidecar_path: str | None = None
    inbox_path: str | None = None

    @property
    def rule(self) -> str | None:
        return self.evidence.get("rule")

    @property
    def notes(self) -> list[str]:
        """What people should know although it did not stop the decision, in French: the matching's notes
        (« INS du document : un chiffre diffère du registre (page 1) ») and how the file was read
        (« PDF réparé à la lecture … », « contenu HTML sous un nom en .pdf »)."""
        extraction = self.evidence.get("extraction") or {}
        notes = [*(self.evidence.get("notes") or []), *(extraction.get("notes") or [])]
        return [str(note) for note in dict.fromkeys(notes)]

    @property
    def is_draft(self) -> bool:
        return self.origin == Origin.LETTER and self.letter_status == LetterStatus.DRAFT

    def public_record(self, status: str | None = None, source: str | None = None) -> dict:
        """The JSON shape of `docpipe log`, the journal and `--json` outputs."""
        return {
            "source": source or self.source_name, "status": status or self.status.value,
            "patient": self.patient_ipp, "doc_type": self.doc_type.value, "pages": list(self.pages),
            "stored_path": self.stored_path, "reason": self.reason, "evidence": self.evidence,
            "id": self.id, "sha256": self.sha256,
        }
