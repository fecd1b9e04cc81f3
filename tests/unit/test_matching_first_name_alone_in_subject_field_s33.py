"""The subject's field that names one person by a single given name — a registry patient's given name, none of the
patient's — names someone else: `AUTORISATION D'OPÉRER` / `Mme MOREL Sophie, née le …` / `autorise l'intervention sur
la personne de` / `Identité de la patiente :` / `Emma` is the child's paper, not the mother's (review50: filed under the
mother on main, whether the registry holds the child or not). Her own given name, her surname, a civility, or a word
that is nobody's given name (`PATIENT(E)` / `Gériatre`, a two-column letterhead read across) still file. Pure."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
SOPHIE = Patient("S", "MOREL", "Sophie", date(1985, 4, 3), "F")
EMMA = Patient("E", "MOREL", "Emma", date(2019, 7, 14), "F")
OTHER_EMMA = Patient("D", "DURAND", "Emma", date(1990, 1, 1), "F")  # a registry of thousands knows the name
FORM = ("AUTORISATION D'OPÉRER\nMme MOREL Sophie, née le 03/04/1985\nautorise l'intervention sur la personne de\n"
        "{label}\n{value}\nFait à Paris.")


def decision(value: str, registry: list[Patient], label: str = "Identité de la patiente :"):
    return decide(read_document([FORM.format(label=label, value=value)], today=TODAY), RegistryIndex.build(registry))


@pytest.mark.parametrize("registry", [[SOPHIE, EMMA], [SOPHIE, OTHER_EMMA]])
@pytest.mark.parametrize("label", ["Identité de la patiente :", "Patiente :", "Bénéficiaire :"])
def test_another_given_name_alone_in_the_subject_field_goes_to_review(registry, label):
    assert decision("Emma", registry, label).status == "review"


@pytest.mark.parametrize("value", ["Sophie", "MOREL", "Madame", "Gériatre"])
def test_her_own_name_a_civility_or_a_word_no_one_bears_still_files(value):
    result = decision(value, [SOPHIE, OTHER_EMMA])
    assert (result.status, result.patient_ipp) == ("filed", "S")
