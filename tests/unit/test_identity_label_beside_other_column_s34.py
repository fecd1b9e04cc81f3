"""A form's own-identity field on a fax whose other column OCR joined to it (independent corpus s713-030:
`PRÉNOM : est prévu dans huit jours.` / `RENÉ`), and a birth-name label abbreviated with dots (`Nom de naiss...`,
s688-028). Both went to review as « aucun patient ». Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
RENE = Patient("R1", "ROUSSEL", "René", date(1980, 5, 3), "M")
INDEX = RegistryIndex.build([RENE, Patient("R2", "ROUSSEL", "Paul", date(1950, 1, 1), "M")])


def fields_of(text: str) -> dict[str, str]:
    return {f.kind: f.value for f in read_page(text, today=TODAY).fields}


def decision(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


def test_a_first_name_label_beside_a_lower_case_sentence_takes_the_line_below():
    text = "PATIENT\nNom de naissance :\nROUSSEL\nPRÉNOM : est prévu dans huit jours.\nRENÉ\nDDN\n3 mai 1980"
    assert fields_of(text)["first_names"] == "RENE"
    d = decision(text)
    assert d.files and d.patient_ipp == "R1"


def test_the_line_below_names_another_first_name_goes_to_review():
    d = decision("PATIENT\nNom de naissance :\nROUSSEL\nPRÉNOM : est prévu dans huit jours.\nPAUL\nDDN\n3 mai 1980")
    assert not d.files


def test_a_value_that_opens_its_line_and_goes_on_is_kept():
    d = decision("Concerne : Monsieur ROUSSEL René, accompagné de son épouse,\nné le 03/05/1980.")
    assert d.files and d.patient_ipp == "R1"


def test_a_sentence_beside_a_label_below_which_stands_body_text_reads_no_first_name():
    text = "Nom : ROUSSEL\nPrénom : est prévu dans huit jours.\nLe patient est revu en consultation ce jour.\nNé le 03/05/1980"
    assert fields_of(text).get("first_names", "") == ""


@pytest.mark.parametrize("label", ["Nom de naiss...", "Nom de naiss. ‘", "Nom naiss.."])
def test_a_birth_name_label_closed_by_dots_or_dust_takes_the_line_below(label):
    text = f"PATIENT\n{label}\nRoussel\nPrénom\nRENÉ\nDDN\n3 mai 1980"
    assert fields_of(text)["birth_name"] == "ROUSSEL"
    d = decision(text)
    assert d.files and d.patient_ipp == "R1"
