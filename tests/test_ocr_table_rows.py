"""Table rows from word boxes, and what is not a table: a letterhead beside a side column whose lines
hold no colon (a sticker, a postal block) must keep its own lines, or the patient's name reads as the
hospital's field. Word boxes built by hand, and one page through the real Tesseract."""
from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from docpipe import ocr
from docpipe.ocr import OcrPool, PageScan
from words_kit import piece

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def columns(left: list[str], right: list[str], left_x=200, right_x=1400, first_top=330, step=60):
    """Two columns read by Tesseract as one line per row, split by the wide blank."""
    words = []
    for row in range(max(len(left), len(right))):
        line = (3, 1, row + 1)
        if row < len(left):
            words += piece(left[row], line, left_x, first_top + row * step)
        if row < len(right):
            words += piece(right[row], line, right_x, first_top + row * step + 8)
    return words


def test_letterhead_beside_a_sticker_keeps_its_lines():
    words = columns(["Centre hospitalier intercommunal", "des Deux-Rives", "Bloc opératoire central",
                     "95 route de Lyon", "Tél. 05 00 78 89 43"],
                    ["VALLÉE Catherine", "Née DE OLIVEIRA", "5 août 1981 F (43 ans)", "IPP 45234784"])
    lines = ocr.page_text(words).splitlines()
    for text in ("Centre hospitalier intercommunal", "VALLÉE Catherine", "Née DE OLIVEIRA",
                 "Bloc opératoire central", "5 août 1981 F (43 ans)"):
        assert text in lines
    assert not any(" : " in line for line in lines)


def test_table_of_captions_and_values_is_still_joined():
    words = columns(["Date de l'intervention", "Opérateur", "Anesthésie"],
                    ["29.11.2024", "Docteur Jacqueline CHASSAGNE", "Rachianesthésie"], right_x=950)
    assert ocr.page_text(words).splitlines() == ["Date de l'intervention : 29.11.2024",
                                                 "Opérateur : Docteur Jacqueline CHASSAGNE",
                                                 "Anesthésie : Rachianesthésie"]


def test_a_row_read_whole_with_its_cell_border_is_no_value():
    words = [*piece("Imagerie Valmont Sud", (5, 1, 1), 250, 330),
             *piece("Nom du patient |TEISSIER", (5, 1, 1), 1390, 340)]
    assert ocr.page_text(words).splitlines() == ["Imagerie Valmont Sud", "Nom du patient |TEISSIER"]


def test_label_cut_after_its_preposition_is_joined_whole():
    words = [*piece("Prénom", (5, 2, 1), 1390, 417), *piece("CLAIRE", (5, 2, 1), 1785, 418),
             *piece("Date de", (5, 4, 1), 1390, 496), *piece("21 décembre 1942", (5, 4, 1), 1785, 495),
             *piece("naissance", (5, 4, 2), 1390, 545)]
    assert ocr.page_text(words).splitlines() == ["Prénom : CLAIRE", "", "Date de naissance : 21 décembre 1942"]


def test_label_cut_without_its_rest_below_keeps_tesseracts_lines():
    words = [*piece("Nom de", (5, 1, 1), 1390, 417), *piece("DUPONT", (5, 1, 1), 1785, 418)]
    assert ocr.page_text(words).splitlines() == ["Nom de", "DUPONT"]


def test_letterhead_beside_a_postal_block_through_tesseract():
    left = ["Centre hospitalier", "Cardiologie", "12 rue des Lilas", "69003 Lyon"]
    right = ["DUPONT Hélène", "Née MARTIN", "12/03/1957"]
    page = Image.new("L", (2480, 700), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 40)
    for rows, x in ((left, 200), (right, 1300)):
        for index, text in enumerate(rows):
            draw.text((x, 150 + index * 90), text, fill=0, font=font)
    with OcrPool() as pool:
        [reading] = pool.read_pages([lambda: PageScan(page, 300)])
    lines = reading.text.splitlines()
    for text in [*left, *right]:
        assert text in lines


def test_born_on_is_a_whole_label():
    words = [*piece("Né(e) le", (5, 1, 1), 1390, 417), *piece("01.05.1958", (5, 1, 1), 1785, 418)]
    assert ocr.page_text(words).splitlines() == ["Né(e) le : 01.05.1958"]


def test_side_column_read_row_by_row_is_written_after_the_letterhead_together():
    words = columns(["Centre hospitalier intercommunal", "des Deux-Rives", "95 route de Lyon"],
                    ["VALLÉE Catherine", "Née DE OLIVEIRA", "5 août 1981 F (43 ans)"])
    words += piece("UF 7843", (3, 1, 4), 1402, 520)
    assert ocr.page_text(words).splitlines() == [
        "Centre hospitalier intercommunal", "des Deux-Rives", "95 route de Lyon", "",
        "VALLÉE Catherine", "Née DE OLIVEIRA", "5 août 1981 F (43 ans)", "UF 7843"]


def test_cells_of_a_wide_table_keep_their_rows():
    words = [*piece("ASAT", (3, 1, 1), 200, 330), *piece("14", (3, 1, 1), 900, 338),
             *piece("UI/L", (3, 1, 1), 1400, 338), *piece("ALAT", (3, 1, 2), 200, 390),
             *piece("4 *", (3, 1, 2), 900, 398), *piece("UI/L", (3, 1, 2), 1400, 398)]
    assert ocr.page_text(words).splitlines() == ["ASAT : 14", "UI/L", "ALAT : 4 *", "UI/L"]


def test_a_long_value_cell_does_not_undo_its_table():
    words = columns(["Date de consultation", "Poids / taille", "Chirurgien"],
                    ["4 septembre 2023", "83 kg / 162 cm - IMC 31,6 soit surpoids", "Dr Marie GIRARD"], right_x=950)
    lines = ocr.page_text(words).splitlines()
    assert "Date de consultation : 4 septembre 2023" in lines and "Chirurgien : Dr Marie GIRARD" in lines
