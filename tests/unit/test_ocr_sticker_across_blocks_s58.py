"""A patient's sticker at the right of the letterhead that Tesseract cut into several blocks, the letterhead's lines
between (`CLINIQUE DU PARC` + `IPP …` / `Unité …` + `VALOUX`, then `Chef de service …`, then `à` + `Pascal`, then `Né le
14.07.1992 Sexe : M`; ood4 seed 32 scan_017, a clean 300 dpi scan, word boxes as docpipe's first reading gave them):
the sticker is written whole, and the page files. A field's row beside the letterhead under the sticker (`Contact :` +
a relative's name) stays where it is (session 52's trap, test_ocr_side_columns_s52.py); so do a date alone below the
sticker and a companion's block under its heading (`devtools/layout_traps` A_date_below_190, S_heading_214: the first
form of the rule filed both). Pure, no I/O."""
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


DATE_BELOW_STICKER = [  # layout traps A_date_below_190.png
    word('CENTRE', (1, 1, 1), 275, 387, 240, 52),
    word('HOSPITALIER', (1, 1, 1), 535, 387, 387, 54),
    word('DE', (1, 1, 1), 945, 389, 76, 52),
    word('NANCY', (1, 1, 1), 1043, 389, 205, 53),
    word('BATADOT', (1, 1, 1), 1971, 387, 239, 48),
    word('Christine', (1, 1, 1), 2227, 388, 218, 47),
    word('Service', (1, 1, 2), 276, 466, 167, 47),
    word('de', (1, 1, 2), 459, 466, 53, 47),
    word('Chirurgie', (1, 1, 2), 529, 466, 203, 62),
    word('Ambulatoire', (1, 1, 2), 746, 468, 269, 47),
    word('IPP', (1, 1, 2), 1973, 471, 76, 47),
    word(':', (1, 1, 2), 2070, 484, 6, 34),
    word('6415218692', (1, 1, 2), 2095, 473, 279, 46),
    word('Chef', (2, 1, 1), 275, 550, 105, 47),
    word('de', (2, 1, 1), 395, 550, 55, 47),
    word('service', (2, 1, 1), 466, 550, 158, 48),
    word(':', (2, 1, 1), 646, 562, 6, 36),
    word('Dr', (2, 1, 1), 671, 551, 51, 48),
    word('Pauline', (2, 1, 1), 739, 552, 165, 47),
    word('FALECET', (2, 1, 1), 921, 553, 225, 46),
    word('10/06/2023', (2, 1, 1), 1972, 554, 250, 49),
    word('Nancy,', (3, 1, 1), 1897, 820, 148, 60),
    word('le', (3, 1, 1), 2065, 820, 36, 46),
    word('22', (3, 1, 1), 2118, 821, 53, 46),
    word('juin', (3, 1, 1), 2184, 820, 81, 60),
    word('2025', (3, 1, 1), 2282, 821, 109, 46),
]
COMPANION_BELOW_STICKER = [  # layout traps S_heading_214.png
    word('CENTRE', (1, 1, 1), 151, 203, 221, 40),
    word('HOSPITALIER', (1, 1, 1), 399, 203, 376, 40),
    word('DE', (1, 1, 1), 799, 204, 71, 38),
    word('ROUEN', (1, 1, 1), 896, 203, 196, 40),
    word('FUBOVET', (1, 1, 1), 1487, 197, 193, 61),
    word('Jacques', (1, 1, 1), 1721, 202, 196, 41),
    word('Service', (1, 1, 2), 151, 268, 157, 33),
    word('de', (1, 1, 2), 326, 268, 51, 33),
    word('Rhumatologie', (1, 1, 2), 397, 268, 301, 42),
    word('IPP', (1, 1, 2), 1487, 269, 61, 32),
    word(':', (1, 1, 2), 1569, 278, 5, 23),
    word('1748154009', (1, 1, 2), 1597, 268, 272, 33),
    word('ACCOMPAGNANT', (2, 1, 1), 148, 350, 416, 33),
    word('M.', (2, 1, 2), 1487, 419, 43, 32),
    word('FUBOVET', (2, 1, 2), 1558, 414, 184, 50),
    word('Jacques', (2, 1, 2), 1767, 419, 170, 41),
    word('Né(e)', (2, 1, 3), 1487, 484, 114, 41),
    word('le', (2, 1, 3), 1623, 486, 33, 33),
    word('07/11/1959', (2, 1, 3), 1675, 486, 248, 37),
    word('Rouen,', (3, 1, 1), 1421, 633, 145, 38),
    word('le', (3, 1, 1), 1588, 632, 33, 33),
    word('30', (3, 1, 1), 1640, 632, 50, 33),
    word('décembre', (3, 1, 1), 1709, 630, 217, 35),
    word('2024', (3, 1, 1), 1945, 632, 107, 33),
    word('Objet', (3, 1, 2), 215, 759, 131, 43),
    word(':', (3, 1, 2), 368, 768, 8, 24),
    word('consultation', (3, 1, 2), 398, 759, 303, 33),
    word('du', (3, 1, 2), 722, 759, 57, 33),
    word('30/12/2024', (3, 1, 2), 801, 759, 272, 37),
    word('Cher', (4, 1, 1), 215, 886, 101, 33),
    word('Confrère,', (4, 1, 1), 332, 884, 198, 41),
]


def test_a_date_alone_below_the_sticker_does_not_join_it():
    """The sticker names BATADOT Christine without a birth date; `10/06/2023` below it is no label's: joined to the
    sticker it filed her namesake born that day."""
    lines = lines_of(DATE_BELOW_STICKER)
    assert lines.index("10/06/2023") > lines.index("Chef de service : Dr Pauline FALECET")
    index = RegistryIndex.build([Patient("B1", "BATADOT", "Christine", date(1941, 3, 2), "F"),
                                 Patient("B2", "BATADOT", "Christine", date(2023, 6, 10), "F")])
    d = decide(read_document([ocr.page_text(DATE_BELOW_STICKER)], today=TODAY, typed=[False]), index)
    assert not d.files


def test_a_companions_block_below_the_sticker_stays_under_its_heading():
    """`ACCOMPAGNANT` at the left margin, `M. FUBOVET Jacques` / `Né(e) le 07/11/1959` at the sticker's place: the
    companion's, not the sticker's (the patient, FUBOVET Jacques born 2001, is not registered; the companion is)."""
    lines = lines_of(COMPANION_BELOW_STICKER)
    assert lines.index("ACCOMPAGNANT") < lines.index("M. FUBOVET Jacques")
    index = RegistryIndex.build([Patient("F1", "FUBOVET", "Jacques", date(1959, 11, 7), "M")])
    d = decide(read_document([ocr.page_text(COMPANION_BELOW_STICKER)], today=TODAY, typed=[False]), index)
    assert not d.files


def dateless_sticker_over(left: str, name: str) -> list[ocr.Word]:
    """The sticker `VALOUX` / `Léa` / `Sexe : F` (no birth date), then a block whose left piece speaks of someone and
    whose pieces at the sticker's place name that person with her birth date (review of session 58)."""
    words = [w for w in sticker_cut_into_blocks() if w.line != (5, 1, 1)]
    words = [ocr.Word("Léa", w.confidence, w.paragraph, w.line, w.left, w.width, w.height, w.top)
             if w.text == "Pascal" else w for w in words]
    words += [word("Sexe", (5, 1, 1), 1402, 351, 88, 30), word(":", (5, 1, 1), 1505, 354, 4, 22),
              word("F", (5, 1, 1), 1525, 351, 20, 30)]
    lefts = [word(text, (6, 1, 1), 220 + 120 * n, 420, 110, 30) for n, text in enumerate(left.split())]
    names = [word(text, (6, 1, 2), 1402 + 160 * n, 425, 150, 32) for n, text in enumerate(name.split())]
    date_line = [word("née", (6, 1, 3), 1402, 470, 60, 30), word("le", (6, 1, 3), 1475, 470, 30, 30),
                 word("02/03/1965", (6, 1, 3), 1520, 470, 200, 30)]
    return words + lefts + names + date_line


@pytest.mark.parametrize("left, name", [
    ("Accompagnée de sa mère", "Claire Martin"),
    ("Vue avec sa mère", "Mme MARTIN Claire"),
    ("Accompagnée de", "MARTIN Claire"),
    ("Accompagnée de sa fille", "Mme Claire Martin"),
])
def test_a_relatives_lines_below_a_dateless_sticker_do_not_join_it(left, name):
    index = RegistryIndex.build([Patient("M2", "MARTIN", "Claire", date(1965, 3, 2), "F")])
    d = decide(read_document([ocr.page_text(dateless_sticker_over(left, name))], today=TODAY, typed=[False]), index)
    assert not d.files
