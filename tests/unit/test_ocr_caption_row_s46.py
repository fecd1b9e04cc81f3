"""A form's header row of captions (`Nom de naissance   Nom d'usage   Prénom   Date de naissance`) over a row of values
printed two text heights lower, in a taller cell; a scan tilted a little, each caption lower than the one before; a fax's
dust around a caption (`+ Prénom .`, `. Date de naissance`). Tesseract reads the captions, then the values: each
value is joined to the caption above it (independent corpus ood4's forms, seeds 1–3: `MALOT : Sylvie` read a surname as
the caption of the first name)."""
from __future__ import annotations

import words_kit
from docpipe import ocr

CAPTION, VALUE = 36, 50
LEFTS = (356, 1192, 1843, 2391)


def form(captions: list[str], values: list[str], tilt: int = 0, gap: int = 70) -> list[ocr.Word]:
    words = words_kit.piece("BÉNÉFICIAIRE DES SOINS", (9, 1, 1), 356, 919, 60)
    for i, (caption, left) in enumerate(zip(captions, LEFTS)):
        words += words_kit.piece(caption, (13, 1, 1), left, 1046 + i * tilt, CAPTION)
    for i, (value, left) in enumerate(zip(values, LEFTS)):
        if value:
            words += words_kit.piece(value, (13, 1, 2), left, 1046 + CAPTION + gap + i * tilt, VALUE)
    words += words_kit.piece("Motif / renseignements cliniques", (13, 1, 3), 354, 1404, 40)
    return words


def lines(words: list[ocr.Word]) -> list[str]:
    return [line for line in ocr.page_text(words).splitlines() if line]


CAPTIONS = ["Nom de naissance", "Nom d'usage", "Prénom", "Date de naissance"]
JOINED = ["BÉNÉFICIAIRE DES SOINS", "Nom de naissance : MALOT", "Nom d'usage", "Prénom : Sylvie",
          "Date de naissance : 11/05/2012", "Motif / renseignements cliniques"]


def test_values_two_heights_below_a_row_of_captions_are_joined_to_them():
    assert lines(form(CAPTIONS, ["MALOT", "", "Sylvie", "11/05/2012"])) == JOINED


def test_a_tilted_row_of_captions_is_one_row():
    assert lines(form(CAPTIONS, ["MALOT", "", "Sylvie", "11/05/2012"], tilt=17)) == JOINED


def test_a_captions_dust_is_left_out_of_the_joined_field():
    captions = ["Nom de naissance", "Nom d'usage", "+ Prénom .", ". Date de naissance"]
    assert lines(form(captions, ["MALOT", "", "Sylvie", "11/05/2012"])) == JOINED


def test_a_surname_is_not_the_caption_of_the_first_name_beside_it():
    assert "MALOT : Sylvie" not in lines(form(CAPTIONS, ["MALOT", "", "Sylvie", "11/05/2012"]))


def test_two_peoples_name_captions_on_one_row_are_left_as_read():
    """`Nom` over `Nom`: two people side by side (a patient's and a relative's columns), not one person's row."""
    read = lines(form(["Nom", "Nom", "Prénom", "Date de naissance"], ["MALOT", "DURAND", "Sylvie", "11/05/2012"]))
    assert "Nom : DURAND" not in read and "Nom : MALOT" not in read


def test_a_value_further_than_a_cell_below_is_not_joined():
    read = lines(form(CAPTIONS, ["MALOT", "", "Sylvie", "11/05/2012"], gap=160))
    assert "Nom de naissance : MALOT" not in read


def test_an_empty_cell_does_not_take_the_next_rows_value():
    """review92: `Date de naissance` over a child's row without one took the father's date, a row lower."""
    words = form(CAPTIONS, ["MATHIEU", "", "Thomas", ""], gap=30)
    words += words_kit.piece("MATHIEU", (13, 1, 3), LEFTS[0], 1046 + CAPTION + 30 + 60, VALUE)
    words += words_kit.piece("13/10/1950", (13, 1, 3), LEFTS[3], 1046 + CAPTION + 30 + 60, VALUE)
    assert "Date de naissance : 13/10/1950" not in lines(words)


def test_a_rows_label_beside_its_values_keeps_them_apart_from_the_captions():
    """`Père   MATHIEU   Thomas   13/10/1950` under the captions: whose row it is, its label says."""
    words = form(CAPTIONS, ["MATHIEU", "", "Thomas", "13/10/1950"])
    words += words_kit.piece("Père", (13, 1, 2), 120, 1046 + CAPTION + 70, VALUE)
    assert "Nom de naissance : MATHIEU" not in lines(words)


def test_a_row_without_its_birth_date_is_no_persons_row():
    read = lines(form(CAPTIONS, ["MOREL", "", "Hugo", ""]))
    assert "Nom de naissance : MOREL" not in read and "Prénom : Hugo" not in read
