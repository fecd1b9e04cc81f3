"""Session 71: a letterhead and the patient's label beside it, read as one row (`Groupe Hospitalier Nord-Vendôme :
MOREAU Thomas`, `Clinique du Parc : RODRIGUEZ Aurélie`, second corpus s148_010, s144_020, s9001_111): the word
before the colon ends the institution's name. It no longer counts as another first name printed beside the
patient's surname, which refused the second reading that read the patient right. A twin's first name before the
colon still refuses it: a registry given name, a form of the patient's own, or a word linked to the institution's
noun across a dash, a column's gap, a civility or a word in small letters (session 71's review). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
THOMAS = Patient("M1", "MOREAU", "Thomas Paul", date(1997, 10, 4), "M")
LOUIS = Patient("L1", "LEROY", "Louis", date(1997, 10, 4), "M")
INDEX = RegistryIndex.build([THOMAS, LOUIS, Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
UNREADABLE_DATE = "\nNé le 64/10/1997\nBON DE DEMANDE D'EXAMENS DE BIOLOGIE"


def decision(first: str, second: str):
    r1, r2 = read_document([first], today=TODAY), read_document([second], today=TODAY)
    return accept_second_reading(decide(r1, INDEX), decide(r2, INDEX), [r1], INDEX)


@pytest.mark.parametrize("row", [
    "Groupe Hospitalier Nord-Vendôme : MOREAU Thomas Paul",
    "Clinique du Parc : MOREAU Thomas Paul",
    "Clinique du Parc. : MOREAU Thomas Paul",
    "Bio-Océane Laboratoires : MOREAU Thomas Paul",
    "Centre hospitalier de Valmont : MOREAU Thomas Paul",
])
def test_an_institution_s_name_before_a_colon_keeps_the_second_reading(row):
    kept = decision(row + UNREADABLE_DATE, "Patient : MOREAU Thomas Paul\nNé le 04/10/1997")
    assert kept.files and kept.patient_ipp == "M1"


@pytest.mark.parametrize("row", [
    "Clinique du Parc : Louise LEROY",  # no colon right before the surname: her first name
    "Vendôme : LEROY Louis",  # no institution's noun before the colon
    "Patient Louise : LEROY",
    "Clinique du Parc Louise : LEROY",  # a form of the patient's own first name: a twin's
    "Clinique du Parc — Patient Aurore : LEROY",  # linked to the institution across a dash
    "Clinique du Parc Mme Aurore : LEROY",  # across a civility
    "Groupe Hospitalier Nord-Vendôme        Aurore : LEROY",  # across a column's gap
    "Mise en place d'une voie veineuse chez Aurore : LEROY",  # across words in small letters
    "Clinique du Parc, Aurore : LEROY",
])
def test_elsewhere_a_name_before_the_surname_still_refuses_it(row):
    kept = decision(row + UNREADABLE_DATE, "Patient : LEROY Louis\nNé le 04/10/1997")
    refused = kept.evidence["second_reading"]
    assert not kept.files and refused["patient"] == "L1"
    messages = [p if isinstance(p, str) else p["message"] for p in refused["problems"]]
    assert any("prénom" in message for message in messages)


def test_a_town_closing_a_hospital_s_name_before_a_colon_keeps_the_second_reading():
    """Own corpus seed 481 SCAN0037, two columns read as one line: kept refused from session 36 to 70 (review61)."""
    paul = Patient("V1", "LÉVÊQUE", "Paul Jean", date(1935, 7, 11), "M")
    index = RegistryIndex.build([paul, Patient("X1", "MARTIN", "Louise", date(1950, 1, 1), "F")])
    r1 = read_document(["Centre hospitalier de Valmont : LÉVÊQUE Paul\nBloc opératoire central : 11/07/35 M"],
                       today=TODAY)
    r2 = read_document(["Centre hospitalier de Valmont\nPatient : LÉVÊQUE Paul\nNé le 11/07/1935\nBloc opératoire "
                        "central."], today=TODAY)
    kept = accept_second_reading(decide(r1, index), decide(r2, index), [r1], index)
    assert kept.files and kept.patient_ipp == "V1"


def test_a_registry_given_name_before_the_colon_still_refuses_it():
    index = RegistryIndex.build([LOUIS, Patient("A1", "DURAND", "Aurore", date(1960, 1, 1), "F")])
    r1 = read_document(["Clinique du Parc Aurore : LEROY" + UNREADABLE_DATE], today=TODAY)
    r2 = read_document(["Patient : LEROY Louis\nNé le 04/10/1997"], today=TODAY)
    kept = accept_second_reading(decide(r1, index), decide(r2, index), [r1], index)
    assert not kept.files and kept.evidence["second_reading"]["patient"] == "L1"
