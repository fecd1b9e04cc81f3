"""A report's header noun read after the surname (`Examen du …`, the right column of a two-column header) is no first
name when the patient's given names, all of them in order, stand right before her surname (`Patiente : Emmanuelle
Claire Odile BARET . ' * Examen du 30/10/2024`, second corpus seed 125 s125_015: « autre personne du même nom : prénom
Examen »). A name of someone else between them, or the patient's first name alone far from the surname, still
contradicts. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("B1", "BARET", "Emmanuelle Claire Odile", date(2024, 4, 15), "F"),
                             Patient("B2", "BARET", "Louise", date(2024, 4, 15), "F")])


def decision(first_line: str):
    text = f"{first_line}\nDate de naissance : 15/04/2024\nDemandeur : Dr Benjamin DELACROIX\nÉCHO-DOPPLER VEINEUX"
    return decide(read_document([text], today=TODAY, typed=[False]), INDEX)


@pytest.mark.parametrize("line", [
    "Patiente : Emmanuelle Claire Odile BARET . ' * Examen du 30/10/2024",
    "Patiente : Emmanuelle Claire BARET Examen du 30/10/2024",
    "Patiente : Emmanuelle BARET — Examen du 30/10/2024",  # as before: the first name right before
])
def test_the_given_names_before_the_surname_make_the_noun_a_header(line):
    d = decision(line)
    assert d.files and d.patient_ipp == "B1"


@pytest.mark.parametrize("line", [
    "Patiente : Emmanuelle Louise BARET Examen du 30/10/2024",  # a given name not hers between
    "Patiente : Emmanuelle Jeanne Claire BARET Examen du 30/10/2024",
    "Patiente : Emmanuelle Claire Odile\nBARET Examen du 30/10/2024",  # the noun's line names no one in full
])
def test_other_words_between_keep_the_noun_a_possible_first_name(line):
    assert not decision(line).files
