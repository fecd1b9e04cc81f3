"""A care sheet's insured line (`NIR de l'assuré : 2 65 07 …`) between a relative's heading and a `Bénéficiaire :`
block: only the insured's own line is passed over. The heading above it (`Personne à prévenir (mère) :`, `Coordonnées
du père`, `Mère de l'enfant`) still heads the block below, as it does with no number between them — on main the
relative was filed (review15's q15_f2b h1, h4, h6). A neutral heading, or the insured's own word above, leaves the
beneficiary the subject. Pure, no I/O."""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
MOTHER_NIR = "2850475112050" + nir.calc_check_digits("2850475112050")
INSURED_NIR = "2650767274832" + nir.calc_check_digits("2650767274832")  # an insured the registry does not hold
INDEX = RegistryIndex.build([
    Patient("N1", "COUSIN", "Nathan", date(2021, 6, 6), "M"),
    Patient("S1", "MOREAU", "Sophie", date(1985, 4, 4), "F", ins=MOTHER_NIR),  # a mother, registered
    Patient("V1", "NGUYEN", "Van", date(1950, 12, 25), "M"),  # a father, registered
    Patient("B1", "BERNARD", "Luc", date(1980, 2, 2), "M"),  # a twin brother, registered
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


def care_sheet(heading: str, beneficiary: str, birth: str) -> str:
    return f"{heading}\nNIR de l'assuré : {INSURED_NIR}\nBénéficiaire : {beneficiary}\n{birth}\nCompte rendu."


@pytest.mark.parametrize("heading, beneficiary, birth", [
    ("Personne à prévenir (mère) :", "MOREAU Sophie", "Née le 04/04/1985"),
    ("Mère de l'enfant", "Sophie MOREAU", "Date de naissance : 04.04.1985"),
    ("Coordonnées du père", "NGUYEN Van", "Né le 25/12/1950"),
    ("Renseignements donnés par l'épouse :", "NGUYEN Van", "Né le 25/12/1950"),
    ("Frère jumeau vu la semaine dernière.", "BERNARD Luc", "Né le : 02-02-1980"),
])
def test_a_relatives_heading_above_the_insureds_line_still_heads_the_block(heading, beneficiary, birth):
    assert not decision(care_sheet(heading, beneficiary, birth)).files


@pytest.mark.parametrize("heading, beneficiary, birth, ipp", [
    ("BON D'EXAMEN — AYANT DROIT", "N athan COUSIN", "Naissance : 06:06. 2021", "N1"),
    ("Feuille de soins", "MOREAU Sophie", "Née le 04/04/1985", "S1"),
    ("Identification de l'assuré", "NGUYEN Van", "Né le 25/12/1950", "V1"),
    ("", "BERNARD Luc", "Né le : 02-02-1980", "B1"),
])
def test_a_neutral_heading_above_the_insureds_line_leaves_the_beneficiary_the_subject(heading, beneficiary, birth,
                                                                                       ipp):
    d = decision(care_sheet(heading, beneficiary, birth))
    assert d.files and d.patient_ipp == ipp


def test_the_same_relatives_heading_right_above_the_block_hides_it_too():
    page = "Personne à prévenir (mère) :\nBénéficiaire : MOREAU Sophie\nNée le 04/04/1985\nCompte rendu."
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "Adressé par sa fille\nNIR de l'assuré : 1 57 03 75 112 049 16\nBénéficiaire : DUPONT Jeon\n"
    "DUPONT Paul, né le 12/03/1957",
    "Consultation demandée par sa fille\nNIR de l'assuré : 1 57 03 75 112 049 16\nBÉNÉFICIAIRE : DUPONT Jeon\n"
    "Patient : DUPONT Paul\nDate de naissance : 12 mars 1957",
])
def test_the_headed_beneficiary_still_stands_against_a_relative_named_lower(page):
    # review16's early warning on 1c7e754: the block hidden as a third party's left the brother the only candidate.
    index = RegistryIndex.build([Patient("D1", "DUPONT", "Jean Pierre", date(1957, 3, 12), "M", ins="157037511204916"),
                                 Patient("D2", "DUPONT", "Paul", date(1957, 3, 12), "M")])
    assert not decide(read_document([page], today=TODAY), index).files
