"""`patients add` for « patient inconnu », `patients list --search`, `patients show` in French, and
letters: `letter list [--drafts]`, `letter discard ID`, drafts marked wherever documents are listed."""
from __future__ import annotations

import json

import pytest

from docpipe import audit
from docpipe.errors import ExitCode
from docpipe.store import Store

from cli_kit import build_practice, copy_practice, lines_fit, run


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_practice(tmp_path_factory.mktemp("cli-patients") / "cabinet")


@pytest.fixture
def home(template, tmp_path):
    return copy_practice(template, tmp_path / "cabinet")


def ipps(home, *args) -> list[str]:
    return [json.loads(line)["ipp"] for line in run(home, "patients", "list", *args, "--json").stdout.splitlines()]


def test_patients_add_creates_an_audited_entry_then_the_unknown_document_can_be_filed(home):
    added = run(home, "patients", "add", "p020", "--birth-name", "BERNARD", "--first-names", "Luc",
                "--birth-date", "02/02/1980", "--sex", "m", "--by", "secrétaire").output
    assert "Patient créé : P020 — BERNARD Luc, né(e) le 02/02/1980" in added
    shown = run(home, "patients", "show", "p020").output
    assert "Nom de naissance : BERNARD" in shown and "Date de naissance : 02/02/1980" in shown
    assert "birth_name" not in shown
    store = Store(home / "docpipe.db")
    try:
        assert [(e["action"], e["actor"], e["patient_ipp"]) for e in audit.entries(store)][-1] == \
            ("patient_created", "secrétaire", "P020")
    finally:
        store.close()
    waiting = {d["source"]: d["id"] for d in map(json.loads, run(home, "review", "list", "--json").stdout.splitlines())}
    assert "classé sous P020" in run(home, "review", "assign", str(waiting["inconnu.txt"]), "P020").output


def test_patients_add_refuses_a_known_ipp_and_bad_values_creating_nothing(home):
    before = ipps(home)
    common = ["--first-names", "Jean", "--birth-date", "01/01/1990", "--sex", "M"]
    assert "déjà présent" in run(home, "patients", "add", "P001", "--birth-name", "X", *common,
                                 code=ExitCode.ERROR).stderr
    assert "date invalide" in run(home, "patients", "add", "P030", "--birth-name", "X", "--first-names", "Jean",
                                  "--birth-date", "1990/13/01", "--sex", "M", code=ExitCode.USAGE).stderr
    assert "nom de naissance manquant" in run(home, "patients", "add", "P030", "--birth-name", "12", *common,
                                              code=ExitCode.ERROR).stderr
    assert "INS invalide" in run(home, "patients", "add", "P030", "--birth-name", "X", "--ins", "123", *common,
                                 code=ExitCode.ERROR).stderr
    assert ipps(home) == before


def test_patients_list_searches_by_name_date_or_ipp(home):
    assert ipps(home, "--search", "lefebvre") == ["P010", "P011"]
    assert ipps(home, "--search", "Martin") == ["P011"]  # the used name
    assert ipps(home, "--search", "12/03/1957") == ["P001"]
    assert ipps(home, "--search", "p003") == ["P003"]
    assert "Aucun patient ne correspond" in run(home, "patients", "list", "--search", "zzz").output
    listing = run(home, "patients", "list", "--search", "Marie").output
    assert "LEFEBVRE (MARTIN)" in listing and "15/01/1950" in listing and lines_fit(listing)


def letter(home, ipp: str = "P001") -> dict:
    return json.loads(run(home, "letter", "certificat-medical", "--patient", ipp, "--set", "corps=Apte.",
                          "--json").stdout)


def test_letter_list_and_drafts_marked_where_documents_are_listed(home):
    draft, validated = letter(home), letter(home)
    run(home, "letter", "validate", str(validated["id"]))
    every = [json.loads(line) for line in run(home, "letter", "list", "--json").stdout.splitlines()]
    assert [(d["id"], d["status"]) for d in every] == [(draft["id"], "draft"), (validated["id"], "validated")]
    drafts = [json.loads(line)["id"] for line in run(home, "letter", "list", "--drafts", "--json").stdout.splitlines()]
    assert drafts == [draft["id"]]
    assert run(home, "letter", "drafts", "--json").stdout == run(home, "letter", "list", "--drafts", "--json").stdout
    people = run(home, "letter", "list").output
    assert "BROUILLON" in people and "validé" in people and lines_fit(people)
    shown = run(home, "patients", "show", "P001").output
    draft_line = next(line for line in shown.splitlines() if line.startswith(str(draft["id"])))
    validated_line = next(line for line in shown.splitlines() if line.startswith(str(validated["id"])))
    assert "BROUILLON" in draft_line and "BROUILLON" not in validated_line
    found = run(home, "search", "Apte").output
    assert "BROUILLON" in found


def test_letter_discard_puts_a_draft_aside_and_refuses_a_validated_letter(home):
    draft, validated = letter(home), letter(home)
    run(home, "letter", "validate", str(validated["id"]))
    discarded = json.loads(run(home, "letter", "discard", str(draft["id"]), "--json").stdout)
    assert discarded["status"] == "discarded" and discarded["path"].startswith("review/brouillons-ecartes/")
    assert (home / discarded["path"]).is_file() and not (home / draft["path"]).exists()
    assert run(home, "letter", "list", "--drafts").output.strip() == "Aucun brouillon en attente."
    assert "seul un brouillon" in run(home, "letter", "discard", str(validated["id"]), code=ExitCode.ERROR).stderr
    assert "brouillon écarté" in run(home, "patients", "show", "P001").output
