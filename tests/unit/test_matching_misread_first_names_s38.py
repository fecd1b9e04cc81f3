"""A first name OCR misread by one letter, on a fax. Pure, no I/O.

- The insured's field naming the holder of the INS it prints with one letter lost, added or misread (`Assurée :
  DUPONT-MARTIN Émiie — <Émilie's INS>`) is the insured's number, not the child's (independent corpus s736-020: « INS lu
  incompatible avec le sexe ou la date de naissance du patient »).
- The patient's own first name with one glyph split beside her surname and date (`Mme BENSAÏD Fatournata — 10/07/1955`
  on Fatoumata's pages) stays another identity, a twin's perhaps: real given names are one glyph apart (Marion and
  Manon, Noélie and Noëlle), and a twin's is not in the registry the day she is first seen (review68 refused reading
  it as hers, session 38).
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
LETTER = ("Objet : Madame {surname} {first}, {born}\nChère consœur,\nJe revois ce jour votre patiente pour le suivi de son "
          "asthme. L'auscultation est normale.\nBien confraternellement.\n\fPage 2/2 — Mme {surname} {header} — {born}\n"
          "Poursuite du traitement.")


def decision(text: str, patients, typed: bool = False):
    pages = text.split("\f")
    return decide(read_document(pages, today=TODAY, typed=[typed] * len(pages)), RegistryIndex.build(list(patients)))


MANON = Patient("N1", "DUPONT", "Manon", date(1990, 3, 12), "F")


@pytest.mark.parametrize("patient, other, typed", [
    (FATOUMATA, "Fatournata", False),   # m read as rn: no name, but one the page cannot prove hers
    (CATHERINE, "Catheririe", False),
    (MANON, "Marion", False),           # review68's B1: her unregistered twin's report after hers
    (MANON, "Marion", True),
])
def test_another_first_name_beside_her_surname_and_date_stays_a_contradiction(patient, other, typed):
    born = patient.birth_date.strftime("%d/%m/%Y")
    text = LETTER.format(surname=patient.birth_name, first=patient.first_given_name, header=other, born=born)
    d = decision(text, (patient, CHANTAL), typed)
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
