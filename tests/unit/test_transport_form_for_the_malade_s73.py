"""Session 73: the transport prescription's other edition (cerfa 11574*05) heads the patient's block `Personne recevant
les soins (le malade)` and the insured's `Assuré(e) (à remplir si la personne recevant les soins n'est pas
l'assuré(e))`, each with its own `Nom et prénom` caption. The bracketed `(le malade)` kept the first from being read as
the beneficiary's heading: the insured husband's or father's name and number were read as a second patient (sixth
corpus s35 document_017, s36 SCAN…005, `assure_is_relative`). Now his block is the insured's section, and his number in
it is his, the form filling it only for someone else. The patient named in the insured's block, or an insured block the
form does not say is someone else's, still hold the page. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 8)
JULIEN = Patient("J1", "VINCENT", "Julien", date(1999, 11, 21), "M")
PHILIPPE = Patient("P1", "VINCENT", "Philippe André", date(1965, 5, 22), "M", ins="165059935168034")
FORM = ("l'Assurance Maladie : cerfa N° 11574*05\n\nPRESCRIPTION MÉDICALE DE TRANSPORT\n\n"
        "(article R. 322-10-1 du Code de la sécurité sociale)\n\n{beneficiary}\nNom et prénom : VINCENT Julien\n\n"
        "(suivi s'il y a lieu du nom d'usage)\n\nNuméro d'immatriculation\nDate de naissance\n\n21 novembre 1999\n\n"
        "{insured_heading}\nNom et prénom : {insured}\n\nNuméro d'immatriculation\n\n1 65 05 99 351 680 34\n\n"
        "Éléments d'ordre médical\n\nTransport lié à une hospitalisation : [X] oui [] non\n"
        "Mode de transport : taxi conventionné\n")
FOR_SOMEONE_ELSE = "Assuré(e) (à remplir si la personne recevant les soins n'est pas l'assuré(e))"


def decision(beneficiary="Personne recevant les soins (le malade)", insured_heading=FOR_SOMEONE_ELSE,
             insured="VINCENT Philippe", registry=(JULIEN, PHILIPPE)):
    page = FORM.format(beneficiary=beneficiary, insured_heading=insured_heading, insured=insured)
    return decide(read_document([page], TODAY), RegistryIndex.build(list(registry)))


@pytest.mark.parametrize("beneficiary", ["Personne recevant les soins (le malade)",
                                         "PERSONNE RECEVANT LES SOINS (LE MALADE)", "Personne recevant les soins"])
def test_the_patient_is_filed_the_insureds_number_set_aside(beneficiary):
    verdict = decision(beneficiary=beneficiary)
    assert verdict.status == "filed" and verdict.patient_ipp == "J1", verdict.reason_fr


def test_the_insured_unregistered_still_files_the_patient():
    verdict = decision(registry=(JULIEN, Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")))
    assert verdict.status == "filed" and verdict.patient_ipp == "J1", verdict.reason_fr


def test_the_patients_own_name_in_the_insureds_block_still_holds_the_page():
    verdict = decision(insured="VINCENT Julien")
    assert verdict.status == "review" and verdict.patient_ipp is None


@pytest.mark.parametrize("heading", ["Assuré(e)", "ASSURÉ(E) :"])
def test_an_insured_block_not_said_to_be_someone_elses_still_holds_the_page(heading):
    verdict = decision(insured_heading=heading)
    assert verdict.status == "review" and verdict.patient_ipp is None
