"""A page's valid INS designates its holder even when the birth date beside it could not be read (`Né le 63/12/1938` for
a man born 03/12/1938): the INS is the identity, and so does a year no living person was born in (`1840` for 1940, own
corpus seed 61's fax) — as long as the parts of the date that can be read are the holder's (`27/01/1877`, `27 O1 1977`
for a woman born 10/03/1982 contradict: review10b's c_date3, filed on main).
A date printed plainly in digits (`27 01 1977`) is read, though: when it is not the holder's
birth date, the page may be another person's carrying this INS (review10: filed under MAILLET Claire born 1982 on main).
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INS = "282037511210840"
INDEX = RegistryIndex.build([Patient("M1", "MAILLET", "Claire", date(1982, 3, 10), "F", ins=INS)])


def decision(birth_line: str):
    return decide(read_document([f"Nom : MAILLET Claire\n{birth_line}\nINS : {INS}"], today=TODAY), INDEX)


@pytest.mark.parametrize("birth_line", ["DDN : 27 01 1977", "Date de naissance : 27 . 01 . 1977", "Née le 01 01 77",
                                        # a part no calendar holds leaves the others readable (review10b's c_date3)
                                        "Né le 63/12/1938", "DDN : 31 02 1982", "DDN : 27 O1 1977", "DDN : 2701 1977",
                                        "DDN : 27 01 19 77", "Née le 27/01/1877"])
def test_a_plain_other_birth_date_beside_the_ins_contradicts_its_holder(birth_line):
    d = decision(birth_line)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("birth_line", ["DDN : 10 03 1982", "Né le 63/03/1982", "DDN : 10 13 1982",
                                        "Née le : 10/03/1840", "DDN : 10 O3 1982", "DDN : 1003 1982"])
def test_the_holders_own_date_or_a_date_no_calendar_holds_leaves_the_ins_to_decide(birth_line):
    d = decision(birth_line)
    assert d.files and d.patient_ipp == "M1" and d.rule == "ins"
