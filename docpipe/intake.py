"""Taking files from the inbox: which ones, claimed by whom, copied privately without following links."""
from __future__ import annotations

import fcntl
import fnmatch
import hashlib
import os
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
    return any(fnmatch.fnmatch(name, pattern) for pattern in IGNORED_PATTERNS)


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
    """An exclusive, non-blocking lock per inbox entry, so two docpipe processes never take the same file."""

    def __init__(self, home: Home, path: Path):
        key = hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()[:32]
        folder = home.state / "claims"
        ensure_private_dir(folder)
        self.lock_path = folder / f"{key}.lock"
        self.fd: int | None = None

    def acquire(self) -> bool:
        self.fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            os.close(self.fd)
            self.fd = None
            return False

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


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


def receive(home: Home, path: Path) -> Received:
    """Copy the bytes through a descriptor opened with O_NOFOLLOW: a link is refused, never read through."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if Path(path).is_symlink():
            raise LinkRefused("Lien symbolique refusé : docpipe ne lit jamais un fichier au travers d'un lien.") from exc
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise LinkRefused("Ce n'est pas un fichier ordinaire (périphérique, tube ou dossier) : refusé.")
        work = home.state / "work"
        ensure_private_dir(work)
        work_path = work / uuid.uuid4().hex
        digest, size = copy_fd(fd, work_path)
    finally:
        os.close(fd)
    return Received(source_name(home, path), Path(path), work_path, digest, size, datetime.now().astimezone(),
                    in_inbox(home, path))


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
