"""A birth date behind its label whose separators survived but some of whose digits a fax made into letters that look
like no digit (`Née le 24/0é/à5.`): the digits read stay in place, and the date contradicts a patient designated
elsewhere only where they differ from his (own fax dev seed 410, FAX0003: page 2's prescription for another woman
lost its date to OCR, and the document was filed under the woman of page 3 on main). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("P1", "FOURNIER", "Christine", date(1963, 2, 22), "F", used_name="POUJOL"),
                             Patient("M1", "MARTIN", "Marie-Thérèse", date(1945, 2, 24), "F")])
DESIGNATED = "Concerne : Mme POUJOL Christine née FOURNIER, née le 22/02/1963\nORDONNANCE\nLÉVOTHYROXINE 75 µg"


def decision_with(page: str):
    return decide(read_document([page, DESIGNATED], today=TODAY), INDEX)


@pytest.mark.parametrize("printed", ["24/0é/à5", "2é/0é/à5", "22/1é/à3", "22/0é/19à4", "3é/02/63"])
def test_a_readable_digit_that_is_not_the_patients_contradicts(printed):
    decision = decision_with(f"Mme MARTIN Marlé-Thérèse\nNée le {printed}.\nOMÉPRAZOLE 20 mg")
    assert not decision.files and decision.rule == "contradiction"
    assert any(c["trait"] == "birth_date" and printed in c["read"] for c in decision.evidence["contradictions"])


@pytest.mark.parametrize("printed", ["22/0é/à3", "2é/02/63", "22/0é/19à3", "22/é2/1963"])
def test_every_readable_digit_in_its_place_is_no_contradiction(printed):
    decision = decision_with(f"Mme POUJOL Christine\nNée le {printed}.\nSuite du traitement.")
    assert decision.files and decision.patient_ipp == "P1"


def test_no_birth_label_no_date_to_hold_against_the_patient():
    decision = decision_with("Mme MARTIN Marlé-Thérèse\nRendez-vous le 24/0é/à5.\nOMÉPRAZOLE 20 mg")
    assert not any(c["trait"] == "birth_date" for c in decision.evidence.get("contradictions", []))
