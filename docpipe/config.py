"""The home directory layout and the optional settings file `docpipe.toml`."""
from __future__ import annotations

import logging
import os
import stat
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from .errors import DocpipeError

DIR_MODE = 0o700
FILE_MODE = 0o600
log = logging.getLogger("docpipe.config")
_warned: set[str] = set()


@dataclass(frozen=True)
class Limits:
    max_file_mb: int = 200
    max_pages: int = 500
    max_image_pixels: int = 80_000_000  # refused before decoding (decompression bombs)
    ocr_timeout_s: int = 120  # per page
    ocr_dpi: int = 300  # rendering resolution for PDF pages without usable text
    min_text_chars: int = 25  # a PDF page with fewer characters in its text layer is OCRed
    read_timeout_s: int = 120  # wall time to parse one PDF or Word file (worker process stopped after it)


@dataclass(frozen=True)
class Settings:
    limits: Limits = field(default_factory=Limits)
    ocr_languages: str = "fra"  # fra+eng costs ~30 % more time for no measured identity gain (README)
    ocr_workers: int = 0  # 0 = one per core
    stable_seconds: float = 2.0  # watcher: size and mtime unchanged this long
    practice: dict = field(default_factory=dict)
    audit_anchor_dir: str = ""  # [audit] anchor_dir: a folder outside the home where each day's chain head is appended
    audit_syslog: bool = False  # [audit] syslog: the chain head also sent to syslog


@dataclass(frozen=True)
class Home:
    root: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike | None) -> "Home":
        chosen = home or os.environ.get("DOCPIPE_HOME") or "."
        return cls(Path(chosen).expanduser().resolve())

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def review(self) -> Path:
        return self.root / "review"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def state(self) -> Path:
        """Private working area: claims, temporary files, markers."""
        return self.root / ".docpipe"

    @property
    def scratch(self) -> Path:
        """Temporary page images for OCR: inside the private state folder, not in a shared /tmp."""
        return self.state / "tmp"

    @property
    def database(self) -> Path:
        return self.root / "docpipe.db"

    @property
    def settings_file(self) -> Path:
        return self.root / "docpipe.toml"

    def relative(self, path: Path) -> str:
        return str(Path(path).resolve().relative_to(self.root))

    def private_dirs(self) -> list[Path]:
        return [self.archive, self.review, self.reports, self.state]

    def init(self) -> None:
        """Create the layout (idempotent): every folder 0700 and docpipe.toml 0600 whatever the umask.

        What exists already is left as it is when its mode is right, so that an existing home on a read-only
        file system is only read; an inbox opened to the scanner's group stays so. Anything writable by
        other users (the home, the inbox, the templates, docpipe.toml) is warned about."""
        for folder in [self.root, self.inbox, self.templates]:
            make_dir(folder, parents=folder == self.root)
        for folder in self.private_dirs():
            make_dir(folder)
            set_mode(folder, DIR_MODE)
        if not self.settings_file.exists():
            create_file(self.settings_file, EXAMPLE_SETTINGS.encode("utf-8"))
        for warning in self.permission_warnings():
            if warning not in _warned:
                _warned.add(warning)
                log.warning(warning)

    def permission_warnings(self) -> list[str]:
        """French warnings for what other users of the machine could change (limits, templates, the inbox)."""
        watched = [self.root, self.inbox, self.templates, self.settings_file]
        if self.templates.is_dir():
            watched += sorted(p for p in self.templates.iterdir() if not p.is_symlink())
        warnings = []
        for path in watched:
            try:  # a link's own mode is always rwx for all: what others could change is its target
                mode = (path.stat() if path.is_symlink() else path.lstat()).st_mode
            except OSError:
                continue
            if mode & stat.S_IWOTH:
                warnings.append(f"Attention : {path} est modifiable par tous les utilisateurs de la machine "
                                f"(droits {stat.filemode(mode)}) ; corrigez avec « chmod o-w {path} ».")
        return warnings

    def load_settings(self) -> Settings:
        if not self.settings_file.exists():
            return Settings()
        try:
            raw = tomllib.loads(self.settings_file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise DocpipeError(f"docpipe.toml illisible : {exc}") from exc
        return settings_from_dict(raw)


def read_only_file_system(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def sqlite_target(database: Path) -> tuple[str, bool]:
    """What to give `sqlite3.connect` (name, uri). On a read-only file system (an archive mounted read-only)
    the database is opened immutable: SQLite then writes nothing, not even its WAL index or a lock, so the
    read-only commands work; nobody can write it meanwhile, which is what immutable requires. A write is
    refused by SQLite, and said in French by the command (intake.french_error)."""
    if database.exists() and read_only_file_system(database.parent):
        return f"{database.resolve().as_uri()}?immutable=1", True
    return str(database), False


def make_dir(folder: Path, parents: bool = False) -> None:
    """A new folder gets 0700 whatever the umask (mkdir's mode is filtered by it)."""
    if folder.is_dir():
        return
    if parents and not folder.parent.is_dir():
        folder.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(mode=DIR_MODE, exist_ok=True)
    os.chmod(folder, DIR_MODE)


def set_mode(path: Path, mode: int) -> None:
    """Only when it differs: a read-only file system is never written for nothing."""
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except OSError as exc:
        log.warning("droits de %s non corrigés (%s)", path, os.strerror(exc.errno or 0))


def create_file(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return
    try:
        os.fchmod(fd, FILE_MODE)
        os.write(fd, data)
    finally:
        os.close(fd)


def settings_from_dict(raw: dict) -> Settings:
    limit_names = {f.name for f in fields(Limits)}
    limits = Limits(**{k: v for k, v in raw.get("limits", {}).items() if k in limit_names})
    ocr = raw.get("ocr", {})
    watch = raw.get("watch", {})
    return Settings(
        limits=limits,
        ocr_languages=ocr.get("languages", "fra"),
        ocr_workers=int(ocr.get("workers", 0)),
        stable_seconds=float(watch.get("stable_seconds", 2.0)),
        practice=dict(raw.get("practice", {})),
        audit_anchor_dir=str(raw.get("audit", {}).get("anchor_dir", "")),
        audit_syslog=bool(raw.get("audit", {}).get("syslog", False)),
    )


EXAMPLE_SETTINGS = """\
# Réglages de docpipe (facultatifs) — les valeurs ci-dessous sont les valeurs par défaut.

[practice]
# Coordonnées du cabinet, reprises dans l'en-tête des courriers.
name = "Cabinet médical des Tilleuls (exemple)"
address = "12 rue des Tilleuls, 69003 Lyon"
phone = "04 00 00 00 00"
doctor = "Dr Claire Exemple"
specialty = "Médecine générale"
rpps = "10000000000"
city = "Lyon"

[limits]
max_file_mb = 200          # taille maximale d'un fichier déposé
max_pages = 500            # pages maximales d'un document
max_image_pixels = 80000000  # refus avant décodage au-delà (bombes de décompression)
ocr_timeout_s = 120        # délai maximal de l'OCR d'une page
ocr_dpi = 300              # résolution de rendu des pages PDF sans texte
min_text_chars = 25        # en dessous, une page PDF est passée à l'OCR
read_timeout_s = 120       # délai maximal de lecture d'un PDF ou d'un document Word

[ocr]
languages = "fra"          # "fra+eng" pour les documents en anglais (≈ 30 % plus lent)
workers = 0                # 0 = un processus par cœur

[watch]
stable_seconds = 2.0       # un fichier est pris quand taille et date n'ont pas bougé ce temps-là

[audit]
# La tête du journal d'audit (n° et empreinte de la dernière entrée) figure dans chaque rapport de journée.
# Pour qu'elle quitte aussi le dossier de travail, à chaque clôture :
# anchor_dir = "/var/log/docpipe-ancres"   # dossier hors du dossier de travail (ajout en fin de fichier)
# syslog = true                             # et/ou le journal système
"""
