"""A registry patient printed with a doctor's title, his first name and his exact birth date (`Dr Léo BRUN   15/02/1981`
in a list of patients seen) is named on the page: review91 filed the other patient listed. A date younger than any
doctor after the title is the day he signed, and a doctor without his first name or his date names no one."""
from __future__ import annotations

from datetime import date

import pytest

from docpipe import identity, matching
from docpipe.models import Patient

TODAY = date(2024, 5, 2)
LISTED = Patient("P02995", "MULLER", "Anaïs", date(1989, 7, 1), "F")
DOCTOR = Patient("P02996", "BRUN", "Léo", date(1981, 2, 15), "M")
INDEX = matching.RegistryIndex.build([LISTED, DOCTOR, Patient("P00180", "BRUN", "Anaïs", date(2000, 12, 10), "F")])


def decide(text: str) -> matching.MatchDecision:
    return matching.decide(identity.read_document([text], TODAY), INDEX)


@pytest.mark.parametrize("doctor_line", ["Dr Léo BRUN   15/02/1981", "Dr BRUN Léo   15/02/1981"])
def test_a_titled_patient_with_his_birth_date_sends_the_list_to_review(doctor_line):
    listing = "LISTE DES PATIENTS VUS EN CONSULTATION\nMULLER Anaïs   01/07/1989\n"
    decision = decide(f"{listing}{doctor_line}\nFin de liste.\n")
    assert not decision.files
    assert "P02996" in decision.reason_fr


@pytest.mark.parametrize("doctor_line", [
    "Dr Léo BRUN   15/02/2024",  # the day he signed
    "Dr BRUN   15/02/1981",  # no first name: any BRUN's date may be printed there by chance
    "Dr Léo BRUN",
])
def test_a_doctors_line_without_his_own_birth_date_names_no_one(doctor_line):
    decision = decide(f"COMPTE RENDU DE CONSULTATION\nMULLER Anaïs   01/07/1989\n{doctor_line}\n")
    assert decision.files and decision.patient_ipp == LISTED.ipp
