"""Session 73's review: the word before the colon that closes an institution's name (`Clinique du Parc Claire :
LEROY`) is no place's when it is a part of a registry compound given name (a twin Anne-Claire, Marie-Clara): it still
refuses the second reading that names the patient beside it, as a whole registry given name did (session 71). The
institution's own words still keep it (`Groupe Hospitalier Nord-Vendôme : MOREAU Thomas`). A stray dash before the
colon (`Nord-Vendôme - : VINCENT Marie`) was tried and withdrawn: a twin's first name glued to a place's word
(`Hôpital Nord-Clara - : LEROY`) reads the same. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 8)
LOUIS = Patient("L1", "LEROY", "Louis", date(1997, 10, 4), "M")
LOST_DATE = "\nServwce de Pneumotoge : TPP 1720017\nBON DE DEMANDE D'EXAMENS DE BIOLOGIE"


def kept(first_row: str, twin: str):
    index = RegistryIndex.build([LOUIS, Patient("W1", "LEROY", twin, date(1997, 10, 4), "F"),
                                 Patient("A1", "DURAND", "Aurore", date(1960, 1, 1), "F")])
    r1 = read_document([first_row + LOST_DATE], today=TODAY)
    r2 = read_document(["Patient : LEROY Louis\nNé(e) le 04/10/1997\nBON DE DEMANDE D'EXAMENS DE BIOLOGIE"], today=TODAY)
    return accept_second_reading(decide(r1, index), decide(r2, index), [r1, r2], index)


@pytest.mark.parametrize("row, twin", [("Clinique du Parc Claire : LEROY", "Anne-Claire"),
                                       ("Clinique du Parc Anne : LEROY", "Anne-Claire"),
                                       ("Clinique du Parc Clara: LEROY", "Marie-Clara")])
def test_a_part_of_a_twins_compound_first_name_before_the_colon_refuses_it(row, twin):
    decision = kept(row, twin)
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "L1"


@pytest.mark.parametrize("row", ["Groupe Hospitalier Nord-Vendôme : LEROY Louis", "Clinique du Parc : LEROY Louis"])
def test_the_institutions_own_words_still_keep_it(row):
    decision = kept(row, "Anne-Claire")
    assert decision.files and decision.patient_ipp == "L1"
