"""A form names its subject in its own fields, then a relative's, a guardian's or a close one's heading alone on its
line, blank lines perhaps, then that person's block of fields: the block is that person's. A junior namesake's
admission sheet whose own date a fax lost (`Nom : LECLERCQ` / `Prénom : Éric` / `` / `Père` / `` / `Nom : LECLERCQ` /
`Prénom : Éric` / `Date de naissance : 29.10.1954`) was filed under his father (review94: 90 of 300 such pages). The
block designates no one, stays a candidate, and its date is not the subject's. A form that opens on such a heading left
empty, the patient's own block below it, still files."""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import identity, matching
from docpipe.models import Patient

TODAY = date(2024, 5, 2)
FATHER = Patient("100231", "LECLERCQ", "Éric", date(1954, 10, 29), "M")
SON = Patient("100234", "LECLERCQ", "Éric", date(1997, 10, 20), "M")
INDEX = matching.RegistryIndex.build([FATHER, SON])


def decide(text: str) -> matching.MatchDecision:
    return matching.decide(identity.read_document([text], TODAY), INDEX)


def admission(heading: str, own_date: str = "", gap: str = "\n", block: str = "") -> str:
    block = block or "Nom : LECLERCQ\nPrénom : Éric\nDate de naissance : 29.10.1954\n"
    return f"FICHE D'ADMISSION\nNom : LECLERCQ\nPrénom : Éric\n{own_date}\n{heading}\n{gap}{block}"


@pytest.mark.parametrize("heading", ["Père", "REPRÉSENTANT LÉGAL", "Personne à prévenir", "Responsable légal"])
@pytest.mark.parametrize("gap", ["", "\n", "\n\n"])
def test_a_namesakes_block_below_the_heading_does_not_file_the_page(heading, gap):
    decision = decide(admission(heading, gap=gap))
    assert not decision.files


@pytest.mark.parametrize("heading", ["Père‘", "REPRÉSENTANT LÉGAL .", "Responsable légal '"])
def test_a_faxs_dust_after_the_heading_keeps_it_a_heading(heading):
    assert not decide(admission(heading)).files


def test_the_block_on_one_line_does_not_file_the_page_either():
    block = "Nom : LECLERCQ Éric\nné(e) le 29-10-1954\n"
    assert not decide(admission("REPRÉSENTANT LÉGAL", block=block)).files


def test_the_subjects_own_date_never_files_the_father():
    """Both named with their dates: never the father; two registry patients on the page go to review."""
    decision = decide(admission("Père", own_date="Date de naissance : 20/10/1997\n"))
    assert not decision.files and decision.rule == "several_patients"


def test_a_form_opening_on_an_empty_close_ones_heading_files_the_block_below():
    """Nothing named above the heading: the form left its close one's fields empty, the block is the patient's."""
    text = "FICHE DE LIAISON\nPersonne à prévenir\n\nNom : LECLERCQ\nPrénom : Éric\nDate de naissance : 29.10.1954\n"
    decision = decide(text)
    assert decision.files and decision.patient_ipp == FATHER.ipp


def test_the_relatives_date_still_contradicts_another_candidate():
    """The block's date is no one's designation, but not excused either: the subject named without his date above it,
    his homonym the only one the block's date fits, the page goes to review rather than to the homonym."""
    other = Patient("100240", "LECLERCQ", "Éric", date(1960, 1, 5), "M")
    index = matching.RegistryIndex.build([FATHER, other])
    decision = matching.decide(identity.read_document([admission("Père")], TODAY), index)
    assert not decision.files
