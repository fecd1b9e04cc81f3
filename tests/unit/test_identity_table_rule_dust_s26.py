"""A fax reads a table's left rule as `!` before the patient's first label (`! Nom de naiss. LEFEVRE`, independent
corpus s624-001): the label was not seen as opening its line, the letterhead's `Radiologue` above took the line for
its value, and a page with a clean block went to review « aucun patient ». `!`, `‘`, `’` are now dust before a label,
like `|`. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
HER = Patient("L1", "LEFÈVRE", "Catherine", date(1943, 12, 13), "F")
HER_SISTER = Patient("L2", "LEFÈVRE", "Claire", date(1943, 12, 13), "F")
PAGE = ("Adressé au\nDocteur Gaël CARPENTIER\nRadiologue\n{dust} Nom de naiss. LEFEVRE\n- Premier prénom {first}\n"
        "Date de naissance 13/12/1943\nSexe (M/F) F\n")


@pytest.mark.parametrize("dust", ["!", "‘", "’", "|"])
def test_the_label_behind_a_rule_read_as_dust_is_the_patients(dust):
    reading = read_page(PAGE.format(dust=dust, first="Catherine"), today=TODAY)
    assert [f.value for f in reading.fields if f.kind == "birth_name"] == ["LEFEVRE"]
    assert not any("LEFEVRE" in f.value for f in reading.fields if f.kind == "third_party")


@pytest.mark.parametrize("dust", ["!", "‘"])
def test_the_page_files_and_her_twin_sisters_does_not_file_her(dust):
    registry = RegistryIndex.build([HER, HER_SISTER])
    mine = decide([read_page(PAGE.format(dust=dust, first="Catherine"), today=TODAY)], registry)
    assert mine.files and mine.patient_ipp == "L1"
    sisters = decide([read_page(PAGE.format(dust=dust, first="Claire"), today=TODAY)], registry)
    assert sisters.files and sisters.patient_ipp == "L2"
    unknown = decide([read_page(PAGE.format(dust=dust, first="Chantal"), today=TODAY)], registry)
    assert not unknown.files
