"""Session 72: a patient whose later given name is his surname (`BERNARD Grégoire Bernard`, own corpus seed 1111
doc_0031) is printed with that word twice in his own name (`Patient : M. Grégoire Bernard BERNARD`): one person, no twins
pressed into one field. The surname three times, or twice for a patient without such a given name, still names a second
person. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
GREGOIRE = Patient("A01", "BERNARD", "Grégoire Bernard", date(1974, 6, 12), "M")
LOUIS = Patient("B01", "LEROY", "Louis Paul", date(1990, 3, 2), "M")
PAGE = "COMPTE RENDU DE CONSULTATION\nPatient : M. {name}, Date de naiss. : {born}\nExamen clinique normal.\n"


def decision(name: str, patient: Patient):
    page = PAGE.format(name=name, born=patient.birth_date.strftime("%d.%m.%Y"))
    return decide(read_document([page], TODAY), RegistryIndex.build([patient]))


@pytest.mark.parametrize("name", ["Grégoire Bernard BERNARD", "BERNARD Grégoire Bernard", "Grégoire BERNARD"])
def test_his_own_full_name_names_one_person(name):
    verdict = decision(name, GREGOIRE)
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


def test_the_surname_three_times_still_names_a_second_person():
    verdict = decision("Grégoire Bernard BERNARD BERNARD", GREGOIRE)
    assert verdict.status == "review" and "seconde personne" in verdict.reason_fr


def test_the_surname_twice_without_such_a_given_name_still_names_a_second_person():
    verdict = decision("Louis LEROY LEROY", LOUIS)
    assert verdict.status == "review" and "seconde personne" in verdict.reason_fr
