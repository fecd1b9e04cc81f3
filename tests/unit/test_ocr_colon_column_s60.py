"""A form's colons aligned in a column between its captions and their values (`Nom          : DUBOIS`): the value's
cell opens on its colon, and the row is still one caption and its value. Word boxes built by hand, no OCR. Fifth
independent corpus s4_002: the captions and the values of a hospital summary's identity block were written as two
blocks (`Nom` / `Prénom(s)` / … then `: DUBOIS` / `: Pierre-Yves` / …), and no name was read."""
from docpipe import ocr
from words_kit import piece


def rows(captions: list[str], values: list[str], value_x: int = 770):
    words = []
    for row, (caption, value) in enumerate(zip(captions, values)):
        words += piece(caption, (4, 1, row + 1), 216, 646 + row * 58)
        if value:
            words += piece(value, (4, 1, row + 1), value_x, 646 + row * 58)
    return words


CAPTIONS = ["Nom", "Nom d'usage", "Prénom(s)", "Date de naissance", "Sexe"]


def test_values_opening_on_the_forms_column_of_colons_join_their_captions():
    words = rows(CAPTIONS, [": DUBOIS", ":", ": Pierre-Yves", ": 22/10/1941", ": Masculin"])
    lines = ocr.page_text(words).splitlines()
    for line in ("Nom : DUBOIS", "Prénom(s) : Pierre-Yves", "Date de naissance : 22/10/1941", "Sexe : Masculin"):
        assert line in lines


def test_a_leaders_dots_before_the_colon_open_the_value_too():
    words = rows(["Nom", "Prénom"], [".......... : DUBOIS", ".......... : Pierre"], value_x=560)
    assert ocr.page_text(words).splitlines()[:2] == ["Nom : DUBOIS", "Prénom : Pierre"]


def test_a_relatives_column_after_the_patients_empty_one_is_no_value_of_the_patients_captions():
    # `Père` left empty, `Mère` filled: the mother's values stand a column further, never the patient's captions' own
    words = piece("Père", (4, 1, 1), 770, 588) + piece("Mère", (4, 1, 1), 1300, 588)
    words += rows(["Nom", "Prénom", "Date de naissance"], [": MARTIN", ": Claire", ": 03/04/1990"], value_x=1300)
    lines = ocr.page_text(words).splitlines()
    assert not any(line.startswith(("Nom :", "Prénom :", "Date de naissance :")) for line in lines)


def test_two_columns_of_colons_are_no_rows_of_the_patients_captions():
    # the child's cells empty, the mother's filled: `Prénom` must not take the mother's `: Claire`
    words = piece("Enfant", (4, 1, 1), 770, 588) + piece("Mère", (4, 1, 1), 1100, 588)
    for row, (caption, child, mother) in enumerate([("Nom", ": DUBOIS", ": DUBOIS"), ("Prénom", "", ": Claire"),
                                                   ("Date de naissance", "", ": 03/04/1990")]):
        words += piece(caption, (4, 1, row + 2), 216, 646 + row * 58)
        words += piece(child, (4, 1, row + 2), 770, 646 + row * 58) if child else []
        words += piece(mother, (4, 1, row + 2), 1100, 646 + row * 58)
    lines = ocr.page_text(words).splitlines()
    assert not any(line.startswith(("Nom :", "Prénom :", "Date de naissance :", "Enfant :")) for line in lines)


def test_a_labelled_field_beside_a_letterhead_is_still_no_value():
    # `Nom : DUPONT` is a side column's own field, not the value of the letterhead's line beside it
    words = rows(["Centre hospitalier", "Service de cardiologie"], ["Nom : DUPONT", "Prénom : Jean"], value_x=1400)
    lines = ocr.page_text(words).splitlines()
    assert "Nom : DUPONT" in lines and "Centre hospitalier" in lines
    assert not any(line.startswith("Centre hospitalier :") for line in lines)
