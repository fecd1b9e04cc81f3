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


@pytest.mark.parametrize("line", ["FEMME : Date de naissance 02/02/1940", "Femme: Née le 02/02/1940",
                                  "FEMME : ne(e) le 02.02.1940"])
@pytest.mark.parametrize("patients", [[A1], [A1, K1]], ids=["A1", "A1+K1"])
def test_a_sex_word_heading_her_birth_label_still_files_her(line, patients):
    """rel_s1701 / rel_s1711 (sexval forms): `FEMME :` before the birth label alone is as often the sex field — as
    on main, her date there still designates her."""
    d = decision(f"Nom : LEGRAND\nPrénom : Jeanne\n{line}", patients)
    assert d.files and d.patient_ipp == "A1"


def test_a_relation_word_heading_the_birth_label_alone_is_left_to_main():
    """`Son fils : Née le <his date>` (brk_rel_s1711's rel3021, with his INS): the date's line holds no name after the
    label; main's decision (his INS files him) stands."""
    reading = read_page("CHEVALIER Pierre, né le 28 novembre 1969\nSon fils : Née le 28/11/1969", today=TODAY)
    mention = [m for m in reading.dates if m.line == 1][0]
    assert not in_a_relation_labels_field(mention, reading)
