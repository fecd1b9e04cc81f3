"""A header that prints the sex between the birth date and the age (`02/02/2015 F (11 ans)`, `04/10/1947 (F, 79 ans)`)
still gives a birth date: on e903b52 the sex letter hid it, so a child's page (`DURAND` / `02/02/2015 F (11 ans)`)
carrying her father's INS filed the father by his INS (found by fax18, session 18). Now her date contradicts him.
The patient's own header keeps filing. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from ins_kit import with_key

TODAY = date(2026, 12, 1)
LOUIS = Patient("L1", "DURAND", "Louis", date(1978, 6, 6), "M", ins=with_key("1780675112050"))
INDEX = RegistryIndex.build([LOUIS])
PRINTED_INS = " ".join([LOUIS.ins[0], LOUIS.ins[1:3], LOUIS.ins[3:5], LOUIS.ins[5:7], LOUIS.ins[7:10],
                        LOUIS.ins[10:13], LOUIS.ins[13:]])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("header", [
    "02/02/2015 F (11 ans)", "02/02/2015 (F, 11 ans)", "02/02/2015 - F - 11 ans", "02/02/2015 Sexe : F 11 ans",
    "02/02/2015 Féminin, 11 ans", "02/02/2015 M (11 ans)",
])
def test_a_childs_header_beside_her_fathers_ins_does_not_file_him(header):
    page = f"DURAND\n{header}\nINS : {PRINTED_INS}\nCompte rendu de consultation"
    assert not decision(page).files


@pytest.mark.parametrize("header", ["06/06/1978 M (48 ans)", "06/06/1978 (H, 48 ans)", "06/06/1978 Masculin 48 ans"])
def test_the_patients_own_header_still_files_him(header):
    filed = decision(f"DURAND Louis\n{header}\nINS : {PRINTED_INS}\nCompte rendu de consultation")
    assert filed.files and filed.patient_ipp == "L1"


def test_the_header_alone_names_the_patient_by_his_traits():
    filed = decision("DURAND Louis 06/06/1978 M (48 ans)\nOrdonnance\nParacétamol 1 g")
    assert filed.files and filed.patient_ipp == "L1" and filed.rule == "traits"


def test_a_date_whose_age_does_not_fit_is_no_birth_date():
    reading = read_document(["Consultation du 12/11/2026 M 48 ans"], today=TODAY)
    assert all(m.label != "birth" for m in reading[0].dates)
