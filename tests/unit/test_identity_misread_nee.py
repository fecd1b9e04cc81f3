"""`née le` read `néc le` by a fax (own corpus dev seed 307, fax_0045: `adresser Mudamoe JEAN Pauline, néc le 09/11/1971`):
the date after it is the birth date, and the label says a woman, as `née` does. On main it was read without a label, and
the letter went to review. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, read_page
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
PAULINE = Patient("J1", "JEAN", "Pauline", date(1971, 11, 9), "F")
PAUL = Patient("D1", "DUPONT", "Paul", date(1960, 2, 2), "M")
INDEX = RegistryIndex.build([PAULINE, PAUL, Patient("J2", "JEAN", "Pauline", date(1976, 9, 27), "F")])


def labels_of(text: str):
    return [(m.value, m.label) for m in read_page(text, today=TODAY).dates]


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("text", ["Madame JEAN Pauline, néc le 09/11/1971", "née le 09/11/1971", "NÉC LE 09/11/1971",
                                  "Madame JEAN Pauline, néc'le 09/11/1971", "néc’le 09/11/1971"])  # s719-010: dust
def test_a_birth_label_read_nec_keeps_its_date_a_birth_date(text):
    assert labels_of(text) == [(date(1971, 11, 9), "birth")]


@pytest.mark.parametrize("text", ["Le nec plus ultra : 09/11/2025", "NEC : 09/11/2025", "Nec, le 09/11/2025"])
def test_nec_not_followed_by_le_is_no_birth_label(text):
    assert [label for _, label in labels_of(text)] != ["birth"]


def test_the_fax_letter_files_under_its_patient():
    d = decision("Objet : Madame JEAN Pauline, néc le 09/1 1/1971\n\nJe me pormets de vous adresser Mudamoe JEAN "
                 "Pauline, néc le 09/11/1971, âgée de 53 uns, pOur uvis.")
    assert d.files and d.patient_ipp == "J1"


def test_nec_says_a_woman_as_nee_does():
    """review15b on bb5f055: with no sex, `LEGRAND Henri` / `Epouse néc le 02/02/1940` filed the husband under his
    wife's date. `néc` is a misread `née`: a man behind it goes to review, like `M. DUPONT Paul, née le …`."""
    assert not decision("Je vois M. DUPONT Paul, néc le 02/02/1960, pour une toux.").files
    assert not decision("Je vois M. DUPONT Paul, néc'le 02/02/1960, pour une toux.").files
    henri = Patient("H1", "LEGRAND", "Henri", date(1940, 2, 2), "M")
    d = decide(read_document(["LEGRAND Henri\nEpouse néc le 02/02/1940"], today=TODAY),
               RegistryIndex.build([henri, PAULINE]))
    assert not d.files


@pytest.mark.parametrize("page", [
    "Madame JEAN Pauline, néc le 09/11/1976",  # the namesake's date: hers, not J1's
    "Madame JEAN Pauline, néc le 19/11/1971",  # one digit off both: nobody
])
def test_a_nec_date_designates_only_the_patient_born_that_day(page):
    d = decision(page)
    assert not (d.files and d.patient_ipp == "J1")
