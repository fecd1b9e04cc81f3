"""A patient sticker beside a letterhead that Tesseract cut into two blocks (seed 101 SCAN0078 of the corpus
evaluation, a grey, noisy scan): the sticker's first line (`Nicolas Catherine`) on the letterhead's first
line, in one block; its next lines (`08/09/1971 F (53 ans)`, `IPP …`) beside the letterhead's next lines, in
the next block. The sticker is one column: its lines are written together, after the letterhead. Word boxes
as Tesseract gave them; pure, no I/O."""
from __future__ import annotations

from datetime import date

from docpipe import ocr
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient


def word(text, line, left, top, width, height, confidence=90.0) -> ocr.Word:
    return ocr.Word(text, confidence, line[:2], line, left, width, height, top)


def letterhead_and_sticker(sticker_left: int = 1369, first_top: int = 352) -> list[ocr.Word]:
    name_shift = sticker_left - 1369
    return [
        word('Polyclinique', (2, 1, 1), 168, 358, 370, 58), word('du', (2, 1, 1), 563, 352, 71, 44),
        word('Val', (2, 1, 1), 657, 347, 92, 45), word('Fleuri', (2, 1, 1), 776, 341, 171, 48),
        word('Nicolas', (2, 1, 1), 1369 + name_shift, first_top, 162, 34),
        word('Catherine', (2, 1, 1), 1549 + name_shift, first_top - 7, 222, 35),
        word('Département', (3, 1, 1), 170, 436, 289, 55),
        word("d'anesthésie-réanimation", (3, 1, 1), 476, 417, 555, 59),
        word('08/09/1971', (3, 1, 1), 1370, 411, 219, 37), word('F', (3, 1, 1), 1620, 409, 17, 29),
        word('(53', (3, 1, 1), 1667, 406, 59, 35), word('ans)', (3, 1, 1), 1743, 401, 79, 36),
        word('53', (3, 1, 2), 172, 510, 43, 30), word('avenue', (3, 1, 2), 233, 512, 140, 26),
        word('Jean', (3, 1, 2), 386, 506, 82, 36), word('Jaurès', (3, 1, 2), 482, 497, 119, 42),
        word('pp', (3, 1, 2), 1372, 474, 52, 28), word('347056795', (3, 1, 2), 1440, 467, 205, 33),
        word('NDA', (3, 1, 2), 1687, 464, 77, 29), word('6546329158', (3, 1, 2), 1779, 456, 230, 33),
        word('13005', (3, 1, 3), 174, 566, 117, 31), word('Marseille', (3, 1, 3), 310, 559, 169, 34),
        word('Tél.', (4, 1, 1), 171, 623, 62, 32), word('00', (4, 1, 1), 314, 621, 43, 30),
        word('77', (4, 1, 1), 376, 620, 42, 29), word('41', (4, 1, 1), 499, 616, 44, 29),
        word('LULU', (4, 1, 1), 1370, 521, 149, 88), word('LL', (4, 1, 1), 1598, 512, 218, 93),  # a bar code
        word('UF', (5, 1, 1), 1376, 636, 40, 26), word('6571', (5, 1, 1), 1432, 633, 82, 27),
    ]


def lines_of(words: list[ocr.Word]) -> list[str]:
    return [line for line in ocr.page_text(words).splitlines() if line]


def test_a_sticker_cut_across_two_blocks_is_written_as_one_column():
    lines = lines_of(letterhead_and_sticker())
    at = lines.index("Nicolas Catherine")
    assert lines[at + 1:at + 3] == ["08/09/1971 F (53 ans)", "pp 347056795 NDA 6546329158"]
    assert lines.index("Polyclinique du Val Fleuri") < lines.index("Département d'anesthésie-réanimation") < at
    assert lines.index("13005 Marseille") < at  # the letterhead keeps its own lines, before the sticker
    assert "Nicolas Catherine\n08/09/1971 F (53 ans)" in ocr.page_text(letterhead_and_sticker())


def test_a_piece_elsewhere_than_the_column_keeps_its_place():
    for words in (letterhead_and_sticker(sticker_left=1700),  # starts elsewhere than the column below
                  letterhead_and_sticker(first_top=200)):  # far above it
        lines = lines_of(words)
        at = next(i for i, line in enumerate(lines) if "Nicolas Catherine" in line)
        assert at < lines.index("Département d'anesthésie-réanimation") < lines.index("08/09/1971 F (53 ans)")


NICOLAS = Patient("65258485", "NICOLAS", "Catherine", date(1971, 9, 8), "F")


def test_the_page_now_files_and_a_namesake_a_day_off_still_goes_to_review():
    text = ocr.page_text(letterhead_and_sticker())
    filed = decide(read_document([text], date(2026, 11, 30)), RegistryIndex.build([NICOLAS]))
    assert (filed.status, filed.patient_ipp) == ("filed", NICOLAS.ipp)
    namesake = Patient(NICOLAS.ipp, "NICOLAS", "Catherine", date(1971, 9, 9), "F")
    assert not decide(read_document([text], date(2026, 11, 30)), RegistryIndex.build([namesake])).files
