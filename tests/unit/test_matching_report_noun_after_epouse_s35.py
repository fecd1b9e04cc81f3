"""`Patiente : Mme BAROUX Patricia Odile épouse Examen du 11/02/2025` / `BAROUX-LEMAIRE`: OCR read two columns as one
line (second corpus s62), and `Examen` after `épouse` was taken for a used name that is not the registry's. A report's
noun written in title case is no surname; a real other used name still contradicts. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

INDEX = RegistryIndex.build([Patient("B1", "BAROUX", "Patricia Odile", date(1950, 4, 16), "F",
                                     used_name="BAROUX-LEMAIRE")])


def decision(line: str):
    text = f"{line}\nBAROUX-LEMAIRE\nDemandeur : Dr Sandrine LE GALL\nDate de naissance : 16/04/1950\n"
    return decide(read_document([text], today=date(2026, 12, 4), typed=[False]), INDEX)


def test_a_report_noun_after_epouse_is_no_used_name():
    d = decision("Patiente : Mme BAROUX Patricia Odile épouse Examen du 11/02/2025")
    assert d.files and d.patient_ipp == "B1"


def test_another_used_name_in_capitals_still_contradicts():
    assert not decision("Patiente : Mme BAROUX Patricia Odile épouse MARTIN").files


@pytest.mark.parametrize("text", ["Mme MARTIN Anne épouse Courrier, née le 01/01/1960",
                                  "Mme MARTIN Anne épouse Examen, née le 01/01/1960"])
def test_a_report_noun_without_its_date_is_a_surname_again(text):
    """review55: `Courrier`, `Rendu` are surnames too — written in title case after `épouse`, with no `du <date>`."""
    index = RegistryIndex.build([Patient("W", "MARTIN", "Anne", date(1960, 1, 1), "F", used_name="DURAND")])
    assert not decide(read_document([text], today=date(2026, 12, 4), typed=[True]), index).files
