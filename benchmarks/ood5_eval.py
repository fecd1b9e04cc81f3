#!/usr/bin/env python3
"""ood5 black-box evaluation of docpipe (independent corpus, devtools/ood5/gen.py).

    python benchmarks/ood5_eval.py --seed S --docs 40 --out DIR [--reuse] [--tree TREE]

Generates the corpus with devtools/ood5 of THIS checkout (unless --reuse), builds a fresh docpipe home in
DIR/home, imports DIR/registry.csv, ingests every corpus file in ONE call with --json (docpipe taken from TREE,
default: this checkout) and scores each manifest part:
  fileable part  -> filed to the expected patient (right) / filed elsewhere (WRONG) / review
  non-fileable   -> anything but a filing is correct; any filing is WRONG (reported as "unsafe filing" when the
                    patient filed is the document's real subject, "WRONG PATIENT" otherwise)
Seeds 1 and 2 were used to debug the generator; measure on seeds >= 3.
Writes DIR/result.json.  Always exits 0.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "devtools", "ood5", "gen.py")


def python_for(tree):
    py = os.path.join(tree, ".venv", "bin", "python")
    if os.path.exists(py):
        return py
    py = os.path.join(ROOT, ".venv", "bin", "python")
    return py if os.path.exists(py) else sys.executable


def docpipe(tree, home, *args, timeout=5400):
    cmd = [python_for(tree), "-c", "import sys; from docpipe.cli import main; sys.exit(main())", "--home", home,
           *args]
    env = dict(os.environ, PYTHONPATH=tree)
    return subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout)


def parse_lines(out):
    objs = []
    for line in out.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            objs.append(json.loads(line))
        except ValueError:
            pass
    return objs


MSG_RE = re.compile(r"\((?:[^()]*?\s)?(\d+)\s*/\s*(\d+)\)")


def match(man, objs):
    """Return {(file, part index): outcome dict} (same pairing rules as ood4_eval.py)."""
    by_src = defaultdict(list)
    for o in objs:
        by_src[str(o.get("source"))].append(o)
    res = {}
    for f in man["files"]:
        name = f["file"]
        stem = os.path.splitext(name)[0]
        top = by_src.get(name, [])
        top = top[0] if top else None
        children = []
        for src, lst in by_src.items():
            if src != name and (src.startswith(name + " (") or src.startswith(stem + " (")):
                m = MSG_RE.search(src)
                for o in lst:
                    children.append((int(m.group(1)) if m else 0, o))
        children.sort(key=lambda x: x[0])
        parts = f["parts"]
        for part in parts:
            k = part["index"]
            if children and len(parts) > 1:
                cand = [o for i, o in children if i == k] or ([children[k - 1][1]] if k - 1 < len(children) else [])
                results = cand
            elif children:
                results = [o for _, o in children]
            elif top is not None:
                results = [top]
            else:
                results = []
            res[(name, k)] = outcome(part, results)
    return res


def outcome(part, results):
    exp = part["expected_patient"]
    if not results:
        return dict(kind="missing", got=None, status=None, reason=None, doc_type=None, evidence=None)
    filed = [o for o in results if o.get("status") == "filed" and o.get("patient")]
    got = sorted({str(o["patient"]) for o in filed})
    reason = "; ".join(str(o.get("reason")) for o in results if o.get("reason")) or None
    status = ",".join(str(o.get("status")) for o in results)
    dtypes = ",".join(str(o.get("doc_type")) for o in results)
    evidence = [o.get("evidence") for o in results if o.get("evidence")] or None
    if any(g != exp for g in got):
        kind = "wrong"
    elif got and len(filed) == len(results):
        kind = "right"
    elif got:
        kind = "partial"  # some pieces filed right, others in review
    else:
        kind = "review"
    return dict(kind=kind, got=got or None, status=status, reason=reason, doc_type=dtypes, evidence=evidence)


def pct(a, b):
    return f"{100.0 * a / b:.1f} %" if b else "n/a"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--out", required=True)
    ap.add_argument("--reuse", action="store_true", help="reuse OUT/corpus + manifest, only re-run docpipe")
    ap.add_argument("--tree", default=ROOT, help="docpipe checkout to run (default: this repository)")
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out)
    tree = os.path.abspath(a.tree)
    repro = (f"cd {ROOT} && {python_for(ROOT)} benchmarks/ood5_eval.py --seed {a.seed} --docs {a.docs} --out {out}"
             + (f" --tree {tree}" if tree != ROOT else ""))
    try:
        run(a, out, tree, repro)
    except Exception as e:  # always exit 0
        import traceback
        traceback.print_exc()
        print(f"EVALUATION FAILED: {e!r}")
    print("\nReproduce:", repro)
    return 0


def generate_and_ingest(a, out, tree, gen, generated=("corpus", "home")):
    """Generate the corpus of `a.seed` with `gen` (unless --reuse), ingest it into a fresh home with docpipe from `tree`
    in one call; returns the manifest and the parsed JSON lines of the ingest, and sets `a.ingest_seconds`."""
    t_gen = time.time()
    if not a.reuse:
        for sub in generated:
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(out, exist_ok=True)
        g = subprocess.run([python_for(ROOT), gen, "--seed", str(a.seed), "--docs", str(a.docs), "--out", out],
                           capture_output=True, text=True)
        print(g.stdout.strip())
        if g.returncode:
            print(g.stderr)
            raise RuntimeError("generator failed")
    t_gen = time.time() - t_gen
    man = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
    home = os.path.join(out, "home")
    shutil.rmtree(home, ignore_errors=True)
    r = docpipe(tree, home, "init")
    if r.returncode:
        print(r.stdout, r.stderr)
    r = docpipe(tree, home, "patients", "import", os.path.join(out, "registry.csv"))
    print("import:", (r.stdout.strip().splitlines() or [""])[-1][:200],
          ("ERR " + r.stderr[-300:]) if r.returncode else "")
    files = [os.path.join(out, "corpus", f["file"]) for f in man["files"]]
    t0 = time.time()
    r = docpipe(tree, home, "ingest", *files, "--json")
    dt_ = time.time() - t0
    objs = parse_lines(r.stdout)
    with open(os.path.join(out, "ingest_stdout.jsonl"), "w", encoding="utf-8") as fh:
        fh.write(r.stdout)
    if r.returncode:
        print(f"ingest exit code {r.returncode}; stderr tail:\n{r.stderr[-1500:]}")
    print(f"generation {t_gen:.0f} s; ingest: {len(files)} files in {dt_:.0f} s, {len(objs)} JSON objects")
    a.ingest_seconds = round(dt_, 1)
    return man, objs


def run(a, out, tree, repro):
    man, objs = generate_and_ingest(a, out, tree, GEN, ("corpus", "home", "clean"))
    res = match(man, objs)

    tot = dict(fil=0, right=0, wrong=0, wrong_patient=0, unsafe=0, nf=0, nf_ok=0, partial=0, missing=0,
               fil_legible=0, right_legible=0)
    groups = {k: defaultdict(lambda: defaultdict(int)) for k in ("rendering", "layout", "case", "legible")}
    wrong, to_review, rows = [], [], []
    for f in man["files"]:
        for part in f["parts"]:
            o = res[(f["file"], part["index"])]
            fileable = part["expected_patient"] is not None
            leg = "n/a" if part.get("legible") is None else ("legible" if part["legible"] else "ILLEGIBLE")
            if not fileable:
                leg = "n/a"
            keys = dict(rendering=f["rendering"], layout=part.get("layout") or f["layout"], case=part["case"],
                        legible=leg)
            for gk, gv in keys.items():
                G = groups[gk][gv]
                G["fil" if fileable else "nf"] += 1
                if fileable and o["kind"] == "right":
                    G["right"] += 1
                if o["kind"] == "wrong":
                    G["wrong"] += 1
                if not fileable and o["kind"] != "wrong":
                    G["nf_ok"] += 1
            if fileable:
                tot["fil"] += 1
                tot["right"] += o["kind"] == "right"
                if part.get("legible") is not False:
                    tot["fil_legible"] += 1
                    tot["right_legible"] += o["kind"] == "right"
            else:
                tot["nf"] += 1
                tot["nf_ok"] += o["kind"] != "wrong"
            if o["kind"] == "wrong":
                tot["wrong"] += 1
                if o["got"] and all(g == part.get("subject") for g in o["got"]):
                    tot["unsafe"] += 1
                    o["wrong_kind"] = "unsafe filing (real subject, identity not conclusive on paper)"
                else:
                    tot["wrong_patient"] += 1
                    o["wrong_kind"] = "WRONG PATIENT"
            tot["partial"] += o["kind"] == "partial"
            tot["missing"] += o["kind"] == "missing"
            row = dict(file=f["file"], part=part["index"], n_parts=len(f["parts"]), rendering=f["rendering"],
                       layout=keys["layout"], case=part["case"], expected=part["expected_patient"],
                       subject=part.get("subject"), note=part["note"], paper=part["paper"],
                       others=part.get("others"), legible=part.get("legible"), **o)
            rows.append(row)
            if o["kind"] == "wrong":
                wrong.append(row)
            elif fileable and o["kind"] != "right":
                to_review.append(row)

    print(f"\n=== ood5 seed {a.seed}, {len(man['files'])} files, {len(rows)} parts, "
          f"{man.get('patients')} registry patients ===")
    print(f"fileable parts filed right : {tot['right']}/{tot['fil']} ({pct(tot['right'], tot['fil'])})"
          f"   [legible on clean scan: {tot['right_legible']}/{tot['fil_legible']}]")
    print(f"WRONG filings              : {tot['wrong']}  (wrong patient: {tot['wrong_patient']}, "
          f"unsafe filing of non-fileable part: {tot['unsafe']})")
    print(f"non-fileable reviewed      : {tot['nf_ok']}/{tot['nf']} ({pct(tot['nf_ok'], tot['nf'])})")
    if tot["partial"] or tot["missing"]:
        print(f"(partially filed: {tot['partial']}, missing from output: {tot['missing']})")
    if wrong:
        print("\n" + "!" * 100)
    for w in wrong:
        part = f" part {w['part']}/{w['n_parts']}" if w["n_parts"] > 1 else ""
        print(f"  {w['wrong_kind']}: {w['file']}{part} [{w['rendering']}/{w['layout']}/{w['case']}] expected "
              f"{w['expected']} (subject {w['subject']}) got {w['got']}\n      paper: {w['paper']}\n      oracle: "
              f"{w['note']}\n      others printed: {w['others']}\n      docpipe: {w['status']}: {w['reason']} "
              f"evidence={json.dumps(w['evidence'], ensure_ascii=False)[:400]}")
    if wrong:
        print("!" * 100)
    for gk in ("rendering", "layout", "case", "legible"):
        print(f"\n-- by {gk}: fileable right/total | wrong | non-fileable ok/total")
        for gv, G in sorted(groups[gk].items()):
            print(f"  {gv:<22} {G['right']:>3}/{G['fil']:<3} | {G['wrong']} | {G['nf_ok']}/{G['nf']}")
    print("\n-- fileable parts NOT filed, grouped by docpipe reason (file | rendering/layout/case | paper)")
    by_reason = defaultdict(list)
    for t in to_review:
        key = re.sub(r"\d", "#", f"{t['status']}: {t['reason']}")[:160]
        by_reason[key].append(t)
    for key, lst in sorted(by_reason.items(), key=lambda kv: -len(kv[1])):
        print(f"  [{len(lst)}] {key}")
        for t in lst:
            part = f" #{t['part']}" if t["n_parts"] > 1 else ""
            leg = " (ILLEGIBLE on clean scan)" if t["legible"] is False else ""
            print(f"      {t['file']}{part} | {t['rendering']}/{t['layout']}/{t['case']} | {t['paper']}{leg}")
    result = dict(seed=a.seed, docs=a.docs, tree=tree, ingest_seconds=a.ingest_seconds, totals=tot,
                  groups={k: {g: dict(v) for g, v in d.items()} for k, d in groups.items()},
                  wrong=wrong, fileable_not_filed=to_review, parts=rows, reproduce=repro)
    with open(os.path.join(out, "result.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1, default=str)


if __name__ == "__main__":
    sys.exit(main())
