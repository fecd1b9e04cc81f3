"""The patient's own field left empty, the line below naming a relative (`Premier prénom :` / `` / `Lucas, frère`):
review71 found that this line was read as her first name, and twins born the same day with her surname filed under
her brother. A value read from the next line that holds a relative's noun (père, mère, frère, sœur, fils, fille,
jumeau, conjoint, oncle, tante, tuteur…) is someone else's, and so is one whose next line opens with such a noun and
no field's colon (`LUCAS` / `Frère jumeau de la patiente`): the field stays empty, as it stays for a doctor's line.
`épouse` / `époux` are not counted: they introduce a married name. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import names_a_relative, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
TWINS = RegistryIndex.build([Patient("T1", "WEBER", "Lucas", date(2015, 3, 4), "M"),
                             Patient("T2", "WEBER", "Léa", date(2015, 3, 4), "F")])
FORM = "Nom de naissance : WEBER\nDate de naissance : 04/03/2015\nPremier prénom :\n{below}"


def decided(below: str):
    return decide([read_page(FORM.format(below=below), today=TODAY)], TWINS)


@pytest.mark.parametrize("below", ["\nLucas, frère\n", "Lucas WEBER (père)\n", "\nLucas (frère jumeau)\n",
                                   "Lucas — fils de la patiente\n", "\nLUCAS\nFrère jumeau de la patiente\n",
                                   "LUCAS\nSon frère jumeau\n"])
def test_a_relatives_line_below_her_empty_field_files_no_one(below):
    assert not decided(below).files


@pytest.mark.parametrize("below, ipp", [("\nLéa\n", "T2"), ("Léa\n", "T2"), ("\nLucas\n", "T1"),
                                        ("Léa\nSexe : F\n", "T2")])
def test_her_own_value_below_the_field_still_files(below, ipp):
    decision = decided(below)
    assert decision.files and decision.patient_ipp == ipp


@pytest.mark.parametrize("value, relative", [("LUCAS, FRERE", True), ("WEBER ANNE (MERE)", True),
                                             ("DUPONT EPOUSE MARTIN", False), ("LEPERE JEAN", False),
                                             ("MARIE-SOEUR", False), ("SOEUR", True)])
def test_a_relatives_noun_is_a_whole_word(value, relative):
    assert names_a_relative(value) is relative


@pytest.mark.parametrize("below", ["\nLéa\nFrère : WEBER Théo\n", "\nLéa\nFrère jumeau : Théo\n"])
def test_a_relatives_field_after_her_value_leaves_it_hers(below):
    first_names = [f.value for f in read_page(FORM.format(below=below), today=TODAY).fields if f.kind == "first_names"]
    assert first_names == ["LEA"]
