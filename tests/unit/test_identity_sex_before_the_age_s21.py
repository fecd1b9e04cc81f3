"""The sex a header prints between a birth date and its age (`DURAND Léa` / `02/02/2015 M (11 ans)`) is the sex of the
person born that day: session 18's 40af02a read it only to make the date a birth date, so a `M` under a girl's name
filed her by her traits. It is now the date's sex_letter, which matching already reads as the sex printed after the
birth date (sex_after_birth_date_contradictions): against the registry's sex, review. The matching sex still files;
a small letter, or an age that does not fit the date, is no sex. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LEA = Patient("L1", "DURAND", "Léa", date(2015, 2, 2), "F")
INDEX = RegistryIndex.build([LEA])


def decision(page: str, index: RegistryIndex = INDEX):
    return decide([read_page(page, today=TODAY)], index)


def sex_letters(page: str):
    return [(m.label, m.sex_letter) for m in read_page(page, today=TODAY).dates]


@pytest.mark.parametrize("header, sex", [
    ("02/02/2015 M (11 ans)", "M"), ("02/02/2015 (M, 11 ans)", "M"), ("02/02/2015 - H - 11 ans", "M"),
    ("02/02/2015 Masculin, 11 ans", "M"), ("02/02/2015 Sexe : M 11 ans", "M"), ("02/02/2015 F (11 ans)", "F"),
    ("02/02/2015 (Féminin, 10 ans)", "F"), ("Née le 02/02/2015 F (11 ans)", "F"),
])
def test_the_sex_between_the_date_and_its_age_is_read(header, sex):
    assert sex_letters(f"DURAND Léa\n{header}\nCompte rendu") == [("birth", sex)]


@pytest.mark.parametrize("header", [
    "02/02/2015 M (11 ans)", "02/02/2015 (M, 11 ans)", "02/02/2015 Masculin, 11 ans", "02/02/2015 - H - 11 ans",
    "Née le 02/02/2015 M (11 ans)",
])
def test_a_male_sex_under_a_girls_name_and_birth_date_goes_to_review(header):
    d = decision(f"DURAND Léa\n{header}\nCompte rendu de consultation")
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("header", ["02/02/2015 F (11 ans)", "02/02/2015 (F, 11 ans)", "02/02/2015 Féminin, 11 ans"])
def test_her_own_sex_still_files_her(header):
    d = decision(f"DURAND Léa\n{header}\nCompte rendu de consultation")
    assert d.files and d.patient_ipp == "L1" and d.rule == "traits"


@pytest.mark.parametrize("header", [
    "02/02/2015 m (11 ans)",  # a small letter may be anything
    "02/02/2015 M (48 ans)",  # the age does not fit the date: nothing says the letter is a sex
    "Vue le 02/02/2015 M 11 ans",  # another label's date
])
def test_no_sex_is_read(header):
    assert all(m.sex_letter is None for m in read_page(f"DURAND Léa\n{header}", today=TODAY).dates)


def test_a_relatives_header_of_another_birth_date_does_not_stop_the_patient():
    # the mother's header: her own date, her own sex — nothing against the daughter's page
    d = decision("DURAND Léa née le 02/02/2015\nMère : DURAND Anne 05/05/1985 F (41 ans)\nCompte rendu")
    assert d.files and d.patient_ipp == "L1"
    d = decision("DURAND Léa née le 02/02/2015\nPère : DURAND Marc 05/05/1985 M (41 ans)\nCompte rendu")
    assert d.files and d.patient_ipp == "L1"
