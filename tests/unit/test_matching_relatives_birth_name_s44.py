"""A relative named with her birth name after `née`, the line cut between the two or not (`son épouse, Sandrine DUPONT`
/ `née DA SILVA (née le 29/04/1960).`, ood-s760-018's form): the birth name after `née` is
hers, spoken of as the name before it is — a relative, not another registry patient named with her date, and her date
no contradiction when the rule for a relative's date holds (a relative of the other sex than the patient's, session 32).
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
JEAN = Patient("J1", "DUPONT", "Jean", date(1957, 3, 12), "M")
SANDRINE = Patient("W1", "DA SILVA", "Sandrine", date(1960, 4, 29), "F", used_name="DUPONT")
LETTER = ("Transcription de dictée\nColmar, le 10 août 2026\n\nJe revois ce jour en consultation Monsieur Jean DUPONT, "
          "né le 12/03/1957, orienté par le Dr\nLouise KERVELLA pour des douleurs thoraciques atypiques. Il est accompagné "
          "de {relative}\n{maiden} (née le 29/04/1960).\n\nLe scanner thoracique ne retrouvait"
          " pas de nodule suspect. Il est revu dans trois mois.\n\nDr Marie-Claire GUILLOU, médecin généraliste")


def decision(relative: str, maiden: str):
    page = LETTER.format(relative=relative, maiden=maiden)
    return decide(read_document([page], today=TODAY, typed=[False]), RegistryIndex.build([JEAN, SANDRINE]))


@pytest.mark.parametrize("relative, maiden", [
    ("son épouse, Sandrine DUPONT", "née DA SILVA"),
    ("son épouse, Sandrine DUPONT née DA SILVA", ""),
])
def test_the_relatives_birth_name_after_nee_is_hers(relative, maiden):
    d = decision(relative, maiden)
    assert d.files and d.patient_ipp == "J1"


@pytest.mark.parametrize("relative, maiden", [
    ("Mme Sandrine DUPONT", "née DA SILVA"),  # no relation said: another patient of the practice named with her date
    ("son épouse. Mme Sandrine DUPONT", "née DA SILVA"),  # the sentence ends before her name
])
def test_without_the_relation_before_her_name_she_is_another_patient_named(relative, maiden):
    assert not decision(relative, maiden).files


@pytest.mark.parametrize("above", ["Adressée par le Dr Paul LEROY", "Médecin traitant : Dr Paul LEROY",
                                   "Personne de confiance : Paul DUPONT", "Personne de confiance : Paul DUPONT\n"])
def test_a_doctor_or_a_close_one_on_the_line_above_lends_nothing_to_the_name_after_nee(above):
    """review87: `Marie DUPONT née MARTIN` is a woman born MARTIN, whoever is named on the line above — not the
    registered Marie born DUPONT."""
    marie = Patient("W2", "DUPONT", "Marie", date(1960, 4, 29), "F")
    page = f"{above}\nMarie DUPONT née MARTIN, 29/04/1960, toux sèche.\n"
    assert not decide(read_document([page], today=TODAY, typed=[False]), RegistryIndex.build([marie, JEAN])).files
