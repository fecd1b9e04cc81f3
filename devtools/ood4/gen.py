#!/usr/bin/env python3
"""ood4 corpus generator for docpipe (black-box, independent view).

python devtools/ood4/gen.py --seed S --docs N --out DIR
writes DIR/registry.csv, DIR/corpus/*, DIR/manifest.json
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data as D  # noqa: E402
import layout as L  # noqa: E402
from layout import Page  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402

# ------------------------------------------------------------------ helpers


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(s):
    s = strip_accents(s or "").upper().replace("-", " ").replace("'", " ")
    return " ".join(s.split())


def nir_key(nir13):
    n = nir13.replace("2A", "19").replace("2B", "18")
    return 97 - (int(n) % 97)


def fmt_ins(ins, style):
    if style == 0:
        return ins
    return f"{ins[0]} {ins[1:3]} {ins[3:5]} {ins[5:7]} {ins[7:10]} {ins[10:13]} {ins[13:15]}" if style == 1 \
        else f"{ins[:13]} {ins[13:]}"


def fmt_date(d, style):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "short":
        return d.strftime("%d/%m/%y")
    if style == "text":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {D.MONTHS[d.month - 1]} {d.year}"
    if style == "TEXT":
        return f"{d.day:02d} {strip_accents(D.MONTHS[d.month - 1]).upper()} {d.year}"
    raise ValueError(style)


def age_at(ddn, when):
    return when.year - ddn.year - ((when.month, when.day) < (ddn.month, ddn.day))


def zipf_choice(rng, items, s):
    w = [1.0 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=w)[0]


RARE_A = ["BEAU", "VILLE", "MONT", "CHAMP", "ROCHE", "BOIS", "FONT", "GRAND", "PONT", "BRI",
          "DES", "VAL", "COR", "TOUR", "SAU", "MAL", "BEL", "LAN", "QUER", "TRÉ", "GUIL", "CHAR"]
RARE_B = ["MONT", "DIEU", "VILLE", "NEUF", "CHAMP", "LIN", "ARD", "ET", "IER", "AUD", "OT", "AIN",
          "ERRE", "AC", "EAU", "ON", "ÈRE", "IOT", "AN", "EL", "OUX", "ADEC"]


class Registry:
    def __init__(self, rng, n):
        self.rng = rng
        self.pats = []
        self.ipps = set()
        self.nirs = set()
        self._build(n)

    # -- person factory
    def surname(self):
        r = self.rng
        if r.random() < 0.62:
            return zipf_choice(r, D.SURNAMES, 0.6)
        return r.choice(RARE_A) + r.choice(RARE_B)

    def firsts(self, sex, k=None):
        r = self.rng
        pool = D.FEMALE if sex == "F" else D.MALE
        k = k or r.choices([1, 2, 3], [0.35, 0.45, 0.2])[0]
        out = []
        while len(out) < k:
            f = zipf_choice(r, pool, 0.8)
            if f not in out:
                out.append(f)
        return out

    def ddn(self, lo=1928, hi=2023):
        r = self.rng
        while True:
            y = int(r.triangular(lo, hi, 1965)) if hi - lo > 30 else r.randint(lo, hi)
            try:
                return dt.date(y, r.randint(1, 12), r.randint(1, 28 if r.random() < 0.5 else 31))
            except ValueError:
                continue

    def make_nir(self, sex, ddn):
        r = self.rng
        while True:
            dep = r.choices(["%02d" % r.randint(1, 95), "2A", "2B", "99"], [0.9, 0.03, 0.02, 0.05])[0]
            if dep == "20":
                dep = "21"
            com = "%03d" % r.randint(1, 990)
            nir13 = ("1" if sex == "M" else "2") + "%02d" % (ddn.year % 100) + "%02d" % ddn.month + dep + com + "%03d" % r.randint(1, 999)
            nir = nir13 + "%02d" % nir_key(nir13)
            if nir not in self.nirs:
                self.nirs.add(nir)
                return nir

    def new_ipp(self):
        while True:
            v = str(self.rng.randint(1000000, 9899999))
            if v not in self.ipps:
                self.ipps.add(v)
                return v

    def add(self, birth, firsts, ddn, sex, used=None, fam=None, rel=None):
        r = self.rng
        p = dict(ipp=self.new_ipp(), birth_true=birth, used_true=used, firsts_true=firsts, ddn=ddn,
                 sex=sex, fam=fam, rel=rel)
        strip = r.random() < 0.3
        p["birth"] = strip_accents(birth) if strip else birth
        p["used"] = (strip_accents(used) if strip else used) if used else ""
        p["firsts"] = [strip_accents(f) for f in firsts] if strip else list(firsts)
        p["ins"] = self.make_nir(sex, ddn) if r.random() < 0.65 else ""
        p["stripped"] = strip and (strip_accents(birth + "".join(firsts) + (used or "")) != birth + "".join(firsts) + (used or ""))
        self.pats.append(p)
        return p

    def _build(self, n):
        r = self.rng
        fam_id = 0
        while len(self.pats) < n:
            x = r.random()
            if x < 0.22:  # household: mother (used name), maybe husband, children
                fam_id += 1
                hus = self.surname()
                mum_ddn = self.ddn(1945, 1995)
                mum = self.add(self.surname(), self.firsts("F"), mum_ddn, "F", used=hus, fam=fam_id, rel="mère")
                if r.random() < 0.55:
                    d0 = mum_ddn + dt.timedelta(days=r.randint(-2500, 2500))
                    self.add(hus, self.firsts("M"), d0, "M", fam=fam_id, rel="père")
                kids = r.choices([1, 2, 3], [0.5, 0.35, 0.15])[0]
                twins = r.random() < 0.18
                base = None
                for k in range(kids):
                    cd = mum_ddn + dt.timedelta(days=r.randint(21 * 365, 40 * 365))
                    if cd > dt.date(2024, 6, 1):
                        continue
                    if twins and base is not None and k == 1:
                        cd = base
                    base = base or cd
                    sex = r.choice("MF")
                    fn = self.firsts(sex)
                    while any(q["fam"] == fam_id and q["firsts_true"][0] == fn[0] for q in self.pats):
                        fn = self.firsts(sex)
                    self.add(hus, fn, cd, sex, fam=fam_id, rel="enfant")
            else:
                sex = r.choice("MF")
                ddn = self.ddn()
                used = None
                if sex == "F" and age_at(ddn, dt.date(2024, 1, 1)) >= 23 and r.random() < 0.42:
                    used = self.surname()
                self.add(self.surname(), self.firsts(sex), ddn, sex, used=used)
        # forced homonyms: same birth name + first name, different dates
        for _ in range(max(10, n // 100)):
            src = r.choice(self.pats)
            if src["used"]:
                continue
            self.add(src["birth_true"], [src["firsts_true"][0]] + self.firsts(src["sex"], 1)[:r.randint(0, 1)],
                     self.ddn(), src["sex"])
        r.shuffle(self.pats)
        # every patient in a family knows its family
        self.fams = {}
        for p in self.pats:
            if p["fam"]:
                self.fams.setdefault(p["fam"], []).append(p)

    def write_csv(self, path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(["IPP", "Nom de naissance", "Prénom(s)", "Date de naissance", "Sexe", "Nom d'usage", "INS"])
            for p in self.pats:
                sep = ", " if len(p["firsts"]) > 1 and int(p["ipp"]) % 3 == 0 else " "
                w.writerow([p["ipp"], p["birth"].upper(), sep.join(p["firsts"]), p["ddn"].strftime("%d/%m/%Y"),
                            p["sex"], (p["used"] or "").upper(), p["ins"]])

    # -- oracle: which registry patients are compatible with what a paper shows
    def candidates(self, shown):
        sn = [norm(s) for s in shown.get("surnames") or []]
        first = norm(shown.get("first") or "")
        ddn = shown.get("ddn")
        ins = (shown.get("ins") or "").replace(" ", "")
        out = []
        for p in self.pats:
            if "_n" not in p:
                nms = {norm(p["birth"]), norm(p["used"])} - {""}
                tk = set()
                for nm in nms:
                    tk |= set(nm.split())
                p["_n"] = (nms, tk, [norm(f) for f in p["firsts"]])
            names, toks, pf = p["_n"]
            if ddn and p["ddn"] != ddn:
                continue
            if ins and p["ins"] != ins:
                continue
            if sn and not any(s in names or s in toks for s in sn):
                continue
            if first:
                ok = first == pf[0] or first in pf or pf[0].split()[0] == first or first.split()[0] == pf[0]
                if not ok:
                    continue
            if ddn and p["ddn"] != ddn:
                continue
            if ins and p["ins"] != ins:
                continue
            out.append(p)
        return out

    def conclusive(self, shown):
        """A careful secretary files iff (name + first + DDN) or (INS + name) and exactly one match."""
        has_name = bool(shown.get("surnames"))
        strong = has_name and ((shown.get("first") and shown.get("ddn")) or shown.get("ins"))
        if not strong:
            return None
        c = self.candidates(shown)
        return c[0] if len(c) == 1 else None


# ------------------------------------------------------------------ identity as printed

def paper_name(s, rng_strip, case="upper"):
    s = strip_accents(s) if rng_strip else s
    return s.upper() if case == "upper" else s.title() if case == "title" else s


def make_iv(p, rng, when, mode=None, show_first=True, show_ddn=True, show_ins=None, dstyle=None,
            strip=None, all_firsts=None):
    """How patient p is printed on the paper (and what it shows, for the oracle)."""
    strip = (rng.random() < 0.22) if strip is None else strip
    iv = dict(sex=p["sex"], child=age_at(p["ddn"], when) < 15, p=p)
    iv["civ_long"] = "Madame" if p["sex"] == "F" else "Monsieur"
    iv["civ"] = "Mme" if p["sex"] == "F" else "M."
    if iv["child"]:
        iv["civ_long"] = iv["civ"] = "Enfant"
    iv["born"] = "née le" if p["sex"] == "F" else "né le"
    iv["Born"] = "Née le" if p["sex"] == "F" else "Né le"
    iv["birth"] = paper_name(p["birth_true"], strip)
    iv["used"] = paper_name(p["used_true"], strip) if p.get("used_true") else None
    if mode is None:
        mode = rng.choices(["birth", "used", "nee", "epouse"], [0.3, 0.3, 0.25, 0.15])[0] if iv["used"] else "birth"
    iv["mode"] = mode
    fl = [strip_accents(f) if strip else f for f in p["firsts_true"]]
    iv["first"] = fl[0] if show_first else None
    all_firsts = (rng.random() < 0.3) if all_firsts is None else all_firsts
    iv["firsts"] = (", ".join(fl) if all_firsts else fl[0]) if show_first else None
    iv["ddn"] = p["ddn"] if show_ddn else None
    if dstyle is None:
        dstyle = rng.choices(["slash", "dot", "dash", "text", "short"], [0.62, 0.12, 0.06, 0.14, 0.06])[0]
        if dstyle == "short" and (p["ddn"].year >= 2000 or p["ddn"].year < 1935):
            dstyle = "slash"
    iv["dstyle"] = dstyle
    iv["ddn_s"] = fmt_date(p["ddn"], dstyle) if show_ddn else None
    if show_ins is None:
        show_ins = bool(p.get("ins")) and rng.random() < 0.35
    iv["ins"] = p["ins"] if show_ins and p.get("ins") else None
    iv["ins_s"] = fmt_ins(iv["ins"], rng.choice([0, 1, 1, 2])) if iv["ins"] else None
    sn = {"birth": [iv["birth"]], "used": [iv["used"]], "nee": [iv["birth"], iv["used"]],
          "epouse": [iv["birth"], iv["used"]]}[mode]
    iv["shown"] = dict(surnames=sn, first=iv["first"], ddn=iv["ddn"], ins=iv["ins"])
    return iv


def surname_str(iv):
    m = iv["mode"]
    if m == "birth":
        return iv["birth"]
    if m == "used":
        return iv["used"]
    if m == "nee":
        return f"{iv['used']} née {iv['birth']}" if iv["sex"] == "F" else f"{iv['used']} né {iv['birth']}"
    return f"{iv['birth']} épouse {iv['used']}"


def name_str(iv, order="NF", civ=None, firsts=False):
    sn = surname_str(iv)
    fn = (iv["firsts"] if firsts else iv["first"]) or ""
    s = f"{sn} {fn}" if order == "NF" else f"{fn} {sn}"
    s = s.strip()
    return f"{civ} {s}" if civ else s


def id_sentence(iv, civ="long", order=None, rng=None):
    order = order or "FN"
    c = iv["civ_long"] if civ == "long" else iv["civ"]
    if iv["child"]:
        c = "l'enfant"
    s = name_str(iv, order, c)
    if iv["ddn_s"]:
        s += f", {iv['born']} {iv['ddn_s']}"
    if iv["ins"]:
        s += f" (INS {iv['ins_s']})"
    return s


def id_fields(iv, with_sex=True, with_ins=True):
    rows = []
    if iv["mode"] == "birth":
        rows.append(("Nom de naissance" if iv["used"] is None else "Nom", iv["birth"]))
    elif iv["mode"] == "used":
        rows.append(("Nom", iv["used"]))
    else:
        rows.append(("Nom de naissance", iv["birth"]))
        rows.append(("Nom d'usage", iv["used"]))
    if iv["firsts"]:
        rows.append(("Prénom(s)" if "," in iv["firsts"] else "Prénom", iv["firsts"]))
    if iv["ddn_s"]:
        rows.append(("Date de naissance", iv["ddn_s"]))
    if with_sex:
        rows.append(("Sexe", "Féminin" if iv["sex"] == "F" else "Masculin"))
    if with_ins and iv["ins"]:
        rows.append(("INS (NIR)", iv["ins_s"]))
    return rows


# ------------------------------------------------------------------ people around the patient

def doctor(rng, reg=None, force_patient=False, spec=None):
    if force_patient and reg is not None:
        p = rng.choice([q for q in reg.pats if age_at(q["ddn"], dt.date(2024, 1, 1)) > 30])
        first, last, sex = p["firsts_true"][0], (p["used_true"] or p["birth_true"]), p["sex"]
        pat = p["ipp"]
    else:
        sex = rng.choice("MF")
        first = zipf_choice(rng, D.FEMALE if sex == "F" else D.MALE, 0.8)
        last = zipf_choice(rng, D.SURNAMES, 0.6) if rng.random() < 0.7 else rng.choice(RARE_A) + rng.choice(RARE_B)
        pat = None
    return dict(first=first, last=last.upper(), sex=sex, spec=spec or rng.choice(D.SPECIALTIES),
                rpps="10" + "".join(str(rng.randint(0, 9)) for _ in range(9)), patient=pat)


def drname(d, order="FN"):
    return f"Dr {d['first']} {d['last']}" if order == "FN" else f"Dr {d['last']} {d['first']}"


def address(rng):
    city, cp = rng.choice(D.CITIES)
    return f"{rng.randint(1, 120)} {rng.choice(D.STREETS)}", f"{cp} {city.upper()}", city


def phone(rng):
    return "0" + str(rng.randint(1, 7)) + " " + " ".join("%02d" % rng.randint(0, 99) for _ in range(4))


# ------------------------------------------------------------------ page templates
ID = "id"


def date_long(d):
    return fmt_date(d, "text")


def body_texts(C, n=3):
    r = C.rng
    pr = "elle" if C.iv["sex"] == "F" else "il"
    bank = [
        f"Sur le plan clinique, l'examen retrouve une pression artérielle à {r.randint(115, 165)}/{r.randint(65, 95)} mmHg, "
        f"une fréquence cardiaque à {r.randint(55, 98)}/min, une auscultation cardio-pulmonaire sans particularité.",
        f"Depuis la dernière consultation, {pr} signale {r.choice(D.MOTIFS)}. Pas de fièvre, pas d'altération de l'état général.",
        "L'électrocardiogramme est en rythme sinusal, sans trouble de la repolarisation.",
        f"Le bilan biologique récent montre une créatinine à {r.randint(55, 120)} µmol/L et une hémoglobine à {r.randint(105, 155) / 10:.1f} g/dL.",
        "Je propose de poursuivre le traitement actuel sans modification et de revoir le patient dans six mois, plus tôt si besoin.",
        "Une échographie de contrôle sera programmée dans trois mois. Les résultats vous seront transmis.",
        "Le traitement a été bien toléré. Pas d'effet indésirable rapporté. Observance jugée satisfaisante.",
        "Conseils hygiéno-diététiques renouvelés : activité physique régulière, réduction des apports sodés.",
    ]
    r.shuffle(bank)
    return bank[:n]


def letterhead_single(pg, C, x, y, d, fam, fs):
    pg.text(x, y, drname(d), fam, fs + 2, bold=True)
    pg.text(x, y + 5, d["spec"] if d["spec"] else "Médecine générale", fam, fs - 1)
    a1, a2, _ = C.addr
    pg.text(x, y + 9.5, a1, fam, fs - 1)
    pg.text(x, y + 14, a2, fam, fs - 1)
    pg.text(x, y + 18.5, "Tél. " + phone(C.rng) + " — RPPS " + d["rpps"], fam, fs - 2)
    return y + 26


def recipient_block(pg, C, x, y, d, fam, fs):
    pg.text(x, y, "Docteur " + d["first"] + " " + d["last"], fam, fs, bold=True)
    pg.text(x, y + 5, d["spec"], fam, fs)
    a1, a2, _ = address(C.rng)
    pg.text(x, y + 10, a1, fam, fs)
    pg.text(x, y + 15, a2, fam, fs)
    return y + 22


def signature(pg, C, x, y, d, fam, fs):
    pg.text(x, y, drname(d), fam, fs, italic=True)
    pg.text(x, y + 5, d["spec"], fam, fs - 1)


def extras_par(pg, C, y, x=20, w=170):
    for e in C.extras:
        y = pg.para(x, y, w, e, C.fam, C.fs) + 1.5
    return y


HISTORY_CHILD = ["Prématurité (35 SA)", "Asthme du nourrisson", "Otites moyennes aiguës récidivantes",
                 "Vaccinations à jour", "Allergie aux protéines de lait de vache", "Amygdalectomie à 5 ans"]


def t_gp_letter(C):
    pg, fam, fs, iv = Page(), C.fam, C.fs, C.iv
    C.author["spec"] = "Médecine générale"
    letterhead_single(pg, C, 20, 22, C.author, fam, fs)
    recipient_block(pg, C, 118, 52, C.recip, fam, fs)
    y = 82
    pg.text(118, y, f"{C.addr[2]}, le {date_long(C.when)}", fam, fs)
    y += 12
    style = C.rng.random()
    if style < 0.45:
        pg.text(20, y, "Objet : " + name_str(iv, "NF", iv["civ"]) + (f" — {iv['Born']} {iv['ddn_s']}" if iv["ddn_s"] else ""),
                fam, fs, bold=True, tag=ID)
        y += 10
        pg.text(20, y, "Cher Confrère,", fam, fs)
        y += 8
        y = pg.para(20, y, 170, f"Je vous remercie de bien vouloir recevoir {'ce patient' if iv['sex'] == 'M' else 'cette patiente'} "
                    f"pour {C.rng.choice(D.MOTIFS)}.", fam, fs)
    else:
        pg.text(20, y, "Cher Confrère,", fam, fs)
        y += 8
        y = pg.para(20, y, 170, f"Je vous remercie de bien vouloir recevoir en consultation {id_sentence(iv)}, "
                    f"pour {C.rng.choice(D.MOTIFS)}.", fam, fs, tag=ID)
    y += 3
    pg.text(20, y, "Antécédents :", fam, fs, bold=True)
    y += 5.5
    for h in C.rng.sample(HISTORY_CHILD if iv["child"] else D.HISTORY, 3):
        pg.text(25, y, "- " + h, fam, fs)
        y += 5
    y += 2
    pg.text(20, y, "Traitement actuel :", fam, fs, bold=True)
    y += 5.5
    drugs = [d for d in D.DRUGS if d[0].split()[0] in ("PARACÉTAMOL", "SALBUTAMOL", "AMOXICILLINE")] if iv["child"] else D.DRUGS
    for dname, pos in C.rng.sample(drugs, 3):
        pg.text(25, y, f"- {dname} : {pos}", fam, fs)
        y += 5
    y += 3
    y = extras_par(pg, C, y)
    y = pg.para(20, y + 2, 170, body_texts(C, 1)[0], fam, fs)
    y = pg.para(20, y + 3, 170, "Je vous prie de croire, cher Confrère, en l'expression de mes sentiments les meilleurs.", fam, fs)
    signature(pg, C, 120, y + 12, C.author, fam, fs)
    return [pg]


def t_spec_letter(C):
    pg, fam, fs, iv, r = Page(), C.fam, C.fs, C.iv, C.rng
    pg.text(14, 18, C.estab_short, fam, fs + 3, bold=True)
    pg.line(14, 21, 196, 21, 0.5)
    y = 30
    for d in C.team:
        pg.text(14, y, drname(d), "narrow" if fam != "mono" else fam, fs - 1.5, bold=True)
        pg.text(14, y + 4, d["spec"], "narrow", fs - 2.5)
        pg.text(14, y + 7.5, "RPPS " + d["rpps"], "narrow", fs - 3)
        y += 14
    pg.text(14, y + 4, "Secrétariat", "narrow", fs - 2, bold=True)
    pg.text(14, y + 8, phone(r), "narrow", fs - 2.5)
    pg.line(58, 26, 58, 270, 0.2, grey=120)
    recipient_block(pg, C, 120, 34, C.recip, fam, fs)
    y = 64
    pg.text(66, y, f"{C.addr[2]}, le {fmt_date(C.when, 'slash')}", fam, fs)
    y += 10
    lab = r.choice(["Concerne", "Patient(e)", "Réf."])
    s = f"{lab} : " + name_str(iv, "NF", iv["civ"], firsts=True)
    if iv["ddn_s"]:
        s += f" — {iv['born']} {iv['ddn_s']}"
    pg.text(66, y, s, fam, fs, bold=True, tag=ID)
    if iv["ins"]:
        y += 5
        pg.text(66, y, f"INS : {iv['ins_s']}", fam, fs - 1, tag=ID)
    y += 10
    pg.text(66, y, r.choice(["Cher ami,", "Chère Consœur, cher Confrère,", "Cher Confrère,"]), fam, fs)
    y += 7
    y = pg.para(66, y, 125, f"J'ai revu en consultation ce jour {'ton patient' if iv['sex'] == 'M' else 'ta patiente'} "
                f"que tu m'avais adressé{'e' if iv['sex'] == 'F' else ''} pour {r.choice(D.MOTIFS)}.", fam, fs)
    for t in body_texts(C, 3):
        y = pg.para(66, y + 2, 125, t, fam, fs)
    y = extras_par(pg, C, y + 2, 66, 125)
    pg.text(66, y + 3, "Conclusion :", fam, fs, bold=True)
    y = pg.para(66, y + 8.5, 125, r.choice(["Pas d'argument pour une cause organique.", "Surveillance simple.",
                                             "Adaptation thérapeutique comme indiqué ci-dessus."]), fam, fs)
    pg.text(66, y + 6, "Bien amicalement,", fam, fs)
    signature(pg, C, 120, y + 16, C.author, fam, fs)
    pg.text(66, 280, "Copie : " + drname(C.team[-1]) + " ; dossier", fam, fs - 2)
    return [pg]


def etiquette(pg, C, x, y, iv, fam, small=False):
    fs = 8.5 if small else 9.5
    pg.rect(x, y, 78, 33 if not iv["ins"] else 37, stroke=True, lw=0.3)
    pg.text(x + 2, y + 4.5, f"IPP : {C.hipp}   NDA : {C.nda}", "mono", fs - 1, tag=ID)
    nm = iv["birth"] if iv["mode"] in ("birth", "nee", "epouse") else iv["used"]
    pg.text(x + 2, y + 10.5, nm, "arial", fs + 2, bold=True, tag=ID)
    yy = y + 15.5
    if iv["mode"] in ("nee", "epouse"):
        pg.text(x + 2, yy, f"Nom d'usage : {iv['used']}", "arial", fs, tag=ID)
        yy += 4.5
    if iv["firsts"]:
        pg.text(x + 2, yy, iv["firsts"], "arial", fs + 1, tag=ID)
        yy += 5
    if iv["ddn_s"]:
        pg.text(x + 2, yy, f"{iv['Born']} {iv['ddn_s']}   Sexe : {iv['sex']}", "arial", fs, tag=ID)
        yy += 4.5
    if iv["ins"]:
        pg.text(x + 2, yy, f"INS : {iv['ins_s']}", "arial", fs - 1, tag=ID)
    # bar code, bottom right corner of the label
    xx = x + 52
    hb = 33 if not iv["ins"] else 37
    for i in range(28):
        w = C.rng.choice([0.3, 0.3, 0.6, 0.9])
        if i % 2 == 0:
            pg.rect(xx, y + hb - 8, w, 6, fill=0, stroke=False)
        xx += w


def running_header(pg, C, n, total):
    iv = C.iv
    if C.cont == "label":
        etiquette(pg, C, 120, 8, iv, C.fam, small=True)
    elif C.cont == "running":
        s = f"{name_str(iv, 'NF')}"
        if iv["ddn_s"]:
            s += f" — {iv['Born']} {iv['ddn_s']}"
        pg.text(20, 12, s + f" — {C.kind_title} du {fmt_date(C.when, 'slash')}", C.fam, C.fs - 2, italic=True, tag=ID)
    pg.text(105, 288, f"Page {n}/{total}", C.fam, C.fs - 2, align="center")


def t_discharge(C):
    fam, fs, iv, r = C.fam, C.fs, C.iv, C.rng
    C.kind_title = "Lettre de liaison"
    p1 = Page()
    p1.text(20, 16, C.estab, fam, fs + 2, bold=True)
    p1.text(20, 21, C.service, fam, fs)
    p1.text(20, 25.5, f"Chef de service : {drname(C.team[0])}", fam, fs - 1.5)
    p1.text(20, 29.5, "Secrétariat : " + phone(r), fam, fs - 1.5)
    etiquette(p1, C, 118, 12, iv, fam)
    y = 58
    p1.text(105, y, "LETTRE DE LIAISON À LA SORTIE", fam, fs + 3, bold=True, align="center")
    y += 10
    d1 = C.when - dt.timedelta(days=r.randint(2, 12))
    p1.text(20, y, f"Hospitalisation du {fmt_date(d1, 'slash')} au {fmt_date(C.when, 'slash')}", fam, fs)
    p1.text(20, y + 5, f"Médecin traitant : {drname(C.recip)}", fam, fs)
    y += 14
    p1.text(20, y, "Motif d'hospitalisation", fam, fs + 1, bold=True)
    y = p1.para(20, y + 6, 170, r.choice(D.MOTIFS).capitalize() + ".", fam, fs)
    p1.text(20, y + 3, "Synthèse du séjour", fam, fs + 1, bold=True)
    y += 9
    for t in body_texts(C, 3):
        y = p1.para(20, y, 170, t, fam, fs) + 1
    y = extras_par(p1, C, y + 1)
    pages = [p1]
    p2 = Page() if C.npages > 1 else p1
    if C.npages > 1:
        running_header(p1, C, 1, 2)
        running_header(p2, C, 2, 2)
        y = 50 if C.cont == "label" else 25
    p2.text(20, y + 4, "Traitement de sortie", fam, fs + 1, bold=True)
    y += 10
    p2.rect(20, y - 4.5, 170, 6.5, fill=225, stroke=True, lw=0.2)
    p2.text(22, y, "Médicament", fam, fs - 0.5, bold=True)
    p2.text(95, y, "Posologie", fam, fs - 0.5, bold=True)
    p2.text(165, y, "Statut", fam, fs - 0.5, bold=True)
    y += 6.5
    for dname, pos in r.sample(D.DRUGS, 4):
        p2.text(22, y, dname, fam, fs - 1)
        p2.text(95, y, pos[:40], fam, fs - 1)
        p2.text(165, y, r.choice(["Poursuivi", "Nouveau", "Modifié"]), fam, fs - 1)
        y += 5.5
    y += 5
    p2.text(20, y, "Suites à donner", fam, fs + 1, bold=True)
    y = p2.para(20, y + 6, 170, "Consultation de contrôle dans 6 semaines. Bilan biologique à J7 (NFS, ionogramme, créatinine).", fam, fs)
    signature(p2, C, 120, y + 12, C.team[0], fam, fs)
    if C.npages > 1:
        pages.append(p2)
    return pages


def t_radiology(C):
    pg, fam, fs, iv, r = Page(), C.fam, C.fs, C.iv, C.rng
    pg.text(105, 16, "CENTRE D'IMAGERIE MÉDICALE " + C.addr[2].upper(), fam, fs + 2, bold=True, align="center")
    pg.text(105, 21, "Radiologie — Échographie — Scanner — IRM", fam, fs - 1, align="center")
    pg.text(105, 25, " — ".join(drname(d, "LF") for d in C.team[:3]), fam, fs - 2, align="center")
    pg.line(20, 28, 190, 28, 0.4)
    y = 38
    if r.random() < 0.5:
        pg.text(20, y, "Patient :", fam, fs)
        pg.text(45, y, name_str(iv, "NF", iv["civ"], firsts=True), fam, fs, bold=True, tag=ID)
        if iv["ddn_s"]:
            pg.text(20, y + 5.5, "Né(e) le :", fam, fs)
            pg.text(45, y + 5.5, iv["ddn_s"], fam, fs, tag=ID)
        if iv["ins"]:
            pg.text(20, y + 11, "INS :", fam, fs)
            pg.text(45, y + 11, iv["ins_s"], fam, fs, tag=ID)
        pg.text(120, y, f"Examen du {fmt_date(C.when, 'slash')}", fam, fs)
        pg.text(120, y + 5.5, f"Prescripteur : {drname(C.recip)}", fam, fs)
        pg.text(120, y + 11, f"N° examen : {r.randint(100000, 999999)}", fam, fs - 1)
    else:
        s = name_str(iv, "NF", iv["civ"]) + (f" ({iv['born']} {iv['ddn_s']})" if iv["ddn_s"] else "")
        pg.text(20, y, s, fam, fs, bold=True, tag=ID)
        if iv["ins"]:
            pg.text(20, y + 5.5, f"INS : {iv['ins_s']}", fam, fs - 1, tag=ID)
        pg.text(20, y + 11, f"Demandé par {drname(C.recip)} — examen réalisé le {date_long(C.when)}", fam, fs)
    y += 24
    title, res, concl = r.choice(D.EXAMS)
    pg.text(105, y, title, fam, fs + 2, bold=True, align="center")
    y += 10
    for head, txt in [("Indication", r.choice(D.MOTIFS).capitalize() + "."),
                      ("Technique", "Examen réalisé selon le protocole standard. Dose : sans objet." if "ÉCHO" in title else "Acquisition selon le protocole habituel."),
                      ("Résultats", res), ("Conclusion", concl)]:
        pg.text(20, y, head + " :", fam, fs, bold=True)
        y = pg.para(20, y + 5.5, 170, txt, fam, fs, bold=(head == "Conclusion")) + 3
    y = extras_par(pg, C, y)
    signature(pg, C, 125, y + 10, C.team[0], fam, fs)
    return [pg]


def t_lab(C):
    fam, fs, iv, r = C.fam, C.fs, C.iv, C.rng
    C.kind_title = "Compte rendu d'analyses"
    pg = Page()
    pg.text(20, 16, "LABORATOIRE DE BIOLOGIE MÉDICALE " + C.lab_name, fam, fs + 1, bold=True)
    pg.text(20, 20.5, C.addr[0] + " — " + C.addr[1] + " — Tél. " + phone(r), fam, fs - 2)
    pg.text(20, 24.5, f"Biologiste responsable : {drname(C.team[0])}", fam, fs - 2)
    pg.rect(20, 30, 82, 30, stroke=True, lw=0.2)
    dossier = f"{C.when.strftime('%y%m%d')}-{r.randint(1000, 9999)}"
    C.dossier = dossier
    pg.text(23, 36, f"Dossier n° {dossier}", fam, fs - 1, bold=True)
    pg.text(23, 41, f"Prélevé le {fmt_date(C.when, 'slash')} à {r.randint(7, 11)}h{r.randint(0, 59):02d}", fam, fs - 1)
    pg.text(23, 46, f"Prescripteur : {drname(C.recip, 'LF')}", fam, fs - 1)
    pg.text(23, 51, f"Édité le {fmt_date(C.when + dt.timedelta(days=1), 'slash')}", fam, fs - 1)
    pg.rect(108, 30, 82, 30, stroke=True, lw=0.2)
    pg.text(111, 36, name_str(iv, "NF", iv["civ_long"].upper() if r.random() < 0.5 else iv["civ"]), fam, fs, bold=True, tag=ID)
    yy = 41
    if iv["ddn_s"]:
        pg.text(111, yy, f"{iv['Born']} {iv['ddn_s']}", fam, fs - 1, tag=ID)
        yy += 5
    if iv["ins"]:
        pg.text(111, yy, f"INS : {iv['ins_s']}", fam, fs - 1.5, tag=ID)
        yy += 5
    a1, a2, _ = address(r)
    pg.text(111, yy, a1, fam, fs - 1)
    pg.text(111, yy + 4.5, a2, fam, fs - 1)
    y = 70
    cols = [20, 80, 108, 130, 165]
    pg.rect(20, y - 4.5, 170, 6.5, fill=215, stroke=False)
    for x, h in zip(cols, ["Analyse", "Résultat", "Unité", "Valeurs de réf.", "Antériorité"]):
        pg.text(x + 1, y, h, fam, fs - 1, bold=True)
    y += 7
    tests = r.sample(D.LAB_TESTS, 14 if C.npages > 1 else 9)
    pages = [pg]
    cur = pg
    for i, (nm, u, lo, hi) in enumerate(tests):
        if C.npages > 1 and i == 9:
            cur = Page()
            pages.append(cur)
            y = 40 if C.cont == "label" else 25
        v = r.uniform(lo * 0.8, hi * 1.2) if hi > 0 else r.uniform(0, 10)
        fmtv = f"{v:.0f}" if hi >= 20 else f"{v:.2f}".replace(".", ",")
        flag = " *" if (v < lo or v > hi) else ""
        cur.text(cols[0] + 1, y, nm, fam, fs - 1)
        cur.text(cols[1] + 1, y, fmtv + flag, fam, fs - 1, bold=bool(flag))
        cur.text(cols[2] + 1, y, u, fam, fs - 1.5)
        cur.text(cols[3] + 1, y, f"{lo} – {hi}".replace(".", ","), fam, fs - 1.5)
        cur.text(cols[4] + 1, y, fmtv if r.random() < 0.5 else "—", fam, fs - 1.5, grey=90)
        y += 5.8
    cur.text(20, y + 6, "Résultats validés par le biologiste. * valeur hors limites de référence.", fam, fs - 2, italic=True)
    if len(pages) > 1:
        for i, pgx in enumerate(pages):
            running_header(pgx, C, i + 1, len(pages))
    return pages


def t_prescription(C):
    pg, fam, fs, iv, r = Page(), C.fam, C.fs, C.iv, C.rng
    letterhead_single(pg, C, 20, 20, C.author, fam, fs)
    pg.text(190, 22, f"Le {fmt_date(C.when, 'slash')}", fam, fs, align="right")
    pg.line(20, 48, 190, 48, 0.3)
    y = 60
    pg.text(30, y, name_str(iv, r.choice(["NF", "FN"]), iv["civ_long"]), fam, fs + 1, bold=True, tag=ID)
    tail = []
    if iv["ddn_s"]:
        tail.append(f"{iv['Born']} {iv['ddn_s']}")
    tail.append(f"{r.randint(45, 98) if not iv['child'] else r.randint(8, 45)} kg")
    pg.text(30, y + 6, " — ".join(tail), fam, fs, tag=ID if iv["ddn_s"] else None)
    if iv["ins"]:
        pg.text(30, y + 11, "INS " + iv["ins_s"], fam, fs - 1, tag=ID)
    y += 22
    pg.text(105, y, "ORDONNANCE", fam, fs + 3, bold=True, align="center")
    y += 12
    for dname, pos in r.sample(D.DRUGS, r.randint(2, 4)):
        pg.text(30, y, dname, fam, fs, bold=True)
        pg.text(35, y + 5, pos, fam, fs)
        y += 13
    pg.text(30, y, r.choice(["QSP 3 mois", "QSP 1 mois, à renouveler 2 fois", "QSP 7 jours"]), fam, fs, italic=True)
    signature(pg, C, 125, y + 25, C.author, fam, fs)
    return [pg]


def t_operative(C):
    pg, fam, fs, iv, r = Page(), C.fam, C.fs, C.iv, C.rng
    pg.text(20, 16, C.estab, fam, fs + 1, bold=True)
    pg.text(20, 21, "Bloc opératoire — " + C.service, fam, fs - 1)
    pg.text(105, 34, "COMPTE RENDU OPÉRATOIRE", fam, fs + 3, bold=True, align="center")
    y = 44
    rows = id_fields(iv, with_sex=False) + [("IPP établissement", C.hipp)]
    for lab, val in rows:
        pg.rect(20, y - 4.5, 50, 6.5, fill=235, stroke=True, lw=0.2)
        pg.rect(70, y - 4.5, 60, 6.5, stroke=True, lw=0.2)
        pg.text(22, y, lab, fam, fs - 1)
        pg.text(72, y, val, fam, fs - 0.5, bold=True, tag=ID)
        y += 6.5
    yy = 44
    for lab, d in [("Opérateur", C.team[0]), ("Aide", C.team[1]), ("Anesthésiste", C.team[2])]:
        pg.text(138, yy, f"{lab} :", fam, fs - 1.5, bold=True)
        pg.text(138, yy + 4, drname(d), fam, fs - 1.5)
        yy += 10
    y = max(y, yy) + 6
    pg.text(20, y, f"Date de l'intervention : {fmt_date(C.when, 'slash')}", fam, fs)
    intervention = r.choice(["Cholécystectomie par cœlioscopie", "Arthroscopie du genou droit — méniscectomie partielle",
                             "Cure de hernie inguinale gauche selon Lichtenstein", "Pose de prothèse totale de hanche droite"])
    pg.text(20, y + 6, "Intervention : " + intervention, fam, fs, bold=True)
    y += 16
    for head, txt in [("Installation", "Décubitus dorsal, antibioprophylaxie par céfazoline 2 g à l'induction."),
                      ("Description", "Exploration sans particularité. Geste réalisé selon la technique habituelle. Hémostase soigneuse. Fermeture plan par plan."),
                      ("Incidents", "Aucun."), ("Consignes post-opératoires", "Lever J0, antalgiques de palier 1, consultation de contrôle à 6 semaines.")]:
        pg.text(20, y, head + " :", fam, fs, bold=True)
        y = pg.para(20, y + 5.5, 170, txt, fam, fs) + 2
    y = extras_par(pg, C, y)
    signature(pg, C, 125, y + 8, C.team[0], fam, fs)
    return [pg]


def t_certificate(C):
    pg, fam, fs, iv, r = Page(), C.fam, C.fs, C.iv, C.rng
    letterhead_single(pg, C, 20, 22, C.author, fam, fs)
    pg.text(105, 72, "CERTIFICAT MÉDICAL", fam, fs + 4, bold=True, align="center")
    y = 90
    y = pg.para(25, y, 160, f"Je soussigné{'e' if C.author['sex'] == 'F' else ''}, Docteur {C.author['first']} {C.author['last']}, "
                f"certifie avoir examiné ce jour {id_sentence(iv, order=r.choice(['FN', 'NF']))},", fam, fs + 1, leading=1.6, tag=ID)
    what = r.choice(["et n'avoir constaté aucune contre-indication à la pratique du sport en compétition (course à pied).",
                     "et que son état de santé nécessite un arrêt de travail de 7 jours.",
                     "et que son état de santé justifie une dispense de piscine pour une durée de 3 semaines.",
                     "et que son état de santé nécessite la présence d'un parent à ses côtés."])
    y = pg.para(25, y + 1, 160, what, fam, fs + 1, leading=1.6)
    y = extras_par(pg, C, y + 3, 25, 160)
    y = pg.para(25, y + 4, 160, "Certificat établi à la demande de l'intéressé(e) et remis en main propre pour faire valoir ce que de droit.", fam, fs, leading=1.5)
    pg.text(120, y + 10, f"Fait à {C.addr[2]}, le {fmt_date(C.when, 'slash')}", fam, fs)
    signature(pg, C, 120, y + 22, C.author, fam, fs)
    return [pg]


def t_identity_table(C):
    pg, fam, fs, iv, r = Page(), C.fam, C.fs, C.iv, C.rng
    pg.text(20, 18, C.estab, fam, fs + 1, bold=True)
    pg.text(20, 23, C.service, fam, fs - 1)
    title = r.choice(["FICHE DE LIAISON", "DEMANDE D'AVIS", "COMPTE RENDU DE CONSULTATION", "FICHE DE TRANSMISSION"])
    pg.text(105, 38, title, fam, fs + 3, bold=True, align="center")
    y = 50
    pg.text(20, y, "IDENTITÉ DU PATIENT", fam, fs, bold=True)
    y += 6
    rows = id_fields(iv) + [("Lieu de naissance", r.choice(D.CITIES)[0])]
    for lab, val in rows:
        pg.rect(20, y - 4.8, 55, 7, fill=230, stroke=True, lw=0.2)
        pg.rect(75, y - 4.8, 115, 7, stroke=True, lw=0.2)
        pg.text(22, y, lab, fam, fs - 1)
        pg.text(77, y, val, fam, fs, bold=True, tag=ID)
        y += 7
    y += 8
    pg.text(20, y, f"Date : {fmt_date(C.when, 'slash')}    Demandeur : {drname(C.author)}    Destinataire : {drname(C.recip)}", fam, fs - 1)
    y += 10
    for t in body_texts(C, 3):
        y = pg.para(20, y, 170, t, fam, fs) + 2
    y = extras_par(pg, C, y)
    signature(pg, C, 125, y + 10, C.author, fam, fs)
    return [pg]


def t_side_column(C):
    pg, fam, fs, iv, r = Page(), C.fam, C.fs, C.iv, C.rng
    pg.rect(0, 0, 58, 297, fill=C.side_grey, stroke=False)
    y = 20
    pg.text(8, y, "PATIENT", fam, fs - 1, bold=True)
    y += 7
    lines = []
    if iv["mode"] in ("birth", "nee", "epouse"):
        lines.append(iv["birth"])
    if iv["mode"] in ("used", "nee", "epouse"):
        lines.append(("Nom d'usage : " if iv["mode"] != "used" else "") + iv["used"])
    if iv["firsts"]:
        lines.append(iv["firsts"].split(",")[0])
    if iv["ddn_s"]:
        lines.append(iv["Born"] + " " + iv["ddn_s"])
    lines.append("Sexe : " + iv["sex"])
    if iv["ins"]:
        lines += ["INS", iv["ins_s"]]
    for i, ln in enumerate(lines):
        pg.text(8, y, ln, fam, fs - (0 if i else -1), bold=(i == 0), tag=ID)
        y += 5.5
    y += 8
    pg.text(8, y, "MÉDECIN TRAITANT", fam, fs - 2, bold=True)
    pg.text(8, y + 5, drname(C.recip), fam, fs - 2)
    pg.text(8, y + 16, "CONSULTATION DU", fam, fs - 2, bold=True)
    pg.text(8, y + 21, fmt_date(C.when, "slash"), fam, fs - 2)
    pg.text(66, 20, C.estab_short, fam, fs + 2, bold=True)
    pg.text(66, 25, drname(C.author) + " — " + C.author["spec"], fam, fs - 1)
    pg.text(66, 42, "COMPTE RENDU DE CONSULTATION", fam, fs + 2, bold=True)
    y = 54
    for t in body_texts(C, 4):
        y = pg.para(66, y, 125, t, fam, fs) + 2
    y = extras_par(pg, C, y, 66, 125)
    signature(pg, C, 120, y + 10, C.author, fam, fs)
    return [pg]


def t_form_lines(C):
    """Printed form: labels on one line, typed values on the next (transport / admission forms)."""
    pg, fam, fs, iv, r = Page(), C.fam, C.fs, C.iv, C.rng
    title = r.choice(["DEMANDE D'ADMISSION", "PRESCRIPTION MÉDICALE DE TRANSPORT", "DEMANDE DE RENDEZ-VOUS", "BON D'EXAMEN"])
    pg.text(105, 18, title, "arial", fs + 3, bold=True, align="center")
    pg.text(105, 23, C.estab_short, "arial", fs - 1, align="center")
    y = 36
    if C.assure is not None:
        a = C.assure
        pg.rect(20, y - 5, 170, 22, stroke=True, lw=0.3)
        pg.text(22, y, "ASSURÉ(E)", "arial", fs - 1, bold=True)
        labs = [("Nom et prénom", 22), ("N° d'immatriculation", 110)]
        for lb, x in labs:
            pg.text(x, y + 6, lb, "arial", fs - 2.5, grey=60)
        pg.text(22, y + 12, a["name"], C.fam, fs)
        pg.text(110, y + 12, a["nir"], C.fam, fs)
        y += 26
        pg.text(22, y, "BÉNÉFICIAIRE DES SOINS (si différent de l'assuré)", "arial", fs - 1, bold=True)
        y += 2
    y += 4
    pg.rect(20, y - 3, 170, 17, stroke=True, lw=0.3)
    cols = [(22, "Nom de naissance" if iv["mode"] != "used" else "Nom"), (75, "Nom d'usage"), (120, "Prénom"), (158, "Date de naissance")]
    for x, lb in cols:
        pg.text(x, y + 2, lb, "arial", fs - 2.5, grey=60)
    vals = [iv["birth"] if iv["mode"] != "used" else iv["used"],
            iv["used"] if iv["mode"] in ("nee", "epouse") else "", iv["first"] or "", iv["ddn_s"] or ""]
    for (x, _), v in zip(cols, vals):
        if v:
            pg.text(x, y + 9, v, C.fam, fs, tag=ID)
    y += 26
    if iv["ins"]:
        pg.text(22, y, "Matricule INS", "arial", fs - 2.5, grey=60)
        pg.text(22, y + 6, iv["ins_s"], C.fam, fs, tag=ID)
        y += 14
    pg.text(22, y, "Motif / renseignements cliniques", "arial", fs - 2.5, grey=60)
    y = pg.para(22, y + 6, 165, r.choice(D.MOTIFS).capitalize() + ".", C.fam, fs)
    y = extras_par(pg, C, y + 3, 22, 165)
    pg.text(22, y + 8, "Médecin prescripteur", "arial", fs - 2.5, grey=60)
    pg.text(22, y + 14, drname(C.author) + " — RPPS " + C.author["rpps"], C.fam, fs)
    pg.text(120, y + 8, "Date", "arial", fs - 2.5, grey=60)
    pg.text(120, y + 14, fmt_date(C.when, "slash"), C.fam, fs)
    return [pg]


def t_consult_multi(C):
    fam, fs, iv, r = C.fam, C.fs, C.iv, C.rng
    C.kind_title = "Consultation"
    pages = []
    p1 = Page()
    letterhead_single(p1, C, 20, 18, C.author, fam, fs)
    p1.text(20, 52, "COMPTE RENDU DE CONSULTATION", fam, fs + 2, bold=True)
    p1.text(20, 60, name_str(iv, "NF", iv["civ"], firsts=True), fam, fs + 1, bold=True, tag=ID)
    if iv["ddn_s"]:
        p1.text(20, 65.5, f"{iv['Born']} {iv['ddn_s']} ({age_at(iv['p']['ddn'], C.when)} ans)", fam, fs, tag=ID)
    if iv["ins"]:
        p1.text(20, 71, "INS : " + iv["ins_s"], fam, fs - 1, tag=ID)
    p1.text(120, 60, f"Consultation du {fmt_date(C.when, 'slash')}", fam, fs)
    p1.text(120, 65.5, f"Adressé par {drname(C.recip)}", fam, fs)
    y = 82
    texts = body_texts(C, 8) * 2
    pages.append(p1)
    cur = p1
    for i, t in enumerate(texts[:4 + 7 * (C.npages - 1)]):
        if y > 250:
            cur = Page()
            pages.append(cur)
            y = 28
        cur.text(20, y, ["Anamnèse", "Examen clinique", "Examens complémentaires", "Synthèse", "Conduite à tenir"][i % 5], fam, fs, bold=True)
        y = cur.para(20, y + 5.5, 170, t + " " + t, fam, fs) + 3
    y = extras_par(cur, C, y)
    signature(cur, C, 125, min(y + 10, 275), C.author, fam, fs)
    if len(pages) > 1:
        for i, pgx in enumerate(pages):
            if i:
                running_header(pgx, C, i + 1, len(pages))
            else:
                pgx.text(105, 288, f"Page 1/{len(pages)}", fam, fs - 2, align="center")
    return pages


def t_two_patients(C):
    """Letter about two patients with full identities (couple or siblings)."""
    pg, fam, fs, r = Page(), C.fam, C.fs, C.rng
    letterhead_single(pg, C, 20, 22, C.author, fam, fs)
    recipient_block(pg, C, 118, 52, C.recip, fam, fs)
    y = 94
    pg.text(20, y, "Cher Confrère,", fam, fs)
    y = pg.para(20, y + 8, 170, f"Je vous adresse {id_sentence(C.iv, 'short')} ainsi que {id_sentence(C.iv2, 'short')}, "
                "vus ensemble ce jour pour un contage tuberculeux familial. Merci de les convoquer pour un bilan "
                "(radiographie thoracique et test IGRA).", fam, fs, tag=ID)
    for t in body_texts(C, 2):
        y = pg.para(20, y + 2, 170, t, fam, fs)
    signature(pg, C, 120, y + 14, C.author, fam, fs)
    return [pg]


TEMPLATES = {
    "gp_letter": t_gp_letter, "specialist_letter": t_spec_letter, "discharge": t_discharge,
    "radiology": t_radiology, "lab_sheet": t_lab, "prescription": t_prescription,
    "operative": t_operative, "certificate": t_certificate, "identity_table": t_identity_table,
    "side_column": t_side_column, "form_lines": t_form_lines, "consult_multipage": t_consult_multi,
    "two_patients_letter": t_two_patients,
}


# ------------------------------------------------------------------ non-paginated formats

def write_docx(C, path):
    from docx import Document
    from docx.shared import Pt
    iv, r = C.iv, C.rng
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = r.choice(["Calibri", "Arial", "Times New Roman"])
    st.font.size = Pt(11)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = f"{drname(C.author)}\n{C.author['spec']}\n{C.addr[0]} — {C.addr[1]}\nTél. {phone(r)}"
    doc.add_paragraph(f"Docteur {C.recip['first']} {C.recip['last']}\n{C.recip['spec']}")
    doc.add_paragraph(f"{C.addr[2]}, le {date_long(C.when)}")
    style = r.random()
    if style < 0.4:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in id_fields(iv):
            row = t.add_row().cells
            row[0].text, row[1].text = lab, val
        doc.add_paragraph("")
        doc.add_paragraph("Cher Confrère,")
        doc.add_paragraph(f"J'ai vu en consultation {'ce patient' if iv['sex'] == 'M' else 'cette patiente'} pour {r.choice(D.MOTIFS)}.")
    elif style < 0.7:
        p = doc.add_paragraph()
        run = p.add_run("Objet : " + name_str(iv, "NF", iv["civ"]) + (f", {iv['born']} {iv['ddn_s']}" if iv["ddn_s"] else "")
                        + (f" — INS {iv['ins_s']}" if iv["ins"] else ""))
        run.bold = True
        doc.add_paragraph("Cher Confrère,")
        doc.add_paragraph(f"J'ai vu en consultation {'ce patient' if iv['sex'] == 'M' else 'cette patiente'} pour {r.choice(D.MOTIFS)}.")
    else:
        doc.add_paragraph("Cher Confrère,")
        doc.add_paragraph(f"J'ai vu ce jour en consultation {id_sentence(iv)}, pour {r.choice(D.MOTIFS)}.")
    for t in body_texts(C, 3):
        doc.add_paragraph(t)
    for e in C.extras:
        doc.add_paragraph(e)
    doc.add_paragraph("Bien confraternellement,")
    doc.add_paragraph(drname(C.author))
    doc.core_properties.author = "secretariat"
    doc.save(path)


def write_txt(C, path):
    iv, r = C.iv, C.rng
    low = r.random() < 0.4
    nm = name_str(iv, "FN")
    if low:  # speech-to-text output: names in title case
        nm = " ".join(w if w in ("née", "né", "épouse") else "-".join(x.capitalize() for x in w.split("-")) for w in nm.split())
    civ = iv["civ_long"].lower() if low else iv["civ_long"]
    if iv["child"]:
        civ = "l'enfant"
    ddn = fmt_date(iv["ddn"], r.choice(["text", "slash"])) if iv["ddn"] else None
    lines = [f"DICTÉE N° {r.randint(1000, 9999)} — {drname(C.author)} — {fmt_date(C.when, 'slash')}",
             f"Type : courrier de consultation — destinataire : {drname(C.recip)}", ""]
    s = f"Cher confrère, je revois ce jour en consultation {civ} {nm}"
    if ddn:
        s += f", {iv['born']} {ddn}"
    if iv["ins"]:  # dictated from the referral's header: without it an `ins_other` case would print no INS at all
        s += f" (INS {iv['ins_s']})"
    s += f", que vous m'aviez adressé{'e' if iv['sex'] == 'F' else ''} pour {r.choice(D.MOTIFS)}."
    lines.append(s)
    for t in body_texts(C, 3):
        lines.append(t)
    lines += C.extras
    lines += ["Je vous remercie de votre confiance et vous prie de croire, cher confrère, en mes sentiments les meilleurs.",
              "", f"[fin de dictée — frappé par le secrétariat le {fmt_date(C.when + dt.timedelta(days=1), 'slash')}]"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def hpr_block(C, m, r):
    iv = m["iv"]
    nm = iv["birth"] if iv["mode"] == "birth" else iv["used"] if iv["mode"] == "used" else f"{iv['used']} NEE {iv['birth']}"
    a1, a2, _ = address(r)
    nir = m.get("nir_line", "")
    lines = [str(r.randint(100000, 999999)), strip_accents(nm).upper() if r.random() < 0.5 else nm.upper(),
             (iv["first"] or "").upper(), a1.upper(), "", a2,
             iv["ddn"].strftime("%d/%m/%Y") if iv["ddn"] else "", nir,
             f"{C.when.strftime('%y%m%d')}{r.randint(100, 999)}", C.when.strftime("%d/%m/%Y"),
             str(r.randint(10000, 99999)), f"DR {C.recip['last']} {C.recip['first'].upper()}"]
    body = ["", f"   LABORATOIRE {C.lab_name}", f"   Compte rendu du {C.when.strftime('%d/%m/%Y')}", ""]
    res = []
    for nm_, u, lo, hi in r.sample(D.LAB_TESTS, 6):
        v = r.uniform(lo * 0.8, hi * 1.2)
        vs = f"{v:.2f}" if hi < 20 else f"{v:.0f}"
        body.append(f"   {nm_:<28}{vs:>10} {u:<12}({lo}-{hi})")
        res.append(f"RES|{nm_}|{nm_[:4].upper()}|N|{vs}|{u}|{lo}|{hi}|{'H' if v > hi else 'L' if v < lo else 'N'}|F||")
    return lines + body + ["****LAB****"] + res + ["****FIN****"]


def write_hpr(C, msgs, path, r):
    out = []
    for m in msgs:
        out += hpr_block(C, m, r)
    out.append("****FINFICHIER****")
    enc = "latin-1" if r.random() < 0.7 else "utf-8"
    with open(path, "wb") as f:
        f.write("\r\n".join(out).encode(enc, "replace") + b"\r\n")


def hl7_esc(s):
    return s.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("&", "\\T\\").replace("~", "\\R\\")


def write_hl7(C, msgs, path, r):
    segs_all = []
    for k, m in enumerate(msgs):
        iv = m["iv"]
        ts = C.when.strftime("%Y%m%d") + "%02d%02d00" % (r.randint(8, 18), r.randint(0, 59))
        first = hl7_esc((iv["first"] or "").upper())
        names = []
        if iv["mode"] in ("birth", "nee", "epouse"):
            names.append(f"{hl7_esc(iv['birth'].upper())}^{first}^^^{'MME' if iv['sex'] == 'F' else 'M'}^^L")
        if iv["mode"] in ("used", "nee", "epouse"):
            names.append(f"{hl7_esc(iv['used'].upper())}^{first}^^^^^D")
        ids = [f"{r.randint(10 ** 8, 10 ** 9 - 1)}^^^LABO{C.lab_code}^PI"]
        if iv["ins"]:
            ids.append(f"{iv['ins']}^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS")
        segs = [f"MSH|^~\\&|SIL|LABO{C.lab_code}|LGC|CABINET|{ts}||ORU^R01^ORU_R01|{r.randint(10 ** 6, 10 ** 7)}|P|2.5|||||FRA|UNICODE UTF-8",
                f"PID|1||{'~'.join(ids)}||{'~'.join(names)}||{iv['ddn'].strftime('%Y%m%d') if iv['ddn'] else ''}|{iv['sex']}",
                "PV1|1|O",
                f"ORC|RE||{r.randint(10 ** 6, 10 ** 7)}||CM",
                f"OBR|1||{C.when.strftime('%y%m%d')}{r.randint(1000, 9999)}|BILAN^Bilan biologique^L|||{ts}|||||||||{C.recip['rpps']}^{C.recip['last']}^{C.recip['first'].upper()}||||||{ts}|||F"]
        for i, (nm_, u, lo, hi) in enumerate(r.sample(D.LAB_TESTS, 5)):
            v = r.uniform(lo * 0.8, hi * 1.2)
            vs = f"{v:.2f}" if hi < 20 else f"{v:.0f}"
            code = strip_accents("".join(c for c in nm_ if c.isalnum())[:4]).upper()
            segs.append(f"OBX|{i + 1}|NM|{code}^{hl7_esc(nm_)}^L||{vs}|{hl7_esc(u)}|{lo}-{hi}|{'H' if v > hi else 'L' if v < lo else 'N'}|||F")
        segs_all.append("\r".join(segs))
    with open(path, "wb") as f:
        f.write(("\r".join(segs_all) + "\r").encode("utf-8"))


# ------------------------------------------------------------------ cases

class Ctx:
    pass


LAB_NAMES = ["BIOLAB VAL DE LOIRE", "BIO-ESTUAIRE", "LABORATOIRE DES TROIS RIVIÈRES", "BIOPOLE OUEST", "SYNLAB-LIKE CENTRE"]


def new_ctx(rng, reg, when):
    C = Ctx()
    C.rng, C.reg, C.when = rng, reg, when
    C.author = doctor(rng)
    C.recip = doctor(rng, spec=rng.choice(["Médecine générale", "Médecin généraliste"]))
    C.team = [doctor(rng) for _ in range(rng.randint(3, 5))]
    C.addr = address(rng)
    C.estab = rng.choice(D.HOSPITALS).format(city=C.addr[2].upper())
    C.estab_short = rng.choice(["Cabinet médical", "Centre médical", "Pôle de santé", "Groupe médical"]) + " " + rng.choice(["des Tilleuls", "du Parc", "Saint-Jacques", "de la Gare", "Pasteur"])
    C.service = rng.choice(D.SERVICES)
    C.lab_name = rng.choice(LAB_NAMES)
    C.lab_code = str(rng.randint(10, 99))
    C.hipp = str(rng.randint(5 * 10 ** 9, 7 * 10 ** 9))
    C.nda = str(rng.randint(10 ** 9, 2 * 10 ** 9))
    C.cont = rng.choice(["label", "running", "running", "none"])
    C.npages = 1
    C.extras = []
    C.assure = None
    C.iv2 = None
    C.side_grey = rng.choice([225, 235, 240])
    C.kind_title = "Document"
    return C


def relation(p, q):
    """How q is related to p, in words (p's point of view)."""
    if p["rel"] == "enfant":
        if q["rel"] == "mère":
            return "sa mère"
        if q["rel"] == "père":
            return "son père"
        return "son frère" if q["sex"] == "M" else "sa sœur"
    if q["rel"] == "enfant":
        return "son fils" if q["sex"] == "M" else "sa fille"
    return "son époux" if q["sex"] == "M" else "son épouse"


def relative_sentence(C, p, q, with_date, rng):
    lien = relation(p, q)
    nm = f"{'Mme' if q['sex'] == 'F' else 'M.'} {q['firsts_true'][0]} {(q['used_true'] or q['birth_true']).upper()}"
    date = f", {'née' if q['sex'] == 'F' else 'né'} le {fmt_date(q['ddn'], 'slash')}" if with_date else ""
    pr = "Elle" if p["sex"] == "F" else "Il"
    if age_at(p["ddn"], C.when) < 15:
        return rng.choice([f"Enfant vu{'e' if p['sex'] == 'F' else ''} en présence de {lien}, {nm}{date}.",
                           f"Responsable légal : {nm} ({lien.split()[-1]}){date}, tél. {phone(rng)}."])
    return rng.choice([f"{pr} est accompagné{'e' if p['sex'] == 'F' else ''} de {lien}, {nm}{date}.",
                       f"Personne de confiance : {nm} ({lien.split()[-1]}){date}, tél. {phone(rng)}."])


def outsider(reg, rng, birth=None, first=None, sex=None):
    for _ in range(200):
        sx = sex or rng.choice("MF")
        p = dict(ipp=None, birth_true=birth or reg.surname(), used_true=None,
                 firsts_true=[first] if first else reg.firsts(sx), ddn=reg.ddn(), sex=sx, ins="", rel=None, fam=None)
        shown = dict(surnames=[p["birth_true"]], first=p["firsts_true"][0], ddn=p["ddn"])
        if not reg.candidates(shown):
            return p
    raise RuntimeError("no outsider")


FILEABLE_W = {"plain": 3.0, "used_name": 1.2, "nee_epouse": 1.0, "homonym_dated": 1.3, "twin_first": 0.6,
              "doctor_patient": 1.0, "relative_named": 1.3, "assure_differs": 0.6, "ins_name": 0.6, "accent_diff": 0.8}
NONFILE = ["unknown_patient", "unknown_namesake", "namesake_nodate", "twins_surname_date", "conflict_ddn",
           "ins_other", "two_patients", "illegible"]
LAYOUT_W = {"gp_letter": 1.2, "specialist_letter": 1.2, "discharge": 1.2, "radiology": 1.0, "lab_sheet": 1.0,
            "prescription": 0.8, "operative": 0.5, "certificate": 0.6, "identity_table": 0.6, "side_column": 0.6,
            "form_lines": 0.6, "consult_multipage": 0.8, "docx_letter": 0.7, "txt_dictation": 0.5}
RENDER_W = {"pdf_text": 0.30, "pdf_scan": 0.15, "scan_png": 0.09, "scan_jpg": 0.08, "fax_tif": 0.10,
            "fax_pdf": 0.09, "grey_jpg": 0.08, "photo_jpg": 0.08}


def wchoice(rng, w):
    k = list(w)
    return rng.choices(k, [w[x] for x in k])[0]


class Builder:
    def __init__(self, reg, rng):
        self.reg, self.rng = reg, rng
        self.groups = {}
        for p in reg.pats:
            self.groups.setdefault((norm(p["birth"]), norm(p["firsts"][0])), []).append(p)
        self.twins = {}
        for p in reg.pats:
            if p["rel"] == "enfant":
                self.twins.setdefault((p["fam"], p["ddn"]), []).append(p)
        self.twins = [v for v in self.twins.values() if len(v) >= 2]
        self.used = set()

    def pick(self, pred, tries=4000):
        r = self.rng
        for _ in range(tries):
            p = r.choice(self.reg.pats)
            if p["ipp"] not in self.used and pred(p):
                return p
        raise RuntimeError("no patient for predicate")

    def fileable(self, case, C, layout):
        """Set C.iv (and extras) for a fileable case; returns expected patient and a note."""
        r, reg = self.rng, self.reg
        for _ in range(300):
            kw = {}
            note = ""
            if case == "used_name":
                p = self.pick(lambda q: q["used"])
                kw["mode"] = "used"
                note = "used name only"
            elif case == "nee_epouse":
                p = self.pick(lambda q: q["used"])
                kw["mode"] = r.choice(["nee", "epouse"])
                note = "birth + used name"
            elif case == "homonym_dated":
                grp = r.choice([g for g in self.groups.values() if len(g) >= 2])
                p = r.choice(grp)
                kw["mode"] = "birth"
                note = f"{len(grp)} registry homonyms, DDN separates"
            elif case == "twin_first":
                p = r.choice(r.choice(self.twins))
                note = "twin, first name + DDN"
            elif case == "relative_named":
                fam = [f for f in reg.fams.values() if len(f) >= 2]
                members = r.choice(fam)
                p = r.choice(members)
                q = r.choice([m for m in members if m is not p])
                wd = r.random() < 0.45
                C.extras = [relative_sentence(C, p, q, wd, r)]
                note = f"relative {q['ipp']} named{' with own DDN' if wd else ''}"
            elif case == "assure_differs":
                fam = [f for f in reg.fams.values() if any(m["rel"] == "enfant" and age_at(m["ddn"], C.when) < 20 for m in f)
                       and any(m["rel"] != "enfant" for m in f)]
                members = r.choice(fam)
                kids = [m for m in members if m["rel"] == "enfant"]
                young = [m for m in kids if age_at(m["ddn"], C.when) < 20]
                p = r.choice(young or kids)
                par = r.choice([m for m in members if m["rel"] != "enfant"])
                nir = par["ins"] or reg.make_nir(par["sex"], par["ddn"])
                C.assure = dict(name=f"{(par['used_true'] or par['birth_true']).upper()} {par['firsts_true'][0]}",
                                nir=fmt_ins(nir, r.choice([1, 2])), ipp=par["ipp"])
                C.assure_nir = nir
                kw["show_ins"] = False
                note = f"assuré = parent {par['ipp']} ({'registry INS' if par['ins'] else 'NIR not in registry'})"
            elif case == "plain_ins":
                p = self.pick(lambda q: q["ins"])
                kw["show_ins"] = True
                note = "full identity + INS"
            elif case == "ins_name":
                p = self.pick(lambda q: q["ins"])
                kw.update(show_ins=True, show_ddn=False)
                note = "INS + name, no DDN"
            elif case == "accent_diff":
                p = self.pick(lambda q: q["stripped"])
                kw["strip"] = False
                note = "accents on paper, stripped in registry"
            else:
                p = self.pick(lambda q: True)
                if case == "doctor_patient":
                    C.author = doctor(r, reg, force_patient=True, spec=C.author["spec"])
                    C.team[0] = doctor(r, reg, force_patient=True)
                    note = f"author/team doctor are registry patients {C.author['patient']},{C.team[0]['patient']}"
            if p["ipp"] in self.used:
                continue
            iv = make_iv(p, r, C.when, **kw)
            if layout in ("hpr",) and iv["mode"] == "epouse":
                iv = make_iv(p, r, C.when, **dict(kw, mode="nee"))
            if reg.conclusive(iv["shown"]) is p:
                self.used.add(p["ipp"])
                C.iv = iv
                return p["ipp"], note
        raise RuntimeError("could not build fileable " + case)

    def nonfileable(self, case, C):
        r, reg = self.rng, self.reg
        for _ in range(300):
            note = ""
            if case == "unknown_patient":
                p = outsider(reg, r)
                iv = make_iv(p, r, C.when, show_ins=False)
                note = "patient not in registry"
            elif case == "unknown_namesake":
                src = self.pick(lambda q: not q["used"])
                p = outsider(reg, r, birth=src["birth_true"], first=src["firsts_true"][0], sex=src["sex"])
                iv = make_iv(p, r, C.when, show_ins=False, mode="birth")
                note = f"same name as registry {src['ipp']} but other DDN"
            elif case == "namesake_nodate":
                grp = r.choice([g for g in self.groups.values() if len(g) >= 2])
                p = grp[0]
                iv = make_iv(p, r, C.when, show_ddn=False, show_ins=False, mode="birth")
                note = f"name only, {len(grp)} homonyms"
            elif case == "twins_surname_date":
                tw = r.choice(self.twins)
                p = tw[0]
                iv = make_iv(p, r, C.when, show_first=False, show_ins=False, mode="birth")
                note = "surname + DDN only, twins " + ",".join(q["ipp"] for q in tw)
            elif case == "conflict_ddn":
                p = self.pick(lambda q: q["ddn"].day <= 12 and q["ddn"].day != q["ddn"].month)
                q = dict(p)
                q["ddn"] = dt.date(p["ddn"].year, p["ddn"].day, p["ddn"].month)
                iv = make_iv(q, r, C.when, show_ins=False)
                note = f"name of {p['ipp']} with day/month swapped DDN"
            elif case == "ins_other":
                p = self.pick(lambda q: True)
                b = self.pick(lambda q: q["ins"] and q["sex"] == p["sex"] and q is not p)
                q = dict(p)
                q["ins"] = b["ins"]
                iv = make_iv(q, r, C.when, show_ins=True)
                note = f"name+DDN of {p['ipp']}, INS of {b['ipp']}"
            elif case == "two_patients":
                fam = r.choice([f for f in reg.fams.values() if len(f) >= 2])
                p, p2 = r.sample(fam, 2)
                iv = make_iv(p, r, C.when, show_ins=False)
                C.iv2 = make_iv(p2, r, C.when, show_ins=False)
                if reg.conclusive(C.iv2["shown"]) is not p2:
                    continue
                note = f"two registry patients {p['ipp']} + {p2['ipp']}"
            elif case == "illegible":
                p = self.pick(lambda q: True)
                iv = make_iv(p, r, C.when, show_ins=False)
                note = f"identity of {p['ipp']} destroyed (smear)"
            else:
                raise ValueError(case)
            if case not in ("two_patients", "illegible") and reg.conclusive(iv["shown"]) is not None:
                continue
            if case in ("namesake_nodate", "twins_surname_date") and len(reg.candidates(iv["shown"])) < 2:
                continue
            if case in ("two_patients", "illegible") and reg.conclusive(iv["shown"]) is not p:
                continue
            C.iv = iv
            return None, note
        raise RuntimeError("could not build " + case)


# ------------------------------------------------------------------ rendering

EXT = {"pdf_text": "pdf", "pdf_scan": "pdf", "scan_png": "png", "scan_jpg": "jpg", "fax_tif": "tif",
       "fax_pdf": "pdf", "grey_jpg": "jpg", "photo_jpg": "jpg"}
PREFIX = {"pdf_text": "courrier", "pdf_scan": "SCAN", "scan_png": "scan", "scan_jpg": "numerisation",
          "fax_tif": "FAX", "fax_pdf": "fax", "grey_jpg": "copie", "photo_jpg": "IMG"}


def fax_header(pg, C, n, total, rng):
    pg = Page.__new__(Page)
    pg.ops = list(C._pages[n - 1].ops)
    hdr = f"{C.when.strftime('%d/%m/%Y')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}   DE: +33 {rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}   {strip_accents(C.estab_short.upper())[:28]}   P.{n:03d}/{total:03d}"
    pg.ops.insert(0, ("text", 8, 6, hdr, "dmono", 7.5, False, False, None, 0))
    return pg


def render(pages, rendering, path, C, illegible=False):
    rng = C.rng
    if rendering == "pdf_text":
        L.write_pdf(pages, path, title=None)
        return dict(dpi=None)
    C._pages = pages
    ims = []
    info = {}
    for i, pg in enumerate(pages):
        if rendering.startswith("fax"):
            pg = fax_header(pg, C, i + 1, len(pages), rng)
            std = rng.random() < 0.15 and C.fs >= 10
            dpi = 200
            im, boxes = L.rasterize(pg, dpi, ydpi=100 if std else None)
            if std:
                im = im.resize((im.width, im.height * 2), Image.NEAREST)
                boxes = {k: [(b[0], b[1] * 2, b[2], b[3] * 2) for b in v] for k, v in boxes.items()}
            info.update(dpi=dpi, fax_mode="standard" if std else "fine")
        else:
            dpi = {"pdf_scan": rng.choice([200, 300]), "scan_png": 300, "scan_jpg": rng.choice([200, 300]),
                   "grey_jpg": rng.choice([200, 250]), "photo_jpg": 200}[rendering]
            im, boxes = L.rasterize(pg, dpi)
            info["dpi"] = dpi
        idb = boxes.get(ID, [])
        if illegible:
            im = L.blot(im, idb, rng, dpi)
        stamped = rng.random() < 0.35 and i == 0
        if rendering.startswith("fax"):
            if stamped:
                im = L.stamp(im, ["REÇU LE", C.when.strftime("%d %b %Y").upper()], rng, dpi, avoid=idb)
            im = im.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            im = L.binarize(im, rng.randint(150, 175))
            im = L.speckle(im, rng.randint(150, 700), rng, maxr=1.6)
        elif rendering == "grey_jpg":
            im = im.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, fillcolor=255)
            im = L.grey_paper(im, rng.randint(185, 215), rng.randint(35, 70))
            im = L.add_noise(im, 10, rng)
            if stamped:
                im = L.stamp(im, ["COPIE"], rng, dpi, avoid=idb)
        elif rendering == "photo_jpg":
            im = L.photo(im, rng)
        else:
            im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
            im = L.add_noise(im, 6, rng)
            if stamped:
                im = L.stamp(im, ["REÇU LE " + C.when.strftime("%d/%m/%Y")], rng, dpi, avoid=idb,
                             color=rendering != "pdf_scan")
        info["stamp"] = stamped
        ims.append(im)
    C._first_image = ims[0]
    if rendering in ("pdf_scan", "fax_pdf"):
        conv = [x.convert("1") if rendering == "fax_pdf" else x.convert("L") for x in ims]
        conv[0].save(path, "PDF", save_all=True, append_images=conv[1:], resolution=float(dpi))
    elif rendering == "fax_tif":
        conv = [x.convert("1") for x in ims]
        conv[0].save(path, save_all=True, append_images=conv[1:], compression="group4", dpi=(dpi, dpi))
    elif rendering == "scan_png":
        ims[0].save(path, dpi=(dpi, dpi))
    else:
        ims[0].convert("RGB").save(path, "JPEG", quality=rng.randint(72, 90), dpi=(dpi, dpi))
    if rendering in ("pdf_scan", "fax_pdf", "fax_tif"):
        C._first_image = conv[0]  # what is stored, as stored
    else:
        C._first_image = Image.open(path)
    return info


# ------------------------------------------------------------------ legibility check (tesseract)

def ocr_image(im):
    import subprocess
    import tempfile
    with tempfile.NamedTemporaryFile(suffix=".png") as t:
        im.convert("L").save(t.name)
        r = subprocess.run(["tesseract", t.name, "-", "-l", "fra", "--psm", "3"], capture_output=True, text=True)
    return r.stdout


def _squash(text):
    import re
    t = norm(text)
    t = re.sub(r"(?<=\d)[\s./-]+(?=\d)", "", t)
    return t


def identity_legible(text, shown):
    """Is what the paper is supposed to show found in the text?  Returns list of missing traits."""
    import re
    t = _squash(text)
    words = set(re.findall(r"[A-Z0-9]+", t))
    miss = []
    for s in shown.get("surnames") or []:
        if s and not all(w in words for w in norm(s).split()):
            miss.append("surname " + s)
    if shown.get("first"):
        if not all(w in words for w in norm(shown["first"]).split()):
            miss.append("first " + shown["first"])
    d = shown.get("ddn")
    if d:
        if isinstance(d, str):
            d = dt.date.fromisoformat(d)
        pats = [d.strftime("%d%m%Y"), d.strftime("%d%m%y"), d.strftime("%Y%m%d"), f"{d.day} {norm(D.MONTHS[d.month - 1])} {d.year}",
                f"{d.day:02d} {norm(D.MONTHS[d.month - 1])} {d.year}", f"1ER {norm(D.MONTHS[d.month - 1])} {d.year}"]
        if not any(p in t for p in pats):
            miss.append("ddn " + d.isoformat())
    if shown.get("ins"):
        if shown["ins"].replace(" ", "") not in t.replace(" ", ""):
            miss.append("ins")
    return miss


# ------------------------------------------------------------------ main

def describe(iv):
    if iv is None:
        return ""
    s = name_str(iv, "NF", iv["civ"], firsts=True) if iv["first"] else surname_str(iv)
    if iv["ddn_s"]:
        s += f", {iv['born']} {iv['ddn_s']}"
    if iv["ins"]:
        s += f", INS {iv['ins']}"
    return s


def choose_font(rng, rendering):
    fam = rng.choices(["sans", "serif", "arial", "dserif", "cond", "narrow", "mono", "light"],
                      [0.18, 0.2, 0.25, 0.08, 0.08, 0.08, 0.07, 0.06])[0]
    fs = rng.choice([9.5, 10, 10, 10.5, 11])
    if fam in ("narrow", "cond", "light") and fs < 10:
        fs = 10
    if fam == "light" and rendering not in ("pdf_text", "pdf_scan", "scan_png"):
        fam = "sans"
    return fam, fs


def generate(seed, ndocs, out, ocr_check=True):
    rng = random.Random(seed)
    cdir = os.path.join(out, "corpus")
    if os.path.isdir(cdir):  # a corpus dir is ours: start from an empty one
        for fn in os.listdir(cdir):
            os.remove(os.path.join(cdir, fn))
    os.makedirs(cdir, exist_ok=True)
    reg = Registry(random.Random(seed * 7919 + 1), 3000)
    reg.write_csv(os.path.join(out, "registry.csv"))
    B = Builder(reg, rng)
    n_lab = max(2, round(ndocs * 0.07))
    n_nf = max(1, round(ndocs * 0.2))
    nf = (NONFILE * 3)[:n_nf] if n_nf >= len(NONFILE) else rng.sample(NONFILE, n_nf)
    nf = nf[:len(NONFILE)] + [rng.choice(NONFILE) for _ in range(n_nf - len(NONFILE))] if n_nf > len(NONFILE) else nf
    plan = [("lab", None) for _ in range(n_lab)] + [("nf", c) for c in nf]
    plan += [("f", wchoice(rng, FILEABLE_W)) for _ in range(ndocs - len(plan))]
    rng.shuffle(plan)
    files = []
    for i, (kind, case) in enumerate(plan):
        when = dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, 600))
        C = new_ctx(rng, reg, when)
        if kind == "lab":
            files.append(build_lab(i, B, C, out))
            continue
        # layout
        if case == "assure_differs":
            layout = "form_lines"
        elif case == "two_patients":
            layout = "two_patients_letter"
        elif case == "ins_name":
            layout = rng.choice(["identity_table", "form_lines", "radiology"])
        elif case == "illegible":
            layout = rng.choice(["prescription", "radiology", "lab_sheet", "identity_table", "form_lines"])
        else:
            layout = wchoice(rng, LAYOUT_W)
        if kind == "f":
            exp, note = B.fileable(case, C, layout)
        else:
            exp, note = B.nonfileable(case, C)
        # rendering
        if layout == "docx_letter":
            rendering, ext = "docx", "docx"
        elif layout == "txt_dictation":
            rendering, ext = "txt", "txt"
        else:
            rendering = wchoice(rng, RENDER_W)
            if case == "illegible":
                rendering = rng.choice(["fax_tif", "fax_pdf", "scan_jpg"])
            if layout in ("discharge", "lab_sheet", "consult_multipage") and rng.random() < 0.6:
                C.npages = 2 if layout != "consult_multipage" else rng.choice([2, 3])
            if layout == "consult_multipage":
                C.npages = max(C.npages, 2)
            if case == "illegible":
                C.npages = 1
            if C.npages > 1 and rendering in ("scan_png", "scan_jpg", "grey_jpg", "photo_jpg"):
                rendering = rng.choice(["pdf_scan", "fax_tif", "pdf_text"])
            ext = EXT[rendering]
        C.fam, C.fs = choose_font(rng, rendering)
        prefix = {"docx": "lettre", "txt": "dictee"}.get(rendering) or PREFIX[rendering]
        if rendering == "photo_jpg":
            name = f"IMG_{when.strftime('%Y%m%d')}_{i:03d}.jpg"
        else:
            name = f"{prefix}_{i:03d}.{ext}"
        path = os.path.join(out, "corpus", name)
        info = {}
        if rendering == "docx":
            write_docx(C, path)
            npages = 1
        elif rendering == "txt":
            write_txt(C, path)
            npages = 1
        else:
            pages = TEMPLATES[layout](C)
            npages = len(pages)
            info = render(pages, rendering, path, C, illegible=(case == "illegible"))
            if ocr_check and kind == "f" and rendering != "pdf_text":
                # a fileable paper must be legible: tesseract must find the identity on page 1
                attempts = []
                for attempt in range(3):
                    miss = identity_legible(ocr_image(C._first_image), C.iv["shown"])
                    attempts.append(dict(font=f"{C.fam} {C.fs}", info=dict(info), missing=miss))
                    if not miss:
                        break
                    # milder rendering of the same paper: plain font, slightly larger, fresh degradation
                    C.fam, C.fs = ("arial", max(C.fs, 10.5)) if attempt == 0 else ("sans", 11)
                    pages = pages_refont(pages, C.fam, C.fs)
                    info = render(pages, rendering, path, C)
                info["ocr_attempts"] = attempts
                info["ocr_legible"] = not attempts[-1]["missing"]
        desc = describe(C.iv) + (" | + " + describe(C.iv2) if C.iv2 else "")
        if C.extras:
            desc += " | extra: " + " ".join(C.extras)
        if C.assure:
            desc += f" | assuré: {C.assure['name']} {C.assure['nir']}"
        files.append(dict(file=name, rendering=rendering, layout=layout, pages=npages, render_info=info,
                          font=f"{C.fam} {C.fs}pt",
                          parts=[dict(index=1, expected_patient=exp, case=case, fileable=exp is not None,
                                      note=note, paper=desc, shown=shown_json(C.iv))]))
    man = dict(seed=seed, docs=ndocs, generator="devtools/ood4/gen.py", files=files)
    problems = self_check(reg, man, B)
    man["self_check_problems"] = problems
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(man, f, ensure_ascii=False, indent=1)
    return man


def pages_refont(pages, fam, fs):
    """Same paper, body text re-set in another font (positions unchanged, sizes floored)."""
    out = []
    for pg in pages:
        q = Page()
        for op in pg.ops:
            if op[0] == "text" and op[4] not in ("dmono",):
                op = op[:4] + (fam, max(op[5], fs - 2) if op[8] is None else max(op[5], fs)) + op[6:]
            q.ops.append(op)
        out.append(q)
    return out


def shown_json(iv):
    s = iv["shown"]
    return dict(surnames=s["surnames"], first=s["first"], ddn=s["ddn"].isoformat() if s["ddn"] else None, ins=s["ins"])


def build_lab(i, B, C, out):
    rng, reg = C.rng, B.reg
    fmt = rng.choice(["hpr", "hl7"])
    nmsg = rng.choices([1, 2, 3], [0.4, 0.35, 0.25])[0]
    msgs, parts = [], []
    for k in range(nmsg):
        if rng.random() < 0.2:
            case = "unknown_patient"
            exp, note = B.nonfileable(case, C)
        else:
            case = rng.choice(["plain", "plain", "used_name", "homonym_dated", "accent_diff"]
                              + (["assure_differs"] if fmt == "hpr" else ["plain_ins"]))
            C.assure = None
            exp, note = B.fileable(case, C, fmt)
        m = dict(iv=C.iv)
        if fmt == "hpr":
            if case == "assure_differs":
                m["nir_line"] = C.assure_nir
            elif C.iv["p"].get("ins") and rng.random() < 0.5 and exp:
                m["nir_line"] = C.iv["p"]["ins"]
                # the patient's own NIR printed: part of what the paper shows
                C.iv["shown"]["ins"] = C.iv["p"]["ins"]
        msgs.append(m)
        parts.append(dict(index=k + 1, expected_patient=exp, case=case, fileable=exp is not None, note=note,
                          paper=describe(C.iv) + (f" | N°SS line = assuré {C.assure['ipp']}" if case == "assure_differs" else ""),
                          shown=shown_json(C.iv)))
    name = f"{'RES' if fmt == 'hpr' else 'ORU'}_{i:03d}.{fmt}"
    path = os.path.join(out, "corpus", name)
    (write_hpr if fmt == "hpr" else write_hl7)(C, msgs, path, rng)
    return dict(file=name, rendering=fmt, layout=f"{fmt}_lab_file", pages=None, render_info={}, font=None, parts=parts)


def self_check(reg, man, B):
    byipp = {p["ipp"]: p for p in reg.pats}
    problems = []
    for f in man["files"]:
        for part in f["parts"]:
            s = dict(part["shown"])
            s["ddn"] = dt.date.fromisoformat(s["ddn"]) if s["ddn"] else None
            c = reg.conclusive(s)
            exp = part["expected_patient"]
            if exp is not None:
                if exp not in byipp:
                    problems.append(f"{f['file']}: expected {exp} not in registry")
                elif c is None or c["ipp"] != exp:
                    problems.append(f"{f['file']}#{part['index']}: oracle disagrees ({c and c['ipp']})")
            elif part["case"] not in ("two_patients", "illegible") and c is not None:
                problems.append(f"{f['file']}#{part['index']}: non-fileable but conclusive")
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-ocr-check", action="store_true", help="skip the tesseract legibility check of fileable scans")
    a = ap.parse_args(argv)
    man = generate(a.seed, a.docs, a.out, ocr_check=not a.no_ocr_check)
    nparts = sum(len(f["parts"]) for f in man["files"])
    nfil = sum(1 for f in man["files"] for p in f["parts"] if p["fileable"])
    print(f"{len(man['files'])} files, {nparts} parts ({nfil} fileable) -> {a.out}")
    for p in man["self_check_problems"]:
        print("SELF-CHECK:", p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
