"""Session 71: a letter or a dictation that names the patient at the end of a sentence (`J'ai revu en consultation
Madeleine LEFEBVRE. Elle présente…`, `Madeleine MARTIN. Son Matricule INS est…`, seventh corpus o7_019): the pronoun or
determiner opening the next sentence is no first name of another person of the name. A first name there still is
one, and so is a registry given name spelt like a pronoun (`Son`, a Vietnamese first name: review37). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
MADELEINE = Patient("A01", "LEFEBVRE", "Madeleine", date(1940, 4, 12), "F")
OTHER = Patient("B01", "DURAND", "Paul", date(1950, 1, 1), "M")
LETTER = ("Patiente : LEFEBVRE Madeleine, née le 12/04/1940\n\nCher confrère,\n"
          "J'ai revu en consultation {sentence}\nBien confraternellement.\n")


def decision(sentence: str, patients: list[Patient]):
    return decide(read_document([LETTER.format(sentence=sentence)], today=TODAY), RegistryIndex.build(patients))


@pytest.mark.parametrize("sentence", [
    "Madeleine LEFEBVRE. Elle présente une toux depuis huit jours.",
    "Mme LEFEBVRE. Son traitement est inchangé.",
    "Madame Lefebvre. Il n'y a pas de fièvre.",
    "Madeleine LEFEBVRE. Cette patiente va bien.",
    "Madeleine LEFEBVRE. Pas de fièvre.",
    "Madeleine LEFEBVRE. Depuis la dernière consultation, la toux a cédé.",
])
def test_the_word_opening_the_next_sentence_is_no_first_name(sentence):
    verdict = decision(sentence, [MADELEINE, OTHER])
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


@pytest.mark.parametrize("sentence", [
    "Madeleine LEFEBVRE. Paul présente une toux.",  # a first name opening the sentence: another LEFEBVRE
    "Madeleine LEFEBVRE Elle présente une toux.",  # no full stop: read as written beside the name
    "Madeleine LEFEBVRE, Son, présente une toux.",
])
def test_without_a_sentence_s_end_or_with_a_first_name_it_is_another_person(sentence):
    verdict = decision(sentence, [MADELEINE, OTHER])
    assert verdict.status == "review" and "autre personne du même nom" in verdict.reason_fr


def test_a_registry_given_name_spelt_like_a_pronoun_is_still_a_first_name():
    son = Patient("C01", "NGUYEN", "Son", date(1990, 3, 1), "M")
    verdict = decision("Madeleine LEFEBVRE. Son traitement est inchangé.", [MADELEINE, OTHER, son])
    assert verdict.status == "review" and "prénom « Son »" in verdict.reason_fr
