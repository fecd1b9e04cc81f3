"""A daughter named after her mother: Fatoumata Christine PICARD (born 1950, her INS in the registry) and Fatoumata
Nadia PICARD (born 2016). A care sheet printing the mother's number and `Enfant : Picard FATOUMATA NADIA`, no birth
date (independent corpus ood-s691-024), was filed under the mother on main: the INS designated her, and the child's
line printed her used name and first given name. Whatever the layout, a page that names the daughter's further given
name, or a child's caption under the mother's number while the registry holds a namesake young enough to be her
child, goes to review. The mother's own sheet, and the daughter's, still file. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
MOTHER = Patient("M1", "AUBRY", "Fatoumata Christine", date(1950, 10, 18), "F", used_name="PICARD",
                 ins="250106714916689")
DAUGHTER = Patient("D1", "PICARD", "Fatoumata Nadia", date(2016, 9, 9), "F", ins="216093326232281")
INDEX = RegistryIndex.build([MOTHER, DAUGHTER])
MOTHERS_NUMBER = "NIR : 2501067149166 89"
BODY = "\n\nDemande d'avis spécialisé\nLa pression artérielle est mesurée à 138/82 mmHg.\n"


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


def sheet(identity: str, header: str) -> tuple[str, str]:
    """A two-page sheet, the second page under a running header (as ood-s691-024 printed it)."""
    return (f"FEUILLE DE SOINS\nCPAM de Morlaix\n\n{MOTHERS_NUMBER}\n{identity}{BODY}\nPage 1/2",
            f"{header} (suite)\n\nL'échographie de contrôle ne montre pas d'épanchement.\n")


@pytest.mark.parametrize("identity, header", [
    ("Enfant : Picard FATOUMATA NADIA", "Picard FATOUMATA NADIA"),  # the sheet as printed (ood-s691-024)
    ("Enfant : Picard FATOUMATA", "Picard FATOUMATA"),  # no further given name: the registry's namesake child decides
    ("Picard FATOUMATA NADIA", "Picard FATOUMATA NADIA"),  # no caption
    ("Patient : Picard FATOUMATA NADIA", "Picard FATOUMATA NADIA"),
    ("Nom : PICARD\nPrénoms : FATOUMATA NADIA", "PICARD F."),  # a form's two fields
    # review47: a beneficiary's line, or a word that makes her someone's child, with the registry's namesake child
    ("Bénéficiaire : PICARD Fatoumata", "PICARD Fatoumata"),
    ("Patient : PICARD Fatoumata (fille)", "PICARD Fatoumata"),
    ("Patient : PICARD Fatoumata fille", "PICARD Fatoumata"),
])
def test_the_mothers_number_beside_her_daughters_name_goes_to_review(identity, header):
    assert decision(*sheet(identity, header)).status == "review"


@pytest.mark.parametrize("identity", ["Patiente : Picard FATOUMATA CHRISTINE",
                                      "Nom : PICARD\nPrénoms : FATOUMATA CHRISTINE",
                                      "Patiente : Mme PICARD Fatoumata Christine"])
def test_the_mothers_own_sheet_still_files_under_her(identity):
    result = decision(*sheet(identity, "Picard FATOUMATA CHRISTINE"))
    assert (result.status, result.patient_ipp) == ("filed", "M1")


def test_without_a_namesake_child_the_beneficiary_line_still_files_under_the_holder():
    index = RegistryIndex.build([MOTHER])
    pages = sheet("Bénéficiaire : PICARD Fatoumata", "PICARD Fatoumata")
    result = decide(read_document(list(pages), today=TODAY), index)
    assert (result.status, result.patient_ipp) == ("filed", "M1")


def test_the_daughters_sheet_still_files_under_her():
    page = ("COMPTE RENDU DE CONSULTATION\n\nNom : PICARD\nPrénoms : FATOUMATA NADIA\nDate de naissance : 09/09/2016\n"
            "INS : 2 16 09 33 262 322 81\n\nL'examen clinique est sans particularité.\n")
    result = decision(page)
    assert (result.status, result.patient_ipp) == ("filed", "D1")
