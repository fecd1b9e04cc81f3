"""The relative's dated sentence of a letter (test_matching_relative_in_a_letter_s38.py) excused the relative's date
although the letter may be about him: review74 found main filing these under the patient presented by `Objet :` or
`Merci de recevoir` — the relative then referred to by an object pronoun of his sex (`le recevoir`), or in the plural
(`les recevoir`, `ils`), the relative asked for before his own sentence (`Merci de recevoir son mari.`), a second person
presented on the next line of the presenting sentence (`… née le 12/03/1950,` / `ainsi que son époux`), the presenting
line naming the relative and a pronoun of the other's sex asking for the patient (`Merci de la recevoir`). They now keep
the contradiction. A pronoun of the patient's own sex (`Je la reverrai`) is still hers (review49). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
MARIE = Patient("P1", "DUPONT", "Marie", date(1950, 3, 12), "F")
JEAN = Patient("R1", "DUPONT", "Jean", date(1948, 2, 2), "M")
HEAD = "Dr Paul LAMBERT\nCardiologue\n\n"
PRESENTED = "Objet : consultation de Mme Marie DUPONT, née le 12/03/1950\n"
HUSBAND = "Elle vit avec son époux, M. Jean DUPONT, né le 02/02/1948.\n"


def decision(text: str):
    return decide(read_document([text], today=TODAY), RegistryIndex.build([MARIE, JEAN]))


@pytest.mark.parametrize("text", [
    HEAD + PRESENTED + HUSBAND + "Je vous remercie de bien vouloir le recevoir pour une dyspnée d'effort.\n",
    HEAD + PRESENTED + HUSBAND + "Merci de les recevoir pour un bilan.\n",
    HEAD + PRESENTED + HUSBAND + "Ils présentent tous deux une toux.\n",
    HEAD + PRESENTED + "Merci de recevoir son mari.\n" + HUSBAND + "Dyspnée d'effort depuis trois mois.\n",
    HEAD + "Merci de recevoir Mme Marie DUPONT, née le 12/03/1950,\nainsi que son époux, pour un bilan de couple.\n"
    + HUSBAND,
])
def test_a_letter_that_may_be_about_the_relative_keeps_the_review(text):
    assert not decision(text).files


def test_the_presenting_line_naming_the_relative_files_no_one():
    text = (HEAD + "Objet : consultation de M. Jean DUPONT, né le 02/02/1948\n"
            "Il vit avec son épouse, Mme Marie DUPONT, née le 12/03/1950.\nMerci de la recevoir pour ses vertiges.\n")
    assert not decision(text).files


def test_a_pronoun_of_the_patients_own_sex_is_still_hers():
    d = decision(HEAD + PRESENTED + "Elle vit avec son époux (M. Jean DUPONT, né le 02/02/1948), qui assure l'aide au "
                 "quotidien.\nAuscultation normale. Je la reverrai dans trois mois.\n")
    assert d.files and d.patient_ipp == "P1"
