"""Aujourd'hui : the day's counts and what the watcher is doing, refreshed live (htmx polling)."""
from __future__ import annotations

import json
from datetime import date, datetime

from flask import Blueprint, g, render_template

from ... import daybatch
from ...intake import inbox_entries

bp = Blueprint("today", __name__)
RECENT_EVENTS = 12


def activity() -> dict:
    today = date.today()
    closed = daybatch.gather(g.store, today, datetime.now().astimezone())
    patients = {p.ipp: p for p in g.store.patients()}
    events = [{"at": row["at"], "document_id": row["document_id"], "status": row["status"],
               "record": json.loads(row["record"]),
               "patient": patients.get(json.loads(row["record"]).get("patient") or "")}
              for row in g.store.journal_of_day(today)[-RECENT_EVENTS:]][::-1]
    claims = g.home.state / "claims"
    reading = sum(1 for p in claims.glob("sha-*.lock")) if claims.is_dir() else 0
    return {"today": today, "filed": len(closed.filed), "review_today": len(closed.review),
            "duplicates": len(closed.duplicates), "drafts": len(closed.drafts), "errors": len(closed.errors),
            "waiting": len(inbox_entries(g.home)), "reading": reading, "events": events,
            "refreshed": datetime.now().astimezone()}


@bp.route("/")
def page():
    return render_template("today.html", **activity())


@bp.route("/aujourdhui/activite")
def live():
    return render_template("_activity.html", **activity())
