"""A header's sex letter right after the birth date and before an age in parentheses (`DURAND Claude 03.06.1955 F (67
ans)`) is a sex even when the age fits neither today nor the page's own date (a report of 12/05/2022, when Claude was
66): it was read as no sex, so `M. DURAND Claude, né le 03/06/1955` below filed Claude (M) (review23's residual 4,
session 20). It only contradicts: the date does not become a birth date for it, and an age no one born that day has
reached by today (`02/02/2015 M (48 ans)`, session 21's reviewed test) still says nothing. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
CLAUDE_M = Patient("CM", "DURAND", "Claude", date(1955, 6, 3), "M")
CLAUDE_F = Patient("CF", "DURAND", "Claude", date(1955, 6, 3), "F")


def decision(page: str, *patients: Patient):
    return decide([read_page(page, today=TODAY)], RegistryIndex.build(list(patients)))


def header_date(page: str):
    return read_page(page, today=TODAY).dates[0]


REPORT = "Compte rendu du 12/05/2022\nM. DURAND Claude, né le 03/06/1955\nExamen clinique normal."


@pytest.mark.parametrize("header", [
    "DURAND Claude 03.06.1955 F (67 ans)",  # a year more than on the report's day, less than today
    "DURAND Claude 03.06.1955 F (68 ans)",
    "DURAND Claude 03.06.1955 (F, 67 ans)",
    "DURAND Claude 03.06.1955 Féminin (67 ans)",
])
def test_a_contrary_sex_before_an_unfit_age_goes_to_review(header):
    d = decision(f"{header}\n{REPORT}", CLAUDE_M)
    assert not d.files and d.rule == "contradiction"
    assert any(p["trait"] == "sex" for p in d.evidence["contradictions"])


@pytest.mark.parametrize("header", ["DURAND Claude 03.06.1955 F (67 ans)", "DURAND Claude 03.06.1955 (F, 67 ans)"])
def test_the_letter_is_a_sex_but_the_date_no_birth_date_for_it(header):
    m = header_date(f"{header}\nCompte rendu du 12/05/2022")
    assert m.sex_letter == "F" and m.label == "none"


@pytest.mark.parametrize("header", [
    "DURAND Claude 03.06.1955 M (67 ans)",  # his own sex
    "DURAND Claude 03.06.1955 F (80 ans)",  # an age no one born in 1955 has reached
    "DURAND Claude 03.06.1955 f (67 ans)",  # a small letter may be anything
    "DURAND Claude 03.06.1955 F 67 ans",  # no parentheses: an age that does not fit says nothing, as before
])
def test_his_own_sex_or_no_sex_still_files_him(header):
    d = decision(f"{header}\n{REPORT}", CLAUDE_M)
    assert d.files and d.patient_ipp == "CM"


def test_her_own_sex_before_an_unfit_age_still_files_her():
    d = decision("DURAND Claude 03.06.1955 F (67 ans)\nCompte rendu du 12/05/2022", CLAUDE_F)
    assert d.files and d.patient_ipp == "CF"


def test_an_age_no_one_born_that_day_has_reached_is_no_sex():
    assert header_date("DURAND Léa\n02/02/2015 M (48 ans)").sex_letter is None


@pytest.mark.parametrize("civility, letter, age, patient", [
    ("MADAME", "M", "67", CLAUDE_M),  # the newly read letter agrees with him, the civility does not
    ("MADAME", "M", "71", CLAUDE_M),  # an age that fits: the letter already hid the civility on main
    ("Mme", "M", "66", CLAUDE_M),
    ("MONSIEUR", "F", "67", CLAUDE_F),
    ("M.", "F", "70", CLAUDE_F),
])
def test_a_heading_civility_against_the_letter_still_speaks(civility, letter, age, patient):
    # review24 on 0fbb880: the letter took the civility's place as the date's sex, and the page filed
    d = decision(f"{civility}\nNom : DURAND\nPrénom : Claude\nNé(e) le : 03/06/1955 {letter} ({age} ans)", patient)
    assert not d.files and d.rule == "contradiction"
    assert any("civilité" in p["message"] for p in d.evidence["contradictions"])


@pytest.mark.parametrize("civility, letter, age, patient", [
    ("MONSIEUR", "M", "67", CLAUDE_M), ("MONSIEUR", "M", "71", CLAUDE_M), ("MADAME", "F", "67", CLAUDE_F),
    ("Mme", "F", "71", CLAUDE_F),
])
def test_a_heading_civility_and_a_letter_of_her_sex_still_file(civility, letter, age, patient):
    d = decision(f"{civility}\nNom : DURAND\nPrénom : Claude\nNé(e) le : 03/06/1955 {letter} ({age} ans)", patient)
    assert d.files and d.patient_ipp == patient.ipp
