"""A person of the patient's circle in her own field (`Personne de confiance : BESNARD Clémence, née le 05/06/1968
(mère)`, `Mère : …`), named with another first name, on a page that prints the patient's own birth date outside such
fields: her birth date is hers — no contradiction (OOD dev seeds 201, 210 went to review as « date de naissance lue
… »). A person bearing the patient's first name, a close one's date with no own date of the patient printed, and a date
in another third party's field still stop the filing. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
RAPHAEL = Patient("B1", "BESNARD", "Raphaël Mehdi", date(1949, 7, 1), "M")
INDEX = RegistryIndex.build([RAPHAEL, Patient("B3", "BESNARD", "Clémence", date(1968, 6, 5), "F")])
SUBJECT = "Nom : BESNARD\nPrénoms : Raphaël Mehdi\nDDN : 01/07/1949\nSexe : Masculin\n"


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("close_one", [
    "Personne de confiance : BESNARD Clémence, née le 05/06/1968 (mère) — 06 27 84 97 20",
    "Personne de confiance : Claire MARTINS, née le 16/09/2003 (épouse)",
    "Personne à prévenir : MONIQUE DUFOUR-LEGRAND, née le 23/12/2002",
])
def test_a_close_ones_own_birth_date_in_her_field_files_the_patient(close_one):
    d = decision(SUBJECT + close_one + "\nCompte rendu de consultation.")
    assert d.files and d.patient_ipp == "B1"


@pytest.mark.parametrize("page", [
    SUBJECT + "Personne de confiance : BESNARD Raphaël, né le 05/06/1968",
    "BESNARD Raphaël Mehdi\nPersonne de confiance : BESNARD Clémence, née le 05/06/1968 (mère)",
    SUBJECT + "Médecin traitant : Dr BESNARD Clémence, née le 05/06/1968",
    SUBJECT + "Copie : BESNARD Clémence, née le 05/06/1968",
])
def test_a_namesake_or_another_third_partys_date_still_stops_the_filing(page):
    assert not decision(page).files


# Third corpus s13: the patient named in a sentence with his birth date unlabelled right after his name.
SEEN = "J'ai vu en consultation ce jour M. BESNARD Raphaël 01/07/1949, que vous m'avez adressé pour avis.\n"


@pytest.mark.parametrize("close_one", [
    "Personne de confiance : M. Jean ROBERT, né le 06.03.1931, tél. 06 88 11 79 82.",
    "Personne de confiance : BESNARD Clémence, née le 05/06/1968 (mère)",
])
def test_an_own_date_right_after_the_name_makes_the_close_ones_date_hers(close_one):
    d = decision(SEEN + close_one)
    assert d.files and d.patient_ipp == "B1"


@pytest.mark.parametrize("page", [
    "J'ai vu en consultation ce jour M. BESNARD 01/07/1949, pour avis.\nBESNARD Raphaël\n"  # no first name before it
    "Personne de confiance : M. Jean ROBERT, né le 06.03.1931",
    "J'ai vu M. BESNARD Raphaël, opéré le 01/07/2019.\nPersonne de confiance : M. Jean ROBERT, né le 06.03.1931",
    SEEN + "Personne de confiance : BESNARD Raphaël, né le 05/06/1968",  # bears the patient's first name
    SEEN + "Copie : BESNARD Clémence, née le 05/06/1968",
    # review53: a parent's consent or attestation names the parent in full, the paper is the child's
    "Autorisation d'opérer un mineur\nJe soussigné M. BESNARD Raphaël 01/07/1949, père de l'enfant BESNARD Léo, "
    "autorise l'intervention.\nPersonne de confiance : M. Jean ROBERT, né le 06.03.1931",
    "Attestation : M. BESNARD Raphaël 01/07/1949 certifie accompagner son fils Léo.\n"
    "Personne de confiance : M. Jean ROBERT, né le 06.03.1931",
    "J'ai vu ce jour M. BESNARD Raphaël 01/07/1949 avec sa fille Léa.\nPersonne de confiance : M. Jean ROBERT, "
    "né le 06.03.1931",
    # review54: the sentence names the close one, or says whose business brought the patient
    "J'ai vu en consultation ce jour M. BESNARD Raphaël 01/07/1949 qui accompagnait M. ROBERT Jean.\n"
    "Personne de confiance : M. Jean ROBERT, né le 06.03.1931",
    "Vu ce jour M. BESNARD Raphaël 01/07/1949 (dossier de M. ROBERT Jean).\nPersonne de confiance : M. Jean ROBERT, "
    "né le 06.03.1931",
    "Vu ce jour M. BESNARD Raphaël 01/07/1949, aidant de M. Robert.\nPersonne de confiance : M. Jean ROBERT, "
    "né le 06.03.1931",
])
def test_without_the_own_date_after_the_full_name_the_close_ones_date_still_stops_it(page):
    assert not decision(page).files


def test_a_third_partys_date_that_is_a_registry_namesakes_birth_date_keeps_the_doubt():
    """review54's k13: THOMAS Guillaume 06/03/1931 seen, his trusted person born 22/08/1991 — the birth date of another
    THOMAS Guillaume of the registry: which of the two the page is about rests on which date is whose."""
    index = RegistryIndex.build([Patient("T1", "THOMAS", "Guillaume", date(1991, 8, 22), "M"),
                                 Patient("T2", "THOMAS", "Guillaume", date(1931, 3, 6), "M")])
    text = "Vu ce jour M. THOMAS Guillaume 06/03/1931.\nPersonne de confiance : M. Jean ROBERT, né le 22.08.1991"
    assert not decide(read_document([text], today=TODAY), index).files
