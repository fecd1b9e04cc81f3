"""A patient's sticker beside a letterhead whose lines are all caption-like (no digits: `Groupe hospitalier
Nord-Vendôme`, `Service de Gastro-Entérologie`): the sticker's lines open with labelled fields of their own (`Née le
04/11/1983`, `IPP 32307180`), so the two columns are no table, and the patient's name keeps its own line (second corpus
s80_011 read `Groupe Hospitalier Nord-Vendôme : ROUSSEAU Émilie`, her name then nobody's). Word boxes built by hand."""
from __future__ import annotations

from docpipe import ocr
from words_kit import piece


def columns(left: list[str], right: list[str], right_x: int = 1443) -> list[ocr.Word]:
    """Two columns that Tesseract read one line per row, split by the wide blank."""
    words = []
    for row in range(max(len(left), len(right))):
        line = (3, 1, row + 1)
        if row < len(left):
            words += piece(left[row], line, 179, 130 + row * 45)
        if row < len(right):
            words += piece(right[row], line, right_x, 126 + row * 45)
    return words


def test_a_sticker_beside_a_letterhead_of_captions_keeps_its_lines():
    words = columns(["Groupe Hospitalier Nord-Vendôme", "Service de Gastro-Entérologie", "Pôle de Médecine"],
                    ["ROUSSEAU Émilie", "Née le 04/11/1983 F", "IPP 32307180 Séj 25271248"])
    lines = ocr.page_text(words).splitlines()
    assert "ROUSSEAU Émilie" in lines and "Née le 04/11/1983 F" in lines
    assert not any(" : " in line for line in lines)


def test_a_table_whose_values_hold_no_field_of_their_own_is_still_joined():
    words = columns(["Nom", "Prénom", "Service"], ["ROUSSEAU", "Émilie", "Gastro-entérologie"], right_x=700)
    assert ocr.page_text(words).splitlines() == ["Nom : ROUSSEAU", "Prénom : Émilie", "Service : Gastro-entérologie"]
