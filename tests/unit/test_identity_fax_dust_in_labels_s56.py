"""A fax's dust in a form's identity fields (first corpus s790-029 and s790-040, both in review on main as « aucun
patient ne correspond »): a garbled abbreviation of the birth label (`Date nayss. . 08/04/2000`), a speck or a required field's
star between a label and its value (`NOM DE NAISSANCE * ROMERO`), a colon glued to the hyphen OCR read between the
surname and the given name (`Patient BÉRANGER-:Alain`). Each is read as printed; the near misses stay what they were:
`Date mais` is no birth label, a dot after `Patient` still opens no field, a real hyphenated name stays one name.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
ROMERO = Patient("R1", "ROMERO", "Erwan Alain Stéphane", date(2000, 4, 8), "M")
BERANGER = Patient("B1", "BÉRANGER", "Alain", date(2014, 5, 1), "M")
HYPHENATED = Patient("H1", "MARTIN-DUPONT", "Claire", date(1961, 2, 3), "F")
MARTIN = Patient("M1", "MARTIN", "Claire", date(1961, 2, 3), "F")


def decision(text: str, *patients: Patient):
    return decide([read_page(text, today=TODAY)], RegistryIndex.build(list(patients)))


def birth_dates(text: str) -> list[date]:
    return [d.value for d in read_page(text, today=TODAY).dates if d.label == "birth"]


ROMERO_FORM = ("Dermatologue\n\nNOM DE NAISSANCE {sep} ROMERO\nPrénoms ERWAN ALAIN STÉPHANE\n\n"
               "Date {label} . 08/04/2000\n\nSexe (MF): M\n\nORDONNANCE\nRAMIPRIL 5 mg : 1 gélule le matin\n")


@pytest.mark.parametrize("label", ["nayss.", "naiss.", "nais.", "naisd.", "de nayss."])
def test_a_birth_labels_abbreviation_one_glyph_off_is_read_as_it(label):
    assert birth_dates(ROMERO_FORM.format(sep=":", label=label)) == [date(2000, 4, 8)]


@pytest.mark.parametrize("label", ["mais", "du", "nyasss", "de passage"])
def test_another_word_after_date_stays_no_birth_label(label):
    assert birth_dates(ROMERO_FORM.format(sep=":", label=label)) == []


def test_the_form_misread_twice_is_filed():
    result = decision(ROMERO_FORM.format(sep="*", label="nayss."), ROMERO)
    assert (result.status, result.patient_ipp) == ("filed", "R1")


@pytest.mark.parametrize("sep", ["*", "°"])
def test_a_star_or_a_speck_between_a_label_and_its_name_is_no_sentence(sep):
    fields = [(f.kind, f.value) for f in read_page(f"NOM DE NAISSANCE {sep} ROMERO\n", today=TODAY).fields]
    assert fields and fields[0][0] == "birth_name" and fields[0][1].endswith("ROMERO")


def test_a_dot_after_patient_still_opens_no_field():
    assert [f for f in read_page("Patient . M. JOUBERT Stéphane Léon", today=TODAY).fields if f.kind == "name"] == []


VOUCHER = "BON D'EXAMEN\n\nPatient {name}\nDate de naissance : {born}\n\nL'examen clinique est sans particularité.\n"


@pytest.mark.parametrize("name", ["BÉRANGER-:Alain", "BÉRANGER:-Alain", "BÉRANGER-;Alain"])
def test_a_colon_glued_to_a_hyphen_between_surname_and_given_name_is_a_space(name):
    result = decision(VOUCHER.format(name=name, born="01.05.2014"), BERANGER)
    assert (result.status, result.patient_ipp) == ("filed", "B1")


def test_a_real_hyphenated_surname_stays_one_name():
    result = decision(VOUCHER.format(name="MARTIN-DUPONT Claire", born="03/02/1961"), HYPHENATED, MARTIN)
    assert (result.status, result.patient_ipp) == ("filed", "H1")


def test_the_hyphens_dust_does_not_file_a_shorter_namesake():
    """`MARTIN-:DUPONT Claire`: read MARTIN DUPONT, it is the registered MARTIN-DUPONT's, never MARTIN Claire's."""
    page = VOUCHER.format(name="MARTIN-:DUPONT Claire", born="03/02/1961")
    both = decision(page, HYPHENATED, MARTIN)
    assert (both.status, both.patient_ipp) == ("filed", "H1")
    assert decision(page, MARTIN).status == "review"


HEADED_FORM = "DEMANDE D'AVIS\n\n{heading}\n\nNom\nTOURIER\nPrénom\nZoé\nDate de naissance\n09/06/1973\nSexe\nFéminin\n"
TOURIER = Patient("T1", "TOURIER", "Zoé", date(1973, 6, 9), "F")


@pytest.mark.parametrize("heading", ["IDENTITÉ DU PATIENT", "IDENTITÉ DU PATENT", "IDENTITÉ OU PATLENT"])
def test_the_identity_heading_with_a_glyph_lost_is_no_name(heading):
    page = read_page(HEADED_FORM.format(heading=heading), today=TODAY)
    assert [f.value for f in page.fields if f.kind == "name"] == ["", "TOURIER"]
    result = decide([page], RegistryIndex.build([TOURIER]))
    assert (result.status, result.patient_ipp) == ("filed", "T1")


def test_a_name_after_identite_is_still_read():
    page = read_page("IDENTITÉ : TOURIER Zoé\nNée le 09/06/1973\n", today=TODAY)
    assert [f.value for f in page.fields if f.kind == "name"] == ["TOURIER ZOE"]
