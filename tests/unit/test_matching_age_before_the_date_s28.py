"""A prescription prints its patient as `M. Hugo Breton` / `52 ans — 21.12.1974`: an unlabelled date counts beside the
name when it opens a line close by — and now also when only its age stands before it, an age that fits the date (the
difference of the years too: `52 ans` at 51 and 11 months). On main the date went unread as the patient's (independent
corpus s618-039, s631-030, s641-031: « aucun patient »). An age that does not fit, or other words before the date,
leave it as before. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 3)
HUGO = Patient("B1", "BRETON", "Hugo Mathis", date(1974, 12, 21), "M")
NAMESAKE = Patient("B2", "BRETON", "Hugo", date(1981, 4, 2), "M")
INDEX = RegistryIndex.build([HUGO, NAMESAKE])
HEAD = "Docteur Nadia Chevalier\nRhumatologue\n\nRPPS 10537907628\nVilleurbanne, le 16/11/2026\n\n"


def decision(patient_lines: str):
    return decide(read_document([HEAD + patient_lines + "\n\nORDONNANCE\nATORVASTATINE 20 mg"], today=TODAY), INDEX)


@pytest.mark.parametrize("lines", ["M. Hugo Breton\n52 ans — 21.12.1974", "M. Hugo Breton\n51 ans — 21/12/1974",
                                   "Monsieur BRETON Hugo |\n52 ans - 21 décembre 1974"])
def test_the_age_before_the_date_files_the_patient(lines):
    d = decision(lines)
    assert d.files and d.patient_ipp == "B1"


@pytest.mark.parametrize("lines", ["M. Hugo Breton\n40 ans — 21.12.1974",  # the age does not fit
                                   "M. Hugo Breton\nvu à 52 ans — 21.12.1974",  # words before the age
                                   "M. Hugo Breton\n52 ans — 02/04/1981"])  # the namesake's date
def test_an_age_that_does_not_fit_or_another_date_files_no_one_else(lines):
    d = decision(lines)
    assert not (d.files and d.patient_ipp == "B1")
