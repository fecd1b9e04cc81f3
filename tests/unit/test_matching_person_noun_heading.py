"""A person noun after a possessive that ends its line, no full stop closing the clause (`Enfant vue ce jour avec son
parrain :`, `Coordonnées de son aidant :`, `Identité de son représentant légal`), introduces the identity below: it is
that person's, as below `Vu avec son frère :`. On main the godfather's block was filed (review10b's c_pn4). A sentence
the line ends (`Vu ce jour avec son parrain.`) still hides nothing below it, and the block's `née` still speaks against
a man registered under that name. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from ins_kit import with_key as ins

TODAY = date(2026, 12, 1)
MOREL = Patient("M1", "MOREL", "Hugo", date(1955, 6, 1), "M")
BRUN = Patient("B1", "BRUN", "Camille", date(1990, 1, 1), "M")
INDEX = RegistryIndex.build([MOREL, BRUN])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Enfant vue ce jour avec son parrain :\nM. MOREL Hugo, né le 01/06/1955",
    "Enfant vue ce jour avec son parrain :\nMOREL Hugo\nNé le 01/06/1955",
    "Coordonnées de son aidant :\nM. MOREL Hugo, né le 01/06/1955, 12 rue des Lilas",
    "Identité de son représentant légal\nNom : MOREL\nPrénom : Hugo\nDate de naissance : 01/06/1955",
    "Son aidant\nNom : MOREL Hugo\nNé le 01/06/1955",
    "Venue avec sa voisine\nM. MOREL Hugo (01/06/1955)",
])
def test_the_identity_below_a_person_noun_ending_its_line_is_that_persons(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "Vu ce jour avec son parrain.\nPatient : M. MOREL Hugo, né le 01/06/1955",
    "M. MOREL Hugo, né le 01/06/1955, vu avec son parrain.",
    "Son parrain est présent.\nM. MOREL Hugo, né le 01/06/1955",
])
def test_a_person_noun_in_a_closed_sentence_leaves_the_patient_below(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "M1"


def test_the_headed_blocks_nee_still_speaks_against_a_man_of_that_name():
    d = decision("Accompagnée de son aidant\nNom : BRUN Camille\nNée le 01/01/1990\n"
                 "Patient : BRUN Camille, 01/01/1990")
    assert not d.files


TWINS = RegistryIndex.build([Patient("L1", "LEROY", "Louise", date(1957, 3, 12), "F"),
                             Patient("L2", "LEROY", "Paul", date(1957, 3, 12), "M")])


@pytest.mark.parametrize("page", [
    "Patiente : Mme LEROY Louise, née le 12/03/1957\nVue avec son aidant, M.\nLEROY Paul\nNé le 12/03/1957",
    "Patiente : Mme LEROY Louise, née le 12/03/1957\nVue avec son aidant :\nM. LEROY Paul, né le 12/03/1957",
])
def test_a_twin_below_such_a_line_still_stops_the_subject(page):
    """The name below the person noun designates no one, but stays a candidate: the subject's twin there is not
    simply hidden (as on main, where the person noun hid nothing)."""
    assert not decide(read_document([page], today=TODAY), TWINS).files




HOLDER = Patient("H1", "MOREL", "Hugo", date(1955, 6, 1), "M", ins=ins("1550675112050"))
WITH_INS = RegistryIndex.build([HOLDER])
SPACED_INS = " ".join([HOLDER.ins[0], HOLDER.ins[1:3], HOLDER.ins[3:5], HOLDER.ins[5:7], HOLDER.ins[7:10],
                       HOLDER.ins[10:13], HOLDER.ins[13:]])


@pytest.mark.parametrize("block", [
    "Enfant vu ce jour avec son parrain :\nM. MOREL Hugo, né le 01/06/1955",
    "Coordonnées de son aidant :\nM. MOREL Hugo",
    "Identité de son représentant légal\nNom : MOREL\nPrénom : Hugo\nDate de naissance : 01/06/1955",
])
def test_the_person_nouns_block_with_his_ins_does_not_name_the_holder(block):
    """review11's q_pnh4 (pre-existing on main): the INS holder counted as « named » where names designate no one."""
    assert not decide(read_document([f"{block}\nINS : {SPACED_INS}"], today=TODAY), WITH_INS).files


def test_the_holder_named_as_the_patient_beside_his_ins_still_files():
    page = f"Patient : M. MOREL Hugo\nINS : {SPACED_INS}\nVu ce jour avec son parrain."
    d = decide(read_document([page], today=TODAY), WITH_INS)
    assert d.files and d.patient_ipp == "H1"
