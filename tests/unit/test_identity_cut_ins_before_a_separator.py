"""A labelled INS cut by the line after its first digits, the rest opening the next line and followed by a field
separator (`INS: 1` / `93 09 2A 247 537 84 — N° dossier : 614727343`): it is read whole, so that a failing key is seen.
On main it went unseen and a photo whose INS key fails was filed on the traits alone (own corpus dev seed 310,
IMG_0003). A key-failing INS never designates anyone; the rest followed by more words is still no INS. Pure, no I/O."""
from datetime import date

from stdnum.fr import nir

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
OWN = "193092A247537" + nir.calc_check_digits("193092A247537")
INDEX = RegistryIndex.build([Patient("R1", "RICHARD", "Timothée Rémi", date(1993, 9, 20), "M", ins=OWN)])
PAGE = ("Identité : Monsieur Timothée Rémi RICHARD - Date de naissance : 20.09.1993 — INS: 1\n"
        "93 09 2A 247 537 {key} — N° dossier : 614727343\nConsultation du 25 janvier 2024")


def test_the_cut_ins_before_a_separator_is_read_whole():
    assert [(i.number, i.valid_key) for i in read_page(PAGE.format(key="84"), today=TODAY).ins] == \
        [("193092A24753784", False)]


def test_a_failing_key_two_characters_from_the_patients_sends_to_review():
    d = decide(read_document([PAGE.format(key="84")], today=TODAY), INDEX)
    assert not d.files and d.rule == "contradiction"


def test_the_patients_own_cut_ins_still_files():
    d = decide(read_document([PAGE.format(key=OWN[-2:])], today=TODAY), INDEX)
    assert d.files and d.patient_ipp == "R1"


def test_digits_followed_by_words_on_the_next_line_are_no_ins():
    page = "INS: 1\n93 09 2A 247 537 84 comprimés par jour\nConsultation."
    assert read_page(page, today=TODAY).ins == ()
