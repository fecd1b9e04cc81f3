"""A care sheet read twice: the second reading names the beneficiary, TURPIN Jade; the first one misread her surname.
The insured's name in her block below the beneficiary's (`ASSURÉ(E) (à remplir si …)` / `nom et prénom : TURPIN
Aurélie`, second corpus seed 126 s126_021) is no other reading of the patient's first name: it does not refuse the
second reading. The same name elsewhere on the first reading, or an insured's block with no beneficiary named above it,
still refuses. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("J1", "TURPIN", "Jade", date(2019, 1, 29), "F", ins="219019740338392"),
                             Patient("A1", "TURPIN", "Aurélie Simone", date(1972, 9, 14), "F")])
SHEET = ("FEUILLE DE SOINS — Médecin\ncerfa N° 12541*02\n\nPERSONNE RECEVANT LES SOINS\n\n"
         "nom et prénom (suivis, s'il y a lieu, du nom d'usage)\n{patient}\n\ndate de naissance : 29/01/2019\n\n"
         "adresse\n\n5 place du Marché, Brest\n\n"
         "ASSURÉ(E) (à remplir si la personne recevant les soins n'est pas l'assuré(e))\n"
         "nom et prénom : TURPIN Aurélie\n\nnuméro d'immatriculation\n28404 29 120 776 O1\n\n"
         "IDENTIFICATION DU MÉDECIN\n\nDr COCHET Stéphanie — Médecine générale{after}")


def kept(first_patient: str = "TURPlN Jade", after: str = ""):
    first = read_document([SHEET.format(patient=first_patient, after=after)], today=TODAY, typed=[False])
    second = read_document([SHEET.format(patient="TURPIN Jade", after="")], today=TODAY, typed=[False])
    return accept_second_reading(decide(first, INDEX), decide(second, INDEX), [first], INDEX)


def test_the_insureds_name_in_her_block_does_not_refuse_the_second_reading():
    d = kept()
    assert d.files and d.patient_ipp == "J1"


@pytest.mark.parametrize("first_patient, after", [
    ("TURPlN Jade", "\nVue avec TURPIN Aurélie."),  # her name outside her block
    ("", ""),  # no beneficiary named above the insured's block: the insured may be the patient
])
def test_the_name_read_elsewhere_still_refuses_it(first_patient, after):
    assert not kept(first_patient, after).files
