"""Closing the day: what is still in the inbox is processed, the day's report is written (HTML for people,
CSV for a spreadsheet, in reports/YYYY-MM-DD/), and the day's stored documents are verified.

Running it again for the same day rewrites the same report from the same facts: harmless.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from jinja2 import Environment

from . import audit, labreport
from .archive import write_durably
from .config import Home, Settings
from .errors import DocpipeError, UnreadableDocument
from .export import defuse_formula, type_label
from .models import Document, Patient
from .store import Store
from .verify import Problem, Verification, verify_home

LINK_RULE = "link"


@dataclass(frozen=True)
class Line:
    """One line of the report, whatever its section."""

    section: str  # filed, review, duplicate, draft, letter, rejected, error
    document_id: int | None
    at: str  # ISO timestamp: when it happened (or was received, for what waits)
    patient_ipp: str | None
    patient_name: str
    doc_type: str
    source: str
    reason: str = ""
    detail: str = ""  # filed by whom, age in review, existing document of a duplicate…

    @property
    def time(self) -> str:
        return self.at[11:16]

    @property
    def type_fr(self) -> str:
        return type_label(self.doc_type) if self.doc_type else ""


@dataclass
class DayClose:
    day: date
    filed: list[Line] = field(default_factory=list)
    noted: list[Line] = field(default_factory=list)  # filed documents that carry a note (Document.notes)
    review: list[Line] = field(default_factory=list)
    duplicates: list[Line] = field(default_factory=list)
    drafts: list[Line] = field(default_factory=list)
    letters: list[Line] = field(default_factory=list)  # validated that day
    rejected: list[Line] = field(default_factory=list)  # rejected that day, with the reason as typed
    errors: list[Line] = field(default_factory=list)
    verification: Verification = field(default_factory=Verification)
    failures: list[Problem] = field(default_factory=list)  # what prevented part of the close
    report_path: Path | None = None
    csv_path: Path | None = None
    audit_head: dict | None = None  # the audit chain's head at the close, printed so that it leaves the home
    lab_section_html: str = ""  # abnormal lab results by patient, escaped by labreport
    abnormal_results: list = field(default_factory=list)  # labreport.ResultRow of the day, critical first

    @property
    def problems(self) -> list[Problem]:
        return self.failures + self.verification.problems

    def filed_by_type(self) -> list[tuple[str, list[Line]]]:
        groups: dict[str, list[Line]] = {}
        for line in sorted(self.filed, key=lambda l: (l.type_fr, l.at)):
            groups.setdefault(line.type_fr, []).append(line)
        return list(groups.items())

    def as_dict(self, home: Home) -> dict:
        return {"date": self.day.isoformat(), "filed": len(self.filed), "review": len(self.review),
                "duplicate": len(self.duplicates), "drafts": len(self.drafts), "letters": len(self.letters),
                "rejected": len(self.rejected),
                "report": home.relative(self.report_path) if self.report_path else None,
                "verified": self.verification.ok, "problems": [p.as_dict() for p in self.problems]}


# --- gathering the day (from the journal and the documents table) --------------------------------

def patient_name(patients: dict[str, Patient], ipp: str | None) -> str:
    patient = patients.get(ipp or "")
    if patient is None:
        return ""
    name = f"{patient.birth_name} {patient.first_names}"
    if patient.used_name and patient.used_name != patient.birth_name:
        name += f" (nom d'usage {patient.used_name})"
    return name


def error_rules() -> set[str]:
    """Rules of the documents that could not be read at all (every UnreadableDocument kind, and links)."""
    rules, pending = {LINK_RULE}, [UnreadableDocument]
    while pending:
        kind = pending.pop()
        rules.add(kind.code)
        pending += kind.__subclasses__()
    return rules


def age_fr(since: str, now: datetime) -> str:
    try:
        received = datetime.fromisoformat(since)
    except ValueError:
        return ""
    if received.tzinfo is None:
        received = received.astimezone()
    hours = (now - received).total_seconds() / 3600
    if hours < 1:
        return "moins d'une heure"
    return f"{int(hours)} h" if hours < 48 else f"{int(hours // 24)} j"


def journal_lines(rows: list[dict], patients: dict[str, Patient], documents: dict[int, Document]
                  ) -> tuple[list[Line], list[Line], list[Line], list[Line]]:
    """Filed (once per document), duplicates (once per reception), unreadable and rejected entries of the day."""
    filed, duplicates, errors, rejected, rules = {}, [], [], {}, error_rules()
    for row in rows:
        record = json.loads(row["record"])
        line = Line(record["status"], record.get("id"), row["at"], record.get("patient"),
                    patient_name(patients, record.get("patient")), record.get("doc_type") or "",
                    record.get("source") or "", record.get("reason") or "")
        if record["status"] == "filed" and line.document_id is not None:
            filed[line.document_id] = replace_detail(line, filing_detail(documents.get(line.document_id)))
        elif record["status"] == "rejected" and line.document_id is not None:
            current = documents.get(line.document_id)
            rejected[line.document_id] = Line(
                "rejected", line.document_id, line.at, line.patient_ipp, line.patient_name, line.doc_type, line.source,
                current.reason if current else line.reason, f"par {current.decided_by}" if current else "")
        elif record["status"] == "duplicate":
            duplicates.append(replace_detail(line, f"déjà reçu : document n° {line.document_id}"))
        elif record["status"] == "review" and (record.get("evidence") or {}).get("rule") in rules:
            errors.append(replace_detail(line, "illisible", section="error"))
    return list(filed.values()), duplicates, errors, list(rejected.values())


def filing_detail(document: Document | None) -> str:
    """Who filed it; a forced assignment says so, with its reason: « par X, forcé : motif »."""
    by = document.decided_by if document else ""
    if not by or by == "docpipe":
        return "automatique"
    forced = (document.evidence.get("assignment") or {}).get("forced_reason")
    return f"par {by}, forcé : {forced}" if forced else f"par {by}"


def noted_lines(filed: list[Line], documents: dict[int, Document]) -> list[Line]:
    """The filed documents whose evidence carries a note, the notes joined as the line's reason."""
    lines = []
    for line in filed:
        document = documents.get(line.document_id)
        if document is not None and document.notes:
            lines.append(Line("noted", line.document_id, line.at, line.patient_ipp, line.patient_name, line.doc_type,
                              line.source, " ; ".join(document.notes), line.detail))
    return lines


def letter_lines(letters: list[Document], patients: dict[str, Patient], day: date) -> list[Line]:
    """Letters validated that day (decided_at carries the local offset, like the journal)."""
    return [Line("letter", d.id, d.decided_at, d.patient_ipp, patient_name(patients, d.patient_ipp), d.doc_type,
                 d.template or d.source_name, "", f"validé par {d.decided_by}")
            for d in letters if d.letter_status == "validated" and (d.decided_at or "")[:10] == day.isoformat()]


def replace_detail(line: Line, detail: str, section: str | None = None) -> Line:
    return Line(section or line.section, line.document_id, line.at, line.patient_ipp, line.patient_name,
                line.doc_type, line.source, line.reason, detail)


def waiting_lines(documents: list[Document], now: datetime) -> list[Line]:
    return [Line("review", d.id, d.received_at, d.patient_ipp, "", d.doc_type, d.source_name,
                 d.reason or "", age_fr(d.received_at, now)) for d in documents]


def draft_lines(documents: list[Document], patients: dict[str, Patient], now: datetime) -> list[Line]:
    return [Line("draft", d.id, d.received_at, d.patient_ipp, patient_name(patients, d.patient_ipp),
                 d.doc_type, d.template or d.source_name, "", age_fr(d.received_at, now))
            for d in documents]


def gather(store: Store, day: date, now: datetime) -> DayClose:
    patients = {p.ipp: p for p in store.patients()}
    journal = store.journal_of_day(day)
    ids = sorted({r["document_id"] for r in journal if r["document_id"] is not None})
    documents = {d.id: d for d in store.documents_by_ids(ids)}
    closed = DayClose(day)
    closed.filed, closed.duplicates, closed.errors, closed.rejected = journal_lines(journal, patients, documents)
    closed.noted = noted_lines(closed.filed, documents)
    closed.letters = letter_lines(store.letters(), patients, day)
    end_of_day = date.fromordinal(day.toordinal() + 1).isoformat()
    closed.review = waiting_lines([d for d in store.review_queue() if d.received_at < end_of_day], now)
    closed.drafts = draft_lines(store.letters(drafts_only=True), patients, now)
    lab_groups = labreport.abnormal_by_patient(store, day)
    closed.lab_section_html = labreport.day_section_html(lab_groups)
    closed.abnormal_results = [row for group in lab_groups for row in group.rows]
    return closed


def day_document_ids(store: Store, day: date) -> list[int]:
    """Documents written to the journal that day, or received that day."""
    from_journal = {r["document_id"] for r in store.journal_of_day(day) if r["document_id"] is not None}
    end_of_day = date.fromordinal(day.toordinal() + 1).isoformat()
    received = store.documents_received_between(day.isoformat(), end_of_day)
    return sorted(from_journal | {d.id for d in received})


# --- the report ----------------------------------------------------------------------------------

REPORT_TEMPLATE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Rapport du {{ day_fr }}</title>
<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin-bottom:1.5em}
td,th{border:1px solid #aaa;padding:3px 8px;text-align:left;vertical-align:top}th{background:#eee}
.ok{color:#070}.ko{color:#b00;font-weight:bold}</style></head><body>
<h1>Rapport de la journée du {{ day_fr }}</h1>
{% if practice %}<p>{{ practice }}</p>{% endif %}
<p>Établi le {{ now_fr }}.</p>
<p>{{ audit_line }} (à conserver hors du cabinet : « docpipe audit verify --against » ce rapport).</p>
<ul>
<li>{{ c.filed|length }} document(s) classé(s)</li>
<li>{{ c.review|length }} document(s) en attente de revue</li>
<li>{{ c.duplicates|length }} doublon(s) écarté(s)</li>
<li>{{ c.letters|length }} courrier(s) validé(s)</li>
<li>{{ c.drafts|length }} courrier(s) en brouillon</li>
<li>{{ c.rejected|length }} document(s) rejeté(s)</li>
<li>{{ c.errors|length }} document(s) illisible(s)</li>
<li>Vérification de l'archive du jour :
{% if c.verification.ok %}<span class="ok">conforme ({{ c.verification.checked }} document(s) contrôlé(s))</span>
{% else %}<span class="ko">{{ c.problems|length }} problème(s)</span>{% endif %}</li>
</ul>

{{ c.lab_section_html|safe }}
<h2>Documents classés, par type</h2>
{% for label, lines in c.filed_by_type() %}<h3>{{ label }} ({{ lines|length }})</h3>
<table><tr><th>Heure</th><th>N°</th><th>Patient</th><th>Fichier reçu</th><th>Classement</th></tr>
{% for l in lines %}<tr><td>{{ l.time }}</td><td>{{ l.document_id }}</td>
<td>{{ l.patient_name }} ({{ l.patient_ipp }})</td><td>{{ l.source }}</td><td>{{ l.detail }}</td></tr>
{% endfor %}</table>
{% else %}<p>Aucun document classé ce jour.</p>{% endfor %}

{% if c.noted %}<h2>Documents classés avec une remarque</h2>
<table><tr><th>Heure</th><th>N°</th><th>Patient</th><th>Fichier reçu</th><th>Remarque</th></tr>
{% for l in c.noted %}<tr><td>{{ l.time }}</td><td>{{ l.document_id }}</td>
<td>{{ l.patient_name }} ({{ l.patient_ipp }})</td><td>{{ l.source }}</td><td>{{ l.reason }}</td></tr>
{% endfor %}</table>{% endif %}

<h2>En attente de revue</h2>
{% if c.review %}<table>
<tr><th>N°</th><th>Reçu le</th><th>Attente</th><th>Fichier reçu</th><th>Type</th><th>Motif</th></tr>
{% for l in c.review %}<tr><td>{{ l.document_id }}</td><td>{{ l.at[:10] }} {{ l.time }}</td><td>{{ l.detail }}</td>
<td>{{ l.source }}</td><td>{{ l.type_fr }}</td><td>{{ l.reason }}</td></tr>
{% endfor %}</table>{% else %}<p>Aucun document en attente.</p>{% endif %}

<h2>Documents rejetés</h2>
{% if c.rejected %}<table><tr><th>Heure</th><th>N°</th><th>Fichier reçu</th><th>Motif</th><th>Décision</th></tr>
{% for l in c.rejected %}<tr><td>{{ l.time }}</td><td>{{ l.document_id }}</td><td>{{ l.source }}</td>
<td>{{ l.reason }}</td><td>{{ l.detail }}</td></tr>
{% endfor %}</table>{% else %}<p>Aucun document rejeté.</p>{% endif %}

<h2>Doublons</h2>
{% if c.duplicates %}<table><tr><th>Heure</th><th>Fichier déposé</th><th>Déjà reçu</th></tr>
{% for l in c.duplicates %}<tr><td>{{ l.time }}</td><td>{{ l.source }}</td><td>{{ l.detail }}</td></tr>
{% endfor %}</table>{% else %}<p>Aucun doublon.</p>{% endif %}

<h2>Courriers validés</h2>
{% if c.letters %}<table><tr><th>Heure</th><th>N°</th><th>Patient</th><th>Modèle</th><th>Validation</th></tr>
{% for l in c.letters %}<tr><td>{{ l.time }}</td><td>{{ l.document_id }}</td>
<td>{{ l.patient_name }} ({{ l.patient_ipp }})</td><td>{{ l.source }}</td><td>{{ l.detail }}</td></tr>
{% endfor %}</table>{% else %}<p>Aucun courrier validé ce jour.</p>{% endif %}

<h2>Courriers en brouillon</h2>
{% if c.drafts %}<table><tr><th>N°</th><th>Patient</th><th>Modèle</th><th>Créé le</th><th>Depuis</th></tr>
{% for l in c.drafts %}<tr><td>{{ l.document_id }}</td><td>{{ l.patient_name }} ({{ l.patient_ipp }})</td>
<td>{{ l.source }}</td><td>{{ l.at[:10] }}</td><td>{{ l.detail }}</td></tr>
{% endfor %}</table>{% else %}<p>Aucun courrier en brouillon.</p>{% endif %}

<h2>Erreurs</h2>
{% if c.errors or c.failures %}<table><tr><th>Heure</th><th>Fichier</th><th>Motif</th></tr>
{% for l in c.errors %}<tr><td>{{ l.time }}</td><td>{{ l.source }}</td><td>{{ l.reason }}</td></tr>
{% endfor %}{% for p in c.failures %}<tr><td></td><td>{{ p.path or "" }}</td><td>{{ p.message }}</td></tr>
{% endfor %}</table>{% else %}<p>Aucune erreur.</p>{% endif %}

<h2>Vérification de l'archive du jour</h2>
{% if c.verification.problems %}<table><tr><th>Fichier</th><th>Problème</th></tr>
{% for p in c.verification.problems %}<tr><td>{{ p.path }}</td><td>{{ p.message }}</td></tr>
{% endfor %}</table>{% else %}<p class="ok">Tous les fichiers du jour sont présents et intacts.</p>{% endif %}
</body></html>
"""

CSV_COLUMNS = ["rubrique", "n_document", "date", "patient_ipp", "patient", "type", "fichier", "motif", "detail"]
SECTION_FR = {"critical": "biologie critique", "abnormal": "biologie anormale", "filed": "classé", "noted": "classé avec remarque", "review": "en revue", "duplicate": "doublon", "draft": "brouillon",
              "letter": "courrier validé", "rejected": "rejeté", "error": "erreur", "verify": "vérification"}


def report_html(closed: DayClose, practice: str, now: datetime) -> bytes:
    template = Environment(autoescape=True).from_string(REPORT_TEMPLATE)
    return template.render(c=closed, practice=practice, day_fr=closed.day.strftime("%d/%m/%Y"),
                           now_fr=now.strftime("%d/%m/%Y à %H:%M"),
                           audit_line=audit.head_line(closed.audit_head)).encode("utf-8")


def lab_value_text(row) -> str:
    """« Potassium : 6,8 mmol/L (3,5 – 5,0) »: one result as a person reads it in a spreadsheet cell."""
    reference = f" ({row.reference_range})" if row.reference_range else ""
    return f"{row.label or row.code} : {f'{row.value} {row.unit}'.strip()}{reference}"


def report_csv(closed: DayClose) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for line in [*closed.filed, *closed.noted, *closed.review, *closed.rejected, *closed.duplicates, *closed.letters,
                 *closed.drafts, *closed.errors]:
        writer.writerow([defuse_formula(v) for v in (
            SECTION_FR[line.section], line.document_id or "", line.at, line.patient_ipp or "", line.patient_name,
            line.type_fr, line.source, line.reason, line.detail)])
    for row in closed.abnormal_results:
        writer.writerow([defuse_formula(v) for v in (
            SECTION_FR["critical" if row.critical else "abnormal"], row.document_id, row.received_at,
            row.patient_ipp or "", row.patient_name, "Biologie", row.lab, lab_value_text(row), row.flag or "")])
    for problem in closed.problems:
        writer.writerow([defuse_formula(v) for v in (
            SECTION_FR["verify"], "", "", "", "", "", problem.path or "", problem.message, problem.kind)])
    writer.writerow(["audit", "", (closed.audit_head or {}).get("at", ""), "", "", "", "",
                     audit.head_line(closed.audit_head), ""])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM lets a spreadsheet read the accents


def write_report(home: Home, closed: DayClose, practice: str, now: datetime) -> None:
    folder = home.reports / closed.day.isoformat()
    closed.report_path = folder / f"rapport-{closed.day.isoformat()}.html"
    closed.csv_path = folder / f"rapport-{closed.day.isoformat()}.csv"
    write_durably(closed.csv_path, report_csv(closed))
    write_durably(closed.report_path, report_html(closed, practice, now))


# --- the close -----------------------------------------------------------------------------------

def ingest_inbox(home: Home, settings: Settings, store: Store) -> list[Problem]:
    """Process what is still in the inbox; a failure is reported, and the report still written."""
    from .extract import Extractor
    from .ingest import Pipeline
    try:
        with Extractor(settings, home.scratch) as extractor:
            Pipeline(home, settings, store, extractor).ingest_inbox()
    except DocpipeError as exc:
        return [Problem("inbox", "ingest", f"traitement de la boîte de dépôt interrompu : {exc.message_fr}")]
    return []


def close_day(home: Home, settings: Settings, store: Store, day: date | None = None,
              actor: str | None = None) -> DayClose:
    day = day or date.today()
    failures = ingest_inbox(home, settings, store)
    now = datetime.now().astimezone()
    closed = gather(store, day, now)
    closed.failures = failures
    closed.verification = verify_home(home, store, day_document_ids(store, day), orphans=False)
    closed.audit_head = audit.chain_head(store)
    closed.failures += [Problem(None, "audit", message) for message in
                        audit.publish_head(home, settings, closed.audit_head, f"clôture du {day.isoformat()}")]
    write_report(home, closed, str(settings.practice.get("name", "")), now)
    audit.record(store, "day_closed", actor=actor, details={
        "date": day.isoformat(), "filed": len(closed.filed), "review": len(closed.review),
        "duplicate": len(closed.duplicates), "drafts": len(closed.drafts), "letters": len(closed.letters),
        "rejected": len(closed.rejected), "verified": closed.verification.ok,
        "report": home.relative(closed.report_path)})
    return closed
