"""A label alone on its line takes the next line as its value when that line reads as one: a name or a value, eight
words at most. The groups of a number are no words: `Ouvrant droit` / `FAURE Françoise — 2 68 01 75 140 011 48` (the
insured's NIR in seven groups) was no value on main, so the insured's number counted as the patient's own INS and
contradicted her (independent corpus s637-006, a clean 300 dpi scan). A body line stays no value. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
HER_NIR = "2120556193178" + nir.calc_check_digits("2120556193178")
INSURED_NIR = "2680175140011" + nir.calc_check_digits("2680175140011")
HER = Patient("M1", "MARTINS", "Martine", date(2012, 5, 22), "F", ins=HER_NIR)
NAMESAKE = Patient("M2", "MARTINS", "Martine", date(2012, 5, 2), "F")  # born one digit apart


def spaced(number: str) -> str:
    return " ".join([number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]])


def page(insured_line: str) -> str:
    return (f"Nom :\nMARTINS\nPrénom(s)\nMartine\nDate de naiss.\n22/05/2012\nINS (NIR)\n{spaced(HER_NIR)}\n"
            f"Ouvrant droit\n{insured_line}\n\nCompte rendu de consultation\n")


def third_party_values(text: str) -> list[str]:
    return [f.value for f in read_page(text, today=TODAY).fields if f.kind == "third_party"]


def test_a_value_line_with_a_number_in_groups_is_the_labels_value():
    [value] = third_party_values(page(f"FAURE Françoise — {spaced(INSURED_NIR)}"))
    assert value.startswith("FAURE FRANCOISE") and value.endswith(spaced(INSURED_NIR))


def test_the_page_files_her_by_her_ins_the_insureds_number_aside():
    d = decide([read_page(page(f"FAURE Françoise — {spaced(INSURED_NIR)}"), today=TODAY)],
               RegistryIndex.build([HER, NAMESAKE]))
    assert d.files and d.patient_ipp == "M1"


@pytest.mark.parametrize("line", [
    "la patiente est revue ce jour pour le suivi de son traitement 2 68 01 75 140 011 48",  # a sentence
    "FAURE Françoise GIRAUD Louise MARTIN Paul DUBOIS Anne LEROY 2 68",  # nine words: no value
])
def test_a_body_line_or_too_many_words_stay_no_value(line):
    assert third_party_values(page(line)) == [""]
