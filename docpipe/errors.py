"""Typed errors. `message_fr` is what a secretary reads in review/ or on the console."""
from __future__ import annotations


class DocpipeError(Exception):
    """A failure of docpipe itself or of its set-up (non-zero exit)."""

    exit_code = 2

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
    exit_code = 3


class RegistryImportError(DocpipeError):
    """A CSV row is invalid; nothing was imported. `problems` lists (line, message)."""

    def __init__(self, problems: list[tuple[int, str]]):
        lines = "\n".join(f"ligne {n} : {msg}" for n, msg in problems)
        super().__init__(f"Import refusé, aucun patient modifié :\n{lines}")
        self.problems = problems
