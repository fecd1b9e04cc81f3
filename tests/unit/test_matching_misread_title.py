"""A doctor who is also a registry patient, whose long title OCR misread by one letter (seed 141 fax_0044:
`Cocteur Patrick Marty, interna`, printed once, MARTY Patrick a registry patient): the mention counted as a
second patient named, and the discharge letter went to review.

No French word stands one letter from `Docteur` or `Professeur`, so `Cocteur` can only be the title; main already
treats a true `Docteur X` as a third party outright. The rule here is narrower: the mention stays an occurrence
(a trait match through it still designates its patient) and is only excused from « another patient is named »,
and not when a date or a birth label follows within three lines, nor when any identifier of that patient is
printed. Short misreads (`Gr`, `Or`, `De`) are not excused at all: `Or` and `De` are words, and the review
built misfiles from every guard around them (4fe1229, reverted). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 11, 30)
ADAM = Patient("A01", "ADAM", "Gérard", date(1944, 5, 3), "M")
DURAND = Patient("D01", "DURAND", "Jacques", date(1960, 5, 5), "M")
DURAND_1990 = Patient("D02", "DURAND", "Jacques", date(1990, 1, 12), "M")  # a homonym
INDEX = RegistryIndex.build([ADAM, DURAND, DURAND_1990])

PATIENT = "Patient : Monsieur ADAM Gérard, né le 3 mai 1944\nChère consœur,\nj'ai vu ce jour M. ADAM Gérard.\n"


def page_with(line: str, head: str = "Clinique Saint-Aubin\nService de cardiologie\n") -> str:
    return head + PATIENT + line + "\n"


def verdict(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


def assert_filed_under_adam(*pages: str):
    decision = verdict(*pages)
    assert (decision.status, decision.patient_ipp) == ("filed", "A01"), decision.reason_fr


def assert_not_filed(*pages: str):
    decision = verdict(*pages)
    assert not decision.files, decision.patient_ipp


# --- what now files -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Cocteur Jacques DURAND, interne", "Docteue Jacques DURAND — cardiologue",
                                  "Docleur Jacques DURAND", "Professeor Jacques DURAND, chef de service",
                                  "‘Cocteur Jacques DURAND (interne)"])
def test_a_long_title_one_letter_off_names_a_doctor_even_printed_once(line):
    assert_filed_under_adam(page_with(line))


def test_the_doctors_line_may_close_the_letter():
    assert_filed_under_adam(page_with("Bien confraternellement,\nCocteur Jacques DURAND\nCardiologue"))


# --- the near misses that still go to review -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Recteur Jacques DURAND, interne",  # two letters from Docteur: a word of its own
    "cocteur Jacques DURAND, interne",  # not as a title is printed
    "Vu avec Cocteur Jacques DURAND",  # not opening its line
    "Cocteur Jacques DURAND, son voisin, tousse aussi.",  # more than a speciality after the name
    "Cocteur Jacques DURAND — vu le 12/06/2025",
    "Cocteur Jacques\nDURAND",  # the name over two lines
])
def test_a_mention_that_is_no_long_misread_title_still_names_a_second_patient(line):
    assert_not_filed(page_with(line))


@pytest.mark.parametrize("below", ["12/01/1990", "Né le l2/01/1990", "Né le 12/01/199O", "DDN : 12/0l/1990",
                                   "Date de naissance :", "Service de cardiologie\nEntrée le 03/06/2025",
                                   "né le 3 mars 1990"])
def test_a_date_or_a_birth_label_below_the_mention_keeps_the_review(below):
    """`Cocteur Jacques DURAND` / `Né le l2/01/1990` is an identity line (D02's, its date misread): kept in
    review whatever the date reads like, within three lines."""
    assert_not_filed(page_with(f"Cocteur Jacques DURAND\n{below}"))


@pytest.mark.parametrize("identity", ["Pièce jointe du 05/05/1960", "IPP D01", "le O5/05/1960"])
def test_any_identifier_of_the_named_patient_printed_keeps_the_review(identity):
    assert_not_filed(page_with("Cocteur Jacques DURAND, interne") + f"\n\n\n\n{identity}\n")


@pytest.mark.parametrize("line", [
    "Gr Jacques DURAND", "Or Jacques DURAND — cardiologue", "De Jacques DURAND — neurologue", "0r Jacques DURAND",
    "Nous avons bien reçu le compte rendu opératoire\nde Jacques DURAND.",  # the last review's wrapped sentence
])
def test_a_short_misread_dr_is_not_excused_even_beside_a_true_dr(line):
    assert_not_filed(page_with(line, head="Dr Jacques DURAND\nMédecin généraliste\n"))


def test_a_second_reading_is_kept_when_the_first_only_misread_the_long_title():
    page = page_with("Docteur Jacques DURAND, interne")
    first = read_document([page.replace("3 mai 1944", "3 mal 1944").replace("Docteur", "Cocteur")], today=TODAY)
    second = read_document([page], today=TODAY)
    kept = accept_second_reading(decide(first, INDEX), decide(second, INDEX), [first], INDEX)
    assert (kept.status, kept.patient_ipp) == ("filed", "A01")


# --- a capitalised particle before a capitals surname (review's p12.py, on main too) -------------------

@pytest.mark.parametrize("line", ["Nous avons bien reçu le compte rendu opératoire\nDe DURAND Jacques.",
                                  "COMPTE RENDU OPÉRATOIRE\nDE DURAND Jacques", "De Jacques DURAND"])
def test_a_registry_patient_behind_a_capital_particle_is_still_named(line):
    """`De DURAND Jacques` was read as a surname DEDURAND, which no one bears: DURAND Jacques is named all the
    same (another patient named: review), though such a mention never designates him."""
    assert_not_filed(page_with(line))
    assert not verdict("De DURAND Jacques, né le 05/05/1960").files  # never designates


def test_a_particle_that_makes_a_registry_surname_keeps_it_whole():
    """`LE GALL` is a registry surname: it is not GALL, and GALL Yves is not named."""
    index = RegistryIndex.build([ADAM, Patient("G1", "GALL", "Yves", date(1970, 1, 1), "M"),
                                 Patient("G2", "LE GALL", "Yves", date(1980, 1, 1), "M")])
    decision = decide(read_document([PATIENT + "Vu avec M. LE GALL Yves, son voisin.\n"], today=TODAY), index)
    assert "G1" not in (decision.reason_fr or "")
