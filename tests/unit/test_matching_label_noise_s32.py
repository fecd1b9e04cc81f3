"""OCR noise beside the patient's surname that names no one else (independent corpus s687-019, s689-026): a running
header's initial whose dot a fax read as a digit (`BOYER O0. — p. 2` for Odile BOYER), and a label whose words OCR
glued together (`Nom de naiss. WEBER [Premierprénom | Chloé`). On main each was « another person of the same name »,
a contradiction. The near misses still are: another initial (`BOYER P0.`), another first name (`BOYER Paul`). Pure."""
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


def test_the_patients_initial_with_its_dot_read_as_a_digit_names_no_one_else():
    result = decision(FIRST_PAGE, "BOYER O0. — p. 2\n\nL'examen clinique est sans particularité.\n")
    assert (result.status, result.patient_ipp) == ("filed", "B1")


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


@pytest.mark.parametrize("other", [Patient("O2", "KONÉ", "Océane", date(1934, 12, 11), "F", used_name="BOYER"),
                                   Patient("O3", "BOYER", "Olivier", date(1960, 1, 1), "M")])
def test_the_initial_of_another_registry_patient_of_her_surname_still_contradicts(other):
    """review46's W4/W5: `BERNARD L1.` may be her twin Léa's; here `BOYER O0.` may be Océane's or Olivier's."""
    index = RegistryIndex.build([*INDEX.patients.values(), other])
    result = decide(read_document([FIRST_PAGE, "BOYER O0. — p. 2\n\nL'examen clinique est sans particularité.\n"],
                                  today=TODAY), index)
    assert result.status == "review"


@pytest.mark.parametrize("header", ["WEBER Nomdusage Premierprénom Chloé — p. 2", "WEBER Premierprénom chloé — p. 2"])
def test_a_twin_behind_glued_labels_in_a_running_header_still_contradicts(header):
    """review49: an empty used-name field glued to the next label; a first name in small letters."""
    index = RegistryIndex.build([Patient("L1", "WEBER", "Léa", date(2015, 3, 2), "F"),
                                 Patient("C1", "WEBER", "Chloé", date(2015, 3, 2), "F")])
    form = FIRST_PAGE.replace("BOYER", "WEBER").replace("ODILE", "LEA").replace("11/02/1932", "02/03/2015")
    result = decide(read_document([form, f"{header}\n\nL'examen clinique est sans particularité.\n"], today=TODAY), index)
    assert result.status == "review"


def test_a_first_name_beside_the_surname_before_the_label_still_contradicts():
    page = "FICHE DE LIAISON\n\nNom de naiss. Weber Paul + [Premier prénom | Chloé\n\nNaissance : 02.03.1982\n"
    assert decision(page).status == "review"
