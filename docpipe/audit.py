"""The audit trail: every action appended with the hash of the previous entry, so an edit shows.

The chain alone cannot show that its last entries were cut off, so the head of the chain (id and hash of
the latest entry) is also kept in `.docpipe/audit-head.json`, outside the database. New ids continue from
the anchored head, so a cut followed by new entries leaves a visible gap in the ids.

Both live in the home, writable by the same account: whoever can cut the chain can delete the anchor, or
rewrite chain and anchor consistently. So
- a missing anchor is never rebuilt silently: the next entry is preceded by an alarm entry
  (`audit_anchor_missing`), and `verify` reports it until a person acknowledges it (`acknowledge`, itself an
  entry of the chain);
- the head leaves the home every day: the day report prints it (HTML and CSV: paper, mail, another
  machine), and `publish_head` appends it to a configured folder outside the home and/or syslog;
  `verify_against` checks the chain against those past heads, which a rewrite cannot match.
"""
from __future__ import annotations

import fcntl
import getpass
import hashlib
import json
import os
import re
import syslog
from contextlib import contextmanager
from pathlib import Path

from .archive import ensure_private_dir, write_durably
from .config import FILE_MODE, Home, Settings
from .errors import DocpipeError
from .store import Store, now_iso

GENESIS = "0" * 64
HEAD_FILE = "audit-head.json"
ANCHOR_MISSING = "audit_anchor_missing"
ALARM_ACKNOWLEDGED = "audit_alarm_acknowledged"
HEADS_FILE = "docpipe-audit-heads.log"
HEAD_LINE = "Journal d'audit : entrée n° {id}, empreinte {hash}"
HEAD_PATTERN = re.compile(r"entrée n° (\d+), empreinte ([0-9a-f]{64})")


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "inconnu"


def entry_hash(prev_hash: str, at: str, actor: str, action: str, document_id, patient_ipp, details: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, document_id, patient_ipp, details], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- the head anchor -----------------------------------------------------------------------------

def head_path(store: Store) -> Path:
    return Home(store.path.parent).state / HEAD_FILE


def read_head(store: Store) -> dict | None:
    try:
        head = json.loads(head_path(store).read_text(encoding="utf-8"))
        return {"id": int(head["id"]), "hash": str(head["hash"])}
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return {"id": -1, "hash": ""}  # unreadable: verify() reports it


@contextmanager
def head_lock(store: Store):
    """Held across append + anchor update, so two processes never leave the anchor behind the other's entry."""
    folder = head_path(store).parent
    ensure_private_dir(folder)
    fd = os.open(folder / (HEAD_FILE + ".lock"), os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def write_head(store: Store, entry_id: int, digest: str) -> None:
    head = {"id": entry_id, "hash": digest, "at": now_iso()}
    write_durably(head_path(store), json.dumps(head).encode("utf-8"))


# --- recording and reading -----------------------------------------------------------------------

def record(store: Store, action: str, *, actor: str | None = None, document_id: int | None = None,
           patient_ipp: str | None = None, details: dict | None = None) -> None:
    actor = actor or current_actor()
    details_json = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
    with head_lock(store):
        head = read_head(store)
        with store.transaction() as db:
            last = db.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            if last is not None and (head is None or head["id"] < 0):  # the anchor went: never rebuilt silently
                alarm = json.dumps({"last_id": last["id"], "anchor": "absente" if head is None else "illisible"},
                                   sort_keys=True)
                last = append(db, last, head, "docpipe", ANCHOR_MISSING, None, None, alarm)
            last = append(db, last, head, actor, action, document_id, patient_ipp, details_json)
        # After the commit: a crash here leaves the anchor one entry behind, which verify() accepts.
        write_head(store, last["id"], last["hash"])


def append(db, last, head: dict | None, actor: str, action: str, document_id, patient_ipp, details_json: str) -> dict:
    prev_hash = last["hash"] if last else GENESIS
    entry_id = max(last["id"] if last else 0, head["id"] if head else 0) + 1
    at = now_iso()
    digest = entry_hash(prev_hash, at, actor, action, document_id, patient_ipp, details_json)
    db.execute("INSERT INTO audit (id, at, actor, action, document_id, patient_ipp, details, prev_hash, hash)"
               " VALUES (?,?,?,?,?,?,?,?,?)",
               (entry_id, at, actor, action, document_id, patient_ipp, details_json, prev_hash, digest))
    return {"id": entry_id, "hash": digest}


def entries(store: Store, patient_ipp: str | None = None) -> list[dict]:
    query, params = "SELECT * FROM audit ORDER BY id", ()
    if patient_ipp:
        query, params = "SELECT * FROM audit WHERE patient_ipp = ? ORDER BY id", (patient_ipp,)
    return [{**dict(row), "details": json.loads(row["details"])} for row in store.db.execute(query, params)]


def verify(store: Store) -> list[str]:
    """Problems found in the chain (a changed, inserted or removed entry), in French."""
    problems, prev_hash, expected_id = [], GENESIS, 1
    hashes = {}
    for row in store.db.execute("SELECT * FROM audit ORDER BY id"):
        if row["id"] != expected_id:
            problems.append(f"entrée(s) {expected_id} à {row['id'] - 1} supprimée(s)")
        if row["prev_hash"] != prev_hash:
            problems.append(f"entrée {row['id']} : chaînage rompu (entrée précédente modifiée ou supprimée)")
        digest = entry_hash(row["prev_hash"], row["at"], row["actor"], row["action"], row["document_id"],
                            row["patient_ipp"], row["details"])
        if digest != row["hash"]:
            problems.append(f"entrée {row['id']} : contenu modifié")
        hashes[row["id"]] = row["hash"]
        prev_hash, expected_id = row["hash"], row["id"] + 1
    return problems + head_problems(store, hashes, expected_id - 1) + alarm_problems(store)


def head_problems(store: Store, hashes: dict[int, str], last_id: int) -> list[str]:
    """The anchored head must still be in the chain; entries after it are allowed (crash before the anchor)."""
    head = read_head(store)
    if head is None:
        return [f"ancre de fin du journal absente ({HEAD_FILE}) : suppression des dernières entrées indétectable"] \
            if hashes else []
    if head["id"] < 0:
        return [f"ancre de fin du journal illisible ({HEAD_FILE})"]
    if head["id"] > last_id:
        return [f"entrée(s) {last_id + 1} à {head['id']} supprimée(s) (fin du journal tronquée)"]
    if hashes.get(head["id"]) != head["hash"]:
        return [f"entrée {head['id']} : ne correspond pas à l'ancre de fin du journal (modifiée ou remplacée)"]
    return []


# --- alarms: a missing anchor stays an alarm until a person acknowledges it ----------------------

def pending_alarms(store: Store) -> list[dict]:
    """Alarm entries after the latest acknowledgement."""
    rows = store.db.execute("SELECT id, at, action, details FROM audit WHERE action IN (?, ?) ORDER BY id",
                            (ANCHOR_MISSING, ALARM_ACKNOWLEDGED)).fetchall()
    pending = []
    for row in rows:
        pending = [] if row["action"] == ALARM_ACKNOWLEDGED else pending + [dict(row)]
    return pending


def alarm_problems(store: Store) -> list[str]:
    return [f"ALARME (entrée {alarm['id']}, {alarm['at'][:16].replace('T', ' ')}) : l'ancre de fin du journal "
            "avait disparu ; des entrées de fin ont pu être supprimées. Comparez avec les rapports de journée "
            "(docpipe audit verify --against reports/), puis acquittez : docpipe audit acknowledge --reason …"
            for alarm in pending_alarms(store)]


def acknowledge(store: Store, actor: str, reason: str) -> list[int]:
    """A person has looked: the pending alarms are acknowledged by an entry of the chain (who, why). A
    missing anchor not yet alarmed is alarmed by this very entry (see `record`), and acknowledged with it."""
    if not reason.strip():
        raise DocpipeError("Un motif est obligatoire pour acquitter une alarme du journal d'audit.")
    head = read_head(store)
    if not pending_alarms(store) and head is not None and head["id"] >= 0:
        raise DocpipeError("Aucune alarme du journal d'audit à acquitter.")
    before = {alarm["id"] for alarm in pending_alarms(store)}
    head_before = chain_head(store)
    record(store, ALARM_ACKNOWLEDGED, actor=actor, details={"reason": reason.strip()})
    raised_now = store.db.execute("SELECT id FROM audit WHERE action = ? AND id > ?",
                                  (ANCHOR_MISSING, head_before["id"] if head_before else 0)).fetchall()
    return sorted(before | {row["id"] for row in raised_now})


# --- the head leaves the home ---------------------------------------------------------------------

def chain_head(store: Store) -> dict | None:
    """Id, hash and date of the latest entry: what the day report prints."""
    row = store.db.execute("SELECT id, hash, at FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return {"id": row["id"], "hash": row["hash"], "at": row["at"]} if row else None


def head_line(head: dict | None) -> str:
    if head is None:
        return "Journal d'audit : vide."
    return HEAD_LINE.format(id=head["id"], hash=head["hash"])


def publish_head(home: Home, settings: Settings, head: dict | None, label: str) -> list[str]:
    """Append the head to the configured places outside the home; the French problems, if any (the day
    close reports them and goes on)."""
    if head is None:
        return []
    line = f"{now_iso()} {home.root} {label} {head_line(head)}\n"
    problems = []
    if settings.audit_anchor_dir:
        problems += append_outside(home, Path(settings.audit_anchor_dir).expanduser(), line)
    if settings.audit_syslog:
        try:
            syslog.openlog("docpipe", 0, syslog.LOG_AUTHPRIV)
            syslog.syslog(syslog.LOG_NOTICE, line.strip())
        except OSError as exc:
            problems.append(f"tête du journal d'audit non envoyée à syslog ({exc})")
    return problems


def append_outside(home: Home, folder: Path, line: str) -> list[str]:
    folder = folder.resolve()
    if folder == home.root or home.root in folder.parents:
        return [f"[audit] anchor_dir ({folder}) est dans le dossier de travail : la tête du journal doit le quitter"]
    try:
        fd = os.open(folder / HEADS_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        return [f"tête du journal d'audit non écrite dans {folder} ({os.strerror(exc.errno or 0)})"]
    return []


def heads_in(path: Path) -> list[tuple[int, str]]:
    """The chain heads printed in a day report (HTML or CSV) or appended to an anchor file."""
    text = path.read_bytes().decode("utf-8", "replace")
    return [(int(n), digest) for n, digest in HEAD_PATTERN.findall(text)]


def report_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".html", ".csv", ".log"))
    return [path] if path.is_file() else []


def verify_against(store: Store, paths: list[Path]) -> tuple[int, list[str]]:
    """Each head printed in the given reports (files or folders) must still be in the chain, same hash: a
    cut or a rewrite, however consistent, cannot keep them. Returns (heads checked, problems in French)."""
    hashes = {row["id"]: row["hash"] for row in store.db.execute("SELECT id, hash FROM audit")}
    checked, problems = 0, []
    for path in paths:
        files = report_files(path)
        if not files:
            problems.append(f"{path} : aucun rapport trouvé")
        for report in files:
            heads = heads_in(report)
            if not heads and report.suffix != ".log":
                problems.append(f"{report} : aucune tête de journal d'audit imprimée (rapport ancien ?)")
            for entry_id, digest in heads:
                checked += 1
                if entry_id not in hashes:
                    problems.append(f"{report} : l'entrée n° {entry_id} n'est plus dans le journal d'audit "
                                    "(journal tronqué ou réécrit)")
                elif hashes[entry_id] != digest:
                    problems.append(f"{report} : l'entrée n° {entry_id} n'a plus l'empreinte imprimée ce jour-là "
                                    "(journal réécrit)")
    return checked, problems
