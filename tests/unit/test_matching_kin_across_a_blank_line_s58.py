"""A kinship noun ending its line, its clause going on (`accompagné de sa mère,`), introduces the name below it across
the blank lines OCR leaves between paragraphs (`` / `Mme Émilie BLANCHENS, née le 0£/10/1978, pour …`, second corpus
seed 126 s126_009: the mother was read as another person of the child's surname). A full stop, other words before the
name, a loose relation word or more blank lines and the name is someone else's again. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("A1", "BLANCHENS", "Adam", date(2012, 10, 15), "M"),
                             Patient("E1", "SIMON", "Émilie Isabelle", date(1978, 10, 9), "F", used_name="BLANCHENS")])
LETTER = ("Concerne : Adam BLANCHENS, né le 15/10/2012\n\nMon cher confrère,\n\n"
          "Je revois ce jour Adam BLANCHENS, né le 15/10/2012, {kin}\n\n{mother} pour un retard staturo-pondéral.\n"
          "Auscultation normale. Je le reverrai dans six mois.")


def decision(kin: str, mother: str):
    return decide(read_document([LETTER.format(kin=kin, mother=mother)], today=TODAY, typed=[False]), INDEX)


@pytest.mark.parametrize("mother", ["Mme Émilie BLANCHENS,", "Mme Émilie BLANCHENS, née le 0£/10/1978,",
                                    "Émilie BLANCHENS,"])
def test_the_kin_noun_above_a_blank_line_introduces_the_name(mother):
    d = decision("accompagné de sa mère,", mother)
    assert d.files and d.patient_ipp == "A1"


@pytest.mark.parametrize("kin, mother", [
    ("accompagné de sa mère.", "Mme Émilie BLANCHENS,"),  # a full stop: a new sentence
    ("accompagné de sa mère,", "puis Mme Émilie BLANCHENS,"),  # another word before the name
    ("accompagné,", "Mme Émilie BLANCHENS,"),  # no kinship noun
    ("accompagné de sa mère,\n\n", "Mme Émilie BLANCHENS,"),  # three blank lines
])
def test_near_misses_leave_the_name_another_persons(kin, mother):
    assert not decision(kin, mother).files
