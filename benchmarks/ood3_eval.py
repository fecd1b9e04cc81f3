#!/usr/bin/env python3
"""Black-box evaluation of docpipe on the OOD3 corpus (devtools/ood3).

    python benchmarks/ood3_eval.py --seed S --docs N --out DIR [--reuse] [--tree PATH]

Generates the corpus (unless --reuse and DIR/manifest.json exists), runs docpipe through its
command line only (init, patients import, ingest --json), matches its output objects with the
manifest's parts and reports filed-right / WRONG / review, with breakdowns. Writes DIR/result.json.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.dirname(HERE)
GEN = os.path.join(CHECKOUT, "devtools", "ood3", "gen.py")
MSG_RE = re.compile(r"^(?P<stem>.+) \((?:message|compte rendu|rapport|report) (?P<i>\d+)/(?P<n>\d+)\)(?:\.\w+)?$")


def docpipe(tree, args, timeout=3600):
    cmd = [sys.executable, "-c", "import sys; from docpipe.cli import main; sys.exit(main())"] + args
    env = dict(os.environ, PYTHONPATH=tree)
    t0 = time.time()
    try:
        r = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout)
        return r.returncode, r.stdout, r.stderr, time.time() - t0
    except subprocess.TimeoutExpired as e:
        return "timeout", (e.stdout or b"").decode("utf-8", "replace") if isinstance(e.stdout, bytes) else (e.stdout or ""), \
            (e.stderr or b"").decode("utf-8", "replace") if isinstance(e.stderr, bytes) else (e.stderr or ""), time.time() - t0


def tail(s, n=1500):
    s = s or ""
    return s[-n:]


def parse_jsonl(text):
    objs = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            objs.append(json.loads(line))
        except ValueError:
            pass
    return objs


def match_file(entry, objs, findings):
    """Return list of (part_index, part, obj or None) and the unmatched extra objects."""
    parts = entry["parts"]
    if len(objs) == len(parts):
        return [(i, p, o) for i, (p, o) in enumerate(zip(parts, objs))], []
    findings.append({"doc_id": entry["doc_id"], "file": entry["file"], "case": entry["case"], "_objs": objs,
                     "expected_parts": len(parts), "got_objects": len(objs),
                     "objects": [{"status": o.get("status"), "patient": o.get("patient"), "reason": o.get("reason")} for o in objs],
                     "parts": [{"expected": p["expected_patient"], "subject": p["subject_ipp"], "case": p["case"]} for p in parts]})
    free_parts = list(range(len(parts)))
    pairs = {}
    rest = []
    # 1. filed objects: to the part expecting that patient, else to the part about that person
    for o in objs:
        pat = o.get("patient") if o.get("status") == "filed" else None
        hit = None
        if pat:
            hit = next((i for i in free_parts if parts[i]["expected_patient"] == pat), None)
            if hit is None:
                hit = next((i for i in free_parts if parts[i]["subject_ipp"] == pat), None)
        if hit is None:
            rest.append(o)
        else:
            pairs[hit] = o
            free_parts.remove(hit)
    # 2. remaining objects in order to remaining parts (filed ones first to fileable parts is not assumed)
    extra = []
    for o in rest:
        if free_parts:
            pairs[free_parts.pop(0)] = o
        else:
            extra.append(o)
    return [(i, parts[i], pairs.get(i)) for i in range(len(parts))], extra


def read_stored(home, rel):
    path = rel if os.path.isabs(rel) else os.path.join(home, rel)
    try:
        raw = open(path, "rb").read()
    except OSError:
        return None
    txt = raw.decode("utf-8", "replace")
    txt = re.sub(r"<[^>]+>", " ", txt)
    import html as _html
    return _html.unescape(txt)


def _norm(s):
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFD", s or "") if unicodedata.category(c) != "Mn")
    return "".join(c for c in s.upper() if c.isalnum())


def marker_in(mk, txt, own=None):
    """The missing report's identity (name + birth date), or at least two of its results that the
    object's own report does not have, appear in the stored text."""
    ntxt = _norm(txt)
    mine = set(mk.get("results") or []) - set((own or {}).get("results") or [])
    hits = sum(1 for r in mine if _norm(r.replace("=", " ")) in ntxt)
    if hits >= 2:
        return True
    toks = [t for t in re.split(r"[\s]+", mk.get("name") or "") if len(_norm(t)) >= 3 and _norm(t) not in ("NEE", "EPOUSE")]
    if not toks or not mk.get("dob"):
        return False
    dd, mm, yy = mk["dob"].split("/")
    has_dob = any(f in txt for f in (mk["dob"], "%s-%s-%s" % (yy, mm, dd), yy + mm + dd, "%s.%s.%s" % (dd, mm, yy)))
    return has_dob and any(_norm(t) in ntxt for t in toks)


def outcome(part, obj):
    if obj is None:
        return "missing"
    st = obj.get("status")
    if st == "filed":
        pat = obj.get("patient")
        if part["fileable"]:
            return "right" if pat == part["expected_patient"] else "WRONG_patient"
        if part.get("subject_ipp") and pat == part["subject_ipp"]:
            return "WRONG_nonfileable_to_subject"
        return "WRONG_nonfileable_other"
    if st == "review":
        return "review_fileable" if part["fileable"] else "review_ok"
    return "error_fileable" if part["fileable"] else "error_nonfileable"


def short_reason(r):
    r = (r or "").strip().replace("\n", " ")
    return r[:110] if r else "(no reason)"


def new_stat():
    return collections.Counter()


def add(stat, part, oc):
    stat["parts"] += 1
    stat["fileable"] += part["fileable"]
    stat[oc] += 1
    if oc.startswith("WRONG"):
        stat["WRONG"] += 1


def fmt_stat(s):
    f = s["fileable"]
    return "parts %3d  fileable %3d  right %3d (%5.1f%%)  WRONG %2d  review(fileable) %3d  review(ok) %3d  missing %2d" % (
        s["parts"], f, s["right"], 100.0 * s["right"] / f if f else 0.0, s["WRONG"], s["review_fileable"] + s["error_fileable"],
        s["review_ok"] + s["error_nonfileable"], s["missing"])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--out", required=True)
    ap.add_argument("--reuse", action="store_true", help="reuse DIR/manifest.json and DIR/corpus if present")
    ap.add_argument("--tree", default=CHECKOUT, help="docpipe checkout to run (default: %(default)s)")
    ap.add_argument("--timeout", type=int, default=3600)
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out)
    tree = os.path.abspath(a.tree)
    os.makedirs(out, exist_ok=True)
    man_path = os.path.join(out, "manifest.json")
    if not (a.reuse and os.path.exists(man_path)):
        r = subprocess.run([sys.executable, GEN, "--seed", str(a.seed), "--docs", str(a.docs), "--out", out])
        if r.returncode != 0:
            print("generator failed (exit %s)" % r.returncode)
            return 0
    man = json.load(open(man_path, encoding="utf-8"))
    docs = man["documents"]

    home = os.path.join(out, "home")
    if os.path.exists(home):
        shutil.rmtree(home)
    run_info = {}
    rc, so, se, t = docpipe(tree, ["--home", home, "init"])
    run_info["init"] = {"exit": rc, "stderr_tail": tail(se, 500)}
    rc, so, se, t = docpipe(tree, ["--home", home, "patients", "import", os.path.join(out, "registry.csv")])
    run_info["import"] = {"exit": rc, "stdout_tail": tail(so, 500), "stderr_tail": tail(se, 800)}
    print("patients import: exit %s  %s" % (rc, tail(so, 300).strip().replace("\n", " | ")))
    if rc != 0:
        print("  stderr: " + tail(se, 800))
    files = [os.path.join(out, "corpus", d["file"]) for d in docs]
    rc, so, se, t = docpipe(tree, ["--home", home, "ingest"] + files + ["--json"], timeout=a.timeout)
    with open(os.path.join(out, "ingest_stdout.jsonl"), "w", encoding="utf-8") as f:
        f.write(so or "")
    with open(os.path.join(out, "ingest_stderr.txt"), "w", encoding="utf-8") as f:
        f.write(se or "")
    run_info["ingest"] = {"exit": rc, "seconds": round(t, 1), "stderr_tail": tail(se, 1500)}
    print("ingest: exit %s in %.0f s" % (rc, t))
    if rc != 0:
        print("  docpipe ingest exit code %s; stderr tail:\n%s" % (rc, tail(se, 1500)))

    objs = parse_jsonl(so)
    # docpipe reports a laboratory file as a container object ("split", source = the file) followed by
    # one object per report/message whose source is "<stem> (message i/n).<ext>": map those back.
    names = {d["file"] for d in docs}
    stems = collections.defaultdict(list)
    for d in docs:
        stems[os.path.splitext(d["file"])[0]].append(d)
    by_src = collections.defaultdict(list)
    containers = {}
    for o in objs:
        base = os.path.basename(str(o.get("source", "")))
        if base in names:
            if o.get("status") == "split":
                containers[base] = o
            else:
                by_src[base].append((0, o))
            continue
        # "(message 1/2)" holds a slash: match on the whole source, then take the stem's basename
        m = MSG_RE.match(str(o.get("source", "")))
        stem = os.path.basename(m.group("stem")) if m else None
        if m and stems.get(stem):
            cands = stems[stem]
            d = next((x for x in cands if x["kind"] == "lab"), cands[0])
            by_src[d["file"]].append((int(m.group("i")), o))
        else:
            by_src[base].append((0, o))
    by_src = collections.defaultdict(list, {k: [o for _, o in sorted(v, key=lambda t: t[0])] for k, v in by_src.items()})

    total = new_stat()
    breakdown = {k: collections.defaultdict(new_stat) for k in ("kind", "format", "render", "layout", "case", "file_case")}
    wrong, review_reasons, count_findings, rows, extras = [], collections.Counter(), [], [], []
    dtype = collections.defaultdict(collections.Counter)
    for d in docs:
        mine = by_src.pop(d["file"], [])
        pairs, extra = match_file(d, mine, count_findings)
        for o in extra:
            extras.append({"doc_id": d["doc_id"], "file": d["file"], "status": o.get("status"),
                           "patient": o.get("patient"), "reason": o.get("reason")})
            if o.get("status") == "filed":
                total["WRONG"] += 1
                total["WRONG_extra_filed"] += 1
                wrong.append({"doc_id": d["doc_id"], "file": d["file"], "part": None, "outcome": "WRONG_extra_filed",
                              "expected": None, "got": o.get("patient"), "case": d["case"], "note": "object with no part"})
        for i, part, o in pairs:
            oc = outcome(part, o)
            add(total, part, oc)
            keys = {"kind": d["kind"], "format": d["format"], "render": d["render"], "layout": d["layout"],
                    "case": ("lab:" if d["kind"] == "lab" else "doc:") + part["case"], "file_case": d["case"]}
            for k, v in keys.items():
                add(breakdown[k][v], part, oc)
            row = {"doc_id": d["doc_id"], "file": d["file"], "part": i, "outcome": oc, "expected": part["expected_patient"],
                   "fileable": part["fileable"], "subject": part["subject_ipp"], "got_status": o.get("status") if o else None,
                   "got_patient": o.get("patient") if o else None, "reason": o.get("reason") if o else None,
                   "got_doc_type": o.get("doc_type") if o else None, "doc_type": d["doc_type"], "case": part["case"],
                   "format": d["format"], "render": d["render"], "layout": d["layout"], "note": part["note"]}
            rows.append(row)
            if oc.startswith("WRONG"):
                wrong.append(row)
            if oc in ("review_fileable", "error_fileable"):
                review_reasons[short_reason(o.get("reason"))] += 1
            if o and o.get("status") == "filed":
                dtype[d["doc_type"]]["filed"] += 1
                dtype[d["doc_type"]]["right_type"] += (o.get("doc_type") == d["doc_type"])
                dtype[d["doc_type"]]["got:" + str(o.get("doc_type"))] += 1
    unknown = [o for v in by_src.values() for o in v]

    # A lab report swallowed into another report's object: when a file yields fewer objects than it has
    # reports, look for the missing report's printed name + birth date inside the files docpipe stored
    # for the filed objects of the same source (docpipe's output artifacts, not its code).
    swallowed = []
    by_doc = {d["doc_id"]: d for d in docs}
    for c in count_findings:
        d = by_doc[c["doc_id"]]
        filed = [o for o in c.get("_objs", []) if o.get("status") == "filed" and o.get("stored_path")]
        for i, part in enumerate(d["parts"]):
            row = next((r for r in rows if r["doc_id"] == d["doc_id"] and r["part"] == i), None)
            if not row or row["outcome"] != "missing" or not part.get("marker"):
                continue
            mk = part["marker"]
            for o in filed:
                txt = read_stored(home, o["stored_path"])
                own = next((r for r in rows if r["doc_id"] == d["doc_id"] and r.get("got_patient") == o.get("patient")
                            and r["outcome"] != "missing"), None)
                own_mk = d["parts"][own["part"]].get("marker") if own else None
                if txt and marker_in(mk, txt, own_mk):
                    item = {"doc_id": d["doc_id"], "file": d["file"], "part": i, "outcome": "WRONG_swallowed",
                            "expected": part["expected_patient"], "subject": part["subject_ipp"],
                            "got_patient": o.get("patient"), "case": part["case"], "format": d["format"],
                            "render": d["render"], "layout": d["layout"], "got_doc_type": o.get("doc_type"),
                            "note": "report of %s (%s) found (identity or results) inside the object filed to %s; %s" % (
                                mk.get("name"), mk.get("dob"), o.get("patient"), part["note"])}
                    swallowed.append(item)
                    wrong.append(item)
                    row["outcome"] = "WRONG_swallowed"
                    total["missing"] -= 1
                    total["WRONG"] += 1
                    total["WRONG_swallowed"] += 1
                    break

    # ---------------------------------------------------------------- report
    print()
    print("=" * 100)
    print("OOD3 seed %s, %d files, %d parts (registry %d patients), docpipe tree %s" % (
        man["seed"], len(docs), total["parts"], man.get("registry_size", 0), tree))
    print("TOTAL  " + fmt_stat(total))
    f = total["fileable"]
    print("auto-filing rate (right / fileable): %.1f%%   WRONG: %d  (wrong patient %d, report swallowed into another "
          "patient's filed object %d, non-fileable filed to its subject %d, non-fileable filed to someone else %d, "
          "extra filed objects %d)" % (
              100.0 * total["right"] / f if f else 0, total["WRONG"], total["WRONG_patient"], total["WRONG_swallowed"],
              total["WRONG_nonfileable_to_subject"], total["WRONG_nonfileable_other"], total["WRONG_extra_filed"]))
    print()
    print("WRONG filings (%d):" % len(wrong))
    for w in wrong:
        print("  %s %s part %s [%s] %s: expected %s (subject %s) got %s | %s | %s/%s/%s | note: %s" % (
            w["doc_id"], w["file"], w["part"], w.get("case"), w["outcome"], w.get("expected"), w.get("subject"),
            w.get("got_patient", w.get("got")), w.get("got_doc_type"), w.get("format"), w.get("render"), w.get("layout"), w.get("note")))
    print()
    print("parts count differ (%d):" % len(count_findings))
    for c in count_findings:
        print("  %s %s [%s]: %d parts expected, %d objects: %s" % (
            c["doc_id"], c["file"], c["case"], c["expected_parts"], c["got_objects"],
            "; ".join("%s/%s" % (o["status"], o["patient"]) for o in c["objects"])))
    if extras:
        print("  extra objects without a part: %d" % len(extras))
    if unknown:
        print("objects whose source matches no corpus file: %d" % len(unknown))
    print()
    print("fileable parts sent to review — reasons:")
    for r, n in review_reasons.most_common(25):
        print("  %3d  %s" % (n, r))
    for k in ("kind", "format", "render", "layout", "case", "file_case"):
        print()
        print("by %s:" % k)
        for v, s in sorted(breakdown[k].items()):
            print("  %-34s %s" % (v[:34], fmt_stat(s)))
    print()
    print("doc_type of filed documents (right / filed):")
    for t, c in sorted(dtype.items()):
        got = ", ".join("%s=%d" % (k[4:], n) for k, n in c.items() if k.startswith("got:"))
        print("  %-22s %3d / %3d   (%s)" % (t, c["right_type"], c["filed"], got))
    print()
    cmd = "python benchmarks/ood3_eval.py --seed %s --docs %s --out %s" % (man["seed"], man["n"], a.out)
    print("reproduce: " + cmd + ("" if tree == CHECKOUT else " --tree %s" % tree))
    for c in count_findings:
        c.pop("_objs", None)
    res = {"seed": man["seed"], "docs": man["n"], "tree": tree, "run": run_info, "total": dict(total),
           "auto_filing_rate": total["right"] / f if f else None, "wrong": wrong, "parts_count_differ": count_findings,
           "swallowed": swallowed, "extra_objects": extras, "unknown_objects": unknown, "review_reasons": dict(review_reasons),
           "breakdown": {k: {v: dict(s) for v, s in b.items()} for k, b in breakdown.items()},
           "doc_type": {t: dict(c) for t, c in dtype.items()}, "rows": rows, "reproduce": cmd}
    with open(os.path.join(out, "result.json"), "w", encoding="utf-8") as fh:
        json.dump(res, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
