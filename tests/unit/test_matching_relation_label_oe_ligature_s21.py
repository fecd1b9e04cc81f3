"""`Sa sœur :` is a relation's label as `Sa soeur :` is: fold keeps the ligature `Œ` (one character for one), and the
label's noun was read as capitals A to Z only (review21: `Patiente : LEGRAND Jeanne` / `Sa sœur :` / `LEGRAND, né le
02/02/1940` filed the aunt born that day, a patient LEGRAND Jeanne born 2012 registered too, where the `oe` spelling
goes to review). Every page decides with `œ` as with `oe`. Pure, no I/O."""
import pytest

from docpipe.identity import fold
from docpipe.matching import relation_label
from tests.support.legrand_kit import AUNT, HENRI, KID, decision


@pytest.mark.parametrize("line, expected", [("Sa sœur :", True), ("SŒUR :", True), ("Nom de la sœur :", True),
                                            ("Cœur :", False), ("Sœurs :", False)])
def test_the_ligature_in_a_relation_label(line, expected):
    assert (relation_label(fold(line)) is not None) is expected


@pytest.mark.parametrize("label", ["Sa sœur :", "Sœur :", "Sa sœur :   Tél : 04 74 00 00 00", "Sa sœur :\tAdresse : 3 rue"])
@pytest.mark.parametrize("below", ["LEGRAND, né le 02/02/1940", "LEGRAND Jeanne, née le 02/02/1940",
                                   "LEGRAND Jeanne   02/02/1940", "LEGRAND Henri"])
@pytest.mark.parametrize("top", ["Patiente : LEGRAND Jeanne", "Nom : LEGRAND   Prénom : Jeanne",
                                 "Patient : LEGRAND Henri, né le 02/02/1940"])
@pytest.mark.parametrize("patients", [[AUNT], [AUNT, KID], [AUNT, HENRI]], ids=["A1", "A1+K1", "A1+H1"])
def test_decided_as_the_oe_spelling(label, below, top, patients):
    page = f"{top}\n{label}\n{below}"
    ligature, spelled = decision(page, patients), decision(page.replace("œ", "oe").replace("Œ", "OE"), patients)
    assert (ligature.files, ligature.patient_ipp, ligature.rule) == (spelled.files, spelled.patient_ipp, spelled.rule)


@pytest.mark.parametrize("label", ["Sa sœur :", "Sa sœur :   Tél : 04 74 00 00 00"])
def test_the_sisters_date_below_files_no_aunt(label):
    assert not decision(f"Patiente : LEGRAND Jeanne\n{label}\nLEGRAND, né le 02/02/1940", [AUNT, KID]).files
