"""The date on the line right below a relation's label alone on its line (`FEMME :`, `Son mari :`, `Epouse :`) is that
relative's field, as identity reads it below the labels it knows (`Père :`, `Mère :`, `Conjoint :`, `Époux :`): it
designates no one, but stays a candidate against any other (below_a_relation_label_beside_a_column, 01e0de7 /
5104141). On main, `Patiente : LEGRAND Jeanne` / `FEMME :` / `LEGRAND, né le 02/02/1940` filed the aunt born that day
(a patient LEGRAND Jeanne born 2012 registered too). A label opening that line (`Date de naissance : …`) keeps the date
out, and the patient's own date elsewhere designates as before. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
AUNT = Patient("A1", "LEGRAND", "Jeanne", date(1940, 2, 2), "F")
KID = Patient("K1", "LEGRAND", "Jeanne", date(2012, 6, 9), "F")
HENRI = Patient("H1", "LEGRAND", "Henri", date(1940, 2, 2), "M")


def decision(page: str, patients: list[Patient]):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(patients))


@pytest.mark.parametrize("label", ["FEMME :", "Son mari :", "Mari :", "Epouse :", "Son fils :", "Frère :", "Compagnon :"])
@pytest.mark.parametrize("below", ["LEGRAND, né le 02/02/1940", "LEGRAND, née le 02/02/1940", "LEGRAND   né le 02/02/1940",
                                   "02/02/1940"])
@pytest.mark.parametrize("patients", [[AUNT], [AUNT, KID], [AUNT, KID, HENRI]], ids=["A1", "A1+K1", "A1+K1+H1"])
def test_the_relatives_date_below_the_label_alone_files_no_one(label, below, patients):
    assert not decision(f"Patiente : LEGRAND Jeanne\n{label}\n{below}", patients).files


@pytest.mark.parametrize("page", [
    "Patiente : LEGRAND Jeanne, née le 09/06/2012\nSon mari :\nLEGRAND Paul",
    "Nom : LEGRAND   Prénom : Jeanne\nDate de naissance : 09/06/2012\nSon mari :\nLEGRAND Paul",
])
def test_the_patients_own_date_elsewhere_still_files(page):
    d = decision(page, [AUNT, KID])
    assert d.files and d.patient_ipp == "K1"
