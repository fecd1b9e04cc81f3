"""OCR noise beside the patient's surname that names no one else (independent corpus s689-026): a label whose words
OCR glued together, followed by her own first given name (`Nom de naiss. WEBER [Premierprénom | Chloé`). On main it
was « another person of the same name », a contradiction. The near misses still are: another initial (`BOYER P0.`),
her own initial misread (`BOYER O0.`: tried for s687-019 and dropped), another first name (`BOYER Paul`), another name
after the glued label (a twin's: review46, review49). Pure."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
INDEX = RegistryIndex.build([
    Patient("B1", "BOYER", "Odile Chantal", date(1932, 2, 11), "F"),
    Patient("W1", "WEBER", "Chloé", date(1982, 3, 2), "F"),
])
FIRST_PAGE = ("Fiche de pré-admission\n\nNom de famille :\nBOYER\n\nPRÉNOM :\n\nODILE\n\nNaissance :\n\n11/02/1932\n\n"
              "Sexe :\n\nFéminin\n\nL'examen clinique est sans particularité.\n\nPage 1/2")


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


@pytest.mark.parametrize("header", ["BOYER O0. — p. 2", "BOYER O1. — p. 2"])
def test_her_own_initial_with_its_dot_read_as_a_digit_still_contradicts(header):
    """Tried in session 32 (s687-019) and dropped: the initial may be an unregistered twin's, whose dotted initial main
    already takes for hers (review49's W4)."""
    assert decision(FIRST_PAGE, f"{header}\n\nL'examen clinique est sans particularité.\n").status == "review"


@pytest.mark.parametrize("header", ["BOYER P0. — p. 2", "BOYER Paul — p. 2"])
def test_another_initial_or_first_name_beside_her_surname_still_contradicts(header):
    result = decision(FIRST_PAGE, f"{header}\n\nL'examen clinique est sans particularité.\n")
    assert result.status == "review" and "autre personne du même nom" in result.reason_fr


def test_a_glued_label_beside_the_surname_is_no_first_name():
    page = "FICHE DE LIAISON\n\nNom de naiss. Weber © + [Premierprénom | Chloé\n\nNaissance : 02.03.1982\n"
    assert (decision(page).status, decision(page).patient_ipp) == ("filed", "W1")


def test_a_twins_name_after_a_glued_label_still_contradicts():
    """review46's W3: the twins WEBER Léa and Chloé, born the same day; Léa's row, then Chloé's behind a glued label."""
    index = RegistryIndex.build([Patient("L1", "WEBER", "Léa", date(2015, 3, 2), "F"),
                                 Patient("C1", "WEBER", "Chloé", date(2015, 3, 2), "F")])
    page = ("FICHE DE LIAISON\n\nNom de naiss. WEBER   Prénom Léa   Naissance : 02/03/2015\n"
            "Nom de naiss. WEBER   Premierprénom Chloé   Naissance : 02/03/2015\n")
    assert decide(read_document([page], today=TODAY), index).status == "review"


def test_a_first_name_beside_the_surname_before_the_label_still_contradicts():
    page = "FICHE DE LIAISON\n\nNom de naiss. Weber Paul + [Premier prénom | Chloé\n\nNaissance : 02.03.1982\n"
    assert decision(page).status == "review"
