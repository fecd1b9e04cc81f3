"""`IDENTITÉ OU PATIENT`: a fax's `DU` read `OU` (third corpus s20, s21). The heading was read as the label `IDENTITÉ`
with the value `OU PATIENT`, a name « OU » absent from the registry → contradiction. It is the heading it always was;
the fields below still decide. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

INDEX = RegistryIndex.build([Patient("R1", "RICHARD", "Julien", date(2001, 5, 7), "M")])
FIELDS = "Nom de naissance : {name}\nPrénom(s) : Julien\nDate de naissance : 07/05/2001\nSexe : M\n"


@pytest.mark.parametrize("heading", ["IDENTITÉ OU PATIENT", "IDENTITÉ DU PATIENT"])
def test_the_misread_heading_reads_as_the_heading(heading):
    d = decide(read_document([f"COMPTE RENDU D'EXAMEN\n{heading}\n" + FIELDS.format(name="RICHARD")],
                             today=date(2026, 12, 4), typed=[False]), INDEX)
    assert d.files and d.patient_ipp == "R1"


def test_the_fields_below_it_still_contradict():
    d = decide(read_document(["IDENTITÉ OU PATIENT\n" + FIELDS.format(name="RICHARDS")], today=date(2026, 12, 4),
                             typed=[False]), INDEX)
    assert not d.files
