"""The patient's surname beside another first name, with no date: another person of that name. Pure, no I/O.

A continuation page whose running header is `DUPONT Paul` belongs to Paul, not to DUPONT Jean whose page 1
identified him; an unregistered twin or a wife named as the patient is, not as a relative (review of
session 5 on 74aa930, review6's p18.py).
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide, problems_against
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
INDEX = RegistryIndex.build([Patient("P01", "DUPONT", "Jean", date(1957, 3, 12), "M"),
                             Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
PAGE_1 = "Patient : DUPONT Jean, né le 12/03/1957\nBilan."


def decision(pages: list[str]):
    return decide(read_document(pages, today=TODAY), INDEX)


@pytest.mark.parametrize("pages", [
    [PAGE_1, "DUPONT Paul\nSuite du compte rendu."],
    [PAGE_1, "DUPONT Anatole\nSuite du compte rendu."],  # a first name no registry patient bears
    [PAGE_1, "M. Paul DUPONT - page 2/2"],
    [PAGE_1, "DUPONT P.\nSuite."],
    [PAGE_1, "DUPONT P .\nSuite."],  # OCR spaced the initial's dot (review6's p20.py)
    [PAGE_1, "Mme DUPONT Marie\nSuite."],
    [PAGE_1, "DUPONT Jean-Pierre\nSuite du compte rendu."],  # a compound that only opens with the patient's name
    [PAGE_1, "DUPONT — Examen\nGlycémie 0,95 g/L"],  # another DUPONT's running header may read so (review50)
    ["Patient : DUPONT Jean, né le 12/03/1957\nVu aussi M. Paul DUPONT pour une toux."],
])
def test_another_first_name_beside_the_surname_goes_to_review(pages):
    d = decision(pages)
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("pages", [
    [PAGE_1, "DUPONT Jean\nSuite du compte rendu."],
    [PAGE_1, "DUPONT\nSuite du compte rendu."],
    [PAGE_1, "Jean DUPONT — Page 2 sur 2\nSuite du compte rendu."],  # a running header (seed 121 doc0035)
    [PAGE_1, "DUPONT Jean - page 2/2\nVu avec son épouse Mme DUPONT Marie."],  # a relative, introduced as one
    ["Patient : DUPONT Jean, né le 12/03/1957\nService de cardiologie, DUPONT Né le 12/03/1957."],
])
def test_the_patients_own_name_or_a_relative_still_files(pages):
    d = decision(pages)
    assert d.files and d.patient_ipp == "P01"


def test_a_label_in_capitals_after_the_surname_is_no_first_name():
    # `DDN` misread `DON` (a fax): against a second reading that reads the identity, nothing is another person.
    jean = INDEX.patients["P01"]
    assert problems_against(jean, read_document(["M. DUPONT Jean DON : 12/03/1957"], today=TODAY), INDEX,
                            any_other_name=True) == []
    assert problems_against(jean, read_document(["M. DUPONT Paul : 12/03/1957"], today=TODAY), INDEX,
                            any_other_name=True) != []


@pytest.mark.parametrize("page_2", ["DUPONT PAUL : suite du compte rendu", "DUPONT PAUL :\nSuite du compte rendu.",
                                    "DUPONT INES : suite du compte rendu"])
def test_a_first_name_in_capitals_before_a_colon_is_still_a_first_name(page_2):
    d = decision([PAGE_1, page_2])
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("pages", [
    [PAGE_1, "Mme DUPONT\nSuite du compte rendu."],
    [PAGE_1, "Madame DUPONT - page 2"],
    ["Patient : DUPONT Jean, né le 12/03/1957\nVu aussi Mme DUPONT pour une toux."],
])
def test_the_opposite_civility_before_the_surname_alone_goes_to_review(pages):
    d = decision(pages)
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("pages", [
    [PAGE_1, "M. DUPONT\nSuite du compte rendu."],
    ["Patient : DUPONT Jean, né le 12/03/1957\nVu avec son épouse Mme DUPONT."],
])
def test_the_patients_civility_or_a_relatives_still_files(pages):
    d = decision(pages)
    assert d.files and d.patient_ipp == "P01"


TWINS = RegistryIndex.build([Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
                             Patient("L2", "LEROY", "Louise", date(2018, 5, 11), "F"),
                             Patient("X2", "MARTIN", "Lucas", date(1950, 1, 1), "M")])


@pytest.mark.parametrize("text", [
    "Jumeaux LEROY Louis et Louise, nés le 11/05/2018\nConsultation commune.",
    "LEROY Louise et Louis\nDDN : 11/05/2018\nVaccins faits.",
    "LEROY Louis / Lucas - 11/05/2018",
    "Enfants LEROY Louis, Lucas, nés le 11/05/2018",  # a comma joins a registry given name
    "Louise et Louis LEROY, nés le 11/05/2018",
])
def test_twins_written_together_go_to_review(text):
    # review6's p26/p27.py: on main, filed under the twin named first.
    d = decide(read_document([text], today=TODAY), TWINS)
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("text", [
    "M. DUPONT Jean et son épouse, né le 12/03/1957",
    "M. DUPONT Jean et Dr MARTIN, né le 12/03/1957",
    "M. DUPONT Jean, Paris, né le 12/03/1957",  # a comma before a word no registry patient bears as a first name
])
def test_a_joiner_before_no_first_name_still_files(text):
    d = decision([text])
    assert d.files and d.patient_ipp == "P01"


def test_a_misread_birth_label_after_the_surname_is_no_first_name():
    # `Né(e) le` read `Nete) le` (seed 61 SCAN0069, filed by its INS on main): nothing against Jean. A first name one
    # letter from NEE stays one (review6's p24.py: `DUPONT Noé(M) 12/03/1957`, `DUPONT Lee) né le …`).
    jean = INDEX.patients["P01"]
    assert problems_against(jean, read_document(["Identité : M. DUPONT Jean - Nete) le 12/03/1957"], today=TODAY),
                            INDEX) == []
    for text in ["DUPONT Noé(M) 12/03/1957", "DUPONT Lee) né le 12/03/1957", "DUPONT Noé) le 12/03/1957",
                 "DUPONT - Paul - né le 12/03/1957"]:
        assert problems_against(jean, read_document([text], today=TODAY), INDEX) != [], text


ONE_TWIN = RegistryIndex.build([Patient("L1", "LEROY", "Louis", date(2018, 5, 11), "M"),
                                Patient("X2", "MARTIN", "Lucas", date(1950, 1, 1), "M")])


@pytest.mark.parametrize("text", [
    "LEROY Louis + Louise, nés le 11/05/2018",
    "LEROY Louis (et Louise), nés le 11/05/2018",
    "Jumeaux LEROY\nLouis et Louise\nnés le 11/05/2018",
    "Nom : LEROY\nPrénoms : Louis, Louise\nNés le 11/05/2018",
])
def test_a_plural_birth_label_names_several_people(text):
    # review6's p28.py: one twin registered, whatever joins the first names, `nés le` says there are two.
    d = decide(read_document([text], today=TODAY), ONE_TWIN)
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("text", ["LEROY Louis, né le 11/05/2018", "LEROY Louis, Né le : 11/05/2018"])
def test_a_singular_birth_label_files(text):
    d = decide(read_document([text], today=TODAY), ONE_TWIN)
    assert d.files and d.patient_ipp == "L1"


@pytest.mark.parametrize("line", ["Patiente : Mme MARTIN Claire née DUPONT Examen du 02/04/2025",
                                  "Patient : DUPONT Jean Consultation du 02/04/2025"])
def test_a_report_header_noun_read_after_the_surname_is_no_first_name(line):
    """Session 34, second independent corpus s53_017: a two-column header read as one line put the right column's
    `Examen du 02/04/2025` after the patient's birth name; `Examen` was taken for another DUPONT's first name."""
    index = RegistryIndex.build([Patient("P01", "DUPONT", "Jean", date(1957, 3, 12), "M"),
                                 Patient("P02", "DUPONT", "Claire", date(1984, 11, 27), "F", used_name="MARTIN")])
    d = decide(read_document([f"{line}\nDate de naissance : "
                              f"{'27-11-1984' if 'Claire' in line else '12/03/1957'}\nÉchographie."], today=TODAY), index)
    assert d.files and d.patient_ipp == ("P02" if "Claire" in line else "P01")


@pytest.mark.parametrize("page", [
    "Patient : DUPONT Jean, né le 12/03/1957\nCompte rendu de M. DUPONT Paul du 02/04/2025",
    # review51: the patient's first name elsewhere on the line (a doctor's, another person's) excuses nothing
    "Patient : DUPONT Jean, né le 12/03/1957\f DUPONT — Examen du 02/04/2025 — Dr Jean LEROY\nSuite.",
    "Patient : DUPONT Jean, né le 12/03/1957\f Jean ROUX — DUPONT Examen du 02/04/2025\nSuite.",
])
def test_a_noun_after_the_surname_with_no_full_name_before_it_still_contradicts(page):
    d = decision(page.split("\f"))
    assert not d.files and d.status == "review"
