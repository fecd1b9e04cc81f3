"""The demo: a small registry and a dozen varied documents, quick to OCR.
"""
from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from docpipe.models import Patient

from .names import make_registry, write_registry_csv
from .corpus import DocumentSpec, FORMATS, _Planner, plan_document, write_documents


# ----------------------------------------------------------------------------------------------
# The demo: a small registry and a dozen varied documents, quick to OCR
# ----------------------------------------------------------------------------------------------

DEMO_PLAN = (
    ("traits", "consultation_side", "pdf_text"),
    ("birth_and_used_name", "lab_result", "pdf_text"),
    ("third_parties", "referral_letter", "pdf_scan"),
    ("traits", "dictation", "docx"),
    ("used_name", "dictation", "txt_cp1252"),
    ("traits", "prescription", "jpeg"),
    ("multi_page", "discharge_summary", "pdf_text"),
    ("ins", "imaging_report", "png"),
    ("twin_named", "operative_report", "docx"),
    ("twins_unnamed", "consultation_inline", "pdf_text"),
    ("unknown_person", "lab_result", "pdf_text"),
    ("dob_conflict", "referral_letter", "docx"),
    ("duplicate", None, None),
)


def plan_demo(patients: list[Patient], seed: int) -> list[DocumentSpec]:
    planner = _Planner(patients, random.Random(seed))
    specs: list[DocumentSpec] = []
    for index, (case, layout, fmt) in enumerate(DEMO_PLAN, start=1):
        spec = plan_document(planner, index, case, FORMATS, specs, layout, fmt)
        specs.append(_gentle(spec))
    return specs


def _gentle(spec: DocumentSpec) -> DocumentSpec:
    """Demo scans stay legible: upright, little noise, so that the demo is quick and convincing."""
    if not spec.degradation:
        return spec
    gentle = replace(spec.degradation, upside_down=False, noise=min(spec.degradation.noise, 3), blur=0.0, speckle=0.0,
                     contrast=1.0, bilevel=False, rotation=max(-1.0, min(1.0, spec.degradation.rotation)))
    return replace(spec, degradation=gentle)


def seed_demo(home_inbox: Path, registry_csv: Path, seed: int = 2024, patient_count: int = 40,
              dpi: int = 200) -> list[dict]:
    """Write a demo registry CSV and drop ~12 documents (a few for review, one duplicate) in the inbox.
    Returns the ground truth of each document (nothing else is written to the inbox)."""
    registry = make_registry(patient_count, seed)
    Path(registry_csv).parent.mkdir(parents=True, exist_ok=True)
    write_registry_csv(registry, Path(registry_csv))
    truth = write_documents(plan_demo(registry, seed), registry, Path(home_inbox), dpi)
    write_lab_files(registry, Path(home_inbox))
    return truth


def write_lab_files(registry: list[Patient], inbox: Path) -> None:
    """What a laboratory sends by secure messaging: one HL7 batch (two patients, a critical potassium) and
    one HPRIM Net report, for registry patients with a unique name and birth date."""
    from datetime import date

    from docpipe.labresults import samples

    unique = [p for p in registry
              if sum((q.birth_name, q.birth_date) == (p.birth_name, p.birth_date) for q in registry) == 1]
    reports = [samples.SampleReport(_lab_patient(p, n), exam_date=date.today()) for n, p in enumerate(unique[:3])]
    messages = [samples.hl7_message(report, control_id=f"DEMO{n}") for n, report in enumerate(reports[:2])]
    (inbox / "resultats-laboratoire.hl7").write_bytes(samples.hl7_file(messages))
    (inbox / "LABO-HPRIM.txt").write_bytes(samples.hprim_net_file(reports[2:]))


def _lab_patient(patient: Patient, serial: int):
    from docpipe.labresults import samples

    first = patient.first_names.replace(",", " ").split()
    return samples.SamplePatient(patient.birth_name, " ".join(first), patient.birth_date, patient.sex,
                                 used_name=patient.used_name, ins=patient.ins, lab_id=f"L{serial:04d}")
