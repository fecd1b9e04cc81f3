"""A given name right after `Saint`/`Sainte`/`St` (`Clinique Saint-Pierre SIMON`, `Rue Saint Louis` / `LEROY`) is a
place's word: it gives no one that first name. On main, `Clinique Saint-Pierre SIMON, né le 18 avril 1972` was filed
under SIMON Pierre, twin of SIMON Paul, though no first name is printed (review10, q_saint / r10_st1). The patient's
own first name printed after the place still files; a patient whose surname is SAINT keeps his first name. The twin
the saint's name fits stays a candidate against the one named (`Clinique Saint-Pierre SIMON Paul` → review, as
before). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
PIERRE = Patient("S1", "SIMON", "Pierre", date(1972, 4, 18), "M")
PAUL = Patient("S2", "SIMON", "Paul", date(1972, 4, 18), "M")
INDEX = RegistryIndex.build([PIERRE, PAUL, Patient("X1", "SAINT", "Louis", date(1960, 2, 2), "M")])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Clinique Saint-Pierre SIMON, né le 18 avril 1972",
    "Rue Saint-Pierre\nSIMON\nNé le 18/04/1972",
    "Saint-Paul SIMON 18/04/1972",
    "Nom : Saint-Pierre SIMON\nNé le 18/04/1972",
    "Clinique Saint Pierre SIMON, né le 18/04/1972",
    "Clinique St Pierre SIMON, né le 18/04/1972",
    "Clinique St. Paul SIMON, né le 18/04/1972",
])
def test_a_saints_name_gives_twins_no_first_name(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("Clinique Saint-Pierre\nSIMON Pierre, né le 18 avril 1972", "S1"),
    ("M. SIMON Pierre, né le 18/04/1972\nClinique Saint-Paul", "S1"),
    ("M. SAINT Louis, né le 02/02/1960", "X1"),
])
def test_the_first_name_printed_beside_the_place_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


def test_the_twin_the_saints_name_fits_still_stops_the_filing():
    assert not decision("Clinique Saint-Pierre SIMON Paul, né le 18 avril 1972").files


@pytest.mark.parametrize("page", ["Rue Sainte- Paul SIMON, né le 18/04/1972",
                                  "Résidence St.-Pierre\nSIMON\nNé le 18/04/1972",
                                  "Clinique Ste -Pierre SIMON, né le 18/04/1972"])
def test_a_saints_name_with_a_spaced_or_dotted_hyphen_gives_no_first_name(page):
    """review11's st11_1 gap: only `-` or spaces were read as the saint's separator."""
    assert not decision(page).files
