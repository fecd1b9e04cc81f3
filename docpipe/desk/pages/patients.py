"""Patients : search the registry; a patient's page lists their documents by date and type."""
from __future__ import annotations

from flask import Blueprint, abort, g, render_template, request

from ... import audit
from .. import present

bp = Blueprint("patients", __name__)
MAX_FOUND = 100


@bp.route("/patients")
def search():
    query = request.args.get("q", "")
    found = g.store.search_patients(query)[:MAX_FOUND] if query.strip() else []
    return render_template("patients.html", query=query, found=found)


@bp.route("/patients/<ipp>")
def show(ipp: str):
    patient = g.store.patient(ipp)
    if patient is None:
        abort(404, "Patient absent du registre.")
    audit.record(g.store, "desk_patient_viewed", actor=g.user.name, patient_ipp=ipp)
    documents = sorted((present.document_view(d) for d in g.store.patient_documents(ipp)),
                       key=lambda d: d.received_at, reverse=True)
    return render_template("patient.html", patient=patient, documents=documents)
