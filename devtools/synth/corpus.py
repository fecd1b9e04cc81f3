"""Cases (what each document is meant to test), planning a corpus, and writing its files with a
manifest of the ground truth.
"""
from __future__ import annotations

import io
import json
import random
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from PIL import Image
from reportlab.pdfgen import canvas as pdf_canvas

from docpipe.models import DocType, Patient, split_first_names

from .names import _draw_person, _norm, _other_surname, ins_key_is_valid, make_ins
from .oracle import PrintedIdentity, expected_outcome
from .rendering import (
    FICTION_MARK, PAGE_H, PAGE_W, PT, Degradation, Draw, Sheet, Text, _encoded, _font, _pdf_draw, degrade_page, paginate,
    render_docx, render_page_image, render_pdf, render_scan_pdf, render_searchable_scan_pdf, render_tiff, render_txt,
)
from .layouts import LAYOUTS, IdentityStyle, _DocContext, _fax_cover, _to_ascii, displayed_birth_date, format_ins


CORPUS_START, CORPUS_END = date(2023, 1, 2), date(2025, 10, 31)  # dates of the documents themselves


# ----------------------------------------------------------------------------------------------
# Cases: what each document is meant to test, and its ground truth
# ----------------------------------------------------------------------------------------------

FORMATS = ("pdf_text", "pdf_scan", "pdf_scan_ocr", "png", "jpeg", "tiff", "fax", "docx", "txt_utf8", "txt_cp1252")
IMAGE_FORMATS = frozenset({"pdf_scan", "pdf_scan_ocr", "png", "jpeg", "tiff", "fax"})
SINGLE_IMAGE_FORMATS = frozenset({"png", "jpeg"})
PAGED_FORMATS = frozenset({"pdf_text", "pdf_scan", "pdf_scan_ocr", "tiff", "fax"})
TEXT_FORMATS = frozenset({"docx", "txt_utf8", "txt_cp1252"})


@dataclass(frozen=True)
class DocumentSpec:
    """One document to generate, and what docpipe is expected to do with it."""

    file_name: str
    case: str
    layout: str
    format: str
    doc_type: DocType
    expected_status: str  # "filed", "review" or "duplicate"
    expected_patient: str | None
    subject: PrintedIdentity | None = None  # what the document prints (None: no identity at all)
    patient: Patient | None = None  # the registry patient it is really about, if any
    second_subject: PrintedIdentity | None = None  # two patients in one scan: page 2
    second_patient: Patient | None = None
    second_layout: str = ""
    style: IdentityStyle = field(default_factory=IdentityStyle)
    degradation: Degradation | None = None
    doc_date: date = CORPUS_START
    seed: int = 0
    variants: tuple[str, ...] = ()
    corrupt_kind: str = ""
    duplicate_of: str = ""


@dataclass(frozen=True)
class _CaseDraw:
    status: str
    subject: PrintedIdentity | None
    patient: Patient | None
    layouts: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    second_subject: PrintedIdentity | None = None
    second_patient: Patient | None = None
    formats: tuple[str, ...] = ()  # the formats the case is about (a Word document's paragraphs)


_ALL_IDENTITY_LAYOUTS = tuple(name for name in LAYOUTS if name != "information_sheet")
_LETTER_LAYOUTS = ("referral_letter", "consultation_letter", "discharge_summary", "dictation")
_FIELD_LAYOUTS = ("lab_result", "consultation_side", "anaesthesia_form", "prescription", "imaging_report")
_ONE_PAGE_LAYOUTS = ("consultation_inline", "consultation_side", "imaging_report", "prescription", "anaesthesia_form",
                     "lab_result", "referral_letter", "certificate")
_NO_IDENTITY_LAYOUTS = ("information_sheet", "lab_result", "prescription", "referral_letter")


class _Planner:
    """The registry seen from the cases: who is married, who has twins, homonyms, an INS…"""

    def __init__(self, patients: list[Patient], rng: random.Random):
        self.patients, self.rng = patients, rng
        self.married = [p for p in patients if p.used_name and p.sex == "F"]
        self.with_ins = [p for p in patients if p.ins]
        self.corsican = [p for p in self.with_ins if p.ins[5:7] in ("2A", "2B")]
        self.several_given = [p for p in patients if len(split_first_names(p.first_names)) > 1]
        by_birth = _groups(patients, lambda p: (_norm(p.birth_name), p.birth_date))
        self.twins = [g for g in by_birth if len({_norm(p.first_given_name) for p in g}) == len(g)]
        by_name = _groups(patients, lambda p: (_norm(p.birth_name), _norm(p.first_given_name)))
        self.homonyms = [g for g in by_name if len({p.birth_date for p in g}) == len(g)]
        self.exact = _groups(patients, lambda p: (_norm(p.birth_name), _norm(p.first_given_name), p.birth_date))
        self.layout_use: dict[str, int] = {}
        self.format_use: dict[str, int] = {}
        self.case_use: dict[str, int] = {}
        self.corrupt_kinds: list[str] = []
        self.empty_file_planned = False

    def printed(self, p: Patient, *, names: str = "", first: str | None = None, dob: date | None | bool = True,
                ins: str | None = None) -> PrintedIdentity:
        """What a document typically prints about `p`; each keyword forces one trait."""
        r = self.rng
        names = names or self._name_form(p)
        shown = {"used": {"name": p.used_name}, "both": {"birth_name": p.birth_name, "used_name": p.used_name},
                 "birth_qualified": {"birth_name": p.birth_name}}.get(names, {"name": p.birth_name})
        given = split_first_names(p.first_names)
        if first is None:
            first = " ".join(given) if len(given) > 1 and r.random() < 0.3 else given[0]
            if "-" in given[0] and r.random() < 0.12:
                first = first.replace("-", " ", 1)  # an all-capitals system that lost the hyphen
        if ins is None:
            ins = p.ins if r.random() < 0.15 else ""
        ipp_roll = r.random()
        ipp = p.ipp if ipp_roll < 0.08 else (str(r.randint(100_000_000, 999_999_999)) if ipp_roll < 0.33 else "")
        return PrintedIdentity(**shown, first_names=first, birth_date=p.birth_date if dob is True else (dob or None),
                               sex=p.sex, ins=ins, ipp=ipp, birth_place=p.birth_place)

    def _name_form(self, p: Patient) -> str:
        if p.used_name:
            return self.rng.choices(("used", "both", "birth"), (0.35, 0.45, 0.2))[0]
        return self.rng.choices(("birth", "birth_qualified"), (0.75, 0.25))[0]

    def anyone(self) -> Patient:
        return self.rng.choice(self.patients)


def _groups(patients: list[Patient], key: Callable[[Patient], tuple]) -> list[list[Patient]]:
    grouped: dict[tuple, list[Patient]] = {}
    for p in patients:
        grouped.setdefault(key(p), []).append(p)
    return [g for g in grouped.values() if len(g) > 1]


def _filed(pl: _Planner, p: Patient, printed: PrintedIdentity, **more) -> _CaseDraw:
    return _CaseDraw("filed", printed, p, **more)


def _case_traits(pl):
    p = pl.anyone()
    return _filed(pl, p, pl.printed(p))


def _case_used_name(pl):
    p = pl.rng.choice(pl.married) if pl.married else None
    return p and _filed(pl, p, pl.printed(p, names="used"))


def _case_birth_and_used_name(pl):
    p = pl.rng.choice(pl.married) if pl.married else None
    return p and _filed(pl, p, pl.printed(p, names="both"))


def _case_ins(pl):
    p = pl.rng.choice(pl.with_ins) if pl.with_ins else None
    return p and _filed(pl, p, pl.printed(p, ins=p.ins, dob=pl.rng.random() < 0.6))


def _case_ins_corsica(pl):
    p = pl.rng.choice(pl.corsican) if pl.corsican else None
    return p and _filed(pl, p, pl.printed(p, ins=p.ins))


def _case_twin_named(pl):
    p = pl.rng.choice(pl.rng.choice(pl.twins)) if pl.twins else None
    return p and _filed(pl, p, pl.printed(p, ins=""))


def _case_homonym_dated(pl):
    p = pl.rng.choice(pl.rng.choice(pl.homonyms)) if pl.homonyms else None
    return p and _filed(pl, p, pl.printed(p, names="birth" if not p.used_name else "", ins=""))


def _case_third_parties(pl):
    p = pl.anyone()
    return _filed(pl, p, pl.printed(p), layouts=_LETTER_LAYOUTS, variants=("third_parties",))


def _case_multi_page(pl):
    p = pl.anyone()
    return _filed(pl, p, pl.printed(p), layouts=("discharge_summary", "discharge_summary", "lab_result"),
                  variants=("multi_page",))


def _case_unknown_person(pl):
    r = pl.rng
    d = _draw_person(r)
    if r.random() < 0.4:  # namesake of a registry patient, born another day
        q = pl.anyone()
        d.birth_name, d.given, d.sex = q.birth_name, split_first_names(q.first_names), q.sex
    if d.sex == "F" and d.birth_date.year < 2000 and r.random() < 0.5:
        d.used_name = _other_surname(d.birth_name, r)
    ins = make_ins(d.sex, d.birth_date, d.place[1], d.place[2], r.randint(1, 999)) if r.random() < 0.2 else ""
    stranger = Patient("", d.birth_name, " ".join(d.given), d.birth_date, d.sex, d.used_name, ins, d.place[0])
    return _CaseDraw("review", pl.printed(stranger, ins=ins), None)


def _case_dob_conflict(pl):
    p = pl.anyone()
    return _CaseDraw("review", pl.printed(p, dob=_near_date(p.birth_date, pl.rng), ins=""), p)


def _case_twins_unnamed(pl):
    if not pl.twins:
        return None
    pair = pl.rng.choice(pl.twins)
    p = pair[0]
    printed = replace(pl.printed(p, first="", ins=""), sex=p.sex if len({q.sex for q in pair}) == 1 else "")
    return _CaseDraw("review", printed, p)


def _case_name_only(pl):
    p = pl.anyone()
    return _CaseDraw("review", pl.printed(p, dob=None, ins=""), p)


def _case_date_only(pl):
    p = pl.anyone()
    return _CaseDraw("review", PrintedIdentity(birth_date=p.birth_date, sex=p.sex), p, layouts=_FIELD_LAYOUTS)


def _case_near_miss_name(pl):
    p = pl.anyone()
    printed = pl.printed(p, ins="")
    field_name = next(f for f in ("name", "used_name", "birth_name") if getattr(printed, f))
    return _CaseDraw("review", replace(printed, **{field_name: _one_letter_off(getattr(printed, field_name), pl.rng)}), p)


def _case_two_patients(pl):
    a = pl.anyone()
    namesakes = [q for q in pl.patients if q is not a and _norm(q.birth_name) == _norm(a.birth_name)]
    b = pl.rng.choice(namesakes) if namesakes and pl.rng.random() < 0.5 else pl.anyone()
    if b is a:
        return None
    return _CaseDraw("review", pl.printed(a), a, layouts=_ONE_PAGE_LAYOUTS, second_subject=pl.printed(b), second_patient=b)


def _case_no_identity(pl):
    return _CaseDraw("review", None, None, layouts=_NO_IDENTITY_LAYOUTS)


def _case_ins_bad_key(pl):
    p = pl.rng.choice(pl.with_ins) if pl.with_ins else None
    return p and _CaseDraw("review", pl.printed(p, ins=_broken_key(p.ins, pl.rng), dob=pl.rng.random() < 0.7), p)


def _case_ins_twin_mismatch(pl):
    """Twins' INS differ by a few digits: the document shows one twin's traits and the other's INS."""
    pairs = [g for g in pl.twins if all(q.ins for q in g)]
    if not pairs:
        return None
    a, b = pl.rng.sample(pl.rng.choice(pairs), 2)
    return _CaseDraw("review", pl.printed(a, ins=b.ins), a)


def _case_exact_homonyms(pl):
    if not pl.exact:
        return None
    p = pl.rng.choice(pl.rng.choice(pl.exact))
    return _CaseDraw("review", pl.printed(p, names="birth", first=p.first_given_name, ins=""), p)


def _case_other_given_name(pl):
    """Named by a later given name (the one in daily use), not the first one."""
    p = pl.rng.choice(pl.several_given) if pl.several_given else None
    return p and _CaseDraw("review", pl.printed(p, first=split_first_names(p.first_names)[1], ins=""), p)


def _case_ins_unreadable(pl):
    """An INS field printed but smudged: no evidence, the traits decide."""
    p = pl.rng.choice(pl.with_ins) if pl.with_ins else None
    return p and _filed(pl, p, pl.printed(p, ins=_smudged_ins(p.ins, pl.rng)))


def _case_ins_misprint(pl):
    """The patient's INS with one digit misprinted or misread (its key fails), every other trait exact."""
    p = pl.rng.choice(pl.with_ins) if pl.with_ins else None
    return p and _filed(pl, p, pl.printed(p, ins=_one_digit_off(p.ins, pl.rng)))


def _case_ins_own_line(pl):
    """The patient's own INS on a line of its own, away from the name."""
    p = pl.rng.choice(pl.with_ins) if pl.with_ins else None
    return p and _filed(pl, p, pl.printed(p, ins=p.ins), variants=("ins_apart",))


def _case_label_paragraph(pl):
    """A Word document: a label paragraph (`Patient :`) followed by a body paragraph."""
    p = pl.anyone()
    return _filed(pl, p, pl.printed(p), layouts=_LETTER_LAYOUTS, variants=("label_paragraph",),
                  formats=("docx", "docx", "txt_utf8"))


def _case_registry_doctors(pl):
    """Letterhead doctors who are registry patients, read with a speck or a quote before `Dr`."""
    p = pl.anyone()
    return _filed(pl, p, pl.printed(p), layouts=_LETTER_LAYOUTS, variants=("registry_doctors", "dr_junk"))


@dataclass(frozen=True)
class _Case:
    weight: float
    build: Callable[[_Planner], _CaseDraw | None] | None


CASES: dict[str, _Case] = {
    # the document can be filed
    "traits": _Case(22, _case_traits),
    "used_name": _Case(6, _case_used_name),
    "birth_and_used_name": _Case(7, _case_birth_and_used_name),
    "ins": _Case(6, _case_ins),
    "ins_corsica": _Case(2, _case_ins_corsica),
    "twin_named": _Case(3, _case_twin_named),
    "homonym_dated": _Case(5, _case_homonym_dated),
    "third_parties": _Case(7, _case_third_parties),
    "multi_page": _Case(7, _case_multi_page),
    "ins_unreadable": _Case(3, _case_ins_unreadable),
    "ins_misprint": _Case(3, _case_ins_misprint),
    "ins_own_line": _Case(2, _case_ins_own_line),
    "label_paragraph": _Case(3, _case_label_paragraph),
    "registry_doctors": _Case(3, _case_registry_doctors),
    # the document must go to review
    "unknown_person": _Case(4, _case_unknown_person),
    "dob_conflict": _Case(4, _case_dob_conflict),
    "twins_unnamed": _Case(2.5, _case_twins_unnamed),
    "name_only": _Case(3, _case_name_only),
    "date_only": _Case(1.5, _case_date_only),
    "near_miss_name": _Case(3, _case_near_miss_name),
    "two_patients": _Case(2.5, _case_two_patients),
    "no_identity": _Case(2.5, _case_no_identity),
    "ins_bad_key": _Case(1.5, _case_ins_bad_key),
    "ins_twin_mismatch": _Case(1, _case_ins_twin_mismatch),
    "exact_homonyms": _Case(1, _case_exact_homonyms),
    "other_given_name": _Case(1.5, _case_other_given_name),
    "corrupt": _Case(3, None),
    "duplicate": _Case(2.5, None),
}


def _near_date(born: date, rng: random.Random) -> date:
    """Day and month swapped, or one digit off."""
    while True:
        if born.day <= 12 and born.day != born.month and rng.random() < 0.4:
            candidate = date(born.year, born.day, born.month)
        else:
            digits = list(born.strftime("%d%m%Y"))
            i = rng.choice((0, 1, 3, 6, 7))
            digits[i] = str((int(digits[i]) + rng.choice((1, -1, 2))) % 10)
            try:
                candidate = date(int("".join(digits[4:])), int("".join(digits[2:4])), int("".join(digits[:2])))
            except ValueError:
                continue
        if candidate != born and candidate <= date(2022, 12, 31):
            return candidate


_LOOKALIKE = {"T": "D", "D": "T", "S": "Z", "Z": "S", "N": "M", "M": "N", "C": "K", "I": "Y", "Y": "I", "E": "A",
              "A": "E", "L": "R", "R": "L", "U": "O", "O": "U", "B": "P", "P": "B", "G": "J", "V": "F", "F": "V"}


def _one_letter_off(name: str, rng: random.Random) -> str:
    """DUPONT → DUPOND, ROUSSEAU → ROUSEAU, MOREL → MORELL."""
    positions = [i for i, c in enumerate(name) if i > 0 and "A" <= c.upper() <= "Z"]
    while True:
        i = rng.choice(positions)
        letter, roll = name[i], rng.random()
        if roll < 0.6:
            swapped = _LOOKALIKE.get(letter.upper(), "E")
            changed = name[:i] + (swapped if letter.isupper() else swapped.lower()) + name[i + 1:]
        elif roll < 0.8:
            changed = name[:i] + name[i + 1:]
        else:
            changed = name[:i] + letter + name[i:]
        if _norm(changed) != _norm(name) and len(_norm(changed)) >= 3:
            return changed


def _broken_key(ins: str, rng: random.Random) -> str:
    key = int(ins[13:])
    wrong = key
    while wrong == key or not 1 <= wrong <= 97:
        wrong = key + rng.choice((-10, -9, -1, 1, 9, 10))
    return f"{ins[:13]}{wrong:02d}"


_DIGIT_LOOKALIKES = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z"}


def _smudged_ins(ins: str, rng: random.Random) -> str:
    """Three digits printed unreadably: a lookalike letter where there is one (OCR may read it back as the
    digit, never as another), else a blot."""
    digits = list(ins)
    for i in rng.sample(range(1, 15), 3):
        digits[i] = _DIGIT_LOOKALIKES.get(digits[i], "#")
    return "".join(digits)


def _one_digit_off(ins: str, rng: random.Random) -> str:
    """One digit of the INS (its body or its key) printed or read wrong: the key no longer holds."""
    positions = [i for i, c in enumerate(ins) if c.isdigit() and i > 0]
    while True:
        i = rng.choice(positions)
        changed = ins[:i] + str((int(ins[i]) + rng.randint(1, 9)) % 10) + ins[i + 1:]
        if not ins_key_is_valid(changed):
            return changed


def _as_intended(draw: _CaseDraw, patients: list[Patient]) -> bool:
    if draw.subject is None or draw.second_subject is not None:
        return True
    outcome = expected_outcome(draw.subject, patients)
    if draw.status == "filed":
        return outcome == ("filed", draw.patient.ipp)
    return outcome[0] == "review"


# ----------------------------------------------------------------------------------------------
# Planning a corpus
# ----------------------------------------------------------------------------------------------

LAYOUT_WEIGHTS = {"consultation_inline": 3, "consultation_side": 3, "lab_result": 4, "imaging_report": 3,
                  "referral_letter": 4, "consultation_letter": 3, "discharge_summary": 2, "operative_report": 1.5,
                  "prescription": 2, "dictation": 2.5, "anaesthesia_form": 1, "certificate": 1, "information_sheet": 1}

_FILE_PATTERNS = {
    "pdf_text": ("doc_{i:04d}.pdf", "CR_{i:04d}.pdf", "resultats_{i:04d}.pdf", "{i:04d}_courrier.pdf", "export_{i:04d}.PDF"),
    "pdf_scan": ("SCAN{i:04d}.PDF", "scan_{i:04d}.pdf", "Numérisation_{i:04d}.pdf", "doc{i:04d}.pdf"),
    "pdf_scan_ocr": ("SCAN{i:04d}.PDF", "scan_{i:04d}_ocr.pdf", "Numérisation_{i:04d}.pdf"),
    "png": ("capture_{i:04d}.png", "IMG{i:04d}.PNG"),
    "jpeg": ("IMG_{i:04d}.jpg", "photo_{i:04d}.jpeg", "IMG_{i:04d}.JPG"),
    "tiff": ("scan_{i:04d}.tif", "SCAN{i:04d}.TIFF"),
    "fax": ("fax_{i:04d}.tif", "FAX{i:04d}.pdf", "fax_{i:04d}.tiff"),
    "docx": ("courrier_{i:04d}.docx", "CR consultation {i:04d}.docx"),
    "txt_utf8": ("dictee_{i:04d}.txt", "transcription_{i:04d}.txt"),
    "txt_cp1252": ("DICT{i:04d}.TXT", "dictee_{i:04d}.txt"),
}
CORRUPT_KINDS = {"empty": "scan_{i:04d}.pdf", "truncated_pdf": "resultats_{i:04d}.pdf",
                 "html_as_pdf": "telechargement_{i:04d}.pdf", "truncated_jpeg": "IMG_{i:04d}.jpg",
                 "old_word_doc": "courrier_{i:04d}.docx", "encrypted_pdf": "resultats_protégés_{i:04d}.pdf"}


def plan_corpus(patients: list[Patient], n_docs: int, seed: int, formats=None) -> list[DocumentSpec]:
    rng = random.Random(seed)
    planner = _Planner(patients, rng)
    allowed = tuple(f for f in FORMATS if f in set(formats or FORMATS))
    if not allowed:
        raise ValueError(f"aucun format connu parmi {formats!r} (formats : {', '.join(FORMATS)})")
    specs: list[DocumentSpec] = []
    for index in range(1, n_docs + 1):
        specs.append(plan_document(planner, index, _choose_case(planner, specs), allowed, specs))
    return specs


def _choose_case(pl: _Planner, previous: list[DocumentSpec]) -> str:
    available = [c for c in CASES if c != "duplicate" or any(s.expected_status == "filed" for s in previous)]
    # A case not seen yet weighs more, so that small corpora still show the variety.
    weights = [CASES[c].weight * (3 if not pl.case_use.get(c) else 1) for c in available]
    return pl.rng.choices(available, weights)[0]


def plan_document(pl: _Planner, index: int, case: str, allowed, previous: list[DocumentSpec],
                  layout: str | None = None, fmt: str | None = None) -> DocumentSpec:
    pl.case_use[case] = pl.case_use.get(case, 0) + 1
    if case == "duplicate":
        return _plan_duplicate(pl, index, previous)
    if case == "corrupt":
        return _plan_corrupt(pl, index)
    draw = _draw_case(pl, case)
    if draw is None:
        case, draw = "traits", _draw_case(pl, "traits")
    layout = layout or _choose_layout(pl, draw.layouts or _ALL_IDENTITY_LAYOUTS, case, allowed)
    fmt = fmt or _choose_format(pl, layout, case, tuple(f for f in draw.formats if f in allowed) or allowed)
    pl.layout_use[layout] = pl.layout_use.get(layout, 0) + 1
    pl.format_use[fmt] = pl.format_use.get(fmt, 0) + 1
    r = pl.rng
    style = _draw_style(r, draw.subject, fmt)
    variants = draw.variants + _identity_variants(draw.subject, draw.patient, style)
    if fmt == "fax" and r.random() < 0.4:
        variants += ("fax_cover",)
    born = [s.birth_date for s in (draw.subject, draw.second_subject) if s and s.birth_date]
    return DocumentSpec(
        file_name=r.choice(_FILE_PATTERNS[fmt]).format(i=index), case=case, layout=layout, format=fmt,
        doc_type=LAYOUTS[layout].doc_type, expected_status=draw.status,
        expected_patient=draw.patient.ipp if draw.status == "filed" else None,
        subject=draw.subject, patient=draw.patient, second_subject=draw.second_subject,
        second_patient=draw.second_patient, second_layout=_second_layout(pl, layout) if draw.second_subject else "",
        style=style, degradation=_draw_degradation(fmt, r), doc_date=_draw_doc_date(r, max(born, default=None)),
        seed=r.randrange(2**31), variants=variants)


def _draw_case(pl: _Planner, case: str) -> _CaseDraw | None:
    """The case's ground truth is checked against the registry; an unlucky draw is drawn again."""
    for _ in range(40):
        draw = CASES[case].build(pl)
        if draw is None:
            return None
        if _as_intended(draw, pl.patients):
            return draw
    return None


def _compatible(fmt: str, layout: str, case: str) -> bool:
    if case == "two_patients":
        return fmt in PAGED_FORMATS
    if fmt in SINGLE_IMAGE_FORMATS:
        return not (LAYOUTS[layout].multi_page or case == "multi_page")
    return True


def _choose_layout(pl: _Planner, candidates, case: str, allowed) -> str:
    usable = [name for name in candidates if any(_compatible(f, name, case) for f in allowed)]
    if not usable:
        usable = [name for name in _ALL_IDENTITY_LAYOUTS if any(_compatible(f, name, case) for f in allowed)]
    weights = [LAYOUT_WEIGHTS[name] / (1 + pl.layout_use.get(name, 0)) for name in usable]
    return pl.rng.choices(usable, weights)[0]


def _choose_format(pl: _Planner, layout: str, case: str, allowed) -> str:
    usual = {f: w for f, w in LAYOUTS[layout].formats.items() if f in allowed and _compatible(f, layout, case)}
    options = usual or {f: 1.0 for f in allowed if _compatible(f, layout, case)}
    names = list(options)
    weights = [options[f] / (1 + pl.format_use.get(f, 0)) ** 1.5 for f in names]
    return pl.rng.choices(names, weights)[0]


def _second_layout(pl: _Planner, first: str) -> str:
    same_type = [name for name in _ONE_PAGE_LAYOUTS if LAYOUTS[name].doc_type == LAYOUTS[first].doc_type]
    return pl.rng.choice(same_type)


def _draw_style(rng: random.Random, subject: PrintedIdentity | None, fmt: str) -> IdentityStyle:
    born = subject.birth_date if subject else None
    date_formats = ["slash"] * 5 + ["dot", "dash", "nopad", "long", "long"]
    if born and 1935 <= born.year <= 2005:
        date_formats.append("short_year")
    return IdentityStyle(
        order=rng.choice(("last_first", "last_first", "first_last")),
        caps=rng.choices(("surname", "all", "none"), (6, 2, 1))[0],
        civility=rng.choices(("short", "long", "mr", "none"), (5, 2, 1, 2))[0],
        date_format=rng.choice(date_formats),
        date_label=rng.choices(("ne_le", "neutral", "ddn", "full", "naiss", "paren"), (4, 2, 2, 3, 1, 1))[0],
        ins_format=rng.choice(("spaced", "spaced", "dotted", "plain", "key_apart")),
        married=rng.choices(("nee", "epouse"), (4, 1))[0],
        ascii=rng.random() < (0.35 if fmt in ("fax", "txt_cp1252") else 0.1),
        curly_apostrophe=rng.random() < (0.3 if fmt == "docx" else 0.05),
        first_names_commas=rng.random() < 0.3)


def _identity_variants(printed: PrintedIdentity | None, patient: Patient | None, style: IdentityStyle) -> tuple[str, ...]:
    if printed is None:
        return ()
    flags = {
        "ascii": style.ascii, "all_first_names": len(split_first_names(printed.first_names)) > 1,
        "hyphen_lost": bool(patient and "-" in patient.first_given_name and "-" not in printed.first_names.split(" ")[0]
                            and _norm(printed.first_names).startswith(_norm(patient.first_given_name))),
        "birth_and_used_name": bool(printed.birth_name and printed.used_name),
        "used_name_only": bool(patient and printed.name and printed.name == patient.used_name),
        "ins_shown": bool(printed.ins), "own_ipp": bool(patient and printed.ipp == patient.ipp),
        "foreign_ipp": bool(printed.ipp and not (patient and printed.ipp == patient.ipp)),
        f"date:{style.date_format}": bool(printed.birth_date),
    }
    return tuple(name for name, on in flags.items() if on)


def _draw_degradation(fmt: str, r: random.Random) -> Degradation | None:
    if fmt not in IMAGE_FORMATS:
        return None
    if fmt == "fax":
        return Degradation(rotation=r.uniform(-1.5, 1.5) if r.random() < 0.5 else 0.0, fax=True,
                           speckle=r.choice((0.0, 0.0003, 0.001)), upside_down=r.random() < 0.04,
                           dpi=150 if r.random() < 0.4 else 0)
    if fmt not in ("jpeg", "fax"):
        return _grey_paper(_scan_degradation(fmt, r), r)
    if fmt == "jpeg":
        photo = r.random() < 0.55
        return Degradation(rotation=r.uniform(-2, 2) if photo or r.random() < 0.4 else 0.0, photo=photo,
                           noise=r.choice((0, 0, 4, 7)), blur=r.choice((0, 0, 0.8)), jpeg_quality=r.randint(45, 85))


def _scan_degradation(fmt: str, r: random.Random) -> Degradation:
    return Degradation(
        rotation=r.uniform(-2, 2) if r.random() < 0.6 else 0.0, upside_down=r.random() < 0.05,
        noise=r.choice((0, 0, 0, 0, 4)) if fmt == "png" else r.choice((0, 0, 0, 3, 6, 9)),
        speckle=r.choice((0, 0, 0, 0.0005, 0.0015)), blur=r.choice((0, 0, 0, 0.7, 1.1)),
        contrast=r.choice((1, 1, 1, 1, 0.75, 0.6)),
        bilevel=r.random() < {"tiff": 0.5, "png": 0.3}.get(fmt, 0.1),
        jpeg_quality=r.randint(35, 80) if fmt.startswith("pdf_scan") else 0)


def _grey_paper(deg: Degradation, r: random.Random) -> Degradation:
    """Recycled or yellowed paper scanned in grey, with the scanner's noise on it."""
    if deg.bilevel or r.random() >= 0.15:
        return deg
    return replace(deg, grey_paper=r.randint(165, 205), noise=max(deg.noise, r.choice((8, 10, 12))), contrast=1.0)


def _draw_doc_date(r: random.Random, born: date | None) -> date:
    start = max(CORPUS_START, born + timedelta(days=30)) if born else CORPUS_START
    return start + timedelta(days=r.randint(0, max(0, (CORPUS_END - start).days)))


def _plan_duplicate(pl: _Planner, index: int, previous: list[DocumentSpec]) -> DocumentSpec:
    copied = {s.duplicate_of for s in previous}
    originals = [s for s in previous if s.expected_status == "filed" and s.file_name not in copied]
    original = pl.rng.choice(originals)
    stem, dot, suffix = original.file_name.rpartition(".")
    name = f"{stem}{pl.rng.choice((' (1)', '_copie', ' - Copie'))}.{suffix}"
    return replace(original, file_name=name, case="duplicate", expected_status="duplicate", duplicate_of=original.file_name)


def _plan_corrupt(pl: _Planner, index: int) -> DocumentSpec:
    if not pl.corrupt_kinds:
        # Each kind once before any comes back; a single empty file, as two would be duplicates of each other.
        kinds = [k for k in CORRUPT_KINDS if k != "empty" or not pl.empty_file_planned]
        pl.corrupt_kinds = pl.rng.sample(kinds, len(kinds))
    kind = pl.corrupt_kinds.pop()
    pl.empty_file_planned |= kind == "empty"
    p = pl.anyone()
    return DocumentSpec(file_name=CORRUPT_KINDS[kind].format(i=index), case="corrupt", layout="corrupt",
                        format="corrupt", doc_type=DocType.OTHER, expected_status="review", expected_patient=None,
                        subject=pl.printed(p), patient=p, seed=pl.rng.randrange(2**31), corrupt_kind=kind,
                        doc_date=_draw_doc_date(pl.rng, p.birth_date))


# ----------------------------------------------------------------------------------------------
# Writing documents
# ----------------------------------------------------------------------------------------------

def build_sheet(spec: DocumentSpec, patients: list[Patient], second: bool = False) -> Sheet:
    if second:
        ctx = _DocContext(spec, patients, second=True)
        sheet = LAYOUTS[spec.second_layout].build(ctx)
    else:
        ctx = _DocContext(spec, patients)
        sheet = _with_variants(LAYOUTS[spec.layout].build(ctx), ctx)
    return sheet.mapped(_to_ascii) if spec.style.ascii else sheet


def _with_variants(sheet: Sheet, ctx: _DocContext) -> Sheet:
    flow = list(sheet.flow)
    if "label_paragraph" in ctx.spec.variants:
        at = max(1, len(flow) // 2)
        flow[at:at] = _label_paragraph(ctx)
    if ctx.ins_apart:
        flow += [Text(""), Text(format_ins(ctx.ins_apart, ctx.style.ins_format), 0.9)]
    return replace(sheet, flow=flow)


def _label_paragraph(ctx: _DocContext) -> list:
    """A label alone in its paragraph, the body in the next one (`Patient :` / `Patient de 67 ans, …`)."""
    label = ctx.rng.choice((ctx.g("Patient :", "Patiente :"), "Histoire de la maladie :", "Anamnèse :", "Patient(e) :"))
    history = ctx.rng.choice(("d'une HTA", "d'une BPCO", "d'un AVC ancien", "d'un SAOS appareillé", "d'une FA"))
    body = ctx.fill(f"{ctx.g('Patient', 'Patiente')} de {ctx.years} ans, aux antécédents {history}, "
                    f"adressé{{e}} pour avis ; {{il}} vit à domicile et reste autonome.")
    return [Text(label, 1.0, bold=True, after=0.4), Text(body)]


def build_pages(spec: DocumentSpec, patients: list[Patient]) -> list[list[Draw]]:
    """Laid-out pages: the document, the second patient's pages, a fax cover, a fax transmission line."""
    pages = paginate(build_sheet(spec, patients))
    if spec.second_subject is not None:
        pages += paginate(build_sheet(spec, patients, second=True))
    if "fax_cover" in spec.variants:
        cover = _fax_cover(_DocContext(spec, patients, seed_offset=17), len(pages) + 1)
        pages = paginate(cover.mapped(_to_ascii) if spec.style.ascii else cover) + pages
    if spec.format == "fax":
        pages = [page + [_fax_line(spec, n, len(pages))] for n, page in enumerate(pages, start=1)]
    return pages


def _fax_line(spec: DocumentSpec, page: int, total: int) -> Draw:
    r = random.Random(spec.seed + 5)
    line = (f"{spec.doc_date:%d/%m/%Y} {r.randint(7, 18):02d}:{r.randint(0, 59):02d}   DE : +33 {r.randint(1, 5)} 00 "
            f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}   P.{page:03d}/{total:03d}")
    return Draw("text", 10.0, 6.0, line, _font("mono", False), 7.5)


def render_document(spec: DocumentSpec, patients: list[Patient], dpi: int = 300) -> tuple[bytes, int]:
    """The file's bytes and its number of pages (laid out on A4 for docx and txt)."""
    if spec.corrupt_kind:
        return _corrupt_bytes(spec, patients), 0
    if spec.format in TEXT_FORMATS:
        sheet = build_sheet(spec, patients)
        data = render_docx(sheet) if spec.format == "docx" else _txt_bytes(sheet, spec)
        return data, len(paginate(sheet))
    pages = build_pages(spec, patients)
    if spec.format == "pdf_text":
        return render_pdf(pages), len(pages)
    deg = spec.degradation or Degradation()
    resolution = min(dpi, deg.dpi or (200 if deg.fax else dpi))
    rng = random.Random(spec.seed + 11)
    images = [degrade_page(render_page_image(d, resolution), deg, rng, n == len(pages) - 1) for n, d in enumerate(pages)]
    return _image_file(spec, images, pages, resolution), len(pages)


def _image_file(spec: DocumentSpec, images: list[Image.Image], pages, dpi: int) -> bytes:
    quality = (spec.degradation.jpeg_quality if spec.degradation else 0) or 75
    if spec.format == "pdf_scan" or (spec.format == "fax" and spec.file_name.lower().endswith(".pdf")):
        return render_scan_pdf(images, dpi, quality)
    if spec.format == "pdf_scan_ocr":
        return render_searchable_scan_pdf(images, pages, quality)
    if spec.format in ("tiff", "fax"):
        return render_tiff(images, dpi)
    if spec.format == "png":
        return _encoded(images[0], "PNG", dpi=(dpi, dpi), optimize=False)
    image = images[0].convert("L") if images[0].mode == "1" else images[0]
    return _encoded(image, "JPEG", quality=quality, dpi=(dpi, dpi))


def _txt_bytes(sheet: Sheet, spec: DocumentSpec) -> bytes:
    r = random.Random(spec.seed + 3)
    text = render_txt(sheet, wrap=r.choice((None, None, 76, 80)))
    if spec.format == "txt_cp1252":
        return text.replace("\n", "\r\n").encode("cp1252", errors="replace")
    return ("\ufeff" if r.random() < 0.2 else "").encode() + text.encode("utf-8")


def _corrupt_bytes(spec: DocumentSpec, patients: list[Patient]) -> bytes:
    """Files that cannot be read. Whatever survives of them carries no patient identity, and each one
    carries its own marker so that two of them are never byte-identical (that would be a duplicate)."""
    kind, r = spec.corrupt_kind, random.Random(spec.seed)
    marker = f"{spec.file_name} {spec.seed:x}".encode()
    blank = replace(spec, subject=None, patient=None, layout="information_sheet", format="pdf_text")
    if kind == "empty":
        return b""
    if kind == "truncated_pdf":
        head, rest = render_pdf(paginate(build_sheet(blank, patients))).split(b"\n", 1)
        marked = head + b"\n%" + marker + b"\n" + rest
        return marked[: len(marked) // 2]
    if kind == "html_as_pdf":
        return ("<!DOCTYPE html><html><head><title>Session expirée</title></head><body><p>Votre session a expiré. "
                f"Veuillez vous reconnecter au portail.</p><!-- {spec.seed:x} --><p>{FICTION_MARK}</p></body></html>").encode()
    if kind == "truncated_jpeg":
        jpeg = _encoded(render_page_image(paginate(build_sheet(blank, patients))[0], 100), "JPEG")
        comment = b"\xff\xfe" + (len(marker) + 2).to_bytes(2, "big") + marker  # a JPEG COM segment
        return (jpeg[:2] + comment + jpeg[2:])[: 700 + len(comment)]
    if kind == "old_word_doc":
        return bytes.fromhex("d0cf11e0a1b11ae1") + r.randbytes(4096)
    return _encrypted_pdf(build_pages(replace(spec, format="pdf_text", layout="lab_result"), patients))


def _encrypted_pdf(pages: list[list[Draw]]) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    buffer = io.BytesIO()
    pdf = pdf_canvas.Canvas(buffer, pagesize=(PAGE_W / PT, PAGE_H / PT), invariant=1,
                            encrypt=StandardEncryption("fictif", canPrint=0))
    for draws in pages:
        for d in draws:
            _pdf_draw(pdf, d)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def manifest_entry(spec: DocumentSpec, pages: int) -> dict:
    entry = {
        "file": spec.file_name, "expected_patient": spec.expected_patient, "expected_status": spec.expected_status,
        "expected_type": spec.doc_type.value, "layout": spec.layout, "format": spec.format, "case": spec.case,
        "pages": pages, "variants": list(spec.variants),
        "about_patient": spec.patient.ipp if spec.patient and spec.patient.ipp else None,
    }
    if spec.degradation:
        default = Degradation()
        entry["degradation"] = {k: v for k, v in asdict(spec.degradation).items() if v != getattr(default, k)}
    if spec.subject and spec.subject.birth_date:
        entry["printed_birth_date"] = displayed_birth_date(spec.subject, spec.style)
    if spec.second_patient:
        entry["second_patient"] = spec.second_patient.ipp
        entry["second_layout"] = spec.second_layout
    if spec.corrupt_kind:
        entry["corrupt_kind"] = spec.corrupt_kind
    if spec.duplicate_of:
        entry["duplicate_of"] = spec.duplicate_of
    return entry


def write_documents(specs: list[DocumentSpec], patients: list[Patient], out_dir: Path, dpi: int = 300) -> list[dict]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, pages_of = [], {}
    for spec in specs:
        if spec.duplicate_of:
            data, pages = (out_dir / spec.duplicate_of).read_bytes(), pages_of[spec.duplicate_of]
        else:
            data, pages = render_document(spec, patients, dpi)
        (out_dir / spec.file_name).write_bytes(data)
        pages_of[spec.file_name] = pages
        entries.append(manifest_entry(spec, pages))
    return entries


def make_corpus(out_dir: Path, patients: list[Patient], n_docs: int, seed: int, dpi: int = 300,
                formats=None) -> list[dict]:
    """Write `n_docs` documents and `manifest.json` (file name → ground truth) into `out_dir`."""
    entries = write_documents(plan_corpus(patients, n_docs, seed, formats), patients, out_dir, dpi)
    manifest = {e["file"]: {k: v for k, v in e.items() if k != "file"} for e in entries}
    (Path(out_dir) / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return entries
