"""Security as one layer, applied to every route: login, roles, CSRF, headers.

A route is private unless listed in PUBLIC_ENDPOINTS; it needs the `work` permission unless it says
otherwise with `@requires("letters")` and so on. Every state-changing request carries the session's CSRF
token (form field `csrf` or header `X-CSRF-Token`), checked here before any route runs.
"""
from __future__ import annotations

import secrets
from functools import wraps
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, g, redirect, request, url_for

from .. import accounts
from ..store import Store

SESSION_COOKIE = "docpipe_session"
LOGIN_COOKIE = "docpipe_login"  # CSRF of the login form itself (no session yet)
PUBLIC_ENDPOINTS = {"auth.login", "static"}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def requires(permission: str):
    """Mark a view with the permission it needs (see accounts.PERMISSIONS); checked in `guard`."""
    def mark(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            return view(*args, **kwargs)
        wrapper.permission = permission
        return wrapper
    return mark


def install(app: Flask) -> None:
    app.before_request(open_store)
    app.before_request(guard)
    app.after_request(headers)
    app.teardown_request(close_store)


def open_store() -> None:
    g.home = current_app.config["DOCPIPE_HOME"]
    if request.endpoint != "static" and request.routing_exception is None:  # static files: no database
        g.store = Store(g.home.database)


def close_store(_exc) -> None:
    store = g.pop("store", None)
    if store is not None:
        store.close()


def guard():
    if request.endpoint == "static" or request.routing_exception is not None:
        return None  # a package file, or no such page (answered 404, 405 or 400 with no data)
    g.session = accounts.session_of(g.store, request.cookies.get(SESSION_COOKIE),
                                    idle_s=current_app.config["DESK_IDLE_S"])
    g.user = g.session.user if g.session else None
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if g.user is None:
        return refuse_anonymous()
    if request.method not in SAFE_METHODS:
        submitted = request.headers.get("X-CSRF-Token") or request.form.get("csrf")
        if not accounts.csrf_matches(g.session, submitted):
            abort(403, "Jeton de sécurité (CSRF) absent ou invalide : rechargez la page.")
    view = current_app.view_functions.get(request.endpoint)
    permission = getattr(view, "permission", "work")
    if not g.user.may(permission):
        abort(403, "Votre rôle ne permet pas cette action.")
    return None


def refuse_anonymous():
    """A page asked by the browser goes to the login page; anything else is refused outright."""
    if request.method == "GET" and not request.headers.get("HX-Request"):
        return redirect(url_for("auth.login", suite=request.full_path.rstrip("?")))
    response = redirect(url_for("auth.login"))
    response.status_code = 401
    response.headers["HX-Redirect"] = url_for("auth.login")
    return response


def safe_next(target: str | None) -> str:
    """Only a path of this site after login (never `//other.host` or `https://…`)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return url_for("today.page")
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else url_for("today.page")


def headers(response):
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
    return response


def cookie_is_secure() -> bool:
    return bool(current_app.config["DESK_SECURE"] or request.is_secure)


def set_session_cookie(response, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="Strict", secure=cookie_is_secure(), path="/")


def clear_session_cookie(response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="Strict", secure=cookie_is_secure())


def login_form_token(response_token: str | None = None) -> str:
    return response_token or request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)


def set_login_cookie(response, token: str) -> None:
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="Strict", secure=cookie_is_secure(),
                        path="/connexion", max_age=3600)
