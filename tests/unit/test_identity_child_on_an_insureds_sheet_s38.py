"""`Enfant :` on an insured's sheet (`ATTESTATION DE DROITS`, `BON D'EXAMEN — AYANT DROIT`): below the insured's field,
the one line labelled `Enfant :` names the beneficiary the sheet is for, read as `Bénéficiaire :` is. Anywhere else
`Enfant :` may name a mother's newborn or head a relative's block, and is read as before. Pure, no I/O.

Independent corpus, seed 739 (doc 006): `Assuré(e) : AGNES N'DIAYE` / `N° de sécurité sociale : …` / `Enfant : CLEMENCE
LEFÈVRE` / `Date naiss. : 19 / 02 / 2018` went to review « INS valide lu, mais aucun patient du registre ne le porte »:
the child's first name, after a relative's word, designated no one, and the insured's number was read as hers.
"""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
CLEMENCE = Patient("C1", "LEFÈVRE", "Clémence", date(2018, 2, 19), "F")
MANON = Patient("M1", "KONÉ", "Manon", date(1978, 10, 3), "F")
SHEET = ("ATTESTATION DE DROITS\nCPAM de Vannes\nAssuré(e) : KONÉ Manon\nN° de sécurité sociale : 2 78 10 67 300 506 55\n"
         "{child}\nDate de naissance : 19/02/2018\nOrdonnance\nAmoxicilline 500 mg, trois fois par jour pendant six jours.")


def decision(text: str, patients=(CLEMENCE,)):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(list(patients)))


@pytest.mark.parametrize("child", ["Enfant : LEFÈVRE Clémence", "Enfant : CLEMENCE LEFÈVRE"])
def test_the_child_of_an_insureds_sheet_is_its_subject(child):
    page = read_page(SHEET.format(child=child), today=TODAY)
    assert [(f.kind, f.label) for f in page.fields if f.kind == "name"] == [("name", "ENFANT")]
    d = decision(SHEET.format(child=child))
    assert d.files and d.patient_ipp == "C1"


def test_the_child_files_when_the_insured_is_registered_too():
    d = decision(SHEET.format(child="Enfant : LEFÈVRE Clémence"), (CLEMENCE, MANON))
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("text", [
    # no insured's field: a mother's paper may list her newborn under `Enfant :`
    "COMPTE RENDU D'ACCOUCHEMENT\nPatiente : Mme KONÉ Manon, née le 03/10/1978\nEnfant : LEFÈVRE Clémence\n"
    "Date de naissance : 19/02/2018\nAccouchement par voie basse.",
    "Enfant : LEFÈVRE Clémence\nDate de naissance : 19/02/2018\nAccouchement par voie basse.",
    # two children under one insured: the sheet names no single beneficiary
    SHEET.format(child="Enfant : LEFÈVRE Clémence\nEnfant : LEFÈVRE Jade"),
    # the insured's field already names a subject's field: `Bénéficiaire :` decides, not `Enfant :`
    SHEET.format(child="Bénéficiaire : KONÉ Manon\nEnfant : LEFÈVRE Clémence"),
])
def test_enfant_elsewhere_is_no_subjects_field(text):
    page = read_page(text, today=TODAY)
    assert not any(f.kind == "name" and f.label == "ENFANT" for f in page.fields)


def test_enfant_naming_the_insured_herself_is_no_childs_field():
    page = read_page(SHEET.format(child="Enfant : KONÉ Manon"), today=TODAY)
    assert not any(f.kind == "name" and f.label == "ENFANT" for f in page.fields)
