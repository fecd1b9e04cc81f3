"""A number printed with commas (a gray fax reading turns an INS's dots into commas) that find_ins did not read — on the
line below its label, in another column, with spaces after the commas, bare — and that is another registry patient's
INS, key valid, stops the filing: on main a twin's INS so printed below the patient's traits was ignored and the page
filed under her sister (review10b's gen_comma). The patient's own INS so printed, and lab values, change nothing. Pure,
no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from ins_kit import with_key as ins

TODAY = date(2026, 12, 1)




CLAIRE_INS, JULIE_INS = ins("2820375112048"), ins("2820375112061")
CLAIRE = Patient("A1", "MAILLET", "Claire", date(1982, 3, 10), "F", ins=CLAIRE_INS)
JULIE = Patient("T1", "MAILLET", "Julie", date(1982, 3, 10), "F", ins=JULIE_INS)
INDEX = RegistryIndex.build([CLAIRE, JULIE])
TRAITS = "Nom : MAILLET Claire\nNée le 10/03/1982\n"


def commas(number: str, separator: str = ",") -> str:
    groups = [number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]]
    return separator.join(groups)


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    TRAITS + "INS\n" + commas(JULIE_INS),
    TRAITS + "Identifiant national de santé :\n" + commas(JULIE_INS),
    "Nom : MAILLET Claire     INS\nNée le 10/03/1982     " + commas(JULIE_INS),
    TRAITS + "INS : " + commas(JULIE_INS, ", "),
    TRAITS + commas(JULIE_INS),
])
def test_another_patients_ins_printed_with_commas_stops_the_filing(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    TRAITS + "INS\n" + commas(CLAIRE_INS),
    TRAITS + "INS : " + commas(CLAIRE_INS, ", "),
    TRAITS + "Glycémie 1,02 g/L\nCréatinine 78,5 µmol/l",
    TRAITS + "Résultats : " + commas(JULIE_INS[:-2] + "00"),
])
def test_the_patients_own_comma_ins_or_lab_values_still_file(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "A1"
