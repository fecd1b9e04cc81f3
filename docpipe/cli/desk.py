"""`docpipe serve` (the desk) and `docpipe users …` (its accounts). Thin: the work is in docpipe/desk/ and
docpipe/accounts.py."""
from __future__ import annotations

import ipaddress
import sys
import threading
import click

from .. import accounts, audit
from .common import Context, Session, emit_json, output_options, person_line, run_safely

ROLES = [r.value for r in accounts.Role]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, port: int) -> str:
    where = "toutes les interfaces réseau de cette machine" if host in ("0.0.0.0", "::") else f"l'adresse {host}"
    return (f"Attention : le bureau écoute sur {where} (port {port}). Toute machine qui peut joindre cette adresse "
            "peut afficher la page de connexion, et le trafic (mots de passe, documents de patients) circule EN "
            "CLAIR sans HTTPS. Ne faites cela que derrière un proxy HTTPS du cabinet, avec --secure-cookies.")


def first_admin(obj: Context) -> None:
    with obj.store() as store:
        created = accounts.bootstrap_admin(store)
        if created:
            user, password = created
            audit.record(store, "desk_user_added", actor="docpipe", details={"name": user.name, "role": "admin"})
    if created:
        click.echo("Premier démarrage : compte administrateur créé.")
        click.echo(f"  identifiant : {user.name}")
        click.echo(f"  mot de passe : {password}")
        change = obj.command("users", "passwd", "admin")
        click.echo(f"  (affiché une seule fois : notez-le ; pour le changer : {change})")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Adresse d'écoute (par défaut la machine locale seulement).")
@click.option("--port", default=8470, show_default=True, type=click.IntRange(1, 65535))
@click.option("--secure-cookies", is_flag=True, help="Cookie de session « Secure » (derrière un proxy HTTPS).")
@click.option("--watch", "with_watch", is_flag=True,
              help="Surveiller aussi la boîte de dépôt (comme docpipe watch).")
@click.option("--idle-minutes", default=30, show_default=True, type=click.IntRange(1, 24 * 60),
              help="Déconnexion après cette durée d'inactivité.")
@click.pass_obj
def serve(obj: Context, host, port, secure_cookies, with_watch, idle_minutes):
    """Le bureau : pages web du secrétariat et du médecin (revue, patients, recherche, courriers, clôture)."""
    from werkzeug.serving import make_server

    from .. import desk

    obj.home.init()
    first_admin(obj)
    trusted = desk.LOOPBACK_NAMES if is_loopback(host) else None
    app = desk.create_app(obj.home, idle_s=idle_minutes * 60, secure_cookies=secure_cookies, trusted_hosts=trusted)
    if not is_loopback(host):
        click.echo(exposure_warning(host, port), err=True)
    server = make_server(host, port, app, threaded=True, request_handler=quiet_handler())
    shown_host = f"[{host}]" if ":" in host else host
    click.echo(f"Bureau docpipe : http://{shown_host}:{port}/  (Ctrl-C pour arrêter)")
    if not with_watch:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("Bureau arrêté.")
        return
    thread = threading.Thread(target=server.serve_forever, name="desk", daemon=True)
    thread.start()
    try:
        run_watcher(obj)
    finally:
        server.shutdown()


def quiet_handler():
    """Request lines without their query string: a search or a patient name typed in a form stays out of the
    console (and of whatever collects it)."""
    from werkzeug.serving import WSGIRequestHandler

    class QuietHandler(WSGIRequestHandler):
        def log_request(self, code="-", size="-"):
            path = self.path.split("?", 1)[0]
            self.log("info", '"%s %s" %s', self.command, path, code)

    return QuietHandler


def run_watcher(obj: Context) -> None:
    """The watcher in the main thread (it handles Ctrl-C and SIGTERM), the desk beside it."""
    from ..watch import Watcher

    session = Session()

    def on_outcome(outcome) -> None:
        session.record(outcome)
        click.echo(person_line(outcome.record, obj.verbose, obj.command))

    def action():
        watcher = Watcher(obj.home, obj.home.load_settings(), on_outcome=on_outcome,
                          on_notice=lambda text: click.echo(text, err=True))
        watcher.run()
        click.echo("Surveillance et bureau arrêtés. " + session.summary_fr(obj.command("log")), err=True)
    run_safely(action)


# --- users ---------------------------------------------------------------------------------------

@click.group("users")
def users_group():
    """Comptes du bureau (rôles : secretariat, medecin, admin)."""


@users_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--password-stdin", is_flag=True, help="Lire le mot de passe sur l'entrée standard (sinon : généré).")
@click.pass_obj
def users_add(obj: Context, name, role, password_stdin):
    """Créer le compte NAME ; le mot de passe généré est affiché une seule fois."""

    def action():
        given = sys.stdin.readline().rstrip("\n") if password_stdin else None
        with obj.store() as store:
            user, password = accounts.add_user(store, name, role, given)
            audit.record(store, "desk_user_added", details={"name": user.name, "role": user.role.value})
        click.echo(f"Compte « {user.name} » créé ({user.role.label_fr}).")
        if not given:
            click.echo(f"Mot de passe (affiché une seule fois) : {password}")
    run_safely(action)


@users_group.command("list")
@output_options
@click.pass_obj
def users_list(obj: Context, as_json):
    """Lister les comptes (jamais les mots de passe)."""
    with obj.store() as store:
        rows = accounts.users(store)
    for user in rows:
        if as_json:
            emit_json({"name": user.name, "role": user.role.value, "disabled": user.disabled,
                       "failed_logins": user.failed_total, "last_login_at": user.last_login_at})
        else:
            state = "désactivé" if user.disabled else "actif"
            click.echo(f"{user.name}\t{user.role.label_fr}\t{state}\téchecs de connexion : {user.failed_total}\t"
                       f"dernière connexion : {user.last_login_at or '—'}")
    if not rows and not as_json:
        click.echo("Aucun compte (le premier « docpipe serve » crée un administrateur).")


@users_group.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Lire le mot de passe sur l'entrée standard (sinon : généré).")
@click.pass_obj
def users_passwd(obj: Context, name, password_stdin):
    """Changer le mot de passe de NAME (ses sessions ouvertes sont fermées)."""

    def action():
        given = sys.stdin.readline().rstrip("\n") if password_stdin else None
        with obj.store() as store:
            password = accounts.set_password(store, name, given)
            audit.record(store, "desk_password_changed", details={"name": name})
        click.echo(f"Mot de passe de « {name} » changé.")
        if not given:
            click.echo(f"Nouveau mot de passe (affiché une seule fois) : {password}")
    run_safely(action)


@users_group.command("disable")
@click.argument("name")
@click.pass_obj
def users_disable(obj: Context, name):
    """Désactiver le compte NAME (ses sessions sont fermées ; l'historique est gardé)."""

    def action():
        with obj.store() as store:
            accounts.disable(store, name)
            audit.record(store, "desk_user_disabled", details={"name": name})
        click.echo(f"Compte « {name} » désactivé.")
    run_safely(action)


COMMANDS: list[click.Command] = [serve, users_group]
