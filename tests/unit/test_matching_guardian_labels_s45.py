"""A minor's guardian has more names than `Représentant légal`: `Représentante légale`, `Responsable légal(e)`,
`Responsables légaux`, `Titulaire de l'autorité parentale`. review88 (trap pages written for a withdrawn rule) found
`Patient : VINCENT Frédéric` / `Responsable légal : VINCENT Frédéric, né le 26/07/1977` filed under the father, who
shares his son's name: the guardian's line read as the patient's. Each of these labels is now a third party's field, as
`Représentant légal` was; a spelling one glyph from two of them (`Représentant légale`, `Représentante légal`) is still
a guardian's (review89: the misread reader wanted exactly one label near). After the signer's role (`Enfant dont je
suis la représentante légale : MORIN Léa`, `agissant en qualité de` / `Responsable légal : …`) the label names no
guardian: its value is the ward. A guardian's own date in the field still counts against the child as it did for
`Représentant légal` (excusing it like a parent's in `Mère :` filed the signer of 157 of review89's consent forms).
Pure, no I/O."""
from datetime import date

import pytest
from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 5)
FATHER = Patient("P1", "VINCENT", "Frédéric", date(1977, 7, 26), "M")
SON = Patient("C1", "VINCENT", "Frédéric Hugo", date(2019, 3, 2), "M")
MOTHER = Patient("M1", "VINCENT", "Claire", date(1981, 5, 14), "F")
LEA = Patient("C2", "VINCENT", "Léa", date(2018, 9, 1), "F")

GUARDIAN_LABELS = ["Représentant légal", "Représentante légale", "Représentant légale", "Représentante légal",
                   "Représentant(e) légal(e)", "Responsable légal", "Responsable légale", "Responsable légal(e)",
                   "Responsables légaux", "Titulaire de l'autorité parentale", "Détenteur de l'autorité parentale",
                   "Détentrice de l'autorité parentale", "Tutrice", "Curateur", "Mandataire judiciaire"]


def decision(text: str, patients):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(list(patients)))


def paper(subject: str, guardian: str) -> str:
    return (f"Dr Paul LEMOINE — Pédiatre\n\n{subject}\n{guardian}\nOtite moyenne aiguë droite. Amoxicilline pour huit "
            "jours.\nDr Paul LEMOINE")


@pytest.mark.parametrize("patients", [(FATHER,), (FATHER, SON)])
@pytest.mark.parametrize("label", GUARDIAN_LABELS)
def test_the_guardian_who_shares_the_childs_name_is_not_the_patient(label, patients):
    d = decision(paper("Patient : VINCENT Frédéric", f"{label} : VINCENT Frédéric, né le 26/07/1977"), patients)
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("patients", [(MOTHER,), (LEA, MOTHER)])
@pytest.mark.parametrize("role", [
    "Je soussignée Mme VINCENT Claire, née le 14/05/1981,\nEnfant dont je suis la représentante légale : VINCENT Léa, "
    "née le 01/09/2018",
    "Je soussignée Mme VINCENT Claire, née le 14/05/1981,\nagissant en qualité de\nResponsable légale : VINCENT Léa, "
    "née le 01/09/2018",
    "Je soussignée Mme VINCENT Claire, née le 14/05/1981, autorise, en tant que détentrice de l'autorité parentale : "
    "VINCENT Léa, née le 01/09/2018",
])
def test_the_signer_of_a_consent_for_her_child_is_not_filed(role, patients):
    """The child's date in the field counts against the signer (and the child, registered too, is one of two)."""
    d = decision(paper("AUTORISATION DE SOINS", role), patients)
    assert not d.files and d.status == "review"


@pytest.mark.parametrize("label", GUARDIAN_LABELS)
def test_the_child_is_filed_beside_a_guardian_named_without_a_date(label):
    d = decision(paper("Patiente : VINCENT Léa, née le 01/09/2018", f"{label} : Mme VINCENT Claire"), (LEA, MOTHER))
    assert d.files and d.patient_ipp == "C2"
