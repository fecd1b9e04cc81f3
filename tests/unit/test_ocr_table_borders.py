"""Table rows from word boxes when a slanted table border is read as letters (seed 121 fax_0072 of the corpus
evaluation: a fax turned by a degree, its identity table beside the letterhead). Tesseract put the border's
junk (`a nnacataiee ae`, a few pixels high) on the row of `NOM`, and the letterhead's next line (`Bloc
opératoire central`) on a line of its own, left of `NOM`: the junk took `NOM` as its value, or the
letterhead did, and the name's own cell was left alone. Word boxes as Tesseract gave them; pure, no I/O."""
from __future__ import annotations

from datetime import date

from docpipe import ocr
from docpipe.identity import fold, only_labels, read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient


def word(text, line, left, top, width, height, confidence=90.0) -> ocr.Word:
    return ocr.Word(text, confidence, line[:2], line, left, width, height, top)


def fax_table(border_height: int = 4) -> list[ocr.Word]:
    """The words of fax_0072's identity table and the letterhead beside it, boxes as Tesseract read them."""
    return [
        word("Polyclinique", (4, 1, 1), 310, 408, 448, 80), word("du", (4, 1, 1), 788, 428, 88, 52),
        word("Val", (4, 1, 1), 902, 428, 110, 52), word("Fleuri", (4, 1, 1), 1040, 428, 218, 56),
        word("a", (4, 1, 2), 376, 520, 34, border_height), word("nnacataiee", (4, 1, 2), 452, 512, 198, 16, 0),
        word("ae", (4, 1, 2), 772, 524, 4, border_height),
        word("NOM", (4, 1, 2), 1922, 496, 138, 40), word(".", (4, 1, 2), 2312, 520, 24, 16),
        word("[RODRIGUEZ", (4, 1, 2), 2432, 504, 340, 40),
        word("Bloc", (4, 1, 3), 312, 508, 106, 40), word("opératoire", (4, 1, 3), 442, 516, 268, 44),
        word("central", (4, 1, 3), 724, 512, 190, 44),
        word("39", (5, 1, 1), 310, 576, 54, 36), word("boulevard", (5, 1, 1), 384, 576, 236, 44),
        word("Pasteur", (5, 1, 1), 644, 580, 180, 40),
        word("Prénom(s)", (5, 1, 1), 1920, 596, 286, 44), word("ANTOINE", (5, 1, 1), 2430, 600, 250, 56),
        word("20000", (6, 1, 1), 308, 640, 134, 36), word("Ajaccio", (6, 1, 1), 474, 632, 172, 62),
        word("Tel.", (6, 1, 2), 304, 692, 82, 48), word("04", (6, 1, 2), 410, 700, 54, 40),
        word("00", (6, 1, 2), 486, 704, 54, 36), word("44", (6, 1, 2), 560, 704, 58, 40),
        word("Date", (6, 1, 2), 1920, 692, 124, 40), word("de", (6, 1, 2), 2066, 692, 62, 40),
        word("naiss.", (6, 1, 2), 2150, 696, 156, 36), word("10/05/1951", (6, 1, 2), 2438, 700, 268, 44),
        word("Sexe", (10, 1, 1), 1918, 792, 124, 40), word("M", (10, 1, 1), 2428, 788, 42, 48),
    ]


def test_the_name_cell_is_read_beside_its_label_despite_a_border_read_as_letters():
    lines = ocr.page_text(fax_table()).splitlines()
    assert "NOM : . [RODRIGUEZ" in lines
    assert "Prénom(s) : ANTOINE" in lines
    assert "Bloc opératoire central" in lines  # the letterhead keeps its own line
    assert not any(line.endswith(": NOM") for line in lines)


def test_the_border_junk_stays_a_line_of_its_own_and_takes_no_value():
    lines = ocr.page_text(fax_table()).splitlines()
    assert "a nnacataiee ae" in lines


def small_table(caption_height: int) -> list[ocr.Word]:
    """A letterhead line over a two-row table: `Service | Cardiologie`, `Sexe | M`."""
    return [word("Clinique", (1, 1, 1), 300, 100, 300, 44), word("du", (1, 1, 1), 620, 110, 60, 34),
            word("Parc", (1, 1, 1), 700, 100, 140, 44),
            word("Service", (2, 1, 1), 300, 300, 240, caption_height),
            word("Cardiologie", (2, 1, 1), 1300, 300, 330, 44),
            word("Sexe", (2, 1, 2), 300, 400, 140, 40), word("M", (2, 1, 2), 1300, 400, 40, 40)]


def test_a_caption_of_the_pages_own_height_takes_its_value():
    assert "Service : Cardiologie" in ocr.page_text(small_table(44)).splitlines()


def test_the_same_caption_flattened_to_a_border_takes_none():
    lines = ocr.page_text(small_table(12)).splitlines()
    assert "Service" in lines and "Service : Cardiologie" not in lines
    assert "Sexe : M" in lines  # the rest of the table is read as before


def test_an_identity_caption_is_never_a_value():
    # three columns: a letterhead, the captions, the values (seed 91 IMG0073: `Centre hospitalier : Nom`)
    words = [word("Centre", (2, 1, 1), 169, 339, 180, 58), word("hospitalier", (2, 1, 1), 370, 339, 300, 58),
             word("Nom", (2, 1, 1), 1267, 341, 100, 30), word("LUCAS", (2, 1, 1), 1734, 330, 180, 33),
             word("Service", (2, 1, 3), 172, 483, 200, 46), word("endocrinologie", (2, 1, 3), 390, 483, 400, 46),
             word("Né(e)", (2, 1, 3), 1270, 494, 130, 40), word("le", (2, 1, 3), 1420, 494, 40, 40),
             word("27/12/46", (2, 1, 3), 1737, 486, 220, 36),
             word("Sexe", (2, 2, 1), 1273, 576, 120, 31), word("M", (2, 2, 1), 1738, 569, 40, 30)]
    lines = ocr.page_text(words).splitlines()
    assert "Nom : LUCAS" in lines and "Né(e) le : 27/12/46" in lines and "Sexe : M" in lines
    assert "Centre hospitalier" in lines and not any(line.endswith((": Nom", ": Né(e) le")) for line in lines)


def test_a_label_already_joined_is_never_another_labels_value():
    joined, taken = ocr.table_rows(ocr.split_pieces(fax_table(), ocr.column_gap(fax_table())),
                                   ocr.text_height(fax_table()))
    assert all(not text.endswith(": NOM") for text in joined.values())


RODRIGUEZ = Patient("42992038", "RODRIGUEZ", "Antoine", date(1951, 5, 10), "M", used_name="ANDRÉ")


def test_the_page_now_files_and_a_different_birth_date_still_goes_to_review():
    text = ocr.page_text(fax_table())
    filed = decide(read_document([text], date(2026, 11, 30)), RegistryIndex.build([RODRIGUEZ]))
    assert (filed.status, filed.patient_ipp) == ("filed", RODRIGUEZ.ipp)
    other_day = Patient(RODRIGUEZ.ipp, "RODRIGUEZ", "Antoine", date(1951, 5, 11), "M")
    review = decide(read_document([text], date(2026, 11, 30)), RegistryIndex.build([other_day]))
    assert not review.files
    assert [f.value for f in read_page(text, today=date(2026, 11, 30)).fields if f.kind == "name"] == [". [RODRIGUEZ"]


def row_read_out_of_order(value_of_the_left_caption: bool) -> list[ocr.Word]:
    """One visual row, `Prénom` | `Nom` `MOREAU` | `Louis`, where Tesseract gave `Nom` and its value first
    (its own line) and `Prénom` after it: `Nom` is joined to `MOREAU` before `Prénom` is looked at. With
    `value_of_the_left_caption`, `Prénom`'s own value (`Paul`) stands in the next cell, before `Nom`."""
    words = [word("Nom", (3, 1, 1), 1200, 300, 110, 40), word("MOREAU", (3, 1, 1), 1600, 300, 240, 40),
             word("Louis", (3, 1, 1), 2100, 300, 160, 40),
             word("Prénom", (3, 1, 2), 300, 300, 200, 40)]
    if value_of_the_left_caption:
        words.append(word("Paul", (3, 1, 2), 800, 300, 130, 40))
    return words


def test_a_value_is_never_taken_past_a_label_already_joined_to_its_own():
    """`Prénom`'s next cell is `Nom`, joined to `MOREAU`: `Louis` further right belongs to that row's end,
    not to `Prénom` — reaching past would invent `Prénom : Louis`."""
    lines = ocr.page_text(row_read_out_of_order(False)).splitlines()
    assert "Nom : MOREAU" in lines
    assert not any(line.startswith("Prénom :") for line in lines)


def test_a_value_in_the_very_next_cell_is_still_taken():
    lines = ocr.page_text(row_read_out_of_order(True)).splitlines()
    assert "Nom : MOREAU" in lines and "Prénom : Paul" in lines
    assert not any(line.startswith("Prénom : Louis") for line in lines)


def test_a_value_is_never_taken_past_a_value_already_taken():
    """`Sexe` | `M` | `LEROY`: `M`, a tall box, is taken by `Civilité` read first on the row just above;
    `Sexe` never reaches past it to a name further right."""
    words = [word("Civilité", (4, 1, 1), 300, 390, 200, 40), word("M", (4, 1, 1), 900, 400, 40, 60),
             word("Sexe", (4, 1, 2), 300, 420, 120, 40),
             word("LEROY", (4, 1, 2), 1800, 420, 200, 40)]
    joined, taken = ocr.table_rows(ocr.split_pieces(words, ocr.column_gap(words)), ocr.text_height(words))
    assert not any(text.startswith("Sexe") for text in joined.values())


def header_row_over_values() -> list[ocr.Word]:
    """`Nom` | `Prénom(s)` | `Date de naissance` over `MOREAU` | `Louis` | `03/05/1950`."""
    return [word("Nom", (1, 1, 1), 300, 300, 110, 40), word("Prénom(s)", (1, 1, 1), 900, 300, 280, 40),
            word("Date", (1, 1, 1), 1500, 300, 120, 40), word("de", (1, 1, 1), 1640, 300, 60, 40),
            word("naissance", (1, 1, 1), 1720, 300, 260, 40),
            word("MOREAU", (1, 1, 2), 300, 380, 240, 40), word("Louis", (1, 1, 2), 900, 380, 160, 40),
            word("03/05/1950", (1, 1, 2), 1500, 380, 260, 40)]


def test_a_prenoms_caption_is_never_a_value():
    """`Prénom(s)` is a caption, parenthesis and all: the header row is not `Nom : Prénom(s)`."""
    assert only_labels(fold("Prénom(s)")) and only_labels(fold("Nom  Prénom(s) :"))
    assert not any(line.endswith(": Prénom(s)") for line in ocr.page_text(header_row_over_values()).splitlines())


def test_a_value_after_a_prenoms_caption_is_still_a_value():
    assert not only_labels(fold("Prénom(s) Louis")) and not only_labels(fold("Prénom(s)Louis"))
    words = [word("Prénom(s)", (1, 1, 1), 300, 300, 280, 40), word("Louis", (1, 1, 1), 900, 300, 160, 40)]
    assert ocr.page_text(words).splitlines() == ["Prénom(s) : Louis"]
