"""`CARVALHO ép. DUFOUR Denise`: the surname before `ép.`, `épouse`, `veuve` is the person's birth name, the one after
it her used name (RNIV: the birth name first). A patient whose birth name is not the one printed there is not this
person, however exactly her surname, first name and birth date follow (third corpus s70: DUFOUR Denise, born the same
day as CARVALHO ép. DUFOUR Denise, held CARVALHO's page in review). Fictitious people. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
MARRIED = Patient("C1", "CARVALHO", "Denise, Louise", date(1931, 10, 25), "F", used_name="DUFOUR")
NAMESAKE = Patient("D1", "DUFOUR", "Denise", date(1931, 10, 25), "F")
MARRIED_PAGE = ("CENTRE HOSPITALIER\nCARVALHO ép. DUFOUR Denise\nNée le 25/10/1931  Sexe : F\n"
                "Compte rendu de consultation\n")


def decision(page: str, *patients: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(list(patients)))


def test_the_married_patient_is_filed_though_a_namesake_bears_her_used_name_as_birth_name():
    d = decision(MARRIED_PAGE, MARRIED, NAMESAKE)
    assert d.files and d.patient_ipp == "C1"


def test_the_namesake_alone_registered_is_not_filed_under_anothers_birth_name():
    d = decision(MARRIED_PAGE, NAMESAKE)
    assert not d.files and "« CARVALHO »" in d.reason_fr


def test_without_the_birth_name_printed_the_used_name_still_designates_both():
    d = decision("CENTRE HOSPITALIER\nDUFOUR Denise\nNée le 25/10/1931  Sexe : F\n", MARRIED, NAMESAKE)
    assert not d.files and "C1" in d.reason_fr and "D1" in d.reason_fr


def test_her_birth_name_before_her_used_name_files_her():
    widow = Patient("M1", "MARTIN", "Léa", date(1960, 5, 4), "F", used_name="DURAND")
    for marker in ("ép.", "épouse", "veuve", "Vve"):
        d = decision(f"Mme MARTIN {marker} DURAND Léa, née le 04/05/1960\nVue ce jour en consultation.\n", widow)
        assert d.files and d.patient_ipp == "M1", marker


def test_an_unregistered_married_womans_page_is_not_filed_under_the_registered_namesake():
    registered = Patient("M2", "MARTIN", "Léa", date(1960, 5, 4), "F")
    d = decision("Mme DURAND ép. MARTIN Léa, née le 04/05/1960\nVue ce jour en consultation.\n", registered)
    assert not d.files and "« DURAND »" in d.reason_fr


def test_the_birth_name_before_her_first_name_and_the_marker_contradicts_too():
    d = decision("Mme CARVALHO Denise ép. DUFOUR, née le 25/10/1931\nVue ce jour.\n", NAMESAKE)
    assert not d.files and "« CARVALHO »" in d.reason_fr


def test_a_surname_across_a_columns_gap_is_no_birth_name():
    """A reviewer's g01: the right column says only « Vve DUFOUR Denise », which fits both."""
    d = decision("Référente : Mme CARVALHO            Vve DUFOUR Denise\nNée le 25/10/1931\n", MARRIED, NAMESAKE)
    assert not d.files


def test_a_label_or_heading_before_the_marker_is_no_birth_name():
    for page in ("Nom épouse : DUFOUR Denise\nNée le 25/10/1931\n", "Résident Vve DUFOUR Denise née le 25/10/1931\n",
                 "Dame veuve DUFOUR Denise\nNée le 25/10/1931\n",
                 "SERVICE DE GERIATRIE Vve DUFOUR Denise\nNée le 25/10/1931\n",
                 "TVP EP DUFOUR Denise, née le 25/10/1931\n", "Mmc ép. DUFOUR Denise, née le 25/10/1931\n"):
        d = decision(page, NAMESAKE)
        assert d.files and d.patient_ipp == "D1", page


def test_a_relatives_line_does_not_contradict_the_patient_named_above():
    daughter = Patient("F1", "DUFOUR", "Marie", date(1960, 3, 12), "F")
    d = decision("Patiente : DUFOUR Marie, née le 12/03/1960\nAidant principal : CARVALHO ép. DUFOUR Marie (mère)\n",
                 daughter)
    assert d.files and d.patient_ipp == "F1"


def test_a_particle_name_written_joined_is_her_own():
    legall = Patient("G1", "LE GALL", "Anne", date(1970, 2, 1), "F", used_name="MARTIN")
    d = decision("Mme LEGALL ép. MARTIN Anne, née le 01/02/1970\nVue ce jour.\n", legall)
    assert d.files and d.patient_ipp == "G1"
