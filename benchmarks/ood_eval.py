"""Out-of-distribution check of docpipe's identity reading, on a corpus written independently of
devtools/synth (devtools/ood): generate N documents and a registry for one seed, import the registry into a
temporary home, run `docpipe ingest --json`, compare with the truth.

    .venv/bin/python benchmarks/ood_eval.py 50 --seed 1
    .venv/bin/python benchmarks/ood_eval.py 50 --seed 2 --findings /tmp/ood_findings

Prints (in French) the wrong-patient filings — the number that matters —, filed / fileable, outsiders
correctly left in review, and for every miss and misfile: document, layout features, docpipe's reason.
Every misfile is saved under --findings (document, truth, docpipe's outcome, registry rows involved)."""
from __future__ import annotations

import argparse
import csv
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools.checkout import checkout_environ  # noqa: E402
from devtools.ood import make_corpus  # noqa: E402


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Évaluation hors distribution de la lecture d'identité.")
    parser.add_argument("docs", type=int, nargs="?", default=50, help="nombre de documents (défaut : 50)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--patients", type=int, default=1500, help="taille du registre (défaut : 1500)")
    parser.add_argument("--rendus", help="rendus permis, séparés par des virgules (numerique_300, scan_gris_200, "
                        "fax_150, fax_200, photocopie_300 ; défaut : tous)")
    parser.add_argument("--out", type=Path, help="dossier de travail (défaut : un dossier temporaire gardé)")
    parser.add_argument("--findings", type=Path, default=Path("/tmp/ood_findings"),
                        help="où ranger les documents mal classés (défaut : /tmp/ood_findings)")
    parser.add_argument("--json", dest="json_out", type=Path, help="écrire aussi le résumé en JSON")
    return parser.parse_args(argv)


def docpipe(home: Path, *args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "docpipe"
    command = [str(script), "--home", str(home), *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=checkout_environ())
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command)} → code {done.returncode}\n{done.stderr.strip()[:2000]}")
    return done


def json_lines(stdout: str) -> list[dict]:
    found = []
    for line in stdout.splitlines():
        if line.strip().startswith("{"):
            try:
                found.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return found


@dataclass
class Verdict:
    file: str
    truth: dict
    outcome: dict | None

    @property
    def status(self) -> str:
        return (self.outcome or {}).get("status", "absent")

    @property
    def patient(self) -> str | None:
        return (self.outcome or {}).get("patient")

    @property
    def filed(self) -> bool:
        return self.status in ("filed", "duplicate") and bool(self.patient)

    @property
    def wrong_patient(self) -> bool:
        return self.filed and self.patient != self.truth["expected_patient"]

    @property
    def filed_right(self) -> bool:
        return self.filed and self.patient == self.truth["expected_patient"]

    @property
    def reason(self) -> str:
        reason = (self.outcome or {}).get("reason")
        if isinstance(reason, dict):
            reason = reason.get("message") or reason.get("code") or json.dumps(reason, ensure_ascii=False)
        return str(reason or "(sans motif)")


def features_line(truth: dict) -> str:
    f = truth["features"]
    parts = [f["layout"], f["rendu"], f["format"], f["police"], f"ordre {f['ordre']}", f"nom {f['casse_nom']}",
             f"date {f['date']}", f"nom utilisé {f['nom_utilise']}", f"{f['pages']} p."]
    for key in ("identite", "relative", "assure", "en_tete_courant"):
        if f.get(key):
            parts.append(f"{key} {f[key]}")
    if f.get("medecins_homonymes_de_patients"):
        parts.append("médecins homonymes de patients : " + ", ".join(f["medecins_homonymes_de_patients"]))
    if f.get("ins_imprime"):
        parts.append("INS imprimé")
    if f.get("ipp_imprime"):
        parts.append("IPP imprimé")
    return " ; ".join(parts)


def registry_rows(registry_csv: Path) -> dict[str, dict]:
    with registry_csv.open(encoding="utf-8", newline="") as source:
        return {row["IPP"]: row for row in csv.DictReader(source, delimiter=";")}


def save_finding(v: Verdict, corpus: Path, rows: dict[str, dict], findings: Path, seed: int, home: Path) -> Path:
    folder = findings / f"seed{seed}" / v.truth["doc_id"]
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(corpus / v.file, folder / v.file)
    involved = {ipp: rows.get(ipp) for ipp in [v.truth["expected_patient"], v.patient,
                                                *[r["ipp"] for r in v.truth["related"]]] if ipp}
    (folder / "finding.json").write_text(json.dumps(
        {"file": v.file, "truth": v.truth, "docpipe": v.outcome, "registry_rows": involved},
        ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / "text.txt").write_text("\n\n=== page suivante ===\n\n".join(v.truth["text"]), encoding="utf-8")
    stored = (v.outcome or {}).get("stored_path")
    if stored:
        read = home / f"{stored}.txt"  # an absolute stored_path stays itself
        if read.is_file():
            shutil.copy2(read, folder / "docpipe_ocr.txt")
    return folder


def report(verdicts: list[Verdict], corpus: Path, registry_csv: Path, findings: Path, seed: int,
           home: Path) -> dict:
    rows = registry_rows(registry_csv)
    fileable = [v for v in verdicts if v.truth["fileable"]]
    outsiders = [v for v in verdicts if v.truth["expected_patient"] is None]
    inconclusive = [v for v in verdicts if v.truth["expected_patient"] and not v.truth["fileable"]]
    wrong = [v for v in verdicts if v.wrong_patient]
    misses = [v for v in fileable if not v.filed_right]
    summary = {
        "seed": seed, "documents": len(verdicts), "wrong_patient": len(wrong),
        "fileable": len(fileable), "filed_right": sum(v.filed_right for v in fileable),
        "outsiders": len(outsiders), "outsiders_in_review": sum(v.status == "review" for v in outsiders),
        "inconclusive": len(inconclusive), "inconclusive_in_review": sum(v.status == "review" for v in inconclusive),
        "absent": [v.file for v in verdicts if v.outcome is None],
    }
    print(f"\n=== Graine {seed} : {len(verdicts)} documents ===")
    print(f"Classés chez le MAUVAIS patient : {len(wrong)}")
    rate = summary["filed_right"] / len(fileable) if fileable else 1.0
    print(f"Classés automatiquement (bon patient) / classables : {summary['filed_right']}/{len(fileable)} ({rate:.0%})")
    print(f"Patients absents du registre laissés en revue : {summary['outsiders_in_review']}/{len(outsiders)}")
    print(f"Identité incomplète à dessein (sans prénom ou sans date) laissée en revue : "
          f"{summary['inconclusive_in_review']}/{len(inconclusive)}")
    for key, label in (("rendu", "rendu"), ("layout", "mise en page")):
        counts = Counter(v.truth["features"][key] for v in fileable)
        right = Counter(v.truth["features"][key] for v in fileable if v.filed_right)
        print(f"  par {label} : " + ", ".join(f"{name} {right[name]}/{n}" for name, n in sorted(counts.items())))
    if summary["absent"]:
        print(f"Sans résultat de docpipe : {', '.join(summary['absent'])}")
    for v in wrong:
        folder = save_finding(v, corpus, rows, findings, seed, home)
        print(f"\n!! MAUVAIS PATIENT {v.truth['doc_id']} ({v.file}) : classé chez {v.patient}, "
              f"vrai patient {v.truth['expected_patient'] or 'absent du registre'} [{v.truth['case']}]")
        print(f"   {features_line(v.truth)}")
        print(f"   registre : {json.dumps(rows.get(v.patient), ensure_ascii=False)}")
        print(f"   {evidence_line(v)}")
        print("   texte :\n      " + v.truth["text"][0].replace("\n", "\n      "))
        print(f"   enregistré dans {folder}")
    if misses:
        print("\nNon classés (classables) :")
    for v in misses:
        print(f"- {v.truth['doc_id']} [{v.truth['case']}] {v.status} : {v.reason}")
        print(f"    {features_line(v.truth)}")
        print(f"    {evidence_line(v)}")
        save_finding(v, corpus, rows, findings / "non-classes", seed, home)
    odd = [v for v in outsiders + inconclusive if v.status != "review" and not v.wrong_patient]
    for v in odd:
        print(f"- {v.truth['doc_id']} [{v.truth['case']}] attendu en revue, obtenu {v.status} {v.patient or ''}")
    reasons = Counter(short_reason(v.reason) for v in misses)
    if reasons:
        print("\nMotifs de revue des documents classables :")
        for reason, count in reasons.most_common():
            print(f"  {count:3d}  {reason}")
    summary["misses"] = [{"doc_id": v.truth["doc_id"], "case": v.truth["case"], "status": v.status,
                          "reason": v.reason, "features": v.truth["features"]} for v in misses]
    summary["wrong"] = [{"doc_id": v.truth["doc_id"], "filed_under": v.patient,
                         "expected": v.truth["expected_patient"]} for v in wrong]
    return summary


def evidence_line(v: Verdict) -> str:
    """What docpipe read: its rule, the traits it kept, its best candidate."""
    evidence = (v.outcome or {}).get("evidence") or {}
    traits = evidence.get("traits_read") or {}
    kept = {key: value for key, value in traits.items() if value and key != "pages_with_identity"}
    candidates = evidence.get("candidates") or []
    best = ", ".join(f"{c.get('ipp')} {'+'.join(c.get('matched_traits') or [])}" for c in candidates[:3])
    return f"règle {evidence.get('rule', '?')} ; lu {json.dumps(kept, ensure_ascii=False)} ; candidats {best or 'aucun'}"


def short_reason(reason: str) -> str:
    return reason.split(" : ")[0].split(" (")[0][:90]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()  # before generating: the corpus is this commit's
    run_dir = args.out or Path(tempfile.mkdtemp(prefix=f"ood-s{args.seed}-"))
    shutil.rmtree(run_dir, ignore_errors=True)
    started = time.monotonic()
    conditions = [c.strip() for c in (args.rendus or "").split(",") if c.strip()] or None
    manifest = make_corpus(run_dir, args.docs, args.seed, args.patients, conditions)
    generated = time.monotonic() - started
    home, corpus, registry_csv = run_dir / "home", run_dir / "corpus", run_dir / "registry.csv"
    docpipe(home, "init")
    docpipe(home, "patients", "import", str(registry_csv))
    (home / "inbox").mkdir(parents=True, exist_ok=True)
    for name in manifest["documents"]:
        shutil.copy2(corpus / name, home / "inbox" / name)
    started = time.monotonic()
    done = docpipe(home, "ingest", "--json")
    ingested = time.monotonic() - started
    got = {Path(str(o.get("source", ""))).name: o for o in json_lines(done.stdout)}
    verdicts = [Verdict(name, truth, got.get(name)) for name, truth in manifest["documents"].items()]
    summary = report(verdicts, corpus, registry_csv, args.findings, args.seed, home)
    print(f"\nGénération {generated:.0f} s, ingestion {ingested:.0f} s ({ingested / max(1, len(verdicts)):.1f} s/document)")
    print(f"Pour reproduire (générateur au commit {commit or '?'}) :")
    print(f"  {shlex.join([sys.executable, *sys.argv])}")
    print(f"  (corpus, registre et vérité dans {run_dir} ; dossier docpipe {home})")
    if args.json_out:
        args.json_out.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if summary["wrong_patient"] else 0


if __name__ == "__main__":
    sys.exit(main())
