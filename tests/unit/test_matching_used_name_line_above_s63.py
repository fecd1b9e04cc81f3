"""The used name before `née` + birth name is read on the name's own line, or on the line above when that line holds
only it after a civility or a name's label (`Patiente : HOARAU` / `Camille née GILLET`): another used name there is a
trait, a namesake's perhaps — review. The last word of a title above a name line is none of her names: a laboratory's
`RÉSULTATS D'ANALYSES` over `LEBLANC NÉE GAUTHIER DANIELLE JULIETTE` was read as her used name « ANALYSES » and sent
her results to review (session 63, review B's faxed lab sheets). Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 7)
INDEX = RegistryIndex.build([Patient("G1", "GILLET", "Camille", date(1970, 3, 2), "F", used_name="LEFEBVRE"),
                             Patient("L1", "GAUTHIER", "Danielle Juliette", date(1959, 2, 21), "F",
                                     used_name="LEBLANC")])


def decision(text: str):
    return decide(read_document([text], today=TODAY), INDEX)


@pytest.mark.parametrize("text, ipp", [
    ("LABORATOIRE DU PARC\nRESULTATS D'ANALYSES\n\nLEBLANC NÉE GAUTHIER DANIELLE JULIETTE\n"
     "Né(e) le 21.02.1959 Sexe: F\n", "L1"),
    ("BIOLOGIE MÉDICALE\nLEFEBVRE NÉE GILLET CAMILLE\nNé(e) le 02/03/1970\n", "G1"),
    ("RESULTATS D'ANALYSES\nCamille née GILLET\nNée le 02/03/1970\n", "G1"),
])
def test_a_title_above_the_name_line_is_no_used_name(text, ipp):
    d = decision(text)
    assert d.files and d.patient_ipp == ipp


@pytest.mark.parametrize("text", [
    "Madame HOARAU Camille née GILLET, née le 02/03/1970\n",
    "Patiente : HOARAU\nCamille née GILLET\nNée le 02/03/1970\n",
    "Mme HOARAU\nCamille née GILLET\nNée le 02/03/1970\n",
    "HOARAU\nCamille née GILLET\nNée le 02/03/1970\n",
])
def test_another_used_name_on_the_name_line_or_alone_above_it_still_goes_to_review(text):
    d = decision(text)
    assert not d.files and d.rule == "contradiction" and "HOARAU" in d.reason_fr
