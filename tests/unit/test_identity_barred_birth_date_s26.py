"""A fax may read a form's spaced slashes as bars (`Date de naissance :` / `17 | 04 | 1988`, independent corpus
s624-028): the birth date went unread and a clean form went to review « aucun patient ». The date is now read in a
birth date's field opening its line, day and month padded, the year whole; in running text or after another label the
bars part a table's cells and give no date. Digits are never corrected. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
HIM = Patient("B1", "BOUAZIZ", "Loïc Lucas", date(1988, 4, 17), "M")
NAMESAKE = Patient("B2", "BOUAZIZ", "Loïc", date(1988, 9, 23), "M")


def birth_dates(text: str) -> list[date]:
    return [d.value for d in read_page(text, today=TODAY).dates if d.label == "birth"]


@pytest.mark.parametrize("text", ["Date de naissance :\n17 | 04 | 1988", "Date de naissance : 17 | 04 | 1988",
                                  "Né le 17 |04| 1988", "| DDN | 17 | 04 | 1988 | Sexe : M",
                                  # session 28: one separator a bar or `!` (s644-036, s628-019)
                                  "Naissance :\n17 | 04 / 1988", "Date de naissance\n17 ! 04 / 1988",
                                  "Né le : 17/04 | 1988", "DDN : 17.04! 1988"])
def test_a_birth_dates_field_reads_bars_as_separators(text):
    assert birth_dates(text) == [date(1988, 4, 17)]


@pytest.mark.parametrize("text", ["Examen | 17 | 04 | 1988", "Il est né le 17 | 04 | 1988 à Paris",
                                  "Date de naissance :\n7 | 04 | 1988", "Date de naissance : 17 | 04 | 88",
                                  "Date de naissance : 17 | 04 | 19881",
                                  # review36: another date's label between the birth label and the date
                                  "Date de naissance : | Date d'entrée : 17 | 04 | 1988",
                                  "Date de naissance    Date d'admission\n17 | 04 | 1988",
                                  "Date de naissance : | Prélevé le 17 | 04 | 1988",
                                  "Il est né le 17 | 04 / 1988 à Paris", "Date de naissance : 17 ! 4 / 1988",
                                  "Date de naissance : 17 | 04 / 198", "Examen | 17 / 04 | 1988",
                                  "Date de naissance : | Date d'entrée : 17 / 04 | 1988"])
def test_bars_elsewhere_or_with_a_digit_short_give_no_birth_date(text):
    assert birth_dates(text) == []


FORM = ("PATIENT\nNom de naissance :\nBouaziz\nPremier prénom :\nLoic\nDate de naissance :\n{date}\nSexe (M/F) :\nM\n")


def test_the_form_files_him_and_a_namesakes_date_does_not():
    registry = RegistryIndex.build([HIM, NAMESAKE])
    his = decide([read_page(FORM.format(date="17 | 04 | 1988"), today=TODAY)], registry)
    assert his.files and his.patient_ipp == "B1"
    other = decide([read_page(FORM.format(date="23 | 09 | 1988"), today=TODAY)], registry)
    assert other.files and other.patient_ipp == "B2"
    neither = decide([read_page(FORM.format(date="12 | 04 | 1988"), today=TODAY)], registry)
    assert not neither.files


def test_an_entry_date_beside_an_empty_birth_label_files_no_newborn_namesake():
    """review36: C1's admission sheet filed the namesake born on its entry date."""
    registry = RegistryIndex.build([Patient("C1", "DUPONT", "Léo", date(2015, 3, 9), "M"),
                                    Patient("N1", "DUPONT", "Léo", date(2026, 12, 1), "M")])
    page = "Nom : DUPONT\nPrénom : Léo\nDate de naissance : | Date d'entrée : 01 | 12 | 2026\n"
    assert not decide([read_page(page, today=TODAY)], registry).files


@pytest.mark.parametrize("row, field", [("14 | 09 | 2000", "14 | 09 | 1999"), ("14 ! 09 / 2000", "14 ! 09 / 1999"),
                                        ("14 | 09 / 2000", "14/09/1999")])
def test_a_barred_date_in_a_table_row_is_seen_and_contradicts_a_namesake(row, field):
    """review40 (session 28): the row's barred date was neither read nor seen, so the field's date below it filed the
    namesake born in 1999 (main did so with bars already). It now contradicts as a date printed with letters does."""
    registry = RegistryIndex.build([Patient("M1", "MOREL", "Mathis", date(1999, 9, 14), "M"),
                                    Patient("M2", "MOREL", "Mathis", date(2000, 9, 14), "M")])
    page = f"| Nom | Prénom | Date de naissance |\n| MOREL | Mathis | {row} |\nDate de naissance : {field}\nBilan."
    assert not decide([read_page(page, today=TODAY)], registry).files


def test_a_barred_date_elsewhere_that_is_no_ones_leaves_the_filing_alone():
    page = FORM.format(date="17 | 04 | 1988") + "| Examen | 02 | 03 | 2026 |\n"
    d = decide([read_page(page, today=TODAY)], RegistryIndex.build([HIM, NAMESAKE]))
    assert d.files and d.patient_ipp == "B1"
