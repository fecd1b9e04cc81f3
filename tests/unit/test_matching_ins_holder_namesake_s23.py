"""A page designated by the INS alone that names someone else of the holder's surname goes to review. Pure, no I/O.

review27's F5: a child's attestation of rights prints her insured mother's number (the child is not registered) and
`Enfant : MATHILDE HADDAD`; with `HADDAD M.` as running header, or `Mme HADDAD` on a second page, it was filed under the
mother by her INS. The child's caption keeps her from designating anyone (a loose relative word): it must not keep her
from being someone else.
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
MOTHER = Patient("M1", "PAYET", "Océane Manon", date(1977, 1, 17), "F", used_name="HADDAD", ins="277012928464665")
OTHER = Patient("X1", "LEGRAND", "Mathilde", date(1990, 5, 5), "F")  # makes Mathilde a registry given name
SHEET = ("ATTESTATION DE DROITS\nCPAM de Mérignac\nN° de sécurité sociale : 2770129284646 65\n"
         "Enfant : MATHILDE HADDAD\nCompte rendu d'échographie\nRAS.")


def decision(*pages: str, registry=(MOTHER,)):
    return decide(read_document(list(pages), today=TODAY), RegistryIndex.build(list(registry)))


CHILD_LINES = ["Fille : HADDAD Mathilde", "Fils : NAHIA HADDAD", "Enfant(s) : MATHILDE HADDAD", "Enfant 1 : HADDAD Mathilde",
               "Assuré(e) : HADDAD Mathilde", "Enfant ; NAHIA HADDAD", "Enfant NAHIA HADDAD", "Enfant : MATHlLDE HADDAD",
               "Enfant : NAH1A HADDAD", "NAHIA HADDAD", "Je vois ce jour Nahia HADDAD pour une otite.", "Enfant : Nahia",
               "Enfant : MANON HADDAD", "Enfant : HADDAD",
               # a pediatric letter names its subject through the parent (review28's F15)
               "Mme HADDAD consulte pour sa fille, Nahia HADDAD, 3 ans, fièvre.",
               "J'ai examiné votre fille Nahia HADDAD ce jour.",
               "Nom de l'enfant : Nahia", "Prénom de l'enfant : Nahia", "Je vois ce jour Nahia Haddad."]


@pytest.mark.parametrize("line", CHILD_LINES)
def test_review28s_f11_family_goes_to_review_too(line):
    # Captions that keep a person from designating, OCR noise, no caption, a first name alone (review28's F11).
    d = decision(SHEET.replace("Enfant : MATHILDE HADDAD", line), "Mme HADDAD\nSuite.")
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("pages", [
    (SHEET, "HADDAD M. — p. 2\nSuite."),
    (SHEET + "\nHADDAD M. — p. 1",),
    (SHEET, "Mme HADDAD\nSuite."),
    (SHEET.replace("MATHILDE HADDAD", "HADDAD Mathilde"), "Mme HADDAD\nSuite."),
])
def test_a_childs_sheet_on_her_mothers_number_is_not_filed_under_the_mother(pages):
    d = decision(*pages)
    assert not d.files and d.rule == "contradiction"


def test_another_person_of_her_name_beside_a_registry_given_name_stops_it_too():
    d = decision("N° INS : 277012928464665\nMme HADDAD\nHADDAD Mathilde, vue ce jour.", registry=(MOTHER, OTHER))
    assert not d.files and "titulaire de l'INS" in d.reason_fr


@pytest.mark.parametrize("text", [
    "N° INS : 277012928464665\nMme HADDAD Océane\nCompte rendu.",  # her own first name
    "N° INS : 277012928464665\nMme HADDAD\nAdressée par le Dr HADDAD Karim.",  # a doctor of her name
    "N° INS : 277012928464665\nMme HADDAD Océane, accompagnée de sa fille HADDAD Mathilde.",  # she, then a relative
    "N° INS : 277012928464665\nMme HADDAD Océane.\nElle sera accompagnée de sa fille, Mme Mathilde HADDAD, qui pourra…",
    "N° INS : 277012928464665\nMme HADDAD Océane\nFILS :  LIT 12\nFILLE: DATE DE NAISSANCE : inconnue",  # columns
    "N° INS : 277012928464665\nHADDAD M. — p. 1\nCompte rendu.",  # an initial
    "N° INS : 277012928464665\nMme HADDAD\nEnfant de 3 ans en 1980, opérée des amygdales.",  # prose, no caption
    "N° INS : 277012928464665\nMme HADDAD\nPersonne de confiance : HADDAD Karim",  # a trusted person's field
    "N° INS : 277012928464665\nMme HADDAD\nTutrice : HADDAD Sophie",
    "N° INS : 277012928464665\nMme HADDAD.\nElle est accompagnée de son fils, MATHIS HADDAD.",  # comes with her
    "Mme HADDAD Océane\nINS : 277012928464665\nVu ce jour, accompagnée de M. HADDAD Karim.",
    "N° INS : 277012928464665\nMme HADDAD Océane née PAYET - Nete) le 17-01-1977",  # OCR's `Née` after her name
    "N° INS : 277012928464665\nConsultation HADDAD Océane\nEnfants : 2\nEnfant : aucun",  # a heading word; no child
])
def test_her_own_paper_designated_by_her_ins_still_files(text):
    d = decision(text, registry=(MOTHER, OTHER))
    assert d.files and d.patient_ipp == "M1" and d.rule == "ins"

