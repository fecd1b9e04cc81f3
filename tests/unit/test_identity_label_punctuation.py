"""A fax reads dust between a label's words (`Nom, de famille :`, `Nom'de famille ;`): the label still opens a field,
and `Identifiant patient :` is the practice's patient number (an IPP), never a name. On main the surname below such a
label was no field, and twins went to review as homonyms without a first name (independent corpus, dev s202-018).
What the value says still decides: no first name among twins, or another patient's number, stays in review. Pure,
no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("31007915", "HUBERT", "Marie-Hélène", date(1967, 3, 5), "F"),
    Patient("31007916", "HUBERT", "Bernard", date(1967, 3, 5), "M"),  # her twin
    Patient("31000001", "ROUX", "Paul", date(1950, 1, 1), "M"),
])


def fields_of(text: str):
    return [(f.kind, f.label, f.value) for f in read_page(text, today=TODAY).fields]


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("label", ["Nom, de famille :", "Nom'de famille ;", "Nom. de famille :", "Nom ,de famille :"])
def test_dust_between_a_labels_words_keeps_the_label(label):
    assert fields_of(f"{label}\nHUBERT") == [("name", "NOM DE FAMILLE" if "'" not in label else "NOM'DE FAMILLE",
                                              "HUBERT")]


@pytest.mark.parametrize("label", ["Identifiant patient :", "Identifiant du patient :", "IDENTIFIANT PATIENTE :"])
def test_identifiant_patient_is_an_ipp_label(label):
    assert [kind for kind, _, _ in fields_of(f"{label}\n31007915")] == ["ipp"]


def twins_sheet(name_label: str = "Nom, de famille :", first_name: str = "Marie-Hélène",
                number: str = "31007915") -> str:
    return (f"{name_label}\nHUBERT L\nPremier prénom :\n{first_name}\nDate de naissance :\n05-03-1967\n"
            f"Identifiant patient :\n{number}\nCompte rendu de consultation.")


@pytest.mark.parametrize("name_label", ["Nom, de famille :", "Nom'de famille ;"])
def test_a_twin_named_under_a_dusty_label_files(name_label):
    d = decision(twins_sheet(name_label))
    assert d.files and d.patient_ipp == "31007915"


def test_twins_without_a_first_name_stay_in_review():
    d = decision(twins_sheet(first_name="", number=""))
    assert not d.files


def test_another_patients_number_under_identifiant_patient_stays_in_review():
    assert not decision(twins_sheet(number="31000001")).files


def test_a_sentence_with_a_comma_is_no_label():
    assert fields_of("Le patient porte le nom, de famille de sa mère.") == []
