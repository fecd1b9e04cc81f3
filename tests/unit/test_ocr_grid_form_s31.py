"""A form laid out as a grid, each caption above its value and two or more fields side by side: Tesseract reads a row
across the columns (`Nom de naissance` / `Sexe` / `DUPONT  F`), and the page text joins each caption to the value
under it, column by column under its heading. Word boxes built by hand, as Tesseract gives them."""
from __future__ import annotations

import words_kit
from docpipe import ocr

CAPTION, VALUE = 26, 36  # heights: small captions, larger values, as printed on such forms


def piece(text: str, line: tuple[int, int, int], left: int, top: int, height: int = VALUE) -> list[ocr.Word]:
    return words_kit.piece(text, line, left, top, height)


def grid(rows: list[tuple[tuple[str, str], ...]], lefts=(200, 1300), first_top=550, block=5) -> list[ocr.Word]:
    """Rows of fields side by side, each a caption and the value under it (an empty value: a caption alone); one
    Tesseract line for the captions of a row, one for its values."""
    words, line, top = [], 1, first_top
    for row in rows:
        for (caption, _), left in zip(row, lefts):
            words += piece(caption, (block, 1, line), left, top, CAPTION)
        line += 1
        for (_, value), left in zip(row, lefts):
            if value:
                words += piece(value, (block, 1, line), left, top + 40)
        line, top = line + 1, top + 130
    return words


def test_fields_of_a_grid_are_joined_column_by_column():
    words = piece("IDENTITÉ DU PATIENT", (4, 1, 1), 200, 450, 40) + grid([
        (("Nom de naissance", "JOUBARD"), ("Sexe", "M")),
        (("Nom utilisé", ""), ("Lieu de naissance", "Montpellier (34)")),
        (("Prénom(s)", "Sébastien"), ("Adresse", "78 rue du Général Leclerc")),
        (("Date de naissance", "28/10/1981"),)])
    assert [line for line in ocr.page_text(words).splitlines() if line] == [
        "IDENTITÉ DU PATIENT", "Nom de naissance : JOUBARD", "Nom utilisé", "Prénom(s) : Sébastien",
        "Date de naissance : 28/10/1981",
        "Sexe : M", "Lieu de naissance : Montpellier (34)", "Adresse : 78 rue du Général Leclerc"]


def test_a_relatives_section_beside_the_patients_keeps_its_fields_under_its_heading():
    words = piece("PATIENT", (4, 1, 1), 200, 450, 40) + piece("PERSONNE À PRÉVENIR", (4, 1, 1), 1300, 450, 40)
    words += grid([(("Nom de naissance", "DUPONT"), ("Nom", "DUPONT")),
                   (("Prénom", "Jean"), ("Prénom", "Marie")),
                   (("Date de naissance", "12/03/1950"), ("Lien", "Épouse"))])
    lines = [line for line in ocr.page_text(words).splitlines() if line]
    assert lines == ["PATIENT", "Nom de naissance : DUPONT", "Prénom : Jean", "Date de naissance : 12/03/1950",
                     "PERSONNE À PRÉVENIR", "Nom : DUPONT", "Prénom : Marie", "Lien : Épouse"]


def test_a_name_under_its_caption_is_not_the_caption_of_the_value_beside_it():
    words = grid([(("Nom de naissance", "LEFEVRE"), ("Sexe", "F"))])
    lines = ocr.page_text(words).splitlines()
    assert "LEFEVRE : F" not in lines
    assert lines == ["Nom de naissance : LEFEVRE", "Sexe : F"]


def test_a_caption_over_a_blank_is_not_given_the_next_rows_caption():
    words = grid([(("Nom de naissance", "LEFEVRE"), ("Sexe", "F")),
                  (("Nom d'usage", ""), ("Lieu de naissance", "Dijon")),
                  (("Prénom(s)", "Nathalie"), ("Adresse", "2 rue Haute"))])
    lines = [line for line in ocr.page_text(words).splitlines() if line]
    assert lines == ["Nom de naissance : LEFEVRE", "Nom d'usage", "Prénom(s) : Nathalie", "Sexe : F",
                     "Lieu de naissance : Dijon", "Adresse : 2 rue Haute"]


def test_a_band_without_a_name_is_left_as_read():
    """A date joined alone, its person's name read nowhere near it, would lend it to any name of the page (review45:
    the child's date beside the father's table filed a namesake born that day)."""
    words = grid([(("Date de naissance", "28/04/2006"), ("Sexe", "F"))])
    assert "Date de naissance : 28/04/2006" not in ocr.page_text(words).splitlines()


def test_two_peoples_blocks_one_under_a_heading_no_rule_knows_are_left_as_read():
    words = piece("PATIENT", (4, 1, 1), 200, 450, 40) + grid([(("Nom", "LEFEVRE"), ("Prénom", "Lucas"))])
    words += piece("Entourage", (6, 1, 1), 200, 800, 40) + grid(
        [(("Nom", "LEFEVRE"), ("Prénom", "Lucas")), (("Date de naissance", "19/07/1963"), ("Sexe", "M"))],
        first_top=900, block=7)
    lines = ocr.page_text(words).splitlines()
    assert "Nom : LEFEVRE" not in lines and "Date de naissance : 19/07/1963" not in lines


def test_a_grid_without_identity_caption_is_no_form():
    words = grid([(("Examen", "Hémoglobine"), ("Résultat", "13,5 g/dL"))])
    lines = ocr.page_text(words).splitlines()
    assert "Examen : Hémoglobine" not in lines
    assert "Résultat : 13,5 g/dL" not in lines


def test_an_identity_caption_alone_over_its_value_is_joined_to_it():
    words = piece("Nom, prénom", (5, 1, 1), 200, 550, CAPTION) + piece("DURAND Christine", (6, 1, 1), 200, 590)
    assert ocr.page_text(words).splitlines() == ["Nom, prénom : DURAND Christine"]


def test_a_heading_over_its_line_is_left_as_tesseract_read_it():
    words = piece("Conclusion", (5, 1, 1), 200, 550, CAPTION) + piece("Examen normal", (6, 1, 1), 200, 590)
    assert ocr.page_text(words).splitlines() == ["Conclusion", "", "Examen normal"]


def test_a_table_row_is_not_read_as_a_caption_over_the_next_row():
    words = [*piece("Prénom", (5, 2, 1), 200, 417), *piece("CLAIRE", (5, 2, 1), 600, 418),
             *piece("Date de", (5, 4, 1), 200, 470), *piece("21/12/1942", (5, 4, 1), 600, 469)]
    lines = ocr.page_text(words).splitlines()
    assert "Prénom : Date de" not in lines
    assert "CLAIRE : 21/12/1942" not in lines


def test_a_line_far_below_a_caption_is_not_its_value():
    words = grid([(("Nom de naissance", "DUPONT"), ("Sexe", "M"))])
    words += piece("Prénom", (5, 1, 3), 200, 700, CAPTION) + piece("Jean", (5, 1, 4), 200, 800)
    lines = [line for line in ocr.page_text(words).splitlines() if line]
    assert lines == ["Nom de naissance : DUPONT", "Sexe : M", "Prénom", "Jean"]


def test_fields_one_below_the_other_are_read_under_their_heading_without_a_blank_line():
    """Tesseract made a block of each line (ood2 dev s1_051): the trusted person's heading, her name, her date."""
    words = piece("PERSONNE DE CONFIANCE / À PRÉVENIR", (13, 1, 1), 200, 1134, 40)
    words += piece("Nom, prénom", (14, 1, 1), 200, 1237, CAPTION) + piece("LAINÉ Denis", (15, 1, 1), 200, 1290)
    words += piece("Date de naissance", (16, 1, 1), 200, 1380, CAPTION) + piece("01/12/1969", (17, 1, 1), 200, 1430)
    assert ocr.page_text(words).splitlines() == [
        "PERSONNE DE CONFIANCE / À PRÉVENIR", "Nom, prénom : LAINÉ Denis", "Date de naissance : 01/12/1969"]


def test_a_birth_date_alone_over_its_value_without_a_name_is_left_as_read():
    words = piece("Né(e) le", (5, 1, 1), 200, 550, CAPTION) + piece("28/04/2006", (6, 1, 1), 200, 590)
    assert "Né(e) le : 28/04/2006" not in ocr.page_text(words).splitlines()
