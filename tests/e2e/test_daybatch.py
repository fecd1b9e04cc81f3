"""Day close, integrity check, search, audit trail and the patient's export — through the CLI, on documents
filed by the real pipeline (text files and born-digital PDFs: no OCR needed, so this stays fast)."""
import csv
import hashlib
import io
import json
import shutil
import sqlite3
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from reportlab.pdfgen import canvas

from docpipe import audit
from docpipe.errors import ExitCode
from docpipe.cli import main
from docpipe.search import SearchError, fts_query
from docpipe.store import Store

REGISTRY = """ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P001,DUPONT,,Jean Pierre,1957-03-12,M,,
P002,MARTIN,<script>alert(1)</script>,Claire,1948-07-04,F,,
P003,LEROY,,Sophie,1975-05-20,F,,
"""
LAB_DUPONT = """LABORATOIRE DE BIOLOGIE MÉDICALE DES TILLEULS
COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE
Patient : DUPONT Jean Pierre
Né le 12/03/1957
NUMÉRATION FORMULE SANGUINE
Hémoglobine : 13,5 g/dL
Hématocrite : 41 %
Leucocytes : 6,2 G/L
Plaquettes : 250 G/L
"""
LAB_MARTIN_LINES = [
    "LABORATOIRE D'ANALYSES MÉDICALES DU PARC",
    "COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE",
    "Patiente : MARTIN Claire",
    "Née le 04/07/1948",
    "HÉMOGLOBINE : 12,1 g/dL",
    "Créatinine : 72 µmol/L",
    "Glycémie à jeun : 5,1 mmol/L",
]
UNKNOWN_PATIENT = """COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE
Patient : BERNARD Luc
Né le 02/02/1980
Hemoglobine : 15,2 g/dL
"""
CONSULTATION_LEROY = """COMPTE RENDU DE CONSULTATION
Madame LEROY Sophie, née le 20/05/1975, vue ce jour en consultation de suivi.
Examen clinique sans particularité. Tension artérielle 12/8.
"""
HOSTILE_NAME = "<img src=x onerror=alert(1)>.txt"


def run(home: Path, *args: str, ok: bool = True):
    result = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def write_pdf(path: Path, lines: list[str]) -> None:
    page = canvas.Canvas(str(path))
    for number, line in enumerate(lines):
        page.drawString(60, 780 - 18 * number, line)
    page.save()


@pytest.fixture(scope="module")
def closed_home(tmp_path_factory) -> tuple[Path, dict]:
    """A home whose inbox was processed by `day close`, and the JSON it printed. Tests work on copies."""
    home = tmp_path_factory.mktemp("template") / "home"
    run(home, "init")
    registry = home.parent / "registry.csv"
    registry.write_text(REGISTRY, encoding="utf-8")
    run(home, "patients", "import", str(registry))
    (home / "inbox" / "labo_dupont.txt").write_text(LAB_DUPONT, encoding="utf-8")
    write_pdf(home / "inbox" / "labo_martin.pdf", LAB_MARTIN_LINES)
    (home / "inbox" / "inconnu.txt").write_text(UNKNOWN_PATIENT, encoding="utf-8")
    (home / "inbox" / HOSTILE_NAME).write_text(CONSULTATION_LEROY, encoding="utf-8")
    (home / "inbox" / "copie_labo.txt").write_text(LAB_DUPONT, encoding="utf-8")
    (home / "inbox" / "scan_abime.pdf").write_bytes(b"%PDF-1.4\n\x00\xff tronque")
    summary = json.loads(run(home, "day", "close", "--json").output)
    return home, summary


@pytest.fixture
def home(closed_home, tmp_path) -> Path:
    copy = tmp_path / "home"
    shutil.copytree(closed_home[0], copy)
    return copy


def documents(home: Path) -> list[dict]:
    db = sqlite3.connect(home / "docpipe.db")
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute("SELECT * FROM documents ORDER BY id")]
    finally:
        db.close()


def filed_path(home: Path, ipp: str) -> str:
    return next(d["stored_path"] for d in documents(home) if d["patient_ipp"] == ipp and d["status"] == "filed")


# --- day close -----------------------------------------------------------------------------------

def test_day_close_reports_the_counts_and_writes_the_report(closed_home):
    home, summary = closed_home
    assert set(summary) == {"date", "filed", "review", "duplicate", "drafts", "letters", "rejected", "report",
                            "verified", "problems"}
    assert summary["date"] == date.today().isoformat()
    assert (summary["filed"], summary["review"], summary["duplicate"], summary["drafts"]) == (3, 2, 1, 0)
    assert summary["verified"] is True and summary["problems"] == []
    assert list((home / "inbox").iterdir()) == []
    report = home / summary["report"]
    assert report.parent == home / "reports" / summary["date"]
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert stat.S_IMODE(report.parent.stat().st_mode) == 0o700
    html = report.read_text(encoding="utf-8")
    assert "Biologie" in html and "En attente de revue" in html and "DUPONT" in html
    errors = html[html.index("<h2>Erreurs</h2>"):html.index("<h2>Vérification")]
    assert "scan_abime.pdf" in errors and "inconnu.txt" not in errors
    assert "<img src=x" not in html and "&lt;img src=x" in html  # a file name is data
    assert "<script>" not in html and "&lt;script&gt;" in html  # so is a patient's name
    table = list(csv.reader(io.StringIO(report.with_suffix(".csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    sections = [row[0] for row in table[1:]]
    assert sections.count("classé") == 3 and sections.count("en revue") == 2 and sections.count("doublon") == 1
    assert sections.count("erreur") == 1


def test_day_close_twice_is_harmless(home, closed_home):
    again = json.loads(run(home, "day", "close", "--json").output)
    first = closed_home[1]
    assert {k: again[k] for k in ("filed", "review", "duplicate", "report", "verified")} == \
           {k: first[k] for k in ("filed", "review", "duplicate", "report", "verified")}
    assert len(documents(home)) == 5


def test_day_close_fails_when_the_days_archive_is_damaged(home):
    (home / filed_path(home, "P001")).unlink()
    result = run(home, "day", "close", "--json", ok=False)
    summary = json.loads(result.output)
    assert result.exit_code == ExitCode.INTEGRITY and summary["verified"] is False
    assert [p["path"] for p in summary["problems"]] == [filed_path(home, "P001")]


def test_day_close_for_another_day_is_empty(home):
    summary = json.loads(run(home, "day", "close", "--date", "2001-01-01", "--json").output)
    assert (summary["filed"], summary["review"], summary["duplicate"]) == (0, 0, 0)
    assert summary["report"] == "reports/2001-01-01/rapport-2001-01-01.html"


# --- verify --------------------------------------------------------------------------------------

def test_verify_passes_then_names_a_flipped_byte_and_a_deleted_file(home):
    result = run(home, "verify")
    assert "conforme" in result.output
    flipped, deleted = home / filed_path(home, "P001"), home / filed_path(home, "P002")
    data = bytearray(flipped.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    deleted.unlink()
    result = run(home, "verify", ok=False)
    assert result.exit_code == ExitCode.INTEGRITY
    assert filed_path(home, "P001") in result.output and filed_path(home, "P002") in result.output
    report = json.loads(run(home, "verify", "--json", ok=False).output)
    assert report["ok"] is False
    assert {(p["path"], p["kind"]) for p in report["problems"]} == {
        (filed_path(home, "P001"), "altered"), (filed_path(home, "P002"), "missing")}


def test_verify_reports_orphans_and_sidecars_that_disagree(home):
    stray = home / "archive" / "P003_LEROY_Sophie" / "oublie.pdf"
    stray.write_bytes(b"%PDF-1.4 glisse ici a la main")
    sidecar = home / (filed_path(home, "P003") + ".json")
    content = json.loads(sidecar.read_text(encoding="utf-8"))
    sidecar.write_text(json.dumps({**content, "patient": "P001"}), encoding="utf-8")
    (home / (filed_path(home, "P001") + ".txt")).unlink()
    (home / "archive" / "P003_LEROY_Sophie" / "lien.pdf").symlink_to("/nonexistent/target")
    replaced = home / filed_path(home, "P002")
    replaced.unlink()
    replaced.symlink_to(home / filed_path(home, "P001"))  # same name, someone else's bytes: never followed
    report = json.loads(run(home, "verify", "--json", ok=False).output)
    assert {(p["path"], p["kind"]) for p in report["problems"]} == {
        ("archive/P003_LEROY_Sophie/oublie.pdf", "orphan"), (filed_path(home, "P003") + ".json", "sidecar"),
        (filed_path(home, "P001") + ".txt", "sidecar"), ("archive/P003_LEROY_Sophie/lien.pdf", "orphan"),
        (filed_path(home, "P002"), "not_a_file")}


# --- search --------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["hemoglobine", "Hémoglobine", "HÉMOGLOBINE", "hémoglobine"])
def test_search_ignores_accents_and_case(home, query):
    hits = json_lines(run(home, "search", query, "--json").output)
    assert len(hits) == 3  # two lab results filed, one waiting in review
    assert {h["patient"] for h in hits} == {"P001", "P002", None}
    assert set(hits[0]) >= {"id", "patient", "doc_type", "snippet", "score", "stored_path", "received_at"}
    assert all("[" in h["snippet"] and "]" in h["snippet"] for h in hits)


def test_search_filters(home):
    assert [h["patient"] for h in json_lines(run(home, "search", "hemoglobine", "--patient", "P002",
                                                   "--json").output)] == ["P002"]
    assert json_lines(run(home, "search", "hemoglobine", "--since", "2999-01-01", "--json").output) == []
    by_type = json_lines(run(home, "search", "examen", "--type", "consultation_report", "--json").output)
    assert [h["patient"] for h in by_type] == ["P003"]
    assert len(json_lines(run(home, "search", "hémo*", "--json").output)) == 3
    assert "Plaquettes" in run(home, "search", "plaquettes").output  # the table for people


@pytest.mark.parametrize("query", ['"', 'hémoglobine"', "NEAR(", "*", "AND OR NOT", "h*mo", "-x", "col:val", "^a"])
def test_search_never_fails_on_fts_syntax(home, query):
    result = run(home, "search", "--json", "--", query, ok=False)
    assert result.exit_code in (0, 1)  # 1 only for a query without any word
    assert "Traceback" not in result.output


def test_fts_query_quotes_every_word():
    assert fts_query('hémo* "NEAR" oedème') == '"hémo" * AND """near""" AND ("oedème" OR "œdème")'
    with pytest.raises(SearchError):
        fts_query('" * ()')


# --- audit ---------------------------------------------------------------------------------------

def audit_db(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "docpipe.db", isolation_level=None)


def test_audit_lists_the_actions_of_a_patient(home):
    actions = [e["action"] for e in json_lines(run(home, "audit", "--json").output)]
    assert {"registry_imported", "filed", "sent_to_review", "duplicate_received", "day_closed"} <= set(actions)
    for_patient = json_lines(run(home, "audit", "--patient", "P001", "--json").output)
    assert for_patient and {e["patient_ipp"] for e in for_patient} == {"P001"}
    assert "classé" in run(home, "audit").output


def test_audit_verify_detects_a_changed_entry(home):
    assert "intègre" in run(home, "audit", "verify").output
    with audit_db(home) as db:
        db.execute("UPDATE audit SET actor = 'quelquun' WHERE id = 2")
    result = run(home, "audit", "verify", ok=False)
    assert result.exit_code == ExitCode.INTEGRITY and "entrée 2" in result.output


def test_audit_verify_detects_a_removed_entry_in_the_middle_and_at_the_end(home):
    with audit_db(home) as db:
        last = db.execute("SELECT max(id) FROM audit").fetchone()[0]
        db.execute("DELETE FROM audit WHERE id = ?", (last,))
    result = run(home, "audit", "verify", ok=False)
    assert result.exit_code == ExitCode.INTEGRITY and f"{last}" in result.output
    with audit_db(home) as db:
        db.execute("DELETE FROM audit WHERE id = 3")
    assert "entrée(s) 3 à 3 supprimée(s)" in run(home, "audit", "verify", ok=False).output


def test_a_removed_last_entry_stays_visible_after_new_entries(home):
    with audit_db(home) as db:
        last = db.execute("SELECT max(id) FROM audit").fetchone()[0]
        db.execute("DELETE FROM audit WHERE id = ?", (last,))
    store = Store(home / "docpipe.db")
    try:
        audit.record(store, "test_action", actor="test")
        problems = audit.verify(store)
    finally:
        store.close()
    assert problems == [f"entrée(s) {last} à {last} supprimée(s)"]


def test_audit_head_is_private(home):
    head = home / ".docpipe" / "audit-head.json"
    assert stat.S_IMODE(head.stat().st_mode) == 0o600


# --- export --------------------------------------------------------------------------------------

def test_export_gives_every_document_of_the_patient_with_an_index(home, tmp_path):
    out = tmp_path / "dossier.zip"
    run(home, "export", "P001", "--out", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert {"index.csv", "index.html"} <= set(names)
        documents_in_zip = [n for n in names if n.startswith("documents/")]
        assert len(documents_in_zip) == 1
        assert archive.read(documents_in_zip[0]).decode("utf-8") == LAB_DUPONT
        index = list(csv.DictReader(io.StringIO(archive.read("index.csv").decode("utf-8-sig")), delimiter=";"))
        assert index[0]["type"] == "Biologie" and index[0]["fichier"] == documents_in_zip[0]
        assert index[0]["source"] and index[0]["date"] == date.today().isoformat()
        assert "DUPONT" in archive.read("index.html").decode("utf-8")
    exported = json_lines(run(home, "audit", "--patient", "P001", "--json").output)[-1]
    assert exported["action"] == "exported" and exported["details"]["documents"]
    assert run(home, "export", "P001", "--out", str(out), ok=False).exit_code == 1  # no silent overwrite


def test_export_escapes_names_and_refuses_unknown_patients(home, tmp_path):
    out = tmp_path / "martin.zip"
    run(home, "export", "P002", "--out", str(out))
    with zipfile.ZipFile(out) as archive:
        assert "<script>" not in archive.read("index.html").decode("utf-8")
    assert run(home, "export", "P999", "--out", str(tmp_path / "x.zip"), ok=False).exit_code == 1


def test_export_refuses_a_damaged_file(home, tmp_path):
    (home / filed_path(home, "P001")).write_text("remplacé", encoding="utf-8")
    result = run(home, "export", "P001", "--out", str(tmp_path / "x.zip"), ok=False)
    assert result.exit_code == ExitCode.INTEGRITY and filed_path(home, "P001") in result.output
    assert not (tmp_path / "x.zip").exists()


# --- letters: a draft may be edited in Word, a validated letter may not --------------------------

def render_letter(home: Path, ipp: str) -> dict:
    return json.loads(run(home, "letter", "certificat-medical", "--patient", ipp,
                          "--set", "corps=Certifie avoir examiné ce jour le patient.", "--json").output
                      .splitlines()[-1])


def test_letters_in_draft_may_change_validated_ones_may_not(home, tmp_path):
    validated, draft = render_letter(home, "P001"), render_letter(home, "P002")
    run(home, "letter", "validate", str(validated["id"]), "--json")
    summary = json.loads(run(home, "day", "close", "--json").output)
    assert summary["drafts"] == 1 and summary["verified"] is True
    with open(home / draft["path"], "ab") as edited_in_word:
        edited_in_word.write(b"\0")
    (home / Path(draft["path"]).parent / ("~$" + Path(draft["path"]).name)).write_bytes(b"Word lock")
    run(home, "verify")
    out = tmp_path / "p001.zip"
    run(home, "export", "P001", "--out", str(out))
    with zipfile.ZipFile(out) as archive:
        assert len([n for n in archive.namelist() if n.startswith("documents/")]) == 2  # lab result + letter
    assert [d["id"] for d in documents(home) if d["patient_ipp"] == "P002" and d["origin"] == "letter"] == [draft["id"]]
    with zipfile.ZipFile(tmp_path / "p002.zip", "w"):
        pass
    run(home, "export", "P002", "--out", str(tmp_path / "p002.zip"), "--force")
    with zipfile.ZipFile(tmp_path / "p002.zip") as archive:
        assert not any(n.endswith(".docx") for n in archive.namelist())  # a draft is not yet in the file
    letter_file = home / validated["path"]
    letter_file.chmod(0o600)
    letter_file.write_bytes(letter_file.read_bytes() + b"\0")
    report = json.loads(run(home, "verify", "--json", ok=False).output)
    assert [(p["path"], p["kind"]) for p in report["problems"]] == [(validated["path"], "altered")]


def test_a_letters_pdf_is_known_and_checked(home):
    letter = render_letter(home, "P003")
    pdf_path = Path(letter["path"]).with_suffix(".pdf")
    (home / pdf_path).write_bytes(b"%PDF-1.7 courrier")
    assert [p["kind"] for p in json.loads(run(home, "verify", "--json", ok=False).output)["problems"]] == ["orphan"]
    store = Store(home / "docpipe.db")
    try:
        row = store.document(letter["id"])
        pdf = {"path": str(pdf_path), "sha256": hashlib.sha256(b"%PDF-1.7 courrier").hexdigest(), "from_sha256": "x"}
        store.update_document(letter["id"], evidence=row.evidence | {"pdf": pdf})
    finally:
        store.close()
    run(home, "verify")
    (home / pdf_path).write_bytes(b"%PDF-1.7 courrier modifie")
    report = json.loads(run(home, "verify", "--json", ok=False).output)
    assert [(p["path"], p["kind"]) for p in report["problems"]] == [(str(pdf_path), "altered")]


def test_the_day_report_lists_validated_letters_rejections_as_typed_and_forced_assignments(home):
    from docpipe import review
    from docpipe.config import Home
    validated = render_letter(home, "P001")
    run(home, "letter", "validate", str(validated["id"]), "--by", "dr.martin")
    unknown, hostile = (next(d for d in documents(home) if d["source_name"] == name)
                        for name in ("inconnu.txt", "scan_abime.pdf"))
    store = Store(home / "docpipe.db")
    try:
        review.assign(Home.resolve(home), store, unknown["id"], "P003", "secrétaire",
                      force_reason="Nom de naissance confirmé par le laboratoire")
        review.reject(Home.resolve(home), store, hostile["id"], "secrétaire", "Fichier abîmé, redemandé au patient")
    finally:
        store.close()
    summary = json.loads(run(home, "day", "close", "--json").output)
    assert (summary["letters"], summary["rejected"]) == (1, 1)
    report = (home / summary["report"]).read_text(encoding="utf-8")
    assert "Courriers validés" in report and "validé par dr.martin" in report
    assert "Fichier abîmé, redemandé au patient" in report
    assert "par secrétaire, forcé : Nom de naissance confirmé par le laboratoire" in report
    rows = list(csv.reader(io.StringIO((home / summary["report"]).with_suffix(".csv").read_text("utf-8-sig")),
                           delimiter=";"))
    assert ["rejeté", "Fichier abîmé, redemandé au patient"] == [rows[i][j] for i in range(1, len(rows))
                                                                 for j in (0, 7) if rows[i][0] == "rejeté"]


def test_letters_library_lists_and_discards_drafts_without_deleting_anything(home):
    from docpipe import letters
    from docpipe.config import Home
    first, second = render_letter(home, "P001"), render_letter(home, "P002")
    run(home, "letter", "validate", str(first["id"]))
    store = Store(home / "docpipe.db")
    try:
        assert [d.id for d in letters.list_letters(store)] == [first["id"], second["id"]]
        assert [d.id for d in letters.list_letters(store, drafts_only=True)] == [second["id"]]
        draft_bytes = (home / second["path"]).read_bytes()
        discarded = letters.discard(Home.resolve(home), store, second["id"], "dr.martin")
        assert discarded.letter_status == "discarded" and discarded.stored_path.startswith("review/brouillons-ecartes/")
        assert (home / discarded.stored_path).read_bytes() == draft_bytes and not (home / second["path"]).exists()
        assert letters.list_letters(store, drafts_only=True) == []
        with pytest.raises(letters.LetterError, match="brouillon"):
            letters.discard(Home.resolve(home), store, first["id"], "dr.martin")  # validated: not discardable
        [entry] = [e for e in audit.entries(store) if e["action"] == "letter_discarded"]
        assert entry["actor"] == "dr.martin" and entry["document_id"] == second["id"]
    finally:
        store.close()
    run(home, "verify")  # the moved draft is known where it is now: no orphan, nothing missing
    summary = json.loads(run(home, "day", "close", "--json").output)
    assert summary["drafts"] == 0 and summary["letters"] == 1
