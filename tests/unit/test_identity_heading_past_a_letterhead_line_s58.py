"""A side column's identity heading read between the letterhead's lines (`PATIENT(E)` / `Neurologue — Ancien chef de
clinique` / `Mme MARTIN Hélène` / `Née le : 18/08/1981`): the heading's value is the civility and name on the line
after the letterhead's. Second corpus seed 125 s125_003: the heading was read empty, so the page's fields did not name
the patient and her son's birth date, told in the letter, contradicted her. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("H1", "MARTIN", "Hélène Odile", date(1981, 8, 18), "F"),
                             Patient("G1", "MARTIN", "Gabriel Paul", date(2022, 7, 6), "M")])
LETTER = ("Docteur Marie-Christine Étienne\nPATIENT(E)\n{below}\n{name}\n8 rue Nationale\nNée le : 18/08/1981\n"
          "Tél. 05 36 29 38 00 — RPPS 10215244318\n\nCOURRIER DE CONSULTATION\n\nCher confrère,\n\n"
          "Je vous remercie de m'avoir confié Mme MARTIN Hélène, née le 18/08/1981 pour des céphalées récidivantes.\n"
          "Elle était accompagnée de son fils, Gabriel MARTIN, né le 06/07/2022.\n\nL'examen neurologique est normal.")


def heading_value(text: str) -> str:
    fields = read_document([text], today=TODAY, typed=[False])[0].fields
    return next(f.value for f in fields if f.label == "PATIENT(E)")


@pytest.mark.parametrize("name", ["Mme MARTIN Hélène", "Madame Hélène MARTIN", "| Mme MARTIN Hélène"])
def test_the_civility_line_past_the_letterheads_is_the_headings_value(name):
    text = LETTER.format(below="Neurologue — Ancien chef de clinique", name=name)
    assert "MARTIN" in heading_value(text)
    d = decide(read_document([text], today=TODAY, typed=[False]), INDEX)
    assert d.files and d.patient_ipp == "H1"


@pytest.mark.parametrize("below, name", [
    ("Neurologue — Ancien chef de clinique", "M. le Dr Paul MARTIN"),  # a doctor
    ("Neurologue — Ancien chef de clinique", "Mme MARTIN Hélène, suivie depuis longtemps dans le service"),
    ("Neurologue — Ancien chef de clinique", "MARTIN Hélène"),  # no civility: nothing says it is a person's line
    ("Nom : ", "Mme MARTIN Hélène"),  # a label on the line below: its own value
])
def test_near_misses_leave_the_heading_empty(below, name):
    assert "MARTIN" not in heading_value(LETTER.format(below=below, name=name))


def test_without_the_heading_value_the_sons_date_still_sends_the_letter_to_review():
    text = LETTER.format(below="Neurologue — Ancien chef de clinique", name="MARTIN Hélène")
    assert not decide(read_document([text], today=TODAY, typed=[False]), INDEX).files


def test_a_civility_line_with_no_birth_label_below_is_no_value():
    """Review of session 58: `PATIENT(E)` / letterhead / `Mme MARTIN Claire` / `8 rue Nationale` / `35000 Rennes` then
    `Madame,`: the name and address of the letter's addressee (a twin's guardian), no birth label under them — it
    broke a twins' tie on the body's `votre protégée, Mme MARTIN, née le …`."""
    twins = RegistryIndex.build([Patient("C1", "MARTIN", "Claire", date(1985, 2, 3), "F"),
                                 Patient("H2", "MARTIN", "Hélène", date(1985, 2, 3), "F")])
    text = ("Docteur Marie Étienne\nPATIENT(E)\nNeurologue — Ancien chef de clinique\nMme MARTIN Claire\n"
            "8 rue Nationale\n35000 Rennes\n\nCOURRIER DE CONSULTATION\n\nMadame,\n"
            "J'ai revu ce jour votre protégée, Mme MARTIN, née le 03/02/1985.")
    assert heading_value(text) == ""
    assert not decide(read_document([text], today=TODAY, typed=[False]), twins).files


def test_a_relatives_noun_on_the_line_between_makes_the_name_no_value():
    text = LETTER.format(below="accompagnée de sa mère", name="Mme MARTIN Hélène")
    assert heading_value(text) == ""
