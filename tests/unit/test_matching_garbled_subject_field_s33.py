"""A subject field holding another surname with a digit for a letter (`Nom et prénom du patient :` / `D0RAND Lucas`,
`LER0Y`) names someone else, as one with a small letter for a capital (`MARTlN`) already did: `str.isupper` holds for
`D0RAND`, whose digit has no case, so the check let it through and review50 found the mother who signs the form
(`Je soussignée MOREL Sophie, née le …, représentante légale de l'enfant`) filed with her child's paper (444 pages on
main). The patient's own surname garbled beside her own first name still files. Pure."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
SOPHIE = Patient("O", "MOREL", "Sophie", date(1985, 4, 3), "F")
FORM = ("FEUILLE DE SOINS\nJe soussignée MOREL Sophie, née le 03/04/1985,\nNom et prénom du patient :\n{name}\n"
        "Acte : consultation.")


def decision(name: str):
    return decide(read_document([FORM.format(name=name)], today=TODAY), RegistryIndex.build([SOPHIE]))


@pytest.mark.parametrize("name", ["D0RAND Lucas", "DURAND Lucas", "DURAN0 Lucas", "DUR4ND Lucas", "DURANd Lucas"])
def test_another_surname_in_the_subject_field_however_garbled_goes_to_review(name):
    assert decision(name).status == "review"


@pytest.mark.parametrize("name", ["MOREL Sophie", "M0REL Sophie"])
def test_her_own_surname_garbled_beside_her_first_name_still_files(name):
    result = decision(name)
    assert (result.status, result.patient_ipp) == ("filed", "O")
