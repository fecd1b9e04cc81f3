"""Comptes (administrateur) : the desk's accounts — list, add (password shown once), new password, disable.
The same functions as `docpipe users …` (docpipe/accounts.py), audited under the administrator's name."""
from __future__ import annotations

from flask import Blueprint, g, render_template, request

from ... import accounts, audit
from ..security import requires

bp = Blueprint("accounts", __name__)


def page_with(status: int = 200, **extra):
    return render_template("accounts.html", users=accounts.users(g.store), roles=list(accounts.Role),
                           **extra), status


@bp.route("/comptes")
@requires("accounts")
def page():
    return page_with()


@bp.route("/comptes", methods=["POST"])
@requires("accounts")
def add():
    name, role = request.form.get("nom", "").strip(), request.form.get("role", "")
    try:
        user, password = accounts.add_user(g.store, name, role)
    except (accounts.AccountError, ValueError) as exc:
        message = exc.message_fr if isinstance(exc, accounts.AccountError) else "Rôle inconnu."
        return page_with(400, error=message)
    audit.record(g.store, "desk_user_added", actor=g.user.name, details={"name": user.name, "role": user.role.value})
    return page_with(new_password=(user.name, password))


@bp.route("/comptes/<name>/mot-de-passe", methods=["POST"])
@requires("accounts")
def new_password(name: str):
    try:
        password = accounts.set_password(g.store, name)
    except accounts.AccountError as exc:
        return page_with(400, error=exc.message_fr)
    audit.record(g.store, "desk_password_changed", actor=g.user.name, details={"name": name})
    return page_with(new_password=(name, password))


@bp.route("/comptes/<name>/desactiver", methods=["POST"])
@requires("accounts")
def disable(name: str):
    if name.casefold() == g.user.name.casefold():
        return page_with(400, error="Vous ne pouvez pas désactiver votre propre compte.")
    try:
        accounts.disable(g.store, name)
    except accounts.AccountError as exc:
        return page_with(400, error=exc.message_fr)
    audit.record(g.store, "desk_user_disabled", actor=g.user.name, details={"name": name})
    return page_with(done=f"Compte « {name} » désactivé ; ses sessions sont fermées.")
