"""Readable fax forms that main misread (general causes seen on the independent corpus): OCR dust opening a label's line
(`.Nom de naiss. :`), the abbreviation `Nom de naiss.`, a dash of dust before the date (`-26/04/1949`), a name value
opening with its particle (`Nom - de la Fontaine`), a sex legend whose bracket OCR changed (`Sexe {M/F) :`), and a
mid-sentence `patient:` whose « value » is body text. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("F2", "FLEURY", "Bernadette", date(1949, 4, 26), "F", used_name="CLÉMENT")])


def fields(text: str):
    return [(f.kind, f.value) for f in read_page(text, today=TODAY).fields]


@pytest.mark.parametrize("text, expected", [
    (".Nom de naiss. :\nFleury :", [("birth_name", "FLEURY")]),
    ("‘.Prénoms : Bernadette", [("first_names", "BERNADETTE")]),
    ("Nom - de la Fontaine", [("name", "DE LA FONTAINE")]),
    ("Sexe {M/F) : F", [("sex", "F")]), ("Sexe [M/F] : F", [("sex", "F")]), ("Sexe M/F : F", [("sex", "F")]),
])
def test_labels_read_through_ocr_dust(text, expected):
    assert fields(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nom de la patiente inconnu", []),  # a sentence, no particle-led name
    ("Patient de 67 ans, sans antécédents", []),
    ("Je propose de revoir le patient: dans trois mois avec un bilan.", []),  # mid-sentence: no field
    ("l'assuré : MENARD Yasmine", []),  # a label inside a word is no label
])
def test_body_text_is_still_no_field(text, expected):
    assert [f for f in fields(text) if f[1]] == expected


@pytest.mark.parametrize("text, value", [("DDN :\n\n-26/04/1949", date(1949, 4, 26)), ("Né le -26/04/1949", date(1949, 4, 26))])
def test_a_dash_of_dust_before_the_day_is_skipped(text, value):
    assert [(m.value, m.label) for m in read_page(text, today=TODAY).dates] == [(value, "birth")]


@pytest.mark.parametrize("text", ["Réf 3-26/04/1949", "Lot 12.-26/04/1949"])
def test_a_dash_ending_a_number_still_hides_the_date(text):
    assert read_page(text, today=TODAY).dates == ()


FORM = ("Formulaire de consultation\n\n.Nom de naiss. :\nFleury :\n\nNom d'usage :\n\nClément. :\n. Prénoms :\nBernadette\n"
        "\n‘. DDN :\n\n-{date}\n\nSexe {{M/F) :. ‘\n‘N° patient :\n31001940.\n")


def test_the_fax_form_files_and_its_near_miss_does_not():
    assert decide(read_document([FORM.format(date="26/04/1949")], today=TODAY), INDEX).patient_ipp == "F2"
    assert not decide(read_document([FORM.format(date="26/04/1948")], today=TODAY), INDEX).files
