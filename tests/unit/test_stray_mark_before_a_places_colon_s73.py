"""Session 73: a fax's stray dash or bar before the colon that closes an institution's name (`Groupe Hospitalier
Nord-Vendôme - : VINCENT Marie`, the letterhead and the sticker read as one row: second corpus s150_035, lot 13) no longer
makes its last word another first name beside the patient's surname, which refused the second reading that read her
sticker right. A word linked to the institution across a dash, or a registry given name before the colon, still refuses
it (session 71's bounds). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, accept_second_reading, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 8)
MARIE = Patient("V1", "VINCENT", "Marie Geneviève", date(1928, 4, 25), "F")
LOUIS = Patient("L1", "LEROY", "Louis", date(1997, 10, 4), "M")
INDEX = RegistryIndex.build([MARIE, LOUIS, Patient("A1", "DURAND", "Aurore", date(1960, 1, 1), "F")])
LOST_DATE = "\nServwce de Pneumotoge : TPP 1720017\nBON DE DEMANDE D'EXAMENS DE BIOLOGIE"


def kept(first_row: str, second_row: str, birth: str):
    r1 = read_document([first_row + LOST_DATE], today=TODAY)
    r2 = read_document([f"{second_row}\nNé(e) le {birth}\nBON DE DEMANDE D'EXAMENS DE BIOLOGIE"], today=TODAY)
    return accept_second_reading(decide(r1, INDEX), decide(r2, INDEX), [r1, r2], INDEX)


@pytest.mark.parametrize("row", [
    "Groupe Hospitalier Nord-Vendôme - : VINCENT Marie",
    "Groupe Hospitalier Nord-Vendôme | : VINCENT Marie",
    "Groupe Hospitalier Nord-Vendôme — : VINCENT Marie",
    "Hôpital Privé Sainte-Marthe -: VINCENT Marie",
])
def test_a_stray_mark_before_the_institution_s_colon_keeps_the_second_reading(row):
    decision = kept(row, row, "25/04/1928")
    assert decision.files and decision.patient_ipp == "V1"


@pytest.mark.parametrize("row", [
    "Clinique du Parc — Patient Aurore - : LEROY Louis",  # linked to the institution across a dash
    "Clinique du Parc Aurore - : LEROY Louis",  # a registry given name
    "Patient Louise - : LEROY Louis",  # no institution's noun
    "Clinique du Parc - Louise : LEROY Louis",  # the dash stands before the word, not the colon
])
def test_elsewhere_the_word_before_the_surname_still_refuses_it(row):
    decision = kept(row, "Patient : LEROY Louis", "04/10/1997")
    assert not decision.files and decision.evidence["second_reading"]["patient"] == "L1"
