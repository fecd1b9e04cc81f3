"""Builds the registry and the documents for one seed and writes them with their ground truth."""
from __future__ import annotations

import json
import random
from pathlib import Path

from .documents import make_document
from .layout import page_text
from .people import make_registry, registry_row, write_registry_csv
from .render import CONDITIONS, Typeface, available_families, degrade, draw_page, write_document


def choose_rendering(rng: random.Random, pages: int, conditions: list[str] | None) -> tuple[str, int, str]:
    allowed = [c for c in CONDITIONS if not conditions or c[0] in conditions]
    condition, dpi, _ = rng.choices(allowed, weights=[w for *_, w in allowed])[0]
    formats = ["pdf", "pdf", "tiff"] + (["png"] if pages == 1 else [])
    return condition, dpi, rng.choice(formats)


def make_corpus(out: Path, docs: int, seed: int, patients: int = 1500, conditions: list[str] | None = None) -> dict:
    """Writes registry.csv, corpus/ and manifest.json under `out`; returns the manifest."""
    registry = make_registry(patients, seed)
    write_registry_csv(registry, out / "registry.csv")
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    families = available_families()
    rng = random.Random(f"ood-corpus-{seed}")
    manifest = {"seed": seed, "patients": patients, "conditions": conditions or [c[0] for c in CONDITIONS],
                "documents": {}}
    for number in range(1, docs + 1):
        doc_id = f"ood-s{seed}-{number:03d}"
        spec = make_document(doc_id, registry, rng)
        condition, dpi, fmt = choose_rendering(rng, len(spec.pages), conditions)
        face = Typeface(rng.choice(families), round(rng.uniform(9.0, 12.0), 1))
        images, renderings = [], []
        for page in spec.pages:
            image, info = degrade(draw_page(page, face), condition, rng)
            images.append(image)
            renderings.append(info)
        path = write_document(images, dpi, corpus / doc_id, fmt)
        related = [registry_row(registry.by_ipp(ipp)) for ipp in spec.related_ipps]
        manifest["documents"][path.name] = {
            "doc_id": doc_id,
            "expected_patient": spec.true_ipp or None,
            "fileable": spec.fileable,
            "case": spec.case,
            "person": {**registry_row(spec.person), "ipp": spec.true_ipp or None},
            "related": related,
            "features": {**spec.features, "rendu": condition, "dpi": dpi, "format": fmt,
                         "police": f"{face.family} {face.points} pt", "degradation": renderings},
            "text": [page_text(page) for page in spec.pages],
        }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest
