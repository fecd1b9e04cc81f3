"""À revoir : the queue (oldest first, paginated) and one item with its pages, traits and candidates.

Every decision calls the review API with the logged-in person's name; refusals come back as the library's
typed errors and are shown on the item (contradictions trait by trait, homonyms named for confirmation).
"""
from __future__ import annotations

from flask import Blueprint, abort, g, redirect, render_template, request, url_for

from ... import audit, review
from ...models import DocType, Patient, Status
from ...registry import normalise_ins
from .. import present, previews

bp = Blueprint("review", __name__)
PAGE_SIZE = 50
MAX_FOUND = 30


@bp.route("/revue")
def queue():
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    total = review.count_pending(g.store)
    pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    page = min(page, pages)
    offset = (page - 1) * PAGE_SIZE
    documents = [present.document_view(d) for d in review.pending(g.store, limit=PAGE_SIZE, offset=offset)]
    return render_template("review_queue.html", documents=documents, total=total, page=page, pages=pages,
                           offset=offset, done=done_message())


def pending_document(document_id: int):
    try:
        document = review.item(g.store, document_id)
    except review.ReviewError:
        abort(404, f"Document n° {document_id} introuvable dans la revue.")
    return document


def page_count(document: present.DocView) -> int:
    try:
        return previews.page_count(g.home, previews.stored_file(g.home, document.stored_path), document.sha256)
    except (previews.NoPreview, OSError):
        return 0


def render_item(document_id: int, status: int = 200, **extra):
    document = pending_document(document_id)
    if document.status != Status.REVIEW and status == 200:
        return redirect(url_for("documents.show", document_id=document_id))
    view = present.document_view(document)
    comparison = review.comparison(g.store, document)
    images = page_count(view)
    return render_template("review_item.html", doc=view, comparison=comparison, traits=review.TRAITS,
                           text="" if images else g.store.text(document_id),
                           position=request.args.get("rang", 0, type=int) or 0,
                           images=images, doc_types=list(DocType), done=done_message(),
                           may_force=g.user.may("force"), **extra), status


@bp.route("/revue/<int:document_id>")
def show(document_id: int):
    response = render_item(document_id)
    if isinstance(response, tuple):  # shown, not redirected to the document's own page
        audit.record(g.store, "desk_document_viewed", actor=g.user.name, document_id=document_id)
    return response


@bp.route("/revue/<int:document_id>/suivant")
def next_item(document_id: int):
    """The item after this one. `rang` is its place in the queue when it was opened (the queue only grows at
    its end and loses decided items, so the next one is at that place or just after it)."""
    position = max(request.args.get("rang", 0, type=int) or 0, 0)
    around = review.pending(g.store, limit=2, offset=position)
    following = [d for d in around if d.id != document_id][:1]
    if following:
        place = position + (around[0].id == document_id)
        return redirect(url_for("review.show", document_id=following[0].id, rang=place))
    return go_on()


def go_on(done: dict | None = None):
    """To the oldest waiting item, or back to the queue when it is empty."""
    following = review.pending(g.store, limit=1)
    if following:
        return redirect(url_for("review.show", document_id=following[0].id, rang=0, **(done or {})))
    return redirect(url_for("review.queue", **(done or {})))


def after_decision(action: str, document_id: int):
    """The confirmation travels as a code and a number, never a name (URLs end up in logs and history)."""
    return go_on({"fait": action, "doc": document_id})


DONE_FR = {"classe": "Document n° {id} classé chez {patient}.", "rejete": "Document n° {id} rejeté (conservé).",
           "scinde": "Document n° {id} scindé : chaque partie a été décidée à son tour.",
           "type": "Type du document n° {id} corrigé : {type}.",
           "nouveau": "Patient {patient} créé, document n° {id} classé."}


def done_message() -> str | None:
    """The confirmation of the last decision, rebuilt from the store."""
    template = DONE_FR.get(request.args.get("fait", ""))
    document_id = request.args.get("doc", type=int)
    document = g.store.document(document_id) if template and document_id else None
    if document is None:
        return None
    patient = g.store.patient(document.patient_ipp) if document.patient_ipp else None
    return template.format(id=document.id, type=document.doc_type.label_fr,
                           patient=f"{present.patient_name(patient)} (IPP {patient.ipp})" if patient else "—")


@bp.route("/revue/<int:document_id>/patients")
def find(document_id: int):
    query = request.args.get("q", "")
    found = g.store.search_patients(query)[:MAX_FOUND] if query.strip() else []
    return render_template("_patient_choices.html", found=found, query=query, document_id=document_id)


@bp.route("/revue/<int:document_id>/classer", methods=["POST"])
def assign(document_id: int):
    ipp = request.form.get("ipp", "").strip()
    patient = g.store.patient(ipp)
    if patient is None:
        return render_item(document_id, 400, error=f"Patient IPP « {ipp} » absent du registre.")
    force_reason = request.form.get("motif_force", "").strip() or None
    if force_reason and not g.user.may("force"):
        abort(403, "Seul un médecin ou un administrateur peut passer outre une contradiction.")
    confirm_ipp = request.form.get("confirmer", "").strip() or None
    try:
        review.assign(g.home, g.store, document_id, ipp, g.user.name, confirm_ipp=confirm_ipp,
                      force_reason=force_reason)
    except review.AmbiguousAssignment as exc:
        return render_item(document_id, 409, chosen=patient, ambiguous=list(exc.others))
    except review.ContradictedAssignment as exc:
        forced_without_reason = "forcer" in request.form and not force_reason
        return render_item(document_id, 409, chosen=patient, problems=list(exc.problems),
                           confirm_ipp=confirm_ipp, reason_missing=forced_without_reason)
    except review.ReviewError as exc:
        return render_item(document_id, 400, error=exc.message_fr)
    return after_decision("classe", document_id)


@bp.route("/revue/<int:document_id>/rejeter", methods=["POST"])
def reject(document_id: int):
    reason = request.form.get("motif", "").strip()
    if not reason:
        return render_item(document_id, 400, error="Indiquez le motif du rejet.")
    try:
        review.reject(g.home, g.store, document_id, g.user.name, reason)
    except review.ReviewError as exc:
        return render_item(document_id, 400, error=exc.message_fr)
    return after_decision("rejete", document_id)


@bp.route("/revue/<int:document_id>/type", methods=["POST"])
def retype(document_id: int):
    try:
        doc_type = DocType(request.form.get("type", ""))
    except ValueError:
        return render_item(document_id, 400, error="Type de document inconnu.")
    try:
        review.retype(g.home, g.store, document_id, doc_type, g.user.name)
    except review.ReviewError as exc:
        return render_item(document_id, 400, error=exc.message_fr)
    return redirect(url_for("review.show", document_id=document_id,
                            fait="type", doc=document_id))


@bp.route("/revue/<int:document_id>/scinder", methods=["POST"])
def split(document_id: int):
    try:
        ranges = review.parse_page_ranges(request.form.get("plages", ""))
        review.split(g.home, g.store, document_id, ranges, g.user.name)
    except review.ReviewError as exc:
        return render_item(document_id, 400, error=exc.message_fr)
    return after_decision("scinde", document_id)


def patient_from_form(form) -> Patient:
    """ValueError with a French message when a field is missing or wrong."""
    born = present.typed_date(form.get("birth_date", ""))
    if born is None:
        raise ValueError("Date de naissance invalide (JJ/MM/AAAA).")
    values = {k: form.get(k, "").strip() for k in ("ipp", "birth_name", "used_name", "first_names", "sex")}
    if not values["ipp"] or not values["birth_name"] or not values["first_names"]:
        raise ValueError("IPP, nom de naissance et prénom(s) sont obligatoires.")
    if values["sex"] not in ("M", "F"):
        raise ValueError("Sexe : M ou F.")
    return Patient(ipp=values["ipp"], birth_name=values["birth_name"], used_name=values["used_name"],
                   first_names=values["first_names"], birth_date=born, sex=values["sex"],
                   ins=normalise_ins(form.get("ins", "")))


@bp.route("/revue/<int:document_id>/nouveau-patient", methods=["POST"])
def new_patient(document_id: int):
    pending_document(document_id)
    try:
        patient = patient_from_form(request.form)
        if g.store.patient(patient.ipp) is not None:
            raise ValueError(f"L'IPP {patient.ipp} existe déjà dans le registre.")
        created = review.create_patient(g.store, patient, g.user.name)
        review.assign(g.home, g.store, document_id, created.ipp, g.user.name)
    except ValueError as exc:
        return render_item(document_id, 400, error=str(exc), new_patient=request.form)
    except review.AmbiguousAssignment as exc:
        return render_item(document_id, 409, chosen=patient, ambiguous=list(exc.others))
    except review.ContradictedAssignment as exc:
        return render_item(document_id, 409, chosen=patient, problems=list(exc.problems))
    except review.ReviewError as exc:
        return render_item(document_id, 400, error=exc.message_fr, new_patient=request.form)
    return after_decision("nouveau", document_id)
