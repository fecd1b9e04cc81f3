"""Session 70: a registered twin whose first given name is the family's surname (`MICHEL Michel`, twin of `MICHEL
Jean`, born the same day). The guard that sends a page printing a registered twin's first name to review skipped such
a twin — the word is one of the patient's own. Under a doctor's line (`Dr GUYOT` / `MICHEL Michel`), the twin's own
line was then hidden as the doctor's and the page, which names both twins with their date, was filed under the other
one (adversarial review Z, on the base). The surname printed twice in a row names the twin. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
MICHEL = Patient("A01", "MICHEL", "Michel", date(1983, 2, 4), "M")
JEAN = Patient("A02", "MICHEL", "Jean", date(1983, 2, 4), "M")


def decision(text: str, patients: list[Patient]):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(patients))


@pytest.mark.parametrize("head", ["Dr GUYOT", "Docteur GUYOT", "Dr"])
@pytest.mark.parametrize("twin", ["MICHEL Michel", "Michel MICHEL", "MICHEL, Michel"])
def test_a_page_naming_both_twins_goes_to_review(head, twin):
    text = f"{head}\n{twin}\nNé le 04/02/1983\nCompte rendu opératoire.\n\nMICHEL Jean\nNé le 04/02/1983\n"
    verdict = decision(text, [MICHEL, JEAN])
    assert verdict.status == "review"


def test_the_other_twin_s_own_page_is_filed():
    text = "Dr GUYOT\nCompte rendu opératoire.\n\nMICHEL Jean\nNé le 04/02/1983\nSuites simples.\n"
    verdict = decision(text, [MICHEL, JEAN])
    assert verdict.status == "filed" and verdict.patient_ipp == "A02"


def test_a_patient_whose_own_given_names_hold_the_word_is_not_held():
    """`MICHEL Jean Michel` is his own name: the word twice may be his second given name and his surname."""
    jean_michel = Patient("A02", "MICHEL", "Jean Michel", date(1983, 2, 4), "M")
    text = "Dr GUYOT\nCompte rendu opératoire.\n\nM. MICHEL Jean Michel\nNé le 04/02/1983\nSuites simples.\n"
    verdict = decision(text, [MICHEL, jean_michel])
    assert verdict.status == "filed" and verdict.patient_ipp == "A02"
