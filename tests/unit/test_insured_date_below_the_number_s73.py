"""Session 73: on the transport prescription's insured block filled only for someone else (cerfa 11574, session 72),
the insured's birth date may open the line below the number's (`BÉNARD ÉRIC` / `N° 1 70 06 …` / `né(e) le 07/06/1970`:
seventh corpus s23 and s24 o7_003, the form's columns read one under the other). It is the insured's, as on the
number's line. A date with other words before it, a line between, or the child's own name in the insured's block
still count against the child. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 8)
JULES = Patient("C01", "BÉNARD", "Jules", date(2010, 2, 16), "M")
ERIC = Patient("P01", "BÉNARD", "Éric", date(1970, 6, 7), "M", ins="170065626037821")
FORM = ("PRESCRIPTION MÉDICALE DE TRANSPORT\ncerfa n° 11574*04\nPERSONNE RECEVANT LES SOINS ET ASSURÉ(E)\n"
        "Nom et prénom (suivi, s'il y a lieu, du nom d'usage) :\nDate de naissance :\nN° d'immatriculation :\n\n"
        "BÉNARD JULES\n16-02-2010\n\nAdresse : 102 avenue Jean Jaurès, 91910 Voiron\n\n"
        "ASSURÉ(E) (à remplir si la personne recevant les soins n'est pas l'assuré(e))\n\n{insured}\n{number}\n"
        "{date_line}\n\nÉLÉMENTS D'ORDRE MÉDICAL\nTransport en rapport avec une ALD\nDate : 18/02/2025\n")
NUMBER = "N° 1 70 06 56 260 378 21"


def decision(insured="BÉNARD ÉRIC", number=NUMBER, date_line="né(e) le 07/06/1970"):
    page = FORM.format(insured=insured, number=number, date_line=date_line)
    return decide(read_document([page], TODAY), RegistryIndex.build([JULES, ERIC]))


@pytest.mark.parametrize("date_line", ["né(e) le 07/06/1970", "né le 07/06/1970", "Né(e) le 07-06-1970"])
@pytest.mark.parametrize("number", [NUMBER, "N° de sécurité sociale : 1 70 06 56 260 378 21"])
def test_the_insureds_date_below_his_number_is_his(date_line, number):
    verdict = decision(number=number, date_line=date_line)
    assert verdict.status == "filed" and verdict.patient_ipp == "C01", verdict.reason_fr


@pytest.mark.parametrize("date_line", ["Date de naissance de l'enfant : 07/06/1970", "Né à Lyon le 07/06/1970"])
def test_other_words_before_the_date_still_count(date_line):
    verdict = decision(date_line=date_line)
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_a_line_between_the_number_and_the_date_still_counts():
    verdict = decision(number=NUMBER + "\nAdresse : 3 rue des Lilas")
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_the_childs_own_name_in_the_insureds_block_still_counts():
    verdict = decision(insured="BÉNARD JULES")
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_a_date_that_is_not_the_numbers_year_and_month_still_counts():
    """Review of session 73: the form filled the other way round, the parent in the patient's block and the child in
    the insured's (`BÉNARD INÈS` / `N° 1 73 06 …` / `né(e) le 15/09/2014`): the date is not the number holder's, and
    was taken for the insured's to file the parent."""
    ines = Patient("C02", "BÉNARD", "Inès", date(2014, 9, 15), "F")
    eric = Patient("P02", "BÉNARD", "Éric", date(1973, 6, 2), "M", ins="173065626037868")
    page = FORM.replace("BÉNARD JULES\n16-02-2010", "BÉNARD ÉRIC\n02-06-1973").format(
        insured="BÉNARD INÈS", number="N° 1 73 06 56 260 378 68", date_line="né(e) le 15/09/2014")
    verdict = decide(read_document([page], TODAY), RegistryIndex.build([ines, eric]))
    assert verdict.status == "review" and verdict.patient_ipp is None
