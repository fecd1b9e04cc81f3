"""A `Patient :` field whose line goes on to introduce a relative (`…, vue avec son frère LEROY Paul`) names the patient
in its own part only: the relative's first name, further on the line, does not make the field his (review10b: the page
of LEROY Louise, his twin, was filed under LEROY Paul on main). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
TWINS = RegistryIndex.build([
    Patient("L1", "LEROY", "Louise", date(1957, 3, 12), "F"),
    Patient("L2", "LEROY", "Paul", date(1957, 3, 12), "M"),
    Patient("M1", "MOREL", "Hugo", date(1955, 6, 1), "M"),
])


def decision(page: str):
    return decide(read_document([page], today=TODAY), TWINS)


@pytest.mark.parametrize("page", [
    "Patient : LEROY, née le 12/03/1957, vue avec son frère LEROY Paul.",
    "Patient : LEROY, née le 12/03/1957, vue avec son cousin LEROY Paul.",
    "Patient : LEROY, née le 12/03/1957, vue avec son ami Paul.",
    "Patient : M. MOREL, né le 01/06/1955. Son frère M. MOREL Hugo est présent.",
])
def test_a_relatives_first_name_further_on_the_line_does_not_make_the_field_his(page):
    d = decision(page)
    assert not d.files or d.patient_ipp not in ("L2", "M1")


def test_the_patients_own_first_name_before_the_relative_still_designates_her():
    d = decision("Patient : LEROY Louise, née le 12/03/1957, vue avec son frère.")
    assert d.files and d.patient_ipp == "L1"
