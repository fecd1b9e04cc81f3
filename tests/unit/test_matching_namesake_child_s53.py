"""A child's field naming the patient's own birth name and first given name with an age he did not have (an
assistant's pages, session 53: `M. SAVANVETEAU Gilles` / `né le 10/07/1986` / `Père :` / `Enfant : SAVANVETEAU Gilles,
3 ans` filed the father, whose son bears his names). The page may be the son's: review. A child named otherwise is
the parent's social situation as often (review100): the parent's page still files. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 1, 15)
FATHER = Patient("F1", "SAVANVETEAU", "Gilles", date(1986, 7, 10), "M")
HEAD = "HOPITAL LOCAL DE PLOUBALAY\nService de Pédiatrie\nM. SAVANVETEAU Gilles\nné le 10/07/1986\nPère :\nMère :\n\n"
BODY = "\nMotif : angine récidivante\nTraitement habituel inchangé."


def decision(text: str):
    return decide(read_document([text], TODAY), RegistryIndex.build([FATHER]))


def test_a_child_bearing_the_fathers_names_with_a_childs_age_sends_the_page_to_review():
    d = decision(HEAD + "Enfant : SAVANVETEAU Gilles, 3 ans" + BODY)
    assert not d.files and "homonyme père et fils" in d.reason_fr


def test_a_child_with_another_first_name_leaves_the_parents_page_filed():
    d = decision(HEAD + "Enfant : SAVANVETEAU Lucas, 3 ans" + BODY)
    assert d.files and d.patient_ipp == "F1"


def test_the_patients_own_age_in_a_sons_field_is_no_namesake():
    """`Fils : SAVANVETEAU Gilles, 39 ans` on his mother's paper: his own age, this rule says nothing."""
    d = decision(HEAD + "Fils : SAVANVETEAU Gilles, 39 ans" + BODY)
    assert "homonyme père et fils" not in (d.reason_fr or "")
