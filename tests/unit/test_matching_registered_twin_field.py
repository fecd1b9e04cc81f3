"""A registered twin's first given name printed on the page as a name of its own sends a filing by traits to
review (review41, session 29: `Prénoms . Mathis` behind a garbled label, then `Prénom : Minh` in a block whose heading
was lost, filed the twin Minh on main). A doctor who only bears the twin's first name, a place named after it, the INS
printed, or a twin absent from the registry change nothing. Pure, no I/O."""
from datetime import date

from stdnum.fr import nir

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
MATHIS_INS = "1261175123456" + nir.calc_check_digits("1261175123456")
INDEX = RegistryIndex.build([
    Patient("P", "MEAUX", "Mathis", date(2026, 11, 6), "M", ins=MATHIS_INS),
    Patient("T", "MEAUX", "Minh", date(2026, 11, 6), "M"),
    Patient("F", "MEAUX", "Noé", date(1994, 10, 28), "M"),
])


def decision(page: str, index: RegistryIndex = INDEX):
    return decide([read_page(page, today=TODAY)], index)


def test_the_twins_first_name_field_below_the_patients_block_sends_to_review():
    page = ("Fiche d'admission\nNom de naissance : MEAUX\niPrénoms . Mathis\nDDN . 06/11/2026\n"
            "Prénom: Minh\nDate de naissance . 06/11/2026\n")
    d = decision(page)
    assert not d.files
    assert "jumeau inscrit" in d.reason_fr


def test_a_doctor_bearing_the_twins_first_name_changes_nothing():
    d = decision("Dr Minh TRAN\nPédiatre\n\nNom : MEAUX\nPrénom : Mathis\nDate de naissance : 06/11/2026\n")
    assert d.files and d.patient_ipp == "P"


def test_a_place_named_after_the_twins_first_name_changes_nothing():
    index = RegistryIndex.build([Patient("P", "SIMON", "Pierre", date(1972, 4, 18), "M"),
                                 Patient("T", "SIMON", "Paul", date(1972, 4, 18), "M")])
    d = decision("M. SIMON Pierre, né le 18/04/1972\nClinique Saint-Paul\n", index)
    assert d.files and d.patient_ipp == "P"


def test_a_staff_members_name_that_is_the_twins_first_name_changes_nothing():
    """`Dr Robert ROBERT, interne` on SIMON Maëlys's summary, her twin SIMON Robert registered (own corpus s241)."""
    index = RegistryIndex.build([Patient("P", "SIMON", "Maëlys Manon", date(2006, 8, 30), "F"),
                                 Patient("T", "SIMON", "Robert Joseph", date(2006, 8, 30), "M")])
    d = decision("Nom de jeune fille : SIMON\nPrénom(s) : Maëlys\nDate de naiss. : 30 août 2006\nSexe : F\n\n"
                 "Compte rendu d'hospitalisation.\n\nDr Robert ROBERT, interne\n", index)
    assert d.files and d.patient_ipp == "P"


def test_the_twins_first_name_alone_in_a_sentence_sends_to_review():
    d = decision("Nom : MEAUX\nPrénom : Mathis\nDate de naissance : 06/11/2026\nMinh est vu avec lui ce jour.\n")
    assert not d.files


def test_the_printed_ins_tells_the_twins_apart():
    d = decision(f"Nom : MEAUX\nPrénom : Mathis\nDate de naissance : 06/11/2026\nINS : {MATHIS_INS}\n"
                 "Minh est vu avec lui ce jour.\n")
    assert d.files and d.patient_ipp == "P"


def test_a_twin_absent_from_the_registry_is_left_to_the_other_rules():
    index = RegistryIndex.build([Patient("P", "MEAUX", "Mathis", date(2026, 11, 6), "M")])
    d = decision("Nom : MEAUX\nPrénom : Mathis\nDate de naissance : 06/11/2026\nMédecin : Dr Minh TRAN\n", index)
    assert d.files and d.patient_ipp == "P"
