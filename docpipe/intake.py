"""Taking files from the inbox: which ones, claimed by whom, copied privately without following links."""
from __future__ import annotations

import errno
import fcntl
import fnmatch
import hashlib
import os
import shutil
import sqlite3
import stat
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .archive import COPY_CHUNK, ensure_private_dir, fsync_dir, sha256_of
from .config import FILE_MODE, Home, read_only_file_system
from .errors import DocpipeError, ExitCode

IGNORED_PATTERNS = [".*", "~$*", "*.part", "*.tmp", "*.crdownload", "*.partial", "*.swp", "Thumbs.db",
                    "desktop.ini", "*.download"]


class LinkRefused(DocpipeError):
    """The inbox entry is refused without being read: a symbolic link, a pipe or a device, an unreadable or
    oversized file. `rule` is the review rule of its journal line; `key` makes it said once (see `refusal`)."""

    rule = "link"

    def __init__(self, message_fr: str, key: str | None = None):
        super().__init__(message_fr)
        self.key = key


class UnreadableEntry(LinkRefused):
    """The file cannot be opened or read (rights, I/O error on a share): it stays in the inbox."""

    rule = "unreadable"


class TooLargeEntry(LinkRefused):
    """Over `max_file_mb`, given outside the inbox: never copied, left where it is."""

    rule = "too_large"


class DiskFull(DocpipeError):
    """No space left where docpipe writes: nothing is lost (the inbox keeps the files), nothing goes on."""

    exit_code = ExitCode.ERROR  # the user can act: free some space


# --- names: decoded whatever their bytes, shown without control characters ------------------------

# Bidirectional overrides and isolates reorder what a terminal or a report shows (`fdp.exe` as `exe.pdf`).
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def safe_display(name: str) -> str:
    """A name as it may be printed anywhere (console, HTML or CSV report, JSON): every control character
    (C0, DEL, C1, line separators, bidirectional controls) and every undecodable byte escaped as `\\xNN`
    or `\\uNNNN`, so no terminal escape, no line break and no reordering reaches a reader."""
    shown = []
    for char in name:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not text (surrogateescape)
            shown.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or 0x7F <= code < 0xA0 or char in BIDI_CONTROLS or \
                unicodedata.category(char) in ("Zl", "Zp", "Cs"):
            shown.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            shown.append(char)
    return "".join(shown)


def decode_name(raw: bytes | str) -> str:
    """A file name's bytes as text: UTF-8, else Windows-1252 (French names from old scanners and Windows
    shares), byte by byte so that none is dropped; what is still not text stays an escaped byte."""
    data = os.fsencode(raw) if isinstance(raw, str) else raw
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    chars = []
    for byte in data:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
            chars.append(chr(0xDC00 + byte))
    return "".join(chars)


def display_name(raw: bytes | str) -> str:
    return safe_display(decode_name(raw))


PATH_BYTES_PREFIX = "fs-hex:"


def path_text(path: Path) -> str:
    """A path as text that SQLite and JSON accept and `path_from_text` turns back into the same bytes."""
    data = os.fsencode(path)
    try:
        text = data.decode("utf-8")
        if not text.startswith(PATH_BYTES_PREFIX):
            return text
    except UnicodeDecodeError:
        pass
    return PATH_BYTES_PREFIX + data.hex()


def path_from_text(text: str) -> Path:
    if text.startswith(PATH_BYTES_PREFIX):
        return Path(os.fsdecode(bytes.fromhex(text[len(PATH_BYTES_PREFIX):])))
    return Path(text)


def is_ignored(name: str) -> bool:
    # Case-blind: a Windows scanner share writes `SCAN.TMP` or `thumbs.db` as readily as the lower-case forms.
    return any(fnmatch.fnmatchcase(name.lower(), pattern.lower()) for pattern in IGNORED_PATTERNS)


def inbox_entries(home: Home) -> list[Path]:
    """Candidate entries of the inbox, oldest first; sub-folders walked without following links."""
    entries = []
    for folder, dirs, files in os.walk(home.inbox, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not is_ignored(d))
        entries += [Path(folder) / name for name in files if not is_ignored(name)]
    return sorted(entries, key=lambda p: (mtime_or_zero(p), str(p)))


def mtime_or_zero(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0


def in_inbox(home: Home, path: Path) -> bool:
    try:
        Path(os.path.abspath(path)).relative_to(home.inbox)
        return True
    except ValueError:
        return False


def refuse_output_in_inbox(home: Home, output: Path) -> None:
    """An export must not land in the inbox, where it would be taken as a document; and it is refused
    before anything is written when its audit entry could not be (a read-only archive): an export of a
    patient's file is never left untraced."""
    if in_inbox(home, Path(os.path.realpath(output.parent)) / output.name) or in_inbox(home, output):
        raise DocpipeError(f"Sortie refusée : {display_name(str(output))} est dans la boîte de dépôt ({home.inbox}), "
                           "où elle serait reprise comme un document déposé. Choisissez un autre dossier.")
    if read_only_file_system(home.root) or (home.database.exists() and not os.access(home.database, os.W_OK)):
        raise WriteRefused(READ_ONLY_FR.format(where=home.database, cause="base en lecture seule, l'export ne "
                                               "pourrait pas être tracé dans le journal d'audit"))


def source_name(home: Home, path: Path) -> str:
    """The file name as dropped (relative to the inbox when it was dropped there), decoded and escaped
    (`display_name`): this is the name every report, list and journal shows."""
    if in_inbox(home, path):
        return display_name(str(Path(os.path.abspath(path)).relative_to(home.inbox)))
    return display_name(Path(path).name)


class Claim:
    """An exclusive, non-blocking lock, so two docpipe processes never take the same thing at once.

    `Claim(home, path)` guards an inbox entry; `Claim.named(home, key)` anything else: the bytes of a
    document (`sha-<hash>`), a running batch's work folder (`work-<name>`). The kernel drops the lock
    when its process dies, so a claim that can be taken belongs to nobody alive.
    """

    def __init__(self, home: Home, path: Path | None, key: str | None = None):
        key = key or hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()[:32]
        folder = home.state / "claims"
        ensure_private_dir(folder)
        self.lock_path = folder / f"{key}.lock"
        self.fd: int | None = None

    @classmethod
    def named(cls, home: Home, key: str) -> "Claim":
        return cls(home, None, key)

    def acquire(self) -> bool:
        while True:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, FILE_MODE)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
            if same_file(fd, self.lock_path):
                self.fd = fd
                return True
            os.close(fd)  # the holder removed this lock file while we opened it: lock the new one

    def release(self) -> None:
        """The lock file is removed while still held (so claims do not pile up), then unlocked."""
        if self.fd is not None:
            self.lock_path.unlink(missing_ok=True)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


class WorkArea:
    """A private folder for one batch's copies, claimed while the batch runs: a cleaner never removes a
    copy that a live process is still extracting, however long its OCR takes."""

    def __init__(self, home: Home):
        self.path = home.state / "work" / uuid.uuid4().hex
        self.claim = Claim.named(home, f"work-{self.path.name}")

    def __enter__(self) -> "WorkArea":
        self.claim.acquire()
        ensure_private_dir(self.path)
        return self

    def __exit__(self, *exc) -> None:
        restore_moved(self.path)
        shutil.rmtree(self.path, ignore_errors=True)
        self.claim.release()


def clean_work_areas(home: Home) -> None:
    """Copies left by a crashed batch: the inbox still holds their originals, or they were stored already."""
    work = home.state / "work"
    if not work.is_dir():
        return
    for entry in work.iterdir():
        claim = Claim.named(home, f"work-{entry.name}")
        if not claim.acquire():
            continue  # its batch is running
        try:
            if entry.is_dir() and not entry.is_symlink():
                restore_moved(entry)
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
        finally:
            claim.release()


def clean_dead_claims(home: Home) -> None:
    """Lock files left by a killed process (a release removes its own): a free one is taken and released,
    which removes it. Another process wanting it at that very instant skips its file for this pass only."""
    folder = home.state / "claims"
    if not folder.is_dir():
        return
    for lock in folder.glob("*.lock"):
        claim = Claim.named(home, lock.name.removesuffix(".lock"))
        if claim.acquire():
            claim.release()


@dataclass
class Received:
    """A dropped file, copied into the private work area and hashed."""

    source_name: str
    origin_path: Path
    work_path: Path
    sha256: str
    size: int
    received_at: datetime
    from_inbox: bool


class StillBeingWritten(Exception):
    """The file changed while it was copied: it stays in the inbox for a later pass."""


LINK_REFUSED_FR = "Lien symbolique refusé : docpipe ne lit jamais un fichier au travers d'un lien."
SPECIAL_REFUSED_FR = ("Fichier spécial refusé (tube nommé, périphérique ou socket) : jamais ouvert, laissé dans "
                      "la boîte de dépôt. Retirez-le ; déposez le document comme un fichier ordinaire.")
UNREADABLE_FR = ("Fichier illisible ({cause}) : laissé dans la boîte de dépôt, rien n'a été lu. Donnez au compte "
                 "de docpipe le droit de le lire (ou redéposez-le) : il sera pris au passage suivant.")
TOO_LARGE_OUTSIDE_FR = ("Fichier trop volumineux : {size} Mo (maximum {limit} Mo). Donné hors de la boîte de dépôt, "
                        "il n'a été ni copié ni déplacé.")
DISK_FULL_FR = ("Disque plein : docpipe ne peut plus écrire dans {where} ({free}). Rien n'est perdu : les fichiers "
                "non traités restent dans la boîte de dépôt. Libérez de la place, puis relancez.")
ERRNO_FR = {errno.EACCES: "droits d'accès insuffisants", errno.EPERM: "opération non permise",
            errno.EIO: "erreur d'entrée-sortie du disque ou du partage", errno.ETIMEDOUT: "partage réseau muet",
            errno.EHOSTDOWN: "partage réseau injoignable", errno.ESTALE: "partage réseau à remonter"}
NO_SPACE = (errno.ENOSPC, errno.EDQUOT)


def cause_fr(exc: OSError) -> str:
    return ERRNO_FR.get(exc.errno or 0, f"erreur système n° {exc.errno}")


def disk_full(home: Home, where: Path | None = None) -> DiskFull:
    try:
        free = f"{shutil.disk_usage(home.root).free // (1 << 20)} Mo libres"
    except OSError:
        free = "espace libre inconnu"
    return DiskFull(DISK_FULL_FR.format(where=where or home.root, free=free))


class WriteRefused(DocpipeError):
    """The file system refuses a write (read-only archive, rights): said in French, naming what."""

    exit_code = ExitCode.ERROR


READ_ONLY_FR = ("Écriture impossible dans {where} : {cause}. Les commandes de lecture (verify, search, "
                "patients list, audit, log) restent utilisables ; cette commande, elle, doit écrire.")
DATABASE_FULL_WORDS = ("database or disk is full", "disk i/o error")
DATABASE_READ_ONLY_WORDS = ("readonly database", "read-only", "unable to open database")


def disk_full_error(home: Home, exc: BaseException) -> DiskFull | None:
    """`exc` as a DiskFull when it is one (from the kernel or from SQLite), else None."""
    if isinstance(exc, DiskFull):
        return exc
    if isinstance(exc, OSError) and exc.errno in NO_SPACE:
        return disk_full(home, Path(os.fsdecode(exc.filename)) if exc.filename else None)
    if isinstance(exc, sqlite3.OperationalError):
        message = str(exc).lower()
        # SQLite says "disk I/O error" when it cannot even create its WAL index on a full disk.
        if DATABASE_FULL_WORDS[0] in message or (DATABASE_FULL_WORDS[1] in message and nearly_full(home)):
            return disk_full(home, home.database)
    return None


def nearly_full(home: Home) -> bool:
    try:
        return shutil.disk_usage(home.root).free < (1 << 20)
    except OSError:
        return False


def french_error(home: Home, exc: BaseException) -> DocpipeError | None:
    """What a command prints instead of a traceback for the file system's refusals; None for the others."""
    if (full := disk_full_error(home, exc)) is not None:
        return full
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        where = display_name(os.fsdecode(exc.filename)) if exc.filename else str(home.root)
        cause = "système de fichiers en lecture seule" if exc.errno == errno.EROFS else "droits insuffisants"
        return WriteRefused(READ_ONLY_FR.format(where=where, cause=cause))
    if isinstance(exc, sqlite3.OperationalError) and \
            any(w in str(exc).lower() for w in DATABASE_READ_ONLY_WORDS):
        return WriteRefused(READ_ONLY_FR.format(where=home.database, cause="base en lecture seule"))
    return None


def open_no_follow(name, dir_fd: int | None = None, extra_flags: int = 0) -> int:
    try:
        return os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | extra_flags, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
            if stat.S_ISLNK(info.st_mode):  # a linked folder stays (never touched): said once
                raise LinkRefused(LINK_REFUSED_FR, key=f"link-{info.st_dev}-{info.st_ino}") from exc
        raise


def open_regular(name, dir_fd: int | None = None) -> int:
    """Opening a device can act on it (a tape rewinds) and a pipe can block: what is not a regular file is
    refused from its lstat, before any open, and checked again on the descriptor (it may be swapped)."""
    info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    if stat.S_ISLNK(info.st_mode):
        raise LinkRefused(LINK_REFUSED_FR)
    if not stat.S_ISREG(info.st_mode):
        raise LinkRefused(SPECIAL_REFUSED_FR, key=f"special-{info.st_dev}-{info.st_ino}")
    try:
        return open_no_follow(name, dir_fd)
    except PermissionError as exc:  # only ctime changes with the rights: a fixed file is taken again
        raise UnreadableEntry(UNREADABLE_FR.format(cause=cause_fr(exc)),
                              key=f"unreadable-{info.st_dev}-{info.st_ino}-{info.st_ctime_ns}") from exc


def open_entry(home: Home, path: Path) -> int:
    """Inside the inbox no link is followed, neither the file nor a folder on the way (O_NOFOLLOW alone
    checks only the last component: `inbox/lien-vers-etc/passwd` would be read). A path given on the
    command line outside the inbox is the user's choice: only its last component is checked."""
    if not in_inbox(home, path):
        return open_regular(path)
    parts = Path(os.path.abspath(path)).relative_to(home.inbox).parts
    folder = os.open(home.inbox, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for part in parts[:-1]:
            inner = open_no_follow(part, folder, os.O_DIRECTORY)
            os.close(folder)
            folder = inner
        return open_regular(parts[-1], folder)
    finally:
        os.close(folder)


def receive(home: Home, path: Path, work: Path | None = None, max_bytes: int | None = None) -> Received:
    """Copy the bytes through a descriptor opened without following links: a link is refused, never read
    through. `work` is the batch's private folder (see WorkArea).

    A hard link is read like any file (a scanner's SMB share or `cp -l` makes them): its bytes are copied, and
    only the inbox name is removed once they are stored; its other names keep the bytes.

    A file over `max_bytes` is not copied (a sparse file would take its whole apparent size on disk): from
    the inbox it is moved, on the same file system, into the work area, to be refused to review like any
    document too large; given elsewhere, it is left where it is."""
    fd = open_entry(home, path)
    try:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            raise LinkRefused(SPECIAL_REFUSED_FR, key=f"special-{before.st_dev}-{before.st_ino}")
        work = work or home.state / "work"
        ensure_private_dir(work)
        if max_bytes is not None and before.st_size > max_bytes:
            return receive_too_large(home, path, fd, before, work, max_bytes)
        work_path = work / uuid.uuid4().hex
        try:
            digest, size = copy_fd(fd, work_path)
        except OSError as exc:
            work_path.unlink(missing_ok=True)
            if exc.errno in NO_SPACE:
                raise disk_full(home, work) from exc
            raise UnreadableEntry(UNREADABLE_FR.format(cause=cause_fr(exc)),
                                  key=f"unreadable-{before.st_dev}-{before.st_ino}-{before.st_ctime_ns}") from exc
        after = os.fstat(fd)
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or size != before.st_size:
            work_path.unlink()
            raise StillBeingWritten(size)
    finally:
        os.close(fd)
    # Absolute, so that recovery from another working directory finds the inbox copy again.
    return Received(source_name(home, path), Path(os.path.abspath(path)), work_path, digest, size,
                    datetime.now().astimezone(), in_inbox(home, path))


MAX_HASHED_BYTES = 16 << 30  # a sparse file can claim terabytes; hashing reads them all (≈ 1 s per GB)
TOO_LARGE_LEFT_FR = ("Fichier démesuré : {size} Mo (maximum {limit} Mo). Laissé dans la boîte de dépôt sans être lu ; "
                     "retirez-le.")
MOVED_PREFIX = "moved-"
ORIGIN_SUFFIX = ".origin"


def receive_too_large(home: Home, path: Path, fd: int, before: os.stat_result, work: Path,
                      max_bytes: int) -> Received:
    """Moved, not copied. The move is noted first (where it came from), so that a batch that fails or dies
    before filing it puts it back in the inbox (`restore_moved`) instead of deleting it with the work area."""
    size_mb, limit_mb = before.st_size // (1 << 20), max_bytes // (1 << 20)
    if not in_inbox(home, path):
        raise TooLargeEntry(TOO_LARGE_OUTSIDE_FR.format(size=size_mb, limit=limit_mb))
    if before.st_size > MAX_HASHED_BYTES:  # even its hash would take minutes: not touched at all
        raise TooLargeEntry(TOO_LARGE_LEFT_FR.format(size=size_mb, limit=limit_mb),
                            key=f"too-large-{before.st_dev}-{before.st_ino}-{before.st_size}")
    origin = Path(os.path.abspath(path))
    work_path = work / f"{MOVED_PREFIX}{uuid.uuid4().hex}"
    note = work_path.with_name(work_path.name + ORIGIN_SUFFIX)
    try:
        write_note(note, path_text(origin))
        os.rename(origin, work_path)  # same file system: the inbox and .docpipe/ are in the same home
    except OSError as exc:
        note.unlink(missing_ok=True)
        if exc.errno in NO_SPACE:
            raise disk_full(home, work) from exc
        raise UnreadableEntry(UNREADABLE_FR.format(cause=f"{size_mb} Mo, au-delà de {limit_mb} Mo, et impossible "
                                                         "à déplacer hors de la boîte de dépôt"),
                              key=f"too-large-{before.st_dev}-{before.st_ino}") from exc
    fsync_dir(origin.parent)
    fsync_dir(work)
    digest = sha256_of(work_path)  # read, never written: a sparse file costs no disk here
    return Received(source_name(home, path), origin, work_path, digest, before.st_size,
                    datetime.now().astimezone(), True)


def write_note(note: Path, text: str) -> None:
    fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def restore_moved(work: Path) -> None:
    """Files moved out of the inbox and not filed (the batch failed or died) go back where they were; a name
    taken meanwhile gets a numbered one beside it. Never deleted."""
    for note in work.glob(f"{MOVED_PREFIX}*{ORIGIN_SUFFIX}"):
        moved = note.with_name(note.name.removesuffix(ORIGIN_SUFFIX))
        if moved.exists():
            origin = path_from_text(note.read_text(encoding="utf-8"))
            origin.parent.mkdir(parents=True, exist_ok=True)
            target, number = origin, 2
            while os.path.lexists(target):
                target = origin.with_name(f"{origin.stem}-{number}{origin.suffix}")
                number += 1
            os.rename(moved, target)
            fsync_dir(target.parent)
        note.unlink(missing_ok=True)


def copy_fd(fd: int, destination: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    out = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        while chunk := os.read(fd, COPY_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            os.write(out, chunk)
        os.fsync(out)
    finally:
        os.close(out)
    return digest.hexdigest(), size


def remove_from_inbox(received: Received) -> None:
    """Only once the bytes are stored and recorded; and only when the inbox still holds the same bytes."""
    if not received.from_inbox:
        return
    try:
        info = received.origin_path.lstat()
    except FileNotFoundError:
        return
    # A scanner may have rewritten the file meanwhile: those new bytes are not ours to delete.
    if stat.S_ISREG(info.st_mode) and info.st_size == received.size \
            and sha256_of(received.origin_path) == received.sha256:
        received.origin_path.unlink()
        fsync_dir(received.origin_path.parent)


def remove_refused_entry(home: Home, path: Path) -> None:
    """A refused symbolic link leaves the inbox (its target is never touched). Nothing else that is refused
    is ever removed: a regular file, a pipe or a device stays where a person finds it, its reason in the
    journal. Only an entry whose folders are real folders of the inbox: nothing outside it is ever touched."""
    if not in_inbox(home, path):
        return
    path = Path(os.path.abspath(path))
    real_parent = Path(os.path.realpath(home.inbox), *path.relative_to(home.inbox).parts[:-1])
    if os.path.realpath(path.parent) != str(real_parent):
        return
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        path.unlink()
        fsync_dir(path.parent)


# --- refusals: said once, in French, with the name a person can look for ---------------------------

def refusal(home: Home, path: Path, exc: LinkRefused) -> dict | None:
    """The journal record of a refused entry, or None when this very entry (same file, same state) was
    already reported: a pipe left in the inbox, an unreadable file, is said once, not at every pass."""
    if exc.key is not None and not first_notice(home, exc.key):
        return None
    remove_refused_entry(home, path)
    return {"source": source_name(home, path), "status": "review", "patient": None, "doc_type": "other",
            "pages": [], "stored_path": None, "reason": exc.message_fr, "evidence": {"rule": exc.rule}}


def first_notice(home: Home, key: str) -> bool:
    """True once per key, across processes (an exclusive create is the test)."""
    folder = home.state / "notices"
    ensure_private_dir(folder)
    name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    try:
        os.close(os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        return True
    except FileExistsError:
        return False
