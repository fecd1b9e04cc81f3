"""A hyphenated capitals word whose first part is a kinship prefix OCR misread by one glyph (`0EMI-FRÈRE`,
`GKAND-PÈRE`, `BELIE-MÈRE`) is that kinship noun, not a compound surname: the heading it makes still holds the block
below as possibly the relative's (review10's r10_k1/k2: the noun exempted and the relative's block filed on main). A
compound name whose first part is no prefix nor near one (`MARTIN-FRERE`, `LEFEBVRE-PETIT`) still makes no heading.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("S1", "SIMON", "Paul", date(1972, 4, 18), "M")])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("above", ["VU AVEC LA 0EMI-FRÈRE", "ACCOMPAGNÉ PAR LE GKAND-PÈRE", "IDENTITÉ DE LA BELIE-MÈRE",
                                   "VENU AVEC SON DEMI-FRÈRE"])
def test_a_misread_kinship_prefix_still_makes_a_heading(above):
    assert not decision(f"{above}\nNom : SIMON Paul\nNaissance : 18.04.1972").files


@pytest.mark.parametrize("above", ["Biologistes : Dr Anne MARTIN-FRERE", "Biologistes : Dr André LEFEBVRE-PETIT"])
def test_a_compound_name_far_from_a_prefix_still_makes_no_heading(above):
    d = decision(f"{above}\nNom : SIMON Paul\nNaissance : 18.04.1972")
    assert d.files and d.patient_ipp == "S1"
