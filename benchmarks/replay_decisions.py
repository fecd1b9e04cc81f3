#!/usr/bin/env python3
"""Replay the identity decision of every stored document with two docpipe checkouts and list what changes.

    .venv/bin/python benchmarks/replay_decisions.py --base /path/to/main_checkout HOME [HOME …]

Each HOME is a docpipe home that ingested documents (the benchmarks keep theirs: `benchmarks/ood2_eval.py … --out
DIR` leaves DIR/home). For every ingested document whose text is stored, both checkouts read the stored pages again
(typed flags from the stored extraction evidence, the day it was received as « today ») and decide against the home's
registry — identity reading and matching only: no OCR, no second reading, no lab-file cutting. Prints every decision
that differs (document, patient before → after, the base's reason) and the count: how a rule change moves filings on
texts already seen, in seconds instead of a full ingestion.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs inside one checkout (PYTHONPATH): prints {"home#id": [patient or null, reason]} for every stored text.
DECIDE = r'''
import json, sqlite3, sys
from datetime import date
from docpipe import identity, matching
from docpipe.models import PAGE_SEPARATOR, Patient
decisions = {}
for home in sys.argv[1:]:
    db = sqlite3.connect(f"file:{home}/docpipe.db?mode=ro", uri=True)
    patients = [Patient(ipp, birth_name, first_names, date.fromisoformat(birth), sex, used_name=used or "", ins=ins or "")
                for ipp, birth_name, used, first_names, birth, sex, ins in db.execute(
                    "select ipp, birth_name, used_name, first_names, birth_date, sex, ins from patients")]
    index = matching.RegistryIndex.build(patients)
    rows = db.execute("select d.id, t.text, d.evidence, d.received_at from documents d "
                      "join document_text t on t.document_id = d.id where d.origin = 'ingest'")
    for doc_id, text, evidence, received in rows:
        pages = text.split(PAGE_SEPARATOR)
        typed = [p.get("typed", False) for p in json.loads(evidence or "{}").get("extraction", {}).get("pages", [])]
        decision = matching.decide(identity.read_document(pages, date.fromisoformat(received[:10]), typed), index)
        decisions[f"{home}#{doc_id}"] = [decision.patient_ipp if decision.files else None, decision.reason_fr]
print(json.dumps(decisions))
'''


def decisions_of(tree: Path, homes: list[str]) -> dict[str, list]:
    done = subprocess.run([sys.executable, "-c", DECIDE, *homes], capture_output=True, text=True, cwd=tree,
                          env=dict(os.environ, PYTHONPATH=str(tree)))
    if done.returncode:
        sys.exit(f"{tree} : échec du rejeu\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("homes", nargs="+", help="dossiers docpipe dont les textes enregistrés sont rejoués")
    parser.add_argument("--base", type=Path, required=True, help="checkout de référence (main, par exemple)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout mesuré (défaut : celui-ci)")
    args = parser.parse_args()
    homes = [str(Path(home).resolve()) for home in args.homes]
    before = decisions_of(args.base.resolve(), homes)
    after = decisions_of(args.tree.resolve(), homes)
    changed = [key for key in before if before[key][0] != after[key][0]]
    for key in changed:
        print(f"{key}  {before[key][0] or 'revue'} → {after[key][0] or 'revue'}  | {(before[key][1] or '')[:120]}")
    filed = sum(1 for key in changed if after[key][0] and not before[key][0])
    unfiled = sum(1 for key in changed if before[key][0] and not after[key][0])
    print(f"\n{len(before)} textes rejoués, {len(changed)} décisions changées : {filed} classés en plus, {unfiled} "
          f"passés en revue, {len(changed) - filed - unfiled} classés chez un autre patient")
    print("pour reproduire : " + shlex.join([sys.executable, *sys.argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
