"""A parent's page that presents a child in words of its own — a first name and an age (`elle vient avec Hugo, 5 ans`,
`Emma, 2 mois, est allaitée`), her young child with his age (`venue avec Lina, sa fille de 5 ans`), or the patient as
a named child's parent (`maman d'Emma`) — may be the child's: review76 found such pages filed under the registered
parent. Medical history with a duration (`Diabète (5 ans)`), a time (`Puis, 2 mois plus tard`), where she lives with
her child, an adult child, and her own first name with her age still file. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
JULIE = Patient("P3", "KLEIN", "Julie", date(1990, 4, 4), "F")
# registry patients whose given names the rule knows as given names
OTHERS = [Patient("X1", "MARTIN", "Hugo", date(2015, 1, 2), "M"),
          Patient("X2", "BERNARD", "Emma", date(2019, 3, 4), "F"),
          Patient("X3", "PETIT", "Lina", date(2020, 5, 6), "F"),
          Patient("X4", "ROBERT", "Lucas", date(1985, 7, 8), "M")]
HEAD = "Dr Paul LAMBERT\nMédecine générale\n\nCher confrère,\n\nJe vois ce jour Mme Julie KLEIN, née le 04/04/1990.\n"


def decision(text: str):
    return decide(read_document([text], today=TODAY, typed=[True]), RegistryIndex.build([JULIE, *OTHERS]))


@pytest.mark.parametrize("body, quoted", [
    ("Elle vient avec Hugo, 5 ans, qui tousse depuis trois jours.\nAuscultation normale.\n", "hugo, 5 ans"),
    ("Emma, 2 mois, est allaitée. Prise de poids satisfaisante.\n", "emma, 2 mois"),
    ("Venue avec Lina, sa fille de 5 ans, pour une fièvre.\nOtite moyenne aiguë.\n", "sa fille de 5 ans"),
    ("La maman d'Emma signale des pleurs nocturnes.\n", "maman d'emma"),
    ("Elle est la mère de Lucas, suivi pour un asthme.\nToux nocturne.\n", "mère de lucas"),
])
def test_a_child_presented_keeps_the_review(body, quoted):
    d = decision(HEAD + body)
    assert not d.files and quoted in d.reason_fr


@pytest.mark.parametrize("body", [
    "Antécédents : Diabète (5 ans), Asthme, 3 ans.\nElle se plaint de vertiges.\n",
    "Première crise en mars. Puis, 2 mois plus tard, une récidive.\n",
    "Elle vit avec son mari et sa fille de 5 ans.\nElle se plaint de vertiges.\n",
    "Elle est accompagnée de son fils de 40 ans.\nElle se plaint de vertiges.\n",
    "Julie, 36 ans, se plaint de vertiges.\n",
])
def test_her_own_history_and_family_still_file(body):
    d = decision(HEAD + body)
    assert d.files and d.patient_ipp == "P3"
