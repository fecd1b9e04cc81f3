"""A birth date without a participle (`DDN :`, `Date de naissance :`, a bare date) opening the line right below a
relative's field that names its person by one word (`Son mari : LEGRAND`, `M. LEGRAND`, `Personne à prévenir : LEGRAND`)
may be that person's as well as the patient's: it designates no one, but stays a candidate (ident21's t7: the Jeanne
born that day filed on main, her husband registered or not). The patient's own participle below such a field keeps
main's reviewed reading (files; `Soeur : Mme LEGRAND` / `Né le <his date>`, ident21), as does the patient's date
printed above the relative's field. Pure, no I/O."""
import pytest

from tests.support.legrand_kit import AUNT as A1, HENRI as H1, KID as K1, decision

PATIENT = "Patiente : LEGRAND Jeanne"


@pytest.mark.parametrize("field", ["Son mari : LEGRAND", "Son mari : LEGRAND,", "Son mari : M. LEGRAND",
                                   "Époux : LEGRAND", "Père : LEGRAND", "Sa fille : Mme LEGRAND",
                                   "Personne à prévenir : M. LEGRAND", "Personne à prévenir : DUPONT",
                                   "Son mari : LEGRAND      Tél : 04 74 00 00 00"])
@pytest.mark.parametrize("below", ["DDN : 02/02/1940", "Date de naissance : 02/02/1940"])
@pytest.mark.parametrize("patients", [[A1], [A1, K1], [A1, H1]], ids=["A1", "A1+K1", "A1+H1"])
def test_a_date_below_a_relatives_single_name_designates_no_one(field, below, patients):
    d = decision(f"{PATIENT}\n{field}\n{below}", patients)
    assert not d.files and d.patient_ipp is None


def test_a_forms_block_likewise():
    d = decision("Nom : LEGRAND   Prénom : Jeanne\nSon mari : LEGRAND\nDDN : 02/02/1940", [A1, K1])
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("page", [
    f"{PATIENT}\nDDN : 02/02/1940\nSon mari : LEGRAND",
    f"{PATIENT}, DDN : 02/02/1940\nSon mari : LEGRAND",
    f"{PATIENT}\nSon mari : LEGRAND\nPatiente née le 02/02/1940",
    "Nom : LEGRAND   Prénom : Jeanne\nDDN : 02/02/1940\nSon mari : LEGRAND",
    # d70d638: a label or another column's word is no relative's name (rel_s1711's sex field, col_s1801's cells)
    "Jeanne LEGRAND\nFEMME: DDN :\n02/02/1940",
    f"{PATIENT}              Date : 01/12/2026\n                         Épouse :        Consultation\nné(e) le 02/02/1940",
])
def test_the_patients_own_date_still_files(page):
    d = decision(page, [A1, K1])
    assert d.files and d.patient_ipp == "A1"


def test_her_own_participle_keeps_mains_reading():
    d = decision(f"{PATIENT}\nSon mari : LEGRAND\nnée le 02/02/1940", [A1])
    assert d.files and d.patient_ipp == "A1"
