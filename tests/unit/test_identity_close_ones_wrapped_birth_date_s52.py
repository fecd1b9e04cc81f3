"""A narrow column wraps a trusted person's line after her birth label (`Personne de confiance : Mme Margaux FONTAINE,
née le` / `21/02/1987, tél. …`, third corpus s62 numerisation_0002, a born-digital consultation): the date opening the
next line is hers, as when it stands on her line. On a4277d5 it was read as a contrary birth date of the patient and
the page went to review. The wrap is taken only after a birth label ending a third party's field: the patient's own
field, a third party's line that does not end with `née le`, and a twin or namesake still keep the doubt. Pure, no
I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
ISABELLE = Patient("H1", "HOARAU", "Isabelle", date(1995, 1, 21), "F")
MARGAUX = Patient("M1", "MOREL", "Margaux Anne", date(1987, 2, 21), "F")
INDEX = RegistryIndex.build([ISABELLE, MARGAUX])
SUBJECT = "COMPTE RENDU DE CONSULTATION\nRéf. : Mme Isabelle HOARAU, née le 21/01/1995\nMotif : polyarthralgies.\n"


def decision(page: str, index: RegistryIndex = INDEX):
    return decide(read_document([page], today=TODAY), index)


@pytest.mark.parametrize("close_one", [
    "Personne de confiance : Mme Margaux FONTAINE, née le\n21/02/1987, tél. 06 97 07 33 21.",
    "Personne à prévenir : M. Paul FONTAINE, né le\n21/02/1987",
    "Personne de confiance : Mme Margaux FONTAINE, née le   \n  21.02.1987 (sœur)",
])
def test_the_close_ones_date_wrapped_below_her_line_is_hers(close_one):
    d = decision(SUBJECT + close_one + "\nExamen clinique : normal.")
    assert d.files and d.patient_ipp == "H1"


def test_the_wrapped_date_belongs_to_her_field():
    reading = read_document([SUBJECT + "Personne de confiance : Mme Margaux FONTAINE, née le\n21/02/1987, tél."],
                            today=TODAY)[0]
    field = next(f for f in reading.fields if f.kind == "third_party")
    assert field.value == "MME MARGAUX FONTAINE, NEE LE\n21/02/1987"


@pytest.mark.parametrize("page", [
    # no birth label ends her line: the date below is nobody's in particular, as before
    SUBJECT + "Personne de confiance : Mme Margaux FONTAINE,\n21/02/1987, tél. 06 97 07 33 21.",
    # the trusted person bears the patient's first name: she may be the patient
    SUBJECT + "Personne de confiance : Mme Isabelle FONTAINE, née le\n21/02/1987",
    # the patient's own field wraps: its date is a second date of hers
    "Patiente : Mme Isabelle HOARAU, née le\n21/02/1987\nPersonne de confiance : Mme Margaux FONTAINE",
])
def test_other_wraps_still_stop_the_filing(page):
    assert not decision(page).files


def test_a_registry_namesake_born_on_the_close_ones_date_keeps_the_doubt():
    namesake = Patient("H2", "HOARAU", "Isabelle", date(1987, 2, 21), "F")
    page = SUBJECT + "Personne de confiance : Mme Margaux FONTAINE, née le\n21/02/1987"
    assert not decision(page, RegistryIndex.build([ISABELLE, MARGAUX, namesake])).files
