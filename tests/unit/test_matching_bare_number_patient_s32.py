"""A bare social security number on the line right above the `Patient :` field of an exam voucher (`BON D'EXAMEN —
AYANT DROIT` / `N° de sécurité sociale : 2 79 06 …` / `Patient : YVONNE Picard`, independent corpus s688-031): held
by no registry patient and of a parent's age, it is the insured parent's, as above `Bénéficiaire :` (session 30) — no
contradiction for the child, whom the registry holds without an INS. The near misses still contradict: the number of
another registry patient, a number of no parent's age (her own misread, or someone else's), a line between. Pure."""
from datetime import date

import pytest
from stdnum.fr import nir as stdnum_nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
CHILD = Patient("P1", "PICARD", "Yvonne", date(2010, 1, 8), "F")
PARENT_NIR = "279066901399258"  # a woman born in June 1979: 31 years before the child
VOUCHER = ("BON D'EXAMEN — AYANT DROIT\nCPAM de Aubagne\n\nN° de sécurité sociale : {number}\n{between}"
           "Patient : YVONNE Picard\nDate naiss. : 08.01.2010\n\nCompte rendu d'échographie\n\n"
           "L'examen clinique est sans particularité.\n")


def spaced(nir: str) -> str:
    return f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"


def decision(page: str, *others: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build([CHILD, *others]))


def test_the_parents_number_above_the_patient_field_is_no_contradiction():
    result = decision(VOUCHER.format(number=spaced(PARENT_NIR), between=""))
    assert (result.status, result.patient_ipp) == ("filed", "P1")


def test_the_number_of_another_registry_patient_still_contradicts():
    holder = Patient("M1", "MARTIN", "Sylvie", date(1979, 6, 20), "F", ins=PARENT_NIR)
    assert decision(VOUCHER.format(number=spaced(PARENT_NIR), between=""), holder).status == "review"


@pytest.mark.parametrize("nir", ["208016901399219",  # her year and month: hers, or a twin's — to be checked
                                 "200066901399280"])  # born 2000: no parent of a child born in 2010
def test_a_number_of_no_parents_age_still_contradicts(nir):
    number = nir[:13] + stdnum_nir.calc_check_digits(nir[:13])
    assert decision(VOUCHER.format(number=spaced(number), between="")).status == "review"


def test_a_registry_namesake_of_the_numbers_sex_year_and_month_keeps_the_contradiction():
    """review46's W6: FAURE Jules the son under his father's number; the father, in the registry without an INS, is
    of the number's sex, year and month: the page may be his."""
    son = Patient("S1", "FAURE", "Jules", date(2010, 11, 18), "M")
    father = Patient("F1", "FAURE", "Jules", date(1979, 6, 25), "M")
    compound = Patient("F2", "FAURE", "Jules-Henri", date(1979, 6, 25), "M")  # review49: he may print `FAURE Jules`
    number = "179066901399" + "2"
    number = number[:13] + stdnum_nir.calc_check_digits(number[:13])
    page = VOUCHER.format(number=spaced(number), between="").replace("YVONNE Picard", "FAURE Jules") \
        .replace("08.01.2010", "18.11.2010")
    assert decide(read_document([page], today=TODAY), RegistryIndex.build([son])).files
    assert decide(read_document([page], today=TODAY), RegistryIndex.build([son, father])).status == "review"
    assert decide(read_document([page], today=TODAY), RegistryIndex.build([son, compound])).status == "review"


def test_an_adults_voucher_under_another_persons_number_still_contradicts():
    adult = Patient("A1", "PICARD", "Yvonne", date(2000, 1, 8), "F")
    number = "2700669013992"
    page = VOUCHER.format(number=spaced(number + stdnum_nir.calc_check_digits(number)), between="") \
        .replace("08.01.2010", "08.01.2000")
    assert decide(read_document([page], today=TODAY), RegistryIndex.build([adult])).status == "review"


def test_a_line_between_the_number_and_the_patient_field_still_contradicts():
    page = VOUCHER.format(number=spaced(PARENT_NIR), between="Médecin prescripteur : Dr Paul ROUX\n")
    assert decision(page).status == "review"
