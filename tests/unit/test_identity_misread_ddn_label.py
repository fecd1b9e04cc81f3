"""A fax reads the `DDN` label `DEN` or `DON` (OOD dev seed 201, s201-026: `DEN : 23 mars 1930` by every preparation of
the image; on main the date was read as another label's and the letter went to review as « aucun patient »). Where a
label stands — opening its line, or after a field's separator, a colon after it, the date on that line — it is read as
`DDN`; inside a line of words, or with the date below, it stays no birth label, and `DON` (a word: a donation) stays
none on a page that speaks of a donation (review13). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
LOPEZ = Patient("L1", "LOPEZ", "Anne-Sophie", date(1930, 3, 23), "F")
INDEX = RegistryIndex.build([
    LOPEZ,
    Patient("L2", "LOPEZ", "Anne-Sophie", date(1975, 1, 1), "F"),  # a namesake born another day
    Patient("L3", "LOPEZ", "Paul", date(1930, 3, 23), "M"),  # her twin brother
    Patient("M1", "MARTIN", "Paul", date(1957, 3, 12), "M"),
])


def labels_of(text: str) -> list[tuple[date, str]]:
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


def decision(text: str):
    return decide([read_page(text, today=TODAY)], INDEX)


@pytest.mark.parametrize("text", [
    "DEN : 23 mars 1930",
    "DON : 23/03/1930",
    "DEN: 23/03/1930",
    "‘. DEN : 23/03/1930",  # dust before the label
    "Patient : LOPEZ Anne-Sophie | DEN : 23/03/1930",  # a table border before it
    "Patient : LOPEZ Anne-Sophie ; DON : 23/03/1930",
    "Patient : LOPEZ Anne-Sophie — DEN : 23/03/1930",
    "Patient : LOPEZ Anne-Sophie     DEN : 23/03/1930",  # a column's gap
])
def test_a_misread_ddn_where_a_label_stands_labels_a_birth_date(text):
    assert labels_of(text) == [(date(1930, 3, 23), "birth")]


@pytest.mark.parametrize("text", [
    "Elle a fait un don : 23/03/2024",  # a word of a sentence
    "M. LOPEZ Paul DON : 23/03/1930",  # one space after a name: a first name as well as a label
    "VAN DEN : 23/03/1930",
    "DEN 23/03/1930",  # no colon
    "DENT : 23/03/1930",
    "ODON : 23/03/1930",
    "DEN : le courrier du 23/03/1930",  # words between the label and the date
    "DEN :\n23/03/1930",  # the date below: `DEN :` / `10/10/2010 : première consultation` is no birth date (review13)
    "DON :\n——\n23/03/1930",
    "Don d'organes : oui\nDON : 23/03/1930",  # a page that speaks of a donation: the date may be the donation's
    "DON : 23/03/1930\nDonneur : oui",
    "Prise de sang le 12/11/2026\nDON : 23/03/1930",
    "Dernier don de sang\nDEN : 23/03/1930",  # a donation's `DON` read `DEN` by the same glyph (review13)
    "Don d'organes : oui\nDEN : 23/03/1930",
])
def test_den_or_don_elsewhere_labels_no_birth_date(text):
    assert "birth" not in [label for _, label in labels_of(text)]


@pytest.mark.parametrize("label", ["DEN", "DON"])
def test_the_fax_letter_files_under_its_patient(label):
    d = decision(f"LABORATOIRE DE BIOLOGIE\n\nPatient : Mme Lopez Anne-Sophie\n{label} : 23 mars 1930\n\n"
                 "Prescripteur : Dr Madec Olivier\nPrélevé le : 27/11/2026")
    assert d.files and d.patient_ipp == "L1"


@pytest.mark.parametrize("page", [
    "Patient : LOPEZ Anne-Sophie\n{label} : 23/03/1930\nVue avec son frère LOPEZ Paul, né le 23/03/1930.",
    "Patient : LOPEZ Anne-Sophie\nPère : LOPEZ Paul\n{label} : 23/03/1930",  # the date below the father's field
    "Patient : LOPEZ Anne-Sophie\nDDN : 23/03/1930\n{label} : 01/01/1975",  # another birth date printed
    "Patient : LOPEZ Anne-Sophie\nNée le 23/03/1930\n{label} : 14 02 1952",  # another, unreadable
    "Patient : LOPEZ\n{label} : 23/03/1930",  # no first name: her twin brother as well
    "Patient : LOPEZ Anne-Sophie\n{label} : 23/03/1930 M",  # a man's label
    "Accompagnée de Mme LOPEZ Anne-Sophie\n{label} : 23/03/1930\nPatient : MARTIN Paul, né le 12/03/1957",
])
def test_a_misread_label_sends_to_review_what_ddn_sends_there(page):
    misread = [decision(page.format(label=label)) for label in ("DEN", "DON")]
    assert not decision(page.format(label="DDN")).files
    assert not any(d.files for d in misread)


@pytest.mark.parametrize("page", [
    "Nom de naissance : LOPEZ\nPrénom : Anne-Sophie\n{label} : 23/03/1930",  # a block of fields
    "Patient : LOPEZ\nNom de naissance : LOPEZ  Prénom : Anne-Sophie\n{label} : 23/03/1930",  # the name across fields
    "Tuteur : UDAF 75\nPatiente : LOPEZ Anne-Sophie\n{label} : 23/03/1930",  # a page that speaks of a relative
    "Personne à prévenir (mari)\n\nBénéficiaire : LOPEZ Anne-Sophie\n{label} : 23/03/1930",
    "Patient : LOPEZ Anne-Sophie\nService de médecine\n{label} : 23/03/1930",  # a line between name and date
    "Patient : LOPEZ Anne-Sophie, vue ce jour pour un bilan de contrôle annuel. {label} : 23/03/1930",
])
def test_a_misread_label_designates_only_right_after_the_subjects_name(page):
    """A block of fields, or a date farther from the name, is what DDN may designate and a glyph-off label not: on a fax
    page the printed label is what tells a block's person (a mother's, a relative's) from the subject (review10's h1/h2
    sets: the `DEN` forms of their `DDN` blocks filed the block's person where main sent `DEN` to review)."""
    assert decision(page.format(label="DDN")).files
    assert not any(decision(page.format(label=label)).files for label in ("DEN", "DON"))


@pytest.mark.parametrize("page", [
    "Patient : M. MARTIN Paul\nDon d'organes : oui\nDON : 12/03/1957",  # the donation's date (review13)
    "Patient : M. MARTIN Paul\nDON :\n12/03/1957 : première consultation",
    "Patient : M. MARTIN Paul\nDEN :\n\n12/03/1957 : première consultation",
])
def test_a_donations_date_or_a_date_below_the_label_files_no_one(page):
    assert not decision(page).files
