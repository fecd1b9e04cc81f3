"""The patient registry import: every bad row named by its line, all or nothing, updates by IPP."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum.fr import nir

from docpipe.errors import RegistryImportError
from docpipe.registry import parse_registry_csv

DOCPIPE = Path(sys.executable).with_name("docpipe")
HEADER = "ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place\n"
GOOD_INS = "2620375112048" + nir.calc_check_digits("2620375112048")
GOOD = HEADER + f"A1,LEFEBVRE,DURAND,Marie Hélène,1962-03-03,F,{GOOD_INS},Lyon\nA2,N'DIAYE,,Awa,1948-07-04,F,,\n"


def docpipe(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(DOCPIPE), "--home", str(home), *args], capture_output=True, text=True, timeout=120)


def test_a_good_file_is_read_with_accents_and_corsican_ins():
    corsican = "157032A112048" + nir.calc_check_digits("157032A112048")
    patients = parse_registry_csv(GOOD + f"A3,ÉLOI,,Jean-Pierre,1957-03-12,M,{corsican},Ajaccio\n")
    assert [p.ipp for p in patients] == ["A1", "A2", "A3"]
    assert patients[0].used_name == "DURAND" and patients[0].first_given_name == "Marie"
    assert patients[2].ins == corsican


@pytest.mark.parametrize("row, words", [
    ("B1,DUPONT,,Jean,1957-13-12,M,,", "date de naissance invalide"),
    ("B1,DUPONT,,Jean,1957/03/12,M,,", "date de naissance invalide"),
    ("B1,DUPONT,,Jean,31/02/1957,M,,", "date de naissance invalide"),
    (f"B1,DUPONT,,Jean,1957-03-12,M,{GOOD_INS[:-2]}00,", "INS invalide"),
    ("B1,DUPONT,,Jean,1957-03-12,X,,", "sexe inconnu"),
    ("A1,DUPONT,,Jean,1957-03-12,M,,", "en double"),
    ("B1,,,Jean,1957-03-12,M,,", "nom de naissance manquant"),
])
def test_a_bad_row_is_named_by_its_line_in_french(row, words):
    with pytest.raises(RegistryImportError) as refused:
        parse_registry_csv(GOOD + row + "\n")
    assert refused.value.problems[0][0] == 4
    assert words in refused.value.message_fr and "ligne 4" in refused.value.message_fr


def test_a_missing_column_is_refused():
    with pytest.raises(RegistryImportError, match="colonnes manquantes"):
        parse_registry_csv("ipp,birth_name\nA1,DUPONT\n")


def test_import_is_all_or_nothing_and_updates_by_ipp(tmp_path):
    home = tmp_path / "home"
    assert docpipe(home, "init").returncode == 0  # only init creates a home (issue 9)
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    assert docpipe(home, "patients", "import", str(tmp_path / "good.csv")).returncode == 0
    bad = GOOD.replace("DURAND", "MARTIN") + "B1,DUPONT,,Jean,1957-02-30,M,,\n"
    (tmp_path / "bad.csv").write_text(bad, encoding="utf-8")
    refused = docpipe(home, "patients", "import", str(tmp_path / "bad.csv"))
    assert refused.returncode != 0 and "ligne 4" in refused.stderr
    listed = [json.loads(line) for line in docpipe(home, "patients", "list", "--json").stdout.splitlines()]
    assert {p["ipp"]: p["used_name"] for p in listed} == {"A1": "DURAND", "A2": ""}
    (tmp_path / "update.csv").write_text(GOOD.replace("DURAND", "MARTIN"), encoding="utf-8")
    assert docpipe(home, "patients", "import", str(tmp_path / "update.csv")).returncode == 0
    shown = json.loads(docpipe(home, "patients", "show", "A1", "--json").stdout)
    assert shown["used_name"] == "MARTIN" and shown["birth_date"] == "1962-03-03"


# --- issue 8, items 16 and 17: what a French spreadsheet exports, and what must never get in ------------

EXCEL_FR = ("IPP;Nom de naissance;Nom d'usage;Prénom(s);Date de naissance;Sexe;INS;Lieu de naissance\r\n"
            "C1;LEFÈVRE;;Hélène;03/03/1962;F;;Sète\r\n"
            "C2;NGUYỄN;;Thị;04/07/1948;F;;\r\n"
            "C3;MARTIN;DUVAL;Jean-François;12/03/1957;H;;Évreux\r\n")


@pytest.mark.parametrize("encoding, bom", [("cp1252", b""), ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_an_excel_french_export_is_read_in_any_usual_encoding(encoding, bom):
    text = EXCEL_FR if encoding == "utf-8" else EXCEL_FR.replace("NGUYỄN", "NGUYEN").replace("Thị", "Thi")
    patients = parse_registry_csv(bom + text.encode(encoding))
    assert [p.ipp for p in patients] == ["C1", "C2", "C3"]
    assert patients[0].birth_name == "LEFÈVRE" and patients[0].first_names == "Hélène"
    assert patients[0].birth_date.isoformat() == "1962-03-03" and patients[0].birth_place == "Sète"
    assert patients[2].sex == "M" and patients[2].used_name == "DUVAL"  # H(omme) is M


def test_the_cli_imports_a_cp1252_file_without_a_traceback(tmp_path):
    path = tmp_path / "registre.csv"
    path.write_bytes(EXCEL_FR.replace("NGUYỄN", "NGUYEN").replace("Thị", "Thi").encode("cp1252"))
    assert docpipe(tmp_path / "home", "init").returncode == 0  # only init creates a home (issue 9)
    done = docpipe(tmp_path / "home", "patients", "import", str(path))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    listed = [json.loads(line) for line in docpipe(tmp_path / "home", "patients", "list", "--json").stdout.splitlines()]
    assert {p["ipp"]: p["birth_name"] for p in listed}["C1"] == "LEFÈVRE"


@pytest.mark.parametrize("row, words", [
    ("B1,DUP\x00ONT,,Jean,1957-03-12,M,,", "U+0000"),
    ("B1,DUPONT,,Je\x1b[31man,1957-03-12,M,,", "U+001B"),
    ("B1,DUPONT\u202e,,Jean,1957-03-12,M,,", "U+202E"),
    ("B1," + "D" * 100_000 + ",,Jean,1957-03-12,M,,", "trop long"),
    ("B1,DUPONT,,Jean,1957-03-12,M,,Lyon" + "n" * 200, "trop long"),
])
def test_control_characters_and_huge_fields_are_refused_by_line(row, words, tmp_path):
    with pytest.raises(RegistryImportError) as refused:
        parse_registry_csv(GOOD + row + "\n")
    assert refused.value.problems[0][0] == 4 and words in refused.value.message_fr
    path = tmp_path / "r.csv"
    path.write_text(GOOD + row + "\n", encoding="utf-8")
    assert docpipe(tmp_path / "home", "init").returncode == 0  # only init creates a home (issue 9)
    done = docpipe(tmp_path / "home", "patients", "import", str(path))
    assert done.returncode != 0 and "ligne 4" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr) < 2000  # the 100 000 characters are not echoed back
