"""Evaluate docpipe end to end on a synthetic corpus whose ground truth is known.

Builds a registry and a corpus (devtools.synth), imports the registry, runs `docpipe ingest --json`,
then reports: wrong-patient filings (must be 0), the auto-filing rate over identifiable documents,
the right-type rate, the review reasons, and where the misses are (layout, format, case).

    .venv/bin/python benchmarks/corpus_eval.py                       # 3000 patients, 120 documents, all formats
    .venv/bin/python benchmarks/corpus_eval.py 40 --patients 500 --formats pdf_text,docx --dpi 200

Exit status: 0 when every target is met, 1 otherwise, 3 when docpipe itself could not be run.
"""
from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devtools import synth  # noqa: E402
from devtools.checkout import checkout_environ  # noqa: E402

TARGET_FILING = 0.95
TARGET_TYPE = 0.90


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Évaluation de docpipe sur un corpus synthétique à vérité connue.")
    parser.add_argument("docs", nargs="?", type=int, default=120, help="nombre de documents (défaut : 120)")
    parser.add_argument("--patients", type=int, default=3000, help="taille du registre (défaut : 3000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dpi", type=int, default=300, help="résolution des documents numérisés (défaut : 300)")
    parser.add_argument("--formats", default="", help=f"formats séparés par des virgules parmi : {', '.join(synth.FORMATS)}")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out", help="dossier de travail")
    parser.add_argument("--reuse", action="store_true",
                        help="réutiliser le corpus et le registre déjà générés pour ces paramètres (seule l'ingestion "
                             "est refaite) ; sans corpus existant, il est généré")
    parser.add_argument("--json", dest="json_out", type=Path, help="écrire aussi le résumé en JSON dans ce fichier")
    return parser.parse_args(argv)


# ----------------------------------------------------------------------------------------------
# Running docpipe
# ----------------------------------------------------------------------------------------------

class DocpipeFailed(Exception):
    pass


def docpipe_command() -> list[str]:
    script = Path(sys.executable).parent / "docpipe"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from docpipe.cli import main; sys.exit(main())"]


def run_docpipe(home: Path, *args: str) -> subprocess.CompletedProcess:
    command = [*docpipe_command(), "--home", str(home), *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=checkout_environ())
    if done.returncode not in (0, 1):  # 1 may mean « some documents went to review »
        raise DocpipeFailed(f"{shlex.join(command)} → code {done.returncode}\n{done.stderr.strip()}")
    return done


def parse_json_lines(stdout: str) -> list[dict]:
    outcomes = []
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                outcomes.append(json.loads(line))
            except json.JSONDecodeError:
                print(f"  ligne JSON illisible ignorée : {line[:120]}", file=sys.stderr)
    return outcomes


# ----------------------------------------------------------------------------------------------
# Scoring
# ----------------------------------------------------------------------------------------------

@dataclass
class Verdict:
    truth: dict
    outcome: dict | None

    @property
    def file(self) -> str:
        return self.truth["file"]

    @property
    def status(self) -> str:
        return self.outcome.get("status", "?") if self.outcome else "absent"

    @property
    def patient(self) -> str | None:
        return self.outcome.get("patient") if self.outcome else None

    @property
    def wrong_patient(self) -> bool:
        return self.status in ("filed", "duplicate") and self.patient is not None \
            and self.patient != self.truth["expected_patient"]

    @property
    def filed_right(self) -> bool:
        return self.status == "filed" and self.patient == self.truth["expected_patient"]

    @property
    def as_expected(self) -> bool:
        expected = self.truth["expected_status"]
        if expected == "filed":
            return self.filed_right
        if expected == "duplicate":
            return self.status == "duplicate" and not self.wrong_patient
        return self.status == "review"

    @property
    def type_checked(self) -> bool:
        return self.outcome is not None and self.truth["case"] != "corrupt" and self.truth["expected_status"] != "duplicate"

    @property
    def right_type(self) -> bool:
        return self.type_checked and self.outcome.get("doc_type") == self.truth["expected_type"]


def swap_duplicate_pairs(truth: dict[str, dict], got: dict[str, dict]) -> None:
    """Which copy docpipe sees first is its business: if it filed the copy and held the original as
    the duplicate, the two expectations are swapped."""
    for name, entry in list(truth.items()):
        original = entry.get("duplicate_of")
        if not original or original not in truth:
            continue
        if got.get(name, {}).get("status") == "filed" and got.get(original, {}).get("status") == "duplicate":
            truth[name] = {**entry, "expected_status": truth[original]["expected_status"]}
            truth[original] = {**truth[original], "expected_status": "duplicate", "duplicate_of": name}


def condition(entry: dict) -> str:
    """How the pages reached docpipe: the scanner's or fax's conditions that make OCR hard."""
    degradation = entry.get("degradation") or {}
    if degradation.get("fax"):
        return f"fax {degradation.get('dpi') or 200} dpi"
    if degradation.get("grey_paper"):
        return "papier gris bruité"
    if degradation.get("photo"):
        return "photo"
    return "scan" if degradation else "numérique (texte, docx, pdf)"


def score(entries: list[dict], outcomes: list[dict]) -> list[Verdict]:
    truth = {e["file"]: {**e, "condition": condition(e)} for e in entries}
    got = {Path(str(o.get("source", ""))).name: o for o in outcomes}
    swap_duplicate_pairs(truth, got)
    return [Verdict(entry, got.get(name)) for name, entry in truth.items()]


def reason_text(outcome: dict) -> str:
    reason = outcome.get("reason")
    if isinstance(reason, dict):
        reason = reason.get("code") or reason.get("rule") or reason.get("message") or json.dumps(reason, ensure_ascii=False)
    return str(reason or outcome.get("evidence", {}).get("rule") or "(sans motif)")


def summarise(verdicts: list[Verdict]) -> dict:
    identifiable = [v for v in verdicts if v.truth["expected_status"] == "filed"]
    typed = [v for v in verdicts if v.type_checked]
    misses = [v for v in identifiable if not v.filed_right]
    return {
        "documents": len(verdicts),
        "absent": [v.file for v in verdicts if v.outcome is None],
        "wrong_patient": [v for v in verdicts if v.wrong_patient],
        "identifiable": len(identifiable),
        "filed_right": sum(v.filed_right for v in identifiable),
        "filing_rate": sum(v.filed_right for v in identifiable) / len(identifiable) if identifiable else 1.0,
        "typed": len(typed),
        "type_rate": sum(v.right_type for v in typed) / len(typed) if typed else 1.0,
        "review_expected_ok": sum(v.as_expected for v in verdicts if v.truth["expected_status"] == "review"),
        "review_expected": sum(v.truth["expected_status"] == "review" for v in verdicts),
        "misses": misses,
        "type_misses": [v for v in typed if not v.right_type],
        "second_reading": second_reading_cost(verdicts),
    }


def second_reading_cost(verdicts: list[Verdict]) -> dict:
    """What the second reading cost (pages OCRed again, seconds) and what it gained (documents filed)."""
    made = [(v, (v.outcome.get("evidence") or {}).get("second_reading")) for v in verdicts if v.outcome]
    made = [(v, m) for v, m in made if m and m.get("preparations")]
    return {
        "documents": len(made),
        "pages": sum(len(m["pages"]) * len(m["preparations"]) for _, m in made),
        "seconds": round(sum(m.get("seconds", 0) for _, m in made), 1),
        "filed": sum(bool(m.get("kept")) for _, m in made),
        "filed_right": sum(bool(m.get("kept")) and v.filed_right for v, m in made),
    }


# ----------------------------------------------------------------------------------------------
# Report
# ----------------------------------------------------------------------------------------------

def percent(x: float) -> str:
    return f"{100 * x:.1f} %"


def print_breakdown(title: str, verdicts: list[Verdict], key: str, summary: dict) -> None:
    filing_misses = Counter(v.truth[key] for v in summary["misses"])
    type_misses = Counter(v.truth[key] for v in summary["type_misses"])
    wrong = Counter(v.truth[key] for v in summary["wrong_patient"])
    totals = Counter(v.truth[key] for v in verdicts)
    expected_ok = Counter(v.truth[key] for v in verdicts if v.as_expected)
    print(f"\n{title:<22} {'docs':>5} {'attendu':>8} {'non classés':>12} {'type faux':>10} {'MAUVAIS PATIENT':>16}")
    for value in sorted(totals, key=lambda k: (-filing_misses[k] - type_misses[k] - 10 * wrong[k], k)):
        print(f"{value:<22} {totals[value]:>5} {expected_ok[value]:>8} {filing_misses[value]:>12} "
              f"{type_misses[value]:>10} {wrong[value]:>16}")


def print_report(verdicts: list[Verdict], summary: dict, commands: list[str], timings: dict) -> None:
    print("\n=== docpipe — évaluation sur corpus synthétique ===")
    print(f"Documents : {summary['documents']}   (identifiables : {summary['identifiable']}, "
          f"revue attendue : {summary['review_expected']})")
    if summary["absent"]:
        print(f"SANS RÉSULTAT de docpipe : {len(summary['absent'])} — {', '.join(summary['absent'][:10])}")
    wrong = summary["wrong_patient"]
    print(f"\nCLASSEMENTS DANS LE MAUVAIS DOSSIER : {len(wrong)}  (objectif : 0)")
    for v in wrong:
        expected = v.truth["expected_patient"] or "revue"
        evidence = json.dumps(v.outcome.get("evidence", {}), ensure_ascii=False)[:200]
        print(f"  ✗ {v.file}  [{v.truth['case']}, {v.truth['layout']}, {v.truth['format']}]  "
              f"attendu {expected}, classé {v.patient}  {evidence}")
    print(f"\nClassement automatique (documents identifiables) : {summary['filed_right']}/{summary['identifiable']} "
          f"= {percent(summary['filing_rate'])}  (objectif ≥ {percent(TARGET_FILING)})")
    print(f"Type de document juste : {summary['typed'] - len(summary['type_misses'])}/{summary['typed']} "
          f"= {percent(summary['type_rate'])}  (objectif ≥ {percent(TARGET_TYPE)})")
    print(f"Revues attendues obtenues : {summary['review_expected_ok']}/{summary['review_expected']}")
    cost = summary["second_reading"]
    print(f"Seconde lecture : {cost['documents']} document(s), {cost['pages']} page(s) relue(s) en "
          f"{cost['seconds']:.1f} s ; classés grâce à elle : {cost['filed']} (dont au bon patient : "
          f"{cost['filed_right']})")

    reviews = [v for v in verdicts if v.status == "review"]
    print("\nMotifs de mise en revue (attendue / classement manqué) :")
    expected_reasons = Counter(reason_text(v.outcome) for v in reviews if v.truth["expected_status"] == "review")
    missed_reasons = Counter(reason_text(v.outcome) for v in reviews if v.truth["expected_status"] == "filed")
    for reason in sorted(set(expected_reasons) | set(missed_reasons), key=lambda r: -(expected_reasons[r] + missed_reasons[r])):
        print(f"  {expected_reasons[reason]:>4} / {missed_reasons[reason]:<4} {reason}")

    print_breakdown("Par mise en page", verdicts, "layout", summary)
    print_breakdown("Par format", verdicts, "format", summary)
    print_breakdown("Par cas", verdicts, "case", summary)
    print_breakdown("Par condition", verdicts, "condition", summary)
    notes = Counter(note.split(" (page")[0] for v in verdicts if v.status == "filed"
                    for note in (v.outcome.get("evidence") or {}).get("notes", []))
    if notes:
        print("\nNotes de preuve sur les documents classés :")
        for note, count in notes.most_common():
            print(f"  {count:>4}  {note}")
    if summary["misses"]:
        print("\nClassements manqués :")
        for v in summary["misses"]:
            print(f"  - {v.file}  [{v.truth['case']}, {v.truth['layout']}, {v.truth['format']}] → {v.status} : "
                  f"{reason_text(v.outcome) if v.outcome else 'aucun résultat'}")
    if summary["type_misses"]:
        print("\nTypes faux :")
        for v in summary["type_misses"]:
            print(f"  - {v.file}  [{v.truth['layout']}, {v.truth['format']}] attendu {v.truth['expected_type']}, "
                  f"obtenu {v.outcome.get('doc_type')}")
    print(f"\nGénération {timings['generate']:.0f} s, import {timings['import']:.1f} s, "
          f"ingestion {timings['ingest']:.0f} s ({timings['ingest'] / max(1, summary['documents']):.1f} s par document)")
    print("\nReproduire :")
    for command in commands:
        print(f"  {command}")


def targets_met(summary: dict) -> bool:
    return (not summary["wrong_patient"] and not summary["absent"] and summary["filing_rate"] >= TARGET_FILING
            and summary["type_rate"] >= TARGET_TYPE)


def summary_json(summary: dict) -> dict:
    def brief(v: Verdict) -> dict:
        return {"file": v.file, "case": v.truth["case"], "layout": v.truth["layout"], "format": v.truth["format"],
                "expected_patient": v.truth["expected_patient"], "status": v.status, "patient": v.patient}
    return {**{k: v for k, v in summary.items() if k not in ("wrong_patient", "misses", "type_misses")},
            "wrong_patient": [brief(v) for v in summary["wrong_patient"]],
            "misses": [brief(v) for v in summary["misses"]],
            "type_misses": [brief(v) for v in summary["type_misses"]]}


# ----------------------------------------------------------------------------------------------

def reused_corpus(corpus_dir: Path, registry_csv: Path) -> list[dict] | None:
    """The entries of a corpus generated by an earlier run (its manifest), or None when there is none.
    The caller must pass the same size, seed, dpi and formats: the run directory is named after them."""
    manifest = corpus_dir / "manifest.json"
    if not (manifest.is_file() and registry_csv.is_file()):
        return None
    return [{"file": name, **entry} for name, entry in json.loads(manifest.read_text(encoding="utf-8")).items()]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    formats = [f.strip() for f in args.formats.split(",") if f.strip()] or None
    run_dir = args.out / f"corpus-{args.patients}p-{args.docs}d-s{args.seed}"
    corpus_dir, home, registry_csv = run_dir / "corpus", run_dir / "home", run_dir / "registry.csv"
    started = time.monotonic()
    entries = reused_corpus(corpus_dir, registry_csv) if args.reuse else None
    if entries is None:
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        patients = synth.make_registry(args.patients, args.seed)
        synth.write_registry_csv(patients, registry_csv)
        entries = synth.make_corpus(corpus_dir, patients, args.docs, args.seed, dpi=args.dpi, formats=formats)
        print(f"Corpus : {len(entries)} documents dans {corpus_dir}, registre de {len(patients)} patients")
    else:
        shutil.rmtree(home, ignore_errors=True)
        print(f"Corpus réutilisé : {len(entries)} documents dans {corpus_dir}, registre {registry_csv}")
    timings = {"generate": time.monotonic() - started}

    if not (ROOT / "docpipe" / "cli" / "__init__.py").exists():
        print("docpipe/cli/ est absent : corpus généré, évaluation impossible.", file=sys.stderr)
        return 3
    try:
        run_docpipe(home, "init")
        started = time.monotonic()
        run_docpipe(home, "patients", "import", str(registry_csv))
        timings["import"] = time.monotonic() - started
        (home / "inbox").mkdir(parents=True, exist_ok=True)
        for entry in entries:
            shutil.copy2(corpus_dir / entry["file"], home / "inbox" / entry["file"])
        started = time.monotonic()
        done = run_docpipe(home, "ingest", "--json")
        timings["ingest"] = time.monotonic() - started
    except DocpipeFailed as failure:
        print(f"docpipe a échoué : {failure}", file=sys.stderr)
        return 3
    if done.stderr.strip():
        print(f"(stderr de docpipe ingest : {done.stderr.strip()[:500]})", file=sys.stderr)

    verdicts = score(entries, parse_json_lines(done.stdout))
    summary = summarise(verdicts)
    commands = [shlex.join([sys.executable, *sys.argv]),
                f"docpipe --home {shlex.quote(str(home))} patients import {shlex.quote(str(registry_csv))}",
                f"docpipe --home {shlex.quote(str(home))} ingest --json   # après copie de {corpus_dir} dans inbox/"]
    print_report(verdicts, summary, commands, timings)
    if args.json_out:
        args.json_out.write_text(json.dumps(summary_json(summary), ensure_ascii=False, indent=1), encoding="utf-8")
    met = targets_met(summary)
    print("\nObjectifs atteints." if met else "\nOBJECTIFS NON ATTEINTS.")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
