"""Aujourd'hui : the day's counts, what the watcher is doing and the day's abnormal lab results by patient,
refreshed live (htmx polling)."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime

from flask import Blueprint, g, render_template

from ... import labreport, letters, review
from ...intake import inbox_entries

bp = Blueprint("today", __name__)
RECENT_EVENTS = 12


def activity() -> dict:
    """Polled every few seconds: only counts and the last journal lines (the day close gathers the rest)."""
    today = date.today()
    journal = g.store.journal_of_day(today)
    outcomes = Counter(row["status"] for row in journal)
    events = []
    for row in journal[-RECENT_EVENTS:][::-1]:
        record = json.loads(row["record"])
        events.append({"at": row["at"], "document_id": row["document_id"], "status": row["status"],
                       "record": record,
                       "patient": g.store.patient(record["patient"]) if record.get("patient") else None})
    claims = g.home.state / "claims"
    reading = sum(1 for _ in claims.glob("sha-*.lock")) if claims.is_dir() else 0
    return {"today": today, "filed": outcomes["filed"], "review_today": outcomes["review"],
            "pending": review.count_pending(g.store), "duplicates": outcomes["duplicate"],
            "drafts": len(letters.list_letters(g.store, drafts_only=True)), "waiting": len(inbox_entries(g.home)),
            "reading": reading, "events": events, "refreshed": datetime.now().astimezone(),
            "lab_groups": labreport.abnormal_by_patient(g.store, today)}


@bp.route("/")
def page():
    return render_template("today.html", **activity())


@bp.route("/aujourdhui/activite")
def live():
    return render_template("_activity.html", **activity())
