"""The disk layout of stored documents and durable writes (write, fsync, rename, fsync the folder).

archive/<IPP>_<BIRTHNAME>_<First>/<YYYY>/<YYYY-MM-DD>_<type>_<shorthash>.<ext>  (+ .txt, .json)
review/<YYYY-MM-DD>/<shorthash>_<source name>  (+ .txt, .json)
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
import uuid
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Iterator

from .config import DIR_MODE, FILE_MODE, Home
from .models import Patient

MAX_PART = 60
CONTAINERS_FOLDER = "_fichiers-laboratoire"  # lab files holding several patients' messages, stored once
COPY_CHUNK = 1 << 20


def sanitize_part(text: str, fallback: str = "x") -> str:
    """One path component: ASCII letters, digits, `-`, `_`, `.`; no separators, no `..`, bounded."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text).strip("-._")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)[:MAX_PART].strip("-._")
    return cleaned or fallback


SAME_CONTENT = {"jpeg": "jpg", "tiff": "tif", "htm": "html"}  # two spellings of one format
# Extensions that promise a format: plain text under one of them is not what the name says. Under any
# other (`.csv`, `.log`), text is what a reader expects.
PROMISING_EXTENSIONS = {"pdf", "png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp", "webp", "docx", "doc", "odt",
                        "rtf", "htm", "html", "zip"}


def extension_of(source_name: str, media_type: str | None, content: str = "") -> str:
    """What a stored file is named with: its name's extension, and the content's own when they differ
    (`x.pdf` holding HTML is stored as `….pdf.html`), so that the archive never names a file for what it
    is not. `content` is the extension of what the bytes are (ExtractedDocument.extension)."""
    suffix = Path(source_name).suffix.lower().lstrip(".")
    suffix = suffix if re.fullmatch(r"[a-z0-9]{1,5}", suffix) else ""
    content = content if re.fullmatch(r"[a-z0-9]{1,5}", content or "") else ""
    if not content:
        return suffix or {"pdf": "pdf", "docx": "docx", "txt": "txt"}.get(media_type or "", "bin")
    if not suffix:
        return content
    if SAME_CONTENT.get(suffix, suffix) == content or (content == "txt" and suffix not in PROMISING_EXTENSIONS):
        return suffix
    return f"{suffix}.{content}"


def stored_extension(stored_name: str, source_name: str, media_type: str | None) -> str:
    """The extension a stored file carries, whole: `pdf.html` for `….pdf.html`, so that moving it (review →
    archive, a new type) keeps both the name's extension and the content's."""
    last = Path(stored_name).suffix.lower().lstrip(".")
    whole = extension_of(source_name, media_type, last)
    return whole if stored_name.lower().endswith(f".{whole}") else last


def patient_folder_name(patient: Patient) -> str:
    first = patient.first_given_name.title()
    return "_".join([sanitize_part(patient.ipp), sanitize_part(patient.birth_name.upper()), sanitize_part(first)])


def ensure_private_dir(path: Path) -> None:
    """Every folder created on the way is 0700 too: mkdir(parents=True) would give those the umask's mode."""
    if not path.parent.is_dir():
        ensure_private_dir(path.parent)
    path.mkdir(mode=DIR_MODE, exist_ok=True)
    os.chmod(path, DIR_MODE)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def durable_file(path: Path, make_private_dir: bool = True) -> Iterator[BinaryIO]:
    """Write `path` safely: a temporary file beside it (0600), fsync, rename, fsync the folder.

    Nothing is left at `path` unless the whole block succeeded."""
    if make_private_dir:
        ensure_private_dir(path.parent)
    # Named after its destination, so that recovery after a crash knows whose leftover it is.
    temporary = path.parent / f".tmp-{path.name}-{uuid.uuid4().hex}"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def write_durably(path: Path, data: bytes) -> None:
    with durable_file(path) as handle:
        handle.write(data)


def move_durably(source: Path, destination: Path) -> None:
    """`source` is already fsynced and on the same file system (the work area): rename is atomic."""
    ensure_private_dir(destination.parent)
    os.chmod(source, FILE_MODE)
    os.replace(source, destination)
    fsync_dir(destination.parent)


def sha256_of(path: Path) -> str:
    """Hash a stored or dropped file; never through a link."""
    digest = hashlib.sha256()
    with os.fdopen(os.open(path, os.O_RDONLY | os.O_NOFOLLOW), "rb") as handle:
        for chunk in iter(lambda: handle.read(COPY_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def unique_path(path: Path) -> Path:
    """Never overwrite: a second document with the same name gets a numbered suffix."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


class Archive:
    def __init__(self, home: Home):
        self.home = home

    def filed_path(self, patient: Patient, doc_type: str, sha256: str, received: datetime, ext: str) -> Path:
        folder = self.home.archive / patient_folder_name(patient) / f"{received:%Y}"
        name = f"{received:%Y-%m-%d}_{sanitize_part(doc_type)}_{sha256[:10]}.{ext}"
        return folder / name

    def review_path(self, source_name: str, sha256: str, received: datetime, ext: str) -> Path:
        stem = sanitize_part(Path(source_name).stem, "document")[:40]
        return self.home.review / f"{received:%Y-%m-%d}" / f"{sha256[:10]}_{stem}.{ext}"

    def container_path(self, source_name: str, sha256: str, received: datetime) -> Path:
        """A container (a lab file holding several patients' messages) belongs to no patient: stored once,
        as received, in its own folder; each of its parts is filed on its own."""
        stem = sanitize_part(Path(source_name).stem, "laboratoire")[:40]
        ext = sanitize_part(Path(source_name).suffix.lstrip("."), "txt")[:8] or "txt"
        return (self.home.archive / CONTAINERS_FOLDER / f"{received:%Y}"
                / f"{received:%Y-%m-%d}_{sha256[:10]}_{stem}.{ext}")

    def write_companions(self, stored: Path, text: str, sidecar: dict) -> tuple[Path, Path]:
        """The extracted text and the JSON sidecar, beside the original."""
        text_path = stored.with_name(stored.name + ".txt")
        sidecar_path = stored.with_name(stored.name + ".json")
        write_durably(text_path, text.encode("utf-8"))
        write_durably(sidecar_path, json.dumps(sidecar, ensure_ascii=False, indent=2).encode("utf-8"))
        return text_path, sidecar_path

    def relocate(self, stored: Path, destination: Path) -> Path:
        """Move a stored original and its companions (review → archive)."""
        destination = unique_path(destination)
        for suffix in ("", ".txt", ".json"):
            source = stored.with_name(stored.name + suffix)
            if source.exists():
                move_durably(source, destination.with_name(destination.name + suffix))
        return destination
