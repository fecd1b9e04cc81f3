"""Integrity of what is stored: each file present and matching the sha256 recorded at reception, nothing
unknown under archive/ or review/, sidecars in agreement with the database. Read-only.

A letter still in draft is meant to be edited in Word before the doctor validates it: its file must exist,
but its hash is recorded only at validation. A letter's PDF (recorded in its evidence) is checked like
the letter itself.

Files are hashed in a thread pool (hashlib releases the GIL), so disks and cores are kept busy. A document
being filed or moved while this runs may look missing or orphaned for an instant: problems are checked a
second time against a fresh read of the database before they are reported.
"""
from __future__ import annotations

import hashlib
import fnmatch
import json
import os

import stat
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .config import Home
from .models import Document
from .store import Store

COMPANION_SUFFIXES = (".txt", ".json")
# The facts a person reads in a sidecar; each must agree with the database.
SIDECAR_FIELDS = {"id": "id", "sha256": "sha256", "size": "size", "status": "status", "patient": "patient_ipp",
                  "doc_type": "doc_type", "source": "source_name"}
# Lock files Word and LibreOffice keep beside a draft while it is open: not documents, not orphans.
EDITOR_LOCK_PATTERNS = ("~$*", ".~lock.*#")


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the home
    kind: str  # missing, altered, unreadable, not_a_file, orphan, sidecar
    message: str  # French, for the person who reads the report

    def as_dict(self) -> dict:
        return {"path": self.path, "kind": self.kind, "message": self.message}


@dataclass
class Verification:
    checked: int = 0  # documents whose file was hashed
    bytes_hashed: int = 0
    files_scanned: int = 0  # files seen under archive/ and review/
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"ok": self.ok, "checked": self.checked, "files_scanned": self.files_scanned,
                "bytes_hashed": self.bytes_hashed, "seconds": round(self.seconds, 3),
                "problems": [p.as_dict() for p in self.problems]}


def default_workers() -> int:
    return min(32, (os.cpu_count() or 1) * 4)


# --- one document --------------------------------------------------------------------------------

def hash_file(path: Path) -> tuple[int, str]:
    """Size and sha256 of a regular file, never through a link."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(path)
        return os.fstat(fd).st_size, hashlib.file_digest(handle, "sha256").hexdigest()


def is_draft(document: Document) -> bool:
    """A draft's file may change (edited in Word); so may a discarded draft's, before it was put aside."""
    return document.origin == "letter" and document.letter_status in ("draft", "discarded")


def attachments(document: Document) -> list[tuple[str, str]]:
    """Files recorded in a letter's evidence beside its .docx: (path relative to the home, sha256)."""
    if document.origin != "letter":
        return []
    try:
        pdf = document.evidence.get("pdf")
    except ValueError:
        return []
    return [(pdf["path"], pdf["sha256"])] if isinstance(pdf, dict) and pdf.get("path") else []


def file_problem(home: Home, relative: str, sha256: str | None, document_id: int) -> tuple[Problem | None, int]:
    """`sha256` None: the file must exist, its content may change (a draft)."""
    path = home.root / relative
    try:
        size, digest = hash_file(path)
    except FileNotFoundError:
        return Problem(relative, "missing", "fichier absent (supprimé ou déplacé hors de docpipe)"), 0
    except IsADirectoryError:
        return Problem(relative, "not_a_file", "ce n'est pas un fichier ordinaire"), 0
    except OSError as exc:
        if path.is_symlink():
            return Problem(relative, "not_a_file", "lien symbolique à la place du fichier archivé"), 0
        return Problem(relative, "unreadable", f"fichier illisible ({exc.strerror or exc})"), 0
    if sha256 is not None and digest != sha256:
        message = f"contenu modifié : empreinte sha256 différente de celle enregistrée (n° {document_id})"
        return Problem(relative, "altered", message), size
    return None, size


def stored_file_problem(home: Home, document: Document) -> tuple[Problem | None, int]:
    return file_problem(home, document.stored_path, None if is_draft(document) else document.sha256, document.id)


def sidecar_problem(home: Home, document: Document) -> Problem | None:
    relative = document.sidecar_path or document.stored_path + ".json"
    try:
        sidecar = json.loads((home.root / relative).read_text(encoding="utf-8"))
    except FileNotFoundError:
        if document.origin != "ingest":
            return None  # only ingest writes a sidecar for every document
        return Problem(relative, "sidecar", "fiche .json absente")
    except (OSError, ValueError) as exc:
        return Problem(relative, "sidecar", f"fiche .json illisible ({exc})")
    if not isinstance(sidecar, dict):
        return Problem(relative, "sidecar", "fiche .json illisible (pas un objet)")
    compared = {k: c for k, c in SIDECAR_FIELDS.items() if not (is_draft(document) and k in ("sha256", "size"))}
    differing = [key for key, column in compared.items() if sidecar.get(key) != getattr(document, column)]
    if differing:
        return Problem(relative, "sidecar", "fiche .json en désaccord avec la base : " + ", ".join(differing))
    return None


def text_problem(home: Home, document: Document) -> Problem | None:
    relative = document.text_path or document.stored_path + ".txt"
    if os.path.lexists(home.root / relative):
        return None
    return Problem(relative, "sidecar", "texte extrait (.txt) absent")


def document_problems(home: Home, document: Document) -> tuple[list[Problem], int]:
    checks = [stored_file_problem(home, document)]
    checks += [file_problem(home, path, sha256, document.id) for path, sha256 in attachments(document)]
    problems = [problem for problem, _size in checks if problem]
    problems += [p for p in (sidecar_problem(home, document), text_problem(home, document)) if p]
    return problems, sum(size for _problem, size in checks)


# --- orphans -------------------------------------------------------------------------------------

def stored_files(home: Home) -> set[str]:
    """Every file under archive/ and review/, relative to the home; links are listed, never followed."""
    found = set()
    for top in (home.archive, home.review):
        for folder, _dirs, files in os.walk(top, followlinks=False):
            base = os.path.relpath(folder, home.root)
            found.update(os.path.join(base, name) for name in files if not is_editor_lock(name))
    return found


def is_editor_lock(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in EDITOR_LOCK_PATTERNS)


def known_paths(documents: list[Document]) -> set[str]:
    known = set()
    for document in documents:
        known.add(document.stored_path)
        known.update(document.stored_path + suffix for suffix in COMPANION_SUFFIXES)
        known.update(p for p in (document.text_path, document.sidecar_path) if p)
        known.update(path for path, _sha256 in attachments(document))
    return known


def orphan_problems(files: set[str], documents: list[Document]) -> list[Problem]:
    unknown = files - known_paths(documents)
    return [Problem(path, "orphan", "fichier inconnu de la base (orphelin)") for path in sorted(unknown)]


# --- the whole check -----------------------------------------------------------------------------

def check_documents(home: Home, documents: list[Document], workers: int, result: Verification) -> list[Problem]:
    problems = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for row_problems, size in pool.map(lambda document: document_problems(home, document), documents, chunksize=64):
            problems += row_problems
            result.bytes_hashed += size
    result.checked += len(documents)
    return problems


def verify_home(home: Home, store: Store, document_ids: list[int] | None = None, *, orphans: bool = True,
                workers: int | None = None) -> Verification:
    """Check every stored document (or only `document_ids`), and look for orphans unless told not to."""
    started = time.perf_counter()
    result = Verification()
    files = stored_files(home) if orphans else set()  # listed before the documents: a file filed meanwhile is known
    result.files_scanned = len(files)
    every_document = store.documents_to_verify()
    documents = [r for r in every_document if r.state == "done"]
    if document_ids is not None:
        wanted = set(document_ids)
        documents = [r for r in documents if r.id in wanted]
    problems = check_documents(home, documents, workers or default_workers(), result)
    if orphans:
        problems += orphan_problems(files, every_document)
    if problems:
        problems = confirmed(home, store, problems)
    result.problems = sorted(problems, key=lambda p: (p.path, p.kind))
    result.seconds = time.perf_counter() - started
    return result


def confirmed(home: Home, store: Store, problems: list[Problem]) -> list[Problem]:
    """Look again, on a fresh read of the database, at what looked wrong (a document may have moved meanwhile)."""
    every_document = store.documents_to_verify()
    known = known_paths(every_document)
    by_path = {r.stored_path: r for r in every_document if r.state == "done"}
    by_sidecar = {(r.sidecar_path or r.stored_path + ".json"): r for r in by_path.values()}
    by_sidecar |= {(r.text_path or r.stored_path + ".txt"): r for r in by_path.values()}
    by_sidecar |= {path: r for r in by_path.values() for path, _sha256 in attachments(r)}
    kept = []
    for problem in problems:
        if problem.kind == "orphan":
            if problem.path not in known and os.path.lexists(home.root / problem.path):
                kept.append(problem)
            continue
        document = by_path.get(problem.path) or by_sidecar.get(problem.path)
        if document is not None:
            again, _size = document_problems(home, document)
            kept += [p for p in again if p.path == problem.path and p.kind == problem.kind]
    return kept
