"""A kinship word ending the line above (`Je vous adresse, à la demande de son fils,` / `M. MARTY Patrick pour bilan.`)
keeps the name below from designating anyone — but that name may be the subject's: a registry patient named there is
another person named, and another patient dated lower down is not filed (review12's kh1: `M. LEROY Louis, né le …,
est présent.` filed LEROY Louis on main, the subject MARTY Patrick hidden). As loose relative words already did, and as
below a person noun (27e042f). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("M1", "MARTY", "Patrick", date(1965, 11, 11), "M"),
                             Patient("L1", "LEROY", "Louis", date(1990, 5, 12), "M"),
                             Patient("C1", "MOREAU", "Léa", date(2015, 7, 7), "F"),
                             Patient("C2", "MOREAU", "Sophie", date(1985, 4, 4), "F")])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Je vous adresse, à la demande de son fils,\nM. MARTY Patrick pour bilan.\nM. LEROY Louis, né le 12/05/1990, est "
    "présent.",
    "Je vous adresse, à la demande de son petit-fils,\nMme MOREAU Sophie, 41 ans, pour une toux.\n"
    "Mme MOREAU Léa, née le 07/07/2015, est présente.",
    "Vu ce jour en présence de sa sœur\nM. MARTY Patrick, que je vois pour une chute.\nPrésent : M. LEROY Louis "
    "(12/05/1990)",
])
def test_a_registry_patient_below_a_kinship_word_stops_another(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "M. LEROY Louis, né le 12/05/1990, vu ce jour accompagné de son fils,\nM. LEROY Paul, pour une toux.",
    "M. LEROY Louis, né le 12/05/1990.\nVu ce jour avec son fils,\nM. DURAND Marc.",
    "M. LEROY Louis, né le 12/05/1990, vu ce jour accompagné de son père,\nM. MARTY Patrick.",
])
def test_a_relative_named_after_the_patient_still_lets_him_file(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "L1"
