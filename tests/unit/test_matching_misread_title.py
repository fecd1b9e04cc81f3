"""A doctor who is also a registry patient, whose `Dr` OCR misread in one mention (`Gr`, `Or`, `0r`, `Dt`).

Seen on faxes of the corpus evaluation (seed 101 FAX0080: letterhead `Dr LEA N'DIAYE`, signature
`Gr LEA N'DIAYE`; seed 121 FAX0070: letterhead `Or FAURE Nicolas — cardiologue`, signature `Dr FAURE
Nicolas`): the misread mention counted as a second patient named on the page. Only that one mention is
excused, and only when the same page prints the very same name after a true `Dr`; every other mention of
the person still counts, and a sentence (`Or Jacques DURAND tousse aussi`) still names a patient.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
NDIAYE = Patient("N01", "N'DIAYE", "Léa", date(1952, 2, 15), "F")  # a registry patient, and the writer's namesake
NDIAYE_TOO = Patient("N02", "GARCIA", "Léa Louise", date(1990, 7, 11), "F", used_name="N'DIAYE")
ADAM = Patient("A01", "ADAM", "Gérard", date(1944, 5, 3), "M")
DURAND = Patient("D01", "DURAND", "Jacques", date(1960, 5, 5), "M")
FAURE = Patient("F01", "FAURE", "Nicolas", date(1978, 7, 31), "M")
INDEX = RegistryIndex.build([NDIAYE, NDIAYE_TOO, ADAM, DURAND, FAURE])

PATIENT = "Patient : Monsieur ADAM Gérard, né le 3 mai 1944\nChère consœur,\nj'ai vu ce jour M. ADAM Gérard.\n"


def letter(head: str, signature: str, body: str = "") -> str:
    return (f"{head}\nDermatologue\nHôpital privé des Tilleuls\nConsultation du 11/06/2025\n{PATIENT}{body}"
            f"Bien confraternellement,\n{signature}\nDermatologue\n")


def verdict(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


def assert_filed_under_adam(*pages: str):
    decision = verdict(*pages)
    assert (decision.status, decision.patient_ipp) == ("filed", "A01"), decision.reason_fr


def assert_review_naming(ipp: str, *pages: str):
    decision = verdict(*pages)
    assert not decision.files and ipp in (decision.reason_fr or ""), decision.reason_fr


# --- what now files -------------------------------------------------------------------------------

@pytest.mark.parametrize("misread", ["Gr", "Or", "0r", "Dt", "Di", "GR", "OR"])
def test_a_signature_whose_dr_was_misread_is_the_letterheads_doctor(misread):
    assert_filed_under_adam(letter("Dr LÉA N'DIAYE", f"{misread} LÉA N'DIAYE"))


def test_a_letterhead_whose_dr_was_misread_is_the_signing_doctor():
    page = ("Clinique Saint-Aubin\nOr FAURE Nicolas — cardiologue\nDr BERTIN Mohamed — cardiologue\n"
            "Compte rendu de consultation\n" + PATIENT + "Dr FAURE Nicolas\nCardiologue\n")
    assert_filed_under_adam(page)


def test_stray_punctuation_around_the_misread_title_changes_nothing():
    assert_filed_under_adam(letter("Dr LÉA N'DIAYE", "‘Gr. LÉA N'DIAYE"))


# --- the near misses that still go to review -----------------------------------------------------

def test_without_a_true_dr_before_the_same_name_the_misread_mention_is_a_second_patient():
    assert_review_naming("N01", letter("Dr Paul MARTIN", "Gr LÉA N'DIAYE"))


def test_the_true_dr_must_be_on_the_same_page():
    head, _, rest = letter("Dr LÉA N'DIAYE", "Gr LÉA N'DIAYE").partition("Consultation du")
    assert_review_naming("N01", head, "Consultation du" + rest)


def test_a_doctor_with_another_first_name_does_not_excuse_the_namesake():
    assert_review_naming("N01", letter("Dr Lucie N'DIAYE", "Gr LÉA N'DIAYE"))


def test_the_same_words_in_another_order_are_not_the_same_mention():
    assert_review_naming("N01", letter("Dr N'DIAYE Léa", "Gr LÉA N'DIAYE"))


def test_another_mention_of_the_doctor_as_a_patient_still_counts():
    body = "J'ai revu ce jour Mme LÉA N'DIAYE pour ses vertiges.\n"
    assert_review_naming("N01", letter("Dr LÉA N'DIAYE", "Gr LÉA N'DIAYE", body))


def test_a_sentence_opened_by_or_still_names_a_patient():
    page = "Dr Jacques DURAND\nMédecin généraliste\n" + PATIENT + "Or Jacques DURAND tousse aussi depuis hier.\n"
    assert_review_naming("D01", page)


def test_a_sentence_going_on_past_a_comma_still_names_a_patient():
    page = "Dr Jacques DURAND\nMédecin généraliste\n" + PATIENT + "Or Jacques DURAND, son voisin, tousse aussi.\n"
    assert_review_naming("D01", page)


def test_a_sentence_going_on_on_the_next_line_still_names_a_patient():
    page = "Dr Jacques DURAND\nMédecin généraliste\n" + PATIENT + "Or Jacques DURAND\ntousse aussi depuis hier.\n"
    assert_review_naming("D01", page)


def test_a_misread_title_inside_a_line_is_not_excused():
    page = "Dr Jacques DURAND\nMédecin généraliste\n" + PATIENT + "Vu ensemble avec Gr Jacques DURAND\n"
    assert_review_naming("D01", page)


@pytest.mark.parametrize("civility", ["Mr", "M.", "Mme", "Pour"])
def test_a_civility_or_a_word_before_the_name_is_no_misread_title(civility):
    page = "Dr Jacques DURAND\nMédecin généraliste\n" + PATIENT + f"{civility} Jacques DURAND\n"
    assert_review_naming("D01", page)


def test_a_namesake_never_titled_on_the_page_still_counts_as_a_second_patient():
    assert_review_naming("N01", letter("LÉA N'DIAYE", "LÉA N'DIAYE"))
