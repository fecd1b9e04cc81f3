"""Laboratory results read back from the store: `docpipe results` and the day report's abnormal values
by patient. The values are the ones each part-document recorded in its evidence when it was filed,
so they follow the document: a part assigned in review shows under its patient from then on."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from html import escape

from .models import Document, DocType, Patient, Status
from .store import Store

UNASSIGNED_FR = "patient non attribué (en revue)"


@dataclass(frozen=True)
class ResultRow:
    document_id: int
    patient_ipp: str | None
    patient_name: str
    status: str
    received_at: str
    collected_at: str | None
    lab: str
    code: str
    label: str
    value: str
    unit: str
    low: str
    high: str
    flag: str | None
    abnormal: bool
    critical: bool

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def reference_range(self) -> str:
        return f"{self.low} – {self.high}" if self.low and self.high else self.low or self.high


@dataclass(frozen=True)
class PatientResults:
    patient_ipp: str | None
    patient_name: str
    rows: tuple[ResultRow, ...]

    @property
    def critical_count(self) -> int:
        return sum(r.critical for r in self.rows)


def person(patients: dict[str, Patient], ipp: str | None) -> str:
    patient = patients.get(ipp or "")
    if patient is None:
        return UNASSIGNED_FR if ipp is None else ipp
    used = f" ({patient.used_name})" if patient.used_name and patient.used_name != patient.birth_name else ""
    return f"{patient.birth_name}{used} {patient.first_names}"


def lab_parts(store: Store, since: date | None = None, until: date | None = None) -> list[Document]:
    """Part-documents of lab files (rejected ones aside), received in [since, until)."""
    where, params = ["doc_type = ?", "parent_id IS NOT NULL", "status != ?"], [DocType.LAB_RESULT.value,
                                                                               Status.REJECTED.value]
    if since:
        where.append("received_at >= ?")
        params.append(since.isoformat())
    if until:
        where.append("received_at < ?")
        params.append(until.isoformat())
    return [d for d in store.select_documents(" AND ".join(where), tuple(params)) if "lab" in d.evidence]


def rows_of(document: Document, patients: dict[str, Patient]) -> list[ResultRow]:
    lab = document.evidence["lab"]
    return [ResultRow(document.id, document.patient_ipp, person(patients, document.patient_ipp),
                      document.status.value, document.received_at, lab.get("collected_at"), lab.get("lab") or "",
                      r["code"], r["label"], r["value"], r["unit"], r["low"], r["high"], r["flag"],
                      bool(r["abnormal"]), bool(r["critical"]))
            for r in lab.get("results", [])]


def lab_results(store: Store, *, abnormal_only: bool = False, since: date | None = None,
                until: date | None = None) -> list[ResultRow]:
    """Critical first, then by patient and reception."""
    patients = {p.ipp: p for p in store.patients()}
    rows = [row for document in lab_parts(store, since, until) for row in rows_of(document, patients)
            if row.abnormal or not abnormal_only]
    return sorted(rows, key=lambda r: (not r.critical, not r.abnormal, r.patient_name, r.received_at, r.document_id))


def abnormal_by_patient(store: Store, day: date) -> list[PatientResults]:
    """The day's abnormal and critical results, grouped by patient; patients with a critical value first,
    results not yet tied to a patient last but never left out."""
    end = date.fromordinal(day.toordinal() + 1)
    groups: dict[str | None, list[ResultRow]] = {}
    for row in lab_results(store, abnormal_only=True, since=day, until=end):
        groups.setdefault(row.patient_ipp, []).append(row)
    found = [PatientResults(ipp, rows[0].patient_name, tuple(rows)) for ipp, rows in groups.items()]
    return sorted(found, key=lambda g: (g.patient_ipp is None, -g.critical_count, g.patient_name))


def day_section_html(groups: list[PatientResults]) -> str:
    """The day report's section for `abnormal_by_patient`'s groups, escaped here (the report template inserts
    it as is)."""
    parts = ["<h2>Résultats de biologie anormaux du jour</h2>"]
    if not groups:
        return parts[0] + "<p>Aucun résultat anormal reçu ce jour.</p>\n"
    for group in groups:
        who = escape(group.patient_name) + (f" ({escape(group.patient_ipp)})" if group.patient_ipp else "")
        parts.append(f"<h3>{who}</h3><table><tr><th>Analyse</th><th>Résultat</th><th>Valeurs de référence</th>"
                     "<th>Indicateur</th><th>Laboratoire</th><th>N°</th></tr>")
        for row in group.rows:
            style = ' style="color:#b00;font-weight:bold"' if row.critical else ""
            flag = f"{row.flag} — CRITIQUE" if row.critical else (row.flag or "")
            parts.append(f"<tr{style}><td>{escape(row.label or row.code)}</td>"
                         f"<td>{escape(f'{row.value} {row.unit}'.strip())}</td><td>{escape(row.reference_range)}</td>"
                         f"<td>{escape(flag)}</td><td>{escape(row.lab)}</td><td>{row.document_id}</td></tr>")
        parts.append("</table>")
    return "\n".join(parts) + "\n"
