"""A label, a blank line OCR left, then the value (`Date de naissance :` / `` / `08-09-1974`, `Nom de naissance :` / ``
/ `DURAND`): the value is read across one or two blank lines; on main the blank line was taken for the value. A body
paragraph or another label below is still no value. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page, read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("D1", "DURAND", "Paul", date(1970, 1, 2), "M")])


def field_value(text: str, kind: str) -> str:
    (found,) = read_page(text, today=TODAY).fields_of(kind)
    return found.value


@pytest.mark.parametrize("text", ["Date de naissance :\n\n08-09-1974", "Né le\n\n\n08-09-1974", "DDN :\n \n08-09-1974"])
def test_a_birth_label_reaches_its_date_over_blank_lines(text):
    (mention,) = read_page(text, today=TODAY).dates
    assert mention.label == "birth"


def test_three_blank_lines_part_the_label_from_the_date():
    (mention,) = read_page("Date de naissance :\n\n\n\n08-09-1974", today=TODAY).dates
    assert mention.label != "birth"


@pytest.mark.parametrize("text, value", [
    ("Nom de naissance :\n\nDURAND\nPrénom : Paul", "DURAND"), ("Prénom :\n\n\nPaul", "PAUL"),
])
def test_a_field_reaches_its_value_over_blank_lines(text, value):
    kind = "birth_name" if text.startswith("Nom") else "first_names"
    assert field_value(text, kind) == value


@pytest.mark.parametrize("text", [
    "Nom de naissance :\n\nPrénom : Paul",  # the next line is another label
    "Patient :\n\nLe patient est vu ce jour pour une douleur thoracique et un bilan de suivi.",  # a body paragraph
])
def test_no_value_is_taken_from_a_label_or_a_paragraph_below(text):
    kind = "birth_name" if text.startswith("Nom") else "name"
    assert field_value(text, kind) == ""


def test_a_form_with_blank_lines_files():
    text = "NOM DE NAISSANCE :\n\nDURAND\n\nPrénom :\n\nPaul\n\nDate de naissance :\n\n02/01/1970\n\nCompte rendu."
    decision = decide(read_document([text], today=TODAY), INDEX)
    assert decision.files and decision.patient_ipp == "D1"


@pytest.mark.parametrize("text", [
    "NOM DE NAISSANCE :\n\nDURAND\n\nPrénom :\n\nPaul\n\nDate de naissance :\n\n02/01/1971\n\nCompte rendu.",
    "NOM DE NAISSANCE :\n\nDURAND\n\nPrénom :\n\nPierre\n\nDate de naissance :\n\n02/01/1970\n\nCompte rendu.",
])
def test_a_form_with_another_trait_still_goes_to_review(text):
    assert not decide(read_document([text], today=TODAY), INDEX).files


@pytest.mark.parametrize("label", ["Médecin traitant", "Personne de confiance", "Mère", "Assuré", "Prescripteur"])
def test_an_empty_third_party_field_does_not_reach_over_a_blank_line(label):
    # review7's q10.py on ec3da5b: the second identity below an empty third-party field was hidden as a third party.
    index = RegistryIndex.build([Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
                                 Patient("L2", "LEROY", "Lucie", date(2018, 5, 11), "F")])
    text = f"LEROY Louis\nDate de naissance : 11/05/2018\n{label} :\n\nLEROY Lucie, née le 11/05/2018\nVaccins."
    (field,) = [f for f in read_page(text, today=TODAY).fields if f.kind == "third_party"]
    assert field.value == ""
    assert not decide(read_document([text], today=TODAY), index).files


@pytest.mark.parametrize("label", ["Médecin traitant", "Prescripteur", "Copie à"])
def test_an_empty_third_party_field_takes_no_dated_identity_from_the_next_line(label):
    # review7's q9/q19.py (main too): `Personne de confiance :` / `LEROY Lucie, née le …` hid the registered twin.
    index = RegistryIndex.build([Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
                                 Patient("L2", "LEROY", "Lucie", date(2018, 5, 11), "F")])
    text = f"LEROY Louis\nDate de naissance : 11/05/2018\n{label} :\nLEROY Lucie, née le 11/05/2018\nVaccins."
    assert not decide(read_document([text], today=TODAY), index).files
    undated = f"LEROY Louis\nDate de naissance : 11/05/2018\n{label} :\nDr BERNARD Luc\nVaccins."
    assert decide(read_document([undated], today=TODAY), index).patient_ipp == "L1"
