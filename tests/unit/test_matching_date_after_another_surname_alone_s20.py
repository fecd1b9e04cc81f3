"""A birth date whose line opens with another surname in capitals, alone or after a civility (`DURAND, née le …`,
`M. DURAND, né le …`), is that person's: a `Nom :` / `Prénom :` pair elsewhere on the page does not take it as the
patient's — it designates no one, but stays a candidate (review23's base residual: `Nom : LY` / `DURAND, née le <her
date>` / `Prénom : Marie` filed LY Marie on main, DURAND Marie born that day registered or not). The patient's own
surname or first name opening that line, or her own date printed apart, still file. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LY = Patient("LY", "LY", "Marie", date(1950, 2, 1), "F")
DURAND = Patient("DM", "DURAND", "Marie", date(1950, 2, 1), "F")
DURAND_LATER = Patient("DM2", "DURAND", "Marie", date(1960, 5, 5), "F")
LY_MARRIED = Patient("LYU", "LY", "Marie", date(1950, 2, 1), "F", used_name="DURAND")


def decision(page: str, patients: list[Patient]):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(patients))


@pytest.mark.parametrize("dated", ["DURAND, née le 01/02/1950", "M. DURAND, né le 01/02/1950",
                                   "Mme DURAND, née le 01/02/1950"])
@pytest.mark.parametrize("registry", [[LY, DURAND], [LY], [LY, DURAND_LATER]], ids=["LY+DM", "LY", "LY+DM2"])
def test_another_surnames_date_designates_no_one(dated, registry):
    d = decision(f"Nom : LY\n{dated}\nPrénom : Marie", registry)
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("page, registry", [
    ("Nom : LY\nLY, née le 01/02/1950\nPrénom : Marie", [LY, DURAND_LATER]),
    ("Nom : LY\nMARIE, née le 01/02/1950\nPrénom : Marie", [LY]),
    ("Nom : LY\nPrénom : Marie\nNée le 01/02/1950\nDURAND, née le 01/02/1950", [LY, DURAND]),
    ("Nom : LY\nDURAND, née le 01/02/1950\nPrénom : Marie", [LY_MARRIED]),
    ("Nom : LY\nPrénom : Marie\nDate de naissance : 01/02/1950", [LY, DURAND_LATER]),
    # a relation's or a label's word in capitals is no surname (rel_s1711's forms)
    ("Nom : LY   Prénom : Marie, née le\n1 février 1950\nEPOUSE Née le : 01/02/1950", [LY, DURAND_LATER]),
    ("Nom : LY\nPrénom : Marie, née le 01/02/1950\nEPOUSE - ne le 01/02/1950", [LY]),
])
def test_her_own_surname_or_date_still_files(page, registry):
    d = decision(page, registry)
    assert d.files and d.patient_ipp == registry[0].ipp
