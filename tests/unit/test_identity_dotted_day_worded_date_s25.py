"""A fax reads a speck after the day of a worded birth date as a full stop (`DDN 26. octobre 1941`, independent corpus
dev s601-036: in review on main, « aucun patient ne correspond », the date read nowhere). Behind a printed birth label
the date is read through the dot, digits as printed. Elsewhere the dot is a list's (`3. mars 2021 : sortie`, review31):
no date is read there. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
INDEX = RegistryIndex.build([
    Patient("A1", "AUBRY", "Ronan", date(1941, 10, 26), "M"),
    Patient("Z1", "POIRIER", "Zoé", date(2021, 3, 3), "F"),
])
AUBRY = "Nom de naissance : AUBRY\nPremier prénom : Ronan\n"


def decision(text: str):
    return decide([read_page(text, today=TODAY)], INDEX)


@pytest.mark.parametrize("printed", ["DDN 26. octobre 1941", "DDN : 26.octobre 1941", "Né le 26 . octobre 1941",
                                     "Date de naissance : 26. oct. 1941"])
def test_a_full_stop_after_the_day_of_a_birth_date_is_read_through(printed):
    d = decision(f"{AUBRY}{printed}\n")
    assert d.files and d.patient_ipp == "A1"


def test_the_dot_changes_no_digit():
    assert not decision(f"{AUBRY}DDN 28. octobre 1941\n").files


def test_a_list_item_is_no_date():
    page = "Patiente : POIRIER Zoé\nSéjour :\n1. mars 2021 : entrée\n3. mars 2021 : sortie\n"
    assert [d.value for d in read_page(page, today=TODAY).dates] == []
    assert not decision(page).files
