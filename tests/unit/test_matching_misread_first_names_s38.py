"""A first name OCR misread by one glyph, on a fax. Pure, no I/O.

- The patient's own first name with a glyph split (`rn` for `m`, `ri` for `n`) or a like letter (`i` for `l`) beside her
  surname and birth date (`Mme BENSAÏD Fatournata — 10/07/1955`) is hers, not a twin's: independent corpus s740-027,
  s736-009, s738-009 went to review « autre identité … prénom « Fatournata » (jumeau ?) ». A registry given name, a
  short name, another letter or a typed page keep the doubt.
- The insured's field naming the holder of the INS it prints with one letter lost (`Assurée : DUPONT-MARTIN Émiie —
  <Émilie's INS>`) is the insured's number, not the child's (s736-020: « INS lu incompatible avec le sexe ou la date de
  naissance du patient »).
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
FATOUMATA = Patient("F1", "BENSAÏD", "Fatoumata", date(1955, 7, 10), "F")
CATHERINE = Patient("C1", "VIDAL", "Catherine", date(1990, 10, 18), "F")
CHANTAL = Patient("C2", "VIDAL", "Chantal", date(1990, 10, 18), "F", used_name="ORTEGA")
CHLOE = Patient("L1", "HADDAD", "Chloé", date(1961, 11, 14), "F")
LETTER = ("Objet : Madame {surname} {first}, {born}\nChère consœur,\nJe revois ce jour votre patiente pour le suivi de son "
          "asthme. L'auscultation est normale.\nBien confraternellement.\n\fPage 2/2 — Mme {surname} {header} — {born}\n"
          "Poursuite du traitement.")


def decision(text: str, patients, typed: bool = False):
    pages = text.split("\f")
    return decide(read_document(pages, today=TODAY, typed=[typed] * len(pages)), RegistryIndex.build(list(patients)))


@pytest.mark.parametrize("patient, misread", [
    (FATOUMATA, "Fatournata"),   # m read as rn
    (CATHERINE, "Catheririe"),   # n read as ri
    (CHLOE, "Chioé"),            # l read as i
])
def test_the_patients_own_first_name_misread_on_a_fax_is_hers(patient, misread):
    born = patient.birth_date.strftime("%d/%m/%Y")
    text = LETTER.format(surname=patient.birth_name, first=patient.first_given_name, header=misread, born=born)
    d = decision(text, (patient, CHANTAL))
    assert d.files and d.patient_ipp == patient.ipp


@pytest.mark.parametrize("patients, misread, typed", [
    # a registry given name: someone bears it
    ((CATHERINE, CHANTAL, Patient("X1", "MARTIN", "Catheririe", date(1970, 1, 1), "F")), "Catheririe", False),
    # two glyphs away: another name
    ((CATHERINE, CHANTAL), "Catheline", False),
    # the author typed it: no OCR to misread
    ((CATHERINE, CHANTAL), "Catheririe", True),
])
def test_another_first_name_beside_her_surname_and_date_stays_a_contradiction(patients, misread, typed):
    text = LETTER.format(surname="VIDAL", first="Catherine", header=misread, born="18/10/1990")
    d = decision(text, patients, typed)
    assert not d.files and d.rule == "contradiction"


SON = Patient("M1", "ANDRÉ", "Minh Stéphane", date(2019, 12, 17), "M")
MOTHER = Patient("E1", "DUPONT-MARTIN", "Émilie", date(1977, 10, 11), "F", used_name="ANDRÉ", ins="277103516146043")
SHEET = ("Nom de naissance : ANDRÉ\nPrénom : Minh\nNé(e) le : 17 décembre 2019\nSexe (M/F) : M\n"
         "Assurée : {insured} — 2 77 10 35 161 460 43\nCompte rendu de consultation\nOtite moyenne aiguë droite.")


@pytest.mark.parametrize("insured", ["DUPONT-MARTIN Émilie", "DUPONT-MARTIN Émiie", "DUPONT-MARTIN Émillie"])
def test_the_insureds_number_under_her_name_misread_is_hers(insured):
    d = decision(SHEET.format(insured=insured), (SON, MOTHER))
    assert d.files and d.patient_ipp == "M1"


@pytest.mark.parametrize("insured", [
    "DUPONT-MARTIN Élodie",   # another given name: whose number it is cannot be told
    "DUPONT Émiie",           # another surname
])
def test_the_insureds_number_under_another_name_stays_a_contradiction(insured):
    d = decision(SHEET.format(insured=insured), (SON, MOTHER))
    assert not d.files
