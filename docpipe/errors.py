"""Typed errors. `message_fr` is what a secretary reads in review/ or on the console; `exit_code` is what a
script reads (one table, `ExitCode`, documented in the README)."""
from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    ERROR = 1  # a refusal the user can act on (unknown patient, document not waiting, contradiction…)
    USAGE = 2  # a failure of docpipe or of its set-up: bad option, bad configuration, not a docpipe home
    MISSING_DEPENDENCY = 3  # Tesseract, LibreOffice… absent
    INTEGRITY = 4  # the archive or the audit chain is not what was recorded (verify, audit verify, day close, export)
    INTERRUPTED = 130  # Ctrl-C


class DocpipeError(Exception):
    """A failure of docpipe itself or of its set-up (non-zero exit)."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message_fr: str):
        super().__init__(message_fr)
        self.message_fr = message_fr


class UnreadableDocument(DocpipeError):
    """The file cannot be read as a document: it goes to review with this reason."""

    code = "unreadable"


class EmptyDocument(UnreadableDocument):
    code = "empty"


class EncryptedDocument(UnreadableDocument):
    code = "encrypted"


class UnsupportedDocument(UnreadableDocument):
    code = "unsupported"


class DocumentTooLarge(UnreadableDocument):
    code = "too_large"


class OcrFailed(UnreadableDocument):
    code = "ocr_failed"


class MissingDependency(DocpipeError):
    exit_code = ExitCode.MISSING_DEPENDENCY


class RegistryImportError(DocpipeError):
    """A CSV row is invalid; nothing was imported. `problems` lists (line, message)."""

    def __init__(self, problems: list[tuple[int, str]]):
        lines = "\n".join(f"ligne {n} : {msg}" for n, msg in problems)
        super().__init__(f"Import refusé, aucun patient modifié :\n{lines}")
        self.problems = problems
