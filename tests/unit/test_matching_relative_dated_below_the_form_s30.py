"""A relative presented in the body by a possessive and his kinship, named in full once, his birth date closing the
clause, on a page whose own identity fields name the patient with her birth date: his date is no contradiction. Pure,
no I/O.

Second independent corpus (ood2 s2_007, s2_017, s1_034) and ood-s662-039: `Nom : GARCIA` / `Prénom(s) : Nathalie` /
`Date de naissance : 15/12/1955` … `La personne de confiance désignée est son époux, M. Jacques DIALLO, né le
08/01/1957.` went to review « date de naissance lue 08/01/1957 ». The page named in free text only, a sentence opening on
another given name, a relative seen, named again or spoken of again keep the contradiction (review11, review29, review40:
tests in test_matching_relatives_own_date.py).
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
NATHALIE = Patient("N1", "GARCIA", "Nathalie", date(1955, 12, 15), "F", used_name="DIALLO")
JACQUES = Patient("J1", "DIALLO", "Jacques", date(1957, 1, 8), "M")
ROMANE = Patient("R1", "BESNARD", "Romane", date(2021, 3, 16), "F")
FORM = "COMPTE RENDU D'HOSPITALISATION\nNom : GARCIA\nPrénom(s) : Nathalie\nDate de naissance : 15/12/1955\nSexe : F\n"
NAMED = "Votre patiente Mme Nathalie GARCIA a été hospitalisée pour des palpitations.\n"


def decision(text: str, patients=(NATHALIE, JACQUES, ROMANE)):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(list(patients)))


@pytest.mark.parametrize("sentence", [
    "La personne de confiance désignée est son époux, M. Jacques DIALLO, né le 08/01/1957. Vit à domicile.",
    "Elle était accompagnée de son\népoux, M. Jacques DIALLO, né le 08/01/1957.\nElle présente des palpitations.",
    # review49's costs (session 32): her own pronoun, a possession, `du patient` in a template still file
    "Elle était accompagnée de son époux, M. Jacques DIALLO, né le 08/01/1957.\nJe la revois dans trois mois.",
    "Elle était accompagnée de son époux, M. Jacques DIALLO, né le 08/01/1957.\nConcernant son traitement, pas de "
    "changement. Dossier du patient mis à jour.",
])
@pytest.mark.parametrize("registered", [True, False])
def test_a_relative_dated_in_the_body_of_a_form_naming_the_patient_files(sentence, registered):
    patients = (NATHALIE, JACQUES, ROMANE) if registered else (NATHALIE,)
    d = decision(f"{FORM}\nVotre patiente Mme Nathalie GARCIA a été hospitalisée pour des palpitations.\n{sentence}\n"
                 "Traitement de sortie : bisoprolol.", patients)
    assert d.files and d.patient_ipp == "N1"


@pytest.mark.parametrize("text", [
    # the patient named in free text only: a parent's identity may head a child's paper
    "Mme Nathalie GARCIA, née le 15/12/1955\nElle était accompagnée de sa fille, Romane BESNARD, née le 16/03/2021.",
    # the sentence opens on another given name: the child is seen
    f"{FORM}Romane, 5 ans, est accompagnée de sa mère, Louise BESNARD, née le 02/02/1990.",
    # the relative is the one seen
    f"{FORM}Elle est accompagnée de sa fille, Romane BESNARD, née le 16/03/2021. C'est elle qui consulte ce jour.",
    f"{FORM}Elle est accompagnée de son époux, M. Jacques DIALLO, né le 08/01/1957. Son époux consulte ce jour.",
    f"{FORM}Elle est accompagnée de son époux, M. Jacques DIALLO, né le 08/01/1957.\nIl consulte pour une toux.",
    f"{FORM}Elle est accompagnée de sa fille, Romane BESNARD, née le 16/03/2021.\nElle présente une otite.",
    # named again, or the clause goes on about the relative
    f"{FORM}Elle est accompagnée de sa fille, Romane BESNARD, née le 16/03/2021.\nRomane présente une otite.",
    f"{FORM}Elle est accompagnée de sa fille, Romane BESNARD, née le 16/03/2021, pour une otite.",
    # review48 (session 32), filed on main: the relative seen after his date, or later in the clause
    f"{FORM}{NAMED}Elle est accompagnée de son époux, M. Jacques DIALLO, né le 08/01/1957.\n"
    "Je le vois ce jour pour une toux.",
    f"{FORM}{NAMED}Elle est accompagnée de sa fille, Romane BESNARD (née le 16/03/2021), elle-même suivie et vue "
    "ce jour pour une angine.",
    f"{FORM}{NAMED}Elle est accompagnée de son époux, M. Jacques DIALLO, né le 08/01/1957.\n"
    "Le patient présente une toux.",
    f"{FORM}Mme Nathalie GARCIA nous sollicite au sujet de son époux.\nElle est accompagnée de son époux, M. Jacques "
    "DIALLO, né le 08/01/1957.\nToux fébrile depuis 3 jours.",
    f"{FORM}Consultation de l'enfant, en présence de sa mère, Mme Nathalie GARCIA.\n"
    "Elle est accompagnée de son époux, M. Jacques DIALLO, né le 08/01/1957.\nOtite moyenne aiguë droite.",
    # the patient's first name: a twin or a namesake
    f"{FORM}Elle est accompagnée de sa sœur, Nathalie DIALLO, née le 08/01/1957.",
    # the body never names the patient: the page may be the relative's (review43)
    f"{FORM}Accompagnée de sa fille, Romane BESNARD, née le 16/03/2021.\nVaccination de la fillette : ROR 2e dose.",
    f"{FORM}Elle est accompagnée de son époux, M. Jacques DIALLO, né le 08/01/1957.\nToux depuis 8 jours.",
    # no kinship noun: another person
    f"{FORM}Elle est accompagnée de Mme Romane BESNARD, née le 16/03/2021.",
    # review40's r1: the relative is the one seen, or seen too
    f"{FORM}Elle est accompagnée par son époux, M. Jacques DIALLO (né le 08/01/1957). Celui-ci présente une toux.",
    f"{FORM}Elle est accompagnée par son époux, M. Jacques DIALLO (né le 08/01/1957). Ce dernier est vu ce jour.",
    f"{FORM}Elle est accompagnée de son époux, Jacques DIALLO (né le 08/01/1957), lui-même vu ce jour pour une toux.",
    # the fields are not the sentence's subject: a mother younger than the patient, a pronoun of the other sex, a child,
    # an age
    f"{FORM}Elle est accompagnée de sa mère, Romane BESNARD, née le 16/03/1961.",
    f"{FORM}Il est accompagné de son époux, M. Jacques DIALLO, né le 08/01/1957.",
    f"{FORM}L'enfant est accompagnée de son père, M. Jacques DIALLO, né le 08/01/1957.",
    f"{FORM}Nathalie, 3 ans, est accompagnée de son père, M. Jacques DIALLO, né le 08/01/1957.",
    # a sister a generation apart (review48, session 32): the fields are a parent's
    f"{FORM}{NAMED}Elle est accompagnée de sa sœur, Romane BESNARD, née le 16/03/2021.",
])
def test_a_relative_who_may_be_the_subject_still_stops_the_filing(text):
    d = decision(text)
    assert not d.files and d.status == "review"


def test_a_relative_named_again_on_another_page_still_stops_the_filing():
    page_1 = f"{FORM}Mme Nathalie GARCIA, vue ce jour. Elle est accompagnée de son époux, M. Jacques DIALLO, né le 08/01/1957."
    pages = [page_1, "Page 2\nCompte rendu concernant Monsieur DIALLO Jacques : toux."]
    assert not decide(read_document(pages, today=TODAY), RegistryIndex.build([NATHALIE])).files
    assert decide(read_document([page_1, "Page 2\nSuite."], today=TODAY), RegistryIndex.build([NATHALIE])).files


@pytest.mark.parametrize("sentence", [
    "Elle était accompagnée de sa fille, Romane BESNARD, née le 16/03/2021.",
    "Elle est accompagnée de sa fille, BESNARD ROMANE (née le 16/03/2021), elle-même suivie au cabinet.",
    "Elle était accompagnée de sa fille, Romane BESNARD, née le 16/03/2021.\nJe la revois dans trois mois.",
])
def test_a_relative_of_her_own_sex_keeps_the_contradiction(sentence):
    """Since session 41: after a daughter beside a woman, `elle`, `Madame`, `la plus jeune` may be either (review76)."""
    d = decision(f"{FORM}\n{NAMED}{sentence}\nTraitement de sortie : bisoprolol.")
    assert not d.files
