"""A form prints the choices before the answer (`Sexe (M/F) : Féminin`); a fax's mark cut them off the label
(`Sexe -(M/F) : Féminin`, first corpus s781-003): the answer is after them, not the first choice. Left unanswered
(`Sexe : M/F`), the field says nothing. Pure, no I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document, ticked_sex
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

PATIENT = Patient("P1", "BRUNET", "Josiane Clémence", date(1950, 11, 21), "F")
PAGE = "Nom de naissance : Brunet\nPremier prénom : Josiane\nNaissance : 21-11-1950\nSexe {}\n\nORDONNANCE\n"


@pytest.mark.parametrize("sex", ["-(M/F) : Féminin", "(M/F) : Féminin", ": F", ": M/F", "(H/F) : F"])
def test_the_answer_after_the_choices_is_the_patients_sex(sex):
    d = decide(read_document([PAGE.format(sex)], date(2026, 9, 10)), RegistryIndex.build([PATIENT]))
    assert d.files and d.patient_ipp == "P1"


@pytest.mark.parametrize("sex", ["-(M/F) : Masculin", ": M", "(H/F) : H"])
def test_another_answer_still_contradicts(sex):
    d = decide(read_document([PAGE.format(sex)], date(2026, 9, 10)), RegistryIndex.build([PATIENT]))
    assert not d.files and d.rule == "contradiction"


@pytest.mark.parametrize("value, answer", [("(M/F) : FEMININ", "FEMININ"), ("M/F", ""), ("MASCULIN", "MASCULIN"),
                                           ("", "")])
def test_the_sex_fields_value_is_the_answer(value, answer):
    assert ticked_sex(value).strip() == answer
