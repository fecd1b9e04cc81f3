"""`Sujet contact :` and `Cas contact :` name the person a contact tracing screens — the letter's subject — not a close
one's `Contact :` field (review87: `Cas index : HAMON Jérôme, né le …` / `Sujet contact : HAMON Thierry, né le …` was
filed under the index case, the contact hidden as a third party). With both named, the page goes to review. Pure, no
I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
JEROME = Patient("H1", "HAMON", "Jérôme Antoine", date(1979, 6, 21), "M")
THIERRY = Patient("H2", "HAMON", "Thierry", date(1977, 5, 4), "M")
INDEX = RegistryIndex.build([JEROME, THIERRY])


@pytest.mark.parametrize("contact", ["Sujet contact : HAMON Thierry, né le 04/05/1977",
                                     "Sujet contact : HAMON Thierry (frère)",
                                     "Cas contact : Thierry HAMON, né le 04/05/1977"])
def test_the_screened_contact_is_a_subject_of_the_letter(contact):
    page = f"Enquête autour d'un cas de tuberculose\nCas index : HAMON Jérôme, né le 21/06/1979\n{contact}\nIDR à 12 mm."
    assert not decide(read_document([page], today=TODAY, typed=[False]), INDEX).files


def test_a_close_ones_contact_field_stays_a_third_party():
    page = "Fiche de liaison\nNom : HAMON\nPrénom : Jérôme\nNé le 21/06/1979\nContact : HAMON Thierry (frère) 06 61 67 26"
    d = decide(read_document([page], today=TODAY, typed=[False]), INDEX)
    assert d.files and d.patient_ipp == "H1"
