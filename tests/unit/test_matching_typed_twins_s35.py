"""Twins whose first names are one letter apart (Léa and Léo), namesakes whose surnames are: only the INS, the
practice's IPP or the printed sex tell them apart — on a typed document too. Session 35 let typed documents file on the
exact typed name, as for homonyms born one digit apart (session 23); review55 refused it: typed text carries typos and
dictation confusions (`DUPONT`/`DUPOND`, `Rene` for Renée), and its own words may point to the other twin (`Mlle
MARTIN`, `la patiente … elle` for Louis) — 60 wrong filings. Pure, no I/O.
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
INDEX = RegistryIndex.build([
    Patient("T1", "FONTAINE", "Léa", date(2023, 10, 15), "F"),
    Patient("T2", "FONTAINE", "Léo", date(2023, 10, 15), "M"),
    Patient("L1", "MARTIN", "Louis", date(2019, 2, 28), "M"),
    Patient("L2", "MARTIN", "Louise", date(2019, 2, 28), "F"),
    Patient("Y1", "YILMAZ", "Mehmet", date(1970, 5, 5), "M"),
    Patient("Y2", "VILMAZ", "Mehmet", date(1970, 5, 5), "M"),
])


@pytest.mark.parametrize("pages", [
    ["Nom : FONTAINE\nPrénom(s) : LEA\nDate de naissance : 15/10/2023\n"],  # a lab file's rendering, no sex
    ["Objet : MARTIN Louis (28/02/2019)\nCher confrère, je vous adresse Mlle MARTIN."],  # review55
    ["MARTIN Louis, né le 28/02/2019", "Suite : la patiente va bien, elle dort."],
    ["Patient : VILMAZ Mehmet, né le 05/05/1970"],
])
def test_typed_twins_one_letter_apart_still_go_to_review(pages):
    d = decide(read_document(pages, today=TODAY, typed=[True] * len(pages)), INDEX)
    assert not d.files and d.rule == "homonyms"


def test_the_printed_sex_tells_typed_twins_apart():
    d = decide(read_document(["Nom : FONTAINE\nPrénom(s) : LEA\nDate de naissance : 15/10/2023\nSexe : F\n"],
                             today=TODAY, typed=[True]), INDEX)
    assert d.files and d.patient_ipp == "T1"
