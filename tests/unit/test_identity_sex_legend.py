"""`Sexe (M/F) : F`: the legend in brackets belongs to the label, not to the value. Pure, no I/O.

The OOD helper's findings (s1-034, s3-013, s5-045, s5-054): the `M` of the legend was read as the patient's sex,
a woman's document went to review as « sexe contraire ».
"""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
INDEX = RegistryIndex.build([Patient("F1", "MOREAU", "Anne", date(1958, 3, 13), "F")])


@pytest.mark.parametrize("text, value", [
    ("Sexe (M/F) : F", "F"), ("SEXE (H/F): F", "F"), ("Sexe (M/F) Féminin |", "FEMININ"),
    ("Sexe (M/F) :\nFéminin", "FEMININ"), ("Sexe : M", "M"),
])
def test_the_sex_legend_is_part_of_the_label(text, value):
    (sex,) = [f for f in read_page(text, today=TODAY).fields if f.kind == "sex"]
    assert sex.value == value


def test_a_womans_sex_field_with_its_legend_files():
    d = decide(read_document(["Nom : MOREAU\nPrénom : Anne\nDate de naissance : 13/03/1958\nSexe (M/F) : F"],
                             today=TODAY), INDEX)
    assert d.files and d.patient_ipp == "F1"


def test_a_contrary_sex_after_the_legend_still_contradicts():
    d = decide(read_document(["Nom : MOREAU\nPrénom : Anne\nDate de naissance : 13/03/1958\nSexe (M/F) : M"],
                             today=TODAY), INDEX)
    assert not d.files and d.status == "review"
