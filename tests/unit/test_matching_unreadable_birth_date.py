"""Behind a birth label, a date OCR could not read (`Date de naissance : 14 02 1952`, `Né le 63/12/1938`) is the printed
birth date, unknown: it designates no one, and it contradicts a patient designated by the traits elsewhere unless its
digits are that patient's birth date. On main it was not seen at all, and a relative's readable date named in the text
filed the document under the relative (review8's M-2). A patient designated by the page's own INS is not held to it,
nor is a date in a third party's field. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
SAINT_JUST_INS = "1381269105295" + nir.calc_check_digits("1381269105295")
INDEX = RegistryIndex.build([
    Patient("N1", "NGUYEN", "Van An", date(1950, 12, 25), "M"),  # the husband
    Patient("N2", "NGUYEN", "Thi Lan", date(1952, 2, 14), "F"),
    Patient("H1", "BERNARD", "Luc", date(1980, 2, 2), "M"),
    Patient("H2", "BERNARD", "Luc", date(1985, 6, 6), "M"),
    Patient("S1", "SAINT-JUST", "Bernard", date(1938, 12, 3), "M", ins=SAINT_JUST_INS),
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("text, digits", [
    ("Date de naissance : 14 02 1952", "14021952"),
    ("Né le 63/12/1938 M", "63121938"),
    ("DDN : 06  /  06 : 1985", "06061985"),
    ("Né(e) le : 10/ 70'2010", "10702010"),
    ("Date de naissance :\n14 02 1952", "14021952"),  # the value on the line under its label
])
def test_an_unreadable_date_behind_a_birth_label_is_seen(text, digits):
    assert [u.digits for u in read_page(text, today=TODAY).unreadable_birth_dates] == [digits]


@pytest.mark.parametrize("text", [
    "Date de naissance : 14/02/1952",  # read: a date, not an unreadable one
    "Poids de naissance : 3250 g",
    "Tél. 06 12 34 56 78",  # no birth label
    "Né le 12/03/1957 à Lyon, 12 rue Victor Hugo",
    "Lieu de naissance : Caen\nIPP : 523312128",  # own corpus seed 31: the IPP's line under a birth place
    "Date de naissance : 24/08/1952\nLieu de naissance : Caen\nTél : 02 31 45 67 89",
])
def test_nothing_unreadable_where_the_date_is_read_or_no_birth_label_stands(text):
    assert read_page(text, today=TODAY).unreadable_birth_dates == ()


def test_a_companions_readable_date_does_not_file_against_the_subjects_unreadable_one():
    # `venu avec M. NGUYEN Van` names the companion: since s25 he designates no one (no_match, not a contradiction)
    d = decision("Patient : NGUYEN\nDate de naissance : 14 02 1952\nLe patient est venu avec M. NGUYEN Van, 25 décembre "
                 "1950.")
    assert not d.files and d.rule == "no_match"


@pytest.mark.parametrize("page", [
    "Patient : M. Luc BERNARD\nDate de naissance : 06 06 1985\nAntécédents familiaux : Monsieur Luc BERNARD (02/02/1980).",
    "Patient : M. Luc BERNARD\nDate de naissance :\n06 06 1985\nAntécédents familiaux : Monsieur Luc BERNARD (02/02/1980).",
])
def test_a_relatives_readable_date_does_not_file_against_the_subjects_unreadable_one(page):
    d = decision(page)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("page, ipp", [
    ("Patient : M. Luc BERNARD\nDate de naissance : 02 02 1980\nDDN : 02/02/1980\nCompte rendu.", "H1"),
    (f"Saint-Just\nBERNARD\nNé le 63/12/1938 M .\nINS {SAINT_JUST_INS[:13]} {SAINT_JUST_INS[13:]}\nCompte rendu.", "S1"),
    ("Nom : BERNARD\nPrénom : Luc\nNé(e) le : 06-06-1985\nOuvrant droit : BERNARD Paul, né le 02 02 1955\nMotif.", "H2"),
])
def test_the_patients_own_digits_an_ins_or_a_third_partys_field_still_file(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp
