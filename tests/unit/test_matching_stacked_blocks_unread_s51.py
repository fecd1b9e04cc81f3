"""Several people's blocks printed as runs of stacked captions, each followed by its values one per line (a PDF's text
layer read cell by cell), one block missing its name (`Nom de naissance` / `Nom d'usage` / `Prénom` / `Date de
naissance` / `Christine` / `13.11.2005`): whose page it is, the page does not say, and the complete block — a mother's,
a father's, a twin's — no longer designates (the helper's 2 928 typed forms of session 51: 389 filed the relative on
main after the same-mention rule). Near-misses: a block under the patient's own heading still designates; an unread
block under another person's heading (`Accompagnant`, `Payeur`) leaves the complete one designating; a used name left
empty is no unread block; the patient's single block still files. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, stacked_blocks_beside_an_unread_one
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("C1", "DESET", "Christine", date(2005, 11, 13), "F"),
    Patient("T1", "DESET", "Camille", date(2005, 11, 13), "F"),
    Patient("M1", "BARRE", "Marie", date(1969, 6, 13), "F", used_name="DESET"),
    Patient("F1", "DESET", "Jean", date(1968, 2, 2), "M"),
])
CAPTIONS = "Nom de naissance\nNom d'usage\nPrénom\nDate de naissance\n"
TAIL = "Motif : toux persistante depuis six semaines.\n"


def page(first_heading: str, first_values: str, second_heading: str, second_values: str) -> str:
    blocks = [f"{first_heading}\n" if first_heading else "", CAPTIONS, first_values,
              f"{second_heading}\n" if second_heading else "", CAPTIONS, second_values]
    return "DEMANDE D'ADMISSION\n" + "".join(blocks) + TAIL


def filed(text: str) -> str | None:
    decision = decide(read_document([text], TODAY, [True]), INDEX)
    return decision.patient_ipp if decision.files else None


@pytest.mark.parametrize("heading", ["", "PATIENT", "Enfant"])
@pytest.mark.parametrize("relative", ["", "Accompagnant", "Payeur", "Contact en cas d'urgence"])
def test_a_complete_block_beside_a_block_without_its_name_designates_no_one(heading, relative):
    text = page(heading, "Christine\n13.11.2005\n", relative, "BARRE\nDESET\nMarie\n13/06/1969\n")
    assert filed(text) is None


def test_the_twins_block_beside_the_childs_without_a_first_name_designates_no_one():
    text = ("DEMANDE D'ADMISSION\nNom de naissance\nPrénom\nDate de naissance\nSexe\nDESET\n13.11.2005\nF\nAutre enfant\n"
            "Nom de naissance\nPrénom\nDate de naissance\nSexe\nDESET\nCamille\n13.11.2005\nF\n" + TAIL)
    assert filed(text) is None


@pytest.mark.parametrize("relative", ["Accompagnant", "Payeur", "Personne à prévenir"])
def test_an_unread_block_under_another_persons_heading_leaves_the_patient_designated(relative):
    text = page("", "DESET\nChristine\n13.11.2005\n", relative, "Jean\n02/02/1968\n")
    assert filed(text) == "C1"


def test_a_block_under_the_patients_own_heading_still_designates():
    text = ("DEMANDE D'ADMISSION\nIdentité du patient\n" + CAPTIONS + "DESET\nChristine\n13.11.2005\nSœur jumelle\n"
            "Nom\nPrénom\nDate de naissance\nDESET\n13.11.2005\n" + TAIL)
    assert filed(text) == "C1"


def test_an_empty_used_name_is_no_unread_block():
    text = page("", "DESET\nChristine\n13.11.2005\n", "", "BARRE\nAlain\n01/01/1960\n")
    assert stacked_blocks_beside_an_unread_one(text) == []


def test_the_patients_single_block_still_files():
    assert filed("DEMANDE D'ADMISSION\n" + CAPTIONS + "DESET\nChristine\n13.11.2005\n" + TAIL) == "C1"
