"""Session 69: a page that names nothing of the patient the file designates, but prints another registry patient's used
name, `née` and her birth name, with her exact birth date, is that other patient's page — two documents scanned as one
whose second sticker lost its first name to OCR (seventh corpus, seed 9101, o7_024: `MARTIN née FABRE` / `…ssance
08/06/1980` on page 2, the file filed whole under page 1's patient on the base). Session 64's guard asked for the
first name; the two names stand for it. The guard can only send to review. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
ISABELLE = Patient("A01", "GUILLAUME", "Isabelle Simone", date(1971, 8, 1), "F")
NATHALIE = Patient("B01", "FABRE", "Nathalie", date(1980, 6, 8), "F", used_name="MARTIN")
REGISTRY = RegistryIndex.build([ISABELLE, NATHALIE])

RESULTS = ("Biolab Provence — RÉSULTATS CUMULÉS\n\nMme GUILLAUME Isabelle Simone | Date de naissance : 1er août 1971\n"
           "\nTSH (mUI/L) : 2,41\nHbA1c (%) : 6,4\nFerritine (µg/L) : 202\n")
REQUEST = ("Hospices Civils de Lyon\nDEMANDE D'EXAMEN — IMAGERIE\nÉtiquette patient\nMédecin demandeur : Dr Frédéric "
           "MICHEL\n{sticker}\nDate de la demande : 04/03/2025\nExamen demandé\nScanner thoracique sans et avec injection\n")


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), REGISTRY)


@pytest.mark.parametrize("sticker", [
    "MARTIN née FABRE\nate de nai\n2ssance 08/06/1980",  # as OCR read it: the date's label lost
    "MARTIN née FABRE\nIEP 1462122101 UF 1758\n08/06/1980",  # her date alone on a line of the sticker
    "Mme MARTIN née FABRE (F)\nDa1e de na1ssance 08/06/1980",
])
def test_a_page_with_another_patient_s_two_names_and_birth_date_holds_the_file(sticker):
    verdict = decision(RESULTS, REQUEST.format(sticker=sticker))
    assert verdict.status == "review"
    assert "nom d'usage, le nom de naissance" in verdict.reason_fr


@pytest.mark.parametrize("sticker", [
    "MARTIN née FABRE\nDate de la dernière visite : 12/05/2024",  # her birth date is not on the page
    "MARTIN née GIRARD\nate de nai\n2ssance 08/06/1980",  # not her birth name: another Mme MARTIN
    "MARTIN\nate de nai\n2ssance 08/06/1980",  # the used name alone, as before
])
def test_without_both_names_and_her_date_the_file_is_decided_as_before(sticker):
    verdict = decision(RESULTS, REQUEST.format(sticker=sticker))
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


def test_a_page_that_names_the_patient_too_is_not_held():
    """Her own page 2 with her name on it: the other's names there are another matter (a relative, a copy)."""
    page = REQUEST.format(sticker="GUILLAUME Isabelle, née le 01/08/1971")
    verdict = decision(RESULTS, page)
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


def test_the_other_patient_s_own_two_page_file_is_filed_to_her():
    first = REQUEST.format(sticker="MARTIN née FABRE Nathalie\nDate de naissance : 08/06/1980")
    second = REQUEST.format(sticker="MARTIN née FABRE\n2ssance 08/06/1980")
    verdict = decision(first, second)
    assert verdict.status == "filed" and verdict.patient_ipp == "B01"


def test_a_close_one_under_an_entourage_heading_is_no_other_patient_s_page():
    """Review Y: an EHPAD's liaison form whose page 2 lists the resident's `Entourage familial` — her daughter, a
    registered patient, by her two names and a birth date whose label OCR lost — is the resident's page."""
    page = ("Entourage familial\nPERRET née LEBRUN     Lien : fille\nAdresse : 12 rue des Lilas\n"
            "IEP 1462122101 UF 1758\n12.03.1991\n")
    daughter = Patient("B02", "LEBRUN", "Anne", date(1991, 3, 12), "F", used_name="PERRET")
    verdict = decide(read_document([RESULTS, page], today=TODAY), RegistryIndex.build([ISABELLE, daughter]))
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"
