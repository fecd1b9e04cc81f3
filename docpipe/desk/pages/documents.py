"""A document, served only through the application, by its id, to a logged-in person: its page, its page
images and its original file. No path ever comes from the URL."""
from __future__ import annotations

from flask import Blueprint, abort, g, render_template, send_file

from ... import audit
from ...models import State
from .. import present, previews

bp = Blueprint("documents", __name__)
DOWNLOAD_TYPES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument."
                  "wordprocessingml.document", "txt": "text/plain; charset=utf-8"}


def stored_document(document_id: int) -> present.DocView:
    document = g.store.document(document_id)
    if document is None or document.state != State.DONE or not document.stored_path:
        abort(404, f"Document n° {document_id} introuvable.")
    return present.document_view(document)


def file_of(document: present.DocView):
    try:
        path = previews.stored_file(g.home, document.stored_path)
    except previews.NoPreview:
        abort(404, "Fichier du document hors de l'archive : refusé.")
    if not path.is_file():
        abort(404, f"Fichier du document n° {document.id} absent de l'archive (lancez la vérification).")
    return path


def page_count(document: present.DocView) -> int:
    """Pages that can be shown as images (0: a Word or text file, or one that does not render)."""
    try:
        return previews.page_count(g.home, file_of(document), document.sha256)
    except previews.NoPreview:
        return 0


def traced_view(document: present.DocView) -> None:
    """Who read which document is traced, as every access to a medical record must be (page images, fetched
    by the page just traced, are not traced one by one)."""
    audit.record(g.store, "desk_document_viewed", actor=g.user.name, document_id=document.id,
                 patient_ipp=document.patient_ipp)


@bp.route("/documents/<int:document_id>")
def show(document_id: int):
    document = stored_document(document_id)
    patient = g.store.patient(document.patient_ipp) if document.patient_ipp else None
    traced_view(document)
    count = page_count(document)
    text = g.store.text(document_id) if count == 0 else ""
    return render_template("document.html", doc=document, patient=patient, images=count, text=text)


@bp.route("/documents/<int:document_id>/apercu")
def preview(document_id: int):
    """The pages of a document as a fragment (the patient page shows it beside the list)."""
    document = stored_document(document_id)
    traced_view(document)
    count = page_count(document)
    return render_template("_preview.html", doc=document, images=count,
                           text=g.store.text(document_id) if count == 0 else "")


@bp.route("/documents/<int:document_id>/pages/<int:number>.png")
def page_image(document_id: int, number: int):
    document = stored_document(document_id)
    path = file_of(document)
    try:
        image = previews.page_png(g.home, path, document.sha256, number, g.home.load_settings().limits)
    except previews.NoPreview:
        abort(404, "Pas d'aperçu pour cette page.")
    response = send_file(image, mimetype="image/png", max_age=0)
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response


@bp.route("/documents/<int:document_id>/original")
def original(document_id: int):
    document = stored_document(document_id)
    path = file_of(document)
    suffix = path.suffix.lower().lstrip(".")
    download_name = f"document-{document_id}.{suffix or 'bin'}"
    audit.record(g.store, "desk_downloaded", actor=g.user.name, document_id=document_id,
                 patient_ipp=document.patient_ipp)
    return send_file(path, mimetype=DOWNLOAD_TYPES.get(suffix, "application/octet-stream"), as_attachment=True,
                     download_name=download_name, max_age=0)
