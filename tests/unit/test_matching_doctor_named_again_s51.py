"""A letterhead's doctor who is also a registry patient, named again alone on the last line as the signature (`Aurélie
ROYER`; first corpus s776-031 signed with a fax's `br Aurélie" ROYER R`: « un autre patient du registre est nommé »
sent the patient's report to review): the doctor again, not a second patient named. Near-misses: a short misread title
before the signature (reverted three times after reviews: 4fe1229, 4d6cbd2, 0a42aed), her birth date printed, her name
after someone's label, a namesake in the registry, or no doctor's title before her name anywhere on the page still send
the page to review. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("B1", "BAILLY", "Hervé", date(2021, 10, 11), "M"),
    Patient("R1", "ROYER", "Aurélie, Maëlle", date(1938, 6, 29), "F", used_name="LOPEZ"),
])
HEAD = ("Service de Médecine interne\n{title} Aurélie ROYER\nNeurologue\n\nDr Hugo HOFFMANN\nGastro-entérologue\n\n"
        "Nom de naissance : BAILLY\nPremier prénom : Hervé\nDate de naissance : 11.10.2021\n\n"
        "Compte rendu d'échographie\nLe bilan biologique retrouve une fonction rénale stable.\n\n")


def decision_for(signature: str, title: str = "Dr", more: str = ""):
    return decide(read_document([HEAD.format(title=title) + more + signature], TODAY), INDEX)


@pytest.mark.parametrize("signature", ["Aurélie ROYER", "Aurélie ROYER — neurologue", "“Aurélie ROYER."])
@pytest.mark.parametrize("title", ["Dr", "Or"])
def test_the_letterheads_doctor_signing_without_a_title_is_no_second_patient(signature, title):
    decision = decision_for(signature, title)
    assert decision.files and decision.patient_ipp == "B1"


@pytest.mark.parametrize("signature", ['br Aurélie" ROYER R', "Or Aurélie ROYER", "De Aurélie ROYER"])
def test_a_short_misread_title_before_the_signature_still_sends_to_review(signature):
    assert not decision_for(signature).files


def test_a_namesake_in_the_registry_still_sends_to_review():
    index = RegistryIndex.build([*INDEX.patients.values(), Patient("R2", "ROYER", "Aurélie", date(1990, 1, 2), "F")])
    assert not decide(read_document([HEAD.format(title="Dr") + "Aurélie ROYER"], TODAY), index).files


def test_her_birth_date_printed_still_sends_to_review():
    assert not decision_for("Aurélie ROYER", more="Vue avec Mme ROYER, née le 29/06/1938.\n").files


def test_her_name_after_someones_label_still_sends_to_review():
    assert not decision_for("Dr Aurélie ROYER", more="Personne examinée : Aurélie ROYER\n").files


def test_without_a_doctors_title_before_her_name_anywhere_the_page_goes_to_review():
    assert not decide(read_document([HEAD.format(title="").replace("\n Aurélie", "\nAurélie") + "Aurélie ROYER"],
                                    TODAY), INDEX).files
