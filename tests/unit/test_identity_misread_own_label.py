"""A fax misreads one glyph of the patient's own label as well (`Prénam :`, `Rrénom :`, `Nom de famitle :`; independent
corpus s668-026, s655-029, s621-015): opening its line before a colon, one glyph replaced from exactly one of her labels
of six letters or more and one glyph from no other label, it is spelled as that label before the page is read. On main
`Prénam :` / `ERWAN` was no field: the page went to review as « autre personne du même nom : prénom « Prenam » ». A
label read whole stays itself (`Patient . M. JOUBERT`, one glyph from `PATIENTE`); short labels (`Non :`), a glyph lost
(`Bénéficiare :`, `PRNOM :`), words two glyphs off, labels inside a line or without a colon, and words one glyph from
two labels (`Patients :`) are left as printed. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("E1", "ORTEGA", "Erwan", date(2022, 10, 18), "M"),
    Patient("E2", "ORTEGA", "Marion", date(1990, 3, 2), "F"),
    Patient("J1", "JOUBERT", "Stéphane Léon", date(1979, 7, 19), "M"),
])


def own_fields(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.label, f.value) for f in read_page(text, today=TODAY).fields
            if f.kind not in ("third_party", "other")]


def decision(text: str):
    return decide([read_page(text, today=TODAY)], INDEX)


@pytest.mark.parametrize("text, field", [
    ("Prénam :\nERWAN", ("first_names", "PRENOM", "ERWAN")),
    ("Prénam : Erwan", ("first_names", "PRENOM", "ERWAN")),
    ("Rrénom : Erwan", ("first_names", "PRENOM", "ERWAN")),
    ("Prénons : Erwan Paul", ("first_names", "PRENOMS", "ERWAN PAUL")),
    ("Nom de famitle : ORTEGA", ("name", "NOM DE FAMILLE", "ORTEGA")),
    ("Nom de naissancc : ORTEGA", ("birth_name", "NOM DE NAISSANCE", "ORTEGA")),
    ("Bénéficiairc : ORTEGA Erwan", ("name", "BENEFICIAIRE", "ORTEGA ERWAN")),
    ("‘. Prénam : Erwan", ("first_names", "PRENOM", "ERWAN")),  # dust before it
])
def test_an_own_label_misread_by_one_glyph_is_that_labels_field(text, field):
    assert own_fields(text) == [field]


@pytest.mark.parametrize("text", [
    "Non : ORTEGA",  # a short label: `NON` is a word
    "Bénéficiare : ORTEGA Erwan",  # a glyph lost: the line is left as printed
    "PRNOM : Erwan",
    "Prénxx : Erwan",  # two glyphs off
    "Prénam Erwan",  # no colon
    "Vu le prénam : Erwan",  # inside a line
    "Patients : ORTEGA Erwan",  # one glyph from `PATIENT` and from `PATIENTE`
    "Ouvrant drait : ORTEGA Marion",  # a third party's label misread stays hers
])
def test_elsewhere_no_own_field_is_read(text):
    assert own_fields(text) == []


def test_a_label_read_whole_stays_itself():
    """`PATIENT` is one glyph from `PATIENTE`: read as such, Stéphane's page said a woman's label (c1 of session 29).
    `Patient` takes no fax's mark for its colon (a word of sentences): no field, as on main."""
    assert own_fields("Patient . M. JOUBERT Stéphane Léon") == []
    d = decision("Patient . M. JOUBERT Stéphane Léon\nDate de naissance : 19/07/1979")
    assert d.files and d.patient_ipp == "J1"


def test_the_form_with_a_misread_first_name_label_files_the_child():
    d = decision("Dossier d'admission\nNom de famille :\nORTEGA\nPrénam :\nERWAN\nDate de naissance :\n18 / 10 / 2022\n"
                 "Il est accompagné de son épouse, MARION ORTEGA.")
    assert d.files and d.patient_ipp == "E1"


def test_another_first_name_behind_the_misread_label_still_contradicts():
    d = decision("Nom de famille :\nORTEGA\nPrénam :\nLÉNA\nDate de naissance :\n18 / 10 / 2022")
    assert not d.files


def test_a_third_partys_label_beside_the_surname_still_reads_as_another_first_name():
    """Only the patient's own labels are no first name: `DUPONT` / `Mère :` beside it, the mother's block holding the
    only `Prénom :` (review36's gen8 cols_pr), stays in review as on main."""
    index = RegistryIndex.build([Patient("D2", "DUPONT", "Paul", date(1980, 5, 2), "M"),
                                 Patient("M1", "DUPONT", "Marie", date(1955, 1, 3), "F")])
    page = ("Nom d'usage : DUPONT                Mère :\n"
            "Nom de naissance : DUPONT           Nom d'usage : DUPONT\n"
            "Date de naissance : 02/05/1980      Prénom : Paul\n"
            "                                    Nom de naissance : DUPONT\n"
            "                                    Date de naissance : 02/05/1980\n")
    assert not decide([read_page(page, today=TODAY)], index).files
