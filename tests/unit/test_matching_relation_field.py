"""A relation's field opening a line (`Épouse : LAMBERT Claude, né le …`, `Nom de l'épouse :`, `Femme :`, `Filleule :`,
`Épouse du patient :`) names that person: the name in it designates no one, but its patient stays a candidate against
any other. `Épouse` followed by a colon is no married-name connector. On main, `Patient(e) : LAMBERT, née le …` /
`Épouse : LAMBERT Claude, né le …` was filed under Claude, the registered twin of the patient Claire (review11).
`Épouse LAMBERT` without a colon stays a used name. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
CLAIRE = Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F")
CLAUDE = Patient("W2", "LAMBERT", "Claude", date(1983, 12, 3), "M")
INDEX = RegistryIndex.build([CLAIRE, CLAUDE, Patient("D1", "DURAND", "Marc", date(1980, 1, 1), "M")])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("label", ["Épouse :", "ÉPOUSE :", "Epouse:", "Épouse : :", "Ep. :", "Nom de l'épouse :",
                                   "Femme :", "Veuve :", "Concubine :", "Partenaire :", "Amie :", "Filleule :",
                                   "Épouse du patient :", "Belle-sœur :", "Ex-épouse :", "Épouse (décédée) :",
                                   "Mari de la patiente :", "Identité de l'épouse :", "Épouse ="])
def test_a_relations_field_names_no_patient(label):
    d = decision(f"Patient(e) : LAMBERT, née le 03.12.1983\n{label} LAMBERT Claude, né le 03/12/1983")
    assert not d.files


def test_a_relations_label_alone_names_no_one_on_the_line_below():
    d = decision("Patiente : LAMBERT, née le 03/12/1983\nÉpouse :\nLAMBERT Claude, né le 03/12/1983")
    assert not d.files


def test_the_relation_field_still_stops_a_twin_named_elsewhere():
    d = decision("Mme LAMBERT Claire, née le 03/12/1983\nÉpouse : LAMBERT Claude, né le 03/12/1983")
    assert not d.files


@pytest.mark.parametrize("page", [
    "Mme DURAND\nÉpouse LAMBERT Claire\nNée le 03/12/1983",
    "Nom : LAMBERT\nPrénom : Claire\nDate de naissance : 03/12/1983\nÉpoux : DURAND Marc, né le 01/01/1980",
    "Mme LAMBERT Claire, née le 03/12/1983\nÉpouse : renseignée au dossier",
])
def test_the_patients_own_identity_still_files(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "W1"


def test_a_name_after_another_label_on_the_relations_line_is_not_in_its_field():
    d = decision("Épouse : non renseignée    Patiente : LAMBERT Claire, née le 03/12/1983")
    assert d.files and d.patient_ipp == "W1"


def test_a_birth_name_printed_before_the_used_names_marker_is_the_persons_own():
    """`DURAND épouse LAMBERT Claire`: née DURAND, married LAMBERT (session 55; filed under LAMBERT Claire, born
    LAMBERT, until then): her birth name is not the registry's, so the page goes to review with it."""
    d = decision("Mme DURAND épouse LAMBERT Claire, née le 03/12/1983")
    assert not d.files and "« DURAND »" in d.reason_fr and "W1" in d.reason_fr
