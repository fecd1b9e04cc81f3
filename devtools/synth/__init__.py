"""Synthetic registry and document corpus with ground truth, for tests, `docpipe demo` and evaluation.

Everything here is fictitious and seeded: the same seed gives the same people and the same
documents, and every document carries « DOCUMENT FICTIF — DÉMONSTRATION ».

The ground truth of a document (`oracle.expected_outcome`) is decided from what is *printed* on it, the
way a careful secretary would: it is filed only when it names exactly one registry patient with
conclusive evidence (exact birth date + birth or used name + first given name, or a valid INS of one
patient with nothing printed against it). Anything else goes to review.

Modules: `names` (names, places, INS, registry), `oracle` (ground truth), `rendering` (page model,
PDF, images, docx, txt), `layouts` (what documents say, one layout per kind), `corpus` (cases,
planning, writing with a manifest), `demo`. Needs the `demo` extra (reportlab).
"""

from .corpus import (
    CORRUPT_KINDS, FORMATS, IMAGE_FORMATS, DocumentSpec, build_pages, build_sheet, make_corpus, manifest_entry,
    plan_corpus, plan_document, render_document, write_documents,
)
from .demo import seed_demo
from .layouts import LAYOUTS, IdentityStyle, displayed_birth_date
from .names import ins_key_is_valid, make_ins, make_registry, nir_key, write_registry_csv
from .oracle import PrintedIdentity, expected_outcome
from .rendering import FICTION_MARK

__all__ = [
    "CORRUPT_KINDS", "FORMATS", "IMAGE_FORMATS", "DocumentSpec", "build_pages", "build_sheet", "make_corpus",
    "manifest_entry", "plan_corpus", "plan_document", "render_document", "write_documents", "seed_demo", "LAYOUTS",
    "IdentityStyle", "displayed_birth_date", "ins_key_is_valid", "make_ins", "make_registry", "nir_key",
    "write_registry_csv", "PrintedIdentity", "expected_outcome", "FICTION_MARK",
]
