"""A letterhead's column can put a doctor's line right below the patient's empty name field (`Nom d'usage :` / `` /
`Docteur Solène MARTIN — gastro-entérologue`, own corpus s91 capture_0040): no patient's name follows a doctor's title,
so the line is no value of hers. On main it was read as her used name, « MARTIN » contradicted her and the page went to
review although her birth name, first name and birth date were printed. A third party's field still takes its doctor
below (`Médecin traitant :` / `Dr Paul LEROY`); a patient's name below is still the value. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
HER = Patient("H1", "HAMON", "Christine", date(1943, 6, 23), "F")
MARRIED_MARTIN = Patient("M1", "HAMON", "Christine", date(1943, 6, 23), "F", used_name="MARTIN")
PAGE = ("Nom de naissance : HAMON\nService de hépato-gastro-entérologie\n{label} :\n\n{doctor}\n"
        "Premier prénom : Christine\nNé(e) le : 23-06-1943\nSexe : F")
DOCTORS = ["Docteur Solène MARTIN — gastro-entérologue", "Dr Solène MARTIN", "Dr. S. MARTIN", "DOCTEUR MARTIN Solène",
           "Pr Solène MARTIN", "Professeur MARTIN"]


def decision(page: str, patients: list[Patient]):
    return decide([read_page(page, today=TODAY)], RegistryIndex.build(patients))


@pytest.mark.parametrize("label", ["Nom d'usage", "Nom marital", "Nom"])
@pytest.mark.parametrize("doctor", DOCTORS)
def test_the_doctor_is_no_value_of_the_patients_name_field(label, doctor):
    reading = read_page(PAGE.format(label=label, doctor=doctor), today=TODAY)
    kind = "name" if label == "Nom" else "used_name"
    assert [f.value for f in reading.fields if f.kind == kind] == [""]


@pytest.mark.parametrize("doctor", DOCTORS)
def test_the_patient_files(doctor):
    d = decision(PAGE.format(label="Nom d'usage", doctor=doctor), [HER])
    assert d.files and d.patient_ipp == "H1"


@pytest.mark.parametrize("doctor", DOCTORS)
def test_with_a_namesake_married_to_the_doctors_name_review_or_her(doctor):
    d = decision(PAGE.format(label="Nom d'usage", doctor=doctor), [HER, MARRIED_MARTIN])
    assert not d.files


def test_a_patients_name_below_is_still_the_value():
    page = PAGE.format(label="Nom d'usage", doctor="MARTIN")
    assert [f.value for f in read_page(page, today=TODAY).fields if f.kind == "used_name"] == ["MARTIN"]
    d = decision(page, [HER])
    assert not d.files


@pytest.mark.parametrize("doctor", ["Dr Paul LEROY", "Docteur Paul LEROY"])
def test_a_third_partys_field_still_takes_the_doctor_below(doctor):
    reading = read_page(f"Médecin traitant :\n{doctor}\nNom : HAMON", today=TODAY)
    assert [f.value for f in reading.fields if f.kind == "third_party"] == [doctor.upper()]
