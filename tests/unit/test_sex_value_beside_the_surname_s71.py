"""Session 71: a grid form's captions over their values (`Nom de naissance` / `Sexe` over `MOREL : Masculin`, second
corpus s9002_080 and s9003_130): the sex's value beside the surname is no first name of another person of the name,
and the page its INS designates is filed. A first name there still is another person's. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
FREDERIC = Patient("A01", "MOREL", "Frédéric Paul", date(1974, 9, 24), "M", ins="174097249001978")
FORM = ("FICHE DE PRÉ-ADMISSION\n\nIDENTITÉ DU PATIENT\nNom de naissance\nSexe\n{row}\n\n"
        "Premier prénom\nMatricule INS\nFrédéric : 1740972490019 78\nDate de naissance : 24/09/1974\n")


def decision(row: str):
    return decide(read_document([FORM.format(row=row)], today=TODAY), RegistryIndex.build([FREDERIC]))


@pytest.mark.parametrize("row", ["MOREL : Masculin", "MOREL Masculin", "MOREL\nMasculin", "MOREL : MASCULIN"])
def test_the_sex_s_value_beside_the_surname_is_no_first_name(row):
    verdict = decision(row)
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


@pytest.mark.parametrize("row", ["MOREL : Marcel", "MOREL Marcel"])
def test_a_name_beside_the_surname_still_is_another_person_s(row):
    verdict = decision(row)
    assert verdict.status == "review" and "autre personne du même nom" in verdict.reason_fr
