"""An insured's label alone on its line (`Assurée :`, `Ouvrant droit`) takes the next line as its value, the groups of
her NIR not counted as words (`CHEVALIER Chantal Clémence — 2 81 05 35 119 588 26`: ten words), while the care sheet's
subject may be named apart (identity.find_fields): the number is then the insured's, not a contradiction of the child
(independent corpus s655-021, s637-006, clean scans). Where no subject is named apart (`Ouvrant droit` / `Catherine
MOULIN — <NIR>` / `Date de naissance : …`: the insured is the patient, test_matching_insured_number.py) or under
another label (`Médecin prescripteur`), the line stays no value, as on main — review40 lost those when every label
read so. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
CHILD_NIR = "2150656176510" + nir.calc_check_digits("2150656176510")
MOTHER_NIR = "2810535119588" + nir.calc_check_digits("2810535119588")
CHILD = Patient("P1", "PERRIN", "Françoise", date(2015, 6, 1), "F", ins=CHILD_NIR)
MOTHER = Patient("C1", "CHEVALIER", "Chantal Clémence", date(1981, 5, 10), "F", ins=MOTHER_NIR)


def spaced(number: str) -> str:
    return " ".join([number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]])


def sheet(insured_label: str) -> str:
    return (f"Formulaire de consultation\n\nNom de naiss. :\nPERRIN\nPRÉNOM :\nFrançoise\nNaissance :\n01 / 06 / 2015\n"
            f"N° INS :\n{spaced(CHILD_NIR)}\n{insured_label}\nCHEVALIER Chantal Clémence — {spaced(MOTHER_NIR)}\n\n"
            "Médecin traitant : Dr SCHMITT Lucie\n")


@pytest.mark.parametrize("label", ["Assurée :", "Ouvrant droit", "Assuré(e) :"])
@pytest.mark.parametrize("mother_registered", [True, False])
def test_the_insureds_number_below_her_label_no_longer_contradicts_the_child(label, mother_registered):
    registry = [CHILD, MOTHER] if mother_registered else [CHILD]
    d = decide(read_document([sheet(label)], today=TODAY), RegistryIndex.build(registry))
    assert d.files and d.patient_ipp == "P1"


def test_under_a_doctors_label_the_line_stays_no_value():
    page = f"Médecin prescripteur\nPERRIN Françoise 01/06/2015 INS {spaced(CHILD_NIR)}\nCompte rendu."
    d = decide(read_document([page], today=TODAY), RegistryIndex.build([CHILD]))
    assert d.files and d.patient_ipp == "P1"
