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
    words = rows(["Nom", "Prénom"], [".......... : DUBOIS", ".......... : Pierre"])
    assert ocr.page_text(words).splitlines()[:2] == ["Nom : DUBOIS", "Prénom : Pierre"]


def test_a_labelled_field_beside_a_letterhead_is_still_no_value():
    # `Nom : DUPONT` is a side column's own field, not the value of the letterhead's line beside it
    words = rows(["Centre hospitalier", "Service de cardiologie"], ["Nom : DUPONT", "Prénom : Jean"], value_x=1400)
    lines = ocr.page_text(words).splitlines()
    assert "Nom : DUPONT" in lines and "Centre hospitalier" in lines
    assert not any(line.startswith("Centre hospitalier :") for line in lines)
