"""Connexion / déconnexion."""
from __future__ import annotations

import hmac

from flask import Blueprint, abort, current_app, g, make_response, redirect, render_template, request, url_for

from ... import accounts, audit
from .. import security

bp = Blueprint("auth", __name__)


@bp.route("/connexion", methods=["GET", "POST"])
def login():
    token = security.login_form_token()
    error, status = None, 200
    if request.method == "POST":
        if not hmac.compare_digest(request.cookies.get(security.LOGIN_COOKIE, ""), request.form.get("csrf", "-")):
            abort(403, "Jeton de sécurité (CSRF) absent ou invalide : rechargez la page de connexion.")
        name = request.form.get("identifiant", "").strip()
        try:
            user = accounts.authenticate(g.store, name, request.form.get("mot_de_passe", ""))
        except accounts.LoginRefused as refused:
            error, status = refused.message_fr, 429 if refused.wait_s else 401
            audit.record(g.store, "desk_login_failed", actor=name[:40] or "?", details={"wait_s": refused.wait_s})
        else:
            session_token, _csrf = accounts.open_session(g.store, user, idle_s=current_app.config["DESK_IDLE_S"])
            audit.record(g.store, "desk_login", actor=user.name)
            response = redirect(security.safe_next(request.args.get("suite")))
            security.set_session_cookie(response, session_token)
            response.delete_cookie(security.LOGIN_COOKIE, path="/connexion")
            return response
    response = make_response(render_template("login.html", login_csrf=token, error=error,
                                             suite=request.args.get("suite", "")), status)
    security.set_login_cookie(response, token)
    return response


@bp.route("/deconnexion", methods=["POST"])
def logout():
    accounts.close_session(g.store, request.cookies.get(security.SESSION_COOKIE))
    audit.record(g.store, "desk_logout", actor=g.user.name)
    response = redirect(url_for("auth.login"))
    security.clear_session_cookie(response)
    return response
