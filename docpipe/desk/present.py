"""How values are shown: French dates in local time, French labels, one plain view of a document.

Templates receive these plain values, never a database row; a document looks the same on every page.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from ..cli import REVIEW_RULES_FR, STATUS_FR
from ..models import DocType, Patient

TRAIT_LABELS_FR = {
    "birth_name": "Nom de naissance", "used_name": "Nom d'usage", "first_names": "Prénom(s)",
    "birth_date": "Date de naissance", "sex": "Sexe", "ins": "INS", "ipp": "IPP",
    "name": "Nom", "names": "Nom(s)", "first_given_name": "Premier prénom", "name_approx": "Nom approché",
    "birth_dates": "Date(s) de naissance", "unlabelled_dates": "Autres dates",
}
SEX_FR = {"M": "masculin", "F": "féminin"}
LETTER_STATUS_FR = {"draft": "brouillon", "validated": "validé", "discarded": "abandonné"}
MEDIA_FR = {"pdf": "PDF", "image": "image", "docx": "Word", "txt": "texte"}


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


def doc_type_fr(value: str | None) -> str:
    try:
        return DocType(value).label_fr
    except ValueError:
        return value or ""


def rule_fr(rule: str | None) -> str:
    return REVIEW_RULES_FR.get(rule or "", rule or "")


def status_fr(value: str | None) -> str:
    return STATUS_FR.get(value or "", value or "")


def patient_name(patient: Patient | None) -> str:
    if patient is None:
        return ""
    used = f" ({patient.used_name})" if patient.used_name and patient.used_name != patient.birth_name else ""
    return f"{patient.birth_name.upper()}{used} {patient.first_names}"


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


def value_of(document, name: str, default=None):
    """A column of a store row or an attribute of a Document (the model is moving to a dataclass)."""
    if isinstance(document, sqlite3.Row):
        return document[name] if name in document.keys() else default
    value = getattr(document, name, default)
    return value.value if hasattr(value, "value") else value


def as_dict(value) -> dict:
    if isinstance(value, dict):
        return value
    return json.loads(value or "{}")


def as_list(value) -> list:
    if isinstance(value, (list, tuple)):
        return list(value)
    return json.loads(value or "[]")


def document_view(document) -> DocView:
    evidence = as_dict(value_of(document, "evidence"))
    stored = value_of(document, "stored_path") or ""
    media = value_of(document, "media_type") or stored.rsplit(".", 1)[-1].lower()
    letter_status = value_of(document, "letter_status")
    status = value_of(document, "status")
    return DocView(
        id=value_of(document, "id"), origin=value_of(document, "origin") or "ingest", status=status,
        status_fr=status_fr(status), doc_type=value_of(document, "doc_type") or "other",
        type_fr=doc_type_fr(value_of(document, "doc_type")), patient_ipp=value_of(document, "patient_ipp"),
        source_name=value_of(document, "source_name") or "", received_at=value_of(document, "received_at") or "",
        received_fr=datetime_fr(value_of(document, "received_at")), decided_by=value_of(document, "decided_by"),
        reason=value_of(document, "reason"), rule=evidence.get("rule"), rule_fr=rule_fr(evidence.get("rule")),
        media=media, page_count=len(as_list(value_of(document, "pages"))), template=value_of(document, "template"),
        letter_status=letter_status, letter_status_fr=LETTER_STATUS_FR.get(letter_status or "", ""),
        evidence=evidence, stored_path=stored, sha256=value_of(document, "sha256") or "",
        part=value_of(document, "part"), parent_id=value_of(document, "parent_id"))


def register_filters(app) -> None:
    app.jinja_env.filters.update(date_fr=date_fr, datetime_fr=datetime_fr, time_fr=time_fr, doc_type_fr=doc_type_fr,
                                 rule_fr=rule_fr, status_fr=status_fr, patient_name=patient_name,
                                 trait_fr=lambda name: TRAIT_LABELS_FR.get(name, name),
                                 sex_fr=lambda s: SEX_FR.get(s or "", s or ""))
