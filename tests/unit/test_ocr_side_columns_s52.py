"""Side columns and tables Tesseract read beside the letterhead. Word boxes as Tesseract gave them (docpipe's first
reading); pure, no I/O.

- Fourth corpus s17 scan_017, a clean scan: a grey side column at the left (`PATIENT` / `MONNIER` / `Alain` / `Né le
  07.11.1996`) whose first two lines stand level with the letterhead's two (`Centre médical Saint-Jacques` / `Dr Océane
  GRANDIER — Pneumologue`). On a4277d5 they were joined as a table's rows (`MONNIER : Dr Océane GRANDIER —
  Pneumologue`) and the page went to review. A value that opens with a doctor's title joins only a label identity
  knows (`Médecin traitant`, `Patient`); a fax's specks (`* *`) are no table value either.
- Near-misses: a true table's `Médecin traitant | Dr …` and `Accompagnant | M. …` rows are still joined.
- What session 52 tried and withdrew (README « Essayé et refusé ») stays pinned down: a relative's lines beside her
  caption (`Contact :`) under a dateless sticker do not file under her, and a form's two columns of fields are read
  across (second corpus s110_008, s111_008)."""
from __future__ import annotations

from datetime import date

from docpipe import ocr
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)


def word(text, line, left, top, width, height, confidence=90.0) -> ocr.Word:
    return ocr.Word(text, confidence, line[:2], line, left, width, height, top)




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


MONNIER = Patient("M1", "MONNIER", "Alain", date(1996, 11, 7), "M")






def test_specks_are_no_value():
    assert not ocr.is_value("* *") and not ocr.is_value(". ,")
    assert ocr.is_value("DUPONT") and ocr.is_value("12/03/1957")




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



def a_guardians_rows_in_the_patients_table() -> list[ocr.Word]:
    """A second assistant's trap page (session 52, R_lefthead_046, a fax at 200 dpi): an identity table at the right of
    the letterhead, the patient's rows (`Nom | BERTRAND`, `Nom d'usage`, `Prénom | Valérie`, no date) then, level with
    the heading `Responsable légal` at the left margin, the guardian's (`Nom, prénom | BERTRAND Valérie`, `Date de
    naissance 26.12.1962`, registered)."""
    return [
        word('CENTRE', (1, 1, 1), 239, 277, 286, 50), word('HOSPITALIER', (1, 1, 1), 546, 279, 480, 52),
        word('DE', (1, 1, 1), 1046, 283, 94, 48), word('ANGERS', (1, 1, 1), 1156, 283, 289, 50),
        word('Nom', (1, 1, 1), 1844, 285, 113, 40), word('BERTRAND', (1, 1, 1), 2354, 287, 307, 43),
        word('Service', (2, 1, 1), 237, 377, 173, 42), word('de', (2, 1, 1), 427, 377, 52, 42),
        word('Néphrologie', (2, 1, 1), 497, 377, 286, 56), word('Nom', (2, 1, 1), 1844, 389, 112, 40),
        word("d'usage", (2, 1, 1), 1975, 387, 167, 56), word('Chef', (2, 2, 1), 235, 479, 113, 44),
        word('de', (2, 2, 1), 363, 480, 54, 43), word('service', (2, 2, 1), 433, 484, 162, 39),
        word(':', (2, 2, 1), 616, 496, 6, 27), word('Dr', (2, 2, 1), 644, 483, 59, 42),
        word('Antoine', (2, 2, 1), 716, 485, 183, 41), word('ROBIN', (2, 2, 1), 918, 485, 176, 42),
        word('Prénom', (2, 2, 1), 1844, 492, 176, 41), word('Valérie', (2, 2, 1), 2352, 493, 163, 44),
        word('Secrétariat', (2, 3, 1), 237, 585, 242, 44), word(':', (2, 3, 1), 502, 602, 8, 27),
        word('03', (2, 3, 1), 529, 589, 54, 40), word('71', (2, 3, 1), 603, 589, 51, 42),
        word('11', (2, 3, 1), 679, 591, 44, 40), word('48', (2, 3, 1), 744, 591, 55, 39),
        word('39', (2, 3, 1), 817, 591, 54, 40), word('66', (2, 4, 1), 235, 691, 56, 40),
        word('rue', (2, 4, 1), 310, 703, 70, 30), word('Victor', (2, 4, 1), 395, 693, 144, 40),
        word('Hugo', (2, 4, 1), 556, 693, 125, 54), word('49000', (2, 4, 1), 697, 695, 144, 40),
        word('ANGERS', (2, 4, 1), 855, 695, 228, 42), word('Fax', (2, 5, 1), 235, 795, 83, 42),
        word(':', (2, 5, 1), 340, 808, 6, 28), word('02', (2, 5, 1), 365, 796, 56, 41),
        word('75', (2, 5, 1), 441, 797, 54, 40), word('28', (2, 5, 1), 512, 797, 54, 40),
        word('11', (2, 5, 1), 588, 798, 46, 41), word('74', (2, 5, 1), 655, 797, 55, 41),
        word('Responsable', (2, 6, 1), 234, 899, 277, 50), word('légal', (2, 6, 1), 524, 899, 100, 50),
        word('Nom,', (2, 6, 1), 1840, 911, 113, 43), word('prénom', (2, 6, 1), 1969, 910, 155, 49),
        word('BERTRAND', (2, 6, 1), 2350, 913, 275, 38), word('Valérie', (2, 6, 1), 2640, 913, 144, 40),
        word('Date', (2, 6, 2), 1840, 1016, 95, 37), word('de', (2, 6, 2), 1949, 1015, 48, 38),
        word('naissance', (2, 6, 2), 2012, 1018, 197, 37), word('26.12.1962', (2, 6, 2), 2348, 1019, 231, 38),
    ]


def test_a_guardians_rows_do_not_become_the_patients():
    """d10a606 wrote the table's captions together after the letterhead, the heading before them: her rows read as the
    patient's and the page was filed under her (16 of 40 such trap pages). Withdrawn: the rows stay where Tesseract
    read them, and the page goes to review."""
    guardian = Patient("G1", "BERTRAND", "Valérie", date(1962, 12, 26), "F")
    assert files(ocr.page_text(a_guardians_rows_in_the_patients_table()), [guardian]) is None
