"""`N° AM 38 1 12552 2` (a prescriber's Assurance Maladie number) read `Ne AM 38 1 12562 2` by a fax (own corpus
s111 fax_0063): `Ne` was taken for `né` and `AM` for a birth place, so the number became an unreadable birth date that
contradicted the patient whose birth date the page prints right (`Né(e) le 07/12/1967`). A `Ne` before a number's
label (AM, ADELI, RPPS, FINESS, IPP…) is a misread `N°`. `Né à Amiens le …`, `Ne le …` stay birth labels. Pure."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
CHRISTINE = Patient("C1", "ANDRÉ", "Christine", date(1967, 12, 7), "F", used_name="RÉMY")
PRESCRIPTION = ("Dr Y. ROSSI\nMédecin généraliste\n\nRPPS 10507713551\n{number}\n\nCentre médical République\n"
                "Toulouse, le 23/01/2023\n\nMme RÉMY Christine\n\nNé(e) le 07/12/1967\nPoids : 81 kg\n\n"
                "1. ATORVASTATINE 20 mg : 1 comprimé le soir")


@pytest.mark.parametrize("number", ["Ne AM 38 1 12562 2", "Ne ADELI 751234567", "Ne RPPS 10507713551"])
def test_a_misread_number_label_is_no_birth_date(number):
    reading = read_page(PRESCRIPTION.format(number=number), today=TODAY)
    assert not reading.unreadable_birth_dates
    assert [m.value for m in reading.dates if m.label == "birth"] == [date(1967, 12, 7)]


@pytest.mark.parametrize("number", ["Ne AM 38 1 12562 2", "N° AM 38 1 12552 2"])
def test_the_prescription_files_the_patient(number):
    d = decide([read_page(PRESCRIPTION.format(number=number), today=TODAY)], RegistryIndex.build([CHRISTINE]))
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("text, sex", [
    ("Né à AMIENS le 12/03/1957", "M"), ("Ne le 12/03/1957", "M"), ("Née AMIENS 12/03/1957", "F"),
    ("Ne AMIENS 12/03/1957", "M"),
])
def test_birth_labels_stay(text, sex):
    (mention,) = read_page(text, today=TODAY).dates
    assert (mention.label, mention.sex_hint) == ("birth", sex)


def test_a_birth_date_behind_a_misread_number_label_is_no_birth_date():
    (mention,) = read_page("Ne AM 12/03/1957", today=TODAY).dates
    assert mention.label != "birth"
