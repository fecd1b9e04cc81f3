"""Adversarial pages, round 2: right-hand identity tables beside a letterhead (change 4 of 2dd79a5 vs a4277d5),
three-column section|caption|value tables, two-column forms, stickers continued into later blocks (change 2).

Writes OUT/pages/*.png, OUT/registry.csv, OUT/truth.json (per page: truth IPP or null, family, note).
Usage: python tables.py --out DIR --seed N [--plan NAME] [--scale F]
Reuses the drawing helpers of stickers.py. All names invented.
"""
from __future__ import annotations

import argparse
import json
import os
import random

from stickers import (CITIES, FEMALE, MALE, MOTIFS, SPECIALTIES, STREETS, Gen, Page, body, dfmt, letterhead, rdate)

PATIENT_HEADINGS = ["PATIENT", "IDENTITÉ DU PATIENT", "PATIENT(E)"]
REL_HEADINGS = ["PERSONNE À PRÉVENIR", "PERSONNE DE CONFIANCE", "CONTACT", "PÈRE", "MÈRE", "ASSURÉ",
                "Personne à prévenir", "Personne de confiance :", "Représentant légal :", "Responsable légal",
                "Parent 1", "Accompagnant", "En cas d'urgence", "Famille"]
NOCOLON_CAPTIONS = ["Accompagnant", "Personne à contacter", "En cas d'urgence", "Proche", "Famille", "Référent",
                    "Accompagné de", "Responsable", "Contact urgence", "Proche aidant", "Parent", "Entourage"]
UNKNOWN_HEADINGS = ["En cas d'urgence", "Famille", "Parent 1", "Accompagnant", "Responsable légal", "Entourage",
                    "Proche à contacter", "Référent familial", "URGENCE"]
COLON_CAPTIONS = ["Personne de confiance :", "Personne à prévenir :", "Mère :", "Épouse :", "Contact :",
                  "Représentant légal :", "Conjoint :", "Accompagnant :", "Père :"]


class Gen2(Gen):
    """Page families of round 2 (the registry, people and pages of gen.Gen)."""

    def relative_of(self, pat, how):
        """A registered third party of `pat`: `senior` (same surname and first name, another date: father/mother named
        alike), `twin` (same surname and date, another first name), `kin` (same surname), `other` (other surname)."""
        rng = self.rng
        if how == "senior":
            return self.person(surname=pat.surname, first=pat.first, sex=pat.sex, y0=1935, y1=1965)
        if how == "twin":
            firsts = [f for f in (MALE if pat.sex == "M" else FEMALE) if f != pat.first]
            return self.person(surname=pat.surname, first=rng.choice(firsts), sex=pat.sex, ddn=pat.ddn)
        if how == "kin":
            return self.person(surname=pat.surname, sex=rng.choice("MF"), y0=1935, y1=1975)
        return self.person(sex=rng.choice("MF"), y0=1935, y1=1980)

    def namesake(self, pat):
        """A registered namesake of `pat` (same surname and first name, another date): with the patient's date missing,
        the page does not tell them apart."""
        return self.person(surname=pat.surname, first=pat.first, sex=pat.sex, y0=1935, y1=2005)

    def patient_and_relative(self, registered_share=0.7, how=None):
        rng = self.rng
        registered = rng.random() < registered_share
        pat = self.person(register=registered, y0=1960 if rng.random() < 0.5 else 1935, y1=2012)
        how = how or rng.choice(["senior", "senior", "twin", "kin", "other"])
        rel = self.relative_of(pat, how)
        return pat, rel, how, registered

    def relative_rows(self, rel, style):
        rng = self.rng
        d = dfmt(rel.ddn, rng.choice([0, 0, 1]))
        if style == "confiance":
            cap = rng.choice(["Personne de confiance", "Personne à prévenir", "Contact", "Accompagnant"])
            return [(cap, f"{rel.civ} {rel.surname} {rel.first}"), (rng.choice(["Né(e) le", rel.nee + " le", "DDN"]), d)]
        if style == "fields":
            return [("Nom", rel.surname), ("Prénom", rel.first), (rng.choice(["Né(e) le", "Date de naissance"]), d)]
        if style == "namefirst":
            return [("Nom, prénom", f"{rel.surname} {rel.first}"), ("Date de naissance", d)]
        cap = rng.choice(["Père" if rel.sex == "M" else "Mère", "Assuré", "Assuré(e)", "Conjoint", "Tuteur"])
        return [(cap, f"{rel.civ} {rel.surname} {rel.first}"), (rng.choice(["Né le", "Né(e) le", "DDN"]), d)]

    def patient_rows(self, pat, with_date, used_empty):
        rng = self.rng
        rows = [(rng.choice(["Nom de naissance", "Nom"]), pat.surname)]
        if used_empty:
            rows.append(("Nom d'usage", ""))
        rows.append((rng.choice(["Prénom", "Prénom(s)"]), pat.first))
        if with_date:
            rows.append((rng.choice(["Date de naissance", "Né(e) le", "DDN"]), dfmt(pat.ddn, rng.choice([0, 0, 1]))))
        elif rng.random() < 0.5:
            rows.append((rng.choice(["Date de naissance", "Né(e) le"]), ""))
        if rng.random() < 0.4:
            rows.append(("Sexe", pat.sex))
        return rows

    # ---- family R: a caption-left identity table at the right of the letterhead, a third party's rows in it or below
    def right_table(self, kind):
        rng = self.rng
        p = self.new_page("R_" + kind, fax_share=0.4)
        pt = rng.choice([9, 9.5, 10, 10.5, 11])
        pitch = pt * 0.3528 * rng.uniform(1.35, 1.8)
        city = rng.choice(CITIES)
        author = self.doctor()
        lx, ly = rng.uniform(12, 18), rng.uniform(14, 24)
        cx = rng.uniform(100, 120)
        vx = cx + rng.uniform(32, 42)
        worst = kind == "lefthead_worst"  # the third party's heading at the left margin on her first row, the patient's
        # date missing, the third party her namesake (a parent named alike)
        pat, rel, how, registered = self.patient_and_relative(0.5 if worst else 0.7, "senior" if worst else None)
        with_date = False if worst else rng.random() < (0.35 if kind in ("lefthead", "unknownhead") else 0.5)
        if not with_date and how != "senior":
            self.namesake(pat)
        used_empty = rng.random() < (0.8 if kind == "unknownhead" else 0.5)
        rows = []
        head_pat = rng.random() < 0.35
        if head_pat:
            rows.append((rng.choice(PATIENT_HEADINGS), "", "cap"))
        rows += [(a, b, "cap") for a, b in self.patient_rows(pat, with_date, used_empty)]
        rel_style = rng.choice(["confiance", "fields", "namefirst", "kin"] if kind != "lefthead"
                               else ["fields", "fields", "namefirst", "namefirst", "confiance", "kin"])
        if worst:
            rel_style = rng.choice(["fields", "namefirst"])
        rrows = self.relative_rows(rel, rel_style)
        heading = rng.choice(REL_HEADINGS if kind != "unknownhead" else UNKNOWN_HEADINGS)
        # where the third party's heading stands: none, at the captions' x, at the left margin on her first row, at the
        # left margin on its own row above, or a section column left of the captions on her first row
        hpos = {"lefthead": rng.choice(["left_same", "left_above", "section"]), "lefthead_worst": "left_same",
                "unknownhead": rng.choice(["left_same", "left_above", "capx", "section"]),
                "gap": rng.choice(["none", "capx", "left_above"])}.get(kind) or rng.choice(
            ["none", "capx", "left_same", "left_above", "section"])
        if rel_style == "fields" and hpos == "none":
            hpos = "capx"
        gap_rows = rng.choice([0, 0, 0.5, 1.0]) if kind != "gap" else rng.choice([1.0, 1.5, 2.0])
        sizes = rng.choice(["same", "same", "smaller"])
        n_head = rng.choice([3, 4, 5, 6, 7])
        r0 = rng.choice([0, 0, 1])
        end_head = letterhead(p, rng, lx, ly, pitch, pt, n_head, author, city)
        y = ly + r0 * pitch
        sx_section = cx - rng.uniform(30, 40)
        if hpos == "section" and head_pat:
            rows[0] = ("", "", "cap")
        if hpos == "section":
            p.text(sx_section, y + (1 if head_pat else 0) * pitch, rng.choice(["PATIENT", "Patient", "Patient(e)"]), pt,
                   True)
        for k, (a, b, _) in enumerate(rows):
            if a:
                p.text(cx, y + k * pitch, a, pt, a.isupper())
            if b:
                p.text(vx, y + k * pitch, b, pt)
        y_rel = y + (len(rows) + gap_rows) * pitch
        rpt = pt if sizes == "same" else pt - 1
        if hpos == "capx":
            p.text(cx, y_rel, heading.rstrip(" :"), rpt, True)
            y_rel += pitch
        elif hpos == "left_above":
            p.text(lx, max(y_rel, end_head + 0.2 * pitch), heading, rpt, True)
            y_rel = max(y_rel, end_head + 0.2 * pitch) + pitch
        elif hpos == "left_same":
            y_rel = max(y_rel, end_head + rng.choice([0, 0.2]) * pitch)
            p.text(lx, y_rel, heading, rpt, True)
        elif hpos == "section":
            p.text(sx_section, y_rel, heading.rstrip(" :").split()[0] if len(heading) > 18 else heading.rstrip(" :"),
                   rpt, True)
        for k, (a, b) in enumerate(rrows):
            p.text(cx, y_rel + k * pitch, a, rpt)
            p.text(vx, y_rel + k * pitch, b, rpt)
        if p.fax and rng.random() < 0.6:
            for _ in range(rng.randint(1, 3)):
                p.dot(rng.uniform(cx - 10, vx + 40), y + rng.uniform(0, len(rows)) * pitch, rng.uniform(0.2, 0.4))
        after = max(end_head, y_rel + len(rrows) * pitch) + rng.uniform(6, 14)
        mention = rng.choice(["none", "none", "name"])
        body(p, rng, after, pt, pat, mention, author, city, rdate(rng, 2024, 2025))
        p.truth = pat.ipp if (registered and with_date) else None
        p.note = (f"right table of {pat.ipp} ({pat.surname} {pat.first} {dfmt(pat.ddn)}){'' if registered else ' NOT registered'}"
                  f" date={with_date} used_empty={used_empty} head_pat={head_pat}; third party {how} {rel.ipp} "
                  f"({rel.surname} {rel.first} {dfmt(rel.ddn)}) rows {rel_style} heading `{heading}` at {hpos} "
                  f"gap={gap_rows} n_head={n_head} r0={r0} size={sizes}")
        return p

    # ---- family T: two-column form, the left column someone else's or the stay's fields, the right a table
    def two_columns(self, kind):
        rng = self.rng
        p = self.new_page("T_" + kind, fax_share=0.4)
        pt = rng.choice([9, 9.5, 10, 10.5])
        pitch = pt * 0.3528 * rng.uniform(1.45, 1.9)
        city = rng.choice(CITIES)
        author = self.doctor()
        gp = self.doctor(register=rng.random() < 0.5)
        lx = rng.uniform(14, 20)
        y = letterhead(p, rng, lx, 14, pt * 0.3528 * 1.5, pt, 3, author, city) + rng.uniform(8, 14)
        p.text(lx, y, rng.choice(["FICHE DE LIAISON", "FICHE D'ADMISSION", "DEMANDE D'EXAMEN"]), pt + 2, True)
        y += 2 * pitch
        pat, rel, how, registered = self.patient_and_relative()
        with_date = rng.random() < 0.5
        if not with_date and how != "senior":
            self.namesake(pat)
        entry = rdate(rng, 2024, 2025)
        left = [f"Médecin traitant : Dr {gp.first} {gp.surname}", f"Service : {rng.choice(SPECIALTIES)[0]}",
                f"Date d'entrée : {dfmt(entry)}", f"Chambre : {rng.randint(100, 450)}", f"UF : {rng.randint(1000, 9999)}"]
        rng.shuffle(left)
        cx = rng.uniform(100, 115)
        vx = cx + rng.uniform(30, 40)
        notes = []
        if kind == "rel_right":
            # left: the stay's fields, with the relative's caption alone at the bottom of the left column; right: the
            # patient's table, then the relative's rows
            rows = self.patient_rows(pat, with_date, rng.random() < 0.4) + self.relative_rows(rel, rng.choice(
                ["confiance", "kin"]))
        else:  # patient left as a sentence line, right column: the relative's table only
            rows = self.relative_rows(rel, rng.choice(["confiance", "fields", "kin", "namefirst"]))
            if rows[0][0] == "Nom":
                rows.insert(0, (rng.choice(["PERSONNE À PRÉVENIR", "PERSONNE DE CONFIANCE"]), ""))
            p.text(lx, y - pitch, f"Patient : {pat.surname} {pat.first}" + (f", né(e) le {dfmt(pat.ddn)}" if with_date else ""), pt)
            y += 0.6 * pitch
        n_left = rng.randint(2, 5)
        for k in range(max(len(rows), n_left)):
            if k < n_left:
                p.text(lx, y + k * pitch, left[k], pt)
            if k < len(rows):
                a, b = rows[k]
                p.text(cx, y + k * pitch, a, pt, a.isupper())
                if b:
                    p.text(vx, y + k * pitch, b, pt)
        if p.fax and rng.random() < 0.6:
            for _ in range(rng.randint(1, 3)):
                p.dot(rng.uniform(cx - 10, vx + 40), y + rng.uniform(0, len(rows)) * pitch, rng.uniform(0.2, 0.4))
        after = y + (max(len(rows), n_left) + 1) * pitch + rng.uniform(4, 10)
        body(p, rng, after, pt, pat, rng.choice(["none", "name"]), author, city, rdate(rng, 2024, 2025))
        p.truth = pat.ipp if (registered and with_date) else None
        p.note = (f"two columns {kind}: patient {pat.ipp} ({pat.surname} {pat.first} {dfmt(pat.ddn)})"
                  f"{'' if registered else ' NOT registered'} date={with_date}; third party {how} {rel.ipp} "
                  f"({rel.surname} {rel.first} {dfmt(rel.ddn)}); left {n_left} rows; right {[r[0] for r in rows]}")
        return p

    # ---- family S: a sticker beside the letterhead, a third party's short lines below it at its left (later blocks)
    def sticker_then_other(self, kind):
        rng = self.rng
        fax = kind.endswith("fax")
        p = self.new_page("S_" + kind, fax_share=1.0 if fax else 0.0)
        if fax:
            p.dpi = rng.choice([200, 200, 150])
        pt = rng.choice([9.5, 10, 10.5, 11, 12])
        pitch = pt * 0.3528 * rng.uniform(1.35, 1.8)
        city = rng.choice(CITIES)
        author = self.doctor()
        lx, ly = rng.uniform(12, 18), rng.uniform(14, 24)
        if fax:
            p.text(8, 5, f"{dfmt(rdate(rng, 2024, 2025))} 10:12 DE: +33 4 72 11 20 30 CLINIQUE P.001/002", 8)
        sx = rng.uniform(95, 130)
        pat, rel, how, registered = self.patient_and_relative(0.5)
        sform = rng.choice(["nodate", "nodate", "nodate_split", "full"])
        ipp_h = str(rng.randint(10**9, 10**10 - 1))
        if sform == "full":
            st = [(f"{pat.surname} {pat.first}", True), (f"{pat.nee} le {dfmt(pat.ddn)}", False), (f"IPP : {ipp_h}", False)]
        elif sform == "nodate":
            st = [(f"{pat.surname} {pat.first}", True), (f"IPP : {ipp_h}", False)]
        else:
            st = [(pat.surname, True), (pat.first, False), (f"IPP : {ipp_h}", False)]
        if sform != "full" and how != "senior":
            self.namesake(pat)
        for k, (s_, b) in enumerate(st):
            p.text(sx, ly + k * pitch, s_, pt, b)
        n_head = len(st) + (rng.choice([0, 0, 1]) if "tight" not in kind else -1)
        end_head = letterhead(p, rng, lx, ly, pitch, pt, n_head, author, city)
        # the third party's lines, at the sticker's left, starting 1 to 2 word heights under the sticker
        word_h = pt * 0.3528 * 0.75
        y1 = ly + len(st) * pitch + rng.uniform(0.3, 1.3) * word_h
        rpt = rng.choice([pt, pt, pt - 1, pt - 1.5])
        rpitch = rpt * 0.3528 * rng.uniform(1.3, 1.6)
        civ = rng.choice([rel.civ, rel.civ, ""])
        lines = [f"{civ} {rel.surname} {rel.first}".strip(), rng.choice(
            [f"{rel.nee.lower()} le {dfmt(rel.ddn)}", f"Né(e) le {dfmt(rel.ddn)}", f"DDN : {dfmt(rel.ddn)}"])]
        if rng.random() < 0.3:
            lines.append(f"Tél. 06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}")
        mode = kind.replace("_fax", "")
        if mode == "nocolon":
            cap = rng.choice(NOCOLON_CAPTIONS)
        elif mode == "centered":
            cap = rng.choice(COLON_CAPTIONS)
        elif mode in ("above", "above_tight"):
            cap = rng.choice(COLON_CAPTIONS + NOCOLON_CAPTIONS)
        else:  # heading: bold, at the left margin, on its own row above
            cap = rng.choice(["PERSONNE DE CONFIANCE", "PERSONNE À PRÉVENIR", "CONTACT", "ACCOMPAGNANT", "FAMILLE",
                              "EN CAS D'URGENCE"])
        cap_x = lx if mode == "heading" else rng.choice([lx, lx, sx - 55])
        if cap_x == lx:
            y1 = max(y1, end_head - pitch + 1.15 * pt * 0.3528)
        cap_y = y1 + (rpitch * rng.uniform(0.45, 0.6) if mode == "centered" else 0)
        if mode in ("above", "heading"):
            y1 += rpitch
        if mode == "above_tight":  # the caption at the left on the row above her lines, level with the sticker's end
            cap = rng.choice(COLON_CAPTIONS + ["PERSONNE DE CONFIANCE", "PERSONNE À PRÉVENIR"])
            cap_x = lx
            y1 = ly + len(st) * pitch + rng.uniform(0.3, 1.2) * word_h
            cap_y = y1 - rpitch * rng.uniform(0.8, 1.0)
            if end_head > ly + len(st) * pitch - 0.5 * pitch:
                end_head = end_head  # the letterhead may run on beside: the page is drawn again on overlap
        p.text(cap_x, cap_y, cap, rpt, mode == "heading")
        for k, s_ in enumerate(lines):
            p.text(sx, y1 + k * rpitch, s_, rpt)
        if fax:
            for _ in range(rng.randint(0, 3)):
                p.text(sx + rng.uniform(45, 70), ly + pitch * rng.uniform(0.5, 1.5), "*", 6)
        after = max(end_head, y1 + len(lines) * rpitch) + rng.uniform(6, 14)
        body(p, rng, after, pt, pat, rng.choice(["none", "none", "name"]), author, city, rdate(rng, 2024, 2025))
        p.truth = pat.ipp if (registered and sform == "full") else None
        p.note = (f"sticker {sform} of {pat.ipp} ({pat.surname} {pat.first} {dfmt(pat.ddn)})"
                  f"{'' if registered else ' NOT registered'}; third party {how} {rel.ipp} ({rel.surname} {rel.first} "
                  f"{dfmt(rel.ddn)}) caption `{cap}` ({mode}) at x={cap_x:.0f}; size {rpt}/{pt}")
        return p


PLANS = {
    "focus": [("R", "lefthead_worst", 40), ("S", "heading", 20), ("S", "above_tight", 10), ("S", "above_tight_fax", 10),
              ("S", "centered", 10), ("S", "centered_fax", 10)],
    "final": [("R", "lefthead", 50), ("R", "unknownhead", 30), ("R", "gap", 16), ("R", "any", 14),
              ("S", "centered", 25), ("S", "centered_fax", 25), ("S", "above_tight", 20), ("S", "above_tight_fax", 20),
              ("S", "nocolon", 8), ("S", "heading", 8), ("T", "rel_right", 20), ("T", "rel_only", 10)],
    "try2": [("R", "lefthead", 30), ("R", "unknownhead", 16), ("R", "gap", 10), ("R", "any", 6),
             ("S", "centered", 10), ("S", "centered_fax", 10), ("S", "above_tight", 8), ("S", "above_tight_fax", 8),
             ("T", "rel_right", 6)],
    "try": [("R", "any", 30), ("T", "rel_right", 8), ("T", "rel_only", 6), ("S", "nocolon", 8), ("S", "centered", 8),
            ("S", "above", 6), ("S", "heading", 6), ("S", "nocolon_fax", 4), ("S", "centered_fax", 4)],
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=152)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--plan", default="try")
    a = ap.parse_args()
    g = Gen2(a.seed)
    make = {"R": g.right_table, "T": g.two_columns, "S": g.sticker_then_other}
    dropped = 0
    for fam, kind, n in PLANS[a.plan]:
        for _ in range(max(1, round(n * a.scale))):
            while True:
                page = make[fam](kind)
                if not page.overlaps():
                    break
                g.pages.pop()
                dropped += 1
    print("pages drawn again for overlapping texts:", dropped)
    for number, page in enumerate(g.pages):
        page.name = f"{page.family}_{number:03d}"
    for _ in range(150):
        g.person(surname=g.rng.choice(list(g.used_names)) if g.rng.random() < 0.2 else None)
    os.makedirs(os.path.join(a.out, "pages"), exist_ok=True)
    truth = {}
    for p in g.pages:
        p.render(os.path.join(a.out, "pages", p.name + ".png"), g.rng)
        truth[p.name + ".png"] = {"truth": p.truth, "family": p.family, "dpi": p.dpi, "fax": p.fax, "note": p.note}
    g.reg.write(os.path.join(a.out, "registry.csv"))
    with open(os.path.join(a.out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    print(len(g.pages), "pages,", len(g.reg.rows), "registry rows")


if __name__ == "__main__":
    main()
