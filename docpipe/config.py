"""The home directory layout and the optional settings file `docpipe.toml`."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from .errors import DocpipeError

DIR_MODE = 0o700
FILE_MODE = 0o600


@dataclass(frozen=True)
class Limits:
    max_file_mb: int = 200
    max_pages: int = 500
    max_image_pixels: int = 80_000_000  # refused before decoding (decompression bombs)
    ocr_timeout_s: int = 120  # per page
    ocr_dpi: int = 300  # rendering resolution for PDF pages without usable text
    min_text_chars: int = 25  # a PDF page with fewer characters in its text layer is OCRed


@dataclass(frozen=True)
class Settings:
    limits: Limits = field(default_factory=Limits)
    ocr_languages: str = "fra+eng"
    ocr_workers: int = 0  # 0 = one per core
    stable_seconds: float = 2.0  # watcher: size and mtime unchanged this long
    practice: dict = field(default_factory=dict)


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
        """Create the layout (idempotent). Stored data lives in 0700 folders."""
        self.root.mkdir(parents=True, exist_ok=True)
        for folder in [self.inbox, self.templates]:
            folder.mkdir(exist_ok=True)
        for folder in self.private_dirs():
            folder.mkdir(mode=DIR_MODE, exist_ok=True)
            os.chmod(folder, DIR_MODE)
        if not self.settings_file.exists():
            self.settings_file.write_text(EXAMPLE_SETTINGS, encoding="utf-8")

    def load_settings(self) -> Settings:
        if not self.settings_file.exists():
            return Settings()
        try:
            raw = tomllib.loads(self.settings_file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise DocpipeError(f"docpipe.toml illisible : {exc}") from exc
        return settings_from_dict(raw)


def settings_from_dict(raw: dict) -> Settings:
    limit_names = {f.name for f in fields(Limits)}
    limits = Limits(**{k: v for k, v in raw.get("limits", {}).items() if k in limit_names})
    ocr = raw.get("ocr", {})
    watch = raw.get("watch", {})
    return Settings(
        limits=limits,
        ocr_languages=ocr.get("languages", "fra+eng"),
        ocr_workers=int(ocr.get("workers", 0)),
        stable_seconds=float(watch.get("stable_seconds", 2.0)),
        practice=dict(raw.get("practice", {})),
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

[ocr]
languages = "fra+eng"
workers = 0                # 0 = un processus par cœur

[watch]
stable_seconds = 2.0       # un fichier est pris quand taille et date n'ont pas bougé ce temps-là
"""
