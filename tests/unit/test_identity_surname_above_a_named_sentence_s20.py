"""A surname label with one or two small letters, and below it a line naming a person with a birth date (`Nom : ly` /
`NGUYEN Anne, née le 14/03/1988`): the line is a sentence of the letter's, not the surname field's value, so the
letters are the printed surname (read in capitals). On main the line was taken as the field's value and the letters
blanked as a fax's dust: the page filed NGUYEN Anne born NGUYEN although its own surname field reads LY (read21's
residual). Now it contradicts her (review), still files the woman born LY whose used name is NGUYEN, and a plain name
below (`NGUYEN`, `NGUYEN Anne`, `DUBOIS née MARTIN`) or a label that takes a whole identity (`Patient :`) is read as
before. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import blank_label_dust, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
BORN_NGUYEN = Patient("NG", "NGUYEN", "Anne", date(1988, 3, 14), "F")
BORN_LY = Patient("LY", "LY", "Anne", date(1988, 3, 14), "F", used_name="NGUYEN")
SENTENCES = ["NGUYEN Anne, née le 14/03/1988", "NGUYEN Anne (née le 14/03/1988)", "NGUYEN Anne née le 14/03/1988",
             "Mme NGUYEN Anne, née le 14/03/1988", "NGUYEN Anne, DDN : 14/03/1988"]
SURNAME_LABELS = ["Nom", "NOM", "Nom de naissance", "Nom de famille", "Nom d'usage"]


def decision(page: str, patients: list[Patient]):
    return decide([read_page(page, today=TODAY)], RegistryIndex.build(patients))


@pytest.mark.parametrize("label", SURNAME_LABELS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_surname_field_contradicts_the_woman_born_nguyen(label, sentence):
    d = decision(f"{label} : ly\n{sentence}", [BORN_NGUYEN])
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_letters_are_the_surname_read_in_capitals(sentence):
    page = f"Nom : ly\n{sentence}"
    reading = read_page(page, today=TODAY)
    assert reading.text == page.replace(": ly", ": LY")
    assert [f.value for f in reading.fields if f.kind == "name"] == ["LY"]


@pytest.mark.parametrize("label", ["Nom", "Nom de naissance"])
def test_the_woman_born_ly_still_files_or_reviews(label):
    d = decision(f"{label} : ly\nNGUYEN Anne, née le 14/03/1988", [BORN_LY])
    assert d.files and d.patient_ipp == "LY"
    d = decision(f"{label} : ly\nNGUYEN Anne, née le 14/03/1988", [BORN_NGUYEN, BORN_LY])
    assert not d.files or d.patient_ipp == "LY"


@pytest.mark.parametrize("below", ["NGUYEN", "NGUYEN Anne", "NGUYEN née MARTIN"])
def test_a_name_below_is_still_the_value(below):
    page = f"Nom : ut\n{below}\nPrénom : Anne\nNée le 14/03/1988"
    assert blank_label_dust(page) == page.replace(": ut", ":   ")
    assert [f.value for f in read_page(page, today=TODAY).fields if f.kind == "name"] == [below.upper().replace(
        "É", "E")]


@pytest.mark.parametrize("label", ["Patient", "Patiente", "Identité"])
def test_a_label_that_takes_a_whole_identity_still_takes_the_line(label):
    page = f"{label} : ut\nNGUYEN Anne, née le 14/03/1988"
    reading = read_page(page, today=TODAY)
    assert reading.text == page.replace(": ut", ":   ")
    d = decide([reading], RegistryIndex.build([BORN_NGUYEN]))
    assert d.files and d.patient_ipp == "NG"
