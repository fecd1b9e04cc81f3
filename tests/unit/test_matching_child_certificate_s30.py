"""A child's certificate: `certifie avoir examiné ce jour l'enfant Aaron CARRE, né le 09-10-2015, et établis le présent
certificat …`, then `Représentant légal : Mme CARRE Caroline (mère) — N° de sécurité sociale : <her NIR>`. Pure, no I/O.

Second independent corpus (ood2 s1_031, s2_038, s3_064, s4_038): all four went to review. `l'enfant` after the verb of the
examination was read as a relative's caption, `le présent certificat` as « présent auprès d'un autre », and the mother's
number in her own field contradicted a child the registry holds without an INS.
"""
from datetime import date

import pytest
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient
from tests.support.ins_kit import with_key

TODAY = date(2026, 12, 3)


CAROLINES = with_key("2800429372952")
AARON = Patient("C1", "CARRE", "Aaron Antoine", date(2015, 10, 9), "M")
CAROLINE = Patient("M1", "CARRÉ", "Caroline", date(1980, 4, 20), "F", ins=CAROLINES)
SPACED = f"{CAROLINES[0]} {CAROLINES[1:3]} {CAROLINES[3:5]} {CAROLINES[5:7]} {CAROLINES[7:10]} {CAROLINES[10:13]} " \
         f"{CAROLINES[13:]}"


def certificate(examined: str = "certifie avoir examiné ce jour l'enfant Aaron CARRE, né le 09-10-2015, et établis le "
                                 "présent certificat d'absence de maladie contagieuse.",
                representative: str = f"Représentant légal : Mme CARRE Caroline (mère) — N° de sécurité sociale : {SPACED}"):
    return f"CERTIFICAT MÉDICAL\nJe soussignée, Dr Aurélie LE GOFF, {examined}\n{representative}\nFait à Bastia."


def decision(text: str, patients=(AARON, CAROLINE)):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(list(patients)))


@pytest.mark.parametrize("patients", [(AARON, CAROLINE), (AARON,)])
@pytest.mark.parametrize("examined", [
    "certifie avoir examiné ce jour l'enfant Aaron CARRE, né le 09-10-2015, et établis le présent certificat.",
    "certifie avoir examiné ce jour l'enfant Aaron\nCARRE, né le 09/10/2015, et établis le présent certificat.",
    "J'ai vu en consultation le 12/02/2025 l'enfant Aaron CARRE, né le 09/10/2015, pour une toux.",
])
def test_the_child_examined_is_filed_beside_his_mothers_number(patients, examined):
    d = decision(certificate(examined), patients)
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("text", [
    # someone's child: the page names the parent as its subject
    "Mme CARRÉ Caroline, née le 20/04/1980, examinée ce jour. J'ai vu aussi l'enfant de Mme CARRE, Aaron CARRE, né le "
    "09/10/2015.",
    # a number of the child's year and month, of the other sex, in the representative's field: a twin sister's?
    certificate(representative=f"Représentant légal : Mme CARRE Caroline (mère) — N° : {with_key('2151053227450')}"),
    # the representative's field names the child himself
    certificate(representative=f"Représentant légal : CARRE Aaron — N° de sécurité sociale : {SPACED}"),
    # a registry patient's number that the field does not name
    certificate(representative=f"Représentant légal : Mme LEROY Anne (mère) — N° de sécurité sociale : {SPACED}"),
])
def test_a_number_or_caption_that_may_be_the_childs_or_a_parents_paper_still_goes_to_review(text):
    d = decision(text)
    assert not d.files and d.status == "review"


def test_a_companion_present_still_speaks():
    index = RegistryIndex.build([AARON])
    text = "Vue ce jour avec son père.\nAaron CARRE, né le 09/10/2015, est présent.\nMme LEROY Anne, née le 02/02/1990."
    assert not decide(read_document([text], today=TODAY), index).files


@pytest.mark.parametrize("text", [
    # third corpus s17: a dictation says further on that the child is the one seen
    "L'enfant CARRE Aaron, né le 09-10-2015 a été vu(e) ce jour.\nOtite moyenne aiguë.",
    "L'enfant Aaron CARRE, né le 09/10/2015, est examiné ce jour pour une toux.",
])
def test_the_child_the_sentence_says_is_seen_is_its_subject(text):
    d = decision(text)
    assert d.files and d.patient_ipp == "C1"


@pytest.mark.parametrize("text", [
    "L'enfant Aaron CARRE, né le 09/10/2015, son fils, est vu ce jour.",  # a possessive on the way
    "L'enfant Aaron CARRE, né le 09/10/2015. Sa mère est vue ce jour.",  # the verb in the next sentence
    "L'enfant Aaron CARRE, né le 09/10/2015, va bien.",  # no one said to be seen
    # review54: the verb is someone else's
    "L'enfant Aaron CARRE, né le 09/10/2015, dont la mère a été vue ce jour, va bien.",
    "L'enfant Aaron CARRE, né le 09/10/2015, n'a pas été vu : c'est sa mère qui est examinée ce jour.",
    "L'enfant Aaron CARRE, né le 09/10/2015 : la mère, Mme CARRE, a été vue ce jour.",
    "Pour l'enfant Aaron CARRE, né le 09/10/2015, la grand-mère a été vue ce jour.",
    "Accouchement du 09/10/2015. L'enfant Aaron CARRE, né le 09/10/2015, a été examiné.",  # a delivery: the mother's
])
def test_otherwise_the_child_stays_a_relative(text):
    assert not decision(text).files


@pytest.mark.parametrize("line", [
    # third corpus s22, s24 — and review56: `Objet : Enfant malade` / `Mme DURAND Marie…` filed the parent (7 444 traps),
    # so `enfant` opening a letter's subject field still introduces a relative; these go to review as on main
    "Objet : Enfant CARRE Aaron, né le 09/10/2015",
    "Réf. : Enfant Aaron CARRE, né le 09/10/2015",
    "Objet : Enfant malade\nMme CARRE Caroline, née le 20/04/1980, doit garder son enfant.",
])
def test_enfant_opening_the_letters_subject_field_still_introduces_a_relative(line):
    assert not decision(f"Dictée du 02/11/2026 — Dr Bruno THOMAS\n{line}\nOtite moyenne aiguë droite.").files


def test_post_partum_makes_a_delivery_page():
    """review56: `post-partum` is read as POST and PARTUM; the delivery word never matched."""
    text = ("Suites de couches simples, post-partum J3.\nJ'ai examiné ce jour l'enfant Aaron CARRE, né le 09/10/2015.\n"
            "Mère : Mme CARRE Caroline, née le 20/04/1980")
    assert not decision(text).files
