"""A place named after a person or a saint (`Clinique Saint Louis`, `Hôpital Pierre Simon`, `12 rue Saint Louis`,
`68300 Saint Louis`): the words after the place's noun are its name. On main, `Clinique Saint Louis` / `SAINT` /
`Né le …` was filed under SAINT Louis, though nothing named a Louis (review11); `Hôpital Pierre Simon` / `SIMON` /
`Né le …` under SIMON Pierre. Such a mention designates no one, but its patient stays a candidate against any other;
the person's own line elsewhere still files. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LOUIS = Patient("T9", "SAINT", "Louis", date(1966, 6, 6), "M")
PIERRE = Patient("S1", "SIMON", "Pierre", date(1972, 4, 18), "M")
BLANC = Patient("U1", "BLANC", "Louis", date(1970, 7, 7), "M")
INDEX = RegistryIndex.build([LOUIS, PIERRE, BLANC, Patient("T8", "SAINT", "Pierre", date(1966, 6, 6), "M")])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("place", ["Clinique Saint Louis", "CLINIQUE SAINT LOUIS", "Hôpital Saint Louis",
                                   "Polyclinique Saint Louis", "Centre hospitalier Saint Louis", "EHPAD Saint Louis",
                                   "Résidence Saint Louis", "12 rue Saint Louis", "68300 Saint Louis",
                                   "Maison de retraite Saint Louis"])
def test_a_place_named_after_a_saint_names_no_patient(place):
    assert not decision(f"{place}\nSAINT\nNé le 06/06/1966").files


@pytest.mark.parametrize("page", [
    "Clinique Saint Louis\nPatient : SAINT, né le 06/06/1966",
    "Clinique Saint Louis, SAINT, né le 06/06/1966",
    "Hôpital Pierre Simon\nSIMON\nNé le 18/04/1972",
    "Clinique Pierre SIMON\nM. SIMON, né le 18/04/1972",
    "Avenue Louis Blanc\nBLANC, né le 07/07/1970",
    "LOUIS, né le 06/06/1966\nCabinet Saint Louis\nORDONNANCE",
])
def test_a_place_named_after_a_person_names_no_patient(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("Clinique Saint Louis\nPatient : SAINT Louis, né le 06/06/1966", "T9"),
    ("M. SAINT Louis\nNé le 06/06/1966", "T9"),
    ("Nom : SAINT\nPrénom : Louis\nDate de naissance : 06/06/1966", "T9"),
    ("Avenue Louis Blanc\nM. BLANC Louis, né le 07/07/1970", "U1"),
    ("Hôpital Pierre Simon\nM. SIMON Pierre, né le 18/04/1972", "S1"),
    ("Clinique du Parc, M. SIMON Pierre, né le 18/04/1972", "S1"),
    ("M. SAINT Louis, né le 06/06/1966\nCabinet Saint Louis", "T9"),
])
def test_the_persons_own_mention_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


def test_a_registry_patient_named_by_the_place_still_stops_another():
    d = decision("Clinique Saint Louis\nM. SAINT Pierre, né le 06/06/1966")
    assert not d.files


@pytest.mark.parametrize("surname", ["MAISON", "CHEMIN", "PLACE", "COURS", "CMPP"])
@pytest.mark.parametrize("line", ["Patiente : {n} Claire, née le 03/03/1983", "Patiente : Claire {n}, née le 03/03/1983",
                                  "Mme {n} Claire\nNée le 03/03/1983"])
def test_a_patient_who_bears_a_places_noun_as_surname_is_filed(surname, line):
    patient = Patient("M1", surname, "Claire", date(1983, 3, 3), "F")
    d = decide(read_document([line.format(n=surname)], today=TODAY), RegistryIndex.build([LOUIS, patient]))
    assert d.files and d.patient_ipp == "M1"


def test_a_place_named_after_a_patient_who_bears_a_places_noun_still_names_no_one():
    patient = Patient("M1", "MAISON", "Claire", date(1983, 3, 3), "F")
    d = decide(read_document(["Clinique Maison Claire\nMAISON\nNée le 03/03/1983"], today=TODAY),
               RegistryIndex.build([LOUIS, patient]))
    assert not d.files


JEAN = Patient("J1", "JEAN", "Pauline", date(1971, 11, 9), "F")
MOULIN = Patient("J2", "MOULIN", "Paul", date(1960, 2, 2), "M")
JACQUES_SIMON = Patient("J3", "SIMON", "Jacques", date(1949, 5, 5), "M")
# Jean and Pierre are registry given names, as in any real registry; no SIMON Pierre is registered here (one who is
# stays a candidate: test_a_registry_patient_named_by_the_place_still_stops_another).
STREET_INDEX = RegistryIndex.build([JEAN, MOULIN, JACQUES_SIMON, Patient("J4", "DURAND", "Jean Pierre",
                                                                          date(1955, 1, 1), "M")])
LETTERHEAD = "Dr Loïc VAN DAMME\nMédecin généraliste\n{street}\n44000 Nantes\n\nNantes, le 22 juin 2025\n\n"


@pytest.mark.parametrize("street, body, ipp", [
    ("61 avenue Jean Jaurès", "Objet : Madame JEAN Pauline, née le 09/11/1971", "J1"),
    ("61 AVENUE JEAN JAURES", "Objet : Madame JEAN Pauline, née le 09/11/1971", "J1"),
    ("61 avenue Jean Jaurus", "Objet : Madame JEAN Pauline, née le 09/11/1971", "J1"),  # a fax's `Jaurès`
    ("12 rue Jean Moulin", "Je vois M. Paul MOULIN, né le 02/02/1960, pour une toux.", "J2"),
])
def test_a_street_named_after_a_person_is_no_other_person_of_the_patients_name(street, body, ipp):
    """seed 307 fax_0045 on main: `61 avenue Jean Jaurus` on the letterhead read as a JEAN « Jaurus », another person
    of the patient's name, and sent JEAN Pauline's letter to review."""
    d = decide(read_document([LETTERHEAD.format(street=street) + body], today=TODAY), STREET_INDEX)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("street, body", [
    ("61 avenue Jean Jaurès", "Objet : Madame JEAN Pauline, née le 09/11/1971\nVue avec Madame JEAN Marie."),
    ("12 rue Jean Moulin", "Je vois M. Paul MOULIN, né le 02/02/1960.\nMOULIN Jean\nSuite du compte rendu."),
])
def test_the_patients_name_beside_another_first_name_outside_the_street_still_goes_to_review(street, body):
    d = decide(read_document([LETTERHEAD.format(street=street) + body], today=TODAY), STREET_INDEX)
    assert not d.files


@pytest.mark.parametrize("page", [
    "41000 Saint- Claire MOREAU, née le 07.07.2015\nINS : 2 15 07 75 112 083 17",
    "Rue SAINT- Denis MOREAU, née le 07.07.2015\nINS : 2 15 07 75 112 083 17",
])
def test_a_first_name_after_a_saint_spaced_from_its_hyphen_may_be_the_persons(page):
    """review11's st11_1: a town or a street may end at `Saint-`, then Claire MOREAU, who holds Léa's INS: review."""
    lea = Patient("C1", "MOREAU", "Léa", date(2015, 7, 7), "F", ins="215077511208317")
    claire_and_denis = [Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F"),
                        Patient("W2", "LAMBERT", "Denis", date(1983, 12, 3), "M")]  # registry given names
    d = decide(read_document([page], today=TODAY), RegistryIndex.build([lea, *claire_and_denis]))
    assert not d.files


@pytest.mark.parametrize("page", [
    "EHPAD Les Tilleuls\nEHPAD JEAN Marie, chambre 12\nObjet : Madame JEAN Pauline, née le 09/11/1971",
    "Résidence JEAN Marie\nObjet : Madame JEAN Pauline, née le 09/11/1971",
    "Clinique SIMON Pierre\nPatient : SIMON Jacques\nNé le 05/05/1949",
    "Hôpital Pierre Simon\nPatient : SIMON Jacques\nNé le 05/05/1949",  # a building may label a person: review
    "rue JEAN Marie\nObjet : Madame JEAN Pauline, née le 09/11/1971",  # the surname first: a person's label
    "Avenue Jean Jaurès\nObjet : Madame JEAN Pauline, née le 09/11/1971",  # no house number: not surely a street
])
def test_a_person_labelled_by_a_building_or_written_surname_first_still_goes_to_review(page):
    """review15b on 5041b83: `EHPAD DUBOIS Jeanne, chambre 12` (a resident's label) hid the other DUBOIS, and the page
    was filed under the one whose INS and date it printed."""
    d = decide(read_document([LETTERHEAD.format(street="2 rue des Lilas") + page], today=TODAY), STREET_INDEX)
    assert not d.files
