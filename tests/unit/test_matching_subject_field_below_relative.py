"""A relative word closing the line above (`NIR de l'assuré : 2 65 07 …`) does not hide the patient named in an identity
field opening the next line (`Bénéficiaire : N athan COUSIN`): on main the child's care sheet went to review as
« homonymes ou jumeaux » (independent corpus, dev seed 200). Without the field label the name below stays hidden, a
relation word before the name on its own line still hides it, and `Bénéficiaire` is no first name of a person beside
the surname. Pure, no I/O."""
from datetime import date

from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
MOTHER_NIR = "2650767274832" + nir.calc_check_digits("2650767274832")  # the insured, not in the registry
INDEX = RegistryIndex.build([
    Patient("N1", "COUSIN", "Nathan", date(2021, 6, 6), "M"),
    Patient("E1", "COUSIN", "Erwan", date(2021, 6, 6), "M"),  # his twin
    Patient("M1", "DURAND", "Marie", date(1950, 4, 2), "F"),
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


def care_sheet(beneficiary: str) -> str:
    return (f"BON D'EXAMEN — AYANT DROIT\nNIR de l'assuré : {MOTHER_NIR}\nBénéficiaire : {beneficiary}\n"
            "Naissance : 06:06. 2021\nCompte rendu.")


def test_the_beneficiary_below_the_insureds_number_files():
    for beneficiary, ipp in (("N athan COUSIN", "N1"), ("COUSIN Erwan", "E1")):
        d = decision(care_sheet(beneficiary))
        assert d.files and d.patient_ipp == ipp


def test_the_beneficiary_without_a_first_name_is_still_a_pair_of_twins():
    d = decision(care_sheet("COUSIN"))
    assert not d.files and d.rule == "homonyms"


def test_without_a_field_label_the_name_below_the_insured_stays_hidden():
    d = decision(f"NIR de l'assuré : {MOTHER_NIR}\nN athan COUSIN\nNaissance : 06:06. 2021\nCompte rendu.")
    assert not d.files


def test_a_relation_before_the_name_on_its_line_still_hides_it():
    d = decision("NIR de l'assuré : 1 23\nBénéficiaire : sa mère DURAND Marie, née le 02/04/1950\nCompte rendu.")
    assert not d.files
