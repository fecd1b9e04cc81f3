"""A birth date on a relation label's own line, after the label (`Son mari : LEGRAND, née le 02/02/1940`), stands in
that relative's field: it designates no one, but stays a candidate against any other (`in_a_relation_labels_field`),
as on the line below the label (dd24061). ident20 / review21: `Patiente : LEGRAND Jeanne` / `Son mari : LEGRAND, née
le 02/02/1940` filed the Jeanne born that day, the Jeanne born 2012 registered too — `née`, contrary to `mari`, took the
date out of the husband's reach (`after_a_relation_word`, made for running text). The patient's own date on her own
line, the running text `M. LEGRAND Henri et son épouse, né le …`, and a relative's field with no date keep main's
decision. Pure, no I/O."""
import pytest

from docpipe.identity import read_page
from docpipe.matching import in_a_relation_labels_field
from tests.support.legrand_kit import AUNT as A1, HENRI as H1, HOMONYM as H2, KID as K1, TODAY, decision


@pytest.mark.parametrize("text, inside", [
    ("Patiente : LEGRAND Jeanne\nSon mari : LEGRAND, née le 02/02/1940", True),
    ("Patiente : LEGRAND Jeanne\nMari : LEGRAND, née le 02/02/1940", True),
    ("Patiente : LEGRAND Jeanne, née le 02/02/1940\nSon mari : LEGRAND Paul", False),
    ("M. LEGRAND Henri et son épouse, né le 02/02/1940", False),
    ("Son mari : LEGRAND Paul   Née le 02/02/1940", False),  # beyond a column's gap: another column's field
])
def test_a_date_in_a_relation_labels_field(text, inside):
    reading = read_page(text, today=TODAY)
    birth = [m for m in reading.dates if m.value.year == 1940]
    assert birth and in_a_relation_labels_field(birth[0], reading) is inside


@pytest.mark.parametrize("page", [
    "Patiente : LEGRAND Jeanne\nSon mari : LEGRAND, née le 02/02/1940",
    "Patiente : LEGRAND Jeanne\nMari : LEGRAND, née le 02/02/1940",
    "Patiente : LEGRAND Jeanne\nFrère : LEGRAND, née le 02/02/1940",
    "Nom : LEGRAND   Prénom : Jeanne\nSon mari : LEGRAND, née le 02/02/1940",
])
@pytest.mark.parametrize("patients", [[A1], [A1, K1], [A1, H1]], ids=["A1", "A1+K1", "A1+H1"])
def test_the_date_in_a_husbands_field_files_no_one(page, patients):
    d = decision(page, patients)
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("page", [
    "Patient : LEGRAND Henri\nSon épouse : LEGRAND, né le 02/02/1940",
    "Patient : LEGRAND Henri\nSa soeur : LEGRAND, né le 02/02/1940",
    "Nom : LEGRAND\nPrénom : Henri\nEpouse : LEGRAND, né le 02/02/1940",
])
@pytest.mark.parametrize("patients", [[H1], [H1, A1], [H1, H2]], ids=["H1", "H1+A1", "H1+H2"])
def test_the_date_in_a_wifes_or_sisters_field_files_no_one(page, patients):
    d = decision(page, patients)
    assert not d.files and d.patient_ipp is None


@pytest.mark.parametrize("patients", [[A1], [A1, K1], [A1, H1]], ids=["A1", "A1+K1", "A1+H1"])
def test_her_own_date_on_her_own_line_still_files_her(patients):
    d = decision("Patiente : LEGRAND Jeanne, née le 02/02/1940\nSon mari : LEGRAND Paul", patients)
    assert d.files and d.patient_ipp == "A1"


@pytest.mark.parametrize("patients", [[H1], [H1, A1], [H1, H2]], ids=["H1", "H1+A1", "H1+H2"])
def test_running_text_with_his_participle_still_files_him(patients):
    d = decision("M. LEGRAND Henri et son épouse, né le 02/02/1940, vus ce jour.", patients)
    assert d.files and d.patient_ipp == "H1"
