"""Session 72, after the review of the bare `Naissance` caption (/tmp/rev72b): a block of fields under a companion's or
the rights holder's noun alone (`Accompagnant`, `Titulaire`) is that person's, like one under `Frère jumeau`; its birth
date designates no name field outside it (`Patient : DUPONT Paul` above filed his homonym father, born 1955, whose row
the block gives). A joined bare birth caption is written `Date de naissance`, so the joined row stays in the relative's
block (`Père` / `Nom` / `Prénom` / `Naissance :`). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
SON = Patient("P03", "DUPONT", "Paul", date(1983, 7, 2), "M")
FATHER = Patient("P08", "DUPONT", "Paul", date(1955, 10, 21), "M")
STACKED = "COMPTE RENDU\nPatient : DUPONT Paul\n\n{heading}\nNom de naissance\nPrénom(s)\n{caption}\nDUPONT\nPaul\n" \
          "21/10/1955\n\nConclusion : RAS\n"
INLINE = "COMPTE RENDU\nPatient : DUPONT Paul\n\n{heading}\nNom de naissance : DUPONT\nPrénom(s) : Paul\n" \
         "Date de naissance : 21/10/1955\n\nConclusion : RAS\n"


def decision(page: str, registry=(SON, FATHER)):
    return decide(read_document([page], TODAY, [True]), RegistryIndex.build(list(registry)))


@pytest.mark.parametrize("heading", ["Accompagnant", "Accompagnante", "Titulaire", "Père"])
@pytest.mark.parametrize("caption", ["Naissance", "Naissance :", "Date de naissance"])
def test_a_relatives_stacked_block_files_no_one(heading, caption):
    verdict = decision(STACKED.format(heading=heading, caption=caption))
    assert verdict.status == "review" and verdict.patient_ipp is None


@pytest.mark.parametrize("heading", ["Accompagnant", "Titulaire", "Frère"])
def test_a_relatives_block_of_fields_files_no_one(heading):
    verdict = decision(INLINE.format(heading=heading))
    assert verdict.status == "review" and verdict.patient_ipp is None


def test_the_block_alone_on_its_page_is_still_the_pages_identity():
    page = "COMPTE RENDU\nNom de naissance\nPrénom(s)\nNaissance\nDUPONT\nPaul\n21/10/1955\n\nConclusion : RAS\n"
    verdict = decision(page)
    assert verdict.status == "filed" and verdict.patient_ipp == "P08"


def test_the_homonym_in_the_block_stays_a_candidate_against_the_dated_patient():
    page = INLINE.format(heading="Accompagnant").replace("Patient : DUPONT Paul", "Patient : DUPONT Paul, né le 02/07/1983")
    verdict = decision(page)
    assert verdict.status == "review" and "P03" in verdict.reason_fr and "P08" in verdict.reason_fr
