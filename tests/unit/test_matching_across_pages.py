"""The name and first name on one page, the surname and the labelled birth date on another. Pure, no I/O.

A fax read with its first names garbled beside the birth date (`Madame isabeiié Marig-Ciairé` / `THOMAS` /
`née le 25/07/81`) and the whole name clean in the next page's running header (seed 101 fax_0073): the surname
ties the two pages. Only when the surname stands right before the date, as nobody's relative, with no one else
named nearer, and no registry patient shares surname and birth date.
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
INDEX = RegistryIndex.build([
    Patient("T1", "THOMAS", "Isabelle Marie-Claire Zoé", date(1981, 7, 25), "F"),
    Patient("D1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
    Patient("D2", "DUPONT", "Paul", date(1957, 3, 12), "M"),  # Jean's twin
    Patient("L1", "LEROY", "Louis", date(1960, 1, 1), "M"),
])


def decision(pages: list[str]):
    return decide(read_document(pages, today=TODAY), INDEX)


@pytest.mark.parametrize("pages", [
    ["Madame isabeiié Marig-Ciairé 20€\nTHOMAS\nnée le 25/07/81\nBilan hépatique.",
     "Isabelle Marie-Claire Zoe THOMAS - Dossier 230414 — Page 2 sur 2\nSuite."],
    ["Patiente : THOMAS Isabelle\nBilan.", "THOMAS née le 25/07/1981\nSuite."],
])
def test_name_on_one_page_surname_and_birth_date_on_another_files(pages):
    d = decision(pages)
    assert d.files and d.patient_ipp == "T1"


@pytest.mark.parametrize("pages", [
    ["Patiente : THOMAS Isabelle\nBilan.", "THOMAS 25/07/1981\nSuite."],  # an unlabelled date on the other page
    ["Patiente : THOMAS Isabelle\nBilan.", "Mère : THOMAS\nnée le 25/07/1981"],  # a relative's field
    ["Patiente : THOMAS Isabelle\nBilan.", "THOMAS\nLEROY Louis\nné le 25/07/1981"],  # someone nearer to the date
    ["Patiente : THOMAS Isabelle\nBilan.", "THOMAS Louise\nnée le 25/07/1981"],  # another first name beside it
    ["Patiente : THOMAS Isabelle\nBilan.", "M. THOMAS\nné le 25/07/1981"],  # a man's civility, né
    ["Patiente : THOMAS Isabelle\nBilan.",
     "THOMAS\nCompte rendu de la consultation du jour, examen clinique sans particularité.\nnée le 25/07/1981"],
    ["Patient : DUPONT Jean\nBilan.", "DUPONT\nné le 12/03/1957"],  # twins in the registry
])
def test_anything_less_goes_to_review(pages):
    d = decision(pages)
    assert not d.files and d.status == "review"
