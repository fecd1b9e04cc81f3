"""Session 73: one document's title word alone on the line above her full name, her first name opening that line
(`CONSULTATION` / `Madeleine LEMAIRE née GERMAIN — née le 20 avril 1978`: own corpus seed 1112 courrier_0069, a Word
letter) is no other used name of hers: her registered used name stands already between her first name and `née`. Two
title words above were already read so when her used name opened the line (session 65); now they are after her first
name too. A surname above, a title word beside another word, a colon after it, or her name opened by no first name of
hers still speak. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 8)
MADELEINE = Patient("M1", "GERMAIN", "Madeleine Françoise", date(1978, 4, 20), "F", used_name="LEMAIRE")
INDEX = RegistryIndex.build([MADELEINE, Patient("L1", "LEMAIRE", "Jacques", date(1975, 2, 2), "M")])
PAGE = ("Cabinet médical des Tilleuls\nGynécologie médicale\nDr Enzo L'HÔTE — gynécologue\n\n{above}\n"
        "{name} LEMAIRE née GERMAIN — née le 20 avril 1978 — 45 ans\nConsultation du 18.08.2023\nMOTIF\n"
        "Le suivi gynécologique annuel.\n")


def decision(above: str, name: str = "Madeleine"):
    return decide(read_document([PAGE.format(above=above, name=name)], today=TODAY), INDEX)


@pytest.mark.parametrize("above", ["CONSULTATION", "ORDONNANCE", "CERTIFICAT", "COMPTE RENDU", "BILAN"])
@pytest.mark.parametrize("name", ["Madeleine", "Madeleine Françoise", "MADELEINE"])
def test_a_title_above_her_first_name_and_used_name_is_no_used_name(above, name):
    found = decision(above, name)
    assert found.files and found.patient_ipp == "M1", found.reason_fr


@pytest.mark.parametrize("above", ["DUPONT", "CONSULTATION DUPONT", "ORDONNANCE :", "CONSULTATION-", "MAMAN"])
def test_another_word_above_still_speaks(above):
    found = decision(above)
    assert not found.files


def test_a_first_name_not_hers_opening_the_line_still_speaks():
    found = decision("CONSULTATION", "Françoise")
    assert not found.files
