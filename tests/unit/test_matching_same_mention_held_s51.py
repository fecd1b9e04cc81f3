"""One person's mention read twice — by her birth name (`BARRE` / `DESET` / `Marie`) and by her used name (`DESET` /
`Marie`) — is one mention: held under a relative's heading by the first reading, it no longer designates her by the
second (the helper's typed forms of session 51: a legal representative's block below the child's, whose surname cell
was empty, filed the mother on main). Her own form, with no heading above her block, still files her. Pure, no I/O."""
from datetime import date

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("C1", "DESET", "Christine", date(2005, 11, 13), "F"),
    Patient("M1", "BARRE", "Marie", date(1969, 6, 13), "F", used_name="DESET"),
])
CAPTIONS = "Nom de naissance\nNom d'usage\nPrénom\nDate de naissance\n"
MOTHER = "BARRE\nDESET\nMarie\n13/06/1969\n"


def decision(text: str):
    return decide(read_document([text], TODAY, [True]), INDEX)


def test_the_mothers_block_under_a_legal_representatives_heading_files_no_one():
    text = "DEMANDE D'ADMISSION\n" + CAPTIONS + "Christine\n13.11.2005\nReprésentant légal\n" + CAPTIONS + MOTHER
    assert not decision(text).files


def test_her_own_form_still_files_her():
    result = decision("DEMANDE D'ADMISSION\n" + CAPTIONS + MOTHER + "Motif : lombalgie.")
    assert result.files and result.patient_ipp == "M1"
