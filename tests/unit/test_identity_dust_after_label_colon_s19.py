"""A fax leaves one or two small letters after a label's colon when the value stands on the next line (`Ouvrant droit :
ut` / `GAILLARD Geneviève — 2550342971155 08`, independent corpus s4-034: the insured's line was then read as a second
patient and the admission form went to review as « plusieurs patients »). Opening its line, with its colon, such a
label takes the next line as its value, as a bare `Ouvrant droit :` does; a sex's small letter (`Sexe : f`) is its
value, a longer run of words is no dust. The insured is never filed for the patient. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
ISABELLE = Patient("I1", "DUPONT-MARTIN", "Isabelle", date(2021, 10, 6), "F", ins="221103038098694")
# the child's mother, married under the child's name, insured with her own number
GENEVIEVE = Patient("G1", "GAILLARD", "Geneviève", date(1955, 3, 28), "F", ins="255034297115508", used_name="DUPONT-MARTIN")
INDEX = RegistryIndex.build([ISABELLE, GENEVIEVE])
FORM = ("Dossier d'admission\nNom de famille :\nDUPONT-MARTIN\nPrénom :\nIsabelle\nDate de naiss.\n06-10-2021\n"
        "Sexe (M/F) .:\nF\nOuvrant droit : {dust}\nGAILLARD Geneviève — 2550342971155 08\n"
        "Médecin traitant : Dr MARCHAND Océane")


def fields_of(text: str):
    return [(f.kind, f.value) for f in read_page(text, today=TODAY).fields]


def decision(text: str, index: RegistryIndex = INDEX):
    return decide([read_page(text, today=TODAY)], index)


@pytest.mark.parametrize("dust", ["ut", "a", "'i", "é."])
def test_the_insureds_line_below_is_the_fields_value(dust):
    assert ("third_party", "GAILLARD GENEVIEVE - 2550342971155 08") in fields_of(FORM.format(dust=dust))


@pytest.mark.parametrize("text, field", [
    ("Sexe : f\nDUPONT Marie", ("sex", "F")),  # a sex's small letter is its value
    ("Prénom : ut\nMarie", ("first_names", "MARIE")),
    ("Nom : a\nDUPONT", ("name", "DUPONT")),
])
def test_own_fields(text, field):
    assert field in fields_of(text)


@pytest.mark.parametrize("text", [
    "Ouvrant droit : sa mère\nGAILLARD Geneviève",  # words, not dust: the line's own value
    "Il est vu ce jour. Ouvrant droit : ut\nGAILLARD Geneviève",  # the label does not open its line
])
def test_no_value_taken_from_below(text):
    assert ("third_party", "GAILLARD GENEVIEVE") not in fields_of(text)


@pytest.mark.parametrize("dust", ["ut", ""])
def test_the_form_files_under_the_child_never_the_insured(dust):
    d = decision(FORM.format(dust=dust))
    assert d.files and d.patient_ipp == "I1"


def test_the_dust_decides_as_the_bare_colon():
    # a child the registry holds without an INS: the insured's number beside her contradicts — review, with the dust as
    # with the bare colon
    index = RegistryIndex.build([Patient("I1", "DUPONT-MARTIN", "Isabelle", date(2021, 10, 6), "F"), GENEVIEVE])
    dusty, bare = decision(FORM.format(dust="ut"), index), decision(FORM.format(dust=""), index)
    assert (dusty.files, dusty.rule) == (bare.files, bare.rule) == (False, bare.rule)


def test_the_insured_alone_is_never_filed():
    d = decision("Ouvrant droit : ut\nGAILLARD Geneviève — 2550342971155 08\nNom de famille :\nDUPONT-MARTIN")
    assert not d.files


def test_a_namesake_one_digit_away_keeps_the_form_in_review():
    index = RegistryIndex.build([ISABELLE, GENEVIEVE, Patient("I2", "DUPONT-MARTIN", "Isabelle", date(2021, 10, 8), "F")])
    assert not decision(FORM.format(dust="ut"), index).files
