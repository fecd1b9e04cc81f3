"""A comb field's date read with its boxes erased (`date de naissance` / `13 11 1998`: a care sheet's cerfa, second
corpus seed 126 s126_014) has spaces alone between its day, month and year. It is read in a birth date's field opening
its line, ending its line with nothing but the label before it; in running text, after another label or beside other
words it stays unread. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
SHEET = ("FEUILLE DE SOINS — Médecin\nPERSONNE RECEVANT LES SOINS ET ASSURÉ(E)\n"
         "nom et prénom (suivis, s'il y a lieu, du nom d'usage)\n\nCOUDEAU Mélissa née SALOT\n\n"
         "numéro d'immatriculation\n298 11 24154 550 67\n{birth}\n\nadresse\n35 rue Nationale, Besançon\n\n"
         "IDENTIFICATION DU MÉDECIN\nDr COCHET Stéphanie — Médecine générale")


def dates(text: str) -> list[tuple[date, str]]:
    return [(m.value, m.label) for m in read_document([text], today=TODAY, typed=[False])[0].dates]


@pytest.mark.parametrize("text", [
    "date de naissance\n\n13 11 1998\nadresse",
    "Date de naissance :\n13  11  1998",
    "Date de naissance : 13 11 1998",
    "Né(e) le : 13 11 1998 |",
])
def test_a_comb_fields_date_is_read_in_a_birth_field(text):
    assert dates(text) == [(date(1998, 11, 13), "birth")]


@pytest.mark.parametrize("text", [
    "Né le 13 11 1998 à Paris",  # running text
    "Il est né le\n13 11 1998",  # the label does not open its line
    "Date de naissance : 13 11 1998 Date d'entrée : 01 12 2026",  # not ending its line
    "Date d'entrée\n01 12 2026",  # not a birth label
    "Date de naissance : voir 13 11 1998",  # another word before it
    "Date de naissance : 13 11 199",  # the year incomplete
])
def test_spaced_groups_elsewhere_stay_unread(text):
    assert not [d for d in dates(text) if d[1] == "birth"]


def test_the_care_sheet_files_on_its_name_and_comb_date():
    index = RegistryIndex.build([Patient("S1", "SALOT", "Mélissa Jeanne", date(1998, 11, 13), "F", used_name="COUDEAU",
                                         ins="298112A15455067"),  # Corsica: `2A` read `24`, one character
                                 Patient("S2", "SALOT", "Mélissa", date(1989, 11, 13), "F")])
    d = decide(read_document([SHEET.format(birth="date de naissance\n\n13 11 1998")], today=TODAY, typed=[False]),
               index)
    assert d.files and d.patient_ipp == "S1"
