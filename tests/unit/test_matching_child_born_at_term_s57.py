"""A paediatrician's letter: `J'ai vu en consultation le 01/08/2024 l'enfant BONNET Liam Jacques, né le 18/10/2017` and
the child's history below it, `né à terme, grossesse sans particularité` (ood2 s124_038, a typed PDF). « Grossesse »
made the page a delivery room's — the mother's paper — and the child seen a relative: nobody was named, the letter
went to review. A child told born at term right after he is named is the paper's own subject's history; a birth at
term told before the child is named (the mother's post-natal visit), a `nouveau-né` or `mort-né à terme`, and a
delivery's own words (`Accouchement`, `Césarienne`, `post-natale`, `suites de couches`) keep him a relative. Pure, no
I/O."""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 6)
LIAM = Patient("L1", "BONNET", "Liam Jacques", date(2017, 10, 18), "M")
JULES = Patient("J1", "BONNET", "Jules", date(2017, 10, 18), "M")  # his twin
MOTHER = Patient("M1", "BONNET", "Sophie", date(1988, 3, 2), "F")

SEEN = "Cher confrère,\nJ'ai vu en consultation le 01/08/2024 l'enfant BONNET Liam Jacques, né le 18/10/2017 pour une " \
       "fièvre prolongée.\n"


def decision(text: str):
    return decide(read_document([text], today=TODAY), RegistryIndex.build([LIAM, JULES, MOTHER]))


@pytest.mark.parametrize("history", [
    "Dans ses antécédents, on note : otites récidivantes; né à terme, grossesse sans particularité.",
    "Antécédents : grossesse gémellaire, né à terme par voie basse.",
])
def test_the_child_seen_born_at_term_is_the_letters_subject(history):
    result = decision(SEEN + history + "\nAuscultation : quelques sibilants.\n")
    assert result.files and result.patient_ipp == "L1"


@pytest.mark.parametrize("history", [
    "Grossesse suivie, sans particularité.",  # a pregnancy, no child born at term told: the mother's paper perhaps
    "Accouchement par voie basse, né à terme, grossesse sans particularité.",  # the delivery room's own word
    "Césarienne en urgence ; né à terme.",
    "Grossesse sans particularité ; nouveau-né à terme, allaité.",  # the mother's words for her delivery
    "Grossesse sans particularité, né à terme. Suites de couches simples.",
])
def test_a_pregnancy_or_a_delivery_keeps_the_child_a_relative(history):
    result = decision(SEEN + history + "\n")
    assert not result.files and result.rule == "no_match"


@pytest.mark.parametrize("text", [
    # the review of session 57: the mother's post-natal visit tells the birth at term before the child is examined
    "Cher confrère,\nJe revois ce jour la patiente pour sa visite post-natale. Grossesse sans particularité, bébé né "
    "à terme. J'ai examiné ce jour l'enfant BONNET Liam Jacques, né le 18/10/2017 : examen normal.\n",
    "Cher confrère,\nJe revois ce jour la patiente. Grossesse sans particularité, enfant né à terme. J'ai examiné ce "
    "jour l'enfant BONNET Liam Jacques, né le 18/10/2017 : examen normal.\n",
    "Cher confrère,\nJe revois ce jour Mme BONNET pour le suivi de sa grossesse. Antécédent d'un enfant mort-né à "
    "terme. J'ai vu en consultation l'enfant BONNET Liam Jacques, né le 18/10/2017, qui l'accompagnait.\n",
])
def test_a_birth_at_term_told_before_the_child_is_named_keeps_him_a_relative(text):
    result = decision(text)
    assert result.status == "review" and result.patient_ipp is None
