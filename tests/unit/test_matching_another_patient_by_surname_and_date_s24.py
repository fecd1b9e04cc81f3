"""Another registry patient's surname printed with his exact birth date right after it, without his first name (`M.
LEFEBVRE 03/04/1960`, `LEFEBVRE P. 03/04/1960`), names him: two documents scanned as one must not be filed under the
first one's patient (review24's F3: DURAND Marie was filed with LEFEBVRE's prescription on b7879ed). A relative, another
date, or the surname alone still file. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("D1", "DURAND", "Marie", date(1950, 2, 1), "F"),
                             Patient("L1", "LEFEBVRE", "Paul", date(1960, 4, 3), "M")])
HEAD = "Mme DURAND Marie, née le 01/02/1950\nCompte rendu de consultation.\nDr GARNIER\n"


def decision(tail: str):
    return decide(read_document([HEAD + tail], today=TODAY), INDEX)


@pytest.mark.parametrize("tail", [
    "ORDONNANCE\nM. LEFEBVRE 03/04/1960\nDoliprane 1 g",
    "ORDONNANCE\nLEFEBVRE P. 03/04/1960\nDoliprane 1 g",
    "ORDONNANCE\nM. P. LEFEBVRE (03/04/1960)\nDoliprane 1 g",
    "ORDONNANCE\nM. LEFEBVRE\n03/04/1960\nDoliprane 1 g",  # the date opening the next line (s25)
])
def test_another_patients_surname_with_his_birth_date_goes_to_review(tail):
    result = decision(tail)
    assert not result.files
    assert "nommé avec sa date de naissance" in result.reason_fr


@pytest.mark.parametrize("tail", [
    "Son mari M. LEFEBVRE (03/04/1960) l'accompagne.",
    "ORDONNANCE\nM. LEFEBVRE 03/04/1961\nDoliprane 1 g",
    "Avis demandé au Dr GARNIER pour M. LEFEBVRE.",
    "ORDONNANCE\nM. LEFEBVRE\n03/04/1961\nDoliprane 1 g",
    "Son mari M. LEFEBVRE\n03/04/1960 l'accompagne.",
])
def test_a_relative_another_date_or_the_surname_alone_still_file(tail):
    result = decision(tail)
    assert result.files and result.patient_ipp == "D1"


FAMILY = RegistryIndex.build([Patient("J1", "LEGRAND", "Jeanne", date(1940, 2, 2), "F"),
                              Patient("H1", "LEGRAND", "Henri", date(2012, 6, 9), "M")])
FAMILY_HEAD = "Patiente : LEGRAND Jeanne\nDDN : 02/02/1940\n"


@pytest.mark.parametrize("relative", [
    "Accompagnant : LEGRAND, 09/06/2012",
    "Fils : LEGRAND, (09/06/2012)",
    "Concubin : LEGRAND, (09/06/2012)",
    "Mère : LEGRAND, 09/06/2012",
    "Accompagnant :\nLEGRAND, 09/06/2012",
])
def test_a_registered_relative_in_a_relation_field_with_his_date_still_files(relative):
    # review24: relation fields must not read as another patient named (F3) nor as a first name beside a surname (F1).
    result = decide(read_document([FAMILY_HEAD + relative + "\nVue ce jour."], today=TODAY), FAMILY)
    assert result.files and result.patient_ipp == "J1"


def test_the_same_line_without_a_relation_label_goes_to_review():
    result = decide(read_document([FAMILY_HEAD + "LEGRAND 09/06/2012\nVue ce jour."], today=TODAY), FAMILY)
    assert not result.files
    assert "nommé avec sa date de naissance" in result.reason_fr
