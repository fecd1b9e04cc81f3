"""Laboratory files end to end, through the real `docpipe` command: a folder of HPRIM Net, HPRIM Santé and
HL7 files dropped in the inbox is filed part by part under the right patients, each part rendered as HTML,
searchable, its abnormal values listed by `docpipe results` and in the day report. Never the wrong patient
(a message without PID is never filed with its neighbour), nothing lost (the file is stored once as received)."""
from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from datetime import date

import pytest

from docpipe import labfiling, review
from docpipe.config import Home
from docpipe.extract import Extractor
from docpipe.ingest import Pipeline
from docpipe.labresults import samples as s
from docpipe.models import Patient
from docpipe.store import Store

from inbox_kit import drop, make_home, run_docpipe

DUPONT = s.SamplePatient("DUPONT", "Jean", date(1957, 3, 12), "M", lab_id="L01")
AWA = s.SamplePatient("NDIAYE", "Awa", date(1948, 7, 4), "F", lab_id="L03")
MARIE = s.SamplePatient("LEFEBVRE", "Marie Hélène", date(1962, 3, 3), "F", used_name="DURAND", lab_id="L02")
STRANGER = s.SamplePatient("INCONNU", "Pierre", date(1990, 1, 1), "M", lab_id="L99")
CALM = (s.SampleResult("GLY", "Glycémie à jeun", "5,1", "mmol/L", "4,1", "5,9", "N"),)
CRITICAL = (s.SampleResult("K", "Potassium", "6,9", "mmol/L", "3,5", "5,0", "HH"),
            s.SampleResult("HB", "Hémoglobine", "10,2", "g/dL", "12,0", "16,0", "L"))


def lab_folder() -> dict[str, bytes]:
    """Name → bytes, and the names say nothing of the format (recognised by content)."""
    return {
        "apicrypt-1.txt": s.hprim_net_file([s.SampleReport(DUPONT, CRITICAL), s.SampleReport(STRANGER, CRITICAL),
                                            s.SampleReport(AWA, CALM)]),
        "resultats.dat": s.hprim_sante_file([s.SampleReport(MARIE, CALM), s.SampleReport(DUPONT, CALM)]),
        "oru.hl7": s.hl7_file([s.hl7_message(s.SampleReport(AWA, CRITICAL), "M1"),
                               s.hl7_message(s.SampleReport(MARIE, CRITICAL), "M2", with_pid=False)],
                              batch=False, line_end="\n"),
    }


# (source, part) → (status, patient)
EXPECTED = {
    ("apicrypt-1.txt", "message 1/3"): ("filed", "P01"),
    ("apicrypt-1.txt", "message 2/3"): ("review", None),
    ("apicrypt-1.txt", "message 3/3"): ("filed", "P03"),
    ("resultats.dat", "message 1/2"): ("filed", "P02"),
    ("resultats.dat", "message 2/2"): ("filed", "P01"),
    ("oru.hl7", "message 1/2"): ("filed", "P03"),
    ("oru.hl7", "message 2/2"): ("review", None),  # no PID: never the first message's patient
}


def all_documents(home: Home) -> list[dict]:
    store = Store(home.database)
    try:
        return [dict(row) for row in store.documents("1")]
    finally:
        store.close()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def assert_filed_part_by_part(home: Home, dropped: dict[str, bytes]) -> None:
    rows = all_documents(home)
    containers = {r["id"]: r for r in rows if r["parent_id"] is None}
    parts = [r for r in rows if r["parent_id"] is not None]
    assert {r["source_name"]: r["status"] for r in containers.values()} == {name: "split" for name in dropped}
    for name, data in dropped.items():  # stored once, as received
        (container,) = [r for r in containers.values() if r["source_name"] == name]
        assert (home.root / container["stored_path"]).read_bytes() == data
        assert container["sha256"] == sha(data) and container["state"] == "done"
    decided = {(containers[r["parent_id"]]["source_name"], r["part"]): (r["status"], r["patient_ipp"]) for r in parts}
    assert decided == EXPECTED
    assert len(parts) == len(EXPECTED)  # each part once
    for part in parts:
        stored = home.root / part["stored_path"]
        assert part["state"] == "done" and part["doc_type"] == "lab_result"
        assert stored.suffix == ".html" and sha(stored.read_bytes()) == part["sha256"]
        assert stored.parts[-4 if part["status"] == "filed" else -3] == ("archive" if part["status"] == "filed"
                                                                         else "review")
    assert not list(home.inbox.iterdir())


@pytest.fixture
def ingested(tmp_path):
    home = make_home(tmp_path / "home")
    dropped = lab_folder()
    for name, data in dropped.items():
        drop(home, name, data)
    result = run_docpipe(home, "ingest", "--json")
    assert result.returncode == 0, result.stderr
    return home, dropped, [json.loads(line) for line in result.stdout.splitlines()]


def test_a_folder_of_three_formats_is_filed_part_by_part(ingested):
    home, dropped, lines = ingested
    assert_filed_part_by_part(home, dropped)
    assert Counter(line["status"] for line in lines) == {"split": 3, "filed": 5, "review": 2}


def test_a_message_without_pid_stays_out_of_the_other_patients_folder(ingested):
    home, _dropped, _lines = ingested
    awa_folder = next((home.archive).glob("P03_*"))
    pages = [p.read_text(encoding="utf-8") for p in awa_folder.rglob("*.html")]
    assert pages and not any("sans segment PID" in page or "M2" in page for page in pages)
    (no_pid,) = [r for r in all_documents(home) if r["reason"] and "sans segment PID" in r["reason"]]
    assert no_pid["status"] == "review" and no_pid["patient_ipp"] is None


def test_each_part_is_rendered_and_searchable(ingested):
    home, _dropped, _lines = ingested
    dupont = [r for r in all_documents(home) if r["patient_ipp"] == "P01" and r["part"] == "message 1/3"][0]
    page = (home.root / dupont["stored_path"]).read_text(encoding="utf-8")
    assert "Potassium" in page and 'class="critical"' in page and "DUPONT" in page and "NDIAYE" not in page
    found = run_docpipe(home, "search", "Potassium", "--json")
    ids = {json.loads(line)["id"] for line in found.stdout.splitlines()}
    assert dupont["id"] in ids
    by_value = run_docpipe(home, "search", "Hémoglobine", "--patient", "P01", "--json")
    assert {json.loads(line)["id"] for line in by_value.stdout.splitlines()} == {dupont["id"]}


def test_results_command_lists_abnormal_values_critical_first(ingested):
    home, _dropped, _lines = ingested
    result = run_docpipe(home, "results", "--abnormal", "--since", date.today().strftime("%d/%m/%Y"), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["abnormal"] for r in rows)
    assert [r["critical"] for r in rows] == sorted((r["critical"] for r in rows), reverse=True)
    critical = {(r["patient_ipp"], r["label"]) for r in rows if r["critical"]}
    assert critical == {("P01", "Potassium"), (None, "Potassium"), ("P03", "Potassium")}
    assert not any(r["label"] == "Glycémie à jeun" for r in rows)
    later = run_docpipe(home, "results", "--abnormal", "--since", "01/01/2099", "--json")
    assert later.stdout.strip() == ""


def test_day_report_lists_the_days_abnormal_results_by_patient(ingested):
    home, _dropped, _lines = ingested
    assert run_docpipe(home, "day", "close").returncode == 0
    report = next(home.reports.rglob("rapport-*.html")).read_text(encoding="utf-8")
    section = report.split("Résultats de biologie anormaux du jour")[1].split("<h2>")[0]
    assert "DUPONT Jean (P01)" in section and "NDIAYE Awa (P03)" in section
    assert "patient non attribué (en revue)" in section
    assert section.index("Potassium") < section.index("Hémoglobine") and "CRITIQUE" in section
    assert "Glycémie" not in section
    table = list(csv.reader(io.StringIO(next(home.reports.rglob("rapport-*.csv")).read_text(encoding="utf-8-sig")),
                            delimiter=";"))
    lab_rows = [r for r in table if r[0].startswith("biologie")]
    assert lab_rows[0][0] == "biologie critique" and "Potassium" in lab_rows[0][7]
    assert {r[3] for r in lab_rows} == {"P01", "P03", ""} and not any("Glycémie" in r[7] for r in lab_rows)


def test_the_same_file_again_is_a_duplicate_and_makes_no_new_part(ingested):
    home, dropped, _lines = ingested
    drop(home, "encore.txt", dropped["apicrypt-1.txt"])
    lines = [json.loads(line) for line in run_docpipe(home, "ingest", "--json").stdout.splitlines()]
    assert [line["status"] for line in lines] == ["duplicate"]
    assert_filed_part_by_part(home, dropped)


def test_a_part_in_review_assigned_later_follows_its_patient(ingested):
    home, _dropped, _lines = ingested
    store = Store(home.database)
    try:
        (unknown,) = [d for d in review.pending(store) if d.part == "message 2/3"]
        assert "Nom : INCONNU" in store.text(unknown.id)  # the identity the lab sent, for the secretary
        store.add_patient(Patient("P09", "INCONNU", "Pierre", date(1990, 1, 1), "M"))
        moved = review.assign(home, store, unknown.id, "P09", "secretaire")
    finally:
        store.close()
    assert moved.patient_ipp == "P09" and (home.root / moved.stored_path).suffix == ".html"
    rows = [json.loads(line) for line in run_docpipe(home, "results", "--abnormal", "--json").stdout.splitlines()]
    assert ("P09", "Potassium") in {(r["patient_ipp"], r["label"]) for r in rows}


@pytest.mark.parametrize("data, words", [
    (b"MSH|^~\\&|LAB\x00\x00|", "encodage"),
    (s.hprim_sante_file([s.SampleReport(DUPONT)], header="H|~~\\&|X"), "séparateurs"),
])
def test_a_malformed_lab_file_goes_to_review_whole_as_received(tmp_path, data, words):
    home = make_home(tmp_path / "home")
    drop(home, "labo.hl7", data)
    lines = [json.loads(line) for line in run_docpipe(home, "ingest", "--json").stdout.splitlines()]
    (line,) = lines
    assert line["status"] == "review" and words in line["reason"] and line["doc_type"] == "lab_result"
    assert (home.root / line["stored_path"]).read_bytes() == data
    assert not list(home.inbox.iterdir())
    stored = home.root / line["stored_path"]
    assert stored.with_name(stored.name + ".txt").read_text(encoding="utf-8")[:3] == data[:3].decode()  # readable


def test_binary_debris_after_hl7_messages_files_the_first_and_keeps_the_last_in_review(tmp_path):
    """Third corpus s70: debris after messages written one after another sent the whole file to review unread."""
    home = make_home(tmp_path / "home")
    data = s.hl7_file([s.hl7_message(s.SampleReport(AWA, CALM), "M1"), s.hl7_message(s.SampleReport(DUPONT, CALM), "M2")],
                      batch=False) + b"\xf16\t\x183\xdb\x14bu~\x00\xea\x81\x03\x1e"
    drop(home, "resultats.hl7", data)
    assert run_docpipe(home, "ingest", "--json").returncode == 0
    rows = all_documents(home)
    (container,) = [r for r in rows if r["parent_id"] is None]
    assert (home.root / container["stored_path"]).read_bytes() == data  # the original, debris included
    parts = {r["part"]: (r["status"], r["patient_ipp"], r["reason"] or "") for r in rows if r["parent_id"] is not None}
    assert parts["message 1/2"][:2] == ("filed", "P03")
    assert parts["message 2/2"][:2] == ("review", None) and "peut être incomplet" in parts["message 2/2"][2]


class Crash(Exception):
    pass


def test_a_crash_between_two_parts_is_completed_on_the_next_run(tmp_path, monkeypatch):
    home = make_home(tmp_path / "home")
    dropped = lab_folder()
    for name, data in dropped.items():
        drop(home, name, data)
    real_file_part, calls = labfiling.file_part, []

    def crashing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise Crash()
        return real_file_part(*args, **kwargs)

    monkeypatch.setattr(labfiling, "file_part", crashing)
    settings = home.load_settings()
    with pytest.raises(Crash), Extractor(settings, home.scratch) as extractor:
        Pipeline(home, settings, Store(home.database), extractor).ingest_inbox()
    assert len(list(home.inbox.iterdir())) == 3  # nothing released before its parts are filed
    monkeypatch.setattr(labfiling, "file_part", real_file_part)
    assert run_docpipe(home, "ingest").returncode == 0
    assert_filed_part_by_part(home, dropped)


def test_a_message_resent_in_another_file_gets_its_own_part_and_file(tmp_path):
    home = make_home(tmp_path / "home")
    message = s.hl7_message(s.SampleReport(DUPONT, CRITICAL), "M7")
    drop(home, "lot.hl7", s.hl7_file([message], batch=True))
    drop(home, "seul.hl7", s.hl7_file([message], batch=False))
    assert run_docpipe(home, "ingest").returncode == 0
    parts = [r for r in all_documents(home) if r["parent_id"] is not None]
    assert [(r["status"], r["patient_ipp"]) for r in parts] == [("filed", "P01"), ("filed", "P01")]
    assert parts[0]["stored_path"] != parts[1]["stored_path"]  # the page names its file: never one file for two rows
    assert run_docpipe(home, "verify").returncode == 0


def test_console_lines_say_split_for_the_file_and_name_no_one(tmp_path):
    home = make_home(tmp_path / "home")
    for name, data in lab_folder().items():
        drop(home, name, data)
    result = run_docpipe(home, "ingest")
    lines = [line for line in result.stdout.splitlines() if " n° " in line]
    assert sum("découpé en parties" in line for line in lines) == 3
    assert sum("classé : Biologie" in line for line in lines) == 5
    assert sum("à revoir" in line for line in lines) == 2
    assert not any(word in result.stdout for word in ("DUPONT", "NDIAYE", "INCONNU", "apicrypt"))


def test_a_rejected_part_leaves_the_results_list(ingested):
    """A message the practice should never have received (rejected in review) is no alert for its doctors."""
    home, _dropped, _lines = ingested
    store = Store(home.database)
    try:
        (unknown,) = [d for d in review.pending(store) if d.part == "message 2/3"]
        review.reject(home, store, unknown.id, "secretaire", "patient inconnu du cabinet")
    finally:
        store.close()
    rows = [json.loads(line) for line in run_docpipe(home, "results", "--json").stdout.splitlines()]
    assert rows and unknown.id not in {r["document_id"] for r in rows}
    (no_pid,) = [r for r in all_documents(home) if r["reason"] and "sans segment PID" in r["reason"]]
    assert {r["document_id"] for r in rows if r["patient_ipp"] is None} == {no_pid["id"]}  # still seen, unassigned
