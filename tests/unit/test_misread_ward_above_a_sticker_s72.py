"""Session 72: on a sheet of stickers, the ward line above the patient's `BERGER née BERNARD` is read with its ward's
name misread (`UF 4838 NEUROLOGTE`, sixth corpus s31 SCAN…001): a ward, no other used name. A surname after the unit's
number, or a civility and a name, still is one. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import fold, read_document
from docpipe.matching import RegistryIndex, a_ward_line, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
CLARA = Patient("A01", "BERNARD", "Clara Nicole Céline", date(1965, 9, 8), "F", used_name="BERGER")
STICKER = "BERGER née BERNARD\nClara Nicole Céline\nNée le 08/09/1965 (59 a)\nIPP 2875799072 NDA 2742728385\n\n{ward}\n\n"


def decision(ward: str):
    page = STICKER.format(ward=ward) * 3
    return decide(read_document([page], TODAY), RegistryIndex.build([CLARA]))


@pytest.mark.parametrize("line", ["UF 4838 NEUROLOGTE", "UF 4838 RHUMATOLOGTIE", "UF 4838 SFRVICE",
                                  "UF 4838 ENDOCRINOLOG", "UF 4838 GASTRO-ENTER", "UF 4838 CARDIOLOGIE", "UF 4838"])
def test_a_wards_name_however_misread_makes_a_ward_line(line):
    assert a_ward_line(fold(line))


@pytest.mark.parametrize("line", ["UF 3671 COLLIN", "UF 3671 FONTAINE", "UF 3671 MME COLLIN", "UF 2 MERCIER"])
def test_a_name_after_the_units_number_makes_none(line):
    assert not a_ward_line(fold(line))


@pytest.mark.parametrize("ward", ["UF 4838 NEUROLOGTE", "UF 4838 NEUROLOGIE"])
def test_the_sheet_is_filed_under_her(ward):
    verdict = decision(ward)
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


def test_a_surname_on_the_ward_line_still_is_another_used_name():
    verdict = decision("UF 4838 FONTAINE")
    assert verdict.status == "review" and verdict.patient_ipp is None
