"""A dated identity in a recipient's field (`Copie à : MARTIN Léa, née le …`) or on the line below an empty third-party
label (`Représentant légal :` / `MARTIN Léa, née le …`) never designates — its label says it is not the subject — and
contradicts whoever else is designated as another identity on the page (review7's q23/q24/q25.py). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("K1", "MARTIN", "Léa", date(1995, 8, 6), "F"),
                             Patient("G1", "GIRARD", "Inès", date(1965, 5, 15), "F")])


def decide_text(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("label", ["Représentant légal :", "Médecin traitant :", "Contact :", "Destinataire :",
                                   "Prescripteur :"])
def test_a_dated_identity_below_a_third_party_label_never_designates(label):
    decision = decide_text(f"Mme GlRARD lnès\nConsultation.\n{label}\nMARTIN Léa, née le 06/08/1995")
    assert not decision.files and decision.patient_ipp is None


@pytest.mark.parametrize("line", ["Copie à : MARTIN Léa, née le 06/08/1995", "Destinataire : MARTIN Léa, née le 06/08/1995",
                                  "Médecin traitant :\nMARTIN Léa, née le 06/08/1995"])
def test_it_contradicts_the_patient_designated_elsewhere(line):
    decision = decide_text(f"Mme GIRARD Inès, née le 15/05/1965\nConsultation.\n{line}")
    assert not decision.files and "autre identité datée" in decision.reason_fr


@pytest.mark.parametrize("line", ["Copie à : Dr BERNARD Luc, cardiologue", "Médecin traitant :\nDr BERNARD Luc",
                                  "Copie à : Mme GIRARD Inès, née le 15/05/1965"])  # undated, or the patient herself
def test_an_undated_recipient_or_the_patient_herself_still_files(line):
    decision = decide_text(f"Mme GIRARD Inès, née le 15/05/1965\nConsultation.\n{line}")
    assert decision.files and decision.patient_ipp == "G1"
