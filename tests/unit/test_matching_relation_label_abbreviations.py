"""A relation's field under an abbreviation (`Épx :` for époux, `Cjt :`, `Cjte :`, `Conj. :` for conjoint(e)) or under a
long relation noun a fax misread by one glyph (`Compagnom :`, `Conjolnte :`, `Concubime :`) names that person, as
`Époux :` does: the name in it designates no one, but its patient stays a candidate. On main, `Patient : DUPONT, né
le 12/03/1957` / `Épx : DUPONT Paul, né le 12/03/1957` was filed under Paul, registered with his same-day namesake Jean
(ident12's q/ep3.txt #19). A word that is no relation noun, or a short one a glyph off (`Epoux` is, `Mare :` is not
read as `Mari`), stays as on main. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide, relation_label_noun
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
JEAN = Patient("D1", "DUPONT", "Jean Pierre", date(1957, 3, 12), "M")
PAUL = Patient("D2", "DUPONT", "Paul", date(1957, 3, 12), "M")
CLAIRE = Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F")
CLAUDE = Patient("W2", "LAMBERT", "Claude", date(1983, 12, 3), "M")
INDEX = RegistryIndex.build([JEAN, PAUL, CLAIRE, CLAUDE, Patient("M1", "MARTIN", "Louis", date(1950, 5, 12), "M")])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("label", ["Épx :", "EPX :", "Épx. :", "Cjt :", "Cjte :", "Conj. :", "Compagnom :",
                                   "Conjolnte :", "Concubime :", "Partenaure :", "Nom du compagmon :"])
def test_an_abbreviated_or_misread_relation_label_names_no_patient(label):
    d = decision(f"Patient : DUPONT, né le 12/03/1957\n{label} DUPONT Paul, né le 12/03/1957")
    assert not d.files


@pytest.mark.parametrize("label", ["Épx :", "Compagnom :"])
def test_the_field_stops_a_twin_named_elsewhere_and_files_no_one(label):
    d = decision(f"Mme LAMBERT Claire, née le 03/12/1983\n{label} LAMBERT Claude, né le 03/12/1983")
    assert not d.files


@pytest.mark.parametrize("label", ["Épx :", "Compagnom :", "Cjt :"])
def test_the_patient_beside_an_unregistered_relative_still_files(label):
    d = decision(f"Patient : DUPONT Paul, né le 12/03/1957\n{label} Mme MARTIN Lucienne")
    assert d.files and d.patient_ipp == "D2"


@pytest.mark.parametrize("noun, read", [
    ("EPX", True), ("CJTE", True), ("COMPAGNOM", True), ("CONJOLNTE", True), ("CONCUBINES", True),
    ("MARE", False),  # short nouns are never read one glyph off: `Mare`, `Pore`, `Fila` are no `Mari`, `Père`, `Fils`
    ("FILE", False), ("SERVICE", False), ("COMPAGNIE", False), ("PARTENARIAT", False), ("CONSULTANT", False),
])
def test_which_nouns_make_a_relations_label(noun, read):
    assert relation_label_noun(noun) is read


def test_a_patients_own_surname_opening_a_field_is_no_misread_relation():
    # `MARRAINE` would be one glyph from a surname MARRAINE: the patient's own line is `Nom :`, not a relation's label
    index = RegistryIndex.build([Patient("R1", "MARRAINT", "Anne", date(1970, 1, 1), "F")])
    d = decide(read_document(["Nom : MARRAINT\nPrénom : Anne\nNée le 01/01/1970"], today=TODAY), index)
    assert d.files and d.patient_ipp == "R1"
