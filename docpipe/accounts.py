"""People who use the desk: accounts with a role, passwords (argon2id), sessions that expire when idle.

Its own tables in the home's SQLite file; all its SQL is here. A session token is given to the browser once
and only its SHA-256 is stored, so a copy of the database opens no session. Failed logins are counted per
account and slow the next attempts down (the wait doubles from the third failure, up to a few minutes).
"""
from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .errors import DocpipeError
from .store import Store, now_iso

SCHEMA = """
CREATE TABLE IF NOT EXISTS desk_users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('secretariat', 'medecin', 'admin')),
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,   -- since the last success
    failed_total INTEGER NOT NULL DEFAULT 0,    -- ever (shown by `users list`)
    last_failed_at REAL,                         -- epoch seconds
    last_login_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_sessions (
    token_sha256 TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES desk_users(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at REAL NOT NULL,
    last_seen REAL NOT NULL
);
"""

NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,39}")
MIN_PASSWORD = 10
FREE_FAILURES = 2  # the first failures cost nothing: typos happen
MAX_WAIT_S = 300
DEFAULT_IDLE_S = 30 * 60
TOUCH_EVERY_S = 20  # the last activity is written at most this often (one write per page would cost more)
HASHER = PasswordHasher()  # argon2id, 64 MiB, 3 passes (the library's defaults follow RFC 9106)
# Checked when the name is unknown, so that an unknown name takes as long as a wrong password.
DUMMY_HASH = HASHER.hash(secrets.token_urlsafe(16))


class Role(str, enum.Enum):
    SECRETARIAT = "secretariat"
    MEDECIN = "medecin"
    ADMIN = "admin"

    @property
    def label_fr(self) -> str:
        return {"secretariat": "secrétariat", "medecin": "médecin", "admin": "administrateur"}[self.value]


class AccountError(DocpipeError):
    exit_code = 1


class LoginRefused(DocpipeError):
    """Wrong name or password, disabled account, or too many attempts (then `wait_s` > 0)."""

    exit_code = 1

    def __init__(self, message_fr: str, wait_s: int = 0):
        super().__init__(message_fr)
        self.wait_s = wait_s


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    disabled: bool
    failed_total: int
    last_login_at: str | None
    created_at: str

    def may(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]


# Who may do what (the desk checks these, the library does not know about people).
PERMISSIONS = {
    "work": {Role.SECRETARIAT, Role.MEDECIN, Role.ADMIN},  # review, patients, search, day close
    "force": {Role.MEDECIN, Role.ADMIN},                    # file against a contradiction, with a reason
    "letters": {Role.MEDECIN},
    "accounts": {Role.ADMIN},
}


@dataclass(frozen=True)
class Session:
    user: User
    csrf_token: str


def ensure_schema(store: Store) -> None:
    store.db.executescript(SCHEMA)


def user_from_row(row) -> User:
    return User(row["id"], row["name"], Role(row["role"]), bool(row["disabled"]), row["failed_total"],
                row["last_login_at"], row["created_at"])


def new_password() -> str:
    return secrets.token_urlsafe(12)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"Mot de passe trop court : {MIN_PASSWORD} caractères au moins.")


# --- accounts ------------------------------------------------------------------------------------

def add_user(store: Store, name: str, role: Role | str, password: str | None = None) -> tuple[User, str]:
    """Returns the account and its password (generated when none is given: shown once, never stored)."""
    ensure_schema(store)
    if not NAME_RE.fullmatch(name):
        raise AccountError("Identifiant invalide : 2 à 40 caractères, lettres sans accent, chiffres, « . _ - ».")
    role = Role(role)
    password = password or new_password()
    check_password(password)
    if store.db.execute("SELECT 1 FROM desk_users WHERE name = ?", (name,)).fetchone():
        raise AccountError(f"Le compte « {name} » existe déjà.")
    store.db.execute("INSERT INTO desk_users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                     (name, role.value, HASHER.hash(password), now_iso()))
    return find_user(store, name), password


def find_user(store: Store, name: str) -> User:
    ensure_schema(store)
    row = store.db.execute("SELECT * FROM desk_users WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise AccountError(f"Compte « {name} » inconnu.")
    return user_from_row(row)


def users(store: Store) -> list[User]:
    ensure_schema(store)
    return [user_from_row(r) for r in store.db.execute("SELECT * FROM desk_users ORDER BY name")]


def set_password(store: Store, name: str, password: str | None = None) -> str:
    """A new password closes the account's open sessions."""
    user = find_user(store, name)
    password = password or new_password()
    check_password(password)
    with store.transaction() as db:
        db.execute("UPDATE desk_users SET password_hash = ?, failed_logins = 0 WHERE id = ?",
                   (HASHER.hash(password), user.id))
        db.execute("DELETE FROM desk_sessions WHERE user_id = ?", (user.id,))
    return password


def disable(store: Store, name: str) -> User:
    user = find_user(store, name)
    with store.transaction() as db:
        db.execute("UPDATE desk_users SET disabled = 1 WHERE id = ?", (user.id,))
        db.execute("DELETE FROM desk_sessions WHERE user_id = ?", (user.id,))
    return find_user(store, name)


def bootstrap_admin(store: Store) -> tuple[User, str] | None:
    """First run: with no account at all, an administrator `admin` with a random password."""
    ensure_schema(store)
    if store.db.execute("SELECT 1 FROM desk_users LIMIT 1").fetchone():
        return None
    return add_user(store, "admin", Role.ADMIN)


# --- logging in ----------------------------------------------------------------------------------

def wait_after(failures: int) -> int:
    """Seconds to wait before the next attempt after `failures` consecutive failures."""
    if failures <= FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES), MAX_WAIT_S)


def authenticate(store: Store, name: str, password: str, now: float | None = None) -> User:
    ensure_schema(store)
    now = time.time() if now is None else now
    row = store.db.execute("SELECT * FROM desk_users WHERE name = ?", (name,)).fetchone()
    if row is None:
        verify_quietly(DUMMY_HASH, password)
        raise LoginRefused("Identifiant ou mot de passe incorrect.")
    remaining = int((row["last_failed_at"] or 0) + wait_after(row["failed_logins"]) - now + 0.999)
    if remaining > 0:
        raise LoginRefused(f"Trop d'essais infructueux : réessayez dans {remaining} s.", remaining)
    if not verify_quietly(row["password_hash"], password):
        store.db.execute("UPDATE desk_users SET failed_logins = failed_logins + 1, failed_total = failed_total + 1,"
                         " last_failed_at = ? WHERE id = ?", (now, row["id"]))
        raise LoginRefused("Identifiant ou mot de passe incorrect.")
    if row["disabled"]:
        raise LoginRefused("Ce compte est désactivé.")
    store.db.execute("UPDATE desk_users SET failed_logins = 0, last_login_at = ? WHERE id = ?", (now_iso(), row["id"]))
    if HASHER.check_needs_rehash(row["password_hash"]):
        store.db.execute("UPDATE desk_users SET password_hash = ? WHERE id = ?", (HASHER.hash(password), row["id"]))
    return find_user(store, row["name"])


def verify_quietly(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# --- sessions ------------------------------------------------------------------------------------

def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def open_session(store: Store, user: User, now: float | None = None, idle_s: float = DEFAULT_IDLE_S
                 ) -> tuple[str, str]:
    """Returns (session token for the cookie, CSRF token for the forms). Sessions left idle are purged."""
    now = time.time() if now is None else now
    store.db.execute("DELETE FROM desk_sessions WHERE last_seen < ?", (now - idle_s,))
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    store.db.execute("INSERT INTO desk_sessions (token_sha256, user_id, csrf_token, created_at, last_seen)"
                     " VALUES (?, ?, ?, ?, ?)", (token_digest(token), user.id, csrf, now, now))
    return token, csrf


def session_of(store: Store, token: str | None, idle_s: float = DEFAULT_IDLE_S, now: float | None = None,
               touch: bool = True) -> Session | None:
    """The live session of this token, or None (unknown, idle too long, or account disabled)."""
    if not token:
        return None
    ensure_schema(store)
    now = time.time() if now is None else now
    digest = token_digest(token)
    row = store.db.execute(
        "SELECT s.csrf_token, s.last_seen, u.* FROM desk_sessions s JOIN desk_users u ON u.id = s.user_id"
        " WHERE s.token_sha256 = ?", (digest,)).fetchone()
    if row is None:
        return None
    if row["disabled"] or now - row["last_seen"] > idle_s:
        store.db.execute("DELETE FROM desk_sessions WHERE token_sha256 = ?", (digest,))
        return None
    if touch and now - row["last_seen"] >= TOUCH_EVERY_S:
        store.db.execute("UPDATE desk_sessions SET last_seen = ? WHERE token_sha256 = ?", (now, digest))
    return Session(user_from_row(row), row["csrf_token"])


def close_session(store: Store, token: str | None) -> None:
    if token:
        ensure_schema(store)
        store.db.execute("DELETE FROM desk_sessions WHERE token_sha256 = ?", (token_digest(token),))


def csrf_matches(session: Session, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(session.csrf_token, submitted)
