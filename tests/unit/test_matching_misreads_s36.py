"""Session 36, own corpus seeds 441 to 481 (faxes and a born-digital certificate sent to review with every trait
exact): words a page prints beside the patient's name that are no other person — and, beside each, the near-miss that
still goes to review. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)


def decision(text: str, index: RegistryIndex, typed: bool = False):
    return decide(read_document(text.split("\f"), today=TODAY, typed=[typed] * len(text.split("\f"))), index)


# --- `Dr J. PETIT, atteste que …`: a surname, not `petit-fils` -----------------------------------------------------

GILBERT = Patient("G1", "GILBERT", "Marie-Hélène", date(1950, 11, 21), "F", used_name="MARÉCHAL")
PETIT_INDEX = RegistryIndex.build([GILBERT, Patient("P1", "PETIT", "Jean", date(1960, 1, 1), "M")])


@pytest.mark.parametrize("text", [
    # seed 441 0033_courrier.pdf: the certifying doctor's initial, his surname PETIT, a comma
    "ATTESTATION DE PRÉSENCE\nJe soussigné, Dr J. PETIT, atteste que Mme MARIE-HÉLÈNE GILBERT épouse\nMARÉCHAL, née "
    "le 21 novembre 1950, s'est présentée à ma consultation ce jour.",
    "Dr J. PETIT\nMme GILBERT Marie-Hélène, née le 21/11/1950, est venue ce jour.",
    "Je soussigné, Dr Jean PETIT, atteste que Mme GILBERT Marie-Hélène, née le 21/11/1950, est venue.",
    "Dr A. BEAU\nObjet : Mme GILBERT Marie-Hélène, née le 21/11/1950",
])
def test_a_doctors_surname_petit_after_an_initial_or_before_a_comma_hides_no_one(text):
    d = decision(text, PETIT_INDEX, typed=True)
    assert d.files and d.patient_ipp == "G1"


@pytest.mark.parametrize("text", [
    "Vue avec M. J. PETIT, fils de Mme GILBERT Marie-Hélène, née le 21/11/1950.",  # a kin noun after the comma
    "Vue avec M. J. PETIT, flls : Mme GILBERT Marie-Hélène, née le 21/11/1950.",  # misread
    "Personne à prévenir : M. J. PETIT,\nMAMAN GILBERT Marie-Hélène, née le 21/11/1950.",  # review61
    "Vue avec son J. PETIT, Mme GILBERT Marie-Hélène, née le 21/11/1950.",  # no civility nor title before it
    "Vue avec son petit-fils, Mme GILBERT Marie-Hélène, née le 21/11/1950.",
])
def test_petit_still_opens_a_relation_elsewhere(text):
    assert not decision(text, PETIT_INDEX, typed=True).files


# --- `Nom : Mathieu Pronom : Sophie`: a misread label, no twin ------------------------------------------------------

LEROY = Patient("L1", "LEROY", "Sophie Anne", date(1998, 5, 17), "F", used_name="MATHIEU", ins="298052901917750")
LEROY_INDEX = RegistryIndex.build([LEROY, Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])


def test_a_first_name_label_misread_by_one_letter_is_no_twins_first_name():
    """Seed 461 fax_0073: `Pronom` beside the used name, its colon after it."""
    d = decision("COMPTE RENDU DE CONSULTATION\nNom : Mathieu Pronom : Sophie Nee) le : 17 mai 1998 - INS : "
                 "298052901917750\nPatiente vue ce jour.", LEROY_INDEX)
    assert d.files and d.patient_ipp == "L1"


@pytest.mark.parametrize("text", [
    "Nom : Mathieu Paulette : Sophie Nee) le : 17 mai 1998 - INS : 298052901917750",  # another first name, a colon
    "Nom : Mathieu Pronom : Julie Nee) le : 17 mai 1998 - INS : 298052901917750",  # review57: a twin's, after it
    "Nom : Mathieu Pronom : Anne Sophie Nee) le : 17 mai 1998 - INS : 298052901917750",  # review61: her second first
    "Nom : Mathieu Pronom Sophie Nee) le : 17 mai 1998 - INS : 298052901917750",  # no colon: a word beside the name
])
def test_a_word_beside_the_name_that_is_no_misread_label_still_speaks_of_a_twin(text):
    assert not decision(f"COMPTE RENDU\n{text}\nPatiente vue ce jour.", LEROY_INDEX).files


# --- `Polyclinique du Val Fleuri`: a place, no DUVAL ---------------------------------------------------------------

DUVAL = Patient("D1", "DUVAL", "Julie", date(1968, 8, 29), "F", used_name="GAILLARD")
DUVAL_INDEX = RegistryIndex.build([DUVAL, Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
FLEURI_PAGE = "{place}\nDépartement d'anesthésie\nGAILLARD Julie\n29/08/1968 F (56 ans)\nCONSULTATION PRÉ-ANESTHÉSIQUE"


@pytest.mark.parametrize("place", ["Polyclinique du Val Fleuri", "Clinique du Val Fleuri", "Centre médical du Val Joli"])
def test_a_building_named_with_the_surnames_particle_in_small_letters_names_no_one(place):
    """Seed 471 FAX0072: `du Val` is DUVAL's surname read across the particle."""
    d = decision(FLEURI_PAGE.format(place=place), DUVAL_INDEX)
    assert d.files and d.patient_ipp == "D1"


@pytest.mark.parametrize("place", [
    "Clinique DU VAL Fleuri",  # in capitals: a person labelled by the building
    "Clinique Du Val Fleuri",
    "12 rue du Val Fleuri\nDUVAL Fleuri",  # the other person on a line of her own
    "Patiente : DUVAL Fleuri",
])
def test_the_surname_written_as_a_persons_beside_another_first_name_still_goes_to_review(place):
    assert not decision(FLEURI_PAGE.format(place=place), DUVAL_INDEX).files


# --- `FAURE Marle` for Marie FAURE: kept in review ---------------------------------------------------------------

FAURE = Patient("F1", "FAURE", "Marie Marie-Hélène", date(1975, 4, 13), "F", used_name="BERNARD")
FAURE_INDEX = RegistryIndex.build([FAURE, Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])


@pytest.mark.parametrize("objet", ["Marle", "Elia"])
def test_an_i_read_l_in_the_first_name_stays_a_possible_twin(objet):
    """Seed 451 fax_0031 `FAURE … Marle` beside `… Marie`: excusing an `i` read `l` was refused (review57: an
    unregistered twin Elia beside Ella, Lilla beside Lilia, filed 880 traps) — without a list of first names, `Marle`
    cannot be told from a twin's real name."""
    d = decision(f"Objet : Madame FAURE epouse BERNARD {objet}, nee le 13/04/1975\nMerci de recevoir Madame FAURE "
                 "epouse BERNARD Marie, nee le 13/04/1975, pour avis.", FAURE_INDEX)
    assert not d.files


# --- `Enfant X, née le … a été vu(e)` opening a line: kept a relation -----------------------------------------------

MARIE_MOTHER = Patient("M2", "DURAND", "Marie", date(1990, 4, 3), "F")
MARIE_CHILD = Patient("M1", "DURAND", "Marie", date(2018, 10, 10), "F")


@pytest.mark.parametrize("text", [
    # third corpus s26 IMG_2054.pdf's form — refused (review58: 3 516 traps filed under the child, e.g. the mother's own
    # post-natal consultation, `accompagnée de son` / `Enfant …` wrapped over two lines)
    "ORDONNANCE\nEnfant DURAND Marie, née le 10/10/2018 a été vu(e) ce jour.\n• AMOXICILLINE 500 mg",
    "Consultation post-natale\nMme DURAND Marie\nEnfant DURAND Marie, née le 10/10/2018 a été vue ce jour.\n"
    "Examen de la mère : TA 12/7.",
    "Mme DURAND Marie, accompagnée de son\nEnfant DURAND Marie, née le 10/10/2018, a été vue ce jour pour lombalgie.",
])
def test_enfant_opening_a_line_then_seen_stays_a_relation(text):
    d = decision(text, RegistryIndex.build([MARIE_MOTHER, MARIE_CHILD]), typed=True)
    assert not d.files
