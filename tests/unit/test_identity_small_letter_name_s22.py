"""A two-letter surname typed in small letters in a name field with no value below (`Nom : ly` / `Nom d'usage :
NGUYEN`, `NOM : NGUYEN   Nom de naissance : ly`) is the field's value, read as a name printed in capitals: it
contradicts a registered woman born NGUYEN (review21's residual 1: both pages filed her on main) and still files the
woman born LY. Dust with a value below is blanked as before; a sex or a relation field's letters are never read as a
name. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
BORN_NGUYEN = Patient("NG", "NGUYEN", "Anne", date(1988, 3, 14), "F", used_name="NGUYEN")
TEMPLATES = [
    "Nom : {}\nNom d'usage : NGUYEN\nPrénom : Anne\nDate de naissance : 14/03/1988",
    "NOM : NGUYEN   Nom de naissance : {}\nPrénom : Anne\nDate de naissance : 14/03/1988",
    "NOM : NGUYEN   Nom de naissance : {}\nPrénom : Anne\nDDN : 14/03/1988",
    "Nom : {}   Prénom : Anne\nNom d'usage : NGUYEN\nDate de naissance : 14/03/1988",
    "Nom d'usage : NGUYEN   Nom de naissance : {}   Prénom : Anne\nDate de naissance : 14/03/1988",
    "Nom : {} | Prénom : Anne\nNom d'usage : NGUYEN\nDate de naissance : 14/03/1988",
]
PAGES = [(template.format(surname), surname) for template in TEMPLATES for surname in ("ly", "vu", "do")]


def born_so(surname: str) -> Patient:
    return Patient("PT", surname.upper(), "Anne", date(1988, 3, 14), "F", used_name="NGUYEN")


def decision(page: str, patients: list[Patient]):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(patients))


@pytest.mark.parametrize("page, surname", PAGES)
def test_the_small_letters_contradict_a_woman_born_otherwise(page, surname):
    d = decision(page, [BORN_NGUYEN])
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("page, surname", PAGES)
def test_the_small_letters_file_the_woman_born_so(page, surname):
    d = decision(page, [born_so(surname)])
    assert d.files and d.patient_ipp == "PT"


@pytest.mark.parametrize("page, surname", PAGES)
def test_with_both_registered_the_woman_born_so_or_review(page, surname):
    d = decision(page, [BORN_NGUYEN, born_so(surname)])
    assert not d.files or d.patient_ipp == "PT"


def test_the_name_is_read_in_capitals_same_length():
    page = "NOM : NGUYEN   Nom de naissance : ly\nPrénom : Anne"
    reading = read_page(page, today=TODAY)
    assert reading.text == page.replace(": ly", ": LY")
    assert [(f.kind, f.value) for f in reading.fields if f.kind == "birth_name"] == [("birth_name", "LY")]


def test_letters_in_a_cell_with_a_name_below_are_left_as_printed():
    page = "Nom : ut   Prénom : Claude\nDUBOIS\nNé le : 27/07/2005"
    assert read_page(page, today=TODAY).text == page


def test_letters_before_a_column_that_is_no_label_are_left_as_printed():
    page = "Nom : ly   Hôpital Nord\nPrénom : Anne\nNé le : 27/07/2005"
    assert read_page(page, today=TODAY).text == page


def test_dust_with_a_name_below_is_still_blanked():
    page = "Nom de naissance : ut\nDUBOIS\nPrénom : Claude\nNé le : 27/07/2005"
    reading = read_page(page, today=TODAY)
    assert reading.text == page.replace(": ut", ":   ")
    assert [f.value for f in reading.fields if f.kind == "birth_name"] == ["DUBOIS"]
    d = decide([reading], RegistryIndex.build([Patient("D1", "DUBOIS", "Claude", date(2005, 7, 27), "M")]))
    assert d.files and d.patient_ipp == "D1"


@pytest.mark.parametrize("page", [
    "Sexe : f\nNom : NGUYEN\nPrénom : Anne",
    "Mère : ly\nNom : NGUYEN\nPrénom : Anne",
    "Épouse : il\nNom : NGUYEN\nPrénom : Anne",
])
def test_no_capitals_outside_a_name_field(page):
    text = read_page(page, today=TODAY).text
    assert text.split("\n")[1:] == page.split("\n")[1:]
    assert not any(word in text for word in ("LY", ": F", "IL"))
