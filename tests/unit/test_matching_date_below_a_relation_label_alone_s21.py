"""The date on the line right below a relation's label alone on its line (`FEMME :`, `Son mari :`, `Epouse :`) is that
relative's field, as identity reads it below the labels it knows (`Père :`, `Mère :`, `Conjoint :`, `Époux :`): it
designates no one, but stays a candidate against any other (below_a_bare_relation_label, 01e0de7 /
5104141). On main, `Patiente : LEGRAND Jeanne` / `FEMME :` / `LEGRAND, né le 02/02/1940` filed the aunt born that day
(a patient LEGRAND Jeanne born 2012 registered too). A label opening that line (`Date de naissance : …`) keeps the date
out, and the patient's own date elsewhere designates as before. Pure, no I/O."""
import pytest

from tests.support.legrand_kit import AUNT, HENRI, KID, decision


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
