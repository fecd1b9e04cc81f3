"""`PETIT Valérie Léna` / `Née MARÉCHAL` / `03/01/58 F (65 ans)`: the surname after `née` is the patient's own birth
name, not a surname printed alone for someone else (the rule that lets such a surname take the nearest date, review8's
M-4, sent own corpus seed 61's IMG_0080 to review). Only the patient's *other* surname is so read: the surname the
page already named printed alone again still takes the date (twins). Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("V1", "MARÉCHAL", "Valérie Léna", date(1958, 1, 3), "F", used_name="PETIT"),
    Patient("W1", "LAMBERT", "Claire", date(1983, 12, 3), "F"),  # twins
    Patient("W2", "LAMBERT", "Claude", date(1983, 12, 3), "M"),
])


def decision(*pages: str):
    return decide(read_document(list(pages), today=TODAY), INDEX)


def test_the_birth_name_after_nee_is_the_patients_own():
    d = decision("Centre hospitalier\nPETIT Valérie Léna\nNée MARÉCHAL\n03/01/58 F (65 ans)\nIPP 149194664\n"
                 "CONSULTATION PRÉ-ANESTHÉSIQUE")
    assert d.files and d.patient_ipp == "V1"


def test_a_twins_surname_printed_alone_still_takes_the_date():
    d = decision("Patient : LAMBERT\nNée LAMBERT\nDate de naissance : 03/12/1983\nAntécédents familiaux : LAMBERT Claude.")
    assert not d.files
