"""`M. JEAN-PIERRE MATHIEU LEBRETON |. . PRESCIIPTEUR : DR MAELLE BRETON` (independent corpus s730, fax 200): a long
title one letter off, a colon after it, was read as another first name beside the patient's surname — « même nom et
même date de naissance, prénom Presciipteur (jumeau ?) ». A misread field label names no one; a word written as a name
with no colon after it still does. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

INDEX = RegistryIndex.build([Patient("L1", "LEBRETON", "Jean-Pierre Mathieu", date(2003, 4, 24), "M")])


def decision(text: str):
    return decide(read_document([text], today=date(2026, 12, 4), typed=[False]), INDEX)


@pytest.mark.parametrize("label", ["PRESCIIPTEUR :", "Prescripteor :", "CARDI0LOGUE:"])
def test_a_misread_title_label_is_no_first_name(label):
    d = decision(f"M. JEAN-PIERRE MATHIEU LEBRETON |. . {label} DR MAELLE BRETON\nNé le 24.04.2003\nBilan sanguin.")
    assert d.files and d.patient_ipp == "L1"


@pytest.mark.parametrize("word", ["PRESCIIPTEUR", "Prosper"])
def test_without_its_colon_the_word_beside_the_surname_is_another_first_name(word):
    assert not decision(f"LEBRETON {word}, né le 24.04.2003\nBilan sanguin.").files
