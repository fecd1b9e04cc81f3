"""Recherche : full text with snippets and the filters the CLI has (patient, type, since)."""
from __future__ import annotations

from flask import Blueprint, g, render_template, request

from ... import search as library
from ...models import DocType
from .. import present

bp = Blueprint("search", __name__)


@bp.route("/recherche")
def page():
    query = request.args.get("q", "")
    doc_type = request.args.get("type") or None
    patient_ipp = request.args.get("patient", "").strip() or None
    since_text = request.args.get("depuis", "").strip()
    since = present.typed_date(since_text) if since_text else None
    found, error = None, None
    if doc_type not in {t.value for t in DocType}:
        doc_type = None
    if query.strip():
        try:
            found = library.search(g.store, query, patient_ipp=patient_ipp, doc_type=doc_type, since=since,
                                   limit=50)
        except library.SearchError as exc:
            error = exc.message_fr
    if since_text and since is None:
        error = "Date « depuis » invalide (JJ/MM/AAAA)."
    hits = []
    for hit in found.hits if found else []:
        parts = hit.snippet.replace(library.CLOSE_MARK, library.OPEN_MARK).split(library.OPEN_MARK)
        hits.append({"hit": hit, "parts": [(text, index % 2 == 1) for index, text in enumerate(parts)],
                     "patient": g.store.patient(hit.patient_ipp) if hit.patient_ipp else None})
    return render_template("search.html", query=query, doc_type=doc_type, patient_ipp=patient_ipp or "",
                           since=since_text, hits=hits, error=error, doc_types=list(DocType),
                           narrowed=found.narrowed if found else False, narrowed_fr=library.NARROWED_FR)
