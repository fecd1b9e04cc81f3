"""A kinship beside the value of the patient's own name field — on its line (`Premier prénom : Lucas, frère`) or on
the next line, saying whose relative that name is (`LUCAS` / `Frère jumeau de la patiente`): the name may be the
relative's. Read as the patient's, a same-day twin's page was filed under her brother (review71's last two probes,
left open in session 39). The value is kept, marked (`LabelledField.kin_beside`), and the page goes to review. A
relative's heading over a block of fields (`Mère` / `Nom : WEBER Claire`), a relative's own field (`Père : …`) and a
married name (`épouse`) are no such kinship. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
TWINS = RegistryIndex.build([Patient("T1", "WEBER", "Lucas", date(2015, 3, 4), "M"),
                             Patient("T2", "WEBER", "Léa", date(2015, 3, 4), "F")])
FORM = "Nom de naissance : WEBER\nDate de naissance : 04/03/2015\n{names}"


def decided(names: str, registry=TWINS):
    return decide([read_page(FORM.format(names=names), today=TODAY)], registry)


@pytest.mark.parametrize("names", ["Premier prénom : Lucas, frère\n", "Prénom : Lucas (frère)\n",
                                   "Prénom : Lucas, frère jumeau de la patiente\n",
                                   "Premier prénom : LUCAS\nFrère jumeau de la patiente\n",
                                   "Premier prénom :\nLUCAS\nFrère jumeau de la patiente\n",
                                   "Premier prénom :\nLUCAS\n\n(frère jumeau)\n", "Premier prénom : Lucas\nSon frère\n"])
def test_a_kinship_beside_her_name_fields_value_sends_the_page_to_review(names):
    decision = decided(names)
    assert not decision.files and "lien de parenté" in decision.reason_fr


def test_even_when_the_relative_alone_is_registered():
    alone = RegistryIndex.build([Patient("T1", "WEBER", "Lucas", date(2015, 3, 4), "M")])
    assert not decided("Premier prénom : LUCAS\nFrère jumeau de la patiente\n", alone).files


@pytest.mark.parametrize("names", ["Premier prénom : Léa\nMère\nNom : WEBER Claire\n",
                                   "Premier prénom : Léa\nPère : WEBER Marc\n",
                                   "Premier prénom : Léa\nSexe : F\n"])
def test_a_relatives_heading_or_field_below_her_name_still_files_her(names):
    decision = decided(names)
    assert decision.files and decision.patient_ipp == "T2"


def test_a_married_name_is_no_kinship():
    registry = RegistryIndex.build([Patient("P1", "DUPONT", "Marie", date(1960, 1, 2), "F", used_name="MARTIN")])
    page = "Nom : DUPONT épouse MARTIN\nPrénom : Marie\nNée le 02/01/1960\n"
    decision = decide([read_page(page, today=TODAY)], registry)
    assert decision.files and decision.patient_ipp == "P1"
