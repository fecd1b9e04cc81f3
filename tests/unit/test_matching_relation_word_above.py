"""A relation word ending the line above and introducing the next (`… accompagné(e) de son parrain,` / `Pierre PELLETIER
(né(e) le …)`) makes the date on that line possibly the relative's, as a relation word on the date's own line does. On
main the godfather's date was paired with the patient's name printed higher up, and his namesake was filed (ident11's
r11_i3). Such a date designates no one; its patient stays a candidate. The patient's own name between the word and the
date, a date that says the other sex, or a full stop closing the clause leave the date the patient's. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
PIERRE = Patient("P1", "PELLETIER", "Pierre", date(1948, 11, 2), "M")
INDEX = RegistryIndex.build([PIERRE, Patient("P2", "PELLETIER", "Sophie", date(1950, 5, 5), "F")])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Patient : PELLETIER Pierre (07/07/1970)\nIl/Elle est accompagné(e) de son parrain,\n"
    "Pierre PELLETIER (né(e) le 02/11/1948), lui-même suivi au cabinet.\nExamen sans particularité.",
    "Concerne : Monsieur PELLETIER Pierre\nIl/Elle est accompagné(e) de son parrain,\n"
    "Pierre (né(e) le 02.11.1948), lui-même suivi au cabinet.",
    "Concerne : Monsieur PELLETIER Pierre\nIl est accompagné de son voisin,\nM. Pierre (né le 02/11/1948).",
    "Concerne : Monsieur PELLETIER Pierre\nIl est accompagné de son parrain\n(né le 02/11/1948).",
    "Nom : PELLETIER\nPrénom : Pierre\nIl est accompagné de son parrain\nné le 02/11/1948.",
])
def test_a_date_below_a_relation_word_names_no_patient(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "Concerne : Monsieur PELLETIER Pierre\nné le 02/11/1948",
    "Concerne : Monsieur PELLETIER Pierre, accompagné de son épouse,\nné le 02/11/1948.",
    "Monsieur PELLETIER Pierre\nVenu avec sa fille.\nNé le 02/11/1948.",
    "Vu ce jour en consultation, accompagné de son épouse\nM. Pierre PELLETIER, né le 02/11/1948, présente une toux.",
    "Concerne : Monsieur PELLETIER Pierre\nIl est accompagné de son parrain.\nNé le 02/11/1948",
])
def test_the_patients_own_date_still_files(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "P1"


@pytest.mark.parametrize("page", [
    "Enfant vu ce jour, accompagné de son\nparrain, Pierre PELLETIER (né le 02/11/1948)",
    "Patient : PELLETIER Pierre (07/07/1970)\nIl est accompagné de son\nparrain, Pierre PELLETIER (né le 02/11/1948), "
    "lui-même suivi.",
    "Concerne : Monsieur PELLETIER Pierre\nIl est accompagné de son\nparrain, M. Pierre (né le 02/11/1948).",
])
def test_a_person_noun_wrapped_below_its_possessive_names_no_patient(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "Concerne : Monsieur PELLETIER Pierre, né le 02/11/1948\nIl est accompagné de son\nparrain, M. DURAND.",
    "M. PELLETIER Pierre vient avec son\nami.\nNé le 02/11/1948",
])
def test_the_patients_own_date_beside_a_wrapped_person_noun_still_files(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "P1"
