"""A relation's or a relative's field that gives only a civility and the patient's own surname (`Soeur : Mme LEGRAND`,
`Conjoint : Mme LEGRAND`, `Frère : M. LEGRAND`) does not silence a contrary `Née le <his date>` opening the line below
(`below_a_third_partys_line`): a person of his name, born on his day, of the other sex — his twin, who may be the
page's subject. ident20 / review21: `Nom : LEGRAND   Prénom : Henri` / `Soeur : Mme LEGRAND` / `Née le 02/02/1940`
filed Henri on main, his twin sister registered or not, where `Sœur : Mme LEGRAND` goes to review since 6b9266d. A
value naming someone else (another first name, another surname) still carries the date, and the patient's own
participle still files. Pure, no I/O."""
import pytest

from docpipe.matching import names_only_the_patients_surname
from tests.support.legrand_kit import AUNT as J1, HENRI as H1, HOMONYM as H2, KID as K1, decision

HIS_FORM = "Nom : LEGRAND   Prénom : Henri"
HER_FORM = "Nom : LEGRAND   Prénom : Jeanne"


@pytest.mark.parametrize("value, only", [("Mme LEGRAND", True), ("LEGRAND", True), ("Madame LEGRAND", True),
                                         ("MME LEGRAND   TEL : 04 74 00 00 00", True), ("Mme LEGRAND Jeanne", False),
                                         ("Mme DUPONT", False), ("Mme", False), ("", False)])
def test_a_value_naming_only_his_surname(value, only):
    assert names_only_the_patients_surname(value, H1) is only


@pytest.mark.parametrize("field", ["Soeur : Mme LEGRAND", "Sa soeur : Mme LEGRAND", "Soeur : LEGRAND",
                                   "Sœur : Mme LEGRAND", "Soeur : Mme LEGRAND   Tél : 04 74 00 00 00",
                                   "Conjoint : Mme LEGRAND", "Conjointe : Mme LEGRAND", "Epouse : LEGRAND"])
@pytest.mark.parametrize("below", ["Née le 02/02/1940", "Née le 02/02/1940\nLEGRAND Henri, né le 02/02/1940, vu ce jour."])
@pytest.mark.parametrize("patients", [[H1], [H1, J1], [H1, H2]], ids=["H1", "H1+J1", "H1+H2"])
def test_a_contrary_nee_below_his_surname_alone_goes_to_review(field, below, patients):
    d = decision(f"{HIS_FORM}\n{field}\n{below}", patients)
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("patients", [[K1], [K1, J1]], ids=["K1", "K1+J1"])
def test_a_contrary_ne_below_her_surname_alone_goes_to_review(patients):
    d = decision(f"{HER_FORM}\nFrère : M. LEGRAND\nNé le 09/06/2012", patients)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("field", ["Soeur : Mme LEGRAND", "Conjoint : Mme LEGRAND", "Conjointe : Mme LEGRAND"])
@pytest.mark.parametrize("patients", [[H1], [H1, J1]], ids=["H1", "H1+J1"])
def test_his_own_participle_below_still_files_him(field, patients):
    d = decision(f"{HIS_FORM}\n{field}\nNé le 02/02/1940", patients)
    assert d.files and d.patient_ipp == "H1"


def test_her_own_participle_below_her_brothers_field_still_files_her():
    d = decision(f"{HER_FORM}\nFrère : M. LEGRAND\nNée le 09/06/2012", [K1])
    assert d.files and d.patient_ipp == "K1"


@pytest.mark.parametrize("patients", [[H1], [H1, J1]], ids=["H1", "H1+J1"])
def test_a_named_sisters_date_below_files_no_one(patients):
    """`Soeur : Mme LEGRAND Jeanne` / `Née le <his date>`: the date goes on with Jeanne's identity, as on main."""
    assert not decision(f"{HIS_FORM}\nSoeur : Mme LEGRAND Jeanne\nNée le 02/02/1940", patients).files
