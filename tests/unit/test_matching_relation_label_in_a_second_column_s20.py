"""A relation's label in a form's second column (`Nom : NGUYEN      Épouse : LY Anne`) heads a relation's field as it
does opening a line: the name in it is the relative's, designating no one — whether it stands alone or pairs with the
patient's used name across the label (`NGUYEN … Anne`), or identity reads the whole line as the `Nom :` field's value
(review22's q22g: the wife, born that day, filed on main). The patient's own fields in a second column keep filing, as
does a married name field (`Ep : NGUYEN`). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
ANNE = Patient("PT", "LY", "Anne", date(1988, 3, 14), "F", used_name="NGUYEN")
VAN = Patient("VA", "NGUYEN", "Van", date(1985, 1, 9), "M")


def decision(page: str, patients: list[Patient]):
    return decide(read_document([page], today=TODAY), RegistryIndex.build(patients))


@pytest.mark.parametrize("label", ["Épouse", "Sa femme", "Compagne", "Nom de l'épouse", "Fille", "EPOUSE", "Ép.",
                                   "Conjointe", "Sœur"])
@pytest.mark.parametrize("layout", [
    "Nom : NGUYEN      {label} : LY Anne\nPrénom :      Née le : 14/03/1988",
    "Nom : NGUYEN\nPatient :      {label} : LY Anne\nDate de naissance : 14/03/1988",
    "Nom : NGUYEN\tPrénom : Van\t{label} : LY Anne\nDate de naissance : 14/03/1988",
    "Nom : NGUYEN | {label} : LY Anne\nDDN : 14/03/1988",
    # a gap between the label and its value (review23's q23z, session 20: filed the wife)
    "Nom : NGUYEN      {label} :   LY Anne\nPrénom :      Née le : 14/03/1988",
    "Nom : NGUYEN      {label} :\tLY Anne\nPrénom :      Née le : 14/03/1988",
])
@pytest.mark.parametrize("registry", [[ANNE, VAN], [ANNE]], ids=["with_husband", "wife_alone"])
def test_a_relatives_name_in_a_second_column_designates_no_one(label, layout, registry):
    assert not decision(layout.format(label=label), registry).files


@pytest.mark.parametrize("page, registry, ipp", [
    ("Nom : LY      Prénom : Anne      Née le : 14/03/1988", [ANNE, VAN], "PT"),
    ("Patiente : LY Anne, née le 14/03/1988      Mari : NGUYEN Van", [ANNE, VAN], "PT"),
    ("Nom de naissance : LY      Ep : NGUYEN\nPrénom : Anne\nNée le : 14/03/1988", [ANNE, VAN], "PT"),
    ("Nom de naissance : LY      Épouse : NGUYEN\nPrénom : Anne      Née le : 14/03/1988", [ANNE], "PT"),
    ("Épouse : LY Anne      Patient : NGUYEN Van\nNé le : 09/01/1985", [VAN], "VA"),
    ("Nom : NGUYEN      Prénom : Van      Né le : 09/01/1985      Épouse : LY Anne", [VAN], "VA"),
    ("Nom : NGUYEN Van      Date de naissance : 09/01/1985\nÉpouse : LY Anne", [VAN], "VA"),
    ("Nom de naissance : LY      Épouse :   NGUYEN\nPrénom : Anne      Née le : 14/03/1988", [ANNE], "PT"),
    ("Nom : LY      Prénom :   Anne      Née le :   14/03/1988", [ANNE, VAN], "PT"),
    ("Nom : NGUYEN      Prénom :   Van      Né le : 09/01/1985      Épouse :   LY Anne", [VAN], "VA"),
])
def test_the_patients_own_second_column_fields_still_file(page, registry, ipp):
    d = decision(page, registry)
    assert d.files and d.patient_ipp == ipp
