"""A relative's, a guardian's or a close one's heading alone on its line, a blank line (OCR's paragraph break), then
a name without a label: it may be that person's, so it designates no one, but stays a candidate — review92 filed a
guardian named under `Représentant légal` / `` / `ANDRE : Catherine` / `03/05/1980`. The insured's heading only below
a beneficiary's block that names someone: elsewhere the insured is often the patient."""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import identity, matching
from docpipe.models import Patient

TODAY = date(2024, 5, 2)
BENEFICIARY = Patient("80004331", "LEFEVRE", "Jean-Pierre", date(1941, 3, 11), "M")
GUARDIAN = Patient("80004332", "ANDRE", "Catherine", date(1980, 5, 3), "F", used_name="LEFEVRE")
INDEX = matching.RegistryIndex.build([BENEFICIARY, GUARDIAN])


def decide(text: str) -> matching.MatchDecision:
    return matching.decide(identity.read_document([text], TODAY), INDEX)


def voucher(heading: str, beneficiary_heading: str = "", beneficiary: str = "Jean-Pierre : 11/03/1941") -> str:
    return (f"BON DE TRANSPORT\n\n{beneficiary_heading}Nom :\nPRÉNOM\n- DATE DE NAISSANCE\n{beneficiary}\n\n"
            f"{heading}\n\nANDRE : Catherine\n03/05/1980\n\nObservations\nBilan préopératoire demandé\n")


@pytest.mark.parametrize("heading", ["Représentant légal", "Mère", "PERSONNE À PRÉVENIR", "Tutrice"])
def test_a_person_below_a_relatives_heading_is_not_the_patient(heading):
    assert not decide(voucher(heading)).files


def test_the_insured_below_the_beneficiarys_block_is_not_the_patient():
    assert not decide(voucher("Assurée", "PERSONNE RECEVANT LES SOINS\n\n")).files


@pytest.mark.parametrize("beneficiary_heading, beneficiary", [
    ("", "Jean-Pierre : 11/03/1941"),  # no beneficiary's heading
    ("PERSONNE RECEVANT LES SOINS\n\n", ""),  # the beneficiary's block left blank
])
def test_the_insured_filled_in_alone_is_still_the_patient(beneficiary_heading, beneficiary):
    decision = decide(voucher("Assurée", beneficiary_heading, beneficiary))
    assert decision.files and decision.patient_ipp == GUARDIAN.ipp


def test_a_sentences_last_word_is_no_heading():
    """`… diabète de type 2 chez le` / `Père`: a wrapped sentence, then the patient's own line (review94)."""
    text = "Antécédents familiaux : diabète de type 2 chez le\nPère\n\nANDRE : Catherine\n03/05/1980\n"
    decision = decide(text)
    assert decision.files and decision.patient_ipp == GUARDIAN.ipp


def test_an_empty_field_then_a_blank_line_is_no_heading():
    """`Mère :` left empty, a blank line: the patient's form may end on that empty field."""
    decision = decide("Mère :\n\nANDRE : Catherine\n03/05/1980\n")
    assert decision.files and decision.patient_ipp == GUARDIAN.ipp


def test_a_person_in_the_paragraph_below_a_relatives_heading_is_not_the_patient():
    text = ("BÉNÉFICIAIRE DES SOINS\n\nNom\nPRÉNOM\nJean-Pierre : 11/03/1941\n\nPERSONNE À PRÉVENIR\n\nNom\nPrénoms\n"
            "DATE DE NAISSANCE\nANDRE : Catherine\n03/05/1980\n\nObservations\n")
    assert not decide(text).files
