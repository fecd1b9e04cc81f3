"""An empty birth label followed, on its line, by another date's label and its date (`Date de naissance : | Date
d'entrée : 01/12/2026`): main read the entry date as the birth date and filed a namesake born that day, even with the
patient himself registered (review37). A word of an event's date, or another label's colon, between the birth label
and the date now makes it that event's date; `Née à Paris le …`, `Né(e) le : | …` stay birth dates. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
PIERRE = Patient("P1", "DUPONT", "Pierre", date(1980, 5, 12), "M")
NEWBORN = Patient("N1", "DUPONT", "Pierre", date(2026, 12, 1), "M")


@pytest.mark.parametrize("line", ["Date de naissance : | Date d'entrée : 01/12/2026",
                                  "Date de naissance :   Date d'admission   01/12/2026",
                                  "Date de naissance :\tDate de l'examen : 01.12.2026",
                                  "Date de naissance : | Entrée : 01/12/2026",
                                  "Date de naissance : | Prélevé le 01/12/2026"])
def test_an_events_date_after_an_empty_birth_label_files_no_namesake(line):
    page = f"Patient : DUPONT Pierre\n{line}\n"
    reading = read_page(page, today=TODAY)
    assert [d.label for d in reading.dates] != ["birth"]
    assert not decide([reading], RegistryIndex.build([PIERRE, NEWBORN])).files


@pytest.mark.parametrize("line", ["Date de naissance : 01/12/2026", "Né(e) le : | 01/12/2026",
                                  "Né à Paris le 01/12/2026"])
def test_the_birth_date_behind_its_label_still_files_the_newborn(line):
    page = f"Patient : DUPONT Pierre\n{line}\n"
    d = decide([read_page(page, today=TODAY)], RegistryIndex.build([PIERRE, NEWBORN]))
    assert d.files and d.patient_ipp == "N1"
