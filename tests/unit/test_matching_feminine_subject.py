"""A page whose subject is a woman (`Patiente : GARNIER`, `Née le : <date>` opening a line) does not go to the man of
that surname whose NIR it prints (the insured husband's number on his wife's page) nor to a man born that day: review12
(q_sx) found them filed on main. `Patient(e)`, `Patient`, `Né le` say no woman; a relative's `née` is not the subject's.
Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INS = "175057511205434"
JULIEN = Patient("U2", "GARNIER", "Julien", date(1975, 5, 5), "M", ins=INS)
INDEX = RegistryIndex.build([JULIEN])
SPACED = "1 75 05 75 112 054 34"


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    f"Patiente : GARNIER\nN° SS : {SPACED}",
    f"PATIENTE : GARNIER\nNIR : {SPACED}\nMotif : grossesse.",
    f"Nom : GARNIER\nNée le : 05/05/1975\nN° SS : {SPACED}",
    f"Patient(e) : GARNIER\nNée le 05/05/1975\nINS : {SPACED}",
])
def test_a_womans_page_does_not_go_to_the_man_whose_nir_it_prints(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    f"Patient : GARNIER Julien\nN° SS : {SPACED}",
    f"Patient(e) : GARNIER Julien\nNé le 05/05/1975\nINS : {SPACED}",
    f"M. GARNIER Julien, né le 05/05/1975\nAccompagné de sa sœur jumelle\nnée le 05/05/1975\nINS : {SPACED}",
])
def test_a_mans_own_page_still_files(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "U2"


@pytest.mark.parametrize("page", [
    f"Patient(e) :\nÉpouse : GARNIER Julien\nINS : {SPACED}",
    f"Nom : GARNIER\nDate de naissance : 05/05/1975\nÉpouse : GARNIER Julien\nINS : {SPACED}",
])
def test_an_ins_holder_named_only_in_a_relations_field_is_not_the_subject(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [f"Nom : GARNIER\nINS : {SPACED}", f"Patient : GARNIER Julien\nINS : {SPACED}"])
def test_an_ins_holder_named_as_the_patient_still_files(page):
    d = decision(page)
    assert d.files and d.patient_ipp == "U2"


@pytest.mark.parametrize("below", ["Conjoint(e) : Mme GARNIER Marie", "Personne à prévenir : Mme GARNIER Marie"])
def test_a_nee_le_going_on_with_a_relatives_field_above_does_not_count(below):
    d = decision(f"Patient : GARNIER Julien, né le 05/05/1975\n{below}\nnée le 05.05.1975\nINS : {SPACED}")
    assert d.files and d.patient_ipp == "U2"


@pytest.mark.parametrize("above", ["Médecin traitant : Dr MARTIN Paul", "Copie : Dr BERNARD"])
def test_a_nee_le_below_a_doctors_or_a_recipients_line_still_counts(above):
    assert not decision(f"{above}\nNée le 05/05/1975\nNom : GARNIER\nN° SS : {SPACED}").files


@pytest.mark.parametrize("label_and_date", ["Née le :\n05/05/1975", "Née le\n05/05/1975", "Née le :\n\n05/05/1975",
                                            "Née le :\n05/05/1975 Lyon"])
def test_a_nee_le_ending_the_line_above_the_date_counts_too(label_and_date):
    # review14's G: the label ending its line, the date opening the next, filed the husband on main
    assert not decision(f"Nom : GARNIER\n{label_and_date}\nINS : {SPACED}").files


@pytest.mark.parametrize("label_and_date", ["Né le :\n05/05/1975", "Date de naissance :\n05/05/1975"])
def test_a_label_ending_the_line_above_that_says_no_woman_still_files(label_and_date):
    d = decision(f"Nom : GARNIER\n{label_and_date}\nINS : {SPACED}")
    assert d.files and d.patient_ipp == "U2"


def test_a_nee_le_ending_a_relatives_line_above_the_date_does_not_count():
    d = decision(f"Patient : GARNIER Julien, né le 05/05/1975\nConjoint(e) : Mme GARNIER Marie\nnée le :\n05.05.1975\n"
                 f"INS : {SPACED}")
    assert d.files and d.patient_ipp == "U2"
