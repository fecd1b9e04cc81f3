"""The insured parent's social security number on a child's care sheet is a third party's (README rule 1: « un
autre INS valide contredit, sauf dans le champ d'un tiers (assuré, ouvrant droit, mère) »). Pure, no I/O.

On main: `Assuré(e) :`, `Assurée :`, `Nom de l'assuré :`, `N° d'assuré :` were no third-party labels; a number on its
own line right below the insured's field was taken for the child's (two patients: the mother by her INS, the child by
his traits); and a child without an INS in the registry was contradicted by his mother's number in `Ouvrant droit :`.
"""
from datetime import date

import pytest
from stdnum.fr import nir

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
MOTHER_INS = "2731159150453" + nir.calc_check_digits("2731159150453")
SPACED = f"{MOTHER_INS[0]} {MOTHER_INS[1:3]} {MOTHER_INS[3:5]} {MOTHER_INS[5:7]} {MOTHER_INS[7:10]} {MOTHER_INS[10:13]} " \
         f"{MOTHER_INS[13:]}"
CHILD = Patient("C1", "ANDRÉ", "Frédéric", date(2009, 11, 2), "M")
MOTHER = Patient("C2", "MENARD", "Yasmine Clémence", date(1973, 11, 18), "F", ins=MOTHER_INS)
CHILD_LINES = "Bénéficiaire : ANDRÉ Frédéric\nDDN : 02/11/2009\nCompte rendu."


def decide_with(text: str, registry=(CHILD, MOTHER)):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(list(registry)))


@pytest.mark.parametrize("label", ["Assuré(e)", "Assurée", "Nom de l'assuré", "N° d'assuré", "Ouvrant droit"])
def test_the_insured_labels_are_third_party_fields_on_a_beneficiarys_sheet(label):
    fields = read_page(f"{label} : MENARD Yasmine\nBénéficiaire : ANDRÉ Frédéric", today=TODAY).fields
    assert [f.kind for f in fields] == ["third_party", "name"]


@pytest.mark.parametrize("label", ["Assuré(e)", "Assurée", "Nom de l'assuré", "N° d'assuré"])
def test_without_a_beneficiary_named_apart_they_are_no_field_as_on_main(label):
    # The insured is then often the patient: her name must stay hers (review7's q12.py `postnatal_plain`).
    assert read_page(f"{label} : MENARD Yasmine\nMENARD Yasmine, née le 18/11/1973", today=TODAY).fields == ()
    assert [f.kind for f in read_page(f"{label} : MENARD Yasmine\nBénéficiaire : MENARD Yasmine",
                                      today=TODAY).fields] == ["name"]


@pytest.mark.parametrize("insured", [
    f"Assuré(e) : Menard YASMINE\n\nN° de sécurité sociale : {MOTHER_INS}",  # her block: the number below her name
    f"Assurée : MENARD Yasmine\nN° SS : {SPACED}",
    f"Nom de l'assuré : MENARD Yasmine\nNIR : {SPACED}",
    f"Ouvrant droit : MENARD Yasmine — {SPACED}",
])
@pytest.mark.parametrize("registry", [(CHILD, MOTHER), (CHILD,)], ids=["mother_registered", "mother_not_registered"])
def test_the_childs_sheet_with_the_insured_mothers_number_files_under_the_child(insured, registry):
    decision = decide_with(f"FEUILLE DE SOINS\n{insured}\n{CHILD_LINES}", registry)
    assert decision.files and decision.patient_ipp == "C1"


@pytest.mark.parametrize("text", [
    f"FEUILLE DE SOINS\nN° de sécurité sociale : {MOTHER_INS}\n{CHILD_LINES}",  # no insured field: whose number?
    f"FEUILLE DE SOINS\nAssurée : MENARD Yasmine\nINS : {SPACED}\n{CHILD_LINES}",  # `INS` says the patient's identity
    f"FEUILLE DE SOINS\nAssurée : MENARD Yasmine\nCompte rendu.\nN° SS : {SPACED}\n{CHILD_LINES}",  # not her block
    f"FEUILLE DE SOINS\nAssurée : MENARD Yasmine\nBénéficiaire : ANDRÉ Frédéric — N° SS : {SPACED}\nDDN : 02/11/2009",
])
def test_a_number_outside_the_insureds_field_or_block_still_goes_to_review(text):
    assert not decide_with(text).files


def test_the_insureds_field_with_the_childs_own_ins_still_contradicts_a_registered_child():
    # A child registered with his own INS: another number that could be his (a boy born 11/2009) is no parent's.
    own = "1091167344301" + nir.calc_check_digits("1091167344301")
    other = "1091167344302" + nir.calc_check_digits("1091167344302")
    child = Patient("C1", "ANDRÉ", "Frédéric", date(2009, 11, 2), "M", ins=own)
    decision = decide_with(f"Assurée : MENARD Yasmine\nN° SS : {other}\n{CHILD_LINES}", (child, MOTHER))
    assert not decision.files


def test_an_insureds_number_whose_holder_is_not_the_insured_named_goes_to_review():
    # review7's q11.py `insured_is_other_reg`: the number under `Assuré(e) : MENARD Yasmine` is another registry
    # patient's INS; and `NIR de l'assuré` names no insured while the registry holds that number's owner.
    other = Patient("X1", "MARTIN", "Paul", date(1973, 11, 2), "M", ins=MOTHER_INS)
    text = f"Assuré(e) : MENARD Yasmine\nN° SS : {SPACED}\n{CHILD_LINES}"
    assert not decide_with(text, (CHILD, other)).files
    assert not decide_with(f"NIR de l'assuré : {SPACED}\n{CHILD_LINES}", (CHILD, MOTHER)).files
    assert decide_with(f"NIR de l'assuré : {SPACED}\n{CHILD_LINES}", (CHILD,)).patient_ipp == "C1"


@pytest.mark.parametrize("dust", ["‘", "|", ".", "‘\n|"])
@pytest.mark.parametrize("registry", [(CHILD, MOTHER), (CHILD,)], ids=["mother_registered", "mother_not_registered"])
def test_a_fax_dust_line_between_the_insured_and_her_number_keeps_it_hers(dust, registry):
    """ood-s636-015: `Assurée : …` / `‘` / `N° d'immatriculation : …` — the line the fax left between them is no line."""
    text = f"FEUILLE DE SOINS\nAssurée : MENARD Yasmine\n{dust}\nN° d'immatriculation : {SPACED}\n{CHILD_LINES}"
    decision = decide_with(text, registry)
    assert decision.files and decision.patient_ipp == "C1"


def test_a_line_of_words_between_the_insured_and_the_number_still_leaves_it_no_ones():
    text = f"FEUILLE DE SOINS\nAssurée : MENARD Yasmine\nAdresse : 12 rue des Lilas\nN° d'immatriculation : {SPACED}\n" \
           f"{CHILD_LINES}"
    assert not decide_with(text).files


CATHERINE_NIR = "2920940373573" + nir.calc_check_digits("2920940373573")
CATHERINE = Patient("C9", "MOULIN", "Catherine", date(1992, 9, 14), "F", ins=CATHERINE_NIR)


def spaced_nir(number: str) -> str:
    return " ".join([number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]])


@pytest.mark.parametrize("registered_ins", [True, False])
def test_the_insured_who_is_the_patient_on_the_line_below_her_label_files(registered_ins):
    """review40 (session 28): the line below a bare `Ouvrant droit` with her name and her NIR in seven groups is no
    value of the label (nine words), so it stays hers. A version that counted no number groups as words made it the
    insured's field and sent her own care sheet to review (57 of 250 pages); reverted."""
    patient = CATHERINE if registered_ins else Patient("C9", "MOULIN", "Catherine", date(1992, 9, 14), "F")
    page = (f"FEUILLE DE SOINS\nOuvrant droit\nCatherine MOULIN — {spaced_nir(CATHERINE_NIR)}\n"
            "Date de naissance : 14/09/1992\nActes : consultation.")
    d = decide_with(page, registry=(patient,))
    assert d.files and d.patient_ipp == "C9"
