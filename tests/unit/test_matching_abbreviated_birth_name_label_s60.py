"""`NOM NAISS. : PETIT` — a sticker's birth-name label cut short — says nothing of another person: `NAISS` before the
surname is the label's, not a first name. Pure, no I/O. Fifth independent corpus s3_010: a sticker with the INS, the
birth name and the first name (its birth date lost by the fax) went to review as « autre personne du nom du titulaire de
l'INS : NAISS PETIT »."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("P1", "PETIT", "Nicolas", date(1964, 8, 28), "M", ins="164083523442496"),
                             Patient("P2", "PETIT", "Léa", date(2015, 3, 2), "F")])
STICKER = ("CENTRE HOSPITALIER DE REIMS\nConsultations externes\nIPP 4568863700 NDA 4649362603\n{name}\n"
           "Prénom {first}\nNé(e) le Sexe M\nINS : 1 64 08 35 234 424 96\n\nDate : 23/10/2024\n")


@pytest.mark.parametrize("name", ["NOM NAISS. : PETIT", "Nom naiss. : PETIT", "NOM NAISSANCE : PETIT"])
def test_the_birth_names_label_before_the_surname_is_no_other_person(name):
    assert decide(read_document([STICKER.format(name=name, first="NICOLAS")], TODAY), INDEX).patient_ipp == "P1"


@pytest.mark.parametrize("name, first", [
    ("NOM NAISS. : PETIT Léa", "NICOLAS"),  # another first name beside the holder's surname
    ("NOM NAISS. : PETIT", "LÉA"),  # the holder's number on his daughter's sticker
])
def test_another_first_name_beside_the_holders_surname_still_goes_to_review(name, first):
    assert not decide(read_document([STICKER.format(name=name, first=first)], TODAY), INDEX).files
