"""Two readings of the printed birth name, both found by the third independent corpus (seeds 13, 14). Pure, no I/O.

1. A lab's patient record naming her DUBOIS (birth) and THOMAS (used) for DUBOIS épouse THOMAS Isabelle, when THOMAS
   Isabelle, born the same day, is registered too: DUBOIS is no name of hers at all, she is not this patient. Only a
   record's own fields say so: on a page, a relative's `Nom de naissance` near the patient's used name looks the same
   (review53: 972 wrong filings when the page's fields ruled namesakes out), so pages keep the review.
2. A lab record's birth name one letter off the INS holder's (`DUVA` for DUVAL), beside his own valid INS, his birth
   date and his first name: mistyped, not another person — unless a registry patient born that day bears a name two
   letters or less from it. On a page the INS, date and first name may be a guardian's (review53, review54): the
   misprint still contradicts there.
"""
from dataclasses import replace
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


def decision(text: str, index: RegistryIndex = INDEX, typed: bool = False, record: bool = True):
    """`record`: the page renders a lab file's patient record (labfiling), where the misprint is read as one."""
    return decide([replace(r, record=record) for r in read_document([text], today=TODAY, typed=[typed])], index)


RECORD = "Nom de naissance : DUBOIS\nNom d'usage : THOMAS\nPrénom(s) : ISABELLE\nDate de naissance : 24/08/1940\nSexe : F\n"


def test_a_records_birth_name_foreign_to_a_namesake_rules_her_out():
    d = decision(RECORD, typed=True)
    assert d.files and d.patient_ipp == "W1"
    assert [r["ipp"] for r in d.evidence["ruled_out"]] == ["W2"]


@pytest.mark.parametrize("names", [("THOMAS", "THOMAS"), ("THOMASS", "THOMAS"), ("DUBOIS", "MARTIN")])
def test_a_record_whose_birth_name_is_hers_or_whose_names_fit_no_one_rules_no_one_out(names):
    text = f"Nom de naissance : {names[0]}\nNom d'usage : {names[1]}\nPrénom(s) : ISABELLE\nDate de naissance : 24/08/1940\n"
    assert not decision(text, typed=True).files


@pytest.mark.parametrize("pages", [
    [RECORD],  # the same fields on a page: whose birth name it is the page cannot tell
    ["Nom d'usage : THOMAS\nPrénom : Isabelle\nDate de naissance : 24/08/1940\n\nNom de naissance : DUBOIS (époux)"],
    ["Nom d'usage : THOMAS\nPrénom : Isabelle\nDate de naissance : 24/08/1940\nConjoint - Nom de naissance : DUBOIS"],
    ["Nom d'usage : THOMAS\nPrénom : Isabelle\nDate de naissance : 24/08/1940",
     "Nom de naissance : DUBOIS\nPrénom : Isabelle\nDate de naissance : 24/08/1940"],  # a batch mixing two pages
])
def test_on_pages_the_namesakes_stay_in_review(pages):
    assert not decide(read_document(pages, today=TODAY, typed=[False] * len(pages)), INDEX).files


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


SPACED_INS = f"{JEAN_INS[:13]} {JEAN_INS[13:]}"


@pytest.mark.parametrize("text", [
    # two persons' birth names: MOREAU Jean and a MOREU Jean
    f"Nom de naissance : MOREU\nPrénom : Jean\n\nNom de naissance : MOREAU\nPrénom : Jean\n"
    f"Date de naissance : 12/11/1928\nINS : {SPACED_INS}",
    # two birth dates printed
    f"Nom de naissance : MOREU\nPrénom : Jean\nDate de naissance : 12/11/1928\nINS : {SPACED_INS}\n"
    "Né le 05/05/1960",
])
def test_a_misprint_beside_a_second_identity_still_contradicts(text):
    assert not decision(text).files


def test_a_namesake_born_that_day_two_letters_from_the_print_keeps_the_doubt():
    index = RegistryIndex.build([JEAN, Patient("J4", "MOREAUX", "Jean", date(1928, 11, 12), "M")])
    d = decision(f"Nom de naissance : MOREAX\nPrénom(s) : Jean\nDate de naissance : 12/11/1928\nINS : {JEAN_INS}\n",
                 index)
    assert not d.files


@pytest.mark.parametrize("text", [
    f"Nom de naissance : MOREU\nPrénom(s) : Jean\nDate de naissance : 12/11/1928\nINS : {JEAN_INS}\n",
    # review53: the child's block over his insured father's first name, date and INS
    f"Enfant\nNom de naissance : MOREU\nPrénom(s) : Jean\nOuvrant droit\nPrénom : Jean\nDate de naissance : 12/11/1928\n"
    f"INS : {SPACED_INS}",
    f"Bénéficiaire des soins\nNom de naissance : MOREU\nPrénom : Jean\nAssuré\nPrénom : Jean\n"
    f"Date de naissance : 12/11/1928\nN° INS : {SPACED_INS}",
    # review54: a legal guardian's block under a heading no list holds, the child named above
    f"Enfant vu ce jour : Lucas\n\n\nResponsable légal\nNom de naissance : MOREU\nPrénom : Jean\n"
    f"Date de naissance : 12/11/1928\nINS : {SPACED_INS}",
])
def test_on_a_page_a_misprinted_birth_name_still_contradicts(text):
    assert not decision(text, record=False).files


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
