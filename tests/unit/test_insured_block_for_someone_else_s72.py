"""Session 72: the transport prescription's insured block, `ASSURÉ(E) (à remplir si la personne recevant les soins n'est
pas l'assuré(e))` (cerfa 11574), names by the form's own words someone other than the patient: the number and the birth
date on the line below the insured's name are the insured's (seventh corpus, `child_with_registered_parent`: the
father's NIR and date filed nowhere, or kept the child's page in review). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
JULES = Patient("C01", "BÉNARD", "Jules", date(2010, 2, 16), "M")
ERIC = Patient("P01", "BÉNARD", "Éric", date(1970, 6, 7), "M", ins="170065626037821")
FORM = ("PRESCRIPTION MÉDICALE DE TRANSPORT\ncerfa n° 11574*04\nPERSONNE RECEVANT LES SOINS ET ASSURÉ(E)\n"
        "Nom et prénom (suivi, s'il y a lieu, du nom d'usage) :\n{patient}\nDate de naissance :\n{born}\n"
        "N° d'immatriculation :\nAdresse :\n102 avenue Jean Jaurès, 91910 Voiron\n"
        "{heading}\n{insured}\nN° 1 70 06 56 260 378 21    né(e) le 07/06/1970\n"
        "ÉLÉMENTS D'ORDRE MÉDICAL\nTransport en rapport avec une ALD\nDate : 18/02/2025\n")
FOR_SOMEONE_ELSE = "ASSURÉ(E) (à remplir si la personne recevant les soins n'est pas l'assuré(e))"


def decision(patient="BÉNARD JULES", born="16-02-2010", heading=FOR_SOMEONE_ELSE, insured="BÉNARD ÉRIC",
             registry=(JULES, ERIC)):
    page = FORM.format(patient=patient, born=born, heading=heading, insured=insured)
    return decide(read_document([page], TODAY, [True]), RegistryIndex.build(list(registry)))


def test_the_child_is_filed_the_fathers_number_and_date_set_aside():
    verdict = decision()
    assert verdict.status == "filed" and verdict.patient_ipp == "C01"


@pytest.mark.parametrize("heading", ["ASSURÉ(E)", "ASSURÉ(E) :", "Assuré"])
def test_an_insured_block_the_form_does_not_say_is_someone_elses_keeps_the_review(heading):
    verdict = decision(heading=heading)
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_the_fathers_number_under_the_childs_own_name_still_contradicts():
    verdict = decision(insured="BÉNARD JULES")
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_an_unregistered_child_files_nobody():
    verdict = decision(registry=(ERIC,))
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_a_child_born_another_day_files_nobody():
    verdict = decision(born="16-03-2010")
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_a_twins_number_beside_her_misread_name_still_holds_the_page():
    lea = Patient("D01", "BÉNARD", "Léa", date(2012, 9, 20), "F")
    chloe = Patient("D02", "BÉNARD", "Chloé", date(2012, 9, 20), "F", ins="212097511212854")
    page = FORM.format(patient="BÉNARD LÉA", born="20/09/2012", heading=FOR_SOMEONE_ELSE, insured="BÉNARD CHTOÉ")
    page = page.replace("N° 1 70 06 56 260 378 21    né(e) le 07/06/1970", "N° 2 12 09 75 112 128 54")
    verdict = decide(read_document([page], TODAY, [True]), RegistryIndex.build([lea, chloe]))
    assert verdict.status == "review" and verdict.patient_ipp is None


@pytest.mark.parametrize("insured", ["BÉNARD ÉRIC", "BÉNARD ÉRIC JEAN", "ÉRIC BÉNARD"])
def test_the_patient_repeated_as_the_insured_keeps_his_own_number(insured):
    page = FORM.format(patient="BÉNARD ÉRIC", born="", heading=FOR_SOMEONE_ELSE, insured=insured)
    verdict = decide(read_document([page], TODAY, [True]), RegistryIndex.build([JULES, ERIC]))
    assert verdict.status == "filed" and verdict.patient_ipp == "P01"
