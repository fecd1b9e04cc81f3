"""A hyphenated first name is one first name: `Jean-Marie` is not Jean, `Jean-Pierre` is not Pierre, in a `Prénom :`
field or before the surname as it already was after it (`CHAUVEAU Jean-Marie`, README rule). review24's F8: with the
registry holding only the Jean (or the Pierre, the Marie), each page below filed him or her on b7879ed; the Jean-Marie
it names may be a twin or a namesake not registered yet → review. The registry's own compound, or a second given name
the registry holds after the first (`Jean Marie`), still files. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
BORN = date(1950, 2, 1)


def decision(page: str, first_names: str, surname: str = "CHAUVEAU", sex: str = "M"):
    index = RegistryIndex.build([Patient("P1", surname, first_names, BORN, sex)])
    return decide(read_document([page], today=TODAY), index)


@pytest.mark.parametrize("page, first_names, surname, sex", [
    ("Nom : CHAUVEAU\nPrénom : Jean-Marie\nNé le : 01/02/1950", "Jean", "CHAUVEAU", "M"),
    ("NOM : CHAUVEAU   PRÉNOM : JEAN-MARIE\nDDN : 01/02/1950", "Jean", "CHAUVEAU", "M"),
    ("Nom de naissance : CHAUVEAU\nPrénom : Jean-Baptiste\nNé le : 01/02/1950", "Jean", "CHAUVEAU", "M"),
    ("M. Jean-Pierre CHAUVEAU, né le 01/02/1950", "Pierre", "CHAUVEAU", "M"),
    ("Jean-Pierre CHAUVEAU 01/02/1950", "Pierre", "CHAUVEAU", "M"),
    ("Patient : Jean-Pierre CHAUVEAU\nDDN : 01/02/1950", "Pierre", "CHAUVEAU", "M"),
    ("Mme Anne-Marie DURAND, née le 01/02/1950", "Marie", "DURAND", "F"),
    ("Nom : DURAND\nPrénom : Marie-Claire\nNée le : 01/02/1950", "Marie", "DURAND", "F"),
    ("Nom : DURAND\nPrénom : Anne-Sophie\nNée le : 01/02/1950", "Anne Claire", "DURAND", "F"),
])
def test_a_compound_first_name_is_not_one_of_its_parts(page, first_names, surname, sex):
    assert not decision(page, first_names, surname, sex).files


@pytest.mark.parametrize("page, first_names, surname, sex", [
    ("Nom : CHAUVEAU\nPrénom : Jean-Marie\nNé le : 01/02/1950", "Jean-Marie", "CHAUVEAU", "M"),
    ("Nom : CHAUVEAU\nPrénom : Jean-Marie\nNé le : 01/02/1950", "Jean Marie", "CHAUVEAU", "M"),
    ("M. Jean-Pierre CHAUVEAU, né le 01/02/1950", "Jean-Pierre", "CHAUVEAU", "M"),
    ("M. CHAUVEAU Pierre, né le 01/02/1950", "Pierre", "CHAUVEAU", "M"),
    ("Nom : DURAND\nPrénom : Marie\nNée le : 01/02/1950", "Marie", "DURAND", "F"),
    ("Mme DURAND - Marie, née le 01/02/1950", "Marie", "DURAND", "F"),
    ("Nom : DURAND\nPrénom : Anne-Sophie\nNée le : 01/02/1950", "Anne Sophie", "DURAND", "F"),
])
def test_her_own_compound_or_her_own_given_names_still_file(page, first_names, surname, sex):
    result = decision(page, first_names, surname, sex)
    assert result.files and result.patient_ipp == "P1"
