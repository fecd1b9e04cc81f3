"""The synthetic registry and corpus: invariants, ground truth, and that every layout renders readably."""
from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
from datetime import date

import pytest
from docx import Document as DocxDocument
from PIL import Image
from pypdf import PdfReader
from stdnum.fr import nir

from docpipe import labresults
from devtools import synth
from devtools.synth import corpus as synth_corpus, names as synth_names
from docpipe.models import DocType, Patient, split_first_names
from devtools.synth import PrintedIdentity, expected_outcome


@pytest.fixture(scope="module")
def registry() -> list[Patient]:
    return synth.make_registry(600, seed=11)


def _key(p: Patient, name: str) -> tuple:
    return (synth_names._norm(name), synth_names._norm(p.first_given_name), p.birth_date)


# -- registry ------------------------------------------------------------------------------------

def test_ipps_are_unique(registry):
    assert len({p.ipp for p in registry}) == len(registry) == 600


def test_ins_are_valid_and_agree_with_sex_and_birth_date(registry):
    with_ins = [p for p in registry if p.ins]
    assert 0.6 < len(with_ins) / len(registry) < 0.8
    for p in with_ins:
        assert nir.is_valid(p.ins) and synth.ins_key_is_valid(p.ins)
        assert p.ins[0] == ("1" if p.sex == "M" else "2")
        assert p.ins[1:3] == f"{p.birth_date.year % 100:02d}" and p.ins[3:5] == f"{p.birth_date.month:02d}"
    assert {p.ins[5:7] for p in with_ins} >= {"2A", "2B"}
    assert len({p.ins for p in with_ins}) == len(with_ins)


def test_registry_holds_twins_homonyms_and_married_women(registry):
    by_birth = Counter((synth_names._norm(p.birth_name), p.birth_date) for p in registry)
    twins = [p for p in registry if by_birth[(synth_names._norm(p.birth_name), p.birth_date)] > 1]
    assert len({p.first_given_name for p in twins}) >= 2
    by_name = Counter((synth_names._norm(p.birth_name), synth_names._norm(p.first_given_name)) for p in registry)
    assert any(n > 1 for n in by_name.values())
    married = [p for p in registry if p.used_name]
    assert len(married) > 60 and all(synth_names._norm(p.used_name) != synth_names._norm(p.birth_name) for p in married)
    assert sum(len(split_first_names(p.first_names)) > 1 for p in registry) > 200
    assert any("-" in p.first_given_name for p in registry)
    assert any(any(c in p.birth_name for c in " '-") for p in registry)


def test_at_most_one_pair_of_exact_homonyms(registry):
    keys = Counter(k for p in registry for k in {_key(p, p.birth_name), *([_key(p, p.used_name)] if p.used_name else [])})
    assert [n for n in keys.values() if n > 1] == [2]


def test_registry_is_deterministic():
    assert synth.make_registry(200, seed=5) == synth.make_registry(200, seed=5)
    assert synth.make_registry(200, seed=5) != synth.make_registry(200, seed=6)


def test_registry_csv(tmp_path, registry):
    path = tmp_path / "registry.csv"
    synth.write_registry_csv(registry, path)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "ipp,birth_name,used_name,first_names,birth_date,sex,ins,birth_place"
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(registry)
    first = rows[0]
    assert first["ipp"] == registry[0].ipp and first["birth_date"] == registry[0].birth_date.isoformat()
    assert {r["sex"] for r in rows} == {"M", "F"}


def test_nir_key_counts_corsica_as_19_and_18():
    assert synth.nir_key("1570375112048") == 97 - 1570375112048 % 97
    assert synth.nir_key("280062A004123") == 97 - 2800619004123 % 97
    assert synth.nir_key("280062B004123") == 97 - 2800618004123 % 97
    assert nir.is_valid(synth.make_ins("F", date(1980, 6, 1), "2B", "033", 7))


# -- ground truth ----------------------------------------------------------------------------------

def _patient(ipp, birth_name, first_names, born, sex="F", used_name="", ins=""):
    return Patient(ipp, birth_name, first_names, born, sex, used_name, ins)


@pytest.fixture()
def small_registry():
    ins = synth.make_ins("F", date(1962, 3, 3), "69", "123", 48)
    return [
        _patient("1", "LEFEBVRE", "Marie Hélène", date(1962, 3, 3), used_name="DURAND", ins=ins),
        _patient("2", "DURAND", "Marie", date(1971, 5, 9)),
        _patient("3", "MARTIN", "Léa", date(2001, 1, 2)),
        _patient("4", "MARTIN", "Zoé", date(2001, 1, 2)),  # Léa's twin
        _patient("5", "DUPONT", "Jean-Pierre", date(1957, 3, 12), sex="M"),
        _patient("6", "N'DIAYE", "Hélène", date(1948, 7, 4)),
        _patient("7", "N'DIAYE", "Hélène", date(1948, 7, 4)),  # exact homonym
    ]


@pytest.mark.parametrize("printed, expected", [
    (PrintedIdentity(name="Durand", first_names="MARIE", birth_date=date(1962, 3, 3)), ("filed", "1")),
    (PrintedIdentity(birth_name="LEFÈVRE", used_name="DURAND", first_names="Marie", birth_date=date(1962, 3, 3)),
     ("review", None)),
    (PrintedIdentity(birth_name="LEFEBVRE", used_name="DURAND", first_names="Marie", birth_date=date(1962, 3, 3)),
     ("filed", "1")),
    (PrintedIdentity(name="DURAND", first_names="Marie", birth_date=date(1971, 5, 9)), ("filed", "2")),
    (PrintedIdentity(name="DURAND", first_names="Marie", birth_date=date(1971, 9, 5)), ("review", None)),
    (PrintedIdentity(name="DURAND", first_names="Hélène", birth_date=date(1962, 3, 3)), ("review", None)),
    (PrintedIdentity(name="MARTIN", first_names="Zoe", birth_date=date(2001, 1, 2)), ("filed", "4")),
    (PrintedIdentity(name="MARTIN", birth_date=date(2001, 1, 2)), ("review", None)),
    (PrintedIdentity(name="DUPONT", first_names="JEAN PIERRE", birth_date=date(1957, 3, 12)), ("filed", "5")),
    (PrintedIdentity(name="DUPONT", first_names="Jean", birth_date=date(1957, 3, 12)), ("review", None)),
    (PrintedIdentity(name="DUPOND", first_names="Jean-Pierre", birth_date=date(1957, 3, 12)), ("review", None)),
    (PrintedIdentity(name="DUPONT", first_names="Jean-Pierre"), ("review", None)),
    (PrintedIdentity(birth_date=date(1957, 3, 12)), ("review", None)),
    (PrintedIdentity(name="N’DIAYE", first_names="Hélène", birth_date=date(1948, 7, 4)), ("review", None)),
    (None, ("review", None)),
])
def test_expected_outcome(small_registry, printed, expected):
    assert expected_outcome(printed, small_registry) == expected


def test_expected_outcome_with_ins(small_registry):
    ins = small_registry[0].ins
    assert expected_outcome(PrintedIdentity(name="DURAND", ins=ins), small_registry) == ("filed", "1")
    broken = synth_corpus._broken_key(ins, random.Random(1))
    assert not synth.ins_key_is_valid(broken)
    two_off = ins[:13] + f"{(int(ins[13]) + 1) % 10}{(int(ins[14]) + 1) % 10}"
    full = dict(name="DURAND", first_names="Marie", birth_date=date(1962, 3, 3))
    assert expected_outcome(PrintedIdentity(**full, ins=two_off), small_registry) == ("review", None)
    assert expected_outcome(PrintedIdentity(name="DURAND", ins=broken), small_registry) == ("review", None)
    assert expected_outcome(PrintedIdentity(name="MARTIN", first_names="Léa", ins=ins), small_registry) == ("review", None)


def test_expected_outcome_with_an_ins_misprinted_by_one_digit_or_unreadable(small_registry):
    ins = small_registry[0].ins
    full = dict(name="DURAND", first_names="Marie", birth_date=date(1962, 3, 3))
    one_off = synth_corpus._one_digit_off(ins, random.Random(3))
    assert sum(a != b for a, b in zip(one_off, ins)) == 1 and not synth.ins_key_is_valid(one_off)
    assert expected_outcome(PrintedIdentity(**full, ins=one_off), small_registry) == ("filed", "1")
    assert expected_outcome(PrintedIdentity(name="DURAND", ins=one_off), small_registry) == ("review", None)
    smudged = synth_corpus._smudged_ins(ins, random.Random(3))
    assert expected_outcome(PrintedIdentity(**full, ins=smudged), small_registry) == ("filed", "1")
    assert expected_outcome(PrintedIdentity(name="DURAND", ins=smudged), small_registry) == ("review", None)


def test_a_misprint_as_close_to_another_patients_ins_is_for_review():
    a = Patient("A", "DUPONT", "Jean", date(1957, 3, 12), "M", ins=synth.make_ins("M", date(1957, 3, 12), "75", "112", 48))
    b = Patient("B", "DUPONT", "Marc", date(1957, 3, 12), "M", ins=synth.make_ins("M", date(1957, 3, 12), "75", "112", 49))
    misprint = a.ins[:12] + "9" + a.ins[13:]  # one from A; B's body with A's key
    printed = PrintedIdentity(name="DUPONT", first_names="Jean", birth_date=date(1957, 3, 12), ins=misprint)
    assert sum(x != y for x, y in zip(misprint, b.ins)) <= 2
    assert expected_outcome(printed, [a, b]) == ("review", None)
    assert expected_outcome(printed, [a]) == ("filed", "A")


# -- rendering -------------------------------------------------------------------------------------

def _one_spec(registry, layout: str, fmt: str, case: str = "traits", seed: int = 3):
    planner = synth_corpus._Planner(registry, random.Random(seed))
    return synth.plan_document(planner, 1, case, synth.FORMATS, [], layout, fmt)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _docx_text(data: bytes) -> str:
    doc = DocxDocument(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]

    def cells(table):
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    cells(inner)
    for table in doc.tables:
        cells(table)
    return "\n".join(parts)


LAYOUT_FORMATS = [(layout, fmt) for layout in synth.LAYOUTS for fmt in synth.FORMATS
                  if synth_corpus._compatible(fmt, layout, "traits")]


@pytest.mark.parametrize("layout, fmt", LAYOUT_FORMATS)
def test_every_layout_renders_readably_in_every_format(registry, layout, fmt):
    case = "no_identity" if layout == "information_sheet" else "traits"
    spec = _one_spec(registry, layout, fmt, case)
    data, pages = synth.render_document(spec, registry, dpi=40)
    assert data and pages >= 1
    birth = synth.displayed_birth_date(spec.subject, spec.style) if spec.subject else ""
    if fmt == "pdf_text" or fmt == "pdf_scan_ocr":
        text = _squash("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))
        assert synth.FICTION_MARK in text
        assert _squash(birth) in text
    elif fmt in ("pdf_scan",) or (fmt == "fax" and spec.file_name.lower().endswith(".pdf")):
        reader = PdfReader(io.BytesIO(data))
        assert len(reader.pages) == pages and not reader.pages[0].extract_text().strip()
    elif fmt == "docx":
        text = _squash(_docx_text(data))
        assert synth.FICTION_MARK in text and _squash(birth) in text
    elif fmt.startswith("txt"):
        text = data.decode("cp1252" if fmt == "txt_cp1252" else "utf-8-sig")
        assert synth.FICTION_MARK in text and _squash(birth) in _squash(text)
    else:
        image = Image.open(io.BytesIO(data))
        image.load()
        assert getattr(image, "n_frames", 1) == pages
        assert 300 < image.width < 400  # A4 at 40 dpi (fax: at most 200 dpi)


def test_single_image_formats_always_hold_one_page(registry):
    planner = synth_corpus._Planner(registry, random.Random(8))
    for index in range(60):
        spec = synth.plan_document(planner, index, "traits", ("png", "jpeg"), [])
        assert len(synth.build_pages(spec, registry)) == 1, spec.layout


def test_scanned_pdf_pages_are_jpeg_images(registry):
    spec = _one_spec(registry, "lab_result", "pdf_scan")
    reader = PdfReader(io.BytesIO(synth.render_document(spec, registry, dpi=40)[0]))
    images = reader.pages[0]["/Resources"]["/XObject"]
    assert any(x.get_object()["/Filter"] in ("/DCTDecode", ["/DCTDecode"]) for x in images.values())


def test_multi_page_discharge_summary_repeats_identity_or_nothing(registry):
    planner = synth_corpus._Planner(registry, random.Random(4))
    headers = set()
    for index in range(12):
        spec = synth.plan_document(planner, index, "multi_page", ("pdf_text",), [], "discharge_summary")
        pages = synth.build_pages(spec, registry)
        assert len(pages) >= 2
        second = [d.text for d in pages[1] if d.kind == "text" and d.y < 24 and d.text != synth.FICTION_MARK]
        headers.add(bool(second))
    assert headers == {True, False}


def test_two_patients_in_one_scan(registry):
    spec = _one_spec(registry, "lab_result", "tiff", case="two_patients")
    assert spec.expected_status == "review" and spec.second_patient and spec.second_patient != spec.patient
    pages = synth.build_pages(spec, registry)
    assert len(pages) >= 2


def test_corrupt_files_cannot_be_read(registry):
    planner = synth_corpus._Planner(registry, random.Random(2))
    kinds = {}
    while len(kinds) < len(synth.CORRUPT_KINDS):
        spec = synth.plan_document(planner, len(kinds), "corrupt", synth.FORMATS, [])
        kinds[spec.corrupt_kind] = synth.render_document(spec, registry)[0]
    assert kinds["empty"] == b""
    assert PdfReader(io.BytesIO(kinds["encrypted_pdf"])).is_encrypted
    with pytest.raises(Exception):
        Image.open(io.BytesIO(kinds["truncated_jpeg"])).load()
    assert not kinds["html_as_pdf"].startswith(b"%PDF")


# -- corpus ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory, registry):
    out = tmp_path_factory.mktemp("corpus")
    entries = synth.make_corpus(out, registry, n_docs=70, seed=21, dpi=40)
    return out, entries


def test_manifest_matches_the_files(corpus, registry):
    out, entries = corpus
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    files = {p.name for p in out.iterdir()} - {"manifest.json"}
    assert set(manifest) == files == {e["file"] for e in entries}
    ipps = {p.ipp for p in registry}
    for name, truth in manifest.items():
        assert truth["expected_status"] in ("filed", "review", "duplicate")
        assert DocType(truth["expected_type"])
        if truth["expected_status"] == "filed":
            assert truth["expected_patient"] in ipps
        elif truth["expected_status"] == "review":
            assert truth["expected_patient"] is None
        else:
            assert (out / name).read_bytes() == (out / truth["duplicate_of"]).read_bytes()


def test_corpus_is_varied(corpus):
    _, entries = corpus
    assert {e["format"] for e in entries} >= set(synth.FORMATS)
    assert len({e["layout"] for e in entries}) >= 11
    assert len({e["case"] for e in entries}) >= 15
    statuses = Counter(e["expected_status"] for e in entries)
    assert statuses["filed"] > statuses["review"] > 5


def test_planned_ground_truth_agrees_with_the_registry(registry):
    for spec in synth.plan_corpus(registry, 150, seed=9):
        if spec.subject is None or spec.second_subject or spec.corrupt_kind or spec.duplicate_of:
            continue
        assert expected_outcome(spec.subject, registry) == (spec.expected_status, spec.expected_patient), spec.case


def test_corpus_is_deterministic(registry):
    first = synth.plan_corpus(registry, 40, seed=13, formats=["pdf_text", "txt_utf8"])
    second = synth.plan_corpus(registry, 40, seed=13, formats=["pdf_text", "txt_utf8"])
    assert first == second
    some = [s for s in first if not s.corrupt_kind and not s.duplicate_of][:5]
    assert [synth.render_document(s, registry)[0] for s in some] == [synth.render_document(s, registry)[0] for s in some]


def test_seed_demo(tmp_path):
    inbox, csv_path = tmp_path / "inbox", tmp_path / "state" / "registry.csv"
    entries = synth.seed_demo(inbox, csv_path, seed=2024)
    assert len(csv_path.read_text(encoding="utf-8").splitlines()) == 41
    lab_files = ["LABO-HPRIM.txt", "resultats-laboratoire.hl7"]
    assert sorted(p.name for p in inbox.iterdir()) == sorted([e["file"] for e in entries] + lab_files)
    registry = csv_path.read_text(encoding="utf-8")
    messages = [m for name in lab_files for m in labresults.parse((inbox / name).read_bytes()).messages]
    surnames = [m.identity.birth_name or m.identity.name for m in messages]
    assert len(messages) == 3 and all(name and name in registry for name in surnames)
    assert all(any(r.is_critical for r in m.results) for m in messages)
    statuses = Counter(e["expected_status"] for e in entries)
    assert statuses["duplicate"] == 1 and 2 <= statuses["review"] <= 4 and statuses["filed"] >= 8
    duplicate = next(e for e in entries if e["expected_status"] == "duplicate")
    assert (inbox / duplicate["file"]).read_bytes() == (inbox / duplicate["duplicate_of"]).read_bytes()


def _flat(text: str) -> str:
    return " ".join(synth_names._norm(text).replace(",", " ").split())


def test_every_trait_the_ground_truth_relies_on_is_printed(registry):
    """The ground truth is computed from PrintedIdentity: the pages must show all of it."""
    for spec in synth.plan_corpus(registry, 250, seed=17, formats=["pdf_text"]):
        if spec.corrupt_kind or spec.duplicate_of or spec.subject is None:
            continue
        text = " ".join(d.text for page in synth.build_pages(spec, registry) for d in page if d.kind == "text")
        flat, compact = _flat(text), "".join(text.split()).replace(".", "")
        for printed in filter(None, (spec.subject, spec.second_subject)):
            where = f"{spec.case}/{spec.layout}"
            for name in printed.surnames:
                assert _flat(name) in flat, where
            if printed.first_names:
                assert _flat(printed.first_names) in flat, where
            if printed.birth_date:
                assert _squash(synth.displayed_birth_date(printed, spec.style)) in _squash(text), where
            if printed.ins:
                assert printed.ins in compact, where


def test_only_declared_duplicates_are_byte_identical(corpus):
    out, entries = corpus
    contents: dict[bytes, list[str]] = {}
    for entry in entries:
        contents.setdefault((out / entry["file"]).read_bytes(), []).append(entry["file"])
    by_name = {e["file"]: e for e in entries}
    for names in contents.values():
        originals = {by_name[n].get("duplicate_of", n) for n in names}
        assert len(originals) == 1, names


# -- the cases of degraded identities ----------------------------------------------------------------

def _planned(registry, case: str, formats: tuple[str, ...], seed: int = 5):
    planner = synth_corpus._Planner(registry, random.Random(seed))
    return [synth.plan_document(planner, i, case, formats, []) for i in range(1, 9)]


def test_a_word_label_paragraph_is_followed_by_a_body_paragraph(registry):
    for spec in _planned(registry, "label_paragraph", ("docx",)):
        assert spec.format == "docx" and spec.expected_status == "filed"
        data, _pages = synth.render_document(spec, registry)
        paragraphs = [p.text for p in DocxDocument(io.BytesIO(data)).paragraphs]
        at = next(i for i, text in enumerate(paragraphs) if text.endswith(" :") and len(text) < 30
                  and paragraphs[i + 1].startswith(("Patient de", "Patiente de")))
        assert " ans, aux antécédents " in paragraphs[at + 1]


def test_the_ins_on_a_line_of_its_own_is_printed_once_away_from_the_identity(registry):
    for spec in _planned(registry, "ins_own_line", ("txt_utf8",)):
        text = synth.render_document(spec, registry)[0].decode("utf-8")
        lines = [line.strip() for line in text.splitlines()]
        shown = [line for line in lines if "".join(line.split()).replace(".", "") == spec.subject.ins]
        assert len(shown) == 1 and sum(spec.subject.ins[-2:] in line for line in lines if "INS" in line) == 0


def test_misprinted_and_smudged_ins_are_filed_by_the_traits(registry):
    for case in ("ins_misprint", "ins_unreadable"):
        for spec in _planned(registry, case, ("pdf_text",)):
            assert spec.expected_status == "filed" and spec.subject.birth_date and spec.subject.first_names
            assert spec.subject.ins != spec.patient.ins and not synth.ins_key_is_valid(spec.subject.ins)


def test_registry_doctors_carry_a_speck_before_their_title(registry):
    specs = _planned(registry, "registry_doctors", ("txt_utf8",))
    texts = [synth.render_document(spec, registry)[0].decode("utf-8") for spec in specs]
    assert any(mark + "Dr" in text for text in texts for mark in ('"', "«", "'", "|", "“", "."))
