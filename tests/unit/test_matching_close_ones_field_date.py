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


# Third corpus s13: `J'ai vu en consultation ce jour M. THOMAS Guillaume 22/08/1991, …` then the trusted person's `né
# le 06.03.1931`. Session 35 excused the close one's date when the patient's own followed his name unlabelled in the
# sentence that says he was seen; review53–55 refused it (the one seen may be a relative: `Vue ce jour la bru de M. …`,
# `Je soussigné M. … père de l'enfant …`): such pages still go to review.
@pytest.mark.parametrize("page", [
    "J'ai vu en consultation ce jour M. BESNARD Raphaël 01/07/1949, que vous m'avez adressé pour avis.\n"
    "Personne de confiance : M. Jean ROBERT, né le 06.03.1931",
    "Vue ce jour la bru de M. BESNARD Raphaël 01/07/1949, pour une angine.\n"
    "Personne de confiance : Mme LEROY Anne, née le 06/03/1931",
    "Je soussigné M. BESNARD Raphaël 01/07/1949, père de l'enfant BESNARD Léo, autorise l'intervention.\n"
    "Personne de confiance : M. Jean ROBERT, né le 06.03.1931",
])
def test_an_unlabelled_own_date_does_not_make_the_close_ones_date_hers(page):
    assert not decision(page).files


def test_a_third_partys_date_that_is_a_registry_namesakes_birth_date_keeps_the_doubt():
    """review54's k13: THOMAS Guillaume 06/03/1931 seen, his trusted person born 22/08/1991 — the birth date of another
    THOMAS Guillaume of the registry: which of the two the page is about rests on which date is whose."""
    index = RegistryIndex.build([Patient("T1", "THOMAS", "Guillaume", date(1991, 8, 22), "M"),
                                 Patient("T2", "THOMAS", "Guillaume", date(1931, 3, 6), "M")])
    text = "Vu ce jour M. THOMAS Guillaume 06/03/1931.\nPersonne de confiance : M. Jean ROBERT, né le 22.08.1991"
    assert not decide(read_document([text], today=TODAY), index).files
