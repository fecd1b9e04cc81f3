"""The patient's right of access: every document of one patient in a zip, with an index (date, type, source).

Each original (and a letter's PDF) is checked against its recorded sha256 before it goes in: an export never carries a
damaged file silently. The zip is written beside its destination, fsynced, then renamed (mode 0600).
"""
from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jinja2 import Environment

from . import audit
from .archive import durable_file, sanitize_part
from .config import Home
from .errors import DocpipeError, ExitCode
from .labels import doc_type_label
from .models import Document, Patient
from .store import Store
from .verify import attachments, file_problem, stored_file_problem

INDEX_COLUMNS = ["date", "type", "source", "fichier_d_origine", "fichier", "fichier_pdf", "pages", "sha256",
                 "n_document"]


class ExportError(DocpipeError):
    exit_code = ExitCode.ERROR


class DamagedFolder(ExportError):
    exit_code = ExitCode.INTEGRITY


@dataclass(frozen=True)
class ExportEntry:
    document: Document
    name_in_zip: str
    pdf: tuple[str, str] | None = None  # a letter's PDF: (name in the zip, path relative to the home)

    @property
    def index_row(self) -> dict:
        document = self.document
        return {"date": document.received_at[:10], "type": type_label(document.doc_type),
                "source": source_label(document),
                "fichier_d_origine": document.source_name, "fichier": self.name_in_zip,
                "fichier_pdf": self.pdf[0] if self.pdf else "",
                "pages": len(document.pages), "sha256": document.sha256, "n_document": document.id}


def type_label(doc_type: str) -> str:
    return doc_type_label(doc_type)


def source_label(document: Document) -> str:
    if document.origin == "letter":
        return "Courrier rédigé par le cabinet"
    return "Document reçu par le cabinet"


def exported_documents(store: Store, ipp: str) -> list[Document]:
    """Filed documents and validated letters of the patient; a draft (or a discarded one) is not part of the file."""
    return [document for document in store.filed_documents_of(ipp)
            if document.origin != "letter" or document.letter_status == "validated"]


def zip_stem(document: Document) -> str:
    return f"documents/{document.received_at[:10]}_{sanitize_part(document.doc_type)}_{document.id}"


def export_entry(document: Document) -> ExportEntry:
    extension = sanitize_part(Path(document.stored_path).suffix.lstrip("."), "bin")
    pdf = [(f"{zip_stem(document)}.pdf", path) for path, _sha256 in attachments(document)]
    return ExportEntry(document, f"{zip_stem(document)}.{extension}", pdf[0] if pdf else None)


def index_csv(entries: list[ExportEntry]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=INDEX_COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow({k: defuse_formula(v) for k, v in entry.index_row.items()})
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM lets a spreadsheet read the accents


def defuse_formula(value):
    """A cell beginning with = + - @ would run as a formula in a spreadsheet; names and file names are data."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


INDEX_TEMPLATE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Dossier de {{ name }}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>
<h1>Documents du dossier médical</h1>
<p><strong>{{ name }}</strong>, né(e) le {{ birth_date }} — IPP {{ patient.ipp }}</p>
<p>Copie remise au titre du droit d'accès du patient à son dossier, le {{ exported_at }}.
{{ entries|length }} document(s).</p>
<table><thead><tr><th>Date</th><th>Type</th><th>Source</th><th>Fichier d'origine</th><th>Fichier</th>
<th>Pages</th></tr></thead><tbody>
{% for e in entries %}{% set r = e.index_row %}<tr><td>{{ r.date }}</td><td>{{ r.type }}</td><td>{{ r.source }}</td>
<td>{{ r.fichier_d_origine }}</td><td><a href="{{ r.fichier }}">{{ r.fichier }}</a>
{% if r.fichier_pdf %}(<a href="{{ r.fichier_pdf }}">PDF</a>){% endif %}</td><td>{{ r.pages }}</td></tr>
{% endfor %}</tbody></table>
<p>L'empreinte sha256 de chaque fichier figure dans index.csv.</p>
</body></html>
"""


def index_html(patient: Patient, entries: list[ExportEntry], exported_at: datetime) -> bytes:
    template = Environment(autoescape=True).from_string(INDEX_TEMPLATE)
    name = " ".join(p for p in (patient.first_names, patient.birth_name) if p)
    if patient.used_name and patient.used_name != patient.birth_name:
        name += f" (nom d'usage {patient.used_name})"
    return template.render(patient=patient, name=name, birth_date=patient.birth_date.strftime("%d/%m/%Y"),
                           exported_at=exported_at.strftime("%d/%m/%Y à %H:%M"), entries=entries).encode("utf-8")


def check_intact(home: Home, documents: list[Document]) -> None:
    checks = [stored_file_problem(home, document) for document in documents]
    checks += [file_problem(home, path, sha256, document.id)
               for document in documents for path, sha256 in attachments(document)]
    damaged = [problem for problem, _size in checks if problem]
    if damaged:
        listed = "\n".join(f"  {p.path} : {p.message}" for p in damaged)
        raise DamagedFolder(f"Export refusé, des fichiers du dossier sont absents ou modifiés :\n{listed}\n"
                          "Lancez « docpipe verify » et restaurez-les depuis la sauvegarde.")


def refuse_destination(home: Home, out: Path, overwrite: bool) -> None:
    target = Path(os.path.abspath(out))
    for private in (home.archive, home.review, home.state):
        if target.is_relative_to(private):
            raise ExportError(f"Destination refusée : {out} est dans un dossier géré par docpipe.")
    if not target.parent.is_dir():
        raise ExportError(f"Dossier de destination introuvable : {target.parent}")
    if target.exists() and not overwrite:
        raise ExportError(f"{out} existe déjà (ajoutez --force pour le remplacer).")


def write_zip(home: Home, out: Path, patient: Patient, entries: list[ExportEntry]) -> None:
    target = Path(os.path.abspath(out))
    with durable_file(target, make_private_dir=False) as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("index.csv", index_csv(entries))
            archive.writestr("index.html", index_html(patient, entries, datetime.now()))
            for entry in entries:
                archive.write(home.root / entry.document.stored_path, entry.name_in_zip)
                if entry.pdf:
                    archive.write(home.root / entry.pdf[1], entry.pdf[0])


def export_patient(home: Home, store: Store, ipp: str, out: Path, *, actor: str | None = None,
                   overwrite: bool = False) -> dict:
    patient = store.patient(ipp)
    if patient is None:
        raise ExportError(f"Patient IPP {ipp} absent du registre.")
    refuse_destination(home, out, overwrite)
    documents = exported_documents(store, ipp)
    check_intact(home, documents)
    entries = [export_entry(document) for document in documents]
    write_zip(home, out, patient, entries)
    audit.record(store, "exported", actor=actor, patient_ipp=ipp,
                 details={"documents": [document.id for document in documents], "file": Path(out).name})
    return {"patient": ipp, "documents": len(entries), "out": str(Path(os.path.abspath(out)))}
