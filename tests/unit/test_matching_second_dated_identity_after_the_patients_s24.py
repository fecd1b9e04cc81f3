"""A second person's name and date printed after the patient's own line (`MARTIN Marie 01/02/1990` / `DUPONT Léo
05/05/2024`) is another identity on the page, as it is in the other order: the own line's short excuse (a date within
six words of her name) and the « exam date » reading of a recent date no longer hide it — review24's F1 and F1b, which
filed the mother for her child's paper on b7879ed. A recent date is another person's only when a later date is printed
on the page (a newborn is born before his first paper; a signature is dated the page's day, review24's q24k), and a
doctor's name or a name in a third party's field (`Biologiste :`) is no such person. Left: a newborn's line on a page
that prints no later date still reads as an exam date. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("M1", "MARTIN", "Marie", date(1990, 2, 1), "F")])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "MARTIN Marie 01/02/1990\nDUPONT Léo 05/05/2024\nCompte rendu de consultation : Léo présente une otite moyenne aiguë.",
    "Patiente : MARTIN Marie 01/02/1990\nLEFEBVRE Jacques 09/07/1958\nCompte rendu.",
    "Mme MARTIN Marie 01/02/1990 ; M. LEFEBVRE Jacques 09/07/1958\nBilan du couple.",
    "MARTIN Marie 01/02/1990\nDUPONT Léo 05/05/2025\nExamen : normal.",
    "Lyon, le 08/05/2026\nDUPONT Léo 05/05/2026\nMARTIN Marie 01/02/1990\nExamen du nouveau-né à J3 : normal.",
    "MARTIN Marie 01/02/1990\nLéo DUPONT 05/05/2026\nExamen du nouveau-né à J3 : normal.\nLe 08/05/2026",
])
def test_a_second_dated_identity_after_hers_goes_to_review(page):
    result = decision(page)
    assert not result.files
    assert "autre identité (nom et date)" in result.reason_fr


@pytest.mark.parametrize("page", [
    "MARTIN Marie 01/02/1990\nCompte rendu du 12/11/2026 : examen normal.",
    "MARTIN Marie 01/02/1990\nExamen normal.\nDr DUPONT Léo 12/11/2026",
    "Mme MARTIN Marie, née le 01/02/1990\nLyon, le 12/11/2026\nExamen normal.",
    "MARTIN Marie 01/02/1990 12/11/2026\nExamen normal.",
    "Patiente : MARTIN Marie, née le 01/02/1990\nGlycémie : 1,02 g/l\nBiologiste : GARNIER Sophie 12/11/2026",
    "Patiente : MARTIN Marie, née le 01/02/1990\nGlycémie : 1,02 g/l\nROUX Anne (secrétariat) 12/11/2026",
    "Patiente : MARTIN Marie, née le 01/02/1990\nPrélevé le 12/11/2026\nGlycémie : 1,02 g/l\nGARNIER Sophie 12/11/2026",
])
def test_her_own_line_an_exam_date_or_a_doctors_signature_still_file(page):
    result = decision(page)
    assert result.files and result.patient_ipp == "M1"
