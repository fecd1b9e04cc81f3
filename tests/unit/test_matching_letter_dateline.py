"""A letter's place and date below the recipient's specialty (`Adressé au` / `Docteur Louis BAILLY` / `Radiologue` /
`Aubagne, le 22 septembre 2026`): `Radiologue` opening its line is an empty third-party label and takes the line
below, whose date made it « une autre identité datée » (independent corpus s647-038, s666-034, both in review on main).
A town, `le` and the page's latest date, nothing more, is no identity. A name with a date (`LEROY Louise le …`,
`LEROY, le …`), a town with an older date than the page's, or a birth word stay another dated identity. Pure, no
I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("Y1", "ETCHEVERRY", "Yves", date(2003, 5, 10), "M"),
    Patient("L1", "LEROY", "Louise", date(1950, 3, 12), "F"),
])
HEAD = "Cabinet médical du Parc\n\nAdressé au\nDocteur Louis BAILLY\n\nRadiologue\n"
BODY = "\n\nObjet : Monsieur Yves ETCHEVERRY, 10.05.2003\n\nCher confrère,\nJ'ai revu ce jour votre patient.\n"


def decision(line: str):
    return decide([read_page(HEAD + line + BODY, today=TODAY)], INDEX)


@pytest.mark.parametrize("line", ["Aubagne, le 22 septembre 2026", "Vannes, le 03/11/2026", "Le Havre, le 1er mai 2026",
                                  "Saint-Malo le 03.11.2026."])
def test_the_letters_dateline_below_the_specialty_is_no_identity(line):
    d = decision(line)
    assert d.files and d.patient_ipp == "Y1"


@pytest.mark.parametrize("line", ["LEROY Louise le 12/03/1950",  # a name and a date
                                  "LEROY, le 12/03/1950",  # not the page's latest date
                                  "Aubagne, le 12/03/1950",  # an older date than the letter's
                                  "Aubagne, née le 12/03/1950",
                                  "Aubagne, le 22 septembre 2026, LEROY Louise"])
def test_a_name_or_an_older_date_there_stays_another_dated_identity(line):
    page = HEAD + line + BODY + "Consultation du 22/09/2026.\n"
    d = decide([read_page(page, today=TODAY)], INDEX)
    assert not d.files
