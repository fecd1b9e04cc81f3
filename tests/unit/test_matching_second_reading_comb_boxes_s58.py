"""A care sheet's comb fields read with their boxes (`113) 11] 11191918`) tell nothing about the birth date: once the
boxes are erased a second reading reads it (`13 11 1998`), and the first reading's junk does not refuse it when every
digit of the patient's date stands in it in order. Nor does the insured's first name in her block, made apart from the
named beneficiary, refuse the beneficiary's reading (second corpus seed 126 s126_014, s126_021). A clean other date,
a digit missing, or junk without a box's side still refuse. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, comb_boxes_read_around, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("J1", "TURPIN", "Jade", date(2019, 1, 29), "F", ins="219019740338392"),
                             Patient("A1", "TURPIN", "Aurélie Simone", date(1972, 9, 14), "F")])
SHEET = ("FEUILLE DE SOINS — Médecin\ncerfa N° 12541*02\n\nPERSONNE RECEVANT LES SOINS\n\n"
         "nom et prénom (suivis, s'il y a lieu, du nom d'usage)\nTURPIN Jade\n\ndate de naissance\n\n{born}\n\n"
         "adresse\n\n5 place du Marché, Brest\n\n"
         "ASSURÉ(E) (à remplir si la personne recevant les soins n'est pas l'assuré(e))\n"
         "nom et prénom : TURPIN Aurélie\n\nnuméro d'immatriculation\n{number}\nqualité du bénéficiaire\n\nenfant\n\n"
         "IDENTIFICATION DU MÉDECIN\n\nDr COCHET Stéphanie — Médecine générale")


def kept(first_born: str, first_number: str = "(8[4/1o[a] 1219] 11210) {71716/ tof]"):
    first = read_document([SHEET.format(born=first_born, number=first_number)], today=TODAY, typed=[False])
    second = read_document([SHEET.format(born="29 01 2019", number="28404 29 120 776 01")], today=TODAY,
                           typed=[False])
    return accept_second_reading(decide(first, INDEX), decide(second, INDEX), [first], INDEX)


@pytest.mark.parametrize("text, born", [
    ("113) 11] 11191918", date(1998, 11, 13)),
    ("219/1o/1/[210/119", date(2019, 1, 29)),
    ("|2|9| |0|1| |2|0|1|9|", date(2019, 1, 29)),
])
def test_a_comb_fields_boxes_read_around_the_date(text, born):
    assert comb_boxes_read_around(text, born)


@pytest.mark.parametrize("text, born", [
    ("113 11 11191918", date(1998, 11, 13)),  # no box's side read
    ("113) 11] 11191918", date(1998, 11, 15)),  # a digit of the date not there
    ("219/1o/1/[210/119", date(2019, 1, 28)),
    ("12) 03) 1958 (68", date(1968, 3, 12)),  # review of session 58: an age's digits are no box's sides
    ("29) 01) 2019 (7", date(2017, 1, 29)),
])
def test_other_junk_is_not_a_comb_fields(text, born):
    assert not comb_boxes_read_around(text, born)


def test_the_second_reading_of_the_erased_boxes_is_kept():
    d = kept("(219/1o/1/[210/119]")
    assert d.files and d.patient_ipp == "J1"


@pytest.mark.parametrize("first_born", ["29/01/2018", "(219/1o/1/[210/118]", "219 10 1 210 119"])
def test_a_first_reading_that_reads_another_date_or_junk_without_the_digits_refuses_it(first_born):
    assert not kept(first_born).files
