#!/usr/bin/env python3
"""ood7 corpus generator (written blind): French medical mail for the docpipe black-box benchmark.

    python devtools/ood7/gen.py --seed S --docs N --out DIR

Writes DIR/registry.csv, DIR/corpus/*, DIR/manifest.json.  Byte-identical for a given seed.
Seeds 1 and 2 were used to debug the generator; measure on seeds >= 3.
"""
import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cases import CASES, Planner  # noqa: E402
from data import ESTABLISHMENTS, LABS, SERVICES  # noqa: E402
from ident import Ident  # noqa: E402
from layouts import LAYOUTS, Ctx, dr, fax_cover, watermark  # noqa: E402
from oracle import Oracle, norm  # noqa: E402
from page import Page  # noqa: E402
from people import TODAY, Population, bare  # noqa: E402
import render  # noqa: E402
from textdocs import write_docx, write_txt  # noqa: E402

RENDERINGS = {  # name: (weight, extension choices)
    "pdf_text": (14, ["pdf"]), "scan300": (10, ["pdf", "pdf", "tiff", "png"]), "fax200": (7, ["tiff", "pdf"]),
    "fax150": (5, ["tiff", "pdf"]), "grey_low_contrast": (5, ["pdf", "png"]), "jpeg200": (5, ["jpg", "pdf"]),
    "skewed_scan": (5, ["pdf", "tiff"]), "scan_page_upside_down": (3, ["pdf", "tiff"]),
    "phone_photo": (5, ["jpg"]), "docx": (8, ["docx"]), "txt": (6, ["txt"]),
}
SINGLE_PAGE_EXT = {"png", "jpg"}


def wchoice(rng, d):
    keys = list(d)
    return rng.choices(keys, weights=[d[k][0] for k in keys])[0]


def make_ctx(rng, pop, part, layout):
    p = part["person"]
    docs = pop.doctors
    est = rng.choice(ESTABLISHMENTS)
    author, recipient = rng.sample(docs, 2)
    if part.get("namesake_doctor"):
        reg = {(norm(q.birth), norm(q.first)): q for q in pop.registry}
        cands = [d for d in docs if (norm(d.last), norm(d.first)) in reg and reg[(norm(d.last), norm(d.first))].ipp != p.ipp]
        nd = rng.choice(cands)
        if rng.random() < 0.5:
            author = nd
        else:
            recipient = nd
        if recipient is author:
            recipient = rng.choice([d for d in docs if d is not nd])
        part["namesake_ipp"] = reg[(norm(nd.last), norm(nd.first))].ipp
    upper = layout == "listing_mono_maj" or rng.random() < 0.08
    idn = Ident(rng, p, upper=upper, **part["kw"])
    others_lines = [(role, line) for role, line, _ in part["others"]]
    c = Ctx(rng=rng, id=idn, p=p, est=est, service=rng.choice(SERVICES), lab=rng.choice(LABS), author=author,
            recipient=recipient, copies=rng.sample(docs, rng.choice([0, 0, 1, 2])), staff=rng.sample(docs, 4),
            date=TODAY - dt.timedelta(days=rng.randint(1, 60)), title=LAYOUTS.get(layout, (None, "Courrier"))[1],
            font=rng.choice(["sans", "sans", "serif", "dv", "cond", "narrow"]), others_lines=others_lines,
            assure=part.get("assure"), variant=None)
    if upper:
        c.others_lines = [(a.upper(), b.upper()) for a, b in others_lines]
    return c


def decorate(rng, pages, image):
    for pg in pages:
        if pg.blank:
            continue
        if rng.random() < 0.12:
            sub_w = rng.choice(["COPIE", "CONFIDENTIEL", "DUPLICATA"])
            watermark(pg, sub_w, Ctx(rng=rng))


def fax_header(rng, c, i, n):
    return (f"{c.date.strftime('%d/%m/%Y')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}   "
            f"FAX {c.est['tel']}   {c.est['short'].upper()[:22]}   P.{i:03d}/{n:03d}")


def rasterise(rng, pages, rendering, c):
    """Pages -> list of PIL images for an image rendering."""
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        img = render.raster(pg, 300)
        if rendering not in ("fax200", "fax150") and not pg.blank:
            img = render.paper_marks(img, rng, punch=rng.random() < 0.25, staple=(i == 0 and rng.random() < 0.2),
                                     fold=rng.random() < 0.2)
        if rendering == "scan300":
            img = render.scan(img, rng, skew=rng.uniform(-0.5, 0.5))
        elif rendering == "skewed_scan":
            img = render.scan(img, rng, skew=rng.choice([-1, 1]) * rng.uniform(1.5, 4.0))
        elif rendering == "scan_page_upside_down":
            img = render.scan(img, rng, skew=rng.uniform(-0.6, 0.6))
        elif rendering == "grey_low_contrast":
            img = render.scan(img, rng, grey=True, skew=rng.uniform(-0.8, 0.8))
        elif rendering in ("fax200", "fax150"):
            img = render.fax(img, rng, 200 if rendering == "fax200" else 150, fax_header(rng, c, i + 1, n))
        elif rendering == "jpeg200":
            img = render.jpeg_low(img, rng)
        elif rendering == "phone_photo":
            img = render.phone_photo(img, rng)
        out.append(img)
    return out


def dpi_of(rendering):
    return {"fax200": 200, "fax150": 150, "jpeg200": 200, "phone_photo": 250}.get(rendering, 300)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    t0 = time.time()
    rng = random.Random(a.seed * 7919 + 7)
    out = os.path.abspath(a.out)
    corpus = os.path.join(out, "corpus")
    os.makedirs(corpus, exist_ok=True)

    target = rng.randint(2000, 4000)
    pop = Population(rng, target - 150)
    pop.fill()
    pop.make_doctors()
    planner = Planner(rng, pop)

    # ---- plan: cases (may add people to the registry)
    case_pool = {k: v for k, v in CASES.items()}
    plans = []
    for i in range(a.docs):
        case = wchoice(rng, case_pool)
        if case == "two_patients_one_file":
            parts = [planner.build("full_identity"), planner.build(rng.choice(["full_identity", "married_birth_and_used"]))]
            for pt in parts:
                pt["case"] = "two_patients_one_file"
        else:
            parts = [planner.build(case)]
        plans.append(parts)
    while len(pop.registry) < target:
        pop.household()
    oracle = Oracle(pop.registry)

    # ---- build, check and render
    files, problems = [], []
    for i, parts in enumerate(plans, 1):
        rendering = wchoice(rng, RENDERINGS)
        multi = len(parts) > 1
        if multi and rendering in ("docx", "txt", "phone_photo"):
            rendering = rng.choice(["pdf_text", "scan300", "fax200"])
        ext = rng.choice(RENDERINGS[rendering][1])
        if multi and ext in SINGLE_PAGE_EXT:
            ext = "pdf"
        all_pages, mparts = [], []
        text_for_check = None
        if rendering in ("docx", "txt"):
            layout = rng.choice(["docx_entete", "docx_tableau"]) if rendering == "docx" else "dictee_txt"
        for k, part in enumerate(parts, 1):
            if rendering not in ("docx", "txt"):
                layout = rng.choice([x for x in LAYOUTS if not (ext in SINGLE_PAGE_EXT and x == "bio_multipage")])
                if part["person"].age < 16 and layout == "listing_mono_maj" and rng.random() < 0.5:
                    layout = "cr_consult_2col"
            if part["case"] == "child_absent_parent_registered" or part.get("assure"):
                if rendering not in ("docx", "txt") and rng.random() < 0.4:
                    layout = "bon_transport"
            c = make_ctx(rng, pop, part, layout)
            part["ctx"] = c
            exp, deb, why = oracle.decide(c.id.paper())
            want_deb = part.get("debatable")
            if want_deb == "debatable_used_name":
                if deb != "debatable_used_name" or exp != part["intended"]:
                    problems.append(f"doc {i}: debatable case but oracle says {exp} {deb} ({why})")
            elif exp != part["intended"] or deb:
                problems.append(f"doc {i} part {k} [{part['case']}]: intended {part['intended']} oracle {exp} {deb} "
                                f"({why}); paper {c.id.paper_str()}")
            part["exp"], part["why"] = exp, why
            if rendering in ("docx", "txt"):
                continue
            builder = LAYOUTS[layout][0]
            pages = builder(c)
            text = " ".join(pg.all_text() for pg in pages).replace("\n", " ")  # wrapped lines count
            for s in c.id.must():
                if s not in text:
                    problems.append(f"doc {i} part {k}: layout {layout} did not print {s!r}")
            first = len(all_pages) + 1
            all_pages += pages
            if rendering == "scan_page_upside_down" or (rendering in ("scan300", "skewed_scan") and ext != "png" and rng.random() < 0.15):
                if rng.random() < 0.6 or len(pages) == 1:
                    bp = Page(pages[-1].w, pages[-1].h)
                    bp.blank = True
                    all_pages.append(bp)
            part["pages"] = [first, len(all_pages)]
            part["layout"] = layout + (f"[{c.lab_mode}]" if layout == "bio_multipage" else "")
        name = f"o7_{i:03d}_{rendering}.{ext}"
        path = os.path.join(corpus, name)
        c = parts[0]["ctx"]
        if rendering == "docx":
            text = write_docx(c, path, layout)
            parts[0]["pages"], parts[0]["layout"] = [1, 1], layout
            for s in c.id.must():
                if s not in text:
                    problems.append(f"doc {i}: docx did not print {s!r}")
        elif rendering == "txt":
            text, enc = write_txt(c, path)
            parts[0]["pages"], parts[0]["layout"] = [1, 1], layout + ("[cp1252]" if enc != "utf-8" else "")
            for s in c.id.must():
                if s not in text:
                    problems.append(f"doc {i}: txt did not print {s!r}")
        else:
            cover = rendering in ("fax200", "fax150") and rng.random() < 0.5
            if cover:
                all_pages.insert(0, fax_cover(c, len(all_pages) + 1))
                for pt in parts:
                    pt["pages"] = [pt["pages"][0] + 1, pt["pages"][1] + 1]
                parts[0]["pages"][0] = 1
            decorate(rng, all_pages, rendering != "pdf_text")
            if rendering == "scan_page_upside_down":
                cand = [j for j, pg in enumerate(all_pages) if not pg.blank] if len(all_pages) > 1 else [0]
                all_pages[rng.choice(cand[1:] or cand)].upside_down = True
                if len(all_pages) == 1:
                    bp = Page()
                    bp.blank = True
                    all_pages.append(bp)
            if rendering == "pdf_text":
                render.write_pdf(all_pages, path, c.title)
            else:
                imgs = rasterise(rng, all_pages, rendering, c)
                if ext in SINGLE_PAGE_EXT:
                    imgs = imgs[:1]
                render.save_images(imgs, path, ext, dpi_of(rendering))
        mp = []
        for k, part in enumerate(parts, 1):
            c = part["ctx"]
            note = f"{part['case']}: {part['why']}"
            if part.get("homonym"):
                note += f"; registry homonym {part['homonym']}"
            if part.get("namesake_ipp"):
                note += f"; a printed doctor bears the name of registered patient {part['namesake_ipp']}"
            if len(parts) > 1:
                note += "; file holds two patients' documents, each part scored on its own pages"
            others = [f"{role}: {line}" + (f" [registered {q.ipp}]" if q is not None and q.ipp else " [not registered]")
                      for role, line, q in part["others"]]
            if c.assure:
                others.append(f"Assuré(e): {c.assure[0]} {c.assure[1]}")
            others += [f"signing doctor {dr(c.author)}", f"recipient {dr(c.recipient)}"] + \
                      [f"copy {dr(d)}" for d in c.copies]
            mp.append(dict(index=k, layout=part["layout"], rendering=rendering, case=part["case"],
                           expected_patient=part["exp"], subject=part["subject"], note=note, paper=c.id.paper_str(),
                           others=others, pages=part["pages"], debatable=part.get("debatable")))
        files.append(dict(file=name, layout=mp[0]["layout"] if len(mp) == 1 else "two_documents", rendering=rendering,
                          parts=mp))

    if problems:
        print("ORACLE / GENERATOR DISAGREEMENT — refusing to generate:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(["IPP", "Nom de naissance", "Nom d'usage", "Prénom(s)", "Date de naissance", "Sexe", "INS",
                "Lieu de naissance"])
    for p in sorted(pop.registry, key=lambda p: p.ipp):
        w.writerow([p.ipp, bare(p.birth), bare(p.used), " ".join(p.firsts), p.dob.strftime("%d/%m/%Y"), p.sex,
                    p.ins or "", p.place])
    with open(os.path.join(out, "registry.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    man = dict(generator="ood7", seed=a.seed, docs=a.docs, patients=len(pop.registry), files=files)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(man, fh, ensure_ascii=False, indent=1)
    nparts = sum(len(f["parts"]) for f in files)
    nfil = sum(1 for f in files for p in f["parts"] if p["expected_patient"])
    print(f"ood7 seed {a.seed}: {len(files)} files, {nparts} parts ({nfil} fileable), {len(pop.registry)} patients, "
          f"{time.time() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
