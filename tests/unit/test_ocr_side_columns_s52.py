"""Side columns Tesseract mixed with the letterhead beside them (fourth corpus, seed 17). Word boxes as Tesseract gave
them (docpipe's first reading); pure, no I/O.

- FAX_038, a fax at 200 dpi: a sticker at the right (`IPP … NDA …` / `LEJEUNE` / `Mathilde` / `Née le 14/12/2001 Sexe
  : F`) cut into three blocks, the fax's specks (`* *`) beside its name. On a4277d5 the specks were joined to the name
  as its table cell (`LEJEUNE : * *`), which kept the sticker from reading as a column, and its last lines were
  written after the letterhead's: the page went to review. A piece without a letter or a digit is no table's value and
  starts no column, and a side column goes on into the next blocks with the short pieces that start where it starts,
  each right below the one before.
- scan_017, a clean scan: a grey side column at the left (`PATIENT` / `MONNIER` / `Alain` / `Né le 07.11.1996`) whose
  first two lines stand level with the letterhead's two (`Centre médical Saint-Jacques` / `Dr Océane GRANDIER —
  Pneumologue`). On a4277d5 they were joined as a table's rows (`MONNIER : Dr Océane GRANDIER — Pneumologue`) and the
  page went to review. A value that opens with a doctor's title joins only a label identity knows (`Médecin traitant`,
  `Patient`).
Near-misses: a true table's `Médecin traitant | Dr …` and `Accompagnant | M. …` rows are still joined, and a piece far
below a sticker keeps its place."""
from __future__ import annotations

from datetime import date

from docpipe import ocr
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)


def word(text, line, left, top, width, height, confidence=90.0) -> ocr.Word:
    return ocr.Word(text, confidence, line[:2], line, left, width, height, top)


def fax_with_a_sticker() -> list[ocr.Word]:
    return [
        word('11/01/2025', (1, 1, 1), 191, 26, 245, 36), word('14:56', (1, 1, 1), 468, 32, 120, 34),
        word('DE:', (1, 1, 1), 668, 38, 62, 32), word('+33', (1, 1, 1), 769, 40, 71, 32),
        word('3', (1, 1, 1), 870, 42, 20, 32), word('92.90', (1, 1, 1), 922, 44, 120, 34),
        word('43', (1, 1, 1), 1070, 48, 48, 32), word('47', (1, 1, 1), 1146, 50, 48, 31),
        word('POLE', (1, 1, 1), 1276, 54, 94, 32), word('DE', (1, 1, 1), 1402, 56, 44, 32),
        word('SANTE', (1, 1, 1), 1478, 58, 120, 34), word('DES', (1, 1, 1), 1628, 62, 72, 32),
        word('TILLEULS', (1, 1, 1), 1728, 64, 200, 36), word('P.001/002', (1, 1, 1), 2008, 72, 220, 38),
        word('CENTRE', (3, 1, 1), 372, 160, 266, 66), word('HOSPITALIER', (3, 1, 1), 662, 160, 434, 76),
        word('DE', (3, 1, 1), 1120, 192, 86, 48), word('VILLEURBANNE', (3, 1, 1), 1228, 194, 512, 60),
        word('IPP:5742425246', (3, 1, 1), 1950, 226, 454, 52), word('NDA:1356975233', (3, 1, 1), 2460, 240, 484, 52),
        word('Unité', (3, 1, 2), 372, 256, 124, 44), word('de', (3, 1, 2), 516, 260, 58, 42),
        word('Chirurgre', (3, 1, 2), 596, 262, 222, 56), word('Ambulatorre', (3, 1, 2), 832, 270, 296, 46),
        word('LEJEUNE', (3, 1, 2), 1946, 288, 288, 80), word('*', (3, 1, 2), 2582, 320, 8, 8),
        word('*', (3, 1, 2), 2664, 310, 8, 8), word('Chef', (4, 1, 1), 368, 334, 101, 36),
        word('de', (4, 1, 1), 482, 338, 50, 34), word('service', (4, 1, 1), 549, 341, 149, 39),
        word(':', (4, 1, 1), 716, 350, 6, 28), word('Dr', (4, 1, 1), 742, 344, 48, 34),
        word('Christophe', (4, 1, 1), 806, 346, 228, 48), word('AUBRY', (4, 1, 1), 1048, 352, 161, 38),
        word('Secrétariat', (5, 1, 1), 366, 396, 230, 40), word(':', (5, 1, 1), 614, 410, 5, 26),
        word('02', (5, 1, 1), 640, 404, 48, 34), word('22', (5, 1, 1), 706, 404, 48, 36),
        word('84', (5, 1, 1), 772, 406, 50, 36), word('62', (5, 1, 1), 840, 408, 48, 36),
        word('34', (5, 1, 1), 906, 410, 48, 35), word('Mathilde', (5, 1, 1), 1944, 400, 212, 46),
        word('Née', (6, 1, 1), 1942, 476, 100, 46), word('le', (6, 1, 1), 2064, 480, 40, 44),
        word('14/12/2001', (6, 1, 1), 2126, 484, 283, 48), word('Sexe', (6, 1, 1), 2462, 492, 128, 44),
        word(':', (6, 1, 1), 2612, 504, 7, 32), word('F', (6, 1, 1), 2644, 498, 30, 40),
    ]


def scan_with_a_left_column() -> list[ocr.Word]:
    return [
        word('PATIENT', (1, 1, 1), 114, 193, 171, 32), word('MONNIER', (2, 1, 1), 114, 270, 235, 39),
        word('Alain', (2, 1, 2), 110, 337, 99, 36), word('Né', (2, 2, 1), 112, 400, 51, 38),
        word('le', (2, 2, 1), 182, 402, 32, 36), word('07.11.1996', (2, 2, 1), 231, 404, 232, 37),
        word('Sexe', (2, 2, 2), 110, 467, 95, 36), word(':', (2, 2, 2), 225, 479, 5, 24),
        word('M', (2, 2, 2), 252, 469, 28, 35), word('MÉDECIN', (3, 1, 1), 109, 626, 170, 37),
        word('TRAITANT', (3, 1, 1), 294, 635, 187, 30), word('Dr', (3, 1, 2), 108, 692, 39, 28),
        word('Sylvie', (3, 1, 2), 159, 692, 99, 36), word('DAVID', (3, 1, 2), 273, 694, 102, 28),
        word('CONSULTATION', (4, 1, 1), 106, 821, 284, 32), word('DU', (4, 1, 1), 408, 825, 50, 29),
        word('21/01/2024', (4, 1, 2), 105, 880, 194, 33), word('Centre', (5, 1, 1), 799, 191, 178, 43),
        word('médical', (5, 1, 1), 1001, 191, 205, 45), word('Saint-Jacques', (5, 1, 1), 1230, 196, 367, 54),
        word('Dr', (5, 1, 2), 800, 259, 41, 32), word('Océane', (5, 1, 2), 854, 258, 140, 35),
        word('GRANDIER', (5, 1, 2), 1010, 261, 195, 34), word('—', (5, 1, 2), 1221, 282, 34, 3),
        word('Pneumologue', (5, 1, 2), 1272, 265, 252, 41), word('COMPTE', (6, 1, 1), 796, 451, 222, 43),
        word('RENDU', (6, 1, 1), 1042, 454, 182, 42), word('DE', (6, 1, 1), 1250, 457, 66, 40),
        word('CONSULTATION', (6, 1, 1), 1338, 457, 403, 45),
    ]


def lines_of(words: list[ocr.Word]) -> list[str]:
    return [line for line in ocr.page_text(words).splitlines() if line]


def files(text: str, patients: list[Patient]) -> str | None:
    decision = decide(read_document([text], TODAY), RegistryIndex.build(patients))
    return decision.patient_ipp if decision.files else None


LEJEUNE = Patient("L1", "LEJEUNE", "Mathilde", date(2001, 12, 14), "F")
MONNIER = Patient("M1", "MONNIER", "Alain", date(1996, 11, 7), "M")


def test_the_sticker_cut_into_three_blocks_is_written_as_one_column():
    lines = lines_of(fax_with_a_sticker())
    at = lines.index("LEJEUNE")
    assert lines[at - 1:at + 3] == ["IPP:5742425246 NDA:1356975233", "LEJEUNE", "Mathilde", "Née le 14/12/2001 Sexe : F"]
    assert lines.index("CENTRE HOSPITALIER DE VILLEURBANNE") < lines.index("Unité de Chirurgre Ambulatorre") < at
    assert at < lines.index("Chef de service : Dr Christophe AUBRY") < lines.index("Secrétariat : 02 22 84 62 34")
    assert "LEJEUNE\nMathilde\nNée le 14/12/2001" in ocr.page_text(fax_with_a_sticker())


def test_the_fax_now_files_and_a_namesake_a_day_off_does_not():
    text = ocr.page_text(fax_with_a_sticker())
    assert files(text, [LEJEUNE]) == "L1"
    assert files(text, [Patient("L2", "LEJEUNE", "Mathilde", date(2001, 12, 15), "F")]) is None


def test_specks_are_no_value():
    assert not ocr.is_value("* *") and not ocr.is_value(". ,")
    assert ocr.is_value("DUPONT") and ocr.is_value("12/03/1957")


def test_a_piece_far_below_the_sticker_keeps_its_place():
    words = [w if w.line[0] != 6 else ocr.Word(w.text, w.confidence, w.paragraph, w.line, w.left, w.width, w.height,
                                               w.top + 300)
             for w in fax_with_a_sticker()]
    lines = lines_of(words)
    assert lines.index("Secrétariat : 02 22 84 62 34") < lines.index("Née le 14/12/2001 Sexe : F")


def test_the_left_column_is_not_read_as_the_letterheads_captions():
    lines = lines_of(scan_with_a_left_column())
    at = lines.index("MONNIER")
    assert lines[at:at + 3] == ["MONNIER", "Alain", "Né le 07.11.1996"]
    assert not any(line.startswith("MONNIER :") for line in lines)
    assert "Dr Océane GRANDIER — Pneumologue" in lines


def test_the_scan_now_files_and_a_namesake_a_day_off_does_not():
    text = ocr.page_text(scan_with_a_left_column())
    assert files(text, [MONNIER]) == "M1"
    assert files(text, [Patient("M2", "MONNIER", "Alain", date(1996, 11, 8), "M")]) is None


def a_table(last_label: str, last_value: list[str]) -> list[ocr.Word]:
    rows = [(["Nom"], ["DUPONT"]), (["Prénom"], ["Jean"]), (last_label.split(), last_value)]
    words = []
    for row, (label, value) in enumerate(rows):
        top = 200 + 60 * row
        words += [word(w, (1, 1, row + 1), 100 + 150 * k, top, 140, 36) for k, w in enumerate(label)]
        words += [word(w, (2, 1, row + 1), 900 + 150 * k, top, 140, 36) for k, w in enumerate(value)]
    return words


def test_a_tables_doctor_row_is_still_joined():
    assert "Médecin traitant : Dr Paul MARTIN" in lines_of(a_table("Médecin traitant", ["Dr", "Paul", "MARTIN"]))
    assert "Nom : DUPONT" in lines_of(a_table("Médecin traitant", ["Dr", "Paul", "MARTIN"]))


def test_a_civility_keeps_any_caption():
    """`Accompagnant` is no label identity knows, but its row must stay one line: the companion's name under it."""
    assert "Accompagnant : M. DUPONT Pierre" in lines_of(a_table("Accompagnant", ["M.", "DUPONT", "Pierre"]))



def a_form_in_two_columns() -> list[ocr.Word]:
    """Second corpus s110_008, a fax at 150 dpi: `Nom : LACEAU   Prénom($) : Rôger` / `Late de naissdnce 01/02/1939
    Saxe : M` / …, specks between the columns."""
    return [
        word('Nom', (10, 1, 1), 217, 411, 98, 38), word(':', (10, 1, 1), 329, 428, 6, 7),
        word('LACEAU', (10, 1, 1), 350, 421, 159, 28), word('.', (10, 1, 1), 714, 434, 7, 6),
        word('Prénom($)', (10, 1, 1), 1362, 420, 165, 35), word(':', (10, 1, 1), 1538, 428, 6, 21),
        word('Rôger', (10, 1, 1), 1551, 420, 105, 37), word('Late', (10, 1, 2), 239, 481, 72, 28),
        word('de', (10, 1, 2), 323, 481, 36, 27), word('naissdnce', (10, 1, 2), 371, 482, 152, 27),
        word('01/02/1939', (10, 1, 2), 555, 481, 181, 28), word('|', (10, 1, 2), 1016, 514, 7, 6),
        word('Saxe', (10, 1, 2), 1360, 482, 76, 27), word(':', (10, 1, 2), 1450, 488, 6, 19),
        word('M', (10, 1, 2), 1467, 472, 35, 36), word('Envrée', (10, 1, 3), 239, 538, 102, 29),
        word('le', (10, 1, 3), 353, 538, 26, 29), word('fun', (10, 1, 3), 418, 485, 171, 142),
        word('°', (10, 1, 3), 792, 534, 7, 6), word('Sortie', (10, 1, 3), 1360, 540, 94, 27),
        word('le', (10, 1, 3), 1467, 538, 27, 29), word('E', (10, 1, 3), 1506, 546, 6, 23),
        word('25/08/2024', (10, 1, 3), 1526, 539, 182, 28), word('Médecin', (10, 1, 4), 239, 598, 136, 29),
        word('traine', (10, 1, 4), 387, 600, 111, 27), word('.', (10, 1, 4), 512, 620, 5, 6),
        word('Dr', (10, 1, 4), 535, 597, 38, 29), word('Stéphane', (10, 1, 4), 585, 597, 145, 38),
        word('RIVIÈRE', (10, 1, 4), 742, 590, 156, 37), word('.', (10, 1, 4), 1227, 626, 6, 6),
        word('N°', (10, 1, 4), 1362, 598, 40, 28), word('séjouf', (10, 1, 4), 1414, 598, 99, 36),
        word(':', (10, 1, 4), 1524, 606, 6, 19), word('240825-2894', (10, 1, 4), 1544, 597, 212, 30),
        word('Chère', (10, 1, 5), 237, 739, 99, 31), word('c', (10, 1, 5), 347, 748, 18, 22),
    ]


def test_a_column_of_fields_beside_the_patients_own_fields_is_read_across():
    """Once the specks no longer hid it, the form's right column read as a sticker written after the left one, and
    `Rôger` stood too far from `LACEAU` to be his first name (review on 51e7dd0, filed on a4277d5)."""
    lines = lines_of(a_form_in_two_columns())
    assert lines.index("Nom : LACEAU") < lines.index("Prénom($) : Rôger") < lines.index("Late de naissdnce 01/02/1939")
    laceau = Patient("L3", "LACEAU", "Roger Georges", date(1939, 2, 1), "M")
    assert files(ocr.page_text(a_form_in_two_columns()), [laceau]) == "L3"



def a_contact_beside_the_sticker() -> list[ocr.Word]:
    """An assistant's trap page (session 52): the letterhead's `Contact :` at the left margin, the contact's `Mme Hélène
    LOREVUT` / `Né(e) le 31/05/1945` on its row, under the sticker `MAPIBOT Romain` / `IPP : …` (no birth date; the
    patient not registered, the contact registered)."""
    return [
        word('CENTRE', (1, 1, 1), 194, 207, 215, 38), word('HOSPITALIER', (1, 1, 1), 434, 207, 361, 38),
        word('DE', (1, 1, 1), 819, 208, 68, 36), word('DIJON', (1, 1, 1), 912, 207, 154, 47),
        word('MAPIBOT', (1, 1, 1), 1299, 204, 212, 32), word('Romain', (1, 1, 1), 1531, 204, 170, 32),
        word('Service', (1, 1, 2), 195, 276, 151, 32), word('de', (1, 1, 2), 363, 276, 49, 32),
        word('Neurologie', (1, 1, 2), 431, 276, 221, 41), word('IPP', (1, 1, 2), 1299, 277, 58, 31),
        word(':', (1, 1, 2), 1376, 286, 4, 22), word('8458489984', (1, 1, 2), 1402, 276, 261, 32),
        word('Contact', (2, 1, 1), 194, 370, 160, 32), word(':', (2, 1, 1), 374, 380, 4, 22),
        word('Mme', (2, 1, 1), 1299, 371, 97, 31), word('Hélène', (2, 1, 1), 1415, 368, 142, 34),
        word('LOREVUT', (2, 1, 1), 1576, 370, 192, 32), word('Né(e)', (2, 1, 2), 1299, 441, 108, 39),
        word('le', (2, 1, 2), 1428, 443, 32, 32), word('31/05/1945', (2, 1, 2), 1478, 443, 235, 36),
    ]


def test_a_relatives_lines_beside_her_caption_do_not_join_the_sticker():
    """On 51e7dd0 her lines moved up under the sticker, `Contact :` after them, and the page was filed under her."""
    lines = lines_of(a_contact_beside_the_sticker())
    assert lines.index("Contact :") < lines.index("Mme Hélène LOREVUT") < lines.index("Né(e) le 31/05/1945")
    lorevut = Patient("C1", "LOREVUT", "Hélène", date(1945, 5, 31), "F")
    assert files(ocr.page_text(a_contact_beside_the_sticker()), [lorevut]) is None


def test_without_the_caption_her_lines_go_on_the_sticker():
    words = [w for w in a_contact_beside_the_sticker() if w.text not in ("Contact", ":") or w.line[0] == 1]
    lines = lines_of(words)
    assert lines[lines.index("IPP : 8458489984") + 1] == "Mme Hélène LOREVUT"



def a_form_whose_labels_the_fax_cut() -> list[ocr.Word]:
    """Second corpus s111_008, a fax at 150 dpi: `KEITA` (its `Nom :` lost)   `Prénom(s) : Noëlle` / `aie de naissance .
    12 juillet 2017`   `Sexe :F` / …: a birth label's word still tells a form's field from a letterhead's line."""
    return [
        word('KEITA', (8, 1, 4), 318, 419, 107, 30), word('Prénom(s)', (8, 1, 4), 1360, 416, 152, 41),
        word(':', (8, 1, 4), 1524, 426, 6, 7), word('Noëlle', (8, 1, 4), 1542, 419, 91, 30),
        word('aie', (8, 1, 5), 261, 482, 44, 27), word('de', (8, 1, 5), 315, 478, 36, 31),
        word('naissance', (8, 1, 5), 361, 478, 147, 31), word('.', (8, 1, 5), 520, 502, 5, 6),
        word('12', (8, 1, 5), 538, 478, 33, 31), word('juillet', (8, 1, 5), 580, 478, 77, 39),
        word('2017', (8, 1, 5), 666, 477, 72, 32), word(':', (8, 1, 5), 921, 516, 6, 6),
        word('Sexe', (8, 1, 5), 1360, 478, 74, 31), word(':F', (8, 1, 5), 1445, 477, 35, 31),
        word('ntrée', (8, 1, 6), 259, 536, 108, 31), word('le', (8, 1, 6), 339, 532, 24, 48),
        word('*', (8, 1, 6), 380, 544, 4, 6), word('10/11/2024', (8, 1, 6), 396, 532, 161, 58),
        word('Sortie', (8, 1, 6), 1360, 537, 119, 30), word('le', (8, 1, 6), 1453, 533, 25, 47),
        word(':', (8, 1, 6), 1491, 545, 5, 6), word('20/11/2024', (8, 1, 6), 1508, 537, 162, 30),
        word('édecin', (8, 1, 7), 265, 596, 94, 31), word('traitant', (8, 1, 7), 370, 596, 101, 31),
        word(':', (8, 1, 7), 482, 604, 5, 22), word('Dr', (8, 1, 7), 499, 595, 34, 32),
        word('Paul', (8, 1, 7), 543, 595, 63, 32), word('VIDAL', (8, 1, 7), 616, 595, 95, 32),
        word('.', (8, 1, 7), 1047, 618, 6, 6), word('N°.', (8, 1, 7), 1360, 596, 41, 31),
        word('séjour', (8, 1, 7), 1408, 596, 90, 39), word('241120-3471', (8, 1, 7), 1526, 595, 190, 32),
    ]


def test_a_form_whose_labels_the_fax_cut_is_read_across():
    lines = lines_of(a_form_whose_labels_the_fax_cut())
    assert lines.index("KEITA") < lines.index("Prénom(s) : Noëlle") < lines.index("aie de naissance . 12 juillet 2017")
    assert ocr.opens_with_a_patients_label("aie de naissance . 12 juillet 2017")
    assert not ocr.opens_with_a_patients_label("Secrétariat : 05 00 53 18 36")
