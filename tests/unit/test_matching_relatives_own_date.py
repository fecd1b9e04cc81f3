"""A relative named and dated in free text (`Son fils, MOREL Léo (né le 09/09/2015), vu ce jour pour une otite.`,
`Il est accompagné de son fils, PELLETIER Yann (né le …)`) keeps contradicting the patient named above: in free text the
relative named and dated is very often the subject (a parent's identity heads a child's paper). da997ce exempted such
dates and filed the parent (review11's q_rel / gen_relsub: 529 new wrong filings); reverted. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([Patient("M1", "MOREL", "Hugo", date(1955, 6, 1), "M"),
                             Patient("K2", "KLEIN", "Julia", date(1988, 9, 9), "F")])


def decision(page: str):
    return decide(read_document([page], today=TODAY), INDEX)


@pytest.mark.parametrize("page", [
    "M. MOREL Hugo, né le 01/06/1955\nSon fils, MOREL Léo (né le 09/09/2015), vu ce jour pour une otite.",
    "M. MOREL Hugo, né le 01/06/1955\nJe vois ce jour son fils, MOREL Léo (né le 09/09/2015), pour une otite.",
    "M. MOREL Hugo, né le 01/06/1955\nMotif : vaccination de sa fille, MOREL Léa (née le 02/02/2015).",
    "Mme KLEIN Julia, née le 09/09/1988.\nBilan de sa fille KLEIN Emma (née le 03/03/2016) : croissance normale.",
    "M. MOREL Hugo, né le 01/06/1955\nIl est accompagné de son fils, MOREL Léo (né le 09/09/2015), lui-même suivi.",
    "M. MOREL Hugo, né le 01/06/1955\nSon fils MOREL Léo (né le 09.09.2015) est vu ce jour.",
])
def test_a_relative_named_and_dated_in_free_text_still_stops_the_filing(page):
    assert not decision(page).files


@pytest.mark.parametrize("page", [
    "Madame KLEIN Julia, née le 09/09/1988\nLina, 4 ans, est accompagnée de son père, KLEIN Marc (né le 03/03/1985).\n"
    "Lina présente une otite moyenne aiguë droite.",
    "Nous avons reçu ce jour Monsieur MOREL Hugo, né le 01/06/1955.\nIl est accompagné de sa femme, MARECHAL Aurélie "
    "(née le 22/01/1959). C'est elle qui consulte ce jour pour une douleur thoracique.",
    "Aidant principal : MOREL Hugo, né le 01/06/1955\nIl est accompagné de son père, MOREL Roger (né le 04/07/1930).\n"
    "MMSE 18/30.",
])
def test_a_parent_or_spouse_companion_dated_in_free_text_still_stops_the_filing(page):
    """review40 (session 28): exempting a parent's, spouse's or sibling's date after `accompagné(e) de son/sa …` filed
    the heading person of a child's paper, of a spouse's consultation and of a caregiver's assessment. Reverted."""
    assert not decision(page).files
