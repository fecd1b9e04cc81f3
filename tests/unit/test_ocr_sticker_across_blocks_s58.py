"""A patient's sticker at the right of the letterhead that Tesseract cut into several blocks, the letterhead's lines
between (`CLINIQUE DU PARC` + `IPP …` / `Unité …` + `VALOUX`, then `Chef de service …`, then `à` + `Pascal`, then `Né le
14.07.1992 Sexe : M`; ood4 seed 32 scan_017, a clean 300 dpi scan, word boxes as docpipe's first reading gave them):
the sticker is written whole, and the page files. A field's row beside the letterhead under the sticker (`Contact :` +
a relative's name) stays where it is (session 52's trap, test_ocr_side_columns_s52.py). Pure, no I/O."""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import ocr
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
VALOUX = Patient("V1", "VALOUX", "Pascal Hervé", date(1992, 7, 14), "M")


def word(text, line, left, top, width, height, confidence=90.0) -> ocr.Word:
    return ocr.Word(text, confidence, line[:2], line, left, width, height, top)


def sticker_cut_into_blocks(fourth_line: str = "à") -> list[ocr.Word]:
    return [
        word('CLINIQUE', (2, 1, 1), 218, 168, 238, 39),
        word('DU', (2, 1, 1), 471, 167, 68, 32),
        word('PARC', (2, 1, 1), 552, 165, 126, 33),
        word('IPP', (2, 1, 1), 1400, 169, 58, 24),
        word(':', (2, 1, 1), 1489, 174, 4, 18),
        word('6340873680', (2, 1, 1), 1525, 166, 206, 25),
        word('NDA', (2, 1, 1), 1798, 164, 61, 24),
        word(':', (2, 1, 1), 1888, 168, 4, 19),
        word('1530412507', (2, 1, 1), 1924, 160, 205, 26),
        word('Unité', (2, 1, 2), 217, 232, 87, 29),
        word('de', (2, 1, 2), 317, 232, 35, 28),
        word('Chirurgie', (2, 1, 2), 365, 231, 150, 36),
        word('Ambulatoire', (2, 1, 2), 524, 228, 201, 29),
        word('VALOUX', (2, 1, 2), 1398, 228, 196, 36),
        word('Chef', (3, 1, 1), 218, 290, 63, 24),
        word('de', (3, 1, 1), 291, 290, 29, 23),
        word('service', (3, 1, 1), 330, 290, 92, 23),
        word(':', (3, 1, 1), 434, 296, 4, 15),
        word('Dr', (3, 1, 1), 449, 289, 34, 22),
        word('Sylvie', (3, 1, 1), 493, 287, 82, 30),
        word('PONTAIN', (3, 1, 1), 585, 285, 140, 24),
        word(fourth_line, (4, 1, 1), 283, 337, 49, 5),
        word('Pascal', (4, 1, 1), 1402, 285, 126, 50),
        word('Secrétariat', (4, 1, 2), 220, 339, 139, 22),
        word(':', (4, 1, 2), 370, 344, 4, 15),
        word('04', (4, 1, 2), 386, 336, 31, 23),
        word('90', (4, 1, 2), 427, 336, 31, 22),
        word('94', (4, 1, 2), 468, 335, 32, 23),
        word('23', (4, 1, 2), 510, 335, 30, 22),
        word('82', (4, 1, 2), 551, 334, 30, 23),
        word('Né', (5, 1, 1), 1402, 351, 47, 31),
        word('le', (5, 1, 1), 1465, 352, 26, 29),
        word('14.07.1992', (5, 1, 1), 1507, 350, 196, 30),
        word('Sexe', (5, 1, 1), 1739, 349, 88, 28),
        word(':', (5, 1, 1), 1844, 354, 4, 22),
        word('M', (5, 1, 1), 1865, 347, 27, 29),
    ]


def lines_of(words: list[ocr.Word]) -> list[str]:
    return ocr.page_text(words).split("\n")


def test_the_sticker_cut_into_blocks_is_written_whole():
    lines = lines_of(sticker_cut_into_blocks())
    at = lines.index("VALOUX")
    assert lines[at - 1:at + 3] == ["IPP : 6340873680 NDA : 1530412507", "VALOUX", "Pascal",
                                    "Né le 14.07.1992 Sexe : M"]
    d = decide(read_document([ocr.page_text(sticker_cut_into_blocks())], today=TODAY, typed=[False]),
               RegistryIndex.build([VALOUX]))
    assert d.files and d.patient_ipp == "V1"


@pytest.mark.parametrize("label", ["Contact :", "Personne à prévenir"])
def test_a_value_beside_a_label_below_the_sticker_stays_in_its_row(label):
    lines = lines_of(sticker_cut_into_blocks(fourth_line=label))
    assert lines.index("VALOUX") + 1 != lines.index("Pascal")
