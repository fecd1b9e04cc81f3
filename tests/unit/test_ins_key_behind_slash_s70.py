"""Session 70: the INS key printed behind a slash or a dash (`2 56 01 99 139 253 / 67`, `2560199139253 - 67`), a common
way to print the key apart, as the seventh corpus does (seed 11, o7_001: `MARTIN Lucienne – N° INS : 2 56 01 99 139 253
/ 67`, unread, the letter went to review; o7_007 and o7_009: another patient's INS so printed went unseen, and the
paper was filed). As behind a bar, an unlabelled number counts only with a valid key, never before a date's next
group, and never a drug's CIP13 code. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
LUCIENNE = Patient("A01", "PERRIER", "Lucienne", date(1956, 1, 17), "F", used_name="MARTIN", ins="256019913925367")
OTHER_LUCIENNE = Patient("A02", "MARTIN", "Lucienne", date(1940, 6, 2), "F", used_name="MULLER")


def ins_read(line: str) -> list[tuple[str, bool, bool]]:
    return [(m.number, m.valid_key, m.labelled) for m in read_document([f"Courrier\n{line}\n"], today=TODAY)[0].ins]


@pytest.mark.parametrize("line", [
    "N° INS : 2 56 01 99 139 253 / 67", "N° INS : 2 56 01 99 139 253 - 67", "N° INS : 2 56 01 99 139 253 – 67",
    "N° INS : 2560199139253/67", "N° INS : 2560199139253 / 67",
])
def test_a_key_behind_a_slash_or_a_dash_is_read(line):
    assert ins_read(line) == [("256019913925367", True, True)]


def test_an_unlabelled_number_needs_its_key_to_hold():
    assert ins_read("MARTIN Lucienne 2 56 01 99 139 253 / 67") == [("256019913925367", True, False)]
    assert ins_read("MARTIN Lucienne 2 56 01 99 139 253 / 66") == []


@pytest.mark.parametrize("line", [
    "1 49 11 75 056 123 - 02/11/1949",  # a NIR without its key, then a date
    "3400936358756 / 19 comprimés",  # a drug's CIP13 code (19 would be a valid key)
    "Réf. 2560199139253 - 12",
])
def test_no_key_is_taken_where_none_is_printed(line):
    assert ins_read(line) == []


LETTER = ("Dr Marie BLANC\nDermatologie\nVoiron, le 24 janvier 2025\nMARTIN Lucienne  –  N° INS : {ins}\n"
          "Cher confrère,\nJe vous remercie de m'avoir adressé votre patiente pour le suivi d'un diabète.\n")


def test_a_letter_naming_the_patient_by_her_used_name_and_her_ins_is_filed():
    index = RegistryIndex.build([LUCIENNE, OTHER_LUCIENNE])
    verdict = decide(read_document([LETTER.format(ins="2 56 01 99 139 253 / 67")], today=TODAY), index)
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


def test_another_valid_ins_so_printed_contradicts():
    """`Objet : M. MARTIN Paul, né le 28/12/1935 — NIR 2 41 06 59 350 175 / 75`: a woman's number on his letter."""
    paul = Patient("B01", "MARTIN", "Paul", date(1935, 12, 28), "M")
    text = ("Cholet, le 06/03/2025\nObjet : M. MARTIN Paul, né le 28/12/1935 — NIR 2 41 06 59 350 175 / 75 — sexe M\n"
            "Cher confrère,\nJe vous remercie de m'avoir adressé ce patient.\n")
    verdict = decide(read_document([text], today=TODAY), RegistryIndex.build([paul]))
    assert verdict.status == "review"
