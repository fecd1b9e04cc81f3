"""Session 73: a close one's heading that OCR set apart as its own paragraph (`PERSONNE DE CONFIANCE` / `` / `Nom :
PARIS` / `Prénom : ANNE-MARIE` / `Lien : épouse` / `Date de naissance : …`) heads that person's block when the
paragraph says how she is related (a kinship, not an empty `Lien :` or `lui-même`), or when a sex cell above the
heading (`Masculin`) says the page's own identity table stands there. That table, unreadable on a 150 dpi fax, left her
block the only one read: the admission request was filed under the wife (sixth corpus s35 FAX…012, on the base).
Otherwise the paragraph may be the patient's own, the form's close one left empty (session 47), and it still files;
under the insured's heading (`ASSURÉ(E)` / `` / `Nom et prénom :`) it still names the patient. Known left: with neither
a link nor a sex cell, a relative's paragraph under a blank line is still read as the patient's. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 8)
WIFE = Patient("W1", "PARIS", "Anne-Marie", date(1958, 10, 15), "F", used_name="DELACROIX")
HUSBAND = Patient("H1", "DELACROIX", "Mohamed", date(1963, 3, 31), "M")
INDEX = RegistryIndex.build([WIFE, HUSBAND, Patient("X1", "MARTIN", "Paul", date(1950, 1, 1), "M")])
UNREADABLE_TABLE = "DEMANDE D'ADMISSION\nDate . 12/12/2024\n\nPoor DEC TE #\nRécit\n\nMohamed\n\n31-03-1963\n\nMasculin\n\n"


def block(heading: str, link: str = "Lien : épouse\n") -> str:
    return (f"{UNREADABLE_TABLE}{heading}\n\nNom : PARIS\nPrénom : ANNE-MARIE\n{link}"
            "Date de naissance : 15 octobre 1958 Tél. : 07 96 69 61 10\n\nMotif : contrôle endoscopique.")


def decision(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("heading", ["PERSONNE DE CONFIANCE", "Personne à prévenir", "Personne de confiance :",
                                     "ÉPOUSE", "Conjoint :"])
@pytest.mark.parametrize("link", ["Lien : épouse\n", "Lien de parenté : épouse\n"])
def test_a_close_ones_paragraph_saying_the_link_is_hers(heading, link):
    found = decision(block(heading, link))
    assert not found.files


def test_the_same_block_right_under_the_heading_was_already_hers():
    found = decision(block("PERSONNE DE CONFIANCE").replace("CONFIANCE\n\n", "CONFIANCE\n"))
    assert not found.files


def test_a_form_opening_on_an_empty_close_ones_heading_still_files_the_patient_below():
    text = "FICHE DE LIAISON\nPersonne à prévenir\n\nNom : PARIS\nPrénom : Anne-Marie\nDate de naissance : 15/10/1958\n"
    found = decision(text)
    assert found.files and found.patient_ipp == "W1"


def test_the_insured_paragraph_still_names_the_patient():
    text = "DEMANDE D'ACCORD PRÉALABLE\n\nASSURÉ(E)\n\nNom et prénom : PARIS Anne-Marie\nDate de naissance : 15/10/1958\n"
    found = decision(text)
    assert found.files and found.patient_ipp == "W1"


@pytest.mark.parametrize("link", ["Lien :\n", "Lien : lui-même\n", "Lien : patiente\n", "Lien : néant\n"])
def test_a_link_naming_no_kinship_leaves_the_patients_own_paragraph_hers(link):
    """Review of session 73: an empty `Lien :` or one naming the patient herself hid her own block."""
    text = ("FICHE DE LIAISON\nPersonne à prévenir\n\nNom : PARIS\nPrénom : Anne-Marie\n" + link
            + "Date de naissance : 15/10/1958\n")
    found = decision(text)
    assert found.files and found.patient_ipp == "W1", found.reason_fr


def test_a_sex_cell_above_the_heading_makes_the_paragraph_a_close_ones_without_a_link():
    """The page's own identity table stands above the heading, however unreadable (`Masculin` alone on its line)."""
    found = decision(block("PERSONNE DE CONFIANCE", link=""))
    assert not found.files



def test_a_dust_line_in_place_of_the_blank_line_still_sets_the_paragraph_apart():
    """The second reading of the same fax read the blank line as `|` and filed the wife again."""
    found = decision(block("PERSONNE DE CONFIANCE").replace("CONFIANCE\n\n", "CONFIANCE\n|\n"))
    assert not found.files
