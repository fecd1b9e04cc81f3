"""A form that prints a `Nom d'usage :` (`Nom marital :`, `Nom usuel :`, `Nom d'épouse :`) sets the used name apart: its
plain `Nom :` is then the birth name, a strict trait. Crossed with the registry's (`Nom d'usage : MARTIN` / `Nom :
DURAND` for MARTIN Marie, used name DURAND) → review (review24's F9: filed on b7879ed). The right order, or `Nom :`
alone, or beside a `Nom de naissance :`, still file. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("W1", "MARTIN", "Marie", date(1950, 2, 1), "F", used_name="DURAND")])
TAIL = "Prénom : Marie\nDDN : 01/02/1950\nBilan annuel."


def decision(head: str):
    return decide(read_document([f"{head}\n{TAIL}"], today=TODAY), INDEX)


@pytest.mark.parametrize("head", [
    "Nom d'usage : MARTIN\nNom : DURAND",
    "Nom : DURAND\nNom d'usage : MARTIN",
    "Nom marital : MARTIN\nNom : DURAND",
    "Nom usuel : MARTIN\nNom : DURAND",
    "Nom d'épouse : MARTIN\nNom : DURAND",
    "Nom : DURAND      Nom d'usage : MARTIN",
])
def test_birth_and_used_names_crossed_go_to_review(head):
    result = decision(head)
    assert not result.files
    assert "c'est le nom de naissance" in result.reason_fr


@pytest.mark.parametrize("head", [
    "Nom : MARTIN\nNom d'usage : DURAND",
    "Nom d'usage : DURAND\nNom : MARTIN",
    "Nom : MARTIN      Nom d'usage : DURAND",
    "Nom : DURAND",
    "Nom de naissance : MARTIN\nNom : DURAND",
    "Nom : DURAND\nNom de naissance : MARTIN",
])
def test_the_names_in_their_places_still_file(head):
    result = decision(head)
    assert result.files and result.patient_ipp == "W1"
