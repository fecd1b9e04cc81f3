"""`Sœur jumelle :`, `Frère jumeau :`, `Sa sœur jumelle :` are relation labels as `Sœur :` is (review21's q21j residual:
`Patiente : LEGRAND Jeanne` / `Sœur jumelle :` / `LEGRAND, né le 02/02/1940` filed the Jeanne born that day, a patient
LEGRAND Jeanne born 2012 registered too, where `Sœur :` and `Frère jumeau :` go to review). Every page decides with the
adjective as without it. Pure, no I/O."""
import pytest

from docpipe.identity import fold
from docpipe.matching import relation_label
from tests.support.legrand_kit import AUNT as J1, HENRI as H1, KID as K1, decision


@pytest.mark.parametrize("line, noun", [("Sœur jumelle :", "SŒUR"), ("Sa sœur jumelle :", "SŒUR"),
                                        ("Frère jumeau :", "FRERE"), ("Soeur jumelle : LEGRAND Jeanne", "SOEUR"),
                                        ("Patient jumeau :", None)])
def test_the_twin_adjective_after_the_relation_noun(line, noun):
    label = relation_label(fold(line))
    assert (label.group("noun") if label else None) == noun


@pytest.mark.parametrize("label", ["Sœur jumelle :", "Sa sœur jumelle :", "Soeur jumelle :", "Frère jumeau :"])
@pytest.mark.parametrize("patients", [[J1], [J1, K1]], ids=["J1", "J1+K1"])
def test_the_twins_date_below_files_no_one(label, patients):
    assert not decision(f"Patiente : LEGRAND Jeanne\n{label}\nLEGRAND, né le 02/02/1940", patients).files


@pytest.mark.parametrize("label, plain", [("Sœur jumelle :", "Sœur :"), ("Frère jumeau :", "Frère :"),
                                          ("Sa sœur jumelle :   Tél : 04 74 00 00 00", "Sa sœur :   Tél : 04 74 00 00 00")])
@pytest.mark.parametrize("below", ["LEGRAND, né le 02/02/1940", "LEGRAND Jeanne, née le 02/02/1940", "LEGRAND Henri",
                                   "02/02/1940"])
@pytest.mark.parametrize("top", ["Patiente : LEGRAND Jeanne", "Patient : LEGRAND Henri, né le 02/02/1940"])
@pytest.mark.parametrize("patients", [[J1], [J1, K1], [J1, H1]], ids=["J1", "J1+K1", "J1+H1"])
def test_decided_as_without_the_adjective(label, plain, below, top, patients):
    twin, bare = decision(f"{top}\n{label}\n{below}", patients), decision(f"{top}\n{plain}\n{below}", patients)
    assert (twin.files, twin.patient_ipp) == (bare.files, bare.patient_ipp)


@pytest.mark.parametrize("label", ["Sœur : Mme LEGRAND", "Sa sœur : Mme LEGRAND", "Sœur jumelle : Mme LEGRAND",
                                   "Soeur jumelle : Mme LEGRAND"])
@pytest.mark.parametrize("patients", [[H1], [H1, J1]], ids=["H1", "H1+J1"])
def test_a_contrary_nee_below_such_a_named_field_still_speaks(label, patients):
    """The labels read since 2cf6ff3 / this commit do not silence the contrary `Née le` opening the line below (main's
    below_a_third_partys_line: contradiction), whatever `Soeur : Mme LEGRAND` does on main."""
    d = decision(f"Nom : LEGRAND   Prénom : Henri\n{label}\nNée le 02/02/1940", patients)
    assert not d.files and d.rule == "contradiction"
