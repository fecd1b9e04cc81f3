"""An INS designates a patient only if the name printed with it agrees. Pure, no I/O.

The OOD helper's probe (sonde_ins_tiers): the mother ROMERO Monique, used name KLEIN, is in the registry with her
INS; her son KLEIN Léo is not. His forms carry her number (she is the « ouvrant droit »): `KLEIN Léo` / `NIR : …`,
no birth date. On main they were filed under the mother by the INS alone. Another first name beside her surname,
or a man's civility before it, is another person: review. Her own name with her INS still files.
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
MOTHER_INS = "272016929420946"
NIR = "2 72 01 69 294 209 46"
INDEX = RegistryIndex.build([Patient("M1", "ROMERO", "Monique Christine", date(1972, 1, 13), "F", used_name="KLEIN",
                                     ins=MOTHER_INS)])


def decision(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text", [
    f"KLEIN Léo\nNIR : {NIR}\nCompte rendu.",
    f"Patient : KLEIN Léo\nNIR : {NIR}",
    f"KLEIN Léo\nN° INS : {NIR}",
    f"Monsieur KLEIN Léo\nNIR : {NIR}",
    f"KLEIN Léo — NIR {NIR}",
    f"Monsieur KLEIN\nNIR : {NIR}",  # a man's civility before her name
])
def test_her_ins_beside_another_first_name_or_a_mans_civility_goes_to_review(text):
    d = decision(text)
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("text", [
    f"Mme KLEIN Monique\nNIR : {NIR}",
    f"Patiente : KLEIN Monique Christine\nINS : {NIR}",
    f"ROMERO Monique épouse KLEIN\nINS : {NIR}",
])
def test_her_ins_beside_her_own_name_files(text):
    d = decision(text)
    assert d.files and d.patient_ipp == "M1" and d.rule == "ins"


def test_her_ins_in_an_insured_field_on_her_sons_page_says_whose_it_is():
    # The probes A and E said « aucun patient du registre ne le porte » while the mother carries it.
    d = decision(f"KLEIN Léo, né le 03/05/2015\nAssuré : KLEIN Monique — NIR : {NIR}")
    assert not d.files and d.rule == "no_match"
    assert "M1" in d.reason_fr and "tiers" in d.reason_fr
