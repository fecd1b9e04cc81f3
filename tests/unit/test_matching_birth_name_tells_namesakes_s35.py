"""Two readings of the printed birth name, both found by the third independent corpus (seeds 13, 14). Pure, no I/O.

1. `Nom de naissance : DUBOIS` / `Nom utilisé : THOMAS` for DUBOIS épouse THOMAS Isabelle, when THOMAS Isabelle, born
   the same day, is registered too: DUBOIS is no name of hers, she is not this patient (an HL7 PID with a legal and a
   display name renders so). A birth-name field holding a name she bears (hospitals write the used name there) rules
   no one out; nor does a relative's field, nor one name field alone.
2. `Nom de naissance : MOREU` beside the holder's own valid INS, his birth date and his first name, for MOREAU: one
   letter misprinted or misread, not another person — unless a registry patient born that day bears the name printed.
"""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)


def ins(thirteen: str) -> str:
    return thirteen + nir.calc_check_digits(thirteen)


MARRIED = Patient("W1", "DUBOIS", "Isabelle", date(1940, 8, 24), "F", used_name="THOMAS")
BORN_THOMAS = Patient("W2", "THOMAS", "Isabelle Thérèse", date(1940, 8, 24), "F")
JEAN_INS = ins("1281197413113")
JEAN = Patient("J1", "MOREAU", "Jean", date(1928, 11, 12), "M", ins=JEAN_INS)
INDEX = RegistryIndex.build([MARRIED, BORN_THOMAS, JEAN, Patient("J2", "MOREAU", "Luc", date(1950, 1, 1), "M")])


def decision(text: str, index: RegistryIndex = INDEX, typed: bool = False):
    return decide(read_document([text], today=TODAY, typed=[typed]), index)


@pytest.mark.parametrize("text", [
    "Nom de naissance : DUBOIS\nNom utilisé : THOMAS\nPrénom(s) : Isabelle\nDate de naissance : 24/08/1940\n",
    "Nom de naissance : DUBOIS\nNom d'usage : THOMAS\nPrénom(s) : ISABELLE\nDate de naissance : 24/08/1940\nSexe : F\n",
])
def test_a_birth_name_foreign_to_a_namesake_rules_her_out(text):
    d = decision(text, typed=True)
    assert d.files and d.patient_ipp == "W1"
    assert [r["ipp"] for r in d.evidence["ruled_out"]] == ["W2"]


@pytest.mark.parametrize("text", [
    # the used name in the birth-name field: both bear THOMAS
    "Nom de naissance : THOMAS\nNom utilisé : THOMAS\nPrénom(s) : Isabelle\nDate de naissance : 24/08/1940\n",
    "Nom de naissance : THOMAS\nPrénom(s) : Isabelle\nDate de naissance : 24/08/1940\n",
    # the birth name in a relative's field, the patient's own fields naming her by THOMAS only
    "Nom : THOMAS\nPrénom(s) : Isabelle\nDate de naissance : 24/08/1940\nMère : Nom de naissance : DUBOIS\n",
    "Patiente : THOMAS Isabelle, née le 24/08/1940\nNom de naissance : DUBOIS\n",  # no used-name field
    # two birth names printed: whose is whose is unsure
    "Nom de naissance : DUBOIS\nNom utilisé : THOMAS\nPrénom(s) : Isabelle\nDate de naissance : 24/08/1940\n"
    "Nom de naissance : DURAND\n",
    # one letter off THOMAS in the birth-name field: a misread of her name, not a foreign one
    "Nom de naissance : THOMASS\nNom utilisé : THOMAS\nPrénom(s) : Isabelle\nDate de naissance : 24/08/1940\n",
])
def test_otherwise_the_namesakes_stay_in_review(text):
    assert not decision(text).files


@pytest.mark.parametrize("name", ["MOREU", "MORAEU", "MOREAUX", "OREAU"])
def test_the_holders_birth_name_one_letter_off_beside_his_ins_files_with_a_note(name):
    d = decision(f"Nom de naissance : {name}\nPrénom(s) : Jean\nDate de naissance : 12/11/1928\nSexe : Masculin\n"
                 f"Matricule INS :\n{JEAN_INS[:13]} {JEAN_INS[13:]}\n")
    assert d.files and d.patient_ipp == "J1" and d.rule == "ins"
    assert any("à une lettre du registre" in note for note in d.evidence["notes"])


@pytest.mark.parametrize("text", [
    # two letters off
    f"Nom de naissance : MOREL\nPrénom(s) : Jean\nDate de naissance : 12/11/1928\nINS : {JEAN_INS}\n",
    # his birth date not printed
    f"Nom de naissance : MOREU\nPrénom(s) : Jean\nINS : {JEAN_INS}\n",
    # his first name not printed in its field
    f"Nom de naissance : MOREU\nDate de naissance : 12/11/1928\nINS : {JEAN_INS}\n",
    # another first name
    f"Nom de naissance : MOREU\nPrénom(s) : Paul\nDate de naissance : 12/11/1928\nINS : {JEAN_INS}\n",
])
def test_without_every_other_trait_a_misprinted_birth_name_still_contradicts(text):
    assert not decision(text).files


def test_a_registered_person_bearing_the_printed_name_that_day_is_no_misprint():
    index = RegistryIndex.build([JEAN, Patient("J3", "MOREU", "Jean", date(1928, 11, 12), "M")])
    d = decision(f"Nom de naissance : MOREU\nPrénom(s) : Jean\nDate de naissance : 12/11/1928\nINS : {JEAN_INS}\n",
                 index)
    assert not d.files


def test_the_misprinted_birth_name_beside_the_right_one_is_no_near_miss():
    """Third corpus s15, s18: `Nom de naissance : PHILPIPE` / `Nom utilisé : PHILIPPE` — the misprint counted again as
    a name « proche mais différent » of the patient's own."""
    d = decision(f"Nom de naissance :\nMOERAU\nNom utilisé :\nMOREAU\nPrénom(s) :\nJean\nDate de naissance :\n12/11/1928\n"
                 f"Matricule INS :\n{JEAN_INS}\n", typed=True)
    assert d.files and d.patient_ipp == "J1"
