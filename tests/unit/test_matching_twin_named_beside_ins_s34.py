"""A twin's INS on the other twin's paper (own corpus, fresh seed 421, fax_0056, filed under the INS's holder on main):
`Morel Marie Christine` and the INS of MOREL Linh Marie-Christine, whose twin sister is MOREL Marie-Christine, the
birth date unreadable. By its strict traits (first given name) the page names the twin; the INS names the holder, whose
later given names these are too. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
BODY = "2290456260164"
LINH_INS = BODY + nir.calc_check_digits(BODY)
LINH = Patient("B", "MOREL", "Linh Marie-Christine", date(1929, 4, 2), "F", ins=LINH_INS)
TWIN = Patient("A", "MOREL", "Marie-Christine", date(1929, 4, 2), "F")
INS_SPACED = " ".join([LINH_INS[0], LINH_INS[1:3], LINH_INS[3:5], LINH_INS[5:7], LINH_INS[7:10], LINH_INS[10:13],
                       LINH_INS[13:]])


def decision(text: str, patients: list[Patient]):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(patients))


def test_a_twins_first_name_beside_the_ins_holders_surname_goes_to_review():
    d = decision(f"Morel Marie Christine\n2/A/1929 (95 ans)\nINS {INS_SPACED}\nCompte rendu opératoire.", [LINH, TWIN])
    assert not d.files and "(IPP A)" in d.reason_fr


@pytest.mark.parametrize("text", [
    f"MOREL Linh Marie-Christine\n2/A/1929\nINS {INS_SPACED}\nCompte rendu opératoire.",  # the holder's first name
    f"Morel Marie Christine\n2/A/1929\nINS {INS_SPACED}\nCompte rendu opératoire.",  # no such twin in the registry
])
def test_the_holders_own_names_still_file_by_the_ins(text):
    patients = [LINH, TWIN] if "Linh" in text else [LINH]
    d = decision(text, patients)
    assert d.files and d.patient_ipp == "B"


def test_a_registry_jean_is_not_named_by_the_holders_jean_marc():
    """Second independent corpus s41_009: `GAUTHIER Jean-Marc Michel` and his INS, a GAUTHIER Jean François in the
    registry — `Jean` is the first part of the holder's own first name."""
    body = "1690131128683"
    holder = Patient("G1", "GAUTHIER", "Jean-Marc Michel", date(1969, 1, 3), "M", ins=body + nir.calc_check_digits(body))
    other = Patient("G2", "GAUTHIER", "Jean François", date(1946, 5, 5), "M")
    d = decision(f"GAUTHIER Jean-Marc Michel\nINS {holder.ins}\nFeuille de surveillance.", [holder, other])
    assert d.files and d.patient_ipp == "G1"
