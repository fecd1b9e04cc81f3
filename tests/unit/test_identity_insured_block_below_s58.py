"""A care sheet (cerfa 12541) prints the person receiving care first, then the insured's block under `ASSURÉ(E) (à
remplir si la personne recevant les soins n'est pas l'assuré(e))`. Filled, that block names another person: her name
and number are the insured's, no evidence about the patient (second corpus seed 126 s126_021: the mother's
`nom et prénom : TURPIN Aurélie` was read as the child's name field and contradicted her). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
INDEX = RegistryIndex.build([Patient("J1", "TURPIN", "Jade", date(2019, 1, 29), "F", ins="219019740338392"),
                             Patient("A1", "TURPIN", "Aurélie Simone", date(1972, 9, 14), "F")])
SHEET = ("FEUILLE DE SOINS Médecin : cerfa N° 12541*02\n\n{heading}\n\n"
         "nom et prénom (suivis, s'il y a lieu, du nom d'usage)\n\n{patient}\n\ndate de naissance\n{born}\nadresse\n\n"
         "5 place du Marché, Brest\n\n{insured_heading}\nnom et prénom : {insured}\n\nnuméro d'immatriculation\n\n"
         "28404 29 120 776 O1\nqualité du bénéficiaire\nenfant\n\nIDENTIFICATION DU MÉDECIN\n\n"
         "Dr COCHET Stéphanie — Médecine générale\n\ndate\nactes effectués : montant\n29/04/2025")
INSURED_HEADING = "ASSURÉ(E) (à remplir si la personne recevant les soins n'est pas l'assuré(e))"


def decision(**parts):
    values = {"heading": "PERSONNE RECEVANT LES SOINS", "patient": "TURPIN Jade", "born": "29/01/2019",
              "insured_heading": INSURED_HEADING, "insured": "TURPIN Aurélie", **parts}
    return decide(read_document([SHEET.format(**values)], today=TODAY, typed=[False]), INDEX)


@pytest.mark.parametrize("heading", ["PERSONNE RECEVANT LES SOINS", "PERSONNE RECEVANT LES SOINS ET ASSURÉ(E)"])
@pytest.mark.parametrize("insured_heading", [
    INSURED_HEADING, "ASSURÉ(E)", "Assurée :",
    # an adaptive threshold's reading: the note's bracket read as a brace, a box's corner as a letter alone below
    "| ASSURÉ(E) {à remplir si la personne recevant les soins n'est pas l'assuré(e))\nÀ\n",
])
def test_the_insureds_block_below_the_beneficiarys_names_a_third_party(heading, insured_heading):
    d = decision(heading=heading, insured_heading=insured_heading)
    assert d.files and d.patient_ipp == "J1"


def test_the_insureds_block_repeating_the_beneficiary_says_nothing_apart():
    """Filled with the same person, it is hers: her name field, as read before."""
    d = decision(patient="TURPIN Aurélie", born="14/09/1972")
    assert d.files and d.patient_ipp == "A1"


def test_a_blank_beneficiary_leaves_the_insureds_name_as_read():
    """Session 46: the beneficiary's block left blank, the insured filled in alone may be the patient — her name field
    is not made a third party's."""
    values = {"heading": "PERSONNE RECEVANT LES SOINS", "patient": "", "born": "", "insured_heading": INSURED_HEADING,
              "insured": "TURPIN Aurélie"}
    fields = read_document([SHEET.format(**values)], today=TODAY, typed=[False])[0].fields
    assert [(f.kind, f.value) for f in fields if "TURPIN" in f.value] == [("name", "TURPIN AURELIE")]


def test_without_the_beneficiarys_heading_the_name_field_still_contradicts():
    d = decision(heading="FEUILLE", insured_heading="Rubrique B")
    assert not d.files


@pytest.mark.parametrize("after_the_insured", ["Patient(e) : LEROY Jade", "Prénom : Léa",
                                               "Caisse : CPAM\nRégime : général\n\nNom : MARTIN\nPrénom : Sophie"])
def test_the_insureds_block_ends_at_another_persons_field(after_the_insured):
    """Review of session 58: every line down to the doctor's part was made the insured's, hiding another person's field
    printed below her name (`Patient(e) : LEROY Jade`, a namesake of the child born her day)."""
    index = RegistryIndex.build([*INDEX.patients.values(), Patient("L1", "LEROY", "Jade", date(2019, 1, 29), "F"),
                                 Patient("S1", "MARTIN", "Sophie", date(1980, 1, 1), "F")])
    values = {"heading": "PERSONNE RECEVANT LES SOINS", "patient": "TURPIN Jade", "born": "29/01/2019",
              "insured_heading": INSURED_HEADING, "insured": f"TURPIN Aurélie\n{after_the_insured}"}
    assert not decide(read_document([SHEET.format(**values)], today=TODAY, typed=[False]), index).files
