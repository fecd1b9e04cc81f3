"""A grid form's row of captions left blank side by side (`Nom utilisé` beside `Lieu de naissance`, both empty: most
patients have no used name) continues the grid's columns, as a filled row does: the patient's first names and birth
date below are joined to their captions under her name (second corpus s78_004: `Prénom(s) : Adresse` was read, her
first name nowhere). Word boxes built by hand, spaced as on that 300 dpi scan (29 px words; 117 px from the blank
row's captions to the next row's)."""
from __future__ import annotations

import pytest
import words_kit
from docpipe import ocr

CAPTION, VALUE = 25, 33


def piece(text: str, line: tuple[int, int, int], left: int, top: int, height: int) -> list[ocr.Word]:
    return words_kit.piece(text, line, left, top, height)


def form(blank_row: tuple[str, str], heading: str = "IDENTITÉ DU PATIENT") -> list[ocr.Word]:
    """The patient's heading, then rows of captions over values; the second row's captions left blank."""
    words = piece(heading, (4, 1, 1), 204, 451, 37)
    words += piece("Nom de naissance", (5, 1, 1), 204, 553, CAPTION) + piece("Sexe", (5, 1, 1), 1301, 554, CAPTION)
    words += piece("MARTIN", (5, 1, 2), 204, 599, VALUE) + piece("M", (5, 1, 2), 1302, 599, VALUE)
    words += piece(blank_row[0], (6, 1, 1), 204, 676, CAPTION) + piece(blank_row[1], (6, 1, 1), 1302, 677, CAPTION)
    words += piece("Prénom(s)", (7, 1, 1), 204, 818, CAPTION) + piece("Adresse", (7, 1, 1), 1299, 819, CAPTION)
    words += piece("Marcel Henri", (8, 1, 1), 204, 864, VALUE) + piece("21 rue Victor Hugo", (8, 1, 1), 1301, 864, VALUE)
    words += piece("Date de naissance", (9, 1, 1), 204, 944, CAPTION)
    words += piece("19/08/1931", (10, 1, 1), 204, 987, VALUE)
    return words


def lines_of(words: list[ocr.Word]) -> list[str]:
    return [line for line in ocr.page_text(words).splitlines() if line]


def test_a_row_of_blank_captions_does_not_cut_the_patients_fields_from_her_name():
    assert lines_of(form(("Nom utilisé", "Lieu de naissance"))) == [
        "IDENTITÉ DU PATIENT", "Nom de naissance : MARTIN", "Nom utilisé", "Prénom(s) : Marcel Henri",
        "Date de naissance : 19/08/1931", "Sexe : M", "Lieu de naissance", "Adresse : 21 rue Victor Hugo"]


def test_a_row_of_a_third_partys_blank_captions_still_ends_the_grid():
    """`Nom du père` beside `Nom de la mère`, both blank: what stands below may be a relative's block whose heading
    that row is; the fields below are left as Tesseract read them, as before."""
    lines = lines_of(form(("Nom du père", "Nom de la mère")))
    assert "Nom de naissance : MARTIN" in lines
    assert "Prénom(s) : Marcel Henri" not in lines and "Date de naissance : 19/08/1931" not in lines


def test_a_blank_caption_beside_a_heading_is_no_row_of_blank_captions():
    """`Nom utilisé` beside `CONTACT`: a heading that is no field's caption may open someone else's block."""
    lines = lines_of(form(("Nom utilisé", "CONTACT")))
    assert "Prénom(s) : Marcel Henri" not in lines and "Date de naissance : 19/08/1931" not in lines


def test_a_row_of_blank_captions_none_the_patients_is_no_bridge():
    """`Lieu de naissance` beside `Téléphone`: no identity caption of hers on the row."""
    lines = lines_of(form(("Lieu de naissance", "Téléphone")))
    assert "Prénom(s) : Marcel Henri" not in lines


def test_a_blank_row_before_a_field_the_grid_already_has_is_no_bridge():
    """Below the blank row, `Date de naissance` again: the rows below may be a relative's block whose heading OCR lost
    (review73: the twin's first name and date joined under the patient's name filed the twin)."""
    words = piece("IDENTITÉ DU PATIENT", (4, 1, 1), 204, 451, 37)
    words += piece("Nom de naissance", (5, 1, 1), 204, 553, CAPTION) + piece("Date de naissance", (5, 1, 1), 1301, 554,
                                                                             CAPTION)
    words += piece("FAURE", (5, 1, 2), 204, 599, VALUE) + piece("07/07/1990", (5, 1, 2), 1302, 599, VALUE)
    words += piece("Nom utilisé", (6, 1, 1), 204, 676, CAPTION) + piece("Lieu de naissance", (6, 1, 1), 1302, 677,
                                                                        CAPTION)
    words += piece("Prénom(s)", (7, 1, 1), 204, 818, CAPTION) + piece("Date de naissance", (7, 1, 1), 1299, 819, CAPTION)
    words += piece("Pierre", (8, 1, 1), 204, 864, VALUE) + piece("07/07/1990", (8, 1, 1), 1301, 864, VALUE)
    lines = lines_of(words)
    assert "Prénom(s) : Pierre" not in lines


@pytest.mark.parametrize("blank_row", [("Nom", "Prénom"), ("Nom utilisé", "Adresse")])
def test_a_blank_row_that_names_a_field_twice_is_no_bridge(blank_row):
    """A blank `Nom` under `Nom de naissance : MARTIN`, or a blank `Adresse` over the `Adresse` below: the row may open a
    relative's block whose heading OCR lost (review73's g33 and g32)."""
    assert "Prénom(s) : Marcel Henri" not in lines_of(form(blank_row))


def test_a_heading_beside_the_rows_below_the_blank_row_is_no_bridge():
    """A heading printed in the margin beside the first row below the blank one (`PROCHE`): the rows below are that
    person's (review73's g1559, `PERSONNE À PRÉVENIR` in the margin)."""
    words = form(("Nom utilisé", "Lieu de naissance")) + piece("PROCHE", (7, 2, 1), 40, 818, CAPTION)
    assert "Prénom(s) : Marcel Henri" not in lines_of(words)
