"""The birth date of a relative named right after `son`/`sa` + a relation word (`Il est accompagné de son fils,
PELLETIER Yann (né le 06 / 05 / 2001), lui-même suivi au cabinet.`), with another first name than the patient's, on a
page that prints the patient's own birth date: it is the relative's, no contradiction (OOD dev seed 211 sent three such
letters to review). A relative bearing the patient's first name, or no own birth date of the patient printed, still
stop the filing; so does a companion who brings the relative (`accompagne son fils`). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
PIERRE = Patient("P1", "PELLETIER", "Pierre", date(1965, 3, 6), "M")
INDEX = RegistryIndex.build([PIERRE, Patient("P2", "PELLETIER", "Yann", date(2001, 5, 6), "M")])
SUBJECT = "Concerne : Monsieur PELLETIER Pierre, né le 06/03/1965\n"


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("sentence", [
    "Il est accompagné de son fils,\nPELLETIER Yann (né le 06 / 05 / 2001), lui-même suivi au cabinet.",
    "Il est accompagné de son épouse, LEROUX STÉPHANIE (née le 20/01/1935), elle-même suivie au cabinet.",
    "Il vient avec sa fille Chauvin NADIA OCEANE (née le 02-01-2011).",
])
def test_a_relatives_own_birth_date_leaves_the_patient_filed(sentence):
    d = decision(SUBJECT + sentence)
    assert d.files and d.patient_ipp == "P1"


@pytest.mark.parametrize("page", [
    SUBJECT + "Il est accompagné de son fils, PELLETIER Pierre (né le 06/05/2001).",
    "Concerne : Monsieur PELLETIER Pierre\nIl est accompagné de son fils, PELLETIER Yann (né le 06/05/2001).",
    "Monsieur PELLETIER Pierre, né le 06/03/1965, accompagne son fils PELLETIER Yann (né le 06/05/2001).",
    SUBJECT + "Il est accompagné de son fils (né le 06/05/2001).",
    SUBJECT + "Son fils PELLETIER Yann (né le 06/05/2001) est vu ce jour.",
    "Concerne : Monsieur PELLETIER Pierre, né le 06.03.1965\nSa fille DURAND Emma (née le 10.10.2010) est vue ce jour.",
])
def test_a_namesake_relative_no_own_date_or_a_companion_still_stop_the_filing(page):
    assert not decision(page).files
