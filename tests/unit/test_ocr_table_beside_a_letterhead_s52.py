"""An identity table with its captions at the left of its values, standing at the right of the letterhead (own corpus
s741 fax_0067, page 2, a fax at 200 dpi): Tesseract read each of its rows on the letterhead's line beside it. Its rows
were joined (`Nom de naissance : VINCENT`, `Prénom : Patrick`) but written between the letterhead's lines, and the empty
`Nom d'usage` took the next one, `Secrétariat : 05 00 53 18 36`, for its value: « nom Secrétariat absent du registre »,
review, on 51e7dd0. The joined captions are a side column: written together, after the letterhead. A table whose
caption opens the line and whose other columns follow it (`Hémoglobine | 13,5 | g/dL`) keeps its rows. Word boxes as
Tesseract gave them; pure, no I/O."""
from __future__ import annotations

from datetime import date

from docpipe import ocr
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient


def word(text, line, left, top, width, height, confidence=90.0) -> ocr.Word:
    return ocr.Word(text, confidence, line[:2], line, left, width, height, top)


def letterhead_beside_a_table() -> list[ocr.Word]:
    return [
        word('Polyclinique', (6, 1, 1), 294, 444, 448, 72), word('du', (6, 1, 1), 770, 444, 88, 56),
        word('Val', (6, 1, 1), 888, 444, 108, 56), word('Fleuri', (6, 1, 1), 1030, 444, 206, 56),
        word('Nom', (6, 1, 1), 1860, 460, 122, 40), word('de', (6, 1, 1), 2006, 456, 66, 44),
        word('VINCENT', (6, 1, 1), 2402, 456, 220, 44), word('Service', (6, 1, 2), 292, 548, 226, 52),
        word('de', (6, 1, 2), 542, 548, 74, 52), word('neurologie', (6, 1, 2), 640, 548, 332, 64),
        word('naissance', (6, 1, 2), 1860, 532, 276, 44), word('Chef', (6, 2, 1), 290, 640, 108, 40),
        word('de', (6, 2, 1), 412, 640, 54, 40), word('service', (6, 2, 1), 486, 640, 162, 40),
        word(':', (6, 2, 1), 672, 652, 4, 28), word('Dr', (6, 2, 1), 702, 640, 52, 40),
        word('Linh', (6, 2, 1), 772, 640, 90, 40), word('CLÉMENT-LUCAS', (6, 2, 1), 882, 632, 382, 48),
        word('Nom', (6, 2, 1), 1860, 648, 122, 40), word("d'usage", (6, 2, 1), 2006, 644, 216, 56),
        word('Secrétariat', (6, 3, 1), 292, 713, 254, 43), word(':', (6, 3, 1), 566, 728, 4, 28),
        word('05', (6, 3, 1), 592, 716, 54, 40), word('00', (6, 3, 1), 668, 716, 54, 40),
        word('53', (6, 3, 1), 744, 716, 52, 43), word('18', (6, 3, 1), 820, 716, 50, 40),
        word('36', (6, 3, 1), 892, 716, 52, 40), word('|;', (6, 3, 1), 2502, 760, 6, 7),
        word('50', (6, 4, 1), 292, 792, 52, 40), word('quäi', (6, 4, 1), 364, 792, 94, 52),
        word('des', (6, 4, 1), 480, 792, 78, 40), word('Célestins', (6, 4, 1), 578, 789, 208, 43),
        word('Prénom', (6, 4, 1), 1860, 756, 210, 48), word('Patrick', (6, 4, 1), 2404, 760, 162, 44),
        word('21000', (6, 4, 2), 292, 868, 142, 40), word('Dijon', (6, 4, 2), 456, 868, 112, 52),
        word('DDN', (6, 4, 2), 1860, 872, 118, 44), word('03/08/58', (6, 4, 2), 2404, 872, 218, 48),
    ]


def lines_of(words: list[ocr.Word]) -> list[str]:
    return [line for line in ocr.page_text(words).splitlines() if line]


def test_the_tables_rows_are_written_together_after_the_letterhead():
    lines = lines_of(letterhead_beside_a_table())
    at = lines.index("Nom de naissance : VINCENT")
    assert lines[at:at + 4] == ["Nom de naissance : VINCENT", "Nom d'usage", "Prénom : Patrick", "DDN : 03/08/58"]
    assert lines.index("Polyclinique du Val Fleuri") < lines.index("Secrétariat : 05 00 53 18 36") \
        < lines.index("21000 Dijon") < at


def test_the_page_files_and_a_namesake_a_day_off_does_not():
    text = ocr.page_text(letterhead_beside_a_table())
    vincent = Patient("V1", "VINCENT", "Patrick", date(1958, 8, 3), "M")
    filed = decide(read_document([text], date(2026, 12, 1)), RegistryIndex.build([vincent]))
    assert filed.files and filed.patient_ipp == "V1"
    namesake = Patient("V2", "VINCENT", "Patrick", date(1958, 8, 4), "M")
    assert not decide(read_document([text], date(2026, 12, 1)), RegistryIndex.build([namesake])).files


def a_results_table() -> list[ocr.Word]:
    """`Hémoglobine | 13,5 | g/dL` and two more rows, each a Tesseract line, captions at the left margin."""
    rows = [("Hémoglobine", "13,5", "g/dL"), ("Leucocytes", "7,2", "G/L"), ("Plaquettes", "250", "G/L")]
    words = []
    for number, (caption, value, unit) in enumerate(rows):
        top, line = 300 + 60 * number, (2, 1, number + 1)
        words += [word(caption, line, 100, top, 300, 40), word(value, line, 900, top, 100, 40),
                  word(unit, line, 1400, top, 100, 40)]
    return words


def test_a_results_tables_rows_keep_their_order():
    lines = lines_of(a_results_table())
    assert lines.index("Hémoglobine : 13,5") < lines.index("Leucocytes : 7,2") < lines.index("Plaquettes : 250")
    assert lines.index("g/dL") < lines.index("Leucocytes : 7,2")
