#!/usr/bin/env python3
"""Self-check of an ood4 corpus: python devtools/ood4/verify.py DIR

For every part: does the registry oracle agree with the truth (fileable <=> exactly one
compatible patient)?  Is the identity legible on page 1 (text layer, or tesseract -l fra
for images / image-only PDFs)?  Deliberately illegible or identity-less parts are reported
as such, not as failures.
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402


def page1_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "hpr", "hl7"):
        raw = open(path, "rb").read()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == "pdf":
        import pypdf
        txt = pypdf.PdfReader(path).pages[0].extract_text() or ""
        if txt.strip():
            return txt
        import pypdfium2 as pdfium
        im = pdfium.PdfDocument(path)[0].render(scale=300 / 72).to_pil()
        return gen.ocr_image(im)
    from PIL import Image
    return gen.ocr_image(Image.open(path))


def main():
    out = sys.argv[1]
    man = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
    reg_ok = not man.get("self_check_problems")
    print("oracle self-check:", "OK" if reg_ok else man["self_check_problems"])
    bad = 0
    for f in man["files"]:
        text = page1_text(os.path.join(out, "corpus", f["file"]))
        for p in f["parts"]:
            miss = gen.identity_legible(text, p["shown"])
            if f["rendering"] in ("hl7",):
                miss = gen.identity_legible(text.replace("^", " "), p["shown"])
            tag = "ok" if not miss else ("expected-illegible" if p["case"] == "illegible" else "MISSING " + ", ".join(miss))
            if p["fileable"] and miss:
                bad += 1
            print(f"{f['file']:<26} {f['rendering']:<9} {p['case']:<20} {'F' if p['fileable'] else '-'} {tag}")
    print(f"\nfileable parts whose identity was not found on page 1: {bad}")


if __name__ == "__main__":
    main()
