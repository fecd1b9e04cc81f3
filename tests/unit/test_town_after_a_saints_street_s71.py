"""Session 71: the patient's surname as a saint's street in the letterhead's address (`79 rue Saint-Martin — Créteil`
for a MARTIN, second corpus s148_000): the town after the street, behind a comma or a dash, is no first name of
another MARTIN, as a saint's town (`Saint-Denis`) already was not. Behind a space only, a word after the street may
still be a person's first name (`3 place Saint-Martin Denis`, review42). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
STEPHANIE = Patient("A01", "MARTIN", "Stéphanie Odile", date(1977, 2, 18), "F")
LETTER = ("Service de Rhumatologie\n\nObjet : consultation de Mme MARTIN Stéphanie, née le 18/02/1977\n\n"
          "Chère consœur,\nJe vous remercie de m'avoir confié votre patiente pour des douleurs des mains.\n\n"
          "Dr Jean-Paul DUPONT-MORETTI\n\nCentre Hospitalier des Trois Vallées — {address} — Standard 02 16 46 94 61\n")


def decision(address: str):
    text = LETTER.format(address=address)
    return decide(read_document([text], today=TODAY), RegistryIndex.build([STEPHANIE]))


@pytest.mark.parametrize("address", [
    "79 rue Saint-Martin — Créteil",
    "79 rue Saint-Martin – Créteil",
    "79 rue Saint-Martin - Créteil",
    "79 rue Saint-Martin, Créteil",
    "79 rue Saint-Martin, Saint-Denis",  # a saint's town, read so since session 30
    "79 rue Saint-Martin, 94000 Créteil",
])
def test_the_town_after_the_patient_s_saint_street_is_no_first_name(address):
    verdict = decision(address)
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


@pytest.mark.parametrize("address", [
    "79 rue Saint-Martin Créteil",  # behind a space, a word after the street may be a first name
    "rue Saint-Martin — Créteil",  # no house number: not read as a street
    "79 rue Saint Martin — Créteil",  # the saint's hyphen lost: not read as a street
    "79 rue Pasteur — MARTIN Créteil",  # the surname outside the street
])
def test_elsewhere_the_word_after_the_surname_is_still_another_first_name(address):
    verdict = decision(address)
    assert verdict.status == "review"
    assert "autre personne du même nom" in verdict.reason_fr and "CRETEIL" in verdict.reason_fr.upper()


@pytest.mark.parametrize("address, first_name", [
    ("79 rue Saint-Martin, Killian MARTIN", "Killian"),  # the surname follows: another MARTIN (session 71's review)
    ("79 rue Saint-Martin — Bébé MARTIN", "Bebe"),
    ("79 rue Saint-Martin, P. MARTIN", "P"),  # an initial
])
def test_a_person_after_the_street_is_no_town(address, first_name):
    verdict = decision(address)
    assert verdict.status == "review"
    assert f"prénom « {first_name} »" in verdict.reason_fr
