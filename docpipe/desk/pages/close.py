"""Clôture : run the day close (inbox processed, report written, the day's archive verified), read its
report, see the result of the verification. The work is daybatch.close_day, as for `docpipe day close`."""
from __future__ import annotations

from datetime import date, datetime

from flask import Blueprint, g, render_template, request

from ... import daybatch, verify
from ...errors import DocpipeError
from .. import present

bp = Blueprint("close", __name__)


def chosen_day() -> date:
    typed = request.values.get("jour", "").strip()
    return (present.typed_date(typed) if typed else None) or date.today()


@bp.route("/cloture")
def page():
    day = chosen_day()
    preview = daybatch.gather(g.store, day, datetime.now().astimezone())
    return render_template("close.html", day=day, closed=preview, ran=False,
                           report_exists=(g.home.reports / day.isoformat()).is_dir())


@bp.route("/cloture", methods=["POST"])
def run():
    day = chosen_day()
    try:
        closed = daybatch.close_day(g.home, g.home.load_settings(), g.store, day, actor=g.user.name)
    except DocpipeError as exc:
        preview = daybatch.gather(g.store, day, datetime.now().astimezone())
        return render_template("close.html", day=day, closed=preview, ran=False, error=exc.message_fr), 500
    report = g.home.relative(closed.report_path) if closed.report_path else None
    return render_template("close.html", day=day, closed=closed, ran=True, report=report)


@bp.route("/cloture/verifier", methods=["POST"])
def verify_all():
    result = verify.verify_home(g.home, g.store)
    return render_template("_verification.html", result=result)
