"""A small practice for the CLI tests: a registry, text documents (no OCR, so fast) and the CLI run as a
person would, from a chosen folder."""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner

from docpipe.cli import main

REGISTRY = """ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P001,DUPONT,,Jean Pierre,1957-03-12,M,,
P003,LEROY,,Sophie,1975-05-20,F,,
P010,LEFEBVRE,,Marie,1950-01-15,F,,
P011,LEFEBVRE,MARTIN,Marie,1982-09-30,F,,
"""
FILED = """COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE
Patient : DUPONT Jean Pierre
Né le 12/03/1957
Hémoglobine : 13,5 g/dL
"""
HOMONYMS = """COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE
Patiente : LEFEBVRE Marie
Hémoglobine : 12,8 g/dL
Créatinine : 70 µmol/L
"""
UNKNOWN = """COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE
Patient : BERNARD Luc
Né le 02/02/1980
Hémoglobine : 15,2 g/dL
"""
CONTRADICTED = """COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE
Patiente : LEROY Sophie
Née le 21/06/1976
Hémoglobine : 11,9 g/dL
"""
DOCUMENTS = {"dupont.txt": FILED, "homonyme.txt": HOMONYMS, "inconnu.txt": UNKNOWN, "leroy.txt": CONTRADICTED}


def invoke(*args: str, code: int = 0, env: dict | None = None):
    """The CLI as typed (no --home added); asserts the exit code."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)
    assert result.exit_code == code, (result.exit_code, result.output, result.stderr)
    return result


def run(home: Path, *args: str, code: int = 0):
    return invoke("--home", str(home), *args, code=code)


@contextmanager
def working_in(folder: Path):
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def build_practice(root: Path) -> Path:
    """init, registry import, the four documents dropped and ingested."""
    run(root, "init")
    registry = root.parent / "registre.csv"
    registry.write_text(REGISTRY, encoding="utf-8")
    run(root, "patients", "import", str(registry))
    for name, text in DOCUMENTS.items():
        (root / "inbox" / name).write_text(text, encoding="utf-8")
    run(root, "ingest")
    return root


def copy_practice(template: Path, destination: Path) -> Path:
    shutil.copytree(template, destination, symlinks=True)
    return destination


def lines_fit(text: str, width: int = 80) -> bool:
    return all(len(line) <= width for line in text.splitlines())
