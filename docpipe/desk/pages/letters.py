"""Courriers (médecin) : choose a patient and a template, paste or upload the dictation, fill the fields,
see the rendered letter, validate it. Drafts are listed and can be discarded. All the work is in
docpipe/letters.py, as for `docpipe letter`."""
from __future__ import annotations

import secrets
from pathlib import Path

from flask import Blueprint, abort, g, redirect, render_template, request, send_file, url_for

from ... import letters, office
from ...errors import DocpipeError
from ...models import Origin
from .. import present, previews
from ..security import requires

bp = Blueprint("letters", __name__)
UPLOAD_SUFFIXES = {".txt", ".docx"}
FIELD_PREFIX = "champ_"


def template_infos() -> list:
    return [info for info in letters.describe_templates(g.home) if not info.problem]


def chosen_info(name: str | None):
    infos = template_infos()
    return next((i for i in infos if i.template.name == name), infos[0] if infos else None)


def letter_lists() -> tuple[list, list]:
    rows = [present.document_view(d) for d in letters.list_letters(g.store)]
    drafts = [d for d in rows if d.letter_status == "draft"]
    validated = sorted((d for d in rows if d.letter_status == "validated"), key=lambda d: d.received_at,
                       reverse=True)[:20]
    return drafts, validated


def form_page(status: int = 200, **extra):
    template_name = request.values.get("modele")
    drafts, validated = letter_lists()
    patients = {p.ipp: p for p in g.store.patients()}
    return render_template("letters.html", infos=template_infos(), info=chosen_info(template_name),
                           drafts=drafts, validated=validated, patients=patients, form=request.form,
                           ipp=request.values.get("ipp", ""), **extra), status


@bp.route("/courriers")
@requires("letters")
def page():
    return form_page()


@bp.route("/courriers/champs")
@requires("letters")
def fields():
    return render_template("_letter_fields.html", info=chosen_info(request.args.get("modele")), form={})


@bp.route("/courriers/patients")
@requires("letters")
def find_patient():
    query = request.args.get("q", "")
    found = g.store.search_patients(query)[:10] if query.strip() else []
    return render_template("_letter_patients.html", found=found)


def pdf_preview() -> bool:
    """With LibreOffice, the letter's PDF is made with the draft and shown page by page; else its text."""
    return office.find_soffice() is not None


def dictation_file() -> Path | None:
    """The pasted or uploaded dictation as a private scratch file for letters.py (removed afterwards)."""
    upload = request.files.get("dictee_fichier")
    pasted = request.form.get("dictee", "").strip()
    if upload and upload.filename:
        suffix = Path(upload.filename).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise letters.LetterError("Dictée : fichier .txt ou .docx attendu.")
        data = upload.read()
    elif pasted:
        suffix, data = ".txt", pasted.encode("utf-8")
    else:
        return None
    g.home.scratch.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = g.home.scratch / f"dictee-{secrets.token_hex(8)}{suffix}"
    path.write_bytes(data)
    path.chmod(0o600)
    return path


@bp.route("/courriers", methods=["POST"])
@requires("letters")
def draft():
    values = {key[len(FIELD_PREFIX):]: value.strip() for key, value in request.form.items()
              if key.startswith(FIELD_PREFIX) and value.strip()}
    dictation = None
    try:
        dictation = dictation_file()
        request_ = letters.LetterRequest(request.form.get("modele", ""), request.form.get("ipp", "").strip(),
                                         dictation, values, pdf_preview(), g.user.name)
        record = letters.create_letter(g.home, g.store, request_)
    except DocpipeError as exc:
        return form_page(400, error=exc.message_fr)
    finally:
        if dictation is not None:
            dictation.unlink(missing_ok=True)
    return redirect(url_for("letters.show", document_id=record["id"]))


def letter_document(document_id: int) -> present.DocView:
    document = g.store.document(document_id)
    if document is None or document.origin != Origin.LETTER:
        abort(404, f"Courrier n° {document_id} introuvable.")
    return present.document_view(document)


@bp.route("/courriers/<int:document_id>")
@requires("letters")
def show(document_id: int, status: int = 200, **extra):
    document = letter_document(document_id)
    patient = g.store.patient(document.patient_ipp) if document.patient_ipp else None
    pdf = document.evidence.get("pdf")
    images = 0
    if pdf:
        try:
            images = previews.page_count(g.home, previews.stored_file(g.home, pdf["path"]), pdf["sha256"])
        except (previews.NoPreview, OSError):
            images = 0
    return render_template("letter.html", doc=document, patient=patient, text=g.store.text(document_id),
                           images=images, **extra), status


@bp.route("/courriers/<int:document_id>/pages/<int:number>.png")
@requires("letters")
def pdf_page(document_id: int, number: int):
    pdf = letter_document(document_id).evidence.get("pdf")
    try:
        if not pdf:
            raise previews.NoPreview("pas de PDF")
        path = previews.stored_file(g.home, pdf["path"])
        image = previews.page_png(g.home, path, pdf["sha256"], number, g.home.load_settings().limits)
    except (previews.NoPreview, OSError):
        abort(404, "Pas d'aperçu pour cette page.")
    return send_file(image, mimetype="image/png", max_age=0)


@bp.route("/courriers/<int:document_id>/valider", methods=["POST"])
@requires("letters")
def validate(document_id: int):
    document = letter_document(document_id)
    try:
        letters.validate(g.home, g.store, document_id, g.user.name, pdf=bool(document.evidence.get("pdf")))
    except DocpipeError as exc:
        return show(document_id, 400, error=exc.message_fr)
    return redirect(url_for("letters.show", document_id=document_id))


@bp.route("/courriers/<int:document_id>/abandonner", methods=["POST"])
@requires("letters")
def discard(document_id: int):
    letter_document(document_id)
    try:
        letters.discard(g.home, g.store, document_id, g.user.name)
    except DocpipeError as exc:
        return show(document_id, 400, error=exc.message_fr)
    return redirect(url_for("letters.page"))
