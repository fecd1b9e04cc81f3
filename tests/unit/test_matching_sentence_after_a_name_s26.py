"""A sentence that opens right after a relative's name at a line's end (`… son épouse, CLEMENCE CATHERINE .` /
`CASTEL. Une kinésithérapie …`, independent corpus s631-017): « Une » was read as the first name of another CASTEL
beside the surname, which contradicted the patient, and the page went to review. French words that open a sentence
(`Une`, `Il`, `Elle`, `Son`…) are no first names; a name there still is. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
HUGO = Patient("C1", "CASTEL", "Hugo", date(1948, 9, 2), "M")
PAGE = ("Objet : Monsieur HUGO CASTEL., 02/09/1948\n\nCher confrère,\n\nJ'ai revu ce jour en consultation votre patient. "
        "Il est accompagné de son épouse, CLEMENCE CATHERINE .\nCASTEL. {word} kinésithérapie a été prescrite.\n")


@pytest.mark.parametrize("word", ["Une", "Elle", "Son", "Il", "Cette"])
def test_a_word_opening_a_sentence_is_no_first_name(word):
    d = decide([read_page(PAGE.format(word=word), today=TODAY)], RegistryIndex.build([HUGO]))
    assert d.files and d.patient_ipp == "C1"


def test_a_name_there_still_speaks_of_another_castel():
    page = "Objet : Monsieur HUGO CASTEL., 02/09/1948\n\nVu avec CASTEL Anatole ce jour.\n"
    d = decide([read_page(page, today=TODAY)], RegistryIndex.build([HUGO]))
    assert not d.files
