"""A doctor who is also a registry patient, whose `Dr` OCR misread in one mention (`Gr`, `Or`, `0r`, `De`).

Seen on faxes of the corpus evaluation (seed 101 FAX0080: letterhead `Dr LEA N'DIAYE`, signature `Gr LEA
N'DIAYE`; seed 121 FAX0070: letterhead `Or FAURE Nicolas — cardiologue`, signature `Dr FAURE Nicolas`; seed 131
fax_0044: `De Inès ADAM — neurologue`, signed `Dr Inès ADAM`): the misread mention counted as a second patient
named, and the letter went to review. The mention is only excused from « another patient is named »: it stays
an occurrence, so a trait match through it still designates its patient (a rule of the last session dropped
the occurrence itself, and a homonym's identity line `Or Jacques DURAND` / `12/01/1990` lost its trait match).
A wrapped sentence (`…le compte rendu opératoire` / `de Jacques DURAND.`), a sentence, another order, another
page, or any identifier of the namesake printed anywhere keeps the review. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
NDIAYE = Patient("N01", "N'DIAYE", "Léa", date(1952, 2, 15), "F", ins="252023512345653")
ADAM = Patient("A01", "ADAM", "Gérard", date(1944, 5, 3), "M")
DURAND = Patient("D01", "DURAND", "Jacques", date(1960, 5, 5), "M")
DURAND_1990 = Patient("D02", "DURAND", "Jacques", date(1990, 1, 12), "M")  # the doctor's homonym
FAURE = Patient("F01", "FAURE", "Nicolas", date(1978, 7, 31), "M")
INDEX = RegistryIndex.build([NDIAYE, ADAM, DURAND, DURAND_1990, FAURE])

PATIENT = "Patient : Monsieur ADAM Gérard, né le 3 mai 1944\nChère consœur,\nj'ai vu ce jour M. ADAM Gérard.\n"


def letter(head: str, signature: str, body: str = "") -> str:
    return (f"{head}\nDermatologue\nHôpital privé des Tilleuls\nConsultation du 11/06/2025\n{PATIENT}{body}"
            f"Bien confraternellement,\n{signature}\nDermatologue\n")


def doctor_page(line: str, head: str = "Dr Jacques DURAND\nMédecin généraliste\n") -> str:
    return head + PATIENT + line + "\n"


def verdict(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


def assert_filed_under_adam(*pages: str):
    decision = verdict(*pages)
    assert (decision.status, decision.patient_ipp) == ("filed", "A01"), decision.reason_fr


def assert_not_filed(ipp_named: str | None, *pages: str):
    decision = verdict(*pages)
    assert not decision.files, decision.patient_ipp
    assert ipp_named is None or ipp_named in (decision.reason_fr or ""), decision.reason_fr


# --- what now files -------------------------------------------------------------------------------

@pytest.mark.parametrize("misread", ["Gr", "Or", "0r", "De", "Dt", "GR", "‘Gr.", "|Or"])
def test_a_signature_whose_dr_was_misread_is_the_letterheads_doctor(misread):
    assert_filed_under_adam(letter("Dr LÉA N'DIAYE", f"{misread} LÉA N'DIAYE"))


def test_a_letterhead_whose_dr_was_misread_is_the_signing_doctor():
    page = ("Clinique Saint-Aubin\nOr FAURE Nicolas — cardiologue\nDr BERTIN Mohamed — cardiologue\n"
            "Compte rendu de consultation\n" + PATIENT + "Dr FAURE Nicolas\nCardiologue\n")
    assert_filed_under_adam(page)


# --- the near misses that still go to review -----------------------------------------------------

def test_the_wrapped_sentence_of_the_last_review_still_names_a_second_patient():
    """The exact counter-example that reverted the last rule: a lower-case `de` opening a wrapped line."""
    line = "Nous avons bien reçu le compte rendu opératoire\nde Jacques DURAND."
    assert_not_filed("D01", doctor_page(line))


@pytest.mark.parametrize("line", [
    "Nous avons bien reçu le compte rendu opératoire\nDe Jacques DURAND.",  # even with a capital
    "De Jacques DURAND, nous avons reçu les résultats.",  # a sentence past a comma
    "De Jacques DURAND\nnous avons reçu les résultats.",  # a sentence on the next line
    "De Jacques DURAND et de sa femme",
    "Or Jacques DURAND tousse aussi depuis hier.",
    "Or Jacques DURAND — tousse aussi depuis hier.",  # more than a speciality after the dash
    "Or Jacques DURAND — vu le 12/06/2025",
    "Vu ensemble avec Gr Jacques DURAND",  # not opening its line
    "or Jacques DURAND", "de Jacques DURAND", "DE JACQUES DURAND", "OR Jacques DURAND",  # words, not misreads
    "Mr Jacques DURAND", "M. Jacques DURAND", "Mme Jacques DURAND", "Pour Jacques DURAND",
    "Gr DURAND Jacques",  # another order than the titled mention
])
def test_a_mention_that_is_no_misread_title_still_names_a_second_patient(line):
    assert_not_filed("D01", doctor_page(line))


def test_the_homonyms_identity_line_of_the_last_review_keeps_its_trait_match():
    """The other counter-example: `Or Jacques DURAND` / `12/01/1990` is the identity of D02, a registry homonym
    of the doctor: the mention stays an occurrence, D02 is designated beside ADAM, nothing is filed."""
    assert_not_filed(None, doctor_page("Or Jacques DURAND\n12/01/1990"))
    assert_not_filed(None, doctor_page("Or Jacques DURAND\nNé le 12/01/1990"))


@pytest.mark.parametrize("identity", ["Date de naissance : 15/02/1952", "le 15.02.1952", "N01",
                                      "INS : 2 52 02 35 123 456 53"])
def test_any_identifier_of_the_namesake_printed_keeps_the_review(identity):
    assert nir.is_valid(NDIAYE.ins)
    assert_not_filed("N01", letter("Dr LÉA N'DIAYE", "Gr LÉA N'DIAYE", body=f"Pièce jointe {identity}\n"))


def test_without_a_true_dr_before_the_same_name_the_misread_mention_is_a_second_patient():
    assert_not_filed("N01", letter("Dr Paul MARTIN", "Gr LÉA N'DIAYE"))
    assert_not_filed("N01", letter("LÉA N'DIAYE", "Gr LÉA N'DIAYE"))
    assert_not_filed("N01", letter("Pr LÉA N'DIAYE", "Gr LÉA N'DIAYE"))


def test_the_true_dr_must_be_on_the_same_page():
    head, _, rest = letter("Dr LÉA N'DIAYE", "Gr LÉA N'DIAYE").partition("Consultation du")
    assert_not_filed("N01", head, "Consultation du" + rest)


def test_a_doctor_with_another_first_name_or_order_does_not_excuse_the_namesake():
    assert_not_filed("N01", letter("Dr Lucie N'DIAYE", "Gr LÉA N'DIAYE"))
    assert_not_filed("N01", letter("Dr N'DIAYE Léa", "Gr LÉA N'DIAYE"))


def test_another_mention_of_the_doctor_as_a_patient_still_counts():
    body = "J'ai revu ce jour Mme LÉA N'DIAYE pour ses vertiges.\n"
    assert_not_filed("N01", letter("Dr LÉA N'DIAYE", "Gr LÉA N'DIAYE", body))


def second_reading(first_text: str, second_text: str):
    first, second = read_document([first_text], today=TODAY), read_document([second_text], today=TODAY)
    return accept_second_reading(decide(first, INDEX), decide(second, INDEX), [first], INDEX)


def test_a_second_reading_is_kept_when_the_first_only_misread_the_doctors_title():
    """Seed 131 fax_0044: the first reading misread the birth date and `Dr` (`De Inès ADAM — neurologue`)."""
    page = letter("De LÉA N'DIAYE — dermatologue", "Dr LÉA N'DIAYE")
    kept = second_reading(page.replace("3 mai 1944", "3 mal 1944"), page.replace("De LÉA", "Dr LÉA"))
    assert (kept.status, kept.patient_ipp) == ("filed", "A01")


def test_a_second_reading_is_refused_when_the_first_names_the_namesake_in_a_sentence():
    page = letter("Dr LÉA N'DIAYE — dermatologue", "Dr LÉA N'DIAYE")
    first = page.replace("3 mai 1944", "3 mal 1944") + "J'ai revu ce jour\nDe LÉA N'DIAYE.\n"
    assert not second_reading(first, page).files
