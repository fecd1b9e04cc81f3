"""A compound first name the line's end cut, its hyphen lost or not (`CHAUVEAU Jean` / `Baptiste, né le 28 avril
1955`, `Jean-` / `Baptiste`), names Jean-Baptiste CHAUVEAU as on one line (review on main: no match). Only after the
surname, across exactly one line break, both parts written alike, nothing name-like after the second part on its line,
and the second part no registry surname. Rule-1 guards: a registry Jean CHAUVEAU born the same day makes it review
(on main he was filed); `CHAUVEAU Jean` / `BAPTISTE Paul, né le …` names another person; `Baptiste, né le …` may be a
registered BAPTISTE's. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
JEAN_BAPTISTE = Patient("C1", "CHAUVEAU", "Jean-Baptiste", date(1955, 4, 28), "M")
JEAN_SAME_DAY = Patient("C2", "CHAUVEAU", "Jean", date(1955, 4, 28), "M")
JEAN_OTHER_DAY = Patient("C4", "CHAUVEAU", "Jean", date(1960, 1, 1), "M")
BAPTISTE_PAUL = Patient("P1", "BAPTISTE", "Paul", date(1955, 4, 28), "M")


def decision(page: str, *patients: Patient):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(list(patients)))


@pytest.mark.parametrize("page", [
    "Certificat\nCHAUVEAU Jean\nBaptiste, né le 28 avril 1955",
    "Certificat\nCHAUVEAU Jean-\nBaptiste, né le 28 avril 1955",
    "CHAUVEAU JEAN\nBAPTISTE, NÉ LE 28/04/1955",
    "CHAUVEAU Jean\nBaptiste\nné le 28/04/1955",
    "CHAUVEAU Jean\nBaptiste (né le 28/04/1955)",
    "CHAUVEAU Jean\nBaptiste 28/04/1955",
    "CHAUVEAU Jean\nBaptiste est hospitalisé. Né le 28/04/1955",
])
@pytest.mark.parametrize("registry", [(JEAN_BAPTISTE,), (JEAN_BAPTISTE, JEAN_OTHER_DAY)])
def test_the_compound_first_name_files_across_one_line_break(page, registry):
    d = decision(page, *registry)
    assert d.files and d.patient_ipp == "C1"


def test_a_patient_field_stopping_at_the_first_part_names_the_registered_first_part():
    """The `Patient :` field's value ends with its line (`CHAUVEAU JEAN`): with a Jean CHAUVEAU registered, whatever his
    birth date, the field names him — a contradiction, never a filing."""
    page = "Patient : CHAUVEAU Jean\nBaptiste   Né le : 28/04/1955"
    assert decision(page, JEAN_BAPTISTE).patient_ipp == "C1"
    d = decision(page, JEAN_BAPTISTE, JEAN_OTHER_DAY)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("page", [
    "Certificat\nCHAUVEAU Jean\nBaptiste, né le 28 avril 1955",
    "Certificat\nCHAUVEAU Jean-\nBaptiste, né le 28 avril 1955",
    "CHAUVEAU Jean\nBaptiste 28/04/1955",
    "CHAUVEAU Jean\nBaptiste\nné le 28/04/1955",
    "Patient : CHAUVEAU Jean\nBaptiste   Né le : 28/04/1955",
])
def test_a_homonym_bearing_the_first_part_born_the_same_day_makes_it_review(page):
    assert not decision(page, JEAN_BAPTISTE, JEAN_SAME_DAY).files


@pytest.mark.parametrize("page", [
    "CHAUVEAU Jean\nBaptiste DUPONT, né le 28/04/1955",
    "CHAUVEAU Jean\nBaptiste Paul, né le 28/04/1955",
    "CHAUVEAU Jean\n\nBaptiste, né le 28/04/1955",
    "CHAUVEAU Jean\nBAPTISTE, né le 28/04/1955",
    "Jean\nBaptiste CHAUVEAU, né le 28/04/1955",
    "M. CHAUVEAU Jean\nBaptiste, son fils, né le 28/04/1955",
])
def test_what_is_not_the_first_names_second_part_does_not_join_it(page):
    assert not decision(page, JEAN_BAPTISTE).files


def test_another_persons_surname_opening_the_next_line_stays_that_persons():
    page = "Certificat\nCHAUVEAU Jean\nBAPTISTE Paul, né le 28 avril 1955"
    assert not decision(page, JEAN_BAPTISTE).files
    d = decision(page, JEAN_BAPTISTE, BAPTISTE_PAUL)
    assert d.files and d.patient_ipp == "P1"


def test_a_registered_surname_opening_the_next_line_does_not_join_the_first_name():
    d = decision("Certificat\nCHAUVEAU Jean\nBaptiste, né le 28 avril 1955", JEAN_BAPTISTE, BAPTISTE_PAUL)
    assert not d.files


def test_on_one_line_nothing_changes():
    assert decision("CHAUVEAU Jean Baptiste, né le 28 avril 1955", JEAN_BAPTISTE).patient_ipp == "C1"
    assert not decision("CHAUVEAU Jean Baptiste, né le 28 avril 1955", JEAN_BAPTISTE, JEAN_SAME_DAY).files
    assert decision("CHAUVEAU Jean-Baptiste, né le 28 avril 1955", JEAN_BAPTISTE, JEAN_SAME_DAY).patient_ipp == "C1"


@pytest.mark.parametrize("page", [
    "CHAUVEAU Jean-\nBaptiste, né le 28/04/1955",
    "CHAUVEAU Jean-\n\nBaptiste, né le 28/04/1955",
    "CHAUVEAU Jean-\nPierre, né le 28/04/1955",
    "CHAUVEAU JEAN-\nPIERRE, NÉ LE 28/04/1955",
])
def test_a_hyphen_ending_the_line_goes_on_with_the_first_name(page):
    """`Jean-` / `Pierre` is Jean-Pierre, not Jean, as `Jean-Pierre` on one line (Jean was filed on main)."""
    assert not decision(page, JEAN_SAME_DAY).files


@pytest.mark.parametrize("page", [
    "CHAUVEAU Jean-\nNé le 28/04/1955",
    "M. CHAUVEAU Jean-\nné le 28/04/1955",
    "CHAUVEAU Jean - né le 28/04/1955",
])
def test_a_dash_before_the_birth_label_is_no_compound(page):
    d = decision(page, JEAN_SAME_DAY)
    assert d.files and d.patient_ipp == "C2"


def test_a_hyphenated_first_name_is_the_first_given_name_when_the_registry_says_so():
    marie_helene = Patient("H1", "ROUX", "Marie Hélène", date(1970, 6, 6), "F")
    d = decision("Mme ROUX Marie-\nHélène, née le 06/06/1970", marie_helene)
    assert d.files and d.patient_ipp == "H1"


@pytest.mark.parametrize("page", [
    "CHAUVEAU Jean-\nHomme\nné le 28/04/1955",
    "CHAUVEAU Jean-\nSexe : M\nné le 28/04/1955",
    "CHAUVEAU Jean-\nMonsieur, né le 28/04/1955",
    "CHAUVEAU Jean-\nIPP 12345, né le 28/04/1955",
])
def test_a_label_a_sex_or_a_civility_below_a_hyphen_is_no_second_part(page):
    d = decision(page, JEAN_SAME_DAY)
    assert d.files and d.patient_ipp == "C2"
