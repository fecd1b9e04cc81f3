"""A relation word that heads a birth label on its line (`LEGRAND Henri` / `Epouse né le 02/02/1940`, `Sa mère, né le
…`, `Mari née le …`) may own the date whatever `né`/`née` says: a participle that would confirm the patient confirms no
one there (review15b's q_strict h12 and q_necrel: the husband filed on main); one that speaks against him still does
(review13's empty `Époux :` field). A bare `Épouse` counts only opening its line or after a comma; a married name (`Mme
LEFEBVRE épouse DURAND Marie, née le …`, `Nom d'épouse :`) and `X et son épouse, né le …` keep filing. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("B2", "LEGRAND", "Henri", date(1940, 2, 2), "M"),
    Patient("B1", "DUBOIS", "Marie", date(1950, 1, 1), "F"),
    Patient("S1", "LEFEBVRE", "Marie", date(1962, 3, 3), "F", used_name="DURAND"),
    Patient("D1", "DUPONT", "Jean", date(1957, 3, 12), "M"),
])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "LEGRAND Henri\nEpouse né le 02/02/1940",
    "LEGRAND Henri\nÉPOUSE NÉ LE 02/02/1940",
    "M. LEGRAND Henri\nÉpouse : né le 02/02/1940",
    "M. LEGRAND Henri, Epouse né le 02/02/1940",
    "M. LEGRAND Henri\nSa mère, né le 02/02/1940",
    "M. LEGRAND Henri\nSœur : né le 02/02/1940",
    "Mme DUBOIS Marie\nMari née le 01/01/1950",
    "Mme DUBOIS Marie\nConjoint, née le 01/01/1950",
    "Mme DUBOIS Marie\nSon mari, née le 01/01/1950",
])
def test_a_relation_word_heading_the_birth_label_owns_the_date(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("Mme LEFEBVRE épouse DURAND Marie, née le 03/03/1962", "S1"),
    ("Mme LEFEBVRE Marie épouse DURAND\nNée le 03/03/1962", "S1"),
    ("Nom de naissance : LEFEBVRE   Nom d'épouse :   Née le : 03/03/1962\nPrénom : Marie", "S1"),
    ("Nom d'épouse : DURAND   Né(e) le : 03/03/1962\nNom de naissance : LEFEBVRE   Prénom : Marie", "S1"),
    ("Nom marital : DURAND   Prénom : Marie   Née le 03/03/1962\nNom de naissance : LEFEBVRE", "S1"),
    ("M. DUPONT Jean et son épouse, né le 12/03/1957", "D1"),
    ("M. LEGRAND Henri et épouse, né le 02/02/1940", "B2"),
    ("Mme DUBOIS Marie épouse née le 01/01/1950", "B1"),
    ("Mme DUBOIS Marie\nFemme, née le 01/01/1950", "B1"),
    ("Mme DUBOIS Marie\nFemme\nnée le 01/01/1950", "B1"),
    ("Mme DUBOIS Marie, née le 01/01/1950\nÉpoux : M. DUBOIS Paul", "B1"),
])
def test_a_married_name_or_the_subjects_own_date_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("page", [
    "GARNIER Julien\nEpoux, née le 05/05/1975\nINS : 1 75 05 75 112 054 34",
    "M. GARNIER Julien\nFils née le 05/05/1975\nINS : 1 75 05 75 112 054 34",
    "M. GARNIER Julien\nEpouse née le 05/05/1975\nINS : 1 75 05 75 112 054 34",
])
def test_a_participle_against_the_patient_still_speaks_against_him(page):
    index = RegistryIndex.build([Patient("U2", "GARNIER", "Julien", date(1975, 5, 5), "M", ins="175057511205434"),
                                 Patient("U3", "GARNIER", "Julie", date(1975, 5, 5), "F")])
    d = decide(read_document([page], today=TODAY), index)
    assert not d.files and d.rule == "contradiction"
