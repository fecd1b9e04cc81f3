"""A doctor's surname that is also a kin prefix (`PETIT`, `BELLE`…) written in title case and closed by a spaced dash
(`Dr Olivier Petit — ORL`) ends a person's name; it opens no relation. Own corpus seed 891 (IMG0009): a side column's
`Dr Olivier Petit — ORL` above `Date de naissance : 25/8/1984` made `ORL` a relative born the patient's day (« jumeau
? »). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, a_surname_not_a_kin_prefix, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("M1", "MOREAU", "Denise Alice", date(1984, 8, 25), "F")])
SIDE_COLUMN = ("Centre hospitalier de Valmont\nNOM : Moreau\nService de oto-rhino-laryngologie\n"
               "Dr Daniel Berger — ORL\nPrénom : Denise\n{doctor}\nDate de naissance : 25/8/1984\n"
               "36 rue Victor Hugo\nsexe : F\n\nCOMPTE RENDU DE CONSULTATION\nUne baisse d'audition gauche.")


def reading(text: str):
    return read_document([text], today=TODAY, typed=[False])


@pytest.mark.parametrize("doctor", ["Dr Olivier Petit — ORL", "Dr Olivier Belle - ORL", "Dr O. Petit – ORL"])
def test_a_doctors_title_case_surname_closed_by_a_dash_names_no_relative(doctor):
    d = decide(reading(SIDE_COLUMN.format(doctor=doctor)), INDEX)
    assert d.files and d.patient_ipp == "M1"


@pytest.mark.parametrize("text, word", [
    ("Dr Olivier Petit — ORL", "PETIT"),
    ("M. Paul Beau, médecin traitant", "BEAU"),
    ("Copie : Dr Anne Belle\nObjet : consultation", "BELLE"),
])
def test_the_surname_is_read_as_a_surname(text, word):
    page = reading(text)[0]
    i = next(n for n, t in enumerate(page.tokens) if t.key == word)
    assert a_surname_not_a_kin_prefix(page, i)


@pytest.mark.parametrize("text, word", [
    ("Vue avec Mme Anne Petit — fils de la patiente", "PETIT"),  # a kinship noun after the dash
    ("Vue avec son Petit — Luc", "PETIT"),  # no civility and first name before it
    ("Vue avec Mme Anne Petite-fille", "PETITE"),  # a hyphen glued: a compound
    ("Vue avec M. Paul Beau\nPère de la patiente", "BEAU"),  # the line below opens on a kinship noun
])
def test_near_misses_still_open_a_relation(text, word):
    page = reading(text)[0]
    i = next(n for n, t in enumerate(page.tokens) if t.key == word)
    assert not a_surname_not_a_kin_prefix(page, i)


def test_a_side_column_doctor_without_the_dash_still_makes_the_line_below_a_relatives():
    """`Dr Olivier Petit` / `Fils : Luc MOREAU, né le 25/8/1984`: the kinship noun below keeps its relation."""
    text = SIDE_COLUMN.format(doctor="Dr Olivier Petit\nFils : Luc MOREAU, né le 25/8/1984")
    assert not decide(reading(text), INDEX).files


BRIAC = RegistryIndex.build([Patient("B1", "BRIAC", "Jean-Pierre Henri", date(1950, 11, 13), "M")])
IMAGING = ("CENTRE D'IMAGERIE MÉDICALE LIMOGES\nRadiologie — Échographie — Scanner — IRM\n{above}\n"
           "M. BRIAC Jean-Pierre (né le 13 novembre 1950)\nDemandé par Dr Aymeric LAMBERT — examen réalisé le "
           "22 janvier 2024\nSCANNER THORACIQUE SANS INJECTION")


@pytest.mark.parametrize("above", ["Dr CHAREL Jean — Dr LEROY Isabelle — Dr PETIT Marie", "Dr BELLE Anne",
                                   "Docteur Petit Marie"])
def test_a_kin_prefix_right_after_a_doctors_title_is_a_surname(above):
    """ood4 seed 32 courrier_030: `Dr PETIT Marie` ending the letterhead's line hid the patient below as a relative."""
    d = decide(reading(IMAGING.format(above=above)), BRIAC)
    assert d.files and d.patient_ipp == "B1"


@pytest.mark.parametrize("above", ["Vu ce jour avec son petit", "Accompagné de sa belle"])
def test_after_a_possessive_it_still_introduces_the_name_below(above):
    assert not decide(reading(IMAGING.format(above=above)), BRIAC).files
