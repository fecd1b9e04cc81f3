"""A block under a line that speaks of the legal representative (`Identité du représentant légal`, `Coordonnées de la
représentante légale`), without a possessive, is that person's as well as the subject's: it designates no one
(review39: main filed the representative). The subject's block under its own heading still files. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
INDEX = RegistryIndex.build([Patient("R", "GIRAUD", "Chloé", date(1985, 12, 23), "F"),
                             Patient("E", "GIRAUD", "Louise", date(2015, 3, 3), "F")])
BLOCK = "Nom : GIRAUD\nPrénom(s) : Chloé\nNé(e) le 23/12/1985\nEnfant : Louise"


def decision(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("heading", ["Identité du représentant légal", "IDENTITÉ DU REPRÉSENTANT LÉGAL",
                                     "Coordonnées du représentant légal de l'enfant"])
def test_the_block_under_the_legal_representatives_heading_designates_no_one(heading):
    assert not decision(f"{heading}\n{BLOCK}").files


@pytest.mark.parametrize("heading", ["Identité du patient", "Identité", "Fiche de liaison"])
def test_the_subjects_block_under_its_own_heading_still_files(heading):
    d = decision(f"{heading}\n{BLOCK}")
    assert d.files and d.patient_ipp == "R"


def test_the_representatives_caption_beside_the_patients_is_no_heading():
    """A cost found on the session's probe sets (p3): the column caption `Représentant légal` beside `Patient` leaves
    the patient's block his."""
    d = decision("Patient                       Représentant légal\nNom : GIRAUD                  Nom : GIRAUD\n"
                 "Prénom _ Chloé                Prénom _ Marc\nNé(e) le : 23/12/1985         Tél : 06 12 34 56 78\n")
    assert d.files and d.patient_ipp == "R"


def test_an_empty_representatives_field_among_the_subjects_lines_is_no_heading():
    """A cost found on the session's probe sets (review36's gen10): `Représentant légal : aucun` between the subject's
    birth name and used name."""
    index = RegistryIndex.build([Patient("B1", "BERNARD", "Claire", date(1990, 8, 30), "F", used_name="LEROY")])
    text = ("Nom de naissance : BERNARD\nReprésentant légal : aucun\nNom d'usage : LEROY\nPrénom : Claire\n"
            "Date de naissance : 30/08/1990")
    d = decide(read_document([text], today=TODAY), index)
    assert d.files and d.patient_ipp == "B1"


def test_a_representative_without_legal_qualifier_is_no_heading_here():
    """`Identité du représentant commercial` says nothing of a legal representative: the block files as before."""
    d = decision(f"Identité du représentant commercial\n{BLOCK}")
    assert d.files and d.patient_ipp == "R"
