"""Values that flow through the pipeline: extract → identity → matching → classify → archive."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date


class DocType(str, enum.Enum):
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
        return DOC_TYPE_LABELS_FR[self]


DOC_TYPE_LABELS_FR = {
    DocType.LAB_RESULT: "Biologie",
    DocType.IMAGING_REPORT: "Imagerie",
    DocType.CONSULTATION_REPORT: "Compte rendu de consultation",
    DocType.LETTER: "Courrier",
    DocType.DISCHARGE_SUMMARY: "Compte rendu d'hospitalisation",
    DocType.OPERATIVE_REPORT: "Compte rendu opératoire",
    DocType.PRESCRIPTION: "Ordonnance",
    DocType.OTHER: "Autre",
}


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


@dataclass(frozen=True)
class ExtractedDocument:
    media_type: str  # "pdf", "image", "docx", "txt"
    pages: tuple[Page, ...]

    @property
    def text(self) -> str:
        return "\n\f\n".join(p.text for p in self.pages)


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
