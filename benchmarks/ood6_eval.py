#!/usr/bin/env python3
"""ood6 black-box evaluation of docpipe (independent, blind corpus: devtools/ood6/gen.py).

    python benchmarks/ood6_eval.py --seed S --docs 40 --out DIR [--reuse] [--tree TREE]

Generates the corpus with devtools/ood6 of THIS checkout (unless --reuse), builds a fresh docpipe home in
DIR/home, imports DIR/registry.csv, ingests every corpus file in ONE call with --json (docpipe taken from TREE,
default: this checkout) and scores each manifest part:
  fileable part        -> filed to the expected patient (right) / filed under another patient (WRONG) / not filed
  expected-review part -> anything but a filing is correct; any filing is WRONG ("expected-review part filed";
                          the report says whether the patient filed is the document's real subject)
The harness (fresh home, import, one ingest call, pairing of JSON lines with manifest parts including multi-part
files) is the one of benchmarks/ood5_eval.py.
Seeds 1 and 2 were used to debug the generator; measure on seeds >= 3.
Writes DIR/result.json.  Always exits 0.
"""
import argparse
import json
import os
import sys
from collections import defaultdict

from ood5_eval import ROOT, generate_and_ingest, match, pct, python_for  # the same harness, not copied

GEN = os.path.join(ROOT, "devtools", "ood6", "gen.py")


def main(argv=None, corpus="ood6", gen=GEN, doc=__doc__):
    """Also the evaluator of the later blind corpora whose manifests have ood6's shape (`benchmarks/ood7_eval.py`)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--out", required=True)
    ap.add_argument("--reuse", action="store_true", help="reuse OUT/corpus + manifest, only re-run docpipe")
    ap.add_argument("--tree", default=ROOT, help="docpipe checkout to run (default: this repository)")
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out)
    tree = os.path.abspath(a.tree)
    repro = (f"cd {ROOT} && {python_for(ROOT)} benchmarks/{corpus}_eval.py --seed {a.seed} --docs {a.docs} "
             f"--out {out}" + (f" --tree {tree}" if tree != ROOT else ""))
    try:
        run(a, out, tree, repro, corpus, gen)
    except Exception as e:  # always exit 0
        import traceback
        traceback.print_exc()
        print(f"EVALUATION FAILED: {e!r}")
    print("\nReproduce:", repro)
    return 0


def run(a, out, tree, repro, corpus="ood6", gen=GEN):
    man, objs = generate_and_ingest(a, out, tree, gen)
    res = match(man, objs)

    tot = dict(fil=0, right=0, fil_not_filed=0, wrong=0, wrong_other=0, review_filed=0, review_filed_subject=0,
               review_filed_other=0, nf=0, nf_ok=0, partial=0, missing=0, debatable=0, debatable_right=0)
    groups = {k: defaultdict(lambda: defaultdict(int)) for k in ("layout", "rendering", "case")}
    wrong, to_review, rows = [], [], []
    for f in man["files"]:
        for part in f["parts"]:
            o = res[(f["file"], part["index"])]
            fileable = part["expected_patient"] is not None
            lay = part.get("layout") or f["layout"]
            if part.get("inner_layout"):
                lay = f"{lay}>{part['inner_layout']}"
            keys = dict(layout=lay, rendering=part.get("rendering") or f["rendering"], case=part["case"])
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
            if part.get("debatable"):
                tot["debatable"] += 1
                tot["debatable_right"] += fileable and o["kind"] == "right"
            if o["kind"] == "wrong":
                tot["wrong"] += 1
                if fileable:
                    tot["wrong_other"] += 1
                    o["wrong_kind"] = "FILED UNDER ANOTHER PATIENT"
                else:
                    tot["review_filed"] += 1
                    if part.get("subject") and all(g == part["subject"] for g in o["got"]):
                        tot["review_filed_subject"] += 1
                        o["wrong_kind"] = "EXPECTED-REVIEW PART FILED (under its real subject; paper not conclusive)"
                    else:
                        tot["review_filed_other"] += 1
                        o["wrong_kind"] = "EXPECTED-REVIEW PART FILED (under a patient who is not its subject)"
            elif fileable and o["kind"] != "right":
                tot["fil_not_filed"] += 1
            tot["partial"] += o["kind"] == "partial"
            tot["missing"] += o["kind"] == "missing"
            row = dict(file=f["file"], part=part["index"], n_parts=len(f["parts"]), pages=part.get("pages"),
                       rendering=keys["rendering"], layout=lay, case=part["case"], expected=part["expected_patient"],
                       subject=part.get("subject"), debatable=part.get("debatable"), note=part["note"],
                       paper=part["paper"], others=part.get("others"), **o)
            rows.append(row)
            if o["kind"] == "wrong":
                wrong.append(row)
            elif fileable and o["kind"] != "right":
                to_review.append(row)

    print(f"\n=== {corpus} seed {a.seed}, {len(man['files'])} files, {len(rows)} parts, "
          f"{man.get('patients')} registry patients ===")
    print(f"fileable parts filed right    : {tot['right']}/{tot['fil']} ({pct(tot['right'], tot['fil'])})")
    print(f"WRONG filings                 : {tot['wrong']}")
    print(f"   filed under another patient: {tot['wrong_other'] + tot['review_filed_other']}"
          f"  (fileable parts: {tot['wrong_other']}, expected-review parts: {tot['review_filed_other']})")
    print(f"   expected-review part filed : {tot['review_filed']}"
          f"  (under its real subject: {tot['review_filed_subject']}, under someone else: "
          f"{tot['review_filed_other']})")
    print(f"expected-review parts kept in review: {tot['nf_ok']}/{tot['nf']} ({pct(tot['nf_ok'], tot['nf'])})")
    if tot["debatable"]:
        print(f"(debatable-truth parts: {tot['debatable']}, of which fileable filed right: {tot['debatable_right']}; "
              "see the case table)")
    if tot["partial"] or tot["missing"]:
        print(f"(partially filed: {tot['partial']}, missing from docpipe output: {tot['missing']})")
    print("\n-- every WRONG filing")
    if not wrong:
        print("  none")
    for w in wrong:
        part = f" part {w['part']}/{w['n_parts']} (pages {w['pages'][0]}-{w['pages'][1]})" if w["n_parts"] > 1 else ""
        print(f"  {w['wrong_kind']}: {w['file']}{part} [{w['rendering']} / {w['layout']} / {w['case']}] expected "
              f"{w['expected']} (subject {w['subject']}) got {w['got']}\n      paper : {w['paper']}\n      truth : "
              f"{w['note']}\n      others: {w['others']}\n      docpipe: {w['status']}: {w['reason']} "
              f"evidence={json.dumps(w['evidence'], ensure_ascii=False)[:400]}")
    for gk in ("layout", "rendering", "case"):
        print(f"\n-- per {gk}: fileable right/total | wrong | expected-review kept/total")
        for gv, G in sorted(groups[gk].items()):
            print(f"  {gv:<34} {G['right']:>3}/{G['fil']:<3} | {G['wrong']} | {G['nf_ok']}/{G['nf']}")
    print("\n-- fileable parts NOT filed (file | rendering / layout / case | docpipe status: reason)")
    if not to_review:
        print("  none")
    for t in sorted(to_review, key=lambda t: (str(t["reason"]), t["file"])):
        part = f" #{t['part']}" if t["n_parts"] > 1 else ""
        print(f"  {t['file']}{part} | {t['rendering']} / {t['layout']} / {t['case']} | {t['status']}: {t['reason']}"
              f"\n      paper: {t['paper']}")
    result = dict(seed=a.seed, docs=a.docs, tree=tree, ingest_seconds=a.ingest_seconds, totals=tot,
                  groups={k: {g: dict(v) for g, v in d.items()} for k, d in groups.items()},
                  wrong=wrong, fileable_not_filed=to_review, parts=rows, reproduce=repro)
    with open(os.path.join(out, "result.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1, default=str)


if __name__ == "__main__":
    sys.exit(main())
