"""A fax prints one of a date's two separators as a space (`Date de naiss. : 07 11.1996`, independent corpus s3-002: the
prescription went to review as « aucun patient »). Read only in a form's field — a birth label opening its line, or
alone on the line above — with a padded day and month, one plain space, the other separator a mark and a four-digit
year. In a sentence (`né le 07 11.1996`), where the same noise garbles relation words (review8), with no mark at all
(`14 02 1952`), two spaces or a two-digit year it stays an unreadable birth date: it contradicts, it never designates.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
CHANTAL = Patient("C1", "GIRAUD", "Chantal", date(1996, 11, 7), "F")
INDEX = RegistryIndex.build([
    CHANTAL,
    Patient("C2", "GIRAUD", "Marie", date(1970, 11, 7), "F"),  # her mother
    Patient("K1", "KERVELLA", "Théo", date(1980, 11, 7), "M"),  # the prescriber's namesake
])


def dates_of(text: str):
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


def decision(text: str, index: RegistryIndex = INDEX):
    return decide([read_page(text, today=TODAY)], index)


@pytest.mark.parametrize("text", [
    "Date de naiss. : 07 11.1996",
    "DDN : 07/11 1996",
    "Né(e) le :\n07.11 1996",
    "‘. Date de naissance : 07 11-1996",
])
def test_a_space_for_one_separator_in_a_birth_field_is_read(text):
    assert dates_of(text) == [(date(1996, 11, 7), "birth")]


@pytest.mark.parametrize("text", [
    "Elle est née le 07 11.1996",  # a sentence
    "Vu le : 07 11.1996",  # another label
    "Date de naissance : 14 02 1952",  # no mark at all
    "Date de naissance : 07  11.1996",  # two spaces
    "Date de naissance : 07 11.96",  # a two-digit year
    "Date de naissance : 7 11.1996",  # a one-digit day
    "Date de naissance : 1 07 11.1996",  # a digit before
])
def test_no_date_elsewhere(text):
    assert [d for d in dates_of(text) if d[0].year in (1952, 1996)] == []


def test_the_prescription_files_under_its_patient():
    d = decision("Docteur Théo KERVELLA\nGynécologue\nNom de naiss. : GIRAUD\nPrénoms : CHANTAL\n"
                 "Date de naiss. : 07 11.1996\nSexe °F\nORDONNANCE")
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("text", [
    # the date in a sentence after a relation word: unreadable, never the mother
    "Mme GIRAUD Chantal vient avec sa mère, Mme GIRAUD Marie, née le 07 11.1970.",
    # the mother's own block under her label
    "Patiente : GIRAUD Chantal\nMère : GIRAUD Marie\nDate de naissance : 07 11.1970",
    # the prescriber's namesake
    "Prescripteur : Dr KERVELLA Théo\nDate de naissance : 07 11.1980",
])
def test_a_relatives_or_doctors_date_files_no_one(text):
    assert not decision(text).files


def test_an_unreadable_date_in_a_sentence_still_contradicts():
    d = decision("Nom : GIRAUD\nPrénom : Chantal\nDate de naissance : 07/11/1996\nElle est née le 08 11.1996")
    assert not d.files


def test_a_namesake_one_digit_away_keeps_it_in_review():
    index = RegistryIndex.build([CHANTAL, Patient("C3", "GIRAUD", "Chantal", date(1996, 11, 1), "F")])
    assert not decision("Nom : GIRAUD\nPrénom : Chantal\nDate de naiss. : 07 11.1996", index).files
