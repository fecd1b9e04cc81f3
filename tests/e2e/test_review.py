"""The review API (docpipe/review.py) on documents filed by the real pipeline: text files and born-digital
PDFs, so no OCR is needed and this stays fast."""
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from docpipe import audit, review
from docpipe.cli import main
from docpipe.config import Home
from docpipe.models import DocType, Origin, Patient, State, Status
from docpipe.store import Store
from cli_kit import HOMONYMS, UNKNOWN

REGISTRY = """ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place
P001,DUPONT,,Jean Pierre,1957-03-12,M,,
P003,LEROY,,Sophie,1975-05-20,F,,
P010,LEFEBVRE,,Marie,1950-01-15,F,,
P011,LEFEBVRE,,Marie,1982-09-30,F,,
"""
PAGES = [
    ["LABORATOIRE DES TILLEULS", "COMPTE RENDU D'ANALYSES DE BIOLOGIE MEDICALE", "Patient : DUPONT Jean Pierre",
     "Ne le 12/03/1957", "Hemoglobine : 13,5 g/dL", "Leucocytes : 6,2 G/L"],
    ["COMPTE RENDU DE CONSULTATION", "Madame LEROY Sophie, nee le 20/05/1975, vue ce jour en consultation.",
     "Examen clinique sans particularite. Tension arterielle 12/8."],
    ["COMPTE RENDU DE CONSULTATION", "Madame LEROY Sophie, nee le 20/05/1975, revue ce jour.",
     "Conclusion : suivi habituel."],
]


def run(home: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--home", str(home), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def write_pdf(path: Path, pages: list[list[str]]) -> None:
    pdf = canvas.Canvas(str(path))
    for lines in pages:
        for number, line in enumerate(lines):
            pdf.drawString(60, 780 - 18 * number, line)
        pdf.showPage()
    pdf.save()


@pytest.fixture(scope="module")
def template_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("review") / "home"
    run(home, "init")
    registry = home.parent / "registry.csv"
    registry.write_text(REGISTRY, encoding="utf-8")
    run(home, "patients", "import", str(registry))
    (home / "inbox" / "homonyme.txt").write_text(HOMONYMS, encoding="utf-8")
    (home / "inbox" / "inconnu.txt").write_text(UNKNOWN, encoding="utf-8")
    write_pdf(home / "inbox" / "liasse.pdf", PAGES)
    run(home, "ingest")
    return home


@pytest.fixture
def desk(template_home, tmp_path):
    """(home, store, {source name: document}) on a copy of the template home."""
    root = tmp_path / "home"
    shutil.copytree(template_home, root)
    home = Home.resolve(root)
    store = Store(home.database)
    by_name = {d.source_name: d for d in review.pending(store)}
    yield home, store, by_name
    store.close()


def test_the_queue_is_oldest_first_with_limit_offset_and_count(desk):
    _home, store, by_name = desk
    assert set(by_name) == {"homonyme.txt", "inconnu.txt", "liasse.pdf"}
    everything = review.pending(store)
    assert review.count_pending(store) == 3
    assert [d.id for d in review.pending(store, limit=2)] == [d.id for d in everything[:2]]
    assert [d.id for d in review.pending(store, limit=2, offset=2)] == [everything[2].id]
    assert all(d.status == Status.REVIEW and d.state == State.DONE for d in everything)
    assert review.item(store, everything[0].id) == everything[0]
    with pytest.raises(review.ReviewError):
        review.item(store, 999)


def test_comparison_gives_a_verdict_per_trait_for_each_candidate(desk):
    _home, store, by_name = desk
    view = review.comparison(store, by_name["homonyme.txt"])
    assert set(view.traits) == set(review.TRAITS)
    assert view.traits["birth_date"] == []
    candidates = {c.patient.ipp: c.verdicts for c in view.candidates}
    assert set(candidates) == {"P010", "P011"}
    for verdicts in candidates.values():
        assert verdicts["birth_name"] is True and verdicts["first_names"] is True
        assert verdicts["birth_date"] is None and verdicts["ins"] is None  # not read: neither match nor contradict


def test_comparison_says_false_for_a_contradicted_trait(desk):
    _home, store, by_name = desk
    view = review.comparison(store, by_name["liasse.pdf"])
    verdicts = {c.patient.ipp: c.verdicts for c in view.candidates}
    assert verdicts["P001"]["birth_date"] is True and verdicts["P003"]["birth_date"] is True
    assert review.comparison(store, by_name["inconnu.txt"]).traits["birth_date"] == ["1980-02-02"]


def test_homonyms_without_birth_date_need_a_confirmation_naming_the_other(desk):
    home, store, by_name = desk
    scan = by_name["homonyme.txt"]
    with pytest.raises(review.AmbiguousAssignment) as refused:
        review.assign(home, store, scan.id, "P010", "secrétaire")
    assert [p.ipp for p in refused.value.others] == ["P011"]
    assert "P011" in refused.value.message_fr
    assert store.document(scan.id).status == Status.REVIEW  # nothing moved
    with pytest.raises(review.AmbiguousAssignment):
        review.assign(home, store, scan.id, "P010", "secrétaire", confirm_ipp="P010")  # naming the chosen one
    filed = review.assign(home, store, scan.id, "p010", "secrétaire", confirm_ipp="P011")
    assert filed.status == Status.FILED and filed.patient_ipp == "P010" and filed.state == State.DONE
    assert filed.stored_path.startswith("archive/P010_LEFEBVRE_Marie/")
    assert (home.root / filed.stored_path).is_file() and not (home.root / scan.stored_path).exists()
    assert json.loads((home.root / f"{filed.stored_path}.json").read_text())["patient"] == "P010"
    [entry] = [e for e in audit.entries(store) if e["action"] == "review_assigned"]
    assert entry["actor"] == "secrétaire" and entry["details"]["confirmed_against"] == ["P011"]


def test_a_contradiction_is_refused_and_force_needs_a_reason(desk):
    home, store, by_name = desk
    unknown = by_name["inconnu.txt"]
    with pytest.raises(review.ContradictedAssignment) as refused:
        review.assign(home, store, unknown.id, "P003", "secrétaire")
    assert refused.value.problems and "motif" in refused.value.message_fr
    for empty in ("", "   "):
        with pytest.raises(review.ReviewError, match="motif"):
            review.assign(home, store, unknown.id, "P003", "secrétaire", force_reason=empty)
    assert store.document(unknown.id).status == Status.REVIEW
    forced = review.assign(home, store, unknown.id, "P003", "dr.martin",
                           force_reason="Nom de jeune fille, confirmé par téléphone")
    assert forced.status == Status.FILED and forced.patient_ipp == "P003"
    assert forced.evidence["assignment"]["forced_reason"] == "Nom de jeune fille, confirmé par téléphone"
    [entry] = [e for e in audit.entries(store) if e["action"] == "review_assigned"]
    assert entry["actor"] == "dr.martin" and entry["details"]["forced"] is True
    assert entry["details"]["reason"] == "Nom de jeune fille, confirmé par téléphone"
    assert audit.verify(store) == []


def test_reject_keeps_the_reason_as_typed_and_the_file(desk):
    home, store, by_name = desk
    unknown = by_name["inconnu.txt"]
    rejected = review.reject(home, store, unknown.id, "secrétaire", "Patient d'un autre cabinet")
    assert rejected.status == Status.REJECTED and rejected.reason == "Patient d'un autre cabinet"
    assert (home.root / rejected.stored_path).is_file()
    assert review.count_pending(store) == 2
    [entry] = [e for e in audit.entries(store) if e["action"] == "review_rejected"]
    assert entry["actor"] == "secrétaire" and entry["details"]["reason"] == "Patient d'un autre cabinet"
    with pytest.raises(review.ReviewError):
        review.reject(home, store, unknown.id, "secrétaire", "encore")


def test_retype_in_review_and_once_filed(desk):
    home, store, by_name = desk
    scan = by_name["homonyme.txt"]
    retyped = review.retype(home, store, scan.id, "imaging_report", "secrétaire")
    assert retyped.doc_type == DocType.IMAGING_REPORT and retyped.stored_path == scan.stored_path
    filed = review.assign(home, store, scan.id, "P010", "secrétaire", confirm_ipp="P011")
    assert "_imaging_report_" in filed.stored_path
    again = review.retype(home, store, scan.id, DocType.LAB_RESULT, "secrétaire")
    assert "_lab_result_" in again.stored_path and (home.root / again.stored_path).is_file()
    assert not (home.root / filed.stored_path).exists()
    assert json.loads((home.root / f"{again.stored_path}.json").read_text())["doc_type"] == "lab_result"
    assert [e["details"]["to"] for e in audit.entries(store) if e["action"] == "retyped"] == \
        ["imaging_report", "lab_result"]
    with pytest.raises(review.ReviewError):
        review.retype(home, store, scan.id, "recette", "secrétaire")


def test_split_files_each_part_by_the_same_rules_and_keeps_the_container(desk):
    home, store, by_name = desk
    bundle = by_name["liasse.pdf"]
    assert bundle.pages == [1, 2, 3]
    parts = review.split(home, store, bundle.id, [(1, 1), (2, 3)], "secrétaire")
    assert [(p.part, p.patient_ipp, p.status) for p in parts] == \
        [("page 1", "P001", Status.FILED), ("pages 2-3", "P003", Status.FILED)]
    assert all(p.origin == Origin.PART and p.parent_id == bundle.id for p in parts)
    assert parts[0].doc_type == DocType.LAB_RESULT
    assert len(PdfReader(home.root / parts[1].stored_path).pages) == 2
    assert "LEROY" in store.text(parts[1].id) and "DUPONT" not in store.text(parts[1].id)
    container = store.document(bundle.id)
    assert container.status == Status.SPLIT and (home.root / container.stored_path).is_file()
    assert [p.id for p in store.parts_of(bundle.id)] == [p.id for p in parts]
    assert review.count_pending(store) == 2


def test_split_refuses_bad_ranges(desk):
    home, store, by_name = desk
    bundle = by_name["liasse.pdf"]
    for ranges in ([(0, 1)], [(2, 4)], [(1, 2), (2, 3)], []):
        with pytest.raises(review.ReviewError, match="Découpage"):
            review.split(home, store, bundle.id, ranges, "secrétaire")
    assert store.parts_of(bundle.id) == []


def test_split_of_a_file_that_cannot_be_cut_files_no_part_and_leaves_the_document_waiting(desk):
    home, store, by_name = desk
    bundle = by_name["liasse.pdf"]
    stored = home.root / bundle.stored_path
    stored.chmod(0o600)
    stored.write_bytes(b"%PDF-1.4\n" + b"\x00" * 64)  # the pages' texts are kept, the file no longer parses
    with pytest.raises(review.ReviewError, match="Découpage impossible"):
        review.split(home, store, bundle.id, [(1, 1), (2, 3)], "secrétaire")
    assert store.parts_of(bundle.id) == []
    assert store.document(bundle.id).status == Status.REVIEW


def test_create_patient_is_audited_and_found_by_search(desk):
    _home, store, _by_name = desk
    luc = Patient("P020", "BERNARD", "Luc", date(1980, 2, 2), "M", ins="180027512345678")
    assert review.create_patient(store, luc, "secrétaire") == luc
    with pytest.raises(review.ReviewError, match="déjà"):
        review.create_patient(store, luc, "secrétaire")
    [entry] = [e for e in audit.entries(store) if e["action"] == "patient_created"]
    assert entry["actor"] == "secrétaire" and entry["patient_ipp"] == "P020"
    assert [p.ipp for p in store.search_patients("bernard")] == ["P020"]
    assert [p.ipp for p in store.search_patients("Lefèbvre MARIE")] == ["P010", "P011"]
    assert [p.ipp for p in store.search_patients("02/02/1980")] == ["P020"]
    assert [p.ipp for p in store.search_patients("p020")] == ["P020"]
    assert [p.ipp for p in store.search_patients("1 80 02 75 123 456 78")] == ["P020"]
    assert store.search_patients("inconnu") == []


def test_a_part_that_goes_to_review_leaves_the_others_filed(desk):
    home, store, by_name = desk
    bundle = by_name["liasse.pdf"]
    mixed, leroy = review.split(home, store, bundle.id, [(1, 2), (3, 3)], "secrétaire")
    assert (mixed.status, mixed.patient_ipp, mixed.part) == (Status.REVIEW, None, "pages 1-2")
    assert mixed.stored_path.startswith("review/") and mixed.reason
    assert (leroy.status, leroy.patient_ipp) == (Status.FILED, "P003")
    assert [d.id for d in review.pending(store) if d.parent_id == bundle.id] == [mixed.id]
    parts_again = review.split(home, store, mixed.id, [(1, 1), (2, 2)], "secrétaire")  # a part may be split again
    assert [p.patient_ipp for p in parts_again] == ["P001", "P003"]
    assert all(p.parent_id == mixed.id for p in parts_again)


def test_trait_verdicts_are_pure_and_say_none_for_what_is_not_read():
    from docpipe import identity
    said = review.DocumentTraits.of(identity.read_document(
        ["Nom de naissance : LEFEBVRE\nPrénom : Marie\nDate de naissance : 15/01/1950\nSexe : F"]))
    marie_1950 = Patient("P010", "LEFEBVRE", "Marie", date(1950, 1, 15), "F")
    marie_1982 = Patient("P011", "LEFEBVRE", "Marie", date(1982, 9, 30), "F")
    paul = Patient("P012", "LEFEBVRE", "Paul", date(1950, 1, 15), "M")
    assert review.trait_verdicts(marie_1950, said) == {"name": None, "birth_name": True, "used_name": None,
                                                       "first_names": True, "birth_date": True, "sex": True,
                                                       "ins": None}
    assert review.trait_verdicts(marie_1982, said)["birth_date"] is False
    assert (review.trait_verdicts(paul, said)["first_names"], review.trait_verdicts(paul, said)["sex"]) == (False, False)


def test_a_single_name_field_is_shown_as_read_and_judged_as_a_whole():
    from docpipe import identity
    said = review.DocumentTraits.of(identity.read_document(["Patient : LEFEBVRE Marie, née le 15/01/1950"]))
    assert said.read["name"] and not said.read["birth_name"] and not said.read["first_names"]
    marie = Patient("P010", "LEFEBVRE", "Marie", date(1950, 1, 15), "F")
    paul = Patient("P012", "LEFEBVRE", "Paul", date(1950, 1, 15), "M")
    dupont = Patient("P013", "DUPONT", "Marie", date(1950, 1, 15), "F")
    assert (review.trait_verdicts(marie, said)["name"], review.trait_verdicts(marie, said)["birth_name"]) == (True, True)
    assert review.trait_verdicts(paul, said)["name"] is None  # the first name has its own row, ✗ there
    assert review.trait_verdicts(paul, said)["first_names"] is None
    assert (review.trait_verdicts(dupont, said)["name"], review.trait_verdicts(dupont, said)["birth_name"]) == (False, False)


@pytest.mark.parametrize("field, split", [
    ("LEFEBVRE Marie", ("LEFEBVRE", "Marie")),
    ("LEFEBVRE Marie, née le 15/01/1950", ("LEFEBVRE", "Marie")),
    ("M. Paul LEFEBVRE né le 15/01/1950", ("LEFEBVRE", "Paul")),
    ("Mme DURAND épouse MARCHAND Claire", ("DURAND épouse MARCHAND Claire", "")),  # not guessed: two names
    ("Jean-Pierre DE LA FONTAINE", ("DE LA FONTAINE", "Jean-Pierre")),
    ("MARTIN-DURAND Anne Sophie", ("MARTIN-DURAND", "Anne Sophie")),
    ("LEFEBVRE MARIE", ("LEFEBVRE MARIE", "")),  # case does not tell: nothing is guessed
    ("Lefebvre Marie", ("Lefebvre Marie", "")),
    ("", ("", "")),
])
def test_a_new_patient_is_proposed_from_a_single_name_field_only_when_case_tells_the_name(field, split):
    assert review.split_full_name(field) == split


def test_traits_are_shown_as_printed_with_their_accents_and_case():
    from docpipe import identity
    said = review.DocumentTraits.of(identity.read_document(
        ["Nom de naissance : LEFÈVRE\nPrénom : Hélène\nSexe : féminin\nNée le 15/01/1950"]))
    assert (said.read["birth_name"], said.read["first_names"]) == (["LEFÈVRE"], ["Hélène"])
    lefevre = Patient("P010", "LEFÈVRE", "Hélène", date(1950, 1, 15), "F")
    assert review.trait_verdicts(lefevre, said)["sex"] is True
