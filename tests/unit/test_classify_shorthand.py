"""Hospital notes write in shorthand (« Hospit pour chute. Évol fav. RAD J5. »): it is read as the words it stands for,
and only shorthand with a single meaning in a clinical note is spelled out. Every text was written for these tests."""
from __future__ import annotations

import pytest

from docpipe.classify import classify, normalize
from docpipe.models import DocType


@pytest.mark.parametrize("text", [
    "Mme X 82 ans hospit pour chute. TDM cérébrale normale. Bilan de chute négatif. Sortie EHPAD J4.",
    "Patient de 50 ans, hospi en USIC pour SCA ST+. Coro : IVA occluse, stentée. Sortie J5 sous DAPT.",
    "H 45 ans, SAU pour douleur FID. Écho : appendicite. Appendicectomie coelio. Suites simples, RAD J2.",
])
def test_a_stay_noted_in_shorthand_is_a_stay(text):
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_consultation_noted_in_shorthand_is_a_consultation():
    text = "Cs du 12/03. Pt 45 ans, suivi HTA. TA 135/85. ECG normal. Poursuite amlodipine. Revoir 6 mois."
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_shorthand_is_spelled_out_as_whole_words_only():
    assert normalize("RAD J5, évol fav, ttt inchangé") == "retour a domicile j5, evolution favorable, traitement inchange"
    # inside a word, after an apostrophe or a slash, and ambiguous shorthand stay as written
    assert normalize("Radiographie, hospitalité, l'évolution, CRP, Pr Martin, Cr 80") == (
        "radiographie, hospitalite, l'evolution, crp, pr martin, cr 80")


def test_a_note_opening_on_sex_and_age_that_consulted_is_a_consultation():
    text = "F 30 ans, Cs pour douleurs pelviennes. Écho pelvienne : kyste ovarien 3 cm. Contrôle écho 3 mois."
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_note_opening_on_sex_and_age_that_was_hospitalised_is_a_stay():
    text = "F 30 ans, hospit pour douleurs pelviennes. Écho pelvienne : kyste ovarien 3 cm. Kystectomie coelio, RAD J1."
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_lone_letter_and_an_age_inside_a_sentence_open_no_case():
    # « F » as a grade, an age inside a sentence: no patient presented at the head
    text = "Classe F 30 ans après la norme. Le document décrit les classes de résistance au feu."
    assert classify(text).doc_type == DocType.OTHER


def test_a_participle_written_both_ways_reads_as_one_word():
    assert normalize("Patient(e) reçu(e) et hospitalisé(e)s") == "patiente recue et hospitalisees"
    # a bracket that is no ending stays as written
    assert normalize("Hémoglobine (g/dL) (N)") == "hemoglobine (g/dl) (n)"


def test_a_form_writing_both_ways_is_read_as_its_words():
    text = ("Patient(e) de 61 ans, adressé(e) par son médecin pour des céphalées. L'IRM montrait un "
            "hypersignal T2 sans prise de contraste après injection de gadolinium. Une surveillance a été proposée.")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT


def test_a_patient_evacuated_to_our_hospital_is_a_stay():
    text = ("Un nourrisson de 5 mois a été évacué vers notre hôpital pour une tuméfaction cervicale. L'IRM montrait un "
            "hypersignal T2 sans prise de contraste après injection de gadolinium.")
    assert classify(text).doc_type == DocType.DISCHARGE_SUMMARY


def test_a_patient_evacuated_nowhere_named_is_no_stay_by_that_word():
    text = ("Un nourrisson de 5 mois a consulté pour une tuméfaction cervicale évacuée spontanément. L'échographie "
            "montrait un ganglion de 12 mm.")
    assert classify(text).doc_type == DocType.CONSULTATION_REPORT
