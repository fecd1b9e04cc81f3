"""A fax glyph inside the first-names label (`Prénomt(s) :`, `PRÉNOMI(S) :`, ood-s629-032): the `(s)` after it keeps it a
label, and its value is the first names. A word that merely begins like the label is no label. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("label", ["Prénomt(s)", "PRÉNOMI(S)", "Prenoml(s)"])
def test_a_stray_glyph_before_the_plural_mark_keeps_the_label(label):
    reading = read_page(f"Nom de naissance : BERANGER\n{label} : Mickaël\nDDN : 26/07/1933", today=TODAY)
    assert [f.value for f in reading.fields if f.kind == "first_names"] == ["MICKAEL"]


@pytest.mark.parametrize("line", ["Prénommée : Mickaël", "Prénomination : Mickaël"])
def test_a_word_beginning_like_the_label_is_no_label(line):
    reading = read_page(f"Nom de naissance : BERANGER\n{line}\nDDN : 26/07/1933", today=TODAY)
    assert not [f for f in reading.fields if f.kind == "first_names"]


@pytest.mark.parametrize("label", ["Nom Prénom(s)", "Nom et prénom(s)", "NOM PRÉNOMT(S)"])
def test_the_joint_label_with_its_plural_mark_is_one_name_field(label):
    """`Nom Prénom(s) : GIRAUD Louise` names one person, surname first — not a first-names field `GIRAUD LOUISE` after an
    empty `Nom` (review39: sent to review as a first name other than the registry's)."""
    reading = read_page(f"{label} : GIRAUD Louise\nDDN : 01/04/1980", today=TODAY)
    assert [(f.kind, f.value) for f in reading.fields if f.kind in ("name", "first_names")] == [("name", "GIRAUD LOUISE")]
