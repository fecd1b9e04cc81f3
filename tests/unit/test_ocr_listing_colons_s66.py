"""A printout that aligns its labels in one column and its values, each after a colon, in another (`NOM DE NAISSANCE`
… `: DURAND`): each row is joined as one field. Word boxes built by hand, as Tesseract gives them (seventh
independent corpus, seed 2, o7_018)."""
from __future__ import annotations

import words_kit
from docpipe import ocr


def listing(rows: list[tuple[str, str]], value_left: int = 640) -> list[ocr.Word]:
    words, top = [], 420
    for number, (label, value) in enumerate(rows, start=1):
        words += words_kit.piece(label, (2, number, 1), 134, top, 32)
        words += words_kit.piece(value, (2, number, 1), value_left, top, 32)
        top += 48
    return words


def test_a_value_after_its_aligned_colon_is_joined_to_the_label_of_its_row():
    words = listing([("NOM DE NAISSANCE", ": DURAND"), ("PRÉNOMS", ": CAROLINE"), ("NÉ(E) LE", ": 27-05-1967"),
                     ("SEXE", ": FÉMININ")])
    assert [line for line in ocr.page_text(words).splitlines() if line] == [
        "NOM DE NAISSANCE : DURAND", "PRÉNOMS : CAROLINE", "NÉ(E) LE : 27-05-1967", "SEXE : FÉMININ"]


def test_a_labelled_field_beside_a_caption_is_still_no_value():
    words = listing([("NOM DE NAISSANCE", "Nom : DURAND"), ("PRÉNOMS", "Prénom : CAROLINE")])
    assert "NOM DE NAISSANCE : Nom : DURAND" not in ocr.page_text(words)


def test_two_columns_of_values_after_one_of_labels_are_left_as_read():
    """Review D: a donor's and a recipient's values side by side; joining the first column made the donor the page's
    only identity."""
    words, top = [], 420
    for number, (label, first, second) in enumerate([("NOM", ": RICHARD", ": COLLIN"), ("PRÉNOM", ": SOPHIE",
                                                                                        ": JEAN-CLAUDE")], start=1):
        words += words_kit.piece(label, (2, number, 1), 134, top, 32)
        words += words_kit.piece(first, (2, number, 1), 640, top, 32)
        words += words_kit.piece(second, (2, number, 1), 1240, top, 32)
        top += 48
    assert "NOM : RICHARD" not in ocr.page_text(words)
