"""Session 71: the birth name's label with a space lost by OCR (`. NOMDE NAISSANCE : MADEC`, first corpus s819-033) is
the label, not a name: the page was sent to review for a name « NOMDE » absent from the registry's identity. Pure, no
I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
CHLOE = Patient("A01", "MADEC", "Chloé Océane Nadia", date(1944, 12, 2), "F")
PAGE = ("Dr Cédric BLANCHARD\nPneumologue\n\nPATIENT\n\n{label} : MADEC\nPrénoms : Chloé Océane Nadia\n"
        "Date naiss. : 02/12/1944\n\nCompte rendu de consultation.\n")


@pytest.mark.parametrize("label", [". NOMDE NAISSANCE", "NOM DENAISSANCE", "NOMDENAISSANCE", "NOMDE NAISSANCE"])
def test_the_birth_name_label_with_a_space_lost_is_read_as_the_label(label):
    verdict = decide(read_document([PAGE.format(label=label)], today=TODAY), RegistryIndex.build([CHLOE]))
    assert verdict.status == "filed" and verdict.patient_ipp == "A01"


def test_a_word_glued_to_the_name_label_that_is_no_label_still_counts():
    verdict = decide(read_document([PAGE.format(label="NOMDE FAMILLE DUPUY")], today=TODAY),
                     RegistryIndex.build([CHLOE]))
    assert verdict.status == "review"
