"""The embedded SQLite store: patients, documents, the processing journal, the audit trail.

All SQL of the documents, patients and journal lives here (audit.py and accounts keep their own tables);
every other module sees a `Document`, built from a row in one place: `document_from_row`. WAL mode so a
watcher and a manual command can share the database.
"""
from __future__ import annotations

import json
import os
import sqlite3
import unicodedata
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path

from .config import FILE_MODE, sqlite_target
from .models import DocType, Document, LetterStatus, Origin, Patient, State, Status

SCHEMA = """
CREATE TABLE IF NOT EXISTS patients (
    ipp TEXT PRIMARY KEY,
    birth_name TEXT NOT NULL,
    used_name TEXT NOT NULL DEFAULT '',
    first_names TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    ins TEXT NOT NULL DEFAULT '',
    birth_place TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL DEFAULT 'ingest',          -- 'ingest' or 'letter'
    state TEXT NOT NULL DEFAULT 'done',             -- 'storing' until the file is in place
    status TEXT NOT NULL,                           -- 'filed', 'review', 'rejected'
    source_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    media_type TEXT,
    patient_ipp TEXT,
    doc_type TEXT NOT NULL DEFAULT 'other',
    pages TEXT NOT NULL DEFAULT '[]',
    stored_path TEXT NOT NULL,
    text_path TEXT,
    sidecar_path TEXT,
    reason TEXT,
    evidence TEXT NOT NULL DEFAULT '{}',
    received_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT,
    template TEXT,
    letter_status TEXT,
    inbox_path TEXT,
    parent_id INTEGER REFERENCES documents(id),     -- a part: the container it was cut from
    part TEXT,                                      -- which part, e.g. 'pages 3-4', 'message 2/3'
    filing TEXT                                     -- until 'done': the intent (docpipe/filing.py), JSON
);
CREATE UNIQUE INDEX IF NOT EXISTS documents_ingest_sha ON documents(sha256) WHERE origin = 'ingest';
CREATE INDEX IF NOT EXISTS documents_patient ON documents(patient_ipp);
CREATE INDEX IF NOT EXISTS documents_status ON documents(status);
CREATE INDEX IF NOT EXISTS documents_queue ON documents(status, state, received_at, id);

CREATE TABLE IF NOT EXISTS document_text (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    source_name TEXT NOT NULL,
    sha256 TEXT,
    document_id INTEGER,
    status TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    document_id INTEGER,
    patient_ipp TEXT,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
"""

# Full-text index over document_text (external content: the text is not stored twice). Triggers keep it in
# step with every insert, update and delete of a text, whichever module makes it.
SEARCH_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5(
    text, content = 'document_text', content_rowid = 'document_id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS document_text_fts_insert AFTER INSERT ON document_text BEGIN
    INSERT INTO document_fts (rowid, text) VALUES (new.document_id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS document_text_fts_delete AFTER DELETE ON document_text BEGIN
    INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', old.document_id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS document_text_fts_update AFTER UPDATE ON document_text BEGIN
    INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', old.document_id, old.text);
    INSERT INTO document_fts (rowid, text) VALUES (new.document_id, new.text);
END;
"""

# Columns added after the first release: an existing home gets them on opening (ALTER TABLE).
ADDED_COLUMNS = {"documents": [("parent_id", "INTEGER REFERENCES documents(id)"), ("part", "TEXT"),
                               ("filing", "TEXT")]}
PARENT_INDEX = "CREATE INDEX IF NOT EXISTS documents_parent ON documents(parent_id)"

PATIENT_COLUMNS = ["ipp", "birth_name", "used_name", "first_names", "birth_date", "sex", "ins", "birth_place"]


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def patient_from_row(row: sqlite3.Row) -> Patient:
    return Patient(
        ipp=row["ipp"], birth_name=row["birth_name"], used_name=row["used_name"],
        first_names=row["first_names"], birth_date=date.fromisoformat(row["birth_date"]),
        sex=row["sex"], ins=row["ins"], birth_place=row["birth_place"],
    )


def document_from_row(row: sqlite3.Row) -> Document:
    """The only place a documents row becomes a `Document`."""
    keys = row.keys()
    letter_status = row["letter_status"]
    return Document(
        id=row["id"], origin=Origin(row["origin"]), state=State(row["state"]), status=Status(row["status"]),
        source_name=row["source_name"], sha256=row["sha256"], size=row["size"], media_type=row["media_type"],
        patient_ipp=row["patient_ipp"], doc_type=doc_type_of(row["doc_type"]), pages=json.loads(row["pages"] or "[]"),
        stored_path=row["stored_path"], reason=row["reason"], evidence=json.loads(row["evidence"] or "{}"),
        received_at=row["received_at"], decided_at=row["decided_at"], decided_by=row["decided_by"],
        template=row["template"], letter_status=LetterStatus(letter_status) if letter_status else None,
        parent_id=row["parent_id"] if "parent_id" in keys else None, part=row["part"] if "part" in keys else None,
        filing=json.loads(row["filing"]) if "filing" in keys and row["filing"] else None,
        text_path=row["text_path"], sidecar_path=row["sidecar_path"], inbox_path=row["inbox_path"],
    )


def doc_type_of(value: str | None) -> DocType:
    try:
        return DocType(value or DocType.OTHER)
    except ValueError:
        return DocType.OTHER


def fold(text: str) -> str:
    """Accents and case removed: `Lefèbvre` finds `LEFEBVRE`."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def encoded(value):
    """Lists and dicts are stored as JSON; enums as their code."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def parse_query_date(text: str) -> date | None:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


class Store:
    def __init__(self, path: Path):
        new = not Path(path).exists()
        self.path = Path(path)
        target, uri = sqlite_target(self.path)  # immutable on a read-only file system
        self.db = sqlite3.connect(target, uri=uri, timeout=30, isolation_level=None)
        if new:
            os.chmod(path, FILE_MODE)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA busy_timeout=30000")
        self.db.executescript(SCHEMA)
        self.add_missing_columns()
        self.ensure_search_index()

    def add_missing_columns(self) -> None:
        for table, columns in ADDED_COLUMNS.items():
            present = {r["name"] for r in self.db.execute(f"PRAGMA table_info({table})")}
            for name, declaration in columns:
                if name not in present:
                    self.db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
        self.db.execute(PARENT_INDEX)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self):
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --- patients ------------------------------------------------------------------------------

    def upsert_patients(self, patients: list[Patient]) -> tuple[int, int]:
        """Insert or update by IPP, all or nothing. Returns (created, updated)."""
        created = updated = 0
        stamp = now_iso()
        with self.transaction() as db:
            for p in patients:
                exists = db.execute("SELECT 1 FROM patients WHERE ipp = ?", (p.ipp,)).fetchone()
                values = (p.ipp, p.birth_name, p.used_name, p.first_names, p.birth_date.isoformat(),
                          p.sex, p.ins, p.birth_place, stamp)
                db.execute(
                    "INSERT INTO patients (ipp, birth_name, used_name, first_names, birth_date, sex, ins,"
                    " birth_place, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
                    " ON CONFLICT(ipp) DO UPDATE SET birth_name=excluded.birth_name,"
                    " used_name=excluded.used_name, first_names=excluded.first_names,"
                    " birth_date=excluded.birth_date, sex=excluded.sex, ins=excluded.ins,"
                    " birth_place=excluded.birth_place, updated_at=excluded.updated_at", values)
                updated += bool(exists)
                created += not exists
        return created, updated

    def patients(self) -> list[Patient]:
        rows = self.db.execute("SELECT * FROM patients ORDER BY birth_name, first_names, ipp")
        return [patient_from_row(r) for r in rows]

    def patient(self, ipp: str) -> Patient | None:
        row = self.db.execute("SELECT * FROM patients WHERE ipp = ?", (ipp,)).fetchone()
        return patient_from_row(row) if row else None

    def add_patient(self, patient: Patient) -> Patient:
        """A new registry entry (« patient inconnu » in review); an existing IPP is refused."""
        if self.patient(patient.ipp) is not None:
            raise ValueError(f"IPP {patient.ipp} déjà présent dans le registre.")
        self.upsert_patients([patient])
        return patient

    def search_patients(self, query: str) -> list[Patient]:
        """By name (accents and case ignored, every word must match a name), birth date (AAAA-MM-JJ or
        JJ/MM/AAAA), IPP or INS (spaces ignored)."""
        words = [fold(w) for w in query.split()]
        compact = "".join(query.split()).upper()
        wanted_date = parse_query_date(query.strip())
        found = []
        for patient in self.patients():
            names = fold(" ".join([patient.birth_name, patient.used_name, patient.first_names]))
            if (compact and compact in (patient.ipp.upper(), patient.ins.replace(" ", "").upper())) \
                    or (wanted_date is not None and patient.birth_date == wanted_date) \
                    or (words and wanted_date is None and all(w in names.split() or w in names for w in words)):
                found.append(patient)
        return found

    # --- documents -----------------------------------------------------------------------------

    def document_by_sha(self, sha256: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE sha256 = ? AND origin = 'ingest'", (sha256,)).fetchone()
        return document_from_row(row) if row else None

    def document(self, document_id: int) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        return document_from_row(row) if row else None

    def insert_document(self, **columns) -> int:
        columns = {name: encoded(value) for name, value in columns.items()}
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        cursor = self.db.execute(f"INSERT INTO documents ({names}) VALUES ({marks})", list(columns.values()))
        return cursor.lastrowid

    def insert_document_with_text(self, text: str, **columns) -> int:
        with self.transaction():
            document_id = self.insert_document(**columns)
            self.db.execute("INSERT INTO document_text (document_id, text) VALUES (?, ?)", (document_id, text))
        return document_id

    def text(self, document_id: int) -> str:
        row = self.db.execute("SELECT text FROM document_text WHERE document_id = ?", (document_id,)).fetchone()
        return row["text"] if row else ""

    def update_document(self, document_id: int, **columns) -> None:
        columns = {name: encoded(value) for name, value in columns.items()}
        assignments = ", ".join(f"{name} = ?" for name in columns)
        self.db.execute(f"UPDATE documents SET {assignments} WHERE id = ?", [*columns.values(), document_id])

    def delete_document(self, document_id: int) -> None:
        """Only a row whose file never reached the archive (a crash before the move) is ever deleted."""
        with self.transaction():
            self.db.execute("DELETE FROM document_text WHERE document_id = ?", (document_id,))
            self.db.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    def documents(self, where: str = "1", params: tuple = ()) -> list[sqlite3.Row]:
        """Raw rows, for test and benchmark tooling only; the library uses the typed queries below."""
        return self.db.execute(f"SELECT * FROM documents WHERE {where} ORDER BY id", params).fetchall()

    def select_documents(self, where: str, params: tuple = (), suffix: str = "ORDER BY id") -> list[Document]:
        rows = self.db.execute(f"SELECT * FROM documents WHERE {where} {suffix}", params)
        return [document_from_row(r) for r in rows]

    def unfinished_documents(self) -> list[Document]:
        return self.select_documents("state != 'done'")

    def review_queue(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Documents waiting for a person, oldest first."""
        return self.select_documents("status = 'review' AND state = 'done'",
                                     (limit if limit is not None else -1, offset),
                                     "ORDER BY received_at, id LIMIT ? OFFSET ?")

    def count_review_queue(self) -> int:
        query = "SELECT count(*) FROM documents WHERE status = 'review' AND state = 'done'"
        return self.db.execute(query).fetchone()[0]

    def patient_documents(self, ipp: str) -> list[Document]:
        return self.select_documents("patient_ipp = ? AND state = 'done'", (ipp,))

    def filed_documents_of(self, ipp: str) -> list[Document]:
        return self.select_documents("patient_ipp = ? AND state = 'done' AND status = 'filed'", (ipp,))

    def documents_by_ids(self, ids) -> list[Document]:
        ids = list(ids)
        return self.select_documents(f"id IN ({','.join('?' * len(ids))})", tuple(ids)) if ids else []

    def documents_received_between(self, start: str, end: str) -> list[Document]:
        return self.select_documents("received_at >= ? AND received_at < ?", (start, end))

    def letters(self, drafts_only: bool = False) -> list[Document]:
        if drafts_only:
            return self.select_documents("origin = 'letter' AND letter_status = 'draft'")
        return self.select_documents("origin = 'letter'")

    def parts_of(self, parent_id: int) -> list[Document]:
        return self.select_documents("parent_id = ?", (parent_id,))

    # --- journal (the history shown by `docpipe log`) ------------------------------------------

    def add_journal(self, record: dict, document_id: int | None, sha256: str | None) -> None:
        self.db.execute(
            "INSERT INTO journal (at, source_name, sha256, document_id, status, record) VALUES (?,?,?,?,?,?)",
            (now_iso(), record["source"], sha256, document_id, record["status"],
             json.dumps(record, ensure_ascii=False)))

    def journal(self) -> list[dict]:
        rows = self.db.execute("SELECT at, record FROM journal ORDER BY id")
        return [{**json.loads(r["record"]), "at": r["at"]} for r in rows]

    # --- full-text search, day close (docpipe/search.py, docpipe/daybatch.py) ------------------

    def ensure_search_index(self) -> None:
        """Create the full-text index; when it is new, fill it from the texts already stored."""
        existed = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_fts'").fetchone()
        self.db.executescript(SEARCH_SCHEMA)
        if not existed:
            self.rebuild_search_index()

    def rebuild_search_index(self) -> None:
        self.db.execute("INSERT INTO document_fts (document_fts) VALUES ('rebuild')")

    def search_documents(self, match: str, *, patient_ipp: str | None = None, doc_type: str | None = None,
                         since: str | None = None, min_id: int | None = None, limit: int = 20,
                         marks: tuple[str, str] = ("\x02", "\x03")) -> list[tuple[Document, str, float]]:
        """`match` is an FTS5 expression built by docpipe/search.py. Best first (bm25): (document, snippet, score).

        The snippet is computed for the kept hits only, looked up by rowid, not for every match."""
        filters, params = ["d.state = 'done'"], []
        for clause, value in (("d.patient_ipp = ?", patient_ipp), ("d.doc_type = ?", doc_type),
                              ("d.received_at >= ?", since), ("document_fts.rowid >= ?", min_id)):
            if value:
                filters.append(clause)
                params.append(value)
        query = f"""
            WITH hits AS (
                SELECT document_fts.rowid AS id, bm25(document_fts) AS score
                FROM document_fts JOIN documents d ON d.id = document_fts.rowid
                WHERE document_fts MATCH ? AND {' AND '.join(filters)}
                ORDER BY score LIMIT ?)
            SELECT d.*, hits.score AS score, snippet(document_fts, 0, ?, ?, '…', 16) AS snippet
            FROM hits CROSS JOIN document_fts CROSS JOIN documents d  -- kept hits first: one lookup each
            WHERE document_fts MATCH ? AND document_fts.rowid = hits.id AND d.id = hits.id
            ORDER BY hits.score"""
        rows = self.db.execute(query, [match, *params, limit, *marks, match])
        return [(document_from_row(r), r["snippet"], r["score"]) for r in rows]

    def nth_latest_match(self, match: str, n: int) -> int | None:
        """Id of the n-th most recent document matching, or None when fewer match (cheap: no ranking)."""
        row = self.db.execute("SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid DESC"
                              " LIMIT 1 OFFSET ?", (match, n - 1)).fetchone()
        return row[0] if row else None

    def journal_of_day(self, day: date) -> list[dict]:
        """Journal rows written on `day` (local time: `at` carries the local offset)."""
        after = date.fromordinal(day.toordinal() + 1)
        rows = self.db.execute("SELECT * FROM journal WHERE at >= ? AND at < ? ORDER BY id",
                               (day.isoformat(), after.isoformat()))
        return [dict(r) for r in rows]

    def replace_text(self, document_id: int, text: str) -> None:
        """A letter edited in Word before validation: its stored text follows the validated file."""
        self.db.execute("INSERT INTO document_text (document_id, text) VALUES (?, ?) ON CONFLICT(document_id)"
                        " DO UPDATE SET text = excluded.text", (document_id, text))

    def documents_to_verify(self) -> list[Document]:
        """What docpipe/verify.py compares with the disk, without the bulky columns (a letter's evidence
        names its PDF, so it is kept for letters only)."""
        rows = self.db.execute(
            "SELECT id, origin, state, status, source_name, sha256, size, media_type, patient_ipp, doc_type, pages,"
            " stored_path, text_path, sidecar_path, inbox_path, reason, received_at, decided_at, decided_by, template,"
            " letter_status, parent_id, part, filing, CASE WHEN origin = 'letter' THEN evidence END AS evidence"
            " FROM documents WHERE stored_path IS NOT NULL ORDER BY id")
        return [document_from_row(r) for r in rows]
