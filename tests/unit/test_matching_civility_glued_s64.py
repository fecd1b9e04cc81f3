"""A civility that a fax's speck glued to the surname by a hyphen (first corpus s807-026: `J'ai vu en consultation
de suivi Madame-BOUAZIZ Agnès, née le. 25/04/1965`): the surname was read as the second half of a compound name
(`MARTIN-DUVAL` is not DUVAL) and the letter went to review, « aucun patient ». No surname opens on a civility, so
`Madame-BOUAZIZ` is `Madame BOUAZIZ`, with every rule of a name so printed. The single letter `M` stays a possible
initial (`J-M DUPONT`). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
BOUAZIZ = Patient("B01", "BOUAZIZ", "Agnès", date(1965, 4, 25), "F")
BOUAZIZ_TWIN = Patient("B02", "BOUAZIZ", "Inès", date(1965, 4, 25), "F")
DUVAL = Patient("D01", "DUVAL", "Paul", date(1950, 1, 2), "M")
INDEX = RegistryIndex.build([BOUAZIZ, BOUAZIZ_TWIN, DUVAL])


def verdict(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("line", [
    "J'ai vu en consultation de suivi Madame-BOUAZIZ Agnès, née le. 25/04/1965, pour une gonalgie droite.",
    "Objet : Mme-BOUAZIZ Agnès, née le 25/04/1965",
    "Objet : MADAME–BOUAZIZ Agnès, née le 25/04/1965",
    "Patiente : Mademoiselle-BOUAZIZ Agnès\nNée le 25/04/1965",
])
def test_a_civility_glued_by_a_hyphen_is_still_a_civility(line):
    decision = verdict("Cabinet de rhumatologie\n" + line + "\nExamen clinique sans particularité.\n")
    assert (decision.status, decision.patient_ipp) == ("filed", "B01"), decision.reason_fr


def test_the_twin_still_needs_her_first_name():
    decision = verdict("Objet : Madame-BOUAZIZ, née le 25/04/1965\nExamen clinique sans particularité.\n")
    assert decision.status == "review"
    assert {c["ipp"] for c in decision.candidates} >= {"B01", "B02"}


def test_another_birth_date_still_contradicts():
    decision = verdict("Objet : Madame-BOUAZIZ Agnès, née le 25/04/1966\nExamen clinique sans particularité.\n")
    assert decision.status == "review"


@pytest.mark.parametrize("line", [
    "Objet : M. MARTIN-DUVAL Paul, né le 02/01/1950",  # a compound surname is not DUVAL
    "Objet : M. J-DUVAL Paul, né le 02/01/1950",  # nor one opening on an initial
    "Objet : M-DUVAL Paul, né le 02/01/1950",  # `M` may be an initial too
])
def test_a_compound_surname_still_hides_its_second_half(line):
    decision = verdict(line + "\nExamen clinique sans particularité.\n")
    assert decision.status == "review", decision.reason_fr


PARENT = Patient("P01", "MARTIN", "Jean", date(1978, 2, 2), "M")
MOTHER = Patient("P02", "GARCIA", "Sophie", date(1982, 8, 17), "F")
FAMILY = RegistryIndex.build([PARENT, MOTHER, BOUAZIZ])


@pytest.mark.parametrize("rows", [
    "| Qualité | Nom et prénom | Né(e) le |\n| Papa | Mr-MARTIN Jean | 02/02/1978 |\n| Fils | Paul | |",
    "Responsable         Mme-GARCIA Sophie             17/08/1982\nEnfant   Léa   ",
    "| Maman | Madame-GARCIA Sophie | 17/08/1982 |\n| Bébé | Léa | J3 |",
    # the row guard itself, which the spaced forms showed: `Mademoiselle` and a role cell closed by a colon
    "| Maman | Mademoiselle GARCIA Sophie | 17/08/1982 |\n| Bébé | Léa | J3 |",
    "| Papa : | Mr MARTIN Jean | 02/02/1978 |\n| Fils | Paul | |",
    "| Papa : | MARTIN Jean | 02/02/1978 |\n| Fils | Paul | |",
])
def test_a_parents_table_row_stays_a_parents_row(rows):
    """Adversarial review A of the first form (a change to compound-name reading only): the civility glued to the
    parent's surname escaped the relatives' table-row guard, which reads a civility followed by a space, and the
    child's sheet was filed under the parent. Rewritten with a space, the row reads as its spaced form does."""
    decision = decide(read_document(["Fiche de liaison crèche\n" + rows + "\nMotif : fièvre chez l'enfant.\n"],
                                    today=TODAY), FAMILY)
    assert decision.status == "review", decision.reason_fr
