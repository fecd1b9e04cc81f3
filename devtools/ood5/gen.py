#!/usr/bin/env python3
"""ood5 corpus generator: synthetic registry + documents + manifest (ground truth from what the paper shows).

    python devtools/ood5/gen.py --seed 1 --docs 40 --out /tmp/ood5_s1 [--no-ocr-check]

Writes OUT/registry.csv, OUT/corpus/*, OUT/manifest.json, OUT/clean/ (clean 300 dpi PNG of page 1 of every
scanned part, used for the tesseract legibility check and for eyeballing).
"""
import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import docs  # noqa: E402
import draw  # noqa: E402
from names import SPECIALTIES  # noqa: E402
from registry import Registry, corrupt_ins, make_nir, norm, oracle, rand_date  # noqa: E402

FILEABLE_CASES = {"plain": 20, "homonym_resolved": 8, "twin_resolved": 5, "married_both": 8, "ins_name": 6,
                  "relative": 8, "accent": 6, "compound": 6}
REVIEW_CASES = {"absent": 5, "used_only": 4, "homonym_no_dob": 3, "twin_no_first": 2, "no_dob": 3,
                "two_patients": 2, "bad_ins": 2, "smudged": 2}
RENDERINGS = {"digital": 22, "scan300": 14, "fax200": 16, "fax150": 10, "grey": 13, "skew": 15, "photo": 10}
SCAN_RENDERINGS = {"scan300", "fax200", "fax150", "grey", "skew", "photo"}
PAGE_LAYOUTS = list(docs.LAYOUTS)
SINGLE_PAGE = ["prescription", "certificate", "imaging", "letter_table", "sticker_form", "care_form"]


def wchoice(rng, d):
    keys = list(d)
    return rng.choices(keys, [d[k] for k in keys])[0]


# ------------------------------------------------------------------ subjects and papers
def pick(rng, reg, cond, tries=4000):
    for _ in range(tries):
        p = rng.choice(reg.people)
        if cond(p):
            return p
    return None


def has_accent(s):
    return norm(s) != re.sub(r"[^A-Z]", "", (s or "").upper())


def dob_style(rng, d):
    styles = ["slash", "slash", "slash", "dot", "long", "dash"]
    if 1930 <= d.year <= 1999:
        styles.append("short")
    return rng.choice(styles)


def title_for(rng, P):
    if P.age() < 15:
        return rng.choice([None, None, "l'enfant", "le jeune" if P.sex == "M" else "la jeune"])
    return rng.choice(["Madame", "Mme"] if P.sex == "F" else ["Monsieur", "M."]) if rng.random() < 0.65 else None


def base_paper(rng, P, names="auto", first=True, dob=True, ins="maybe"):
    p = dict(sex=P.sex, sex_true=P.sex, title=title_for(rng, P))
    if names == "auto":
        r = rng.random()
        if P.used and r < 0.5:
            names = "both"
        elif r < 0.3:
            names = "birth"
        else:
            names = "name"
    if names == "both":
        p["birth"], p["used"] = P.birth, P.used
    elif names == "birth":
        p["birth"] = P.birth
    elif names == "name":
        p["name"] = P.birth
    elif names == "used_name":
        p["name"] = P.used
    elif names == "used_label":
        p["used"] = P.used
    if first:
        p["first"] = ", ".join(P.firsts) if (len(P.firsts) > 1 and rng.random() < 0.2) else P.first
    if dob:
        p["dob"], p["dob_style"] = P.dob, dob_style(rng, P.dob)
    if ins == "yes" or (ins == "maybe" and P.ins and rng.random() < 0.3):
        if P.ins:
            p["ins"] = P.ins
            p["ins_style"] = rng.choice(["plain", "spaced", "spaced", "keysep"])
    return p


def build_case(rng, reg, case):
    """Return (subject Person or None, paper dict, extra flags)."""
    P = None
    flags = {}
    if case == "plain":
        P = pick(rng, reg, lambda x: True)
        return P, base_paper(rng, P), flags
    if case == "homonym_resolved":
        P = pick(rng, reg, lambda x: "homonym" in x.tags)
        return P, base_paper(rng, P), flags
    if case == "twin_resolved":
        P = pick(rng, reg, lambda x: "twin" in x.tags)
        return P, base_paper(rng, P), flags
    if case == "married_both":
        P = pick(rng, reg, lambda x: bool(x.used))
        return P, base_paper(rng, P, names="both"), flags
    if case == "ins_name":
        P = pick(rng, reg, lambda x: bool(x.ins))
        return P, base_paper(rng, P, names=rng.choice(["name", "birth"]), dob=rng.random() < 0.3, ins="yes"), flags
    if case == "relative":
        P = pick(rng, reg, lambda x: (x.mother is not None and x.age() < 18) or x.spouse is not None)
        flags["force_relative"] = True
        return P, base_paper(rng, P), flags
    if case == "accent":
        P = pick(rng, reg, lambda x: has_accent(x.birth + x.first))
        p = base_paper(rng, P)
        flags["keep_acc"] = P.reg_plain or rng.random() < 0.5
        if not P.reg_plain:   # registry has accents: paper without
            p["first"] = draw_strip(p.get("first"))
            flags["keep_acc"] = False
        return P, p, flags
    if case == "compound":
        P = pick(rng, reg, lambda x: bool(re.search(r"[-' ]", x.birth + "|" + x.first)))
        return P, base_paper(rng, P), flags
    # ---- non-fileable
    if case == "absent":
        if rng.random() < 0.5:
            o = rng.choice(reg.people)
            d = o.dob + dt.timedelta(days=rng.choice([1, -1, 31, 365, -365, rng.randint(400, 9000)]))
            P = reg.outsider(birth=o.birth, first=o.first, sex=o.sex, dob=d, with_ins=rng.random() < 0.4)
            flags["near_miss_of"] = o.ipp
        else:
            P = reg.outsider(with_ins=rng.random() < 0.4)
        return P, base_paper(rng, P, names=rng.choice(["name", "birth"])), flags
    if case == "used_only":
        P = pick(rng, reg, lambda x: bool(x.used))
        return P, base_paper(rng, P, names=rng.choice(["used_name", "used_name", "used_label"]), ins="no"), flags
    if case == "homonym_no_dob":
        P = pick(rng, reg, lambda x: "homonym" in x.tags)
        return P, base_paper(rng, P, names=rng.choice(["name", "birth"]), dob=False, ins="no"), flags
    if case == "twin_no_first":
        P = pick(rng, reg, lambda x: "twin" in x.tags and x.twin.sex == x.sex)
        if P is None:
            P = pick(rng, reg, lambda x: "twin" in x.tags)
        p = base_paper(rng, P, names="name", first=False, ins="no")
        p["title"] = rng.choice(["Jumeau" if P.sex == "M" else "Jumelle", "Bébé", None])
        return P, p, flags
    if case == "no_dob":
        P = pick(rng, reg, lambda x: "homonym" not in x.tags)
        p = base_paper(rng, P, dob=False, ins="no")
        r = rng.random()
        if r < 0.35:
            p["age"] = P.age()
        elif r < 0.6:
            p["year"] = P.dob.year
        return P, p, flags
    if case == "two_patients":
        P = pick(rng, reg, lambda x: x.spouse is not None) or rng.choice(reg.people)
        Q = P.spouse or rng.choice(reg.people)
        p = base_paper(rng, P, names="name", ins="no")
        p["second"] = base_paper(rng, Q, names="name", ins="no")
        p["second"]["title"] = "Madame" if Q.sex == "F" else "Monsieur"
        p["title"] = "Madame" if P.sex == "F" else "Monsieur"
        p["two_patients"] = True
        flags["second"] = Q.ipp
        return P, p, flags
    if case == "bad_ins":
        P = pick(rng, reg, lambda x: bool(x.ins))
        p = base_paper(rng, P, names="name", dob=False, ins="yes")
        p["ins"] = corrupt_ins(rng, P.ins)
        return P, p, flags
    if case == "smudged":
        P = pick(rng, reg, lambda x: True)
        p = base_paper(rng, P)
        flags["smudge"] = True
        return P, p, flags
    raise ValueError(case)


def draw_strip(s):
    from registry import strip_accents
    return strip_accents(s) if s else s


def paper_str(p, st):
    U = st["U"]
    out = []
    for k, lab in [("name", "name"), ("birth", "birth name"), ("used", "used name")]:
        if p.get(k):
            out.append(f"{lab}={U(p[k])}")
    out.append(f"first={p.get('first') or '-'}")
    if p.get("dob"):
        out.append("dob=" + docs.fdate(p["dob"], p["dob_style"]))
    elif p.get("year"):
        out.append(f"year={p['year']}")
    elif p.get("age") is not None:
        out.append(f"age={p['age']}")
    else:
        out.append("dob=-")
    out.append(f"sex={p.get('sex') or '-'}")
    if p.get("ins"):
        out.append("INS=" + docs.fins(p["ins"], p["ins_style"]))
    if p.get("second"):
        out.append("AND second patient: " + paper_str(p["second"], st))
    if p.get("smudged"):
        out.append("(name, birth date and INS smudged/illegible)")
    return " | ".join(out)


# ------------------------------------------------------------------ smudging
def smudge_pages(pages, strings, rng):
    strings = [s for s in strings if s]

    def walk(pg):
        extra = []
        for op in pg.ops:
            if op[0] == "text" and any(s in op[3] for s in strings):
                _, x, y, s, size, fk = op
                extra.append(("smudge", x - 1, y - size * 0.36 - 0.5, draw.width_mm(s, size, fk) + 2,
                              size * 0.5 + 1.5, rng.randint(0, 10 ** 6)))
            elif op[0] == "group":
                walk(op[6])
        pg.ops += extra

    for pg in pages:
        walk(pg)


# ------------------------------------------------------------------ rendering
def render(rng, pages, rendering, path_base):
    """Write the file; return its path."""
    if rendering == "digital":
        fn = path_base + ".pdf"
        draw.render_pdf(pages, fn)
        return fn
    if rendering == "photo":
        img = draw.render_image(pages[0], 200)
        img = draw.photo(img, rng)
        fn = path_base + ".jpg"
        img.save(fn, "JPEG", quality=rng.randint(70, 85))
        return fn
    imgs = []
    dpi = {"scan300": 300, "fax200": 200, "fax150": 150, "grey": 300, "skew": 300}[rendering]
    ang = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
    for pg in pages:
        img = draw.render_image(pg, dpi)
        if rendering == "scan300":
            img = draw.noise(img, rng, 4)
        elif rendering in ("fax200", "fax150"):
            img = draw.fax(img, rng)
        elif rendering == "grey":
            img = draw.grey_paper(img, rng)
        elif rendering == "skew":
            img = draw.noise(draw.skew(img, ang + rng.uniform(-0.2, 0.2)), rng, 5)
        imgs.append(img)
    fn = path_base + ".pdf"
    draw.save_images_pdf(imgs, fn, dpi)
    return fn


# ------------------------------------------------------------------ legibility (tesseract on clean 300 dpi)
def legibility_tokens(p, st):
    U = st["U"]
    words, digits = [], []
    nm = p.get("birth") or p.get("name") or p.get("used")
    if nm:
        words.append(norm(U(nm)))
    if p.get("first"):
        words.append(norm(re.split(r"[ ,]+", p["first"])[0]))
    if p.get("dob"):
        ds = docs.fdate(p["dob"], p["dob_style"])
        if p["dob_style"] == "long":
            words.append(norm(ds.split()[1]))
            digits.append(str(p["dob"].year))
        else:
            digits.append(re.sub(r"[^0-9]", "", ds))
    elif p.get("ins"):
        digits.append(p["ins"])
    return words, digits


def ocr_check(png, words, digits):
    """Legible = some standard tesseract page segmentation (3, then 6, then 11) reads the identity."""
    msg = "?"
    for psm in ("3", "6", "11"):
        try:
            out = subprocess.run(["tesseract", png, "stdout", "-l", "fra", "--psm", psm], capture_output=True,
                                 text=True, timeout=180).stdout
        except Exception as e:  # pragma: no cover
            return None, str(e)
        on = norm(out)
        od = re.sub(r"[^0-9A-Z]", "", out.upper())
        miss = [w for w in words if w not in on] + [d for d in digits if d not in od]
        if not miss:
            return True, f"ok (psm {psm})"
        msg = f"psm 3/6/11 all miss some of: {', '.join(miss)}"
    return False, msg


# ------------------------------------------------------------------ main
def make_ctx(rng, reg):
    docs_ = []
    adults = [p for p in reg.people if 30 <= p.age() <= 70]
    for P in rng.sample(adults, 8):
        docs_.append(dict(first=P.first, name=P.birth.upper(), spec=rng.choice(SPECIALTIES),
                          rpps="10" + "%09d" % rng.randint(0, 10 ** 9 - 1), ipp=P.ipp))
    for _ in range(18):
        o = reg.outsider(dob=rand_date(rng, 30, 70))
        docs_.append(dict(first=o.first, name=o.birth.upper(), spec=rng.choice(SPECIALTIES),
                          rpps="10" + "%09d" % rng.randint(0, 10 ** 9 - 1), ipp=None))
    return dict(reg=reg, doctors=docs_, make_nir=lambda pp: make_nir(rng, pp.sex, pp.dob))


def describe_others(shown, others, reg_people=()):
    out = []
    for d in shown:
        if isinstance(d, dict) and d.get("ipp"):
            out.append(f"Dr {d['first']} {d['name']} (doctor printed; registry patient {d['ipp']})")
    for role, o in others:
        if role == "sticker_hospital_ipp":
            trap = any(q.ipp == o for q in reg_people)
            out.append(f"hospital IPP {o} on sticker" + (" (= practice IPP of ANOTHER registry patient)" * trap))
        elif isinstance(o, dict):
            if o.get("ipp"):
                out.append(f"{role}: Dr {o['first']} {o['name']} (registry patient {o['ipp']})")
        elif getattr(o, "ipp", None):
            out.append(f"{role}: {o.first} {o.birth} (registry patient {o.ipp})")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--out", required=True)
    ap.add_argument("--patients", type=int, default=0, help="registry size (default: 2500-3500 drawn by seed)")
    ap.add_argument("--no-ocr-check", action="store_true")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed * 7919 + 5)
    out = os.path.abspath(a.out)
    for sub in ("corpus", "clean"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    reg = Registry(rng, a.patients or rng.randint(2500, 3500))
    with open(os.path.join(out, "registry.csv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(reg.csv_rows()) + "\n")
    ctx = make_ctx(rng, reg)
    allw = dict(FILEABLE_CASES, **REVIEW_CASES)
    files, checks = [], []
    for i in range(1, a.docs + 1):
        batch = rng.random() < 0.05
        nparts = 2 if batch else 1
        rendering = wchoice(rng, RENDERINGS)
        layout = None
        if not batch:
            layout = rng.choice(PAGE_LAYOUTS + ["dictation_txt", "letter_docx"])
            if layout == "dictation_txt":
                rendering = "txt"
            elif layout == "letter_docx":
                rendering = "docx"
        if batch and rendering == "photo":
            rendering = "scan300"
        parts, all_pages = [], []
        for k in range(1, nparts + 1):
            cw = dict(allw)
            if rendering not in SCAN_RENDERINGS:
                cw.pop("smudged")
            lay = layout if not batch else rng.choice(SINGLE_PAGE)
            if lay not in docs.SENTENCE_LAYOUTS:
                cw.pop("two_patients")
            if lay not in docs.RELATIVE_LAYOUTS:
                cw.pop("relative")
            case = wchoice(rng, cw)
            P = p = None
            for _ in range(30):
                P, p, flags = build_case(rng, reg, case)
                if P is not None:
                    break
            st = docs.style_choices(rng)
            if "keep_acc" in flags:
                ka = flags["keep_acc"]
                st["U"] = (lambda kk: (lambda s: docs.upname(s, kk)))(ka)
            ctx["trap_ipp"] = rng.choice([q for q in rng.sample(reg.people, 3) if q is not P] or [reg.people[0]]).ipp
            ctx["city"] = rng.choice(docs.CITIES)
            ctx["font"] = rng.choice(docs.FONTS)
            sp = P
            if not flags.get("force_relative") and rng.random() < 0.5:
                sp = None  # extra people drawn at random rather than from the subject's household
            ctx["force_relative"] = bool(flags.get("force_relative"))
            sentence_only = lay in ("letter_sentence", "certificate", "dictation_txt") or (
                lay == "letter_docx" and not st["docx_table"])
            if sentence_only and p.get("birth") and not p.get("used"):
                p["name"] = p.pop("birth")   # a sentence cannot say "birth name": the name is printed unqualified
            base = os.path.join(out, "corpus", f"s{a.seed}_{i:03d}")
            shown, others, pages, text = [], [], None, None
            if lay == "dictation_txt":
                text, shown, others = docs.txt_dictation(rng, ctx, p, st, sp)
            elif lay == "letter_docx":
                pass
            else:
                pages, shown, others = docs.LAYOUTS[lay](rng, ctx, p, st, sp)
            if flags.get("smudge"):
                U = st["U"]
                targets = [U(x) for x in (p.get("birth"), p.get("name"), p.get("used")) if x]
                if p.get("dob"):
                    targets.append(docs.fdate(p["dob"], p["dob_style"]))
                if p.get("ins"):
                    targets.append(docs.fins(p["ins"], p["ins_style"]))
                smudge_pages(pages, targets, rng)
                seen = dict(p)
                for kk in ("birth", "name", "used", "dob", "ins"):
                    seen.pop(kk, None)
                seen["first"] = None
                seen["smudged"] = True
                oracle_paper = seen
            else:
                oracle_paper = p
            exp, why = oracle(P if P.ipp else None, oracle_paper, reg)
            if exp is None and P.ipp is None:
                why = why
            intended = case in FILEABLE_CASES
            if intended != (exp is not None):
                why += f" [case '{case}' intended {'fileable' if intended else 'review'}; oracle decided]"
            parts.append(dict(index=k, case=case, expected_patient=exp, subject=P.ipp, note=why,
                              paper=paper_str(oracle_paper if flags.get("smudge") else p, st),
                              others=describe_others(shown, others, reg.people), layout=lay, legible=None,
                              flags={kk: v for kk, v in flags.items() if kk not in ("keep_acc",)},
                              _pages=pages, _text=text, _p=p, _st=st, _lay=lay, _sp=sp, _base=base))
        # ---- write the file
        if rendering == "txt":
            fn = parts[0]["_base"] + ".txt"
            with open(fn, "w", encoding="utf-8") as fh:
                fh.write(parts[0]["_text"])
            npages = 1
        elif rendering == "docx":
            fn = parts[0]["_base"] + ".docx"
            pt = parts[0]
            shown, others = docs.docx_letter(rng, ctx, pt["_p"], pt["_st"], pt["_sp"], fn)
            pt["others"] = describe_others(shown, others, reg.people)
            npages = 1
        else:
            all_pages = []
            for pt in parts:
                pt["page_range"] = [len(all_pages) + 1, len(all_pages) + len(pt["_pages"])]
                all_pages += pt["_pages"]
            if rendering == "photo" and len(all_pages) > 1:
                rendering = "skew"
            fn = render(rng, all_pages, rendering, parts[0]["_base"])
            npages = len(all_pages)
            if rendering in SCAN_RENDERINGS:
                for pt in parts:
                    png = os.path.join(out, "clean", os.path.basename(fn) + f".p{pt['index']}.png")
                    draw.render_image(pt["_pages"][0], 300).save(png)
                    if pt["expected_patient"] is not None:
                        checks.append((pt, png, *legibility_tokens(pt["_p"], pt["_st"])))
        files.append(dict(file=os.path.basename(fn), rendering=rendering,
                          layout="batch" if batch else layout, pages=npages, parts=parts))
    if not a.no_ocr_check and checks:
        with ThreadPoolExecutor(2) as ex:
            res = list(ex.map(lambda c: ocr_check(c[1], c[2], c[3]), checks))
        for (pt, png, _, _), (ok, msg) in zip(checks, res):
            pt["legible"] = ok
            if not ok:
                pt["note"] += f" [tesseract on clean 300 dpi: {msg}]"
    for f in files:
        for pt in f["parts"]:
            for kk in [x for x in pt if x.startswith("_")]:
                del pt[kk]
    man = dict(seed=a.seed, docs=a.docs, patients=len(reg.people), files=files)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(man, fh, ensure_ascii=False, indent=1)
    nparts = sum(len(f["parts"]) for f in files)
    nfil = sum(1 for f in files for p in f["parts"] if p["expected_patient"])
    nill = sum(1 for f in files for p in f["parts"] if p["legible"] is False)
    print(f"ood5 seed {a.seed}: {len(reg.people)} patients, {len(files)} files, {nparts} parts, "
          f"{nfil} fileable, {nparts - nfil} expected review, {nill} fileable scans marked illegible")
    return 0


if __name__ == "__main__":
    sys.exit(main())
