#!/usr/bin/env python3
"""ood4 black-box evaluation of docpipe (independent corpus, devtools/ood4/gen.py).

    python benchmarks/ood4_eval.py --seed 1 --docs 40 --out /tmp/ood4_s1 [--reuse]

Generates the corpus (unless --reuse), builds a fresh docpipe home in OUT/home,
imports OUT/registry.csv, ingests every corpus file in ONE call with --json and
scores each manifest part:
  fileable part  -> filed to the expected patient (right) / filed elsewhere (WRONG) / review
  non-fileable   -> anything but a filing is correct; a filing is WRONG
Writes OUT/result.json.  Always exits 0.
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
PY = os.path.join(ROOT, ".venv", "bin", "python")
if not os.path.exists(PY):
    PY = sys.executable
GEN = os.path.join(ROOT, "devtools", "ood4", "gen.py")


def docpipe(home, *args, timeout=3600):
    cmd = [PY, "-c", "import sys; from docpipe.cli import main; sys.exit(main())", "--home", home, *args]
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


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
    """Return {(file, part index): outcome dict}."""
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
            res[(name, k)] = outcome(part, results, top)
    return res


def outcome(part, results, top):
    exp = part["expected_patient"]
    if not results:
        return dict(kind="missing", got=None, status=None, reason=None, doc_type=None)
    filed = [o for o in results if o.get("status") == "filed" and o.get("patient")]
    got = sorted({str(o["patient"]) for o in filed})
    reason = "; ".join(str(o.get("reason")) for o in results if o.get("reason")) or None
    status = ",".join(str(o.get("status")) for o in results)
    dtypes = ",".join(str(o.get("doc_type")) for o in results)
    if any(g != exp for g in got):
        kind = "wrong"
    elif got and len(filed) == len(results):
        kind = "right"
    elif got:
        kind = "partial"  # some pieces filed right, others in review
    else:
        kind = "review"
    return dict(kind=kind, got=got or None, status=status, reason=reason, doc_type=dtypes)


def pct(a, b):
    return f"{100.0 * a / b:.1f} %" if b else "n/a"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--out", required=True)
    ap.add_argument("--reuse", action="store_true", help="reuse OUT/corpus + manifest, only re-run docpipe")
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out)
    repro = f"cd {ROOT} && {PY} benchmarks/ood4_eval.py --seed {a.seed} --docs {a.docs} --out {out}"
    try:
        run(a, out, repro)
    except Exception as e:  # always exit 0
        import traceback
        traceback.print_exc()
        print(f"EVALUATION FAILED: {e!r}")
    print("\nReproduce:", repro)
    return 0


def run(a, out, repro):
    if not a.reuse:
        for sub in ("corpus", "home"):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(out, exist_ok=True)
        g = subprocess.run([PY, GEN, "--seed", str(a.seed), "--docs", str(a.docs), "--out", out],
                           capture_output=True, text=True)
        print(g.stdout.strip())
        if g.returncode:
            print(g.stderr)
            raise RuntimeError("generator failed")
    man = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
    home = os.path.join(out, "home")
    shutil.rmtree(home, ignore_errors=True)
    r = docpipe(home, "init")
    if r.returncode:
        print(r.stdout, r.stderr)
    r = docpipe(home, "patients", "import", os.path.join(out, "registry.csv"))
    print("import:", (r.stdout.strip().splitlines() or [""])[-1][:200], ("ERR " + r.stderr[-300:]) if r.returncode else "")
    files = [os.path.join(out, "corpus", f["file"]) for f in man["files"]]
    t0 = time.time()
    r = docpipe(home, "ingest", *files, "--json")
    dt_ = time.time() - t0
    objs = parse_lines(r.stdout)
    if r.returncode:
        print(f"ingest exit code {r.returncode}; stderr tail:\n{r.stderr[-1500:]}")
    print(f"ingest: {len(files)} files in {dt_:.0f} s, {len(objs)} JSON objects")
    res = match(man, objs)

    tot = dict(fil=0, right=0, wrong=0, nf=0, nf_ok=0, partial=0, missing=0)
    groups = {k: defaultdict(lambda: defaultdict(int)) for k in ("rendering", "layout", "case")}
    wrong, to_review, rows = [], [], []
    for f in man["files"]:
        for part in f["parts"]:
            o = res[(f["file"], part["index"])]
            keys = dict(rendering=f["rendering"], layout=f["layout"], case=part["case"])
            fileable = part["expected_patient"] is not None
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
            else:
                tot["nf"] += 1
                tot["nf_ok"] += o["kind"] != "wrong"
            tot["wrong"] += o["kind"] == "wrong"
            tot["partial"] += o["kind"] == "partial"
            tot["missing"] += o["kind"] == "missing"
            row = dict(file=f["file"], part=part["index"], n_parts=len(f["parts"]), rendering=f["rendering"],
                       layout=f["layout"], case=part["case"], expected=part["expected_patient"], note=part["note"],
                       paper=part["paper"], **o)
            rows.append(row)
            if o["kind"] == "wrong":
                wrong.append(row)
            elif fileable and o["kind"] != "right":
                to_review.append(row)

    print(f"\n=== ood4 seed {a.seed}, {len(man['files'])} files, {len(rows)} parts ===")
    print(f"fileable parts filed right : {tot['right']}/{tot['fil']} ({pct(tot['right'], tot['fil'])})")
    print(f"WRONG filings              : {tot['wrong']}")
    print(f"non-fileable reviewed      : {tot['nf_ok']}/{tot['nf']} ({pct(tot['nf_ok'], tot['nf'])})")
    if tot["partial"] or tot["missing"]:
        print(f"(partially filed: {tot['partial']}, missing from output: {tot['missing']})")
    for w in wrong:
        part = f" part {w['part']}/{w['n_parts']}" if w["n_parts"] > 1 else ""
        print(f"  WRONG {w['file']}{part}: expected {w['expected']} got {w['got']} [{w['case']}] "
              f"paper: {w['paper']} ({w['note']})")
    for gk in ("rendering", "layout", "case"):
        print(f"\n-- by {gk}: fileable right/total | wrong | non-fileable ok/total")
        for gv, G in sorted(groups[gk].items()):
            print(f"  {gv:<22} {G['right']:>3}/{G['fil']:<3} | {G['wrong']} | {G['nf_ok']}/{G['nf']}")
    print("\n-- fileable parts NOT filed (file | case | docpipe status/reason | what the paper shows)")
    for t in to_review:
        part = f" #{t['part']}" if t["n_parts"] > 1 else ""
        print(f"  {t['file']}{part} | {t['case']} | {t['status']}: {t['reason']} | {t['paper']}"
              f"{' (' + t['note'] + ')' if t['note'] else ''}")
    result = dict(seed=a.seed, docs=a.docs, ingest_seconds=round(dt_, 1), totals=tot,
                  groups={k: {g: dict(v) for g, v in d.items()} for k, d in groups.items()},
                  wrong=wrong, fileable_not_filed=to_review, parts=rows, reproduce=repro)
    with open(os.path.join(out, "result.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())
