"""Several people's blocks of labelled fields on one page: the patient's own (`Nom : DUPONT` / `Date de naissance : …`,
her first name lost) and a relative's under a heading no rule knows (`Famille`, `Entourage :`, `Contact en cas
d'urgence : DUPONT`, a misread `Coniact`, `Lien : frère` after the block, a column beside hers). On main the relative's
`Prénom : Paul` was taken for the patient's and the twin Paul DUPONT, born the same day, was filed (9 852 of 52 251
probe pages with printed labels, review34's generator). A first name and a birth date now belong to the block whose
name field stands nearest above them in their column, and a first name below a heading line is that heading's person's:
such a match designates no one, but its patient stays a candidate. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import fold, kin_heading, name_field_places, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
PIERRE = Patient("D1", "DUPONT", "Pierre", date(1980, 5, 2), "M")
PAUL = Patient("D2", "DUPONT", "Paul", date(1980, 5, 2), "M")
JEAN = Patient("D3", "DUPONT", "Jean", date(1950, 3, 14), "M")
TWINS = [PIERRE, PAUL, JEAN]
TWIN_PAUL_ONLY = [PAUL, JEAN]


def decision(page: str, patients: list[Patient]):
    return decide([read_page(page, today=TODAY)], RegistryIndex.build(patients))


def column(left: str, right: str) -> str:
    return left.ljust(30) + right


RELATIVES_FIRST_NAME_ONLY = [
    "Nom : DUPONT\nDate de naissance : 02/05/1980\n\nFamille\nNom : DUPONT\nPrénom : Paul\n",
    "Nom : DUPONT\nDate de naissance : 02/05/1980\nEntourage\nNom : DUPONT\nPrénom : Paul\n",
    "Nom : DUPONT\nDate de naissance : 02/05/1980\n\nNom : DUPONT\nPrénom : Paul\nLien : frère\nTél : 06 12 34 56 78\n",
    "Coniact\nNom : DUPONT\nPrénom : Paul\nTél : 06 12 34 56 78\n\nNom : DUPONT\nNé(e) le 02/05/1980\n",
    "Nom : DUPONT\nDate de naissance : 02/05/1980\n\nProche\nNom : DUPONT\nPrénom :\nPaul\n",
    "\n".join([column("Contact", "Patient"), column("Nom : DUPONT", "Nom : DUPONT"),
               column("Prénom : Paul", "Né(e) le : 02/05/1980")]),
    "\n".join([column("Nom : DUPONT", "Famille"), column("Né(e) le : 02/05/1980", "Nom : DUPONT"),
               column("", "Prénom : Paul")]),
    "Nom : DUPONT\nDate de naissance : 02/05/1980\nContact en cas d'urgence : DUPONT\nPrénom : Paul\n",
    "Nom : DUPONT\nDate de naissance : 02/05/1980\nParent 1 : DUPONT\nPrénom . Paul\nTél : 06 12 34 56 78\n",
    "Nom : DUPONT\nDate de naissance : 02/05/1980\nEntourage :\nPrénom : Paul\n",
    "Nom de naissance : DUPONT\nDate de naissance : 02/05/1980\n\nFamille\nNom d'usage : DUPONT\nPrénom : Paul\n",
]


@pytest.mark.parametrize("patients", [TWINS, TWIN_PAUL_ONLY])
@pytest.mark.parametrize("page", RELATIVES_FIRST_NAME_ONLY)
def test_a_relatives_first_name_files_no_twin(page, patients):
    d = decision(page, patients)
    assert not d.files and d.patient_ipp is None


def test_the_twin_named_in_a_relatives_block_beside_the_patients_keeps_it_in_review():
    page = "Famille : DUPONT\nPrénom : Paul\n\nNom : DUPONT\nPrénom : Pierre\nNé le 02/05/1980\n"
    d = decision(page, TWINS)
    assert not d.files and d.rule == "several_patients"


MARTIN_PIERRE = Patient("D1", "DUPONT", "Pierre", date(1980, 5, 2), "M", used_name="MARTIN")


@pytest.mark.parametrize("page", [
    # a birth name and a used name are one person's, stacked or side by side
    "Nom de naissance : DUPONT\nNom d'usage : MARTIN\nPrénom : Pierre\nDate de naissance : 02/05/1980",
    "Nom de naissance : DUPONT   Nom d'usage : MARTIN\nPrénom : Pierre\nDate de naissance : 02/05/1980",
    "Nom d'usage : MARTIN\nService de cardiologie\nNom de naissance : DUPONT\nPrénom : Pierre\nNé le 02/05/1980",
    # a heading below his first name, or below his whole block, changes nothing
    "Nom : DUPONT\nPrénom : Pierre\nAntécédents :\nDate de naissance : 02/05/1980",
    "Nom : DUPONT\nPrénom : Pierre\nDate de naissance : 02/05/1980\nCompte rendu :\nExamen normal.",
    # a value below its label is no heading
    "Nom :\nDUPONT :\nPrénom : Pierre\nDate de naissance : 02/05/1980",
    "\n".join([column("Nom : DUPONT", "Service : cardiologie"), column("Prénom : Pierre", "Date : 01/12/2026"),
               column("Né le : 02/05/1980", "")]),
])
def test_one_persons_fields_still_file(page):
    d = decision(page, [MARTIN_PIERRE, PAUL, JEAN])
    assert d.files and d.patient_ipp == "D1"


def test_a_first_name_belongs_to_the_name_field_above_it_in_its_column():
    page = "\n".join([column("Nom : DUPONT", "Nom : DUPONT"), column("Prénom : Paul", "Né(e) le : 02/05/1980")])
    reading = read_page(page, today=TODAY)
    places = name_field_places(reading.text, reading.fields)
    left, right = sorted((f for f in reading.fields if f.kind == "name"), key=lambda f: f.start)
    assert places.several_groups and places.owner(1, 0) == left and places.owner(1, 30) == right


def test_a_heading_line_and_a_blank_form_field():
    page = "Nom : DUPONT\nFamille :\nÉpoux :\nPrénom : Paul"
    reading = read_page(page, today=TODAY)
    assert name_field_places(reading.text, reading.fields).headings == frozenset({1})


@pytest.mark.parametrize("page", [
    # a letterhead's column: OCR reads her used name, her first name, then her birth name
    "Nom d'usage : MARTIN\nCabinet de radiologie\nPremier prénom : Pierre\n\nNom de naissance : DUPONT\n"
    "Date de naissance : 02/05/1980",
    # a blank used name label whose next line is the letterhead's telephone is no one's name field
    "Nom d'usage\nTél. 03 00 85 37 23\nPremier prénom : Pierre\n\nNom de naissance : DUPONT\nDate de naissance : 02/05/1980",
])
def test_one_persons_fields_in_a_scrambled_reading_order_still_file(page):
    d = decision(page, [MARTIN_PIERRE, PAUL, JEAN])
    assert d.files and d.patient_ipp == "D1"


# review35 (on the first draft): a heading of the patient's own form between her lines, and a birth name and a used
# name read apart, sent her own pages to review — 17 396 of 93 963 pages its generator's main filed right.
@pytest.mark.parametrize("page", [
    "Nom : DUPONT\nMutuelle :\nPrénom : Pierre\nDate de naissance : 02/05/1980",
    "Nom : DUPONT\nMédecin traitant : Dr MARTIN\nPrénom : Pierre\nDate de naissance : 02/05/1980",
    "Nom : DUPONT\nHospitalisation :\nPrénom : Pierre\nDate de naissance : 02/05/1980",
    "Nom : DUPONT\nAllergies : aucune\nPrénom : Pierre\nAntécédents :\nDate de naissance : 02/05/1980",
    "Nom de naissance : DUPONT\nPrénom : Pierre\nNom d'usage : MARTIN\nDate de naissance : 02/05/1980",
    "Nom d'usage : MARTIN\nPrénom : Pierre\nNom de famille : DUPONT\nNé(e) le : 02/05/1980\n\nFrère jumeau\n"
    "Nom : DUPONT Paul\nNé(e) le : 02/05/1980",
])
def test_the_patients_own_form_still_files_him(page):
    d = decision(page, [MARTIN_PIERRE, JEAN])
    assert d.files and d.patient_ipp == "D1"


@pytest.mark.parametrize("heading, kin", [
    ("Famille :", True), ("Contact en cas d'urgence : DUPONT", True), ("Coniact :", True), ("Pèrc :", True),
    ("Jurneau :", True), ("Responsabie légal :", True), ("Mutuelle :", False), ("Ville :", False),
    ("Médecin traitant : Dr MARTIN", False), ("Venue : urgence", False),
])
def test_a_heading_names_a_relative_or_a_misread_one(heading, kin):
    assert kin_heading(fold(heading)) == kin


@pytest.mark.parametrize("page", [
    "Nom : DUPONT\nDate de naissance : 02/05/1980\nNom : DUPONT\nPrénom : Paul\nNé le : 02/05/1980\n",
    "Patient :\tDUPONT\nNé(e) le :\t02/05/1980\nPrénoms :\tPaul\nNom :\tDUPONT\nNé(e) le :\t02/05/1980\n",
])
def test_a_block_without_a_first_name_keeps_the_other_twin_a_candidate(page):
    d = decision(page, TWINS)
    assert not d.files and d.rule == "several_patients"


@pytest.mark.parametrize("page", [
    "Nom : DUPONT\tFamille\nNé(e) le : 02/05/1980\tPrénom : Paul\n",
    "Nom : DUPONT\tA prévenir\nNé(e) le : 02/05/1980\tPrénom : Paul\n",
    "\n".join([column("Nom : DUPONT", "Famille"), column("Né(e) le : 02/05/1980", "Prénom : Paul")]),
    "\n".join([column("Nom : DUPONT", "Personne à prévenir :"), column("Né(e) le : 02/05/1980", "Prénom : Paul")]),
])
@pytest.mark.parametrize("patients", [TWINS, TWIN_PAUL_ONLY])
def test_a_first_name_under_a_second_columns_relative_heading_files_no_twin(page, patients):
    d = decision(page, patients)
    assert not d.files


@pytest.mark.parametrize("page", [
    "Nom : DUPONT\tService : cardiologie\nNé(e) le : 02/05/1980\tPrénom : Pierre\n",
    "\n".join([column("Nom : DUPONT", "Famille"), column("Prénom : Pierre", ""), column("Né(e) le : 02/05/1980", "")]),
])
def test_his_own_first_name_beside_or_before_a_column_heading_still_files(page):
    d = decision(page, [MARTIN_PIERRE, JEAN])
    assert d.files and d.patient_ipp == "D1"


# review36: a heading-like line whose value is the patient's form's (`Situation de famille : Mariée`), and a hospital's
# used name equal to the birth name on another line, sent her own pages to review.
@pytest.mark.parametrize("page", [
    "Nom : DUPONT\nSituation de famille : Marié\nPrénom : Pierre\nDate de naissance : 02/05/1980",
    "Nom : DUPONT\nMédecin responsable : Dr LEBLANC\nPrénom : Pierre\nDate de naissance : 02/05/1980",
    "Nom : DUPONT\nFamille : informée\nPrénom : Pierre\nDate de naissance : 02/05/1980",
    "Nom de naissance : DUPONT\nPrénom : Pierre\nNom d'usage : DUPONT\nDate de naissance : 02/05/1980",
    "Nom d'usage : DUPONT\nPrénom : Pierre\nNom de naissance : DUPONT\nDate de naissance : 02/05/1980",
])
def test_the_patients_own_form_with_such_lines_still_files_him(page):
    d = decision(page, [MARTIN_PIERRE, JEAN, Patient("D4", "DUPONT", "Pierre", date(1990, 1, 1), "M")])
    assert d.files and d.patient_ipp == "D1"


@pytest.mark.parametrize("heading", ["Famille", "Entourage :", "Frère jumeau", "Contact en cas d'urgence : DUPONT"])
def test_the_same_surname_as_a_used_name_below_a_relatives_heading_is_no_pair(heading):
    page = f"Nom de naissance : DUPONT\nDate de naissance : 02/05/1980\n{heading}\nNom d'usage : DUPONT\nPrénom : Paul\n"
    d = decision(page, TWIN_PAUL_ONLY)
    assert not d.files
