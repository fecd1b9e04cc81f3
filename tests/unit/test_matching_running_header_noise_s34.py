"""OCR noise in the patient's own running header is no other person (independent corpus, session 34): `OUATTARA.— 2B/05/1956`
(the day `28` read `2B`) was read as another OUATTARA « 2B ». A lower-case `p.` after a surname alone stays an initial
(`TESSIER ©. — p. 2`, s722-027, stays in review): review50's `Résultats — DUPONT — p. 2`, another DUPONT's page, was
caught only by it. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
INDEX = RegistryIndex.build([Patient("T1", "TESSIER", "Odile", date(1935, 7, 5), "F"),
                             Patient("O1", "OUATTARA", "Marin", date(1956, 5, 28), "M")])
TESSIER_1 = "Patient : Mme Odile TESSIER\nDDN : 5 juillet 1935\nBilan."
OUATTARA_1 = "Patient : M. Marin OUATTARA\nDDN : 28/05/1956\nBilan."


def decision(pages: list[str]):
    return decide(read_document(pages, today=TODAY), INDEX)


@pytest.mark.parametrize("pages, ipp", [
    ([OUATTARA_1, "Page 2/3M. Marin OUATTARA.— 2B/05/1956 — page 3/3\nSuite du compte rendu."], "O1"),
])
def test_the_patients_running_header_read_with_noise_files(pages, ipp):
    d = decision(pages)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("page_2", [
    "TESSIER P.\nSuite du compte rendu.",  # an initial that is not hers
    "TESSIER P. 2/3\nSuite du compte rendu.",  # in capitals, `P.` may be Paul's initial: not taken for a page
    "OUATTARA 2B\nSuite du compte rendu.",  # no date glued to it
    # review51: before a date, `p.` may be an initial OCR lower-cased; a glued day whose date is not hers may be
    # another OUATTARA's header
    "TESSIER p. 05/07/1935\nSuite du compte rendu.",
    "OUATTARA 3O/08/1962\nSuite du compte rendu.",
    "OUATTARA 2B/05/1959\nSuite du compte rendu.",
])
def test_an_initial_or_a_word_that_may_be_another_persons_still_goes_to_review(page_2):
    first = TESSIER_1 if "TESSIER" in page_2 else OUATTARA_1
    assert not decision([first, page_2]).files
