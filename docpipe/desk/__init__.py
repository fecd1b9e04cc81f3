"""The desk: server-rendered pages over the same library the CLI uses (Flask, Jinja2, htmx vendored).

One route module per page (docpipe/desk/pages/), security as one layer (security.py), plain values for the
templates (present.py), page images cached (previews.py).
"""
from __future__ import annotations

import sqlite3

from flask import Flask, render_template, request

from .. import accounts
from ..config import Home
from ..store import Store
from . import present, security

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470
MAX_UPLOAD_MB = 20


LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]


def create_app(home: Home, *, idle_s: float = accounts.DEFAULT_IDLE_S, secure_cookies: bool = False,
               trusted_hosts: list[str] | None = LOOPBACK_NAMES) -> Flask:
    """`trusted_hosts`: the names the browser may use for the desk (a page of another site whose name was made
    to point at 127.0.0.1 is refused: DNS rebinding); None accepts any (a desk on the network, behind a proxy)."""
    from .pages import ALL_PAGES
    app = Flask(__name__)
    app.config.update(DOCPIPE_HOME=home, DESK_IDLE_S=idle_s, DESK_SECURE=secure_cookies,
                      MAX_CONTENT_LENGTH=MAX_UPLOAD_MB * 1024 * 1024, TEMPLATES_AUTO_RELOAD=False,
                      TRUSTED_HOSTS=trusted_hosts)
    app.jinja_env.autoescape = True
    home.init()
    store = Store(home.database)
    try:
        accounts.ensure_schema(store)
    finally:
        store.close()
    # Held open for the application's life: a request closing its own connection is then never the last one,
    # so SQLite does not checkpoint the write-ahead log on every page (about 10 ms each time).
    app.extensions["docpipe_wal_anchor"] = sqlite3.connect(str(home.database), check_same_thread=False)
    present.register_filters(app)
    security.install(app)
    for blueprint in ALL_PAGES:
        app.register_blueprint(blueprint)
    app.context_processor(layout_values)
    for code in (400, 403, 404, 405, 413, 500):
        app.register_error_handler(code, error_page)
    return app


def layout_values() -> dict:
    from flask import g
    user = g.get("user")
    return {"user": user, "csrf_token": g.session.csrf_token if g.get("session") else ""}


ERROR_TITLES = {400: "Requête invalide", 403: "Accès refusé", 404: "Introuvable", 405: "Méthode non permise",
                413: "Fichier trop volumineux", 500: "Erreur interne"}


def error_page(error):
    code = getattr(error, "code", 500) or 500
    description = getattr(error, "description", "") if code != 500 else ""
    if code == 404 and (not description or description.startswith("The requested URL")):
        description = "Cette page ou ce document n'existe pas."
    if code == 405:
        description = ""
    title = ERROR_TITLES.get(code, "Erreur")
    if request.routing_exception is not None and code == 400:  # a host name not trusted: no page to link
        return f"{title}.", code, {"Content-Type": "text/plain; charset=utf-8"}
    return render_template("error.html", code=code, title=title, message=description), code
