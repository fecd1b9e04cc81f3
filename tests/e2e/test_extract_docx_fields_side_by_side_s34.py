"""A Word identity table of two columns of fields (`Nom utilisé | NICOLAS | Matricule INS | 2 89 12 …`, third independent
corpus seed 1): each row held two fields; joined on one line, the second label read as the first value's next word
(`NICOLAS : Matricule` — another NICOLAS « Matricule ») and the letter went to review. Reads a real .docx written with
python-docx; the decision is pure."""
from datetime import date
from pathlib import Path

import docx

from docpipe.config import Limits
from docpipe.extract import read_docx
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

PAULINE = Patient("P1", "DURAND", "Pauline", date(1989, 12, 5), "F", used_name="NICOLAS")


def identity_table(path: Path, rows: list[list[str]]) -> Path:
    document = docx.Document()
    document.add_paragraph("COMPTE RENDU D'HOSPITALISATION")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value
    document.add_paragraph("Hospitalisation du 15/11/2026 au 22/11/2026 pour une chute.")
    document.save(path)
    return path


def text_of(path: Path) -> str:
    return "\n".join(page.text for page in read_docx(path, Limits()))


def test_two_fields_in_one_row_are_read_as_two_fields(tmp_path):
    path = identity_table(tmp_path / "cr.docx", [
        ["Nom de naissance", "DURAND", "Sexe", "F"],
        ["Nom utilisé", "NICOLAS", "Matricule INS", "2 89 12 33 115 210 07"],
        ["Prénom(s)", "Pauline", "IPP", "314732784"],
        ["Date de naissance", "05/12/1989", "", ""]])
    text = text_of(path)
    assert "Nom utilisé : NICOLAS\nMatricule INS : 2 89 12 33 115 210 07" in text
    d = decide(read_document([text], date(2026, 12, 4), [True]), RegistryIndex.build([PAULINE]))
    assert d.files and d.patient_ipp == "P1"


def test_a_results_row_stays_one_line(tmp_path):
    path = identity_table(tmp_path / "bio.docx", [["Analyse", "Résultat", "Unité", "Normes"],
                                                   ["Glycémie", "5,1", "mmol/L", "4,1-5,9"]])
    assert "Glycémie : 5,1 : mmol/L : 4,1-5,9" in text_of(path)
