"""A doctor whose surname is a family word (`Docteur Enzo COUSIN` / `Rhumatologué`, independent corpus s631-031): the
surname was read as « cousin », the misread speciality below as that relative's name born the patient's day, and the
page went to review « proche nommé … (jumeau ?) ». A family word in capitals right after a doctor's title and a first
name at most is that doctor's surname; `son cousin Paul` is still a relative. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
HIM = Patient("L1", "LE FLOCH", "Maxime Léon", date(1957, 1, 11), "M")
TWIN = Patient("L2", "LE FLOCH", "Paul", date(1957, 1, 11), "M")
PAGE = ("Destinataire\n. {doctor}\nRhumatologué\n\nNom LE FLOCH\nPremier prénom: MAXIME\nNäissance: 11/01/1957\n"
        "Sexe (M/F): M\n\nCompte rendu d'hospitalisation.\n{tail}")


@pytest.mark.parametrize("doctor", ["Docteur Enzo COUSIN", "Dr COUSIN", "Dr Enzo PETIT"])
def test_the_doctors_surname_is_no_relative(doctor):
    d = decide([read_page(PAGE.format(doctor=doctor, tail=""), today=TODAY)], RegistryIndex.build([HIM]))
    assert d.files and d.patient_ipp == "L1"


def test_a_twin_named_as_a_relative_still_keeps_it_in_review():
    page = PAGE.format(doctor="Docteur Enzo COUSIN", tail="Il est accompagné de son frère Paul, né le même jour.\n")
    d = decide([read_page(page, today=TODAY)], RegistryIndex.build([HIM, TWIN]))
    assert not d.files
