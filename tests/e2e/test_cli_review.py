"""`review` and `day close` as a secretary uses them: French everywhere (machine codes in --json), homonyms
confirmed by naming the other patient, a forced assignment only with its reason, shown in the day report."""
from __future__ import annotations

import json
from datetime import date

import pytest

from docpipe.errors import ExitCode

from cli_kit import build_practice, copy_practice, lines_fit, run


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_practice(tmp_path_factory.mktemp("cli-review") / "cabinet")


@pytest.fixture
def home(template, tmp_path):
    return copy_practice(template, tmp_path / "cabinet")


def waiting(home) -> dict[str, dict]:
    return {d["source"]: d for d in map(json.loads, run(home, "review", "list", "--json").stdout.splitlines())}


def test_review_list_speaks_french_names_candidates_and_fits_80_columns(home):
    output = run(home, "review", "list").output
    assert "Biologie" in output and "lab_result" not in output
    assert "P011 LEFEBVRE (MARTIN)" in output and "30/09/1982" in output
    assert lines_fit(output)
    assert {d["doc_type"] for d in waiting(home).values()} == {"lab_result"}  # codes stay in --json


def test_review_show_is_french_and_json_keeps_the_codes(home):
    document = waiting(home)["leroy.txt"]
    shown = run(home, "review", "show", str(document["id"])).output
    assert "date de naissance : 21/06/1976" in shown and "LEROY Sophie, né(e) le 20/05/1975" in shown
    assert "Identité lue" in shown and "✗" in shown
    assert "{" not in shown and "traits_read" not in shown and "birth_date" not in shown
    assert lines_fit(shown)
    machine = json.loads(run(home, "review", "show", str(document["id"]), "--json").stdout)
    assert machine["doc_type"] == "lab_result" and machine["evidence"]["rule"] == "no_match"
    assert machine["comparison"][0] == {"ipp": "P003", "verdicts": {
        "name": True, "birth_name": True, "used_name": None, "first_names": True, "birth_date": False, "sex": None, "ins": None}}


def test_homonyms_need_a_confirmation_naming_the_other_patient_lower_case_accepted(home):
    scan = waiting(home)["homonyme.txt"]["id"]
    refused = run(home, "review", "assign", str(scan), "p010", code=ExitCode.ERROR)
    assert "Attribution à confirmer" in refused.stderr and "--confirm P011" in refused.stderr
    assert f"Pour confirmer : docpipe --home {home} review assign {scan} P010 --confirm P011" in refused.stderr
    assert waiting(home)["homonyme.txt"]["status"] == "review"
    done = run(home, "review", "assign", str(scan), "p010", "--confirm", "p011").output
    assert f"Document n° {scan} classé sous P010" in done
    assert "homonyme.txt" not in waiting(home)


def test_force_needs_a_reason_and_the_day_report_shows_it(home):
    scan = waiting(home)["leroy.txt"]["id"]
    refused = run(home, "review", "assign", str(scan), "P003", code=ExitCode.ERROR).stderr
    assert "contredit" in refused and "--force --reason" in refused
    assert "motif" in run(home, "review", "assign", str(scan), "P003", "--force", code=ExitCode.ERROR).stderr
    assert "--force" in run(home, "review", "assign", str(scan), "P003", "--reason", "x", code=ExitCode.ERROR).stderr
    assert "leroy.txt" in waiting(home)
    forced = run(home, "review", "assign", str(scan), "P003", "--force", "--reason", "date corrigée par le labo",
                 "--by", "dr.martin").output
    assert "forcé : date corrigée par le labo" in forced
    closed = run(home, "day", "close").output
    assert f"classé n° {scan} (P003) par dr.martin, forcé : date corrigée par le labo" in closed
    report_path = next((home / "reports").glob("*/*.html"))
    assert f"Rapport : {report_path}" in closed  # a path that opens from wherever the command was typed
    report = report_path.read_text(encoding="utf-8")
    assert "forcé : date corrigée par le labo" in report


def test_day_close_shows_rejections_with_the_reason_typed_and_validated_letters(home):
    unknown = waiting(home)["inconnu.txt"]["id"]
    run(home, "review", "reject", str(unknown), "--reason", "Patient d'un autre cabinet")
    letter = json.loads(run(home, "letter", "certificat-medical", "--patient", "p001", "--set", "corps=Apte.",
                            "--json").stdout)
    run(home, "letter", "validate", str(letter["id"]))
    closed = run(home, "day", "close").output
    assert "1 rejeté(s)" in closed and "1 courrier(s) validé(s)" in closed
    assert f"rejeté n° {unknown} : « Patient d'un autre cabinet »" in closed


def test_day_close_accepts_the_date_as_people_write_it(home):
    today = date.today()
    written = json.loads(run(home, "day", "close", "--date", today.strftime("%d/%m/%Y"), "--json").stdout)
    iso = json.loads(run(home, "day", "close", "--date", today.isoformat(), "--json").stdout)
    assert written["date"] == iso["date"] == today.isoformat()
    wrong = run(home, "day", "close", "--date", "31/02/2026", code=ExitCode.USAGE).stderr
    assert "date invalide" in wrong and "JJ/MM/AAAA" in wrong


def test_search_takes_the_type_in_french_or_as_a_code(home):
    by_label = run(home, "search", "hémoglobine", "--type", "biologie", "--json").stdout.splitlines()
    by_code = run(home, "search", "hémoglobine", "--type", "lab_result", "--json").stdout.splitlines()
    assert by_label == by_code and len(by_label) == 4
    assert run(home, "search", "hémoglobine", "--type", "Imagerie", "--json").stdout == ""
    assert "types possibles : biologie" in run(home, "search", "x", "--type", "radio-x", code=ExitCode.USAGE).stderr
    since = run(home, "search", "hémoglobine", "--since", date.today().strftime("%d/%m/%Y"), "--patient", "p001")
    assert "P001" in since.output and lines_fit(since.output)


@pytest.mark.parametrize("args", [("log",), ("audit",), ("patients", "list"), ("review", "list")], ids=" ".join)
def test_listings_fit_80_columns_and_show_dates_as_people_write_them(home, args):
    output = run(home, *args).output
    assert lines_fit(output)
    if args != ("patients", "list"):
        assert date.today().strftime("%d/%m/%Y") in output
