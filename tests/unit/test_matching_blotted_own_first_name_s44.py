"""A fax's running header that prints the patient's first name with a letter O read as a digit zero (`Mme SANCHEZ L0UISE
— 12.09.1945 — page 2/2`) is her name misread: no one's name holds a digit. A letter read for another letter is no such
proof — twins are named Gino and Cino, Gaël and Caël, Elia and Ella (review86 filed a C/G twin's continuation page under
his brother when that was excused; review57) — so `GATHERINE` for Catherine (ood-s761-006) and `LQUISE` for Louise
(ood-s758-006) keep the doubt of an unregistered twin, as do another letter, a letter more or two changed. Pure, no
I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
CATHERINE = Patient("C1", "BAILLY", "Catherine", date(1987, 5, 29), "F", used_name="LACROIX")
LOUISE = Patient("L1", "SANCHEZ", "Louise Lina", date(1945, 9, 12), "F")
OTHERS = [Patient("X1", "DURAND", "Paul", date(1950, 1, 1), "M"), Patient("X2", "MARTIN", "Nathalie", date(1960, 2, 2), "F")]

FIRST_PAGE = {
    "C1": "Fiche de pré-admission\nNom de naissance : BAILLY\nNom d'usage : LACROIX\nPrénom : CATHERINE\n"
          "Né(e) le : 29/05/1987\n\nCompte rendu de consultation. Examen sans particularité.",
    "L1": "Consultation\nNom de famille : SANCHEZ\nPrénoms : LOUISE LINA\nDate de naissance : 12.09.1945\n\n"
          "Examen sans particularité.",
}


def decision(ipp: str, header: str, extra: tuple[Patient, ...] = ()):
    index = RegistryIndex.build([CATHERINE, LOUISE, *OTHERS, *extra])
    pages = [FIRST_PAGE[ipp], f"{header} — page 2/2\n\nÉvolution favorable, traitement inchangé."]
    return decide(read_document(pages, today=TODAY, typed=[False, False]), index)


@pytest.mark.parametrize("ipp, header", [
    ("L1", "Mme SANCHEZ L0UISE — 12.09.1945"),
    ("C1", "Mme CATHERINE Lacroix née Bailly — 29/05/1987"),
])
def test_her_own_first_name_in_the_running_header_files(ipp, header):
    d = decision(ipp, header)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("ipp, header", [
    ("C1", "Mme GATHERINE Lacroix née Bailly — 29/05/1987"),  # C/G: Gino and Cino are twins' names
    ("L1", "Mme SANCHEZ LQUISE — 12.09.1945"),
    ("L1", "Mme SANCHEZ L1NA — 12.09.1945"),  # a 1 may be an I or an L: Lina's, or a twin Llna's? (Elia, Ella)
    ("L1", "Mme SANCHEZ NINA — 12.09.1945"),  # another letter: a twin's name
    ("C1", "Mme CATHERINA Lacroix née Bailly — 29/05/1987"),  # a vowel for a vowel
    ("C1", "Mme CATHERINES Lacroix née Bailly — 29/05/1987"),  # a letter more
    ("L1", "Mme SANCHEZ L0U1SE — 12.09.1945"),  # two letters changed
    ("C1", "Mme PAULINE Lacroix née Bailly — 29/05/1987"),  # another first name altogether
])
def test_another_first_name_beside_her_surname_and_birth_date_keeps_the_doubt(ipp, header):
    assert not decision(ipp, header).files

