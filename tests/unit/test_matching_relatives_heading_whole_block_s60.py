"""A relatives' heading holds its whole block, not only its first line: under `Identité de la mère`, the used name a
line below the birth name is the mother's too, and designates no one. Pure, no I/O. Session 60 review of a batch split:
a newborn summary's mother page, read alone, was filed under the mother by her used name."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide, headed_name_fields, people_named
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("B1", "PETIT", "Camille", date(1992, 8, 8), "F", used_name="MOREAU"),
                             Patient("B2", "MOREAU", "Nathan", date(2026, 11, 3), "M")])
BLOCK = ("Maternité Saint-Joseph\n{heading}\nNom de naissance : PETIT\nNom d'usage : MOREAU\nPrénom : Camille\n"
         "Date de naissance : 08/08/1992\nGroupe sanguin A+\n")


def decision(text: str):
    return decide(read_document([text], TODAY), INDEX)


@pytest.mark.parametrize("heading", ["Identité de la mère", "Identité de la mère :", "Coordonnées de la mère",
                                     "Identité du père", "Accompagnant"])
def test_the_used_name_below_a_relatives_heading_designates_no_one(heading):
    assert not decision(BLOCK.format(heading=heading)).files


@pytest.mark.parametrize("heading", ["Patiente", "Identité de la patiente"])
def test_the_patients_own_block_still_files(heading):
    assert decision(BLOCK.format(heading=heading)).patient_ipp == "B1"


def test_the_block_ends_where_a_field_comes_again():
    # the mother's block, then the newborn's own fields on the next lines: a `Nom` met again opens another block
    text = ("Identité de la mère\nNom de naissance : PETIT\nNom d'usage : MOREAU\nPrénom : Camille\n"
            "Date de naissance : 08/08/1992\nNom de naissance : MOREAU\nPrénom : Nathan\n")
    reading = read_document([text], TODAY)[0]
    held = headed_name_fields(reading, people_named(reading, INDEX))
    mothers = [f.start for f in reading.fields if (f.kind, f.value) in (("birth_name", "PETIT"), ("used_name", "MOREAU"))]
    assert len(mothers) == 2 and set(mothers) <= held
    newborns = [f.start for f in reading.fields if (f.kind, f.value) == ("birth_name", "MOREAU")]
    assert newborns and not set(newborns) & held
