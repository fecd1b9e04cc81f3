"""A relation word on the line above a birth label heads it as on one line (`LEGRAND Henri` / `Epouse` / `né le
02/02/1940`, `Sa mère :` / `né le …`, `… vu avec son épouse` / `né le …`): a participle of the patient's sex, or none,
confirms no one there — the date may be the wife's (the husband filed on main). So does a sex word of the other sex
heading the birth label (`M. LEGRAND Henri` / `Femme né le …`, `Femme` / `né le …`): the form's sex or his wife, the
date is no proof of him. Near misses keep filing: `Femme` of the patient's own sex (`Mme DUBOIS Marie` / `Femme` /
`née le …`), a sex field, married names, `… et son épouse` / `né le …`, a sentence closed by a full stop. A participle
against the patient still speaks against him (review13's `Époux :` / `Née le …`). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
HENRI_INS = "1 40 02 75 112 054 52"
INDEX = RegistryIndex.build([
    Patient("B2", "LEGRAND", "Henri", date(1940, 2, 2), "M", ins=HENRI_INS.replace(" ", "")),
    Patient("B1", "DUBOIS", "Marie", date(1950, 1, 1), "F"),
    Patient("S1", "LEFEBVRE", "Marie", date(1962, 3, 3), "F", used_name="DURAND"),
    Patient("U2", "GARNIER", "Julien", date(1975, 5, 5), "M", ins="175057511205434"),
    Patient("U3", "GARNIER", "Julie", date(1975, 5, 5), "F"),
    Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F"),
    Patient("W2", "LAMBERT", "Claude", date(1983, 12, 3), "M"),
])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "LEGRAND Henri\nEpouse\nné le 02/02/1940",
    "LEGRAND Henri\nÉPOUSE :\nNÉ LE 02/02/1940",
    "LEGRAND Henri\nEpouse,\nné le 02/02/1940",
    "LEGRAND Henri\nEpouse.\nné le 02/02/1940",
    "LEGRAND Henri\n(Epouse)\nné le 02/02/1940",
    "LEGRAND Henri\nEpouse\n\nné le 02/02/1940",
    "LEGRAND Henri\nEpouse\nDate de naissance : 02/02/1940",
    "LEGRAND Henri\nEpouse\nNé(e) le : 02/02/1940",
    "LEGRAND Henri\nEpouse\nDDN : 02/02/1940",
    "Nom : LEGRAND\nPrénom : Henri\nEpouse\nDate de naissance : 02/02/1940",
    "LEGRAND Henri\nSa mère\nné le 02/02/1940",
    "LEGRAND Henri\nSa mère :\nné le 02/02/1940",
    "LEGRAND Henri\nSa mère.\nné le 02/02/1940",
    "LEGRAND Henri\nSa femme\nné le 02/02/1940",
    "LEGRAND Henri\nÉpoux\nné le 02/02/1940",
    "LEGRAND Henri\nSon fils,\nné le 02/02/1940",
    "M. LEGRAND Henri, vu avec son épouse\nné le 02/02/1940",
    "Mme DUBOIS Marie, vue avec son mari, M.\nnée le 01/01/1950",
    "Mme LEFEBVRE Marie\nÉpouse\nnée le 03/03/1962",
    "Nom : LAMBERT\nÉpoux :\nNée le 03/12/1983\nPrénom : Claire",
])
def test_a_relation_word_above_the_birth_label_owns_the_date(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "M. LEGRAND Henri\nFemme né le 02/02/1940",
    "LEGRAND Henri\nFemme, né le 02/02/1940",
    "M. LEGRAND Henri\nFemme : né le 02/02/1940",
    "M. LEGRAND Henri\nFemme\nné le 02/02/1940",
    "M. LEGRAND Henri\nFéminin\nné le 02/02/1940",
    "Mme DUBOIS Marie\nHomme née le 01/01/1950",
    "Mme DUBOIS Marie\nHomme\nnée le 01/01/1950",
])
def test_a_sex_word_of_the_other_sex_heading_the_birth_label_confirms_no_one(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("Mme DUBOIS Marie\nFemme\nnée le 01/01/1950", "B1"),
    ("Mme DUBOIS Marie\nFemme\n\nnée le 01/01/1950", "B1"),
    ("Mme DUBOIS Marie\nFemme, née le 01/01/1950", "B1"),
    ("Mme DUBOIS Marie\nFéminin née le 01/01/1950", "B1"),
    ("LEGRAND Henri\nHomme né le 02/02/1940", "B2"),
    ("Mme DUBOIS Marie\nSexe : Femme\nnée le 01/01/1950", "B1"),
    ("Nom : LEGRAND\nPrénom : Henri\nSexe : Homme\nDate de naissance : 02/02/1940", "B2"),
    ("M. LEGRAND Henri et son épouse\nné le 02/02/1940", "B2"),
    ("Mme DUBOIS Marie et son mari\nnée le 01/01/1950", "B1"),
    ("LEGRAND Henri, venu avec son épouse.\nNé le 02/02/1940", "B2"),
    ("Mme LEFEBVRE Marie\népouse DURAND\nNée le 03/03/1962", "S1"),
    ("Nom : LEFEBVRE\nPrénom : Marie\nNom d'épouse :\nNée le : 03/03/1962", "S1"),
    (f"LEGRAND Henri\nEpouse\nné le 02/02/1940\nINS : {HENRI_INS}", "B2"),  # his INS designates him
])
def test_near_misses_still_file(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("page", [
    "LEGRAND Henri\nEpouse\nnée le 02/02/1940",
    "Nom : LAMBERT\nÉpoux :\nNée le 03/12/1983\nPrénom : Claude",
    "Nom : GARNIER\nÉpoux :\nNée le 05/05/1975\nINS : 1 75 05 75 112 054 34",
    "M. GARNIER Julien\nÉpoux,\nnée le 05/05/1975\nINS : 1 75 05 75 112 054 34",
])
def test_a_participle_against_the_patient_still_speaks_against_him(page):
    d = decision(page)
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("page", [
    "M. LEGRAND Henri\nSexe : Femme   Né le 02/02/1940",
    "Nom : LEGRAND   Prénom : Henri   Sexe : Femme   Né le 02/02/1940",
    "Nom : LEGRAND\nPrénom : Henri\nSexe :\nFemme\nNé le 02/02/1940",
    "Nom : LEGRAND   Prénom : Henri   Sexe : [ ] Homme [X] Femme   Né le 02/02/1940",
])
def test_a_sex_field_of_the_other_sex_says_why(page):
    d = decision(page)
    assert not d.files and d.rule == "contradiction"


def test_a_sex_fields_options_are_the_fields_own():
    """Both sexes printed as a form's options, the boxes lost: the field reads his, `Femme` heads nothing (as on main)."""
    d = decision("Nom : LEGRAND   Prénom : Henri   Sexe : Homme Femme   Né le 02/02/1940")
    assert d.files and d.patient_ipp == "B2"


@pytest.mark.parametrize("page", [
    "LEGRAND Henri\nEp0use\nné le 02/02/1940",
    "LEGRAND Henri\nEpousc né le 02/02/1940",
    "LEGRAND Henri\nEpse\nné le 02/02/1940",
    "LEGRAND Henri\nLa femme\nné le 02/02/1940",
    "LEGRAND Henri\nL'épouse, né le 02/02/1940",
    "LEGRAND Henri\nMadame né le 02/02/1940",
    "LEGRAND Henri\nMme\nné le 02/02/1940",
    "Mme DUBOIS Marie\nMonsieur\nnée le 01/01/1950",
    "Mme DUBOIS Marie\nM.\nnée le 01/01/1950",  # ident17b: `M.` alone heading her label is a civility (review)
])
def test_a_spouse_an_article_or_a_civility_of_the_other_sex_heading_the_label(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("LEGRAND Henri\nMonsieur né le 02/02/1940", "B2"),
    ("Mme DUBOIS Marie\nMadame\nnée le 01/01/1950", "B1"),
    ("LEGRAND Henri\nFemme de ménage\nné le 02/02/1940", "B2"),
    ("Mme LEFEBVRE Marie ép. DURAND\nnée le 03/03/1962", "S1"),
])
def test_a_civility_of_the_patients_sex_or_a_longer_line_still_files(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("page", [
    "LEGRAND Henri\nEpouse\nné le :\n02/02/1940",
    "LEGRAND Henri\nEpouse\nDate de naissance :\n02/02/1940",
    "M. LEGRAND Henri\nFemme\nné le\n02/02/1940",
    "LEGRAND Henri\nEpouse né le :\n02/02/1940",
    "M. LEGRAND Henri\nFemme, né le\n02/02/1940",
    "LEGRAND Henri\nSa mère, né le :\n02/02/1940",
])
def test_the_same_headings_when_the_date_opens_the_line_below_its_label(page):
    assert not decision(page).files


@pytest.mark.parametrize("page, ipp", [
    ("LEGRAND Henri\nné le :\n02/02/1940", "B2"),
    ("LEGRAND Henri, né le :\n02/02/1940", "B2"),
    ("Mme DUBOIS Marie\nFemme\nnée le :\n01/01/1950", "B1"),
    ("Mme DUBOIS Marie\nFemme, née le :\n01/01/1950", "B1"),
    ("M. LEGRAND Henri et son épouse né le\n02/02/1940", "B2"),
])
def test_with_the_date_below_its_label_the_near_misses_still_file(page, ipp):
    d = decision(page)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("page", [
    "Nom : LAMBERT\nÉpoux :\nNée le :\n03/12/1983\nPrénom : Claude",
    "Nom : GARNIER\nÉpoux :\nNée le :\n05/05/1975\nINS : 1 75 05 75 112 054 34",
])
def test_with_the_date_below_its_label_a_participle_against_him_still_contradicts(page):
    d = decision(page)
    assert not d.files and d.rule == "contradiction"
