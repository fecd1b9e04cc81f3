"""A parent, spouse, brother or sister who accompanies the patient, named in full with a birth date in the sentence
that says so (`Elle est accompagnée de son époux, HOFFMANN Yasmine (née le 05/04/1970), elle-même suivie au
cabinet.`), on a page that prints the patient's own birth date: the date is the companion's, not a contradiction — the
largest cause of « date de naissance lue … » on the independent corpus's clean scans (s640-014, s652-007). Earlier
versions were refused (review11, session 20, review29) because the same sentence may bring the one who is seen — a
parent's identity heads a child's paper. Here the one accompanied is the subject (`accompagné(e) de/par`), the companion
is no son or daughter, the clause ends at the parenthesis or goes on about the companion alone (`lui-même`), the
companion is named nowhere else on the page and bears none of the patient's first names, and the patient's own date is
printed. Everything else still stops the filing (test_matching_relatives_own_date.py). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
JACQUES = Patient("J1", "PASQUALINI", "Jacques Mamadou", date(1983, 2, 2), "M")
MATHIS = Patient("M1", "PASQUALINI", "Mathis", date(1951, 6, 7), "M")  # the relative, followed at the practice too
JULIE = Patient("K1", "KLEIN", "Julie", date(1990, 1, 1), "F")
EMMA = Patient("K2", "KLEIN", "Emma", date(2026, 11, 20), "F")
INDEX = RegistryIndex.build([JACQUES, MATHIS, JULIE, EMMA])
OPENING = "Nous avons reçu ce matin Monsieur PASQUALINI JACQUES MAMADOU, né le 02/02/1983, pour un bilan de dyspnée.\n"


def decision(text: str, index: RegistryIndex = INDEX):
    return decide(read_document([text], today=TODAY), index)


@pytest.mark.parametrize("sentence", [
    "Il est accompagné de son père, PASQUALINI MATHIS (né le 07/06/1951), lui-même suivi au cabinet.",
    "Il est accompagné de son frère, PASQUALINI MATHIS (né le 07/06/1951).",
    "Il est accompagné de son père, PASQUALINI MATHIS (né le 07/06/1951), lui-même suivi\nau cabinet.",
    "Il est accompagné de son\npère, Mathis PASQUALINI (né le 07/06/1951), lui-même suivi au cabinet.",
    "Il est accompagné par son épouse, MARTIN Yasmine (née le 05/04/1970), elle-même suivie au cabinet.",
    "Il est accompagné de sa mère, VIDAL Valérie (née le 22 juillet 1961).",
])
def test_a_dated_companion_no_longer_contradicts_the_patient(sentence):
    d = decision(OPENING + sentence + "\nExamen clinique normal.")
    assert d.files and d.patient_ipp == "J1"


@pytest.mark.parametrize("text, index", [
    # the one who comes along is the one seen (review29's probes), or a son: a parent's identity heads a child's paper
    (OPENING + "Venu avec son père, PASQUALINI MATHIS (né le 07/06/1951), qui consulte pour une toux.", INDEX),
    (OPENING + "Il est accompagné de son père, PASQUALINI MATHIS (né le 07/06/1951), qui consulte pour une toux.", INDEX),
    (OPENING + "Il est accompagné de son fils, PASQUALINI MATHIS (né le 07/06/1951), lui-même suivi au cabinet.", INDEX),
    ("Madame KLEIN Julie, née le 01/01/1990.\nVenue avec son bébé, KLEIN Emma (née le 20/11/2026), pour la visite du "
     "8e jour.", INDEX),
    ("Madame KLEIN Julie, née le 01/01/1990.\nElle est accompagnée de sa fille, KLEIN Emma (née le 20/11/2026).", INDEX),
    ("Madame KLEIN Julie, née le 01/01/1990.\nElle est accompagnée de sa sœur, KLEIN Emma (née le 20/11/2026). Emma "
     "présente une otite depuis trois jours.", INDEX),
    # a companion bearing the patient's first name (a namesake, a twin), or no own date of the patient printed
    (OPENING + "Il est accompagné de son frère, PASQUALINI JACQUES (né le 07/06/1951), lui-même suivi au cabinet.",
     INDEX),
    ("Monsieur PASQUALINI JACQUES MAMADOU vu pour un bilan.\nIl est accompagné de son père, PASQUALINI MATHIS (né le "
     "07/06/1951), lui-même suivi au cabinet.", INDEX),
    # no relation word, or the date outside the parenthesis of the companion's name
    (OPENING + "Il est accompagné de PASQUALINI MATHIS (né le 07/06/1951), lui-même suivi au cabinet.", INDEX),
    (OPENING + "Il est accompagné de son père, PASQUALINI MATHIS, né le 07/06/1951, lui-même suivi au cabinet.", INDEX),
])
def test_the_companion_who_is_seen_named_again_or_named_like_the_patient_still_stops_it(text, index):
    assert not decision(text, index).files
