"""A page that splits the patient's identity over `Nom :` / `Prénom(s) :` fields and prints the insured apart
(`Assurée : KONE Yasmine — <her NIR>`, a child's sheet) names a beneficiary apart: the mother's NIR there is the
insured's, so it neither designates nor contradicts the child (independent corpus s3-039, s4-011: review on main).
The insured's field naming the patient herself, an NIR of a registered person the field does not name, or the NIR
outside the insured's field still go to review. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from tests.support.ins_kit import with_key

TODAY = date(2026, 12, 1)
MOTHERS_NIR = with_key("2700675008320")  # KONE Yasmine, F, June 1970
OTHERS_NIR = with_key("1550675008321")  # MARCHAND Paul, M, June 1955
CHILD = Patient("C1", "BOULANGER", "Nathalie Lucile", date(2017, 1, 1), "F")
BOY = Patient("C2", "GUILLOU", "Léon", date(2013, 9, 3), "M")
MOTHER = Patient("M1", "KONE", "Yasmine", date(1970, 6, 10), "F", ins=MOTHERS_NIR)
TANGUY = Patient("M2", "TANGUY", "Yasmine", date(1970, 6, 10), "F", ins=MOTHERS_NIR)
OTHER = Patient("O1", "MARCHAND", "Paul", date(1955, 6, 2), "M", ins=OTHERS_NIR)
CHILD_BLOCK = "Nom : BOULANGER\n\nPrénom(s) : Nathalie Lucile\n\nNaissance : 01/01/2017\n\n"
BOY_BLOCK = "NOM DE NAISSANCE : GUILLOU\nPRÉNOM : LEON\n\n.Date de naissance : 03/09/2013\nSexe :\n\n"


def decision(page: str, *patients: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(list(patients)))


@pytest.mark.parametrize("page", [
    CHILD_BLOCK + f"N° IPP : C1\nAssurée : Koné Yasmine — {MOTHERS_NIR} :\n\nCompte rendu de consultation\n",
    CHILD_BLOCK + f"Assurée : KONE Yasmine {MOTHERS_NIR}\n",
    CHILD_BLOCK + f"Assurée : KONE Yasmine\nNIR : {MOTHERS_NIR}\n",
    CHILD_BLOCK + f"Assuré(e) : KONE Yasmine — N° SS {MOTHERS_NIR}\n",
])
@pytest.mark.parametrize("registry", [[CHILD], [CHILD, MOTHER], [CHILD, MOTHER, OTHER]])
def test_the_mothers_nir_in_the_insureds_field_files_the_child(page, registry):
    found = decision(page, *registry)
    assert (found.files, found.patient_ipp) == (True, "C1"), found.reason_fr


@pytest.mark.parametrize("registry", [[BOY], [BOY, TANGUY]])
def test_an_empty_sex_field_above_the_insureds_line_takes_none_of_it(registry):
    page = BOY_BLOCK + f"Assurée : TANGUY YASMINE = {MOTHERS_NIR[:13]} {MOTHERS_NIR[13:]}\n\nBON DE TRANSPORT.\n"
    found = decision(page, *registry)
    assert (found.files, found.patient_ipp) == (True, "C2"), found.reason_fr


@pytest.mark.parametrize("page", [
    # the insured's field names the patient herself: the NIR there would be hers, and it does not fit her
    CHILD_BLOCK + f"Assurée : BOULANGER Nathalie — {MOTHERS_NIR}\n",
    # no insured's field: an NIR that does not fit the patient
    CHILD_BLOCK + f"NIR : {MOTHERS_NIR}\n",
    CHILD_BLOCK + f"{MOTHERS_NIR}\n",
])
def test_an_nir_that_does_not_fit_the_patient_outside_another_insureds_field_still_goes_to_review(page):
    found = decision(page, CHILD)
    assert not found.files


@pytest.mark.parametrize("page, registry", [
    (CHILD_BLOCK + f"Assurée : KONE Yasmine — {OTHERS_NIR}\n", [CHILD, MOTHER, OTHER]),
    (BOY_BLOCK + f"Assurée : TANGUY YASMINE = {MOTHERS_NIR}\n", [BOY, MOTHER]),
])
def test_a_registered_persons_nir_under_an_insured_it_does_not_name_still_goes_to_review(page, registry):
    found = decision(page, *registry)
    assert not found.files



# --- review21: a twin's own NIR in the insured's field is no parent's number (it encodes the patient's birth month)
LEA = Patient("T1", "LEROY", "Léa", date(2015, 5, 5), "F")
LEO_NIR = with_key("1150575056123")
LEO = Patient("T2", "LEROY", "Léo", date(2015, 5, 5), "M", ins=LEO_NIR)
LEA_WITH_INS = Patient("T1", "LEROY", "Léa", date(2015, 5, 5), "F", ins=with_key("2150575056124"))


@pytest.mark.parametrize("identity", [
    "Nom : LEROY\nPrénom : Léa\nNé(e) le : 05/05/2015\n",
    "Bénéficiaire : LEROY Léa\nNé(e) le : 05/05/2015\n",
])
@pytest.mark.parametrize("insured", ["Assuré(e) : LEROY Léo — {nir}", "Assuré(e) : LEROY — {nir}",
                                     "Ouvrant droit : LEROY Léo — {nir}"])
@pytest.mark.parametrize("registry", [[LEA, LEO], [LEA], [LEA_WITH_INS, LEO]])
def test_a_twins_nir_in_the_insureds_field_still_goes_to_review(identity, insured, registry):
    found = decision(identity + insured.format(nir=LEO_NIR) + "\n", *registry)
    assert not found.files


@pytest.mark.parametrize("registry", [[LEA], [LEA, MOTHER]])
def test_a_parents_nir_in_the_insureds_field_still_files_the_twin(registry):
    page = "Nom : LEROY\nPrénom : Léa\nNé(e) le : 05/05/2015\n" + f"Assurée : KONE Yasmine — {MOTHERS_NIR}\n"
    found = decision(page, *registry)
    assert (found.files, found.patient_ipp) == (True, "T1"), found.reason_fr
