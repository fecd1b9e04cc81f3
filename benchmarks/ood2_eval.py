#!/usr/bin/env python3
"""Second independent corpus (devtools/ood2, written by a helper who read neither docpipe's identity rules, its tests,
nor devtools/synth and devtools/ood): generate one seed's documents and registry, run docpipe as a black box
(`init`, `patients import`, `ingest --json`), compare with the truth.

    .venv/bin/python benchmarks/ood2_eval.py --seed S --docs 40 --out /tmp/ood2_S [--reuse] [--tree OTHER_CHECKOUT]

Prints fileable documents, filed right, wrong filings (each listed), fileable documents left to review with
their reasons, by layout, render and format; writes DIR/result.json.
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "devtools", "ood2")
VENV_PY = sys.executable


def docpipe_cmd(tree):
    """docpipe's command line with this interpreter's libraries; PYTHONPATH=tree picks the checkout measured."""
    return [sys.executable, "-c", "import sys; from docpipe.cli import main; sys.exit(main())"]


def run(cmd, tree, timeout=None):
    env = dict(os.environ, PYTHONPATH=tree)
    return subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--out", required=True)
    ap.add_argument("--reuse", action="store_true", help="reuse DIR's corpus instead of regenerating it")
    ap.add_argument("--tree", default=ROOT, help="docpipe checkout to measure (default: this one)")
    ap.add_argument("--timeout", type=int, default=3600)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    tree = os.path.abspath(a.tree)
    t0 = time.time()
    if not (a.reuse and os.path.exists(os.path.join(out, "manifest.json"))):
        py = VENV_PY if os.path.exists(VENV_PY) else sys.executable
        r = subprocess.run([py, os.path.join(HERE, "gen.py"), "--seed", str(a.seed), "--docs", str(a.docs),
                            "--out", out], capture_output=True, text=True)
        if r.returncode:
            sys.exit("generation failed:\n" + r.stderr)
        print(r.stdout.strip())
    t_gen = time.time() - t0
    man = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))["documents"]
    home = os.path.join(out, "home")
    if os.path.isdir(home):
        shutil.rmtree(home)
    dp = docpipe_cmd(tree)
    for cmd in (dp + ["--home", home, "init"], dp + ["--home", home, "patients", "import", os.path.join(out, "registry.csv")]):
        r = run(cmd, tree)
        if r.returncode:
            sys.exit(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    files = [os.path.join(out, "corpus", d["file"]) for d in man]
    t1 = time.time()
    r = run(dp + ["--home", home, "ingest"] + files + ["--json"], tree, timeout=a.timeout)
    t_ingest = time.time() - t1
    with open(os.path.join(out, "ingest_stdout.jsonl"), "w") as fh:
        fh.write(r.stdout)
    with open(os.path.join(out, "ingest_stderr.txt"), "w") as fh:
        fh.write(r.stderr)
    objs = collections.defaultdict(list)
    bad_lines = 0
    for line in r.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            o = json.loads(line)
        except ValueError:
            bad_lines += 1
            continue
        objs[os.path.basename(str(o.get("source", "")))].append(o)

    rows = []
    for d in man:
        res = objs.get(d["file"], [])
        filed = sorted({o.get("patient") for o in res if o.get("status") == "filed" and o.get("patient")})
        statuses = [o.get("status") for o in res]
        reasons = [o.get("reason") for o in res if o.get("status") != "filed"]
        exp = d["expected_patient"]
        if not res:
            outcome = "missing"
        elif d["fileable"]:
            if set(filed) - {exp}:
                outcome = "wrong"
            elif exp in filed:
                outcome = "right"
            else:
                outcome = "review"
        else:
            if not filed:
                outcome = "review_ok"
            elif filed == [d.get("subject_ipp")]:
                outcome = "wrong_weak"        # filed to the real subject on non-conclusive evidence
            else:
                outcome = "wrong"
        rows.append(dict(doc_id=d["doc_id"], file=d["file"], case=d["case"], layout=d["layout"], render=d["render"],
                         format=d["format"], pages=d["pages"], fileable=d["fileable"], expected=exp,
                         subject=d.get("subject_ipp"), got=filed, statuses=statuses, reasons=reasons,
                         doc_types=[o.get("doc_type") for o in res], outcome=outcome))

    fileable = [x for x in rows if x["fileable"]]
    nonf = [x for x in rows if not x["fileable"]]
    right = [x for x in fileable if x["outcome"] == "right"]
    wrong = [x for x in rows if x["outcome"] in ("wrong", "wrong_weak")]
    f_review = [x for x in fileable if x["outcome"] == "review"]
    nf_filed = [x for x in nonf if x["outcome"] in ("wrong", "wrong_weak")]
    missing = [x for x in rows if x["outcome"] == "missing"]

    def pct(a, b):
        return f"{100.0 * a / b:.0f}%" if b else "-"

    print(f"\n=== ood2 seed {a.seed}: {len(rows)} documents, tree {tree} ===")
    print(f"generation {t_gen:.0f}s, ingestion {t_ingest:.0f}s ({t_ingest / max(1, len(rows)):.1f}s/doc), "
          f"docpipe exit {r.returncode}" + (f", {bad_lines} unparsable lines" if bad_lines else ""))
    print(f"fileable: {len(fileable)}   filed right: {len(right)} ({pct(len(right), len(fileable))})   "
          f"fileable sent to review: {len(f_review)}")
    print(f"WRONG filings: {len(wrong)}  (fileable filed to another patient: "
          f"{sum(1 for x in wrong if x['fileable'])}; non-fileable filed: {len(nf_filed)}, of which to the true subject "
          f"on non-conclusive evidence: {sum(1 for x in nf_filed if x['outcome'] == 'wrong_weak')})")
    for x in wrong:
        print(f"  ! {x['doc_id']} {x['file']} case={x['case']} layout={x['layout']} render={x['render']} "
              f"expected={x['expected']} subject={x['subject']} got={','.join(x['got'])}")
    print(f"non-fileable correctly left to review: {len(nonf) - len(nf_filed)}/{len(nonf)}")
    if missing:
        print(f"missing from docpipe output: {', '.join(x['file'] for x in missing)}")
    print("\nfileable sent to review, by reason:")
    byr = collections.Counter()
    ex = collections.defaultdict(list)
    for x in f_review:
        rs = "; ".join(sorted({str(y) for y in x["reasons"]})) or "?"
        byr[rs] += 1
        ex[rs].append(x["doc_id"])
    for rs, n in byr.most_common():
        print(f"  {n:3d}  {rs}   [{', '.join(ex[rs])}]")

    def breakdown(field):
        print(f"\nby {field}:  (fileable right/fileable | wrong | non-fileable kept in review)")
        keys = sorted({x[field] for x in rows})
        for k in keys:
            xs = [x for x in rows if x[field] == k]
            f = [x for x in xs if x["fileable"]]
            nf = [x for x in xs if not x["fileable"]]
            print(f"  {k:22s} {sum(x['outcome'] == 'right' for x in f):3d}/{len(f):<3d} | "
                  f"{sum(x['outcome'] in ('wrong', 'wrong_weak') for x in xs):2d} | "
                  f"{sum(x['outcome'] == 'review_ok' for x in nf):2d}/{len(nf)}")
    for fld in ("case", "layout", "render", "format"):
        breakdown(fld)
    summary = dict(seed=a.seed, docs=len(rows), tree=tree, gen_seconds=round(t_gen, 1),
                   ingest_seconds=round(t_ingest, 1), fileable=len(fileable), filed_right=len(right),
                   wrong=len(wrong), wrong_fileable=sum(1 for x in wrong if x["fileable"]),
                   nonfileable_filed=len(nf_filed),
                   nonfileable_filed_to_subject=sum(1 for x in nf_filed if x["outcome"] == "wrong_weak"),
                   fileable_review=len(f_review), missing=len(missing),
                   review_reasons=dict(byr), wrong_list=[{k: x[k] for k in ("doc_id", "file", "case", "expected",
                                                                          "subject", "got", "layout", "render")}
                                                         for x in wrong])
    with open(os.path.join(out, "result.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(summary=summary, documents=rows), fh, ensure_ascii=False, indent=1)
    print(f"\nwritten {os.path.join(out, 'result.json')}")
    print("reproduce: " + " ".join([os.path.relpath(sys.executable) if sys.executable.startswith(ROOT) else sys.executable,
                                    "benchmarks/ood2_eval.py", "--seed", str(a.seed), "--docs", str(a.docs), "--out", out]))


if __name__ == "__main__":
    main()
