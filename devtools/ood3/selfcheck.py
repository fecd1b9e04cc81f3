#!/usr/bin/env python3
"""Sanity check of a generated corpus against its own truth (no docpipe involved).

For every text-bearing file (text PDF, DOCX, TXT, lab files) whose part is fileable through traits,
the expected patient's birth name and birth date must be printed in the file; for INS-fileable parts
the INS must be printed. Image files are checked through their layout only (not OCR'd here).

    python devtools/ood3/selfcheck.py DIR
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import norm, MONTHS  # noqa: E402


def text_of(path, fmt):
    if fmt == "pdf_text":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if fmt == "docx":
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out += [c.text for c in r.cells]
        return "\n".join(out)
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def date_forms(d):
    y, m, dd = d[:4], d[5:7], d[8:10]
    return [f"{dd}/{m}/{y}", f"{dd}.{m}.{y}", f"{dd}-{m}-{y}", f"{dd}/{m}/{y[2:]}", f"{y}{m}{dd}",
            "%d%s %s %s" % (int(dd), "er" if dd == "01" else "", MONTHS[int(m) - 1], y)]


def main(out):
    man = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
    reg = {}
    for line in open(os.path.join(out, "registry.csv"), encoding="utf-8").read().splitlines()[1:]:
        f = line.split(";")
        dd, mm, yy = f[3].split("/")
        reg[f[0]] = {"birth": f[1], "dob": f"{yy}-{mm}-{dd}", "ins": f[6]}
    bad = 0
    checked = 0
    for d in man["documents"]:
        if d["format"] in ("pdf_image", "tiff", "png", "jpeg"):
            continue
        txt = text_of(os.path.join(out, "corpus", d["file"]), d["format"])
        ntxt = norm(txt)
        for i, p in enumerate(d["parts"]):
            if p["case"] == "usage_only" and p["subject_ipp"] and d["kind"] == "document":
                b = reg[p["subject_ipp"]]["birth"]
                if re.search(r"\b%s\b" % re.escape(b), txt, re.I):
                    print("WARNING %s %s: usage_only part but the birth name %s is printed" % (d["doc_id"], d["file"], b))
            if not p["fileable"]:
                continue
            checked += 1
            r = reg[p["expected_patient"]]
            if "INS" in p["note"].split(";")[-1]:
                ok = r["ins"] in re.sub(r"\s", "", txt)
            else:
                ok = norm(r["birth"]) in ntxt and any(f in txt for f in date_forms(r["dob"]))
            if not ok:
                bad += 1
                print("MISMATCH %s %s part %d expected %s %s" % (d["doc_id"], d["file"], i, p["expected_patient"], r))
    print("checked %d fileable parts of text-bearing files, %d mismatches" % (checked, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
