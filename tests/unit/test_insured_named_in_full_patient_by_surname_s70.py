"""Session 70: the insured named in full with her INS on the next line (`Assuré(e) : LEFEBVRE Zoé` / `Matricule : <her
INS>`), the patient named by the surname alone (`BÉNÉFICIAIRE DES SOINS` / `Patient : LEFEBVRE`). Her surname in the
subject's field does not say she is the patient: the number is the insured's, the patient a LEFEBVRE the page does not
name → review (review INS: filed under the insured mother on the base, the key behind a space). The insured alone on
the page is the patient, as before. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
LUCAS = Patient("L01", "LEFEBVRE", "Lucas", date(2011, 4, 28), "M")
ZOE = Patient("Z01", "LEFEBVRE", "Zoé Isabelle", date(1982, 2, 21), "F", ins="282029962182078")
REGISTRY = RegistryIndex.build([LUCAS, ZOE])
INSURED = "Assuré(e) : LEFEBVRE Zoé\nMatricule : 2 82 02 99 621 820 78\n"


def decision(text: str):
    return decide(read_document([text], today=TODAY), REGISTRY)


@pytest.mark.parametrize("text", [
    INSURED + "BÉNÉFICIAIRE DES SOINS\nPatient : LEFEBVRE\nBon de transport\n",
    INSURED + "Bénéficiaire des soins (si différent de l'assuré)\nPatient : LEFEBVRE\nBon de transport\n",
    INSURED + "Patient : LEFEBVRE\nBon de transport\n",
    "Patient : LEFEBVRE\n" + INSURED + "Bon de transport\n",
    "Patient : LEFEBVRE\nASSURÉ(E)\nLEFEBVRE Zoé\n2 82 02 99 621 820 78\nBon de transport\n",
])
def test_the_insured_s_ins_with_a_surname_only_patient_goes_to_review(text):
    verdict = decision(text)
    assert verdict.status == "review"
    assert "INS lu sans le nom du patient à côté" in verdict.reason_fr


@pytest.mark.parametrize("text", [
    INSURED + "BÉNÉFICIAIRE DES SOINS\nPatient : LEFEBVRE Zoé\nBon de transport\n",  # she is the patient
    "Mme LEFEBVRE Zoé\nMatricule : 2 82 02 99 621 820 78\nBon de transport\n",
])
def test_the_holder_named_as_the_patient_is_filed(text):
    verdict = decision(text)
    assert verdict.status == "filed" and verdict.patient_ipp == "Z01"


def test_the_child_named_with_his_date_is_filed():
    verdict = decision(INSURED + "BÉNÉFICIAIRE DES SOINS\nPatient : LEFEBVRE Lucas\nNé le 28/04/2011\n")
    assert verdict.status == "filed" and verdict.patient_ipp == "L01"


ALAIN = Patient("A01", "CHEVALIER", "Alain Lucas", date(1992, 2, 15), "M", ins="192022A32226967")
MAXIME = Patient("M01", "CHEVALIER", "Maxime", date(2015, 1, 1), "M")


@pytest.mark.parametrize("label", ["N° SS resp. :", "Titulaire :", "Payeur :", "Assuré social :"])
def test_the_responsible_s_number_beside_his_name_under_a_surname_only_patient_goes_to_review(label):
    text = f"M. CHEVALIER\n{label} CHEVALIER Alain 192022A322269/67\nCompte rendu de consultation\n"
    verdict = decide(read_document([text], today=TODAY), RegistryIndex.build([ALAIN, MAXIME]))
    assert verdict.status == "review"


def test_the_titular_alone_on_the_page_is_the_patient_as_before():
    text = "Titulaire : CHEVALIER Alain 192022A322269/67\nCompte rendu de consultation\n"
    verdict = decide(read_document([text], today=TODAY), RegistryIndex.build([ALAIN, MAXIME]))
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"
