"""A name field right below a line that speaks of a relative and names no one (`Identité de la mère.`, `Parents`,
`Personne à prévenir (mari)`, `INS frère : …`, `Mère de l'enfant`) designates no one: the block may be the relative's
(review8's sf probes: the relative filed on main). The field still designates when the line above names someone (`Mère :
MOREAU Sophie`), names the relative it speaks of (`Son frère Luc est suivi…`), or is the insured's line above a
beneficiary (`Assuré : 1 80 …` / `Bénéficiaire : …`); and with no relation word above, as before. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("C1", "MOREAU", "Léa", date(2015, 7, 7), "F"),
    Patient("C2", "MOREAU", "Sophie", date(1985, 4, 4), "F"),  # Léa's mother
    Patient("S2", "DURAND", "Jacques", date(1960, 5, 5), "M"),
    Patient("D2", "DUPONT", "Paul", date(1957, 3, 12), "M"),
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "Patient : MOREAU\nIdentité de la mère.\nNom : MOREAU Sophie\nDate de naissance : 04/04/1985",
    "Enfant : Emma, 5 ans\nParents\nPatient(e) : M. DURAND Jacques\nDate de naissance : 05/05/1960",
    "Patiente : Mme Inès ROCHE\nPersonne à prévenir (mari)\nNom : DURAND Jacques\nDDN : 05-05-1960",
    "Je vois ce jour Jean.\nINS frère : 1 23 45\nNom : DUPONT Paul\nNé(e) le : 12/03/1957",
    "Patient : MOREAU\nMère de l'enfant\nPatiente : Sophie MOREAU\nNé(e) le : 09/09/1988\nNée le 04/04/1985",
    "Patient : DURAND\nVu avec la épouse\nBénéficiaire : DURAND Jacques\nNé(e) le : 05.05.1960",
    "Je vois ce jour Marie.\nÉpouse, représentant légal\nNom : DURAND   Prénom : Jacques\nDDN : 05/05/1960",
])
def test_a_field_under_a_relatives_heading_designates_no_one(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("Son frère Luc est suivi pour la même pathologie.\nIdentité : DUPONT Paul 12/03/1957", "D2"),
    ("FEUILLE DE SOINS\nAssuré : 1 80 10 75 1I2 048 12\nBénéficiaire : DUPONT Paul, 12 03 1957\nNaissance : 12/03/1957",
     "D2"),
    ("Compte rendu de consultation\nNom : DUPONT Paul\nDate de naissance : 12/03/1957", "D2"),
    ("Mère : Mme LEGRAND Anne\nNom : MOREAU Léa\nAdresse : 3 rue des Lilas, 75011 Paris\nDate de naissance : 07/07/2015",
     "C1"),
])
def test_the_field_still_designates_without_such_a_heading(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


TWINS = RegistryIndex.build([
    Patient("L1", "LEROY", "Louis", date(1990, 5, 12), "M"),
    Patient("L2", "LEROY", "Louise", date(1990, 5, 12), "F"),  # Louis's twin sister
    Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F"),
    Patient("W2", "LAMBERT", "Claude", date(1983, 12, 3), "M"),
])


@pytest.mark.parametrize("page", [
    "Vue avec sa mère\nNom usuel : LEROY Louis\nNé le : 12/05/1990\nMme LEROY Louise, 12/05/1990",
    "Enfant accompagné de sa mère\nNom usuel : LEROY Louis\nDDN : 12 mai 1990\n"
    "Antécédents familiaux : Mme Louise LEROY (12/05/1990) diabète.",
    "Consultation en présence de la mère\nNom usuel : LAMBERT Claude\nNaissance : 03/12/1983\nLAMBERT Claire, 03/12/1983",
])
def test_a_block_under_such_a_heading_still_stands_against_a_twin_designated_elsewhere(page):
    """review9's q_head9b: the subject's own block sits under the heading; hiding it must not leave his twin, dated
    elsewhere on the page, designated alone."""
    d = decide(read_document([page], today=TODAY), TWINS)
    assert not d.files and d.rule == "several_patients"


def test_the_twin_named_without_a_heading_block_is_still_filed_alone():
    page = "Compte rendu de consultation\nMme LEROY Louise, née le 12/05/1990, revue ce jour."
    d = decide(read_document([page], today=TODAY), TWINS)
    assert d.files and d.patient_ipp == "L2"


LAB = RegistryIndex.build([Patient("G1", "GIRARD", "Paul", date(1966, 7, 18), "M")])


@pytest.mark.parametrize("above", [
    "Biologistes : Dr André LEFEBVRE-PETIT, Dr Lucas TEISSIER",
    "Biologistes : Dr Luc FRERE, Dr Anne GRAND",
])
def test_a_doctors_name_that_is_also_a_kinship_word_is_no_relatives_heading(above):
    """Own corpus seed 61's lab report: `PETIT` of a biologist's compound name above `NOM :` hid the patient's block."""
    page = f"{above}\nNOM : GIRARD\nPremier prénom : Paul\nNé(e) le : 18/07/1966"
    d = decide(read_document([page], today=TODAY), LAB)
    assert d.files and d.patient_ipp == "G1"


@pytest.mark.parametrize("above", ["Accompagné de son petit-fils", "Vu avec sa belle-mère", "PARENTS"])
def test_a_kinship_word_with_its_noun_still_makes_a_heading(above):
    assert not decision(f"{above}\nNom : DUPONT Paul\nNé(e) le : 12/03/1957").files


@pytest.mark.parametrize("above", [
    "IDENTITÉ DE LA GRAND-MÈRE", "IDENTITÉ DU BEAU-PÈRE", "GRANDS-PARENTS", "Signé : la mère", "Validé : le père",
    "Infirmière : la fille du patient", "Accompagnée de sa petite-f1lle",
])
def test_a_title_or_a_kinship_prefix_does_not_unmake_a_heading(above):
    """review10's q_3c: a hyphenated kinship noun in capitals, a relative after a role word (not a doctor's title) or
    after a kinship prefix whose noun OCR garbled still heads the block below — the relative's own, filed by 3c8aeda."""
    page = f"{above}\nNom : MOREAU Sophie\nNée le : 04/04/1985\nEnfant : Léa, 11 ans"
    assert not decision(page).files


@pytest.mark.parametrize("above", ["Correspondant : Pr Marc GRAND", "Biologistes : Pr Luc FRERE, Dr Anne GRAND"])
def test_a_doctors_lone_kinship_name_still_makes_no_heading(above):
    page = f"{above}\nNOM : GIRARD\nPremier prénom : Paul\nNé(e) le : 18/07/1966"
    d = decide(read_document([page], today=TODAY), LAB)
    assert d.files and d.patient_ipp == "G1"


EPICENE = RegistryIndex.build([Patient("B1", "BRUN", "Camille", date(1990, 1, 1), "M")])


@pytest.mark.parametrize("heading", ["Épouse présente.", "Femme de 64 ans.", "Parents présents."])
def test_a_contrary_birth_word_in_a_headed_block_still_speaks_against_the_patient(heading):
    """review10's q_sex5: the block under the heading is hidden as a designation, but its `née` for a man registered
    under that name and birth date is still a sign of another person (an unregistered namesake): review."""
    page = f"BRUN Camille (01.01.1990)\n\n{heading}\nNom : BRUN Camille, née le 01/01/1990"
    d = decide(read_document([page], today=TODAY), EPICENE)
    assert not d.files


def test_a_matching_birth_word_in_a_headed_block_leaves_the_patient_filed():
    page = "BRUN Camille (01.01.1990)\n\nParents présents.\nNom : BRUN Camille, né le 01/01/1990"
    d = decide(read_document([page], today=TODAY), EPICENE)
    assert d.files and d.patient_ipp == "B1"
