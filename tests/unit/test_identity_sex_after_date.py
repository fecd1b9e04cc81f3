"""A hospital label's sex letter after the birth date (`DUPONT Jean 12/03/1957 M`): read when nothing else could
stand there (the letter alone, then the end of the line, a column gap or a table border), and it contradicts when
it follows the patient's own birth date with the other sex. On main it was never read (review6's p29/p31.py). Pure."""
from datetime import date

import pytest

from docpipe.identity import read_page, read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
    Patient("H1", "MOREL", "Hugo", date(2020, 7, 14), "M"),
    Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M"),
])


def decide_pages(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("text, letter", [
    ("DUPONT Jean 12/03/1957 M", "M"), ("DUPONT Jean 12/03/1957 F\nCR", "F"), ("DUPONT Jean 12/03/1957 H", "M"),
    ("DUPONT Jean 12/03/1957 (F)", "F"), ("DUPONT Jean 12/03/1957 F   IPP 0001", "F"),
    ("DUPONT Jean | 12/03/1957 F | IPP 0001", "F"), ("Né le 12/03/1957 F", "F"),
])
def test_a_lone_letter_after_the_date_is_read(text, letter):
    (mention,) = read_page(text, today=TODAY).dates
    assert mention.sex_letter == letter


@pytest.mark.parametrize("text", [
    "Né le 12/03/1957 M. DUPONT est venu",  # a civility
    "DUPONT Jean 12/03/1957 M 12 ans",  # something else follows: not read (an age that fits the date is read:
    # the header's sex between date and age, test_identity_sex_before_the_age_s21.py)
    "DUPONT Jean 12/03/1957 Marseille", "DUPONT Jean 12/03/1957 m",
    "Examen du 12/03/2026 F",  # another label's date says nothing of the patient's sex
])
def test_anything_else_is_no_sex_letter(text):
    assert all(m.sex_letter is None for m in read_page(text, today=TODAY).dates)


@pytest.mark.parametrize("pages", [
    ("DUPONT Jean 12/03/1957 F\nCompte rendu.",),
    ("DUPONT\nJean\n12/03/1957 F\nIPP 0009\nCompte rendu d'hospitalisation",),
    ("MOREL\nEmma\n14/07/2020 F\nIPP 0006\nCompte rendu", "MOREL\nHugo\n14/07/2020 M\nIPP 0008\nCompte rendu"),
])
def test_the_other_sex_after_the_patients_birth_date_goes_to_review(pages):
    decision = decide_pages(*pages)
    assert decision.status == "review" and decision.patient_ipp is None


@pytest.mark.parametrize("pages, ipp", [
    (("DUPONT Jean 12/03/1957 M\nCompte rendu.",), "J1"),
    (("DUPONT\nJean\n12/03/1957 H\nIPP 0009\nCompte rendu d'hospitalisation",), "J1"),
    (("MOREL\nHugo\n14/07/2020 M\nIPP 0008\nCompte rendu",), "H1"),
    (("Nom : DUPONT\nPrénom : Jean\nNé le 12/03/1957 M\nExamen du 12/03/2026 F",), "J1"),
])
def test_the_patients_own_sex_after_the_date_files(pages, ipp):
    decision = decide_pages(*pages)
    assert decision.files and decision.patient_ipp == ipp
