"""Whether a label with its colon opens its line is each field's own fact. On main, read_fields asked it of the last
label the page held (a variable left over from the loop that found the labels): `Personne de confiance : sa fille
MARTIN Léa, née le …` was a third party's field or no field at all depending on whether a `né le` or a `Dr` stood after
it on the page — and without the field, the daughter's birth date contradicted her father's letter. A label with its
colon opening its line keeps its value whatever it reads like; elsewhere a sentence after a label is still no value.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LEA = Patient("L1", "MARTIN", "Léa", date(1990, 2, 2), "F")
PAUL = Patient("P1", "MARTIN", "Paul", date(1950, 5, 5), "M")
INDEX = RegistryIndex.build([LEA, PAUL])
CONFIDANT = "Personne de confiance : sa fille MARTIN Léa, née le 02/02/1990"


def fields_of(text: str):
    return [(f.kind, f.value) for f in read_page(text, today=TODAY).fields]


def decision(text: str):
    return decide([read_page(text, today=TODAY)], INDEX)


@pytest.mark.parametrize("after", ["", "\nCompte rendu validé.", "\nValidé par le Dr DURAND Paul", "\nVu le 12/11/2026"])
def test_the_field_does_not_depend_on_what_follows(after):
    assert ("third_party", "SA FILLE MARTIN LEA, NEE LE 02/02/1990") in fields_of(CONFIDANT + after)


@pytest.mark.parametrize("text", [
    "revoir le patient: dans trois mois",  # mid-line: a sentence, no field
    "Il faut revoir le patient : dans trois mois.\nValidé par le Dr DURAND Paul",
])
def test_a_label_inside_a_line_still_takes_no_sentence(text):
    assert [kind for kind, _ in fields_of(text) if kind == "name"] == []


def test_the_fathers_letter_files_under_him_never_the_daughter():
    d = decision(f"Nom : MARTIN\nPrénom : Paul\nNé le 05/05/1950\n{CONFIDANT}\nValidé par le Dr DURAND Paul")
    assert d.files and d.patient_ipp == "P1"


@pytest.mark.parametrize("text", [
    # the father named without his date: the daughter's date in her field designates no one
    f"Patient : MARTIN Paul\n{CONFIDANT}\nValidé par le Dr DURAND Paul",
    f"Nom : MARTIN\n{CONFIDANT}\nValidé par le Dr DURAND Paul",
])
def test_the_daughters_date_in_her_field_files_no_one(text):
    assert not decision(text).files


def test_a_namesake_one_digit_away_keeps_the_letter_in_review():
    index = RegistryIndex.build([LEA, PAUL, Patient("P2", "MARTIN", "Paul", date(1950, 5, 8), "M")])
    d = decide([read_page(f"Nom : MARTIN\nPrénom : Paul\nNé le 05/05/1950\n{CONFIDANT}\nValidé par le Dr DURAND Paul",
                          today=TODAY)], index)
    assert not d.files
