"""Fourth adversary (session 53) of the empty-caption rule (FINAL 2a12000): rendered pages read by Tesseract.
Loss families (truth = the patient): the patient's sticker above an empty circle caption and her identity again below;
wrong families (truth = null): the patient's undated sticker that the rule does not recognise as a sticker, and the
caption's value (a relative) dated in the right column. Fictitious people only.
python captions_stickers_ocr.py --out DIR [--seed 5454]  ->  DIR/pages/*.png, DIR/registry.csv, DIR/truth.json"""
from __future__ import annotations
import argparse, csv, json, os, random, sys
sys.path.insert(0, "/work/main/devtools/layout_traps")
from captions_people_ocr import (Page, Gen, Person, d, rdate, phone, SURNAMES, MALE, FEMALE, CITIES, STREETS, SERVICES)

CAPS = ["Personne de confiance :", "Personne à prévenir :", "Famille :", "Représentant légal (le cas échéant) :",
        "Contact d'urgence :", "Tuteur / Curateur :"]


class G(Gen):
    def __init__(s, seed):
        super().__init__(seed)
        s.usage = {}

    def num(s, label=None):
        r = s.rng
        label = label or r.choice(["IPP : ", "IPP ", "NDA : ", "NIP : "])
        return f"{label}{r.randint(10 ** 7, 10 ** 10 - 1)}"

    def barcode(s, p, x, y, w, h):
        r = s.rng
        cx = x
        while cx < x + w:
            bw = r.choice([0.25, 0.25, 0.5, 0.75])
            p.items.append(("bar", cx, y, cx + bw, y + h))
            cx += bw + r.choice([0.25, 0.5, 0.75])
        return y + h

    def block(s, p, x, y, pitch, pt, lines, box=None, bar_after=None):
        """A sticker or identity block; a barcode drawn after line `bar_after` if asked."""
        yy = y
        w = max(p.width(t_, pt, True) for t_ in lines if t_)
        for k, txt in enumerate(lines):
            if txt:
                p.t(x, yy, txt, pt, k == 0)
            yy += pitch
            if bar_after == k:
                yy = s.barcode(p, x, yy + 0.5, min(w, 38), pitch * 1.4) + 0.8
        if box if box is not None else s.rng.random() < 0.5:
            p.box(x - 2, y - 2, x + w + 3, yy + 1)
        return yy

    def left_header(s, p, lx, ly, pitch, pt, caps, fields=True):
        """Letterhead then admin fields, one or two empty circle captions last (no value line below)."""
        r = s.rng
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3]))
        y += pitch * 0.5
        if fields:
            fl = [f"Date d'entrée : {d(rdate(r, 2025, 2025))}", f"Médecin traitant : Dr {r.choice(SURNAMES)}",
                  f"Unité : {r.choice(SERVICES)}"]
            y = p.lines(lx, y, pitch, pt, r.sample(fl, r.choice([1, 2]))) + pitch * 0.2
        cs = r.sample(caps, r.choice([1, 1, 2]))
        leads = []
        for c in cs:
            leads.append(s.caption(p, lx, y, pt, c, 100))
            y += pitch * 1.2
        return y, city, cs, leads

    def id_body(s, p, x, y, pitch, pt, pat, kind=None, used=None):
        r = s.rng
        kind = kind or r.choice(["section", "section", "lines", "sentence"])
        sur = used or pat.surname
        if kind == "section":
            p.t(x, y, r.choice(["IDENTITÉ DU PATIENT", "PATIENT", "IDENTIFICATION DU PATIENT"]), pt, True)
            y += pitch * 1.3
            nm = f"{pat.civ} {sur} {pat.first}" if r.random() < 0.7 else f"{sur} {pat.first}"
            if used:
                nm += f" née {pat.surname}"
            y = p.lines(x, y, pitch, pt, [nm, f"{pat.nee} le {d(pat.ddn, r.choice([0, 0, 2]))}",
                                          f"{r.randint(1, 90)} {r.choice(STREETS)}"])
        elif kind == "lines":
            nm = f"{pat.civ} {sur} {pat.first}"
            if used:
                nm += f" née {pat.surname}"
            y = p.lines(x, y, pitch, pt, [nm, f"{pat.nee} le {d(pat.ddn)}"])
        else:
            nm = f"{pat.civ} {sur} {pat.first}" + (f", née {pat.surname}" if used else "")
            y = p.lines(x, y, pitch, pt, [f"{nm}, {pat.nee.lower()} le {d(pat.ddn)}, est hospitalisé(e) dans le service",
                                          "depuis le 3 janvier 2026 pour altération de l'état général."])
        return y, kind

    def tail(s, p, y, pt):
        s.body(p, y, pt, ["Motif : bilan de chute à domicile.", "Antécédents : HTA, diabète de type 2.",
                          "Allergies : aucune connue.", "Traitement habituel : metformine 1000 mg x 2."])

    # ------------------------------------------------------------------ losses (truth = the patient)
    def F1_undated_sticker_header(s):
        r = s.rng
        p = s.page("F1_undated_sticker_header", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=2000)
        bar = r.random() < 0.3
        L = [f"{pat.civ + ' ' if r.random() < 0.4 else ''}{pat.surname} {pat.first}", s.num()]
        if r.random() < 0.4:
            L.append(s.num("NDA : "))
        ye = s.block(p, rx, ly, pitch, pt, L, bar_after=0 if bar else None)
        y, city, cs, leads = s.left_header(p, lx, ly, pitch, pt, CAPS)
        y = max(y, ye) + pitch
        p.t(lx, y, r.choice(["FICHE DE LIAISON", "FICHE D'ADMISSION", "DOSSIER DE SOINS"]), pt + 1, True)
        y, kind = s.id_body(p, lx, y + pitch * 1.6, pitch, pt, pat)
        s.tail(p, y + pitch, pt)
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; undated sticker {L} bar={bar}; captions {cs} {leads}; body {kind}"

    def F2_usage_name_sticker(s):
        r = s.rng
        p = s.page("F2_usage_name_sticker", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(sex="F", y0=1935, y1=1995)
        used = s.surname()
        s.usage[pat.ipp] = used
        style = r.choice(["nee_line", "nee_line", "two_names", "usage_only_ddn"])
        L = {"nee_line": [f"{used} {pat.first}", f"Née {pat.surname} le {d(pat.ddn)}", s.num()],
             "two_names": [f"{used} {pat.first}", f"Nom de naissance : {pat.surname}", f"Née le {d(pat.ddn)}", s.num()],
             "usage_only_ddn": [f"Mme {used} {pat.first}", f"Née le {d(pat.ddn)}  F", s.num()]}[style]
        ye = s.block(p, rx, ly, pitch, pt, L)
        y, city, cs, leads = s.left_header(p, lx, ly, pitch, pt, CAPS)
        y = max(y, ye) + pitch
        p.t(lx, y, r.choice(["FICHE DE LIAISON", "FICHE D'ADMISSION", "DOSSIER DE SOINS"]), pt + 1, True)
        bodyname = r.choice([None, used])  # the body prints her birth name, or her used name and `née` birth name
        y, kind = s.id_body(p, lx, y + pitch * 1.6, pitch, pt, pat, used=bodyname)
        s.tail(p, y + pitch, pt)
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()} used {used}; sticker {style} {L}; captions {cs}; body {kind} used={bodyname}"

    def F3_long_sticker_twice(s):
        r = s.rng
        p = s.page("F3_long_sticker_twice", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=2000)
        style = r.choice(["ddn_last", "ddn_last", "surname_alone", "first_then_sur", "ddn_4th"])
        sx = pat.sex
        L = {"ddn_last": [f"{pat.surname} {pat.first}", s.num("IPP : "), s.num("NDA : "), f"UF {r.randint(1000, 9999)}",
                          f"{pat.nee} le {d(pat.ddn)}"],
             "surname_alone": [pat.surname, pat.first, f"{d(pat.ddn)}  {sx}", s.num("IPP ")],
             "first_then_sur": [f"{pat.first} {pat.surname}", f"{pat.nee} le {d(pat.ddn)}", s.num()],
             "ddn_4th": [f"{pat.surname} {pat.first}", s.num("IPP : "), f"Séjour {r.randint(10 ** 6, 10 ** 7)}",
                         f"Lit {r.randint(1, 30)}", f"DDN {d(pat.ddn)}"]}[style]
        ye = s.block(p, rx, ly, pitch, pt, L)
        y, city, cs, leads = s.left_header(p, lx, ly, pitch, pt, CAPS)
        y = max(y, ye) + pitch
        p.t(lx, y, r.choice(["FICHE DE LIAISON", "FICHE D'ADMISSION", "DOSSIER DE SOINS"]), pt + 1, True)
        y, kind = s.id_body(p, lx, y + pitch * 1.6, pitch, pt, pat)
        s.tail(p, y + pitch, pt)
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; sticker {style} {L}; captions {cs}; body {kind}"

    def F4_newborn_mother(s):
        r = s.rng
        p = s.page("F4_newborn_mother", 0.2)
        pt, pitch, lx, ly, rx = s.geometry()
        sur = s.surname()
        mreg = r.random() < 0.5
        mother = s.person(sur, "F", 1982, 2002, reg=mreg)
        baby = s.person(sur, y0=2025, y1=2025, ddn=rdate(s.rng, 2025, 2025))
        y, city = s.letterhead(p, lx, ly, pitch, pt, 2, service="Maternité")
        mdated = r.random() < 0.6
        ML = [f"{sur} {mother.first}"] + ([f"Née le {d(mother.ddn)}"] if mdated else []) + [s.num()]
        s.block(p, rx, ly, pitch, pt, ML, box=True)
        y = max(y, ly + len(ML) * pitch) + pitch
        p.t(lx, y, r.choice(["EXAMEN DU NOUVEAU-NÉ", "FICHE DE LIAISON NÉONATALE", "CARNET DE SORTIE DU NOUVEAU-NÉ"]), pt + 1, True)
        y += pitch * 1.6
        cap = r.choice(["Père :", "Parent 2 :", "Père / co-parent :", "Représentant légal :"])
        s.caption(p, lx, y, pt, cap, rx - 5)
        bstyle = r.choice(["right", "below"])
        bl = [f"{sur} {baby.first}", f"{baby.nee} le {d(baby.ddn)}", s.num()]
        if bstyle == "right":
            y = s.block(p, rx, y, pitch, pt, bl, box=True)
        else:
            y = s.block(p, lx, y + pitch * 1.8, pitch, pt, bl, box=True)
        s.body(p, y + pitch * 1.5, pt, [f"Poids de naissance : {r.randint(2600, 4100)} g", "Apgar 10/10/10",
                                        "Examen clinique normal. Allaitement maternel.", "Sortie prévue à J3."])
        p.truth = baby.ipp
        p.note = f"baby {baby.desc()} ({bstyle}); mother sticker {ML} reg={mreg}; caption {cap}"

    def F5_lab_request_stamp(s):
        r = s.rng
        p = s.page("F5_lab_request_stamp", 0.3)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=2015)
        doc = s.person(y0=1955, y1=1990, reg=r.random() < 0.3)
        p.t(lx, ly, r.choice(["LABORATOIRE DE BIOLOGIE MÉDICALE", "DEMANDE D'EXAMENS DE BIOLOGIE"]), pt + 1, True)
        stamp = [f"{doc.first} {doc.surname}" if r.random() < 0.5 else f"{doc.surname} {doc.first}",
                 r.choice(["Médecin généraliste", "Pédiatre", "Médecine générale"]),
                 f"RPPS {r.randint(10 ** 10, 10 ** 11 - 1)}", f"AM {r.randint(10, 95)} 1 {r.randint(10000, 99999)} {r.randint(1, 9)}"]
        ys = p.lines(lx, ly + pitch * 1.8, pitch, pt, stamp)
        L = [f"{pat.surname} {pat.first}", f"{pat.nee} le {d(pat.ddn)}", s.num()]
        ye = s.block(p, rx, ly + pitch * 1.8, pitch, pt, L, box=True)
        y = max(ys, ye) + pitch
        cap = r.choice(["Représentant légal (si mineur) :", "Personne à prévenir :", "Parent 1 :"])
        s.caption(p, lx, y, pt, cap, 105)
        y += pitch * 1.5
        y, kind = s.id_body(p, lx, y, pitch, pt, pat, kind=r.choice(["lines", "section"]))
        p.lines(lx, y + pitch, pitch, pt, ["Examens demandés : NFS, ionogramme, créatinine, HbA1c.", "À jeun : oui"])
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; stamp {stamp} doc {doc.desc()}; caption {cap}; body {kind}"

    def F6_pediatric_parents_empty(s):
        r = s.rng
        p = s.page("F6_pediatric_parents_empty", 0.2)
        pt, pitch, lx, ly, rx = s.geometry()
        sur = s.surname()
        child = s.person(sur, y0=2010, y1=2023)
        s.person(sur, "M", 1970, 1992)  # father and mother registered, not printed
        s.person(sur, "F", 1972, 1994)
        L = [f"{sur} {child.first}", s.num()] + ([s.num("NDA : ")] if r.random() < 0.5 else [])
        ye = s.block(p, rx, ly, pitch, pt, L)
        y, city = s.letterhead(p, lx, ly, pitch, pt, 2, service="Pédiatrie")
        y = max(y, ye) + pitch
        p.t(lx, y, r.choice(["FICHE D'ADMISSION PÉDIATRIQUE", "AUTORISATION D'OPÉRER", "FICHE DE LIAISON"]), pt + 1, True)
        y += pitch * 1.6
        for c in r.choice([["Parent 1 :", "Parent 2 :"], ["Père :", "Mère :"], ["Représentant légal :"],
                           ["Responsable légal 1 :", "Responsable légal 2 :"]]):
            s.caption(p, lx, y, pt, c, 105)
            y += pitch * 1.3
        y += pitch * 0.5
        p.t(lx, y, r.choice(["ENFANT", "IDENTITÉ DE L'ENFANT", "PATIENT"]), pt, True)
        y = p.lines(lx, y + pitch * 1.3, pitch, pt, [f"{sur} {child.first}", f"{child.nee} le {d(child.ddn)}"])
        s.tail(p, y + pitch, pt)
        p.truth = child.ipp
        p.note = f"child {child.desc()}; undated sticker {L}"


    def F7_sticker_own_band(s):
        """The patient's undated sticker in its own band at the right, below the letterhead (nothing at its left),
        the form's empty circle captions below it, then her identity block."""
        r = s.rng
        p = s.page("F7_sticker_own_band", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=2005)
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3]))
        L = [f"{pat.civ + ' ' if r.random() < 0.4 else ''}{pat.surname} {pat.first}", s.num()]
        if r.random() < 0.3:
            L.append(s.num("NDA : "))
        ye = s.block(p, rx, y + pitch * 0.8, pitch, pt, L, box=r.random() < 0.7)
        y = ye + pitch * r.uniform(0.8, 1.5)
        for c in r.sample(CAPS, r.choice([1, 1, 2])):
            lead = r.choice(["none", "dots", "under"])
            txt = c + {"none": "", "dots": " " + "." * 24, "under": " " + "_" * 20}[lead]
            p.t(lx, y, txt, pt)
            y += pitch * 1.3
        y += pitch * 0.4
        p.t(lx, y, r.choice(["FICHE DE LIAISON", "FICHE D'ADMISSION", "DOSSIER DE SOINS"]), pt + 1, True)
        y, kind = s.id_body(p, lx, y + pitch * 1.6, pitch, pt, pat, kind=r.choice(["section", "lines", "sentence"]))
        s.tail(p, y + pitch, pt)
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; undated sticker band {L}; body {kind}"

    def F8_caption_beside_sticker(s):
        """An empty caption at the left of the patient's undated sticker (the form's header), her identity below."""
        r = s.rng
        p = s.page("F8_caption_beside_sticker", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=2005)
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3]))
        y += pitch * 1.2
        c = r.choice(CAPS)
        p.t(lx, y, c, pt)
        L = [f"{pat.surname} {pat.first}", s.num()]
        ye = s.block(p, rx, y, pitch, pt, L, box=r.random() < 0.6)
        y = ye + pitch * r.uniform(0.8, 1.5)
        if r.random() < 0.5:
            p.t(lx, y, r.choice(["Objet : compte rendu d'hospitalisation", "Objet : demande d'avis"]), pt)
            y += pitch * 1.5
        y, kind = s.id_body(p, lx, y, pitch, pt, pat, kind=r.choice(["section", "lines", "sentence"]))
        s.tail(p, y + pitch, pt)
        p.truth = pat.ipp
        p.note = f"patient {pat.desc()}; caption {c} beside undated sticker {L}; body {kind}"

    # ------------------------------------------------------------------ wrong (truth = null)
    def W1_unrecognised_sticker(s):
        """The patient's undated sticker whose number the rule does not read as a patient's number, an empty caption,
        its value (a registered relative, dated) in the right column."""
        r = s.rng
        p = s.page("W1_unrecognised_sticker", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        pat = s.person(y0=1930, y1=1960, reg=r.random() < 0.5)
        rel = s.person(y0=1955, y1=1995)
        y, city = s.letterhead(p, lx, ly, pitch, pt, r.choice([2, 3]))
        style = r.choice(["venue", "dossier_de", "iep", "sejour", "ipp_first", "barcode", "admission", "episode"])
        nm = f"{pat.surname} {pat.first}"
        L, bar = {"venue": ([nm, s.num("Venue : ")], None), "dossier_de": ([nm, s.num("N° de dossier : ")], None),
                  "iep": ([nm, s.num("IEP : ")], None), "sejour": ([nm, s.num("Séjour : ")], None),
                  "ipp_first": ([s.num("IPP : "), nm], None), "barcode": ([nm, s.num("IPP : ")], 0),
                  "admission": ([nm, s.num("N° admission : ")], None), "episode": ([nm, s.num("Episode : ")], None)}[style]
        ye = s.block(p, rx, ly, pitch, pt, L, bar_after=bar)
        y = max(y, ye) + pitch
        p.t(lx, y, r.choice(["FICHE DE LIAISON", "FICHE D'ADMISSION"]), pt + 1, True)
        y += pitch * 1.6
        cap = r.choice(["Personne de confiance :", "Personne à prévenir :", "Famille :", "Représentant légal :"])
        p.t(lx, y, cap, pt)
        p.lines(lx + r.uniform(55, 75), y, pitch, pt, [f"{rel.civ} {rel.surname} {rel.first}", f"{rel.nee.lower()} le {d(rel.ddn)}",
                                                      f"Tél. : {phone(r)}"])
        s.body(p, y + 4.5 * pitch, pt)
        p.truth = None
        p.note = f"patient {pat.desc()} sticker {style} {L}; caption {cap} value right {rel.desc()}"

    def W2_namesake_parent(s):
        r = s.rng
        p = s.page("W2_namesake_parent", 0.25)
        pt, pitch, lx, ly, rx = s.geometry()
        sur = s.surname()
        fa = s.person(sur, "M", 1970, 1990)
        child = s.person(sur, "M", 2008, 2022, first=fa.first)
        y, city = s.letterhead(p, lx, ly, pitch, pt, 2, service="Pédiatrie")
        style = r.choice(["ipp", "ipp", "venue", "dossier_de", "ipp_first", "barcode"])
        nm = f"{sur} {child.first}"
        L, bar = {"ipp": ([nm, s.num("IPP : ")], None), "venue": ([nm, s.num("Venue : ")], None),
                  "dossier_de": ([nm, s.num("N° de dossier : ")], None), "ipp_first": ([s.num("IPP : "), nm], None),
                  "barcode": ([nm, s.num("IPP : ")], 0)}[style]
        ye = s.block(p, rx, ly, pitch, pt, L, bar_after=bar)
        y = max(y, ye) + pitch
        p.t(lx, y, r.choice(["FICHE D'ADMISSION PÉDIATRIQUE", "FICHE DE LIAISON"]), pt + 1, True)
        y += pitch * 1.6
        cap = r.choice(["Père :", "Parent 1 :", "Représentant légal :"])
        p.t(lx, y, cap, pt)
        p.lines(lx + r.uniform(45, 70), y, pitch, pt, [f"M. {sur} {fa.first}", f"né le {d(fa.ddn)}", f"Tél. : {phone(r)}"])
        s.body(p, y + 4.5 * pitch, pt)
        p.truth = None
        p.note = f"child {child.desc()} sticker {style} {L}; caption {cap} father {fa.desc()}"


def render(s, path, rng):
    """captions_people_ocr.Page.render with filled bars (a sticker's barcode)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    import captions_people_ocr as c
    sc = s.dpi * c.MM
    W, H = round(210 * sc), round(297 * sc)
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    fonts = {}
    for it in s.items:
        if it[0] == "text":
            _, x, y, txt, pt, b = it
            if (pt, b) not in fonts:
                fonts[(pt, b)] = ImageFont.truetype(c.FONTS[s.font][b], max(6, round(pt * s.dpi / 72)))
            dr.text((x * sc, y * sc), txt, font=fonts[(pt, b)], fill=0)
        elif it[0] == "box":
            dr.rectangle([v * sc for v in it[1:]], outline=0, width=max(1, round(sc * 0.25)))
        elif it[0] == "bar":
            dr.rectangle([v * sc for v in it[1:]], fill=0)
        elif it[0] == "poly":
            dr.line([(a * sc, b * sc) for a, b in it[1]], fill=40, width=max(2, round(sc * 0.35)))
    if s.fax:
        img = img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.7)))
        px = img.load()
        for _ in range(int(W * H / rng.choice([6000, 9000, 14000]))):
            px[rng.randrange(W), rng.randrange(H)] = 0
        img = img.point(lambda v: 0 if v < rng.choice([140, 160]) else 255).convert("1")
    elif rng.random() < 0.4:
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    img.save(path, dpi=(s.dpi, s.dpi))


Page.render = render


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=5454)
    a = ap.parse_args()
    g = G(a.seed)
    plan = [("F1_undated_sticker_header", 24), ("F2_usage_name_sticker", 22), ("F3_long_sticker_twice", 22),
            ("F4_newborn_mother", 18), ("F5_lab_request_stamp", 18), ("F6_pediatric_parents_empty", 18),
            ("W1_unrecognised_sticker", 24), ("W2_namesake_parent", 18), ("F7_sticker_own_band", 22), ("F8_caption_beside_sticker", 22)]
    for fn, n in plan:
        for _ in range(n):
            getattr(g, fn)()
    for _ in range(250):
        g.person(surname=g.rng.choice(SURNAMES))
    os.makedirs(os.path.join(a.out, "pages"), exist_ok=True)
    truth = {}
    for i, p in enumerate(g.pages):
        name = f"{p.family}_{i:03d}.png"
        p.render(os.path.join(a.out, "pages", name), random.Random(a.seed * 1000 + i))
        truth[name] = {"truth": p.truth, "family": p.family, "dpi": p.dpi, "fax": p.fax, "note": p.note}
    rows = list(g.rows)
    g.rng.shuffle(rows)
    with open(os.path.join(a.out, "registry.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["IPP", "Nom de naissance", "Prénom(s)", "Date de naissance", "Sexe", "Nom d'usage", "INS"])
        for q in rows:
            w.writerow([q.ipp, q.surname, q.first, d(q.ddn), q.sex, g.usage.get(q.ipp, ""), ""])
    json.dump(truth, open(os.path.join(a.out, "truth.json"), "w"), indent=1, ensure_ascii=False)
    print(len(g.pages), "pages", len(rows), "registry rows")


if __name__ == "__main__":
    main()
