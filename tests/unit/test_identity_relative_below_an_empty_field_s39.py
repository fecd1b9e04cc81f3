"""The patient's own name field left empty, the line below naming a relative (`Premier prénom :` / `` / `Lucas, frère`).
Read as her first name, it filed a same-day twin under her brother (review71); left unread, an unregistered child's
page (`Prénom :` / `Léa, fille de Sophie`) was filed under her registered mother (review72). Whose name that line
holds cannot be told: the value is kept, marked (`LabelledField.relative_below`), and the page goes to review. A
relative's noun is a whole word (père, mère, frère, sœur, fils, fille, jumeau, conjoint, oncle, tante, tuteur…);
`épouse` / `époux` introduce a married name and do not count. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import names_a_relative, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
TWINS = RegistryIndex.build([Patient("T1", "WEBER", "Lucas", date(2015, 3, 4), "M"),
                             Patient("T2", "WEBER", "Léa", date(2015, 3, 4), "F")])
MOTHER = RegistryIndex.build([Patient("S", "MARTIN", "Sophie", date(1988, 6, 12), "F")])
FORM = "Nom de naissance : WEBER\nDate de naissance : 04/03/2015\nPremier prénom :\n{below}"


def decided(below: str, registry=TWINS):
    return decide([read_page(FORM.format(below=below), today=TODAY)], registry)


@pytest.mark.parametrize("below", ["\nLucas, frère\n", "Lucas WEBER (père)\n", "\n| Lucas | frère |\n"])
def test_a_relatives_line_below_her_empty_field_sends_the_page_to_review(below):
    decision = decided(below)
    assert not decision.files and "un proche" in decision.reason_fr


@pytest.mark.parametrize("below", ["\nLucas (frère jumeau)\n", "Lucas — fils de la patiente\n"])
def test_nor_does_any_other_relatives_line_file(below):
    assert not decided(below).files


@pytest.mark.parametrize("page", ["Nom : MARTIN\nPrénom :\nLéa, fille de Sophie\nMme MARTIN Sophie née le 12/06/1988\n",
                                  "NOM : MARTIN\nPRÉNOM :\nLéa (fille)\nSexe : F\nMme MARTIN Sophie née le 12/06/1988\n"])
def test_an_unregistered_childs_page_is_not_filed_under_her_mother(page):
    assert not decide([read_page(page, today=TODAY)], MOTHER).files


@pytest.mark.parametrize("below, ipp", [("\nLéa\n", "T2"), ("Léa\n", "T2"), ("\nLucas\n", "T1"),
                                        ("Léa\nSexe : F\n", "T2"), ("Léa\nMère\nNom : WEBER Claire\n", "T2")])
def test_her_own_value_below_the_field_still_files(below, ipp):
    decision = decided(below)
    assert decision.files and decision.patient_ipp == ipp


def test_a_relatives_block_may_name_its_kin():
    page = ("Nom de naissance : WEBER\nPrénom : Léa\nDate de naissance : 04/03/2015\n\nPersonne à prévenir\n"
            "Nom :\nWEBER Claire (mère)\nTéléphone : 06 12 34 56 78\n")
    reading = read_page(page, today=TODAY)
    marked = [f for f in reading.fields if f.relative_below]
    assert marked and all(f in reading.blocks for f in marked)
    assert "un proche" not in (decide([reading], TWINS).reason_fr or "")


@pytest.mark.parametrize("value, relative", [("LUCAS, FRERE", True), ("WEBER ANNE (MERE)", True),
                                             ("DUPONT EPOUSE MARTIN", False), ("LEPERE JEAN", False),
                                             ("MARIE-SOEUR", False), ("SOEUR", True)])
def test_a_relatives_noun_is_a_whole_word(value, relative):
    assert names_a_relative(value) is relative
