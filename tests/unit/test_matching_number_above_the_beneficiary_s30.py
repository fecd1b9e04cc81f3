"""A rights or care sheet prints the number a child's rights open under — the insured parent's — on the line above
`Bénéficiaire :`, under a plain `NIR :` label. Pure, no I/O.

ood-s675-032 and s634-027 (clean 300 dpi): `ATTESTATION DE DROITS` / `NIR : 2 71 08 …` / `Bénéficiaire : JOLY Sylvie` /
`Date naiss. : 21/02/2016` went to review, « INS lu page 1 différent de celui du registre » or « incompatible avec le
sexe ou la date de naissance ». A number no registry patient holds, of another year and month of birth than the
beneficiary's, right above her field, is the insured's: no evidence about her either way.
"""
from datetime import date

import pytest
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from tests.support.ins_kit import with_key

TODAY = date(2026, 12, 3)


MOTHERS = with_key("2710856247488")  # a woman born in August 1971
SYLVIES = with_key("2160256271274")  # the child's own, born February 2016
TWIN_LIKE = with_key("2160256271999")  # another girl born February 2016
SYLVIE = Patient("C1", "JOLY", "Sylvie", date(2016, 2, 21), "F", ins=SYLVIES)
SYLVIE_WITHOUT_INS = Patient("C1", "JOLY", "Sylvie", date(2016, 2, 21), "F")
MOTHER = Patient("M1", "JOLY", "Catherine", date(1971, 8, 3), "F", ins=MOTHERS)


def spaced(number: str) -> str:
    return f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"


def sheet(number_line: str, beneficiary: str = "Bénéficiaire : JOLY Sylvie", between: str = "") -> str:
    return (f"ATTESTATION DE DROITS\nCPAM de Aubagne\n\n{number_line}\n{between}{beneficiary}\n"
            "Date naiss. : 21/02/2016\n\nDemande d'avis spécialisé\nL'examen clinique est sans particularité.")


def decision(text: str, patients: list[Patient]):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(patients))


@pytest.mark.parametrize("number_line", [f"NIR : {spaced(MOTHERS)}", f"N° d'immatriculation : {MOTHERS}",
                                         f"N° SS : {MOTHERS}"])
@pytest.mark.parametrize("child", [SYLVIE, SYLVIE_WITHOUT_INS])
@pytest.mark.parametrize("beneficiary", ["Bénéficiaire : JOLY Sylvie",
                                         "Patient : JOLY Sylvie"])  # `Patient :` for a dated minor: session 32
def test_the_insureds_number_above_the_beneficiary_no_longer_stops_filing(number_line, child, beneficiary):
    d = decision(sheet(number_line, beneficiary), [child])
    assert d.files and d.patient_ipp == "C1"


def test_a_number_of_the_beneficiarys_year_and_month_is_still_checked_against_her():
    d = decision(sheet(f"NIR : {spaced(TWIN_LIKE)}"), [SYLVIE])  # hers misread, or a twin sister's
    assert not d.files and d.status == "review"


def test_a_registered_patients_number_above_the_beneficiary_still_goes_to_review():
    d = decision(sheet(f"NIR : {spaced(MOTHERS)}"), [SYLVIE, MOTHER])  # nobody can tell whose sheet it opens
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("text", [
    sheet(f"NIR : {spaced(MOTHERS)}", between="Médecin traitant : Dr Paul MOREL\n"),  # not the line above her field
    sheet(f"NIR : JOLY Catherine {spaced(MOTHERS)}"),  # a name on the number's line
    sheet(f"NIR : {spaced(MOTHERS)}", beneficiary="Médecin : JOLY Sylvie"),  # no beneficiary's field
    sheet(f"INS : {spaced(MOTHERS)}"),  # an INS label: the page's patient's
    "Bénéficiaire : JOLY Sylvie\nDate naiss. : 21/02/2016\nNIR : " + spaced(MOTHERS),  # below her field
])
def test_a_number_elsewhere_still_contradicts_the_beneficiary(text):
    d = decision(text, [SYLVIE_WITHOUT_INS])
    assert not d.files and d.status == "review"
