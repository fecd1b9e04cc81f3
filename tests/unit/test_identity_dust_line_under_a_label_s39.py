"""A form's caption over its value, a line of dust OCR read on the paper between them (`Premier prénom` / `.` /
`Jérôme`, second independent corpus s75_029, a clean scan): the dust was read as the first name and the form went to
review « aucun patient ». A line of nothing but a rule or dust is skipped as a blank line is (two at most), as the line
above a date already is; a label on the line after it still leaves the field empty. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
FORM = ("IDENTITÉ DU PATIENT\nNom de naissance : SALAUD\nNom utilisé\n\nSexe : M\n\nPremier prénom\n{dust}\nJérôme\n\n"
        "Date de naissance\n\n07/02/1982\n")


def fields(text: str) -> dict[str, str]:
    return {f.kind: f.value for f in read_page(text, today=TODAY).fields}


@pytest.mark.parametrize("dust", [".", "-", "—", "_ _", "|", ":", ". .\n"])
def test_a_dust_line_between_a_caption_and_its_value_is_skipped(dust):
    assert fields(FORM.format(dust=dust))["first_names"] == "JEROME"


@pytest.mark.parametrize("text", [
    "Prénom :\n----\nPrénom usuel : Anne\n",  # the next line is a label: the field stays empty
    "Prénom :\n.\n.\n.\nJérôme\n",  # three dust lines: more than a blank gap
])
def test_no_value_past_a_label_or_a_long_gap(text):
    assert fields(text).get("first_names", "") in ("", ".")


def test_the_form_files_him():
    registry = RegistryIndex.build([Patient("S1", "SALAUD", "Jérôme Paul", date(1982, 2, 7), "M"),
                                    Patient("S2", "SALAUD", "Julien", date(1982, 2, 7), "M")])
    decision = decide([read_page(FORM.format(dust="."), today=TODAY)], registry)
    assert decision.files and decision.patient_ipp == "S1"
