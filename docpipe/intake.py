"""Taking files from the inbox: which ones, claimed by whom, copied privately without following links."""
from __future__ import annotations

import errno
import fcntl
import fnmatch
import hashlib
import os
import shutil
import stat
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .archive import COPY_CHUNK, ensure_private_dir, fsync_dir, sha256_of
from .config import FILE_MODE, Home
from .errors import DocpipeError

IGNORED_PATTERNS = [".*", "~$*", "*.part", "*.tmp", "*.crdownload", "*.partial", "*.swp", "Thumbs.db",
                    "desktop.ini", "*.download"]


class LinkRefused(DocpipeError):
    """The inbox entry is a symbolic link (or not a regular file): it is never read."""


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


def source_name(home: Home, path: Path) -> str:
    """The file name as dropped (relative to the inbox when it was dropped there)."""
    if in_inbox(home, path):
        return str(Path(os.path.abspath(path)).relative_to(home.inbox))
    return Path(path).name


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
HARD_LINK_REFUSED_FR = ("Lien physique refusé : ce fichier porte aussi un autre nom ailleurs sur le disque, "
                        "docpipe ne le lit pas. Déposez une copie du document.")


def open_no_follow(name, dir_fd: int | None = None, extra_flags: int = 0) -> int:
    try:
        return os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | extra_flags, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR) and \
                stat.S_ISLNK(os.stat(name, dir_fd=dir_fd, follow_symlinks=False).st_mode):
            raise LinkRefused(LINK_REFUSED_FR) from exc
        raise


def open_entry(home: Home, path: Path) -> int:
    """Inside the inbox no link is followed, neither the file nor a folder on the way (O_NOFOLLOW alone
    checks only the last component: `inbox/lien-vers-etc/passwd` would be read). A path given on the
    command line outside the inbox is the user's choice: only its last component is checked."""
    if not in_inbox(home, path):
        return open_no_follow(path)
    parts = Path(os.path.abspath(path)).relative_to(home.inbox).parts
    folder = os.open(home.inbox, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for part in parts[:-1]:
            inner = open_no_follow(part, folder, os.O_DIRECTORY)
            os.close(folder)
            folder = inner
        return open_no_follow(parts[-1], folder)
    finally:
        os.close(folder)


def receive(home: Home, path: Path, work: Path | None = None) -> Received:
    """Copy the bytes through a descriptor opened without following links: a link is refused, never read
    through. `work` is the batch's private folder (see WorkArea)."""
    fd = open_entry(home, path)
    try:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            raise LinkRefused("Ce n'est pas un fichier ordinaire (périphérique, tube ou dossier) : refusé.")
        if before.st_nlink > 1 and in_inbox(home, path):
            raise LinkRefused(HARD_LINK_REFUSED_FR)
        work = work or home.state / "work"
        ensure_private_dir(work)
        work_path = work / uuid.uuid4().hex
        digest, size = copy_fd(fd, work_path)
        after = os.fstat(fd)
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or size != before.st_size:
            work_path.unlink()
            raise StillBeingWritten(size)
    finally:
        os.close(fd)
    # Absolute, so that recovery from another working directory finds the inbox copy again.
    return Received(source_name(home, path), Path(os.path.abspath(path)), work_path, digest, size,
                    datetime.now().astimezone(), in_inbox(home, path))


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
    """A refused link leaves the inbox: a symbolic link's target, a hard link's other names keep the bytes.
    Only an entry whose folders are real folders of the inbox: nothing outside it is ever touched."""
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
    if stat.S_ISLNK(info.st_mode) or (stat.S_ISREG(info.st_mode) and info.st_nlink > 1):
        path.unlink()
        fsync_dir(path.parent)
