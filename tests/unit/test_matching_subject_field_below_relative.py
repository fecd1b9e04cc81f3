"""A care sheet: the insured's number on one line (`NIR de l'assuré : 2 65 07 …`), the beneficiary on the next
(`Bénéficiaire : N athan COUSIN`). The word `assuré` above no longer hides the beneficiary: on main the sheet went to
review as « homonymes ou jumeaux » (independent corpus, dev seed 200). Only that layout: a `Nom :` block under a
relative's heading, or an insured's line naming a relation (`NIR de l'assuré (mère)`) keep hiding the name, as on main
(review8's early warning on the first draft). Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
MOTHER_NIR = "2850475112050" + nir.calc_check_digits("2850475112050")
INSURED_NIR = "2650767274832" + nir.calc_check_digits("2650767274832")  # a mother the registry does not hold
INDEX = RegistryIndex.build([
    Patient("N1", "COUSIN", "Nathan", date(2021, 6, 6), "M"),
    Patient("E1", "COUSIN", "Erwan", date(2021, 6, 6), "M"),  # his twin
    Patient("S1", "MOREAU", "Sophie", date(1985, 4, 4), "F", ins=MOTHER_NIR),  # a mother, registered
    Patient("V1", "NGUYEN", "Van", date(1950, 12, 25), "M"),  # a husband, registered
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


def care_sheet(beneficiary: str, insured_line: str = "NIR de l'assuré", number: str = INSURED_NIR) -> str:
    return (f"BON D'EXAMEN — AYANT DROIT\n{insured_line} : {number}\nBénéficiaire : {beneficiary}\n"
            "Naissance : 06:06. 2021\nCompte rendu.")


@pytest.mark.parametrize("beneficiary, ipp", [("N athan COUSIN", "N1"), ("COUSIN Erwan", "E1"),
                                              ("M. COUSIN Nathan", "N1")])
def test_the_beneficiary_below_the_insureds_number_files(beneficiary, ipp):
    d = decision(care_sheet(beneficiary))
    assert d.files and d.patient_ipp == ipp


def test_the_beneficiary_without_a_first_name_is_still_a_pair_of_twins():
    d = decision(care_sheet("COUSIN"))
    assert not d.files and d.rule == "homonyms"


@pytest.mark.parametrize("page", [
    f"NIR de l'assuré : {INSURED_NIR}\nN athan COUSIN\nNaissance : 06:06. 2021",  # no beneficiary label
    f"Enfant : Emma, 5 ans\nNIR de l'assuré (mère) : {MOTHER_NIR}\nNom : MOREAU   Prénom : Sophie\nDDN : 04/04/1985",
    "Enfant : Emma, 5 ans\nPersonne à prévenir (mère)\nNom : MOREAU   Prénom : Sophie\nNaissance : 04/04/1985",
    "NGUYEN, 14-02-1952\nPersonne à prévenir (mari)\nNom de naissance : NGUYEN  Prénom : Van\nNaissance : 25 décembre 1950",
])
def test_a_relatives_block_keeps_hiding_the_name(page):
    assert not decision(page + "\nORDONNANCE").files


def test_an_insureds_line_naming_a_relation_keeps_hiding_the_beneficiary():
    assert not decision(care_sheet("N athan COUSIN", insured_line="NIR de l'assuré (mère)")).files


def test_a_registered_patients_number_on_the_insureds_line_still_goes_to_review():
    assert not decision(care_sheet("N athan COUSIN", number=MOTHER_NIR)).files


def patient_sheet(label: str, insured_line: str = "NIR de l'assuré") -> str:
    """The independent corpus's care sheet (s622-014, s628-017): the insured named, her number, then `Patient :`."""
    return (f"FEUILLE DE SOINS\nAssuré(e) : Sophie MOREAU\n\n{insured_line} : {INSURED_NIR}\n{label} Nathan COUSIN\n\n"
            "Date naiss. : 06.06.2021\nCompte rendu.")


@pytest.mark.parametrize("label", ["Patient :", "Patient(e) :", "‘Patient :", "PATIENT:"])
def test_a_patient_label_below_the_insureds_number_files_as_a_beneficiary_does(label):
    d = decision(patient_sheet(label))
    assert d.files and d.patient_ipp == "N1"


@pytest.mark.parametrize("label, insured_line", [("Nom :", "NIR de l'assuré"), ("Patient :", "NIR de l'assuré (mère)"),
                                                 ("Enfant :", "NIR de l'assuré")])
def test_other_labels_or_a_relations_insured_line_keep_hiding_the_name(label, insured_line):
    assert not decision(patient_sheet(label, insured_line)).files
