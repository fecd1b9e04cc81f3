"""`Madame HOARAU Camille née GILLET, née le 5 octobre 1967`: the surname before the first name and `née` + birth name
is her used name. Registered GILLET Camille, born that day, is married LEFEBVRE: HOARAU is another trait, a namesake
perhaps — review, as the same used name in a name field already is (extra_surnames). On main the word was no trait and
the letter was filed under the registered woman (own corpus, fresh seed 271, IMG_0045: an unregistered namesake).
Her own used name, or none printed, still files. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
CAMILLE = Patient("G1", "GILLET", "Camille", date(1967, 10, 5), "F", used_name="LEFEBVRE")
INDEX = RegistryIndex.build([CAMILLE, Patient("G2", "GILLET", "Jean-Marc", date(1996, 5, 8), "M")])


def decision(line: str):
    text = f"Tours, le 18 juillet 2024\n\nObjet : {line}, née le 5 octobre 1967\nChère amie,\nJe vous adresse …"
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("line", ["Madame HOARAU Camille née GILLET", "Mme HOARAU Camille née GILLET"])
def test_another_used_name_before_the_birth_name_goes_to_review(line):
    d = decision(line)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("line", ["Madame LEFEBVRE Camille née GILLET", "Madame Camille née GILLET",
                                  "Madame GILLET Camille"])
def test_her_own_used_name_or_none_still_files(line):
    d = decision(line)
    assert d.files and d.patient_ipp == "G1"
