"""A person of the patient's circle that no kinship list holds, named right after `son`/`sa`/`ses`/`leur` (`son parrain
Hugo MOREL`, `sa voisine, Mme MOREAU Sophie`, `son homonyme`): that name is the patient's X, never the patient — it
designates no one, and a date after it on its line is his (review8's M-7: filed under the godfather on main). The list is
closed: the subject's own events and roles after a possessive (`Pour son suivi, Mme X`, `votre résidente Mme X`) still
designate him, and so does a name after a listed noun without a possessive, or after `votre`. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("X1", "MOREL", "Hugo", date(2010, 10, 10), "M"),
    Patient("X2", "MOREL", "Hugo", date(1980, 10, 10), "M"),  # a namesake: the godfather
    Patient("C1", "MOREAU", "Léa", date(2015, 7, 7), "F"),
    Patient("C2", "MOREAU", "Sophie", date(1985, 4, 4), "F"),
    Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F"),
    Patient("W2", "LAMBERT", "Claude", date(1983, 12, 3), "M"),  # Claire's twin brother
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Hugo MOREL, 16 ans, vient avec son parrain Hugo MOREL, né le 10/10/1980.",
    "Patient : MOREL\nVu avec son parrain Hugo MOREL, né le 10/10/1980.",
    "Enfant : Emma, 3 ans\nVient avec sa voisine, Mme MOREAU Sophie, née le 04/04/1985.",
    "Patient : MOREAU\nSa marraine MOREAU Sophie, née le 04/04/1985, est présente.",
    "Patient : LAMBERT\nVue avec son aidant LAMBERT Claude, né le 03/12/1983.",
    "Patient : LAMBERT\nVue avec son homonyme LAMBERT Claude, né le 03/12/1983.",
    "Patient : MOREAU Léa\nAccompagnée de sa nourrice Mme MOREAU Sophie (née le 04/04/1985).",
])
def test_a_person_behind_a_listed_noun_after_a_possessive_designates_no_one(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("Mme MOREAU Sophie, née le 04/04/1985, vient avec son parrain.", "C2"),
    ("Pour son suivi, Mme LAMBERT Claire, née le 03/12/1983, est revue.", "W1"),
    ("Le Dr LEGRAND m'adresse votre patiente Mme MOREAU Sophie, née le 04/04/1985.", "C2"),
    ("Vue pour son bilan : Mme MOREAU Sophie, née le 04/04/1985.", "C2"),
    ("Voisin de chambre : aucun.\nMme MOREAU Sophie, née le 04/04/1985.", "C2"),
    ("Nous accueillons leur filleule Mme MOREAU Sophie, née le 04/04/1985, pour un bilan.", "C2"),
    ("Je reçois ce jour sa filleule Mme MOREAU Sophie, née le 04/04/1985.", "C2"),
])
def test_the_subject_outside_a_listed_noun_after_a_possessive_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


def test_a_person_noun_above_the_identity_block_makes_no_relatives_heading():
    """`Vu avec son parrain.` above `Patient(e) : …`: the godfather is not named, the block below is the patient's."""
    d = decision("Vu avec son parrain.\nPatient(e) : MOREL Hugo\nNaissance : 10.10.1980")
    assert d.files and d.patient_ipp == "X2"


def test_the_twin_behind_a_listed_noun_still_stops_the_subject_filing_alone():
    """The twin brother named behind `son aidant` with the shared birth date is a relative named the patient's
    twin: it goes to a person, as any relative of the registry born the same day does."""
    d = decision("Patient : LAMBERT Claire\nNée le 03/12/1983\nVue avec son aidant LAMBERT Claude, né le 03/12/1983.")
    assert not d.files


COMPANIONS = RegistryIndex.build([
    Patient("D1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
    Patient("F2", "FAURE", "Pascale", date(1970, 6, 6), "F"),
    Patient("S1", "LEFEBVRE", "Marie", date(1962, 3, 3), "F"),
    Patient("L2", "LEROY", "Louise", date(1990, 5, 12), "F"),
    Patient("X2", "MOREL", "Hugo", date(1980, 10, 10), "M"),
    Patient("K1", "KLEIN", "Julia", date(2001, 1, 1), "F"),
])


@pytest.mark.parametrize("page", [
    "M. Jean DUPONT, 12/03/1957, amène sa copine Mme FAURE Pascale pour une toux.",
    "Marie LEFEBVRE, 3 mars 1962, présente sa voisine LEROY Louise (12 05 1990) pour une entorse.",
    "M. DUPONT Jean, né le 12/03/1957, accompagne son ami ce jour.",
    "M. DUPONT Jean, né le 12/03/1957, accompagne son filleul ce jour.",
    "Parrain : M. MOREL Hugo (10-10-1980)\nSa voisine Julia KLEIN est vue ce jour.",
])
def test_the_dated_companion_who_brings_a_person_of_his_circle_is_not_filed(page):
    """review10's q_pn3: hiding the person he brings left the companion designated alone. He accompanies someone
    (the subject, perhaps), and a registry patient named behind the noun still makes the subject unsure."""
    assert not decide(read_document([page], today=TODAY), COMPANIONS).files


def test_the_subject_accompanied_by_an_unregistered_person_of_his_circle_is_still_filed():
    page = "M. Jean DUPONT, né le 12/03/1957, accompagné de son voisin M. Paul ROCHE, consulte pour une toux."
    d = decide(read_document([page], today=TODAY), COMPANIONS)
    assert d.files and d.patient_ipp == "D1"


EPICENE = RegistryIndex.build([Patient("E0", "BRUN", "Camille", date(1990, 1, 1), "M")])


def test_a_person_noun_ending_the_line_above_does_not_hide_the_block_below():
    """review10's r10_x1: hidden, the block's `née` no longer spoke against the man registered under that name."""
    page = "Dossier BRUN Camille 01/01/1990\nVu avec son parrain.\nPatient(e) : Camille BRUN, née le 1 janvier 1990"
    assert not decide(read_document([page], today=TODAY), EPICENE).files
