"""A title or a role printed after the surname (`Patient : Mme GUERIN née PASQUALINI —. Prescripteur : Dr Olivier
GUILLOU`, two columns OCR read as one line) is no first name of a second person of that name: on main the lab result
went to review as « même nom et même date de naissance, prénom « Prescripteur » (jumeau ?) » (independent corpus, dev
seed 204). A true first name there is still another person. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 1)
INDEX = RegistryIndex.build([
    Patient("P1", "PASQUALINI", "Fatoumata", date(1978, 2, 5), "F", used_name="GUÉRIN"),
    Patient("O1", "GUILLOU", "Olivier", date(2001, 10, 28), "M"),
])
LAB = ("LABORATOIRE DE BIOLOGIE MÉDICALE\n.. Patient : Mme Fatoumatä GUERIN née PASQUALINI —. {after} : Dr Olivier GUILLOU"
       "\nDDN : 05.02:1978 ©:\n_ li... = Prélevé le : 18/11/2026 .\nN° patient P1")


@pytest.mark.parametrize("after", ["Prescripteur", "Médecin", "Biologiste"])
def test_a_role_after_the_surname_is_no_first_name(after):
    d = decide(read_document([LAB.format(after=after)], today=TODAY), INDEX)
    assert d.files and d.patient_ipp == "P1"


@pytest.mark.parametrize("after", ["Léa", "Louise"])
def test_a_first_name_after_the_surname_is_still_another_person(after):
    page = f"Patient : Mme Fatoumata GUERIN née PASQUALINI\nPASQUALINI {after} 05/02/1978\nBilan."
    assert not decide(read_document([page], today=TODAY), INDEX).files
