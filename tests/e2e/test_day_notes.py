"""Notes that do not stop filing (an INS misprinted by one digit, a file whose name lies about its
content, a repaired PDF) are shown to people: in the day report, and as French labels of every rule."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from stdnum.fr import nir

from docpipe.cli import main
from docpipe.labels import RULE_LABELS, rule_label
from docpipe.models import Rule

INS = "1570375112048" + nir.calc_check_digits("1570375112048")
MISPRINTED = INS[:6] + str((int(INS[6]) + 1) % 10) + INS[7:]  # one digit off: its key fails
REGISTRY = f"""ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P01,DUPONT,,Jean Pierre,1957-03-12,M,{INS},Lyon
P02,MARTIN,,Claire,1948-07-04,F,,
"""
LAB = """LABORATOIRE DE BIOLOGIE MÉDICALE DES TILLEULS
Patient : DUPONT Jean Pierre, né le 12/03/1957
INS : {ins}
Hémoglobine : 13,5 g/dL
"""
HTML = ("<!DOCTYPE html><html><body><h1>COMPTE RENDU DE CONSULTATION</h1>"
        "<p>Madame MARTIN Claire, née le 04/07/1948, vue ce jour en consultation.</p></body></html>")


def run(home: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> str:
    home = tmp_path_factory.mktemp("notes") / "home"
    run(home, "init")
    (home.parent / "registre.csv").write_text(REGISTRY, encoding="utf-8")
    run(home, "patients", "import", str(home.parent / "registre.csv"))
    (home / "inbox" / "labo_ins_errone.txt").write_text(LAB.format(ins=MISPRINTED), encoding="utf-8")
    (home / "inbox" / "labo_ins_juste.txt").write_text(LAB.format(ins=INS).replace("13,5", "13,6"), encoding="utf-8")
    (home / "inbox" / "consultation.pdf").write_text(HTML, encoding="utf-8")
    summary = json.loads(run(home, "day", "close", "--json"))
    assert summary["filed"] == 3
    return (home / summary["report"]).read_text(encoding="utf-8")


def noted_section(html: str) -> str:
    start = html.index("<h2>Documents classés avec une remarque</h2>")
    return html[start:html.index("<h2>", start + 4)]


def test_the_day_report_lists_filed_documents_that_carry_a_note(report):
    noted = noted_section(report)
    assert "labo_ins_errone.txt" in noted and "INS du document : un chiffre diffère du registre" in noted
    assert "consultation.pdf" in noted and "contenu HTML sous un nom en .pdf" in noted
    assert "labo_ins_juste.txt" not in noted  # nothing to say about it


@pytest.mark.parametrize("rule", list(Rule))
def test_every_rule_has_a_french_label(rule):
    assert rule in RULE_LABELS and rule_label(rule.value) != rule.value


@pytest.mark.parametrize("code", ["readings_disagree", "malformed_lab_file", "malformed_lab_part", "lab_file"])
def test_lab_and_second_reading_rules_never_show_raw(code):
    assert rule_label(code) != code


def subclasses(kind: type) -> list[type]:
    found = [kind]
    for sub in kind.__subclasses__():
        found += subclasses(sub)
    return found


def test_every_code_a_refusal_or_an_unreadable_file_records_is_labelled():
    from docpipe.errors import UnreadableDocument
    from docpipe.intake import LinkRefused
    from docpipe.labresults import MalformedLabFile
    codes = {k.code for k in subclasses(UnreadableDocument)} | {k.rule for k in subclasses(LinkRefused)}
    codes.add(MalformedLabFile.code)
    assert [code for code in sorted(codes) if rule_label(code) == code] == []
