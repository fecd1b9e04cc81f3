"""How values are shown: French dates in local time, French labels, one plain view of a document.

Templates receive these plain values, never a database row; a document looks the same on every page.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..labels import (LETTER_STATUS_LABELS, TRAIT_LABELS, doc_type_label, label, rule_label, status_label)
from ..models import Document, Patient
from ..store import parse_query_date

SEX_FR = {"M": "masculin", "F": "féminin"}


def local(moment: str | datetime | None) -> datetime | None:
    if not moment:
        return None
    value = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return value.astimezone() if value.tzinfo else value


def date_fr(value: str | date | datetime | None) -> str:
    """JJ/MM/AAAA; an ISO date or timestamp (timestamps in local time)."""
    if not value:
        return ""
    if isinstance(value, str) and len(value) == 10:
        value = date.fromisoformat(value)
    if isinstance(value, (str, datetime)):
        value = local(value)
    return value.strftime("%d/%m/%Y")


def datetime_fr(value: str | datetime | None) -> str:
    moment = local(value)
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def time_fr(value: str | datetime | None) -> str:
    moment = local(value)
    return moment.strftime("%H:%M:%S") if moment else ""


def typed_date(text: str) -> date | None:
    """A date typed by a person: JJ/MM/AAAA (or AAAA-MM-JJ)."""
    return parse_query_date(text.strip())


def patient_name(patient: Patient | None) -> str:
    if patient is None:
        return ""
    used = f" ({patient.used_name})" if patient.used_name and patient.used_name != patient.birth_name else ""
    return f"{patient.birth_name.upper()}{used} {patient.first_names}"


def trait_values(trait: str, values: list[str]) -> str:
    """What the document says for one trait, as a person reads it (dates JJ/MM/AAAA)."""
    shown = [date_fr(v) if trait == "birth_date" else SEX_FR.get(v, v) if trait == "sex" else v for v in values]
    return ", ".join(shown)


@dataclass(frozen=True)
class DocView:
    """A document as every page shows it."""

    id: int
    origin: str
    status: str
    status_fr: str
    doc_type: str
    type_fr: str
    patient_ipp: str | None
    source_name: str
    received_at: str
    received_fr: str
    decided_by: str | None
    reason: str | None
    rule: str | None
    rule_fr: str
    media: str
    page_count: int
    template: str | None
    letter_status: str | None
    letter_status_fr: str
    evidence: dict
    stored_path: str
    sha256: str
    part: str | None
    parent_id: int | None


def document_view(document: Document) -> DocView:
    letter_status = document.letter_status.value if document.letter_status else None
    return DocView(
        id=document.id, origin=document.origin.value, status=document.status.value,
        status_fr=status_label(document.status), doc_type=document.doc_type.value,
        type_fr=doc_type_label(document.doc_type), patient_ipp=document.patient_ipp,
        source_name=document.source_name, received_at=document.received_at,
        received_fr=datetime_fr(document.received_at), decided_by=document.decided_by, reason=document.reason,
        rule=document.rule, rule_fr=rule_label(document.rule) if document.rule else "",
        media=document.media_type or document.stored_path.rsplit(".", 1)[-1].lower(),
        page_count=len(document.pages), template=document.template, letter_status=letter_status,
        letter_status_fr=label(LETTER_STATUS_LABELS, document.letter_status) if letter_status else "",
        evidence=document.evidence, stored_path=document.stored_path, sha256=document.sha256, part=document.part,
        parent_id=document.parent_id)


def register_filters(app) -> None:
    app.jinja_env.filters.update(
        date_fr=date_fr, datetime_fr=datetime_fr, time_fr=time_fr, doc_type_fr=doc_type_label,
        rule_fr=rule_label, status_fr=status_label, patient_name=patient_name, trait_values=trait_values,
        trait_fr=lambda name: label(TRAIT_LABELS, name).capitalize().replace("Ins", "INS").replace("Ipp", "IPP"),
        sex_fr=lambda s: SEX_FR.get(s or "", s or ""),
        field_fr=lambda name: name.replace(".", " ").replace("_", " ").capitalize())
