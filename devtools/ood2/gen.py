#!/usr/bin/env python3
"""Independent out-of-distribution test corpus generator for docpipe.

python gen.py --seed S --docs N --out DIR

Writes DIR/registry.csv, DIR/corpus/*, DIR/manifest.json.  Everything is
synthetic and deterministic from the seed.  The document designs come from
ordinary French medical correspondence, not from docpipe's rules.
"""
import argparse
import csv
import datetime as dt
import io
import json
import math
import os
import random
import re
import shutil
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names as N  # noqa: E402

REF_DATE = dt.date(2025, 6, 1)

# --------------------------------------------------------------------------
# small utilities
# --------------------------------------------------------------------------


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def key(s):
    """Comparison key for names: letters only, no accents, upper case."""
    return re.sub(r"[^A-Z]", "", strip_accents(s or "").upper())


def up(s):
    return s.upper()


def cap_name(s):
    """'LE GALL' -> 'Le Gall', "N'DIAYE" -> "N'Diaye", 'DUPONT-MORETTI' -> 'Dupont-Moretti'."""
    out = []
    prev = " "
    for c in s.lower():
        out.append(c.upper() if prev in " -'" else c)
        prev = c
    return "".join(out)


def fmt_date(d, style="slash"):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        return f"{d.day if d.day > 1 else '1er'} {N.MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def age_str(dob, when):
    a = age_at(dob, when)
    if a >= 2:
        return f"{a} ans"
    months = (when.year - dob.year) * 12 + when.month - dob.month - (when.day < dob.day)
    return f"{months} mois"


def nir_key(nir13):
    s = nir13[:5] + nir13[5:7].replace("2A", "19").replace("2B", "18") + nir13[7:]
    return 97 - int(s) % 97


def make_nir(rng, sex, dob, dept):
    s = "1" if sex == "M" else "2"
    yy = f"{dob.year % 100:02d}"
    mm = f"{dob.month:02d}"
    if dept == "99":
        d, com = "99", rng.choice(["350", "351", "352", "109", "139", "127", "332", "243"])
    elif len(dept) == 3:
        d, com = dept[:2], dept[2] + f"{rng.randint(1, 24):02d}"
    else:
        d, com = dept, f"{rng.randint(1, 600):03d}"
    order = f"{rng.randint(1, 999):03d}"
    n13 = s + yy + mm + d + com + order
    return n13 + f"{nir_key(n13):02d}"


def nir_valid(n):
    n = re.sub(r"\s", "", n or "")
    if not re.fullmatch(r"[12]\d{4}(\d{2}|2A|2B)\d{6}\d{2}", n):
        return False
    return nir_key(n[:13]) == int(n[13:])


def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def zipf_weights(n, s=1.0, off=2.0):
    return [1.0 / ((i + off) ** s) for i in range(n)]


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------


@dataclass
class Person:
    uid: int
    birth: str                    # canonical birth name (upper, accented)
    firsts: list                  # canonical given names
    dob: dt.date
    sex: str
    used: str = ""
    nir: str = ""                 # the person's NIR (exists even if not in registry INS)
    has_ins: bool = False
    ipp: str = ""
    registered: bool = True
    tags: set = field(default_factory=set)
    rel: list = field(default_factory=list)   # (role_of_other_for_me, uid)
    birthplace: tuple = ("Angers", "49")
    reg_birth: str = ""           # as written in registry.csv
    reg_firsts: str = ""
    reg_used: str = ""
    address: str = ""

    @property
    def first(self):
        return self.firsts[0]

    @property
    def ins(self):
        return self.nir if self.has_ins else ""


SYNTH_TAIL = sorted({st + en for st in N.TAIL_STEMS for en in N.TAIL_ENDS})
SURN_ALL = N.SURNAMES_TOP + N.SURNAMES_TAIL + SYNTH_TAIL
_TOPW = zipf_weights(len(N.SURNAMES_TOP), 0.9, 6)
_TOPW = [w * 0.45 / sum(_TOPW) for w in _TOPW]
SURN_W = (_TOPW + [0.22 / len(N.SURNAMES_TAIL)] * len(N.SURNAMES_TAIL)
          + [0.33 / len(SYNTH_TAIL)] * len(SYNTH_TAIL))


def draw_surname(rng):
    return wchoice(rng, SURN_ALL, SURN_W)


def cohort(year):
    for (a, b) in N.FIRST:
        if a <= year <= b:
            return (a, b)
    return (1925, 1949) if year < 1925 else (2010, 2025)


def draw_first(rng, sex, year):
    lst = N.FIRST[cohort(year)][0 if sex == "M" else 1]
    return wchoice(rng, lst, zipf_weights(len(lst), 0.9, 4))


def draw_middles(rng, sex, first):
    k = wchoice(rng, [0, 1, 2, 3], [0.3, 0.42, 0.22, 0.06])
    pool = [m for m in N.MIDDLE[0 if sex == "M" else 1] if m != first]
    out = []
    for _ in range(k):
        m = rng.choice(pool)
        if m not in out:
            out.append(m)
    return out


def draw_dob(rng, age_lo=0, age_hi=98):
    # age distribution skewed to older patients, as in a medical practice
    bands = [(0, 17, 0.55), (18, 39, 0.8), (40, 59, 1.0), (60, 79, 1.35), (80, 98, 0.8)]
    bands = [(max(a, age_lo), min(b, age_hi), w * (min(b, age_hi) - max(a, age_lo) + 1))
             for a, b, w in bands if min(b, age_hi) >= max(a, age_lo)]
    a, b, _ = wchoice(rng, bands, [x[2] for x in bands])
    age = rng.randint(a, b)
    d = REF_DATE - dt.timedelta(days=age * 365.25 + rng.randint(0, 364))
    return d


def draw_birthplace(rng):
    if rng.random() < 0.07:
        return ("Alger (Algérie)", "99") if rng.random() < 0.5 else ("Casablanca (Maroc)", "99")
    if rng.random() < 0.03:
        return rng.choice([("Ajaccio", "2A"), ("Bastia", "2B"), ("Porto-Vecchio", "2A"), ("Corte", "2B")])
    return rng.choice(N.TOWNS)


class Registry:
    def __init__(self, rng, n=3000):
        self.rng = rng
        self.people = []          # registered + unregistered (for relatives/absent)
        self.tkeys = {}           # (namekey, firstkey, dob) -> uid (registered only)
        self.nirs = set()
        self.build(n)

    # -- helpers
    def _trait_keys(self, p):
        ks = {(key(p.birth), key(p.first), p.dob)}
        if p.used:
            ks.add((key(p.used), key(p.first), p.dob))
        return ks

    def collides(self, p):
        return any(k in self.tkeys for k in self._trait_keys(p))

    def new(self, sex=None, dob=None, birth=None, first=None, used=None, registered=True,
            age_lo=0, age_hi=98, tags=()):
        rng = self.rng
        for _ in range(200):
            s = sex or rng.choice("MF")
            d = dob or draw_dob(rng, age_lo, age_hi)
            b = birth or draw_surname(rng)
            f = first or draw_first(rng, s, d.year)
            firsts = [f] + draw_middles(rng, s, f)
            u = used
            if used is None:
                u = ""
                a = age_at(d, REF_DATE)
                if s == "F" and a >= 22 and rng.random() < (0.62 if a >= 35 else 0.3):
                    u = draw_surname(rng)
                    if key(u) == key(b):
                        u = ""
                    elif rng.random() < 0.06:
                        u = f"{u}-{b}" if rng.random() < 0.5 else f"{b}-{u}"
            p = Person(uid=len(self.people), birth=b, firsts=firsts, dob=d, sex=s, used=u,
                       registered=registered, tags=set(tags))
            if registered and self.collides(p):
                continue
            p.birthplace = draw_birthplace(rng)
            while True:
                p.nir = make_nir(rng, s, d, p.birthplace[1])
                if p.nir not in self.nirs:
                    break
            self.nirs.add(p.nir)
            p.has_ins = registered and rng.random() < 0.72
            p.address = f"{rng.randint(1, 120)} {rng.choice(N.STREETS)}, {rng.choice(N.TOWNS)[0]}"
            self.people.append(p)
            if registered:
                for k in self._trait_keys(p):
                    self.tkeys[k] = p.uid
            return p
        raise RuntimeError("could not place person")

    def link(self, a, role_b_for_a, b, role_a_for_b):
        a.rel.append((role_b_for_a, b.uid))
        b.rel.append((role_a_for_b, a.uid))

    def build(self, n):
        rng = self.rng
        # spouses
        for _ in range(45):
            h = self.new(sex="M", age_lo=25, age_hi=90, tags={"spouse"})
            wd = h.dob + dt.timedelta(days=rng.randint(-2500, 2500))
            if wd >= REF_DATE - dt.timedelta(days=20 * 365):
                wd = h.dob
            w = self.new(sex="F", dob=wd, used=h.birth, tags={"spouse", "used_name"})
            self.link(h, "épouse", w, "époux")
        # mother / child
        for _ in range(55):
            minor = rng.random() < 0.6
            c_age = (0, 17) if minor else (18, 60)
            cdob = draw_dob(rng, *c_age)
            mdob = cdob - dt.timedelta(days=rng.randint(20 * 365, 42 * 365))
            if mdob < dt.date(1925, 1, 1):
                mdob = dt.date(1925, 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
            if rng.random() < 0.7:
                father = draw_surname(rng)
                m = self.new(sex="F", dob=mdob, used=father, tags={"parent", "used_name"})
                cname = father
            else:
                m = self.new(sex="F", dob=mdob, used="", tags={"parent"})
                cname = m.birth
            c = self.new(dob=cdob, birth=cname, used="" if minor else None, tags={"child"})
            self.link(m, "fils" if c.sex == "M" else "fille", c, "mère")
        # father / child (minors, for insured children)
        for _ in range(30):
            cdob = draw_dob(rng, 0, 17)
            fdob = cdob - dt.timedelta(days=rng.randint(22 * 365, 45 * 365))
            f = self.new(sex="M", dob=fdob, tags={"parent"})
            f.has_ins = True
            c = self.new(dob=cdob, birth=f.birth, used="", tags={"child"})
            self.link(f, "fils" if c.sex == "M" else "fille", c, "père")
        # twins
        for i in range(32):
            minor = rng.random() < 0.45
            dob = draw_dob(rng, *((0, 17) if minor else (18, 85)))
            sur = draw_surname(rng)
            if i % 5 in (0, 1, 2):
                m, fname = rng.choice(N.TWIN_NEAR)
                pair = [("M", m), ("F", fname)]
                if fname == "Mathys":
                    pair = [("M", "Mathis"), ("M", "Mathys")]
            else:
                s1, s2 = rng.choice("MF"), rng.choice("MF")
                f1 = draw_first(rng, s1, dob.year)
                f2 = draw_first(rng, s2, dob.year)
                if key(f1) == key(f2):
                    continue
                pair = [(s1, f1), (s2, f2)]
            try:
                a = self.new(sex=pair[0][0], dob=dob, birth=sur, first=pair[0][1], used="", tags={"twin"})
                b = self.new(sex=pair[1][0], dob=dob, birth=sur, first=pair[1][1], used="", tags={"twin"})
            except RuntimeError:
                continue
            self.link(a, "jumeau" if b.sex == "M" else "jumelle", b, "jumeau" if a.sex == "M" else "jumelle")
        base = [self.new() for _ in range(1500)]
        # namesakes: same name, birth date one digit apart
        for _ in range(32):
            src = rng.choice(base)
            for _t in range(30):
                d2 = one_digit_variant(rng, src.dob)
                if d2 and d2 < REF_DATE:
                    break
            else:
                continue
            try:
                q = self.new(sex=src.sex, dob=d2, birth=src.birth, first=src.first, used="", tags={"namesake"})
            except RuntimeError:
                continue
            src.tags.add("namesake")
            self.link(src, "namesake", q, "namesake")
        # homonyms: same surname and first name, unrelated dates
        for _ in range(40):
            src = rng.choice(base)
            yr = src.dob.year + rng.randint(-12, 12)
            if yr >= REF_DATE.year:
                yr = src.dob.year
            d = dt.date(yr, rng.randint(1, 12), rng.randint(1, 28))
            if d >= REF_DATE:
                continue
            try:
                q = self.new(sex=src.sex, dob=d, birth=src.birth, first=src.first, tags={"homonym"})
            except RuntimeError:
                continue
            src.tags.add("homonym")
        while sum(p.registered for p in self.people) < n:
            self.new()
        # registry-side spelling & IPPs
        ipps = set()
        order = [p for p in self.people if p.registered]
        rng.shuffle(order)
        for p in order:
            while True:
                ipp = rng.choice(["31", "30", "32"]) + f"{rng.randint(0, 999999):06d}"
                if ipp not in ipps:
                    break
            ipps.add(ipp)
            p.ipp = ipp
            p.reg_birth = p.birth if rng.random() < 0.55 else strip_accents(p.birth)
            p.reg_used = p.used if rng.random() < 0.55 else strip_accents(p.used)
            r = rng.random()
            if r < 0.72:
                p.reg_firsts = " ".join(p.firsts)
            elif r < 0.86:
                p.reg_firsts = " ".join(p.firsts).upper()
            else:
                p.reg_firsts = strip_accents(" ".join(p.firsts)).upper()
        self.order = order
        self.by_uid = {p.uid: p for p in self.people}
        # homonym groups by (surname, first) over registered rows (birth or used)
        self.namegroups = {}
        for p in order:
            for nm in {key(p.birth), key(p.used)} - {""}:
                self.namegroups.setdefault((nm, key(p.first)), set()).add(p.uid)

    def write_csv(self, path):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(["IPP", "Nom de naissance", "Prénom(s)", "Date de naissance", "Sexe",
                        "Nom d'usage", "INS"])
            for p in self.order:
                w.writerow([p.ipp, p.reg_birth, p.reg_firsts, fmt_date(p.dob), p.sex, p.reg_used, p.ins])

    # -- truth ----------------------------------------------------------
    def designated(self, pr):
        """Registered rows designated by the printed subject identity `pr`."""
        out = set()
        if pr.get("first") and pr.get("dob"):
            fk = key(pr["first"])
            for s in pr.get("surnames", ()):
                u = self.tkeys.get((key(s), fk, pr["dob"]))
                if u is not None:
                    out.add(u)
        ins = pr.get("ins")
        if ins and nir_valid(ins):
            for p in self.order:
                if p.has_ins and p.nir == re.sub(r"\s", "", ins):
                    out.add(p.uid)
        return out

    def homonyms_of(self, p):
        g = set()
        for nm in {key(p.birth), key(p.used)} - {""}:
            g |= self.namegroups.get((nm, key(p.first)), set())
        return g - {p.uid}


def one_digit_variant(rng, d):
    s = d.strftime("%d%m%Y")
    for _ in range(40):
        i = rng.choice([0, 1, 2, 3, 6, 7])
        c = str((int(s[i]) + rng.choice([1, -1, 2, 5])) % 10)
        t = s[:i] + c + s[i + 1:]
        try:
            nd = dt.datetime.strptime(t, "%d%m%Y").date()
        except ValueError:
            continue
        if nd != d and dt.date(1920, 1, 1) < nd < REF_DATE:
            return nd
    return None


# --------------------------------------------------------------------------
# page model (mm, A4) and renderers
# --------------------------------------------------------------------------

FONT_DIR_DJ = "/usr/share/fonts/truetype/dejavu/"
FONT_DIR_LI = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "dsans": {"r": FONT_DIR_DJ + "DejaVuSans.ttf", "b": FONT_DIR_DJ + "DejaVuSans-Bold.ttf",
              "i": FONT_DIR_DJ + "DejaVuSans-Oblique.ttf"},
    "dcond": {"r": FONT_DIR_DJ + "DejaVuSansCondensed.ttf", "b": FONT_DIR_DJ + "DejaVuSansCondensed-Bold.ttf",
              "i": FONT_DIR_DJ + "DejaVuSansCondensed-Oblique.ttf"},
    "dserif": {"r": FONT_DIR_DJ + "DejaVuSerif.ttf", "b": FONT_DIR_DJ + "DejaVuSerif-Bold.ttf",
               "i": FONT_DIR_DJ + "DejaVuSerif-Italic.ttf"},
    "dmono": {"r": FONT_DIR_DJ + "DejaVuSansMono.ttf", "b": FONT_DIR_DJ + "DejaVuSansMono-Bold.ttf",
              "i": FONT_DIR_DJ + "DejaVuSansMono-Oblique.ttf"},
    "lsans": {"r": FONT_DIR_LI + "LiberationSans-Regular.ttf", "b": FONT_DIR_LI + "LiberationSans-Bold.ttf",
              "i": FONT_DIR_LI + "LiberationSans-Italic.ttf"},
    "lserif": {"r": FONT_DIR_LI + "LiberationSerif-Regular.ttf", "b": FONT_DIR_LI + "LiberationSerif-Bold.ttf",
               "i": FONT_DIR_LI + "LiberationSerif-Italic.ttf"},
    "lnarrow": {"r": FONT_DIR_LI + "LiberationSansNarrow-Regular.ttf",
                "b": FONT_DIR_LI + "LiberationSansNarrow-Bold.ttf",
                "i": FONT_DIR_LI + "LiberationSansNarrow-Italic.ttf"},
    "lmono": {"r": FONT_DIR_LI + "LiberationMono-Regular.ttf", "b": FONT_DIR_LI + "LiberationMono-Bold.ttf",
              "i": FONT_DIR_LI + "LiberationMono-Italic.ttf"},
}
PT = 25.4 / 72.0          # mm per point
_FCACHE = {}


def _font(fam, st, px):
    k = (fam, st, px)
    f = _FCACHE.get(k)
    if f is None:
        f = _FCACHE[k] = ImageFont.truetype(FONTS[fam][st], px)
    return f


def text_w(s, size, fam="dsans", st="r"):
    """width in mm of string s at `size` points."""
    return _font(fam, st, 200).getlength(s) * size * PT / 200.0


def wrap(s, w, size, fam, st):
    out = []
    for para in s.split("\n"):
        words = para.split(" ")
        line = ""
        for wd in words:
            cand = wd if not line else line + " " + wd
            if text_w(cand, size, fam, st) <= w or not line:
                line = cand
            else:
                out.append(line)
                line = wd
        out.append(line)
    return out


class Page:
    W, H = 210.0, 297.0

    def __init__(self):
        self.items = []
        self.flow = []     # semantic blocks for docx

    def t(self, x, y, s, size=10, fam="dsans", st="r", align="l", flow=True):
        """one line, baseline at y"""
        self.items.append(("t", x, y, s, size, fam, st, align))
        if flow:
            self.flow.append(("p", s, st, size))

    def para(self, x, y, w, s, size=10, fam="dsans", st="r", lh=1.28, align="l", flow=True):
        """wrapped paragraph; y = top of the block; returns y below the block"""
        step = size * PT * lh
        for ln in wrap(s, w, size, fam, st):
            y += step
            xx = x + w if align == "r" else (x + w / 2 if align == "c" else x)
            self.items.append(("t", xx, y - step * 0.22, ln, size, fam, st, align))
        if flow:
            self.flow.append(("p", s, st, size))
        return y

    def lines_block(self, x, y, w, lines, size=10, fam="dsans", lh=1.28, align="l"):
        """list of (text, style) lines, returns y below; no flow (caller adds)"""
        for s, st in lines:
            y = self.para(x, y, w, s, size, fam, st, lh, align, flow=False)
        return y

    def line(self, x1, y1, x2, y2, w=0.3):
        self.items.append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, lw=0.3, fill=None):
        self.items.append(("r", x, y, w, h, lw, fill))

    def bars(self, x, y, w, h, seed):
        rr = random.Random(seed)
        xx = x
        while xx < x + w - 1:
            bw = rr.choice([0.25, 0.25, 0.5, 0.75])
            self.items.append(("r", xx, y, bw, h, 0, 0))
            xx += bw + rr.choice([0.25, 0.5, 0.5, 0.75])

    def boxes(self, x, y, chars, size=11, fam="dsans", cw=4.6, gap_after=()):
        """characters in individual boxes (cerfa style); y = top"""
        h = size * PT * 1.5
        xx = x
        for i, c in enumerate(chars):
            self.rect(xx, y, cw, h, 0.25)
            if c.strip():
                self.items.append(("t", xx + cw / 2, y + h * 0.76, c, size, fam, "r", "c"))
            xx += cw
            if i in gap_after:
                xx += 1.8
        self.flow.append(("p", " ".join(chars), "r", size))
        return xx

    def table(self, x, y, colw, rows, size=9, fam="dsans", header=True, grid=True, lh=1.35,
              aligns=None, shade_header=True):
        """rows: list of lists of str. returns y below"""
        step = size * PT * lh
        aligns = aligns or ["l"] * len(colw)
        for ri, row in enumerate(rows):
            wrapped = [wrap(c, cw - 2.0, size, fam, "b" if (header and ri == 0) else "r")
                       for c, cw in zip(row, colw)]
            nl = max(len(c) for c in wrapped)
            h = nl * step + 1.2
            if header and ri == 0 and shade_header and grid:
                self.rect(x, y, sum(colw), h, 0, 225)
            xx = x
            for ci, (cl, cw) in enumerate(zip(wrapped, colw)):
                for li, ln in enumerate(cl):
                    yy = y + 0.6 + (li + 1) * step - step * 0.22
                    al = aligns[ci]
                    tx = xx + 1.0 if al == "l" else (xx + cw - 1.0 if al == "r" else xx + cw / 2)
                    self.items.append(("t", tx, yy, ln, size, fam, "b" if (header and ri == 0) else "r", al))
                if grid:
                    self.rect(xx, y, cw, h, 0.25)
                xx += cw
            if not grid and header and ri == 0:
                self.line(x, y + h, x + sum(colw), y + h, 0.3)
            y += h
        self.flow.append(("table", rows))
        return y


def render_page(page, dpi):
    W = int(round(Page.W / 25.4 * dpi))
    H = int(round(Page.H / 25.4 * dpi))
    im = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(im)
    k = dpi / 25.4
    for it in page.items:
        if it[0] == "t":
            _, x, y, s, size, fam, st, align = it
            px = max(4, int(round(size * dpi / 72.0)))
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * k, y * k), s, font=_font(fam, st, px), fill=0, anchor=anchor)
        elif it[0] == "l":
            _, x1, y1, x2, y2, w = it
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=0, width=max(1, int(round(w * k))))
        elif it[0] == "r":
            _, x, y, w, h, lw, fill = it
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            if fill is not None:
                d.rectangle(box, fill=fill)
            if lw:
                d.rectangle(box, outline=0, width=max(1, int(round(lw * k))))
    return im


_RL_DONE = set()


def _rl_font(fam, st):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    name = f"{fam}-{st}"
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont(name, FONTS[fam][st]))
        _RL_DONE.add(name)
    return name


def write_text_pdf(pages, path, title="Document"):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator("Traitement de texte")
    k = 72.0 / 25.4
    for page in pages:
        for it in page.items:
            if it[0] == "t":
                _, x, y, s, size, fam, st, align = it
                c.setFont(_rl_font(fam, st), size)
                X, Y = x * k, (Page.H - y) * k
                if align == "l":
                    c.drawString(X, Y, s)
                elif align == "r":
                    c.drawRightString(X, Y, s)
                else:
                    c.drawCentredString(X, Y, s)
            elif it[0] == "l":
                _, x1, y1, x2, y2, w = it
                c.setLineWidth(w * k)
                c.line(x1 * k, (Page.H - y1) * k, x2 * k, (Page.H - y2) * k)
            elif it[0] == "r":
                _, x, y, w, h, lw, fill = it
                if fill is not None:
                    c.setFillGray(fill / 255.0)
                    c.rect(x * k, (Page.H - y - h) * k, w * k, h * k, stroke=0, fill=1)
                    c.setFillGray(0)
                if lw:
                    c.setLineWidth(lw * k)
                    c.rect(x * k, (Page.H - y - h) * k, w * k, h * k, stroke=1, fill=0)
        c.showPage()
    c.save()


def write_docx(pages, path, header_text=None, font_name="Calibri"):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    d.core_properties.created = dt.datetime(2025, 1, 1)
    d.core_properties.modified = dt.datetime(2025, 1, 1)
    d.core_properties.author = "secretariat"
    st = d.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(10.5)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    for pi, page in enumerate(pages):
        if pi:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE) if d.paragraphs else None
        for blk in page.flow:
            if blk[0] == "p":
                _, s, sty, size = blk
                p = d.add_paragraph()
                r = p.add_run(s)
                r.bold = sty == "b"
                r.italic = sty == "i"
                if size >= 12:
                    r.font.size = Pt(size)
            elif blk[0] == "row":
                cells = blk[1]
                t = d.add_table(rows=1, cols=len(cells))
                for c, s in zip(t.rows[0].cells, cells):
                    c.text = s
            elif blk[0] == "table":
                rows = blk[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for r, row in zip(t.rows, rows):
                    for c, s in zip(r.cells, row):
                        c.text = s
    d.save(path)
    # normalise zip timestamps for determinism
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


# --------------------------------------------------------------------------
# renderings (degradations) and file writers
# --------------------------------------------------------------------------

RENDERS = ["clean300", "gray_scan", "rotated", "fax200", "fax150", "photocopy"]


def _noise(rng, size, amp):
    W, H = size
    n = Image.frombytes("L", (W, H), rng.randbytes(W * H))
    # uniform byte noise -> centred, scaled
    lut = [int(128 + (v - 128) * amp / 128.0) for v in range(256)]
    return n.point(lut)


def _lighting(rng, size, lo, hi):
    W, H = size
    small = Image.new("L", (4, 5))
    small.putdata([rng.randint(lo, hi) for _ in range(20)])
    return small.resize((W, H), Image.BICUBIC)


def _specks(d, rng, W, H, n, rmax, fill=0):
    for _ in range(n):
        x, y = rng.randrange(W), rng.randrange(H)
        r = rng.choice([0, 0, 1, 1, rmax])
        d.ellipse([x - r, y - r, x + r, y + r], fill=fill)


def degrade(im, render, rng, fax_header=None):
    """im: clean L image at 300 dpi. returns (image, dpi)"""
    W, H = im.size
    if render == "clean300":
        return im, 300
    if render in ("gray_scan", "rotated"):
        g = im.filter(ImageFilter.GaussianBlur(0.7))
        g = ImageChops.multiply(g, _lighting(rng, g.size, 205, 250))
        g = ImageChops.add(g, _noise(rng, g.size, rng.randint(10, 22)), 1.0, -128)
        if render == "rotated":
            ang = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
            g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=rng.randint(200, 235))
        # scanner lid shadow on one edge
        d = ImageDraw.Draw(g)
        if rng.random() < 0.5:
            w = rng.randint(8, 40)
            d.rectangle([W - w, 0, W, H], fill=rng.randint(60, 140))
        return g, 300
    if render in ("fax200", "fax150"):
        dpi = 200 if render == "fax200" else 150
        w2, h2 = int(W * dpi / 300), int(H * dpi / 300)
        if rng.random() < 0.5:
            im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        g = im.resize((w2, h2), Image.BOX)
        g = ImageChops.add(g, _noise(rng, g.size, rng.randint(20, 45)), 1.0, -128)
        thr = rng.randint(120, 170)
        b = g.point(lambda v: 255 if v > thr else 0)
        d = ImageDraw.Draw(b)
        _specks(d, rng, w2, h2, rng.randint(150, 900), 1)
        for _ in range(rng.randint(0, 3)):       # vertical streaks (dirty glass)
            x = rng.randrange(w2)
            d.line([(x, 0), (x, h2)], fill=0, width=rng.choice([1, 1, 2]))
        for _ in range(rng.randint(0, 6)):       # lost scan lines
            y = rng.randrange(h2)
            d.line([(0, y), (w2, y)], fill=rng.choice([255, 255, 0]), width=1)
        if fax_header:
            f = _font("dmono", "r", max(8, int(7.5 * dpi / 72)))
            d.rectangle([0, 0, w2, int(5 * dpi / 25.4)], fill=255)
            d.text((int(6 * dpi / 25.4), int(4 * dpi / 25.4)), fax_header, font=f, fill=0, anchor="ls")
        return b.convert("1", dither=Image.NONE), dpi
    if render == "photocopy":
        g = im.filter(ImageFilter.GaussianBlur(0.9))
        if rng.random() < 0.6:
            g = g.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, fillcolor=255)
        lut = [max(0, min(255, int(v * 0.86 + 12 - (40 if v < 150 else 0)))) for v in range(256)]
        g = g.point(lut)
        g = ImageChops.multiply(g, _lighting(rng, g.size, 170, 240))
        g = ImageChops.add(g, _noise(rng, g.size, rng.randint(14, 26)), 1.0, -128)
        d = ImageDraw.Draw(g)
        _specks(d, rng, W, H, rng.randint(200, 700), 3, fill=rng.randint(0, 60))
        side = rng.choice(["l", "r", "t", "b"])
        w = rng.randint(15, 60)
        box = {"l": [0, 0, w, H], "r": [W - w, 0, W, H], "t": [0, 0, W, w], "b": [0, H - w, W, H]}[side]
        d.rectangle(box, fill=rng.randint(10, 50))
        return g, 300
    raise ValueError(render)


def write_images(imgs, fmt, path, dpi, rng):
    if fmt == "pdf_image":
        ims = [i if i.mode in ("1", "L") else i.convert("L") for i in imgs]
        import time as _time
        when = _time.gmtime(1735732800)
        ims[0].save(path, "PDF", save_all=True, append_images=ims[1:], resolution=float(dpi),
                    creationDate=when, modDate=when, producer="Scan", creator="Scan")
    elif fmt == "tiff":
        comp = "group4" if imgs[0].mode == "1" else "tiff_lzw"
        imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression=comp, dpi=(dpi, dpi))
    elif fmt == "png":
        imgs[0].save(path, "PNG", dpi=(dpi, dpi), optimize=False)
    elif fmt == "jpeg":
        im = imgs[0].convert("L") if imgs[0].mode == "1" else imgs[0]
        im.save(path, "JPEG", quality=rng.randint(55, 88), dpi=(dpi, dpi))
    else:
        raise ValueError(fmt)


# --------------------------------------------------------------------------
# people around the documents: doctors, establishments
# --------------------------------------------------------------------------
import content as C  # noqa: E402

SPEC_LIST = list(C.SPECS)


@dataclass
class Doctor:
    title: str
    first: str
    last: str
    spec: str
    rpps: str
    sex: str
    phone: str
    namesake_of: str = ""      # IPP of the registered patient with the same name, if planted

    def full(self, style="full"):
        if style == "full":
            return f"{self.title} {self.first} {self.last}"
        if style == "short":
            return f"{self.title} {self.first[0]}. {self.last}"
        if style == "formal":
            return f"{'Docteur' if self.title == 'Dr' else 'Professeur'} {self.first} {cap_name(self.last)}"
        if style == "last":
            return f"{self.title} {self.last}"
        if style == "lastfirst":
            return f"{self.title} {self.last} {self.first}"
        raise ValueError(style)


GP = "Médecine générale"


def phone(rng):
    return "0" + str(rng.randint(1, 5)) + " " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))


def make_doctors(rng, reg):
    docs = []
    adults = [p for p in reg.order if 30 <= age_at(p.dob, REF_DATE) <= 68]
    specs = SPEC_LIST + [GP] * 5
    for i in range(48):
        spec = rng.choice(specs)
        if i < 10:     # namesakes of registered patients
            p = rng.choice(adults)
            d = Doctor(rng.choice(["Dr"] * 6 + ["Pr"]), p.first, p.birth if not p.used or rng.random() < 0.5 else p.used,
                       spec, "10" + f"{rng.randint(0, 10**9 - 1):09d}", p.sex, phone(rng), namesake_of=p.ipp)
        else:
            s = rng.choice("MF")
            yr = rng.randint(1955, 1993)
            d = Doctor(rng.choice(["Dr"] * 8 + ["Pr"]), draw_first(rng, s, yr).split("-")[0] if rng.random() < 0.3
                       else draw_first(rng, s, yr), draw_surname(rng), spec,
                       "10" + f"{rng.randint(0, 10**9 - 1):09d}", s, phone(rng))
        docs.append(d)
    return docs


HOSPITALS = ["Centre Hospitalier des Trois Vallées", "Centre Hospitalier Universitaire de Saint-Aubin",
             "Hôpital Privé Sainte-Marthe", "Clinique du Parc", "Centre Hospitalier Intercommunal Loire-Mauges",
             "Clinique Saint-Exupéry", "Groupe Hospitalier Nord-Vendôme"]
LABS = ["BIOLOGIA Val de Loire — Site des Acacias", "Laboratoire des Tilleuls", "LaboSud Analyses Médicales",
        "Laboratoire de Biologie Médicale du Mail", "BIO-OUEST — Plateau technique de Beaulieu"]
IMAGING_C = ["Centre d'Imagerie Médicale du Lac", "Cabinet de Radiologie des Remparts", "Imagerie Saint-Michel",
             "Centre de Radiologie et d'Échographie de la Gare"]


# --------------------------------------------------------------------------
# document context: who is printed, and how
# --------------------------------------------------------------------------


class Ctx:
    def __init__(self, rng, reg, doctors, subj, case, date):
        self.rng = rng
        self.reg = reg
        self.subj = subj
        self.case = case
        self.date = date
        self.pr = dict(surnames=set(), first=None, dob=None, ins=None)
        self.others = []           # (role, uid or None)
        self.o = {}
        self.spec = "pédiatrie" if age_at(subj.dob, date) < 15 else rng.choice(
            [s for s in SPEC_LIST if s != "pédiatrie" and not (s == "urologie" and subj.sex == "F")
             and not (s == "gériatrie" and age_at(subj.dob, date) < 70)])
        self.raw_ok = False
        self.S = C.SPECS[self.spec]
        pool = [d for d in doctors if d.spec == self.spec] or doctors
        gps = [d for d in doctors if d.spec == GP]
        self.doctors = doctors
        self.author = rng.choice(pool)
        self.recipient = rng.choice(gps)
        self.copies = rng.sample([d for d in doctors if d is not self.author and d is not self.recipient],
                                 rng.choice([0, 1, 1, 2]))
        self.town = rng.choice(N.TOWNS)[0]
        self.relative = None
        self.parent = None
        self.dossier = f"{date.strftime('%y%m%d')}-{rng.randint(1000, 9999)}"
        self.ext_ipp = None
        self.fam = rng.choice(["dsans", "lsans", "lserif", "dserif", "lsans", "dcond", "lnarrow"])
        self.doc_type = ""

    # --- options -------------------------------------------------------
    def setup(self, **kw):
        rng, p = self.rng, self.subj
        o = dict(mode="birth", first="first", dob=True, dobfmt="slash", ins=False, insfmt="spaced",
                 ipp=False, age=rng.random() < 0.3, acc=rng.random() < 0.75, civ=rng.random() < 0.8,
                 order=rng.choice(["lf", "fl"]), cont=rng.choice(["initial", "full", "dossier", "pageonly", "nothing"]))
        if p.used:
            o["mode"] = wchoice(rng, ["birth", "used", "used_nee", "birth_ep"], [0.3, 0.25, 0.3, 0.15])
        o["dobfmt"] = wchoice(rng, ["slash", "dot", "dash", "long"], [0.7, 0.08, 0.07, 0.15])
        if rng.random() < 0.25:
            o["first"] = "all"
        if p.has_ins and rng.random() < 0.25:
            o["ins"] = True
            o["insfmt"] = rng.choice(["plain", "spaced", "spaced", "splitkey", "letters"])
        o.update(kw)
        self.o = o

    # --- identity printing ----------------------------------------------
    def sur(self, s):
        return s if self.o["acc"] else strip_accents(s)

    def civ(self, long=False):
        p = self.subj
        if age_at(p.dob, self.date) < 16:
            return ""
        if long:
            return "Madame" if p.sex == "F" else "Monsieur"
        return "Mme" if p.sex == "F" else "M."

    def born(self):
        return "née" if self.subj.sex == "F" else "né"

    def e(self):
        return "e" if self.subj.sex == "F" else ""

    def il(self, cap=False):
        w = "elle" if self.subj.sex == "F" else "il"
        return w.capitalize() if cap else w

    def first_str(self, mode=None):
        mode = mode or self.o["first"]
        p = self.subj
        if mode == "first":
            self.pr["first"] = p.first
            return p.first
        if mode == "all":
            self.pr["first"] = p.first
            return " ".join(p.firsts)
        if mode == "initial":
            return p.first[0] + "."
        return ""

    def surname_str(self, mode=None, caps=True):
        mode = mode or self.o["mode"]
        p = self.subj
        f = (lambda s: self.sur(s)) if caps else (lambda s: cap_name(self.sur(s)))
        if mode == "birth" or not p.used:
            self.pr["surnames"].add(p.birth)
            return f(p.birth), ""
        if mode == "used":
            self.pr["surnames"].add(p.used)
            return f(p.used), ""
        self.pr["surnames"] |= {p.used, p.birth}
        if mode == "used_nee":
            return f(p.used), f"{self.born()} {f(p.birth)}"
        return f(p.birth), f"{'épouse' if self.rng.random() < 0.6 else 'ép.'} {f(p.used)}"

    def nm(self, order=None, civ=None, mode=None, first=None, caps=True):
        order = order or self.o["order"]
        civ = self.o["civ"] if civ is None else civ
        s, extra = self.surname_str(mode, caps)
        fs = self.first_str(first)
        c = (self.civ() + " ") if civ and self.civ() else ""
        if order == "lf":
            core = f"{s} {fs}".strip()
            return f"{c}{core} {extra}".strip() if extra else f"{c}{core}"
        core = f"{fs} {s}".strip()
        return f"{c}{core} {extra}".strip() if extra else f"{c}{core}"

    def dob(self, fmt=None):
        self.pr["dob"] = self.subj.dob
        return fmt_date(self.subj.dob, fmt or self.o["dobfmt"])

    def age(self):
        return age_str(self.subj.dob, self.date)

    def ne_le(self, sep=", "):
        """', née le 12/03/1957' when the birth date is to be printed, else ''"""
        if not self.o["dob"]:
            return f"{sep}{self.age()}" if self.o["age"] else ""
        return f"{sep}{self.born()} le {self.dob()}"

    def ins(self, fmt=None):
        n = self.subj.nir
        self.pr["ins"] = n
        fmt = fmt or self.o["insfmt"]
        if fmt == "plain":
            return n
        if fmt == "spaced":
            return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
        if fmt == "splitkey":
            return f"{n[:13]} {n[13:]}"
        return " ".join(n[:13]) + "  " + n[13:]

    def ipp(self):
        if self.subj.registered:
            return self.subj.ipp
        if not self.ext_ipp:
            while True:
                x = "3" + str(self.rng.randint(3, 9)) + f"{self.rng.randint(0, 999999):06d}"
                if x not in {q.ipp for q in self.reg.order}:
                    break
            self.ext_ipp = x
        return self.ext_ipp

    def other_name(self, q, civ=True, dobp=True, order="fl"):
        """print another person (relative); recorded as 'other', never as the subject"""
        c = ("Mme " if q.sex == "F" else "M. ") if civ and age_at(q.dob, self.date) >= 16 else ""
        s = self.sur(q.used or q.birth)
        nm = f"{c}{q.first} {s}" if order == "fl" else f"{c}{s} {q.first}"
        if q.used and self.rng.random() < 0.4:
            nm += f" née {self.sur(q.birth)}"
        if dobp:
            nm += f", {'née' if q.sex == 'F' else 'né'} le {fmt_date(q.dob)}"
        self.others.append(("relative", q.uid, q.registered))
        return nm

    def doc_name(self, d, style=None):
        style = style or self.rng.choice(["full", "full", "short", "formal", "lastfirst"])
        self.others.append(("doctor", d.namesake_of, True))
        return d.full(style)

    def rel_phrase(self):
        role, q = self.relative
        return {"mère": "sa mère", "père": "son père", "fils": "son fils", "fille": "sa fille",
                "époux": "son époux", "épouse": "son épouse"}[role]

    # --- running header on continuation pages ----------------------------
    def cont_header(self, page, i, n, x=20, w=170):
        st = self.o["cont"]
        p = self.subj
        if st == "initial":
            s = f"{self.sur(p.used if self.o['mode'] == 'used' and p.used else p.birth)} {p.first[0]}. — page {i}/{n}"
            self.pr["surnames"].add(p.used if self.o['mode'] == 'used' and p.used else p.birth)
        elif st == "full":
            s = f"{self.nm(order='fl', first='first')}" + (f" — {self.dob()}" if self.o["dob"] else "")
        elif st == "dossier":
            s = f"{self.nm(order='lf', civ=False, first='first')} — Dossier n° {self.dossier} — Page {i}/{n}"
        else:
            s = ""
        if s:
            page.t(x, 14, s, 8.5, self.fam, "r")
            page.line(x, 16, x + w, 16, 0.2)
        if st in ("pageonly", "initial", "dossier", "full"):
            page.t(x + w, 290, f"{i}/{n}", 8, self.fam, "r", align="r", flow=False)


class Flow:
    """flowing text with automatic page breaks"""

    def __init__(self, ctx, x, w, y, x2=20, w2=170, top2=24, bottom=274):
        self.ctx = ctx
        self.pages = [Page()]
        self.x, self.w, self.y = x, w, y
        self.x2, self.w2, self.top2, self.bottom = x2, w2, top2, bottom

    @property
    def page(self):
        return self.pages[-1]

    def newpage(self):
        self.pages.append(Page())
        self.x, self.w, self.y = self.x2, self.w2, self.top2

    def p(self, s, size=10, st="r", gap=2.0, indent=0, lh=1.3, keep=0):
        fam = self.ctx.fam
        step = size * PT * lh
        lines = wrap(s, self.w - indent, size, fam, st)
        if self.y + step * min(len(lines), max(2, keep)) > self.bottom:
            self.newpage()
        chunk = []
        for ln in lines:
            if self.y + step > self.bottom:
                self.page.flow.append(("p", " ".join(chunk), st, size))
                chunk = []
                self.newpage()
            self.y += step
            self.page.items.append(("t", self.x + indent, self.y - step * 0.22, ln, size, fam, st, "l"))
            chunk.append(ln)
        if chunk:
            self.page.flow.append(("p", " ".join(chunk), st, size))
        self.y += gap

    def head(self, s, size=10.5):
        self.p(s, size, "b", gap=1.0, keep=3)

    def gap(self, mm):
        self.y += mm

    def table(self, colw, rows, size=9, **kw):
        h = (len(rows) + 1) * size * PT * 1.45
        if self.y + min(h, 60) > self.bottom:
            self.newpage()
        # split the table over pages when needed
        step = size * PT * 1.35 + 1.6
        head, body = rows[0], rows[1:]
        while body:
            room = int((self.bottom - self.y) / step) - 1
            if room < 2:
                self.newpage()
                continue
            part, body = body[:room], body[room:]
            self.y = self.page.table(self.x, self.y, colw, [head] + part, size, self.ctx.fam, **kw) + 2
            if body:
                self.newpage()

    def finish(self, footer=None):
        n = len(self.pages)
        for i, pg in enumerate(self.pages):
            if i > 0:
                self.ctx.cont_header(pg, i + 1, n)
            if footer:
                footer(pg, i + 1, n)
        return self.pages


# --------------------------------------------------------------------------
# medical wording
# --------------------------------------------------------------------------


def weight_for(p, when):
    a = age_at(p.dob, when)
    if a < 1:
        return round(3.5 + a * 6, 1)
    if a < 16:
        return round(8 + a * 3.2 + random.Random(p.uid).uniform(-2, 3), 1)
    return random.Random(p.uid).randint(48 if p.sex == "F" else 58, 92 if p.sex == "F" else 105)


def fill(ctx, s):
    r = ctx.rng
    return s.format(ta=f"{r.randint(115, 165)}/{r.randint(65, 95)}", fc=r.randint(55, 98),
                    sat=r.randint(92, 99), poids=weight_for(ctx.subj, ctx.date))


def opening(ctx, with_identity=True):
    """first sentence naming the subject"""
    r = ctx.rng
    S = ctx.S
    motif = r.choice(S["motif"])
    pat = f"votre patient{ctx.e()}"
    who = ctx.nm(caps=r.random() < 0.8) + ctx.ne_le() if with_identity else \
        f"{ctx.civ() or ''} {ctx.sur(ctx.subj.used if ctx.o['mode'] == 'used' and ctx.subj.used else ctx.subj.birth)}".strip()
    if not with_identity:
        ctx.pr["surnames"].add(ctx.subj.used if ctx.o['mode'] == 'used' and ctx.subj.used else ctx.subj.birth)
    vd = fmt_date(ctx.date - dt.timedelta(days=r.randint(0, 6)))
    if age_at(ctx.subj.dob, ctx.date) < 16:
        acc = ""
        if ctx.relative and ctx.relative[0] in ("mère", "père"):
            acc = f", accompagné{ctx.e()} de {ctx.rel_phrase()}, {ctx.other_name(ctx.relative[1])},"
        return r.choice([
            f"J'ai vu en consultation le {vd} l'enfant {who}{acc} pour {motif}.",
            f"Je revois ce jour {who}{acc} pour {motif}.",
        ])
    return r.choice([
        f"J'ai vu en consultation le {vd} {pat} {who}, pour {motif}.",
        f"Je revois ce jour {who} pour {motif}.",
        f"Merci de m'avoir adressé {who}, que j'ai vu{ctx.e()} en consultation le {vd} pour {motif}.",
        f"Je vous remercie de m'avoir confié {who} pour {motif}.",
    ])


def relative_sentence(ctx):
    if not ctx.relative or age_at(ctx.subj.dob, ctx.date) < 16:
        return None
    role, q = ctx.relative
    k = ctx.rng.randrange(3)
    if age_at(q.dob, ctx.date) < 18:
        if k == 0:
            return f"Pour mémoire, {ctx.rel_phrase()}, {ctx.other_name(q)}, est également suivi{'e' if q.sex == 'F' else ''} dans le service."
        return f"{ctx.il(True)} était accompagné{ctx.e()} de {ctx.rel_phrase()}, {ctx.other_name(q)}."
    if k == 0:
        return f"{ctx.il(True)} était accompagné{ctx.e()} de {ctx.rel_phrase()}, {ctx.other_name(q)}, que nous suivons également."
    if k == 1:
        return f"La personne de confiance désignée est {ctx.rel_phrase()}, {ctx.other_name(q)}."
    return f"{ctx.il(True)} vit avec {ctx.rel_phrase()} ({ctx.other_name(q)}), qui assure l'aide au quotidien."


def body(ctx, long=False):
    r, S = ctx.rng, ctx.S
    out = []
    atcd = r.sample(S["atcd"], min(len(S["atcd"]), r.randint(2, 4)))
    out.append(("Antécédents : " if r.random() < 0.5 else "Dans ses antécédents, on note : ") + "; ".join(atcd) + ".")
    rs = relative_sentence(ctx)
    if rs:
        out.append(rs)
    out.append(fill(ctx, r.choice(S["exam"])))
    comps = r.sample(S["comp"], min(len(S["comp"]), 2 if long else 1))
    out.append(" ".join(fill(ctx, c) for c in comps))
    if long:
        out.append(f"L'évolution est favorable. {ctx.il(True)} ne décrit pas d'effet indésirable du traitement. "
                   "Les résultats des examens ont été expliqués et un document d'information a été remis.")
    out.append("En conclusion : " + r.choice(S["concl"]))
    out.append(r.choice([
        "Je propose de poursuivre le traitement actuel et de le revoir dans six mois avec un bilan biologique.",
        "Je vous propose de majorer le traitement comme indiqué ci-dessous. Je reverrai votre patient" + ctx.e() + " dans trois mois.",
        "Une nouvelle évaluation est prévue à l'issue des examens complémentaires, je ne manquerai pas de vous tenir informé.",
    ]))
    return out


def more_paras(ctx, k):
    return [m.format(il=ctx.il()) for m in ctx.rng.sample(C.MORE, min(k, len(C.MORE)))]


def ttt_lines(ctx, k=None):
    r = ctx.rng
    lst = r.sample(ctx.S["ttt"], min(len(ctx.S["ttt"]), k or r.randint(2, 4)))
    return lst


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------


def footer_addr(ctx, est, x=20, w=170):
    addr = f"{est} — {ctx.rng.randint(1, 90)} {ctx.rng.choice(N.STREETS)} — {ctx.town} — Standard {phone(ctx.rng)}"

    def f(pg, i, n):
        pg.para(x, 283, w, addr, 7, ctx.fam, "r", align="c", flow=False)
    return f


def sign_block(ctx, fl, salutation=True):
    r = ctx.rng
    if salutation:
        fl.p(r.choice(["Je vous prie de croire, cher confrère, à l'assurance de mes sentiments les meilleurs.",
                       "Bien confraternellement,", "Bien amicalement,", "Avec mes remerciements, bien confraternellement."]), gap=6)
    fl.p(ctx.doc_name(ctx.author, "full"), st="b", gap=0.5, keep=3)
    fl.p(ctx.S["title"] if ctx.author.spec != GP else "Médecin généraliste", size=9, gap=3)
    if ctx.copies or r.random() < 0.5:
        cc = [f"{ctx.doc_name(d, 'full')}" + (" (médecin traitant)" if d.spec == GP else "") for d in ctx.copies]
        if r.random() < 0.5:
            cc.append(f"l{'a' if ctx.subj.sex == 'F' else 'e'} patient{ctx.e()}" if ctx.civ() else "les parents")
        if cc:
            fl.p("Copie à : " + " ; ".join(cc), size=9)


def lay_letter_sidecol(ctx):
    r = ctx.rng
    ctx.doc_type = "courrier"
    est = r.choice(HOSPITALS)
    fl = Flow(ctx, 60, 135, 96)
    pg = fl.page
    fam = ctx.fam
    y = pg.para(8, 12, 43, est, 9, fam, "b")
    y = pg.para(8, y + 2, 43, "Pôle Médecine", 7.5, fam, "r")
    y = pg.para(8, y + 1, 43, ctx.S["service"], 8.5, fam, "b")
    side = [ctx.author] + r.sample([d for d in ctx.doctors if d is not ctx.author], r.randint(3, 7))
    y += 4
    for i, d in enumerate(side):
        y = pg.para(8, y, 43, ctx.doc_name(d, "short"), 7.5, fam, "b")
        y = pg.para(8, y, 43, "Chef de service" if i == 0 else r.choice(["Praticien hospitalier", "Praticien attaché",
                                                                        "Chef de clinique", "Assistant spécialiste"]),
                    6.5, fam, "i") + 1.5
    y += 4
    for lab, val in (("Secrétariat", phone(r)), ("Consultations", phone(r)), ("Fax", phone(r))):
        y = pg.para(8, y, 43, f"{lab} : {val}", 7, fam, "r")
    pg.line(53, 12, 53, 280, 0.3)
    pg.para(60, 12, 135, est.upper(), 13, fam, "b")
    pg.para(60, 20, 135, ctx.S["service"], 10, fam, "r")
    pg.para(60, 34, 135, f"{ctx.town}, le {fmt_date(ctx.date, 'long')}", 10, fam, "r", align="r")
    rec = ctx.recipient
    yy = pg.para(115, 44, 80, ctx.doc_name(rec, "formal"), 10, fam, "b")
    yy = pg.para(115, yy, 80, "Médecin généraliste", 10, fam, "r")
    yy = pg.para(115, yy, 80, f"{r.randint(1, 80)} {r.choice(N.STREETS)}", 10, fam, "r")
    tw = r.choice(N.TOWNS)
    pg.para(115, yy, 80, f"{tw[1].replace('2A', '20').replace('2B', '20')[:2]}{r.randint(0, 9)}00 {tw[0]}", 10, fam, "r")
    y = 78
    y = pg.para(60, y, 135, f"Nos réf. : {ctx.author.last[:2]}/{r.choice('ABCDEFGHJKLMNP')}{r.choice('ABCDEFGHJKLMNP')}",
                8.5, fam, "r")
    ident = ctx.rng.random() < 0.8
    if ident:
        lab = r.choice(["Concerne : ", "Patient(e) : ", "Objet : consultation de "])
        s = lab + ctx.nm() + ctx.ne_le()
        if ctx.o["ipp"]:
            s += f" — IPP : {ctx.ipp()}"
        if ctx.o["ins"]:
            s += f" — INS : {ctx.ins()}"
        y = pg.para(60, y + 1, 135, s, 10, fam, "b")
    fl.y = y + 6
    fl.p(r.choice(["Cher confrère,", "Chère consœur,", "Cher ami,", "Mon cher confrère,"]), gap=3)
    fl.p(opening(ctx, with_identity=not ident or r.random() < 0.5), gap=2.5)
    for s in body(ctx, long=r.random() < 0.35):
        fl.p(s, gap=2.5)
    if ctx.o.get("pages", 1) > 1:
        for s in more_paras(ctx, r.randint(6, 8)):
            fl.p(s, gap=2.5)
    if r.random() < 0.5:
        fl.head("Traitement proposé :")
        for t in ttt_lines(ctx):
            fl.p("– " + t, gap=0.8, indent=3)
        fl.gap(3)
    sign_block(ctx, fl)
    return fl.finish(footer_addr(ctx, est, 60, 135))


def identity_box(ctx, pg, x, y, w, fam, label=True, address=False):
    """patient identity block (right column of a letterhead)"""
    lines = []
    if label:
        lines.append(("PATIENT(E)", "b"))
    lines.append((ctx.nm(order="lf"), "b"))
    if ctx.o["dob"]:
        lines.append((f"{ctx.born().capitalize()} le : {ctx.dob()}" + (f" ({ctx.age()})" if ctx.o["age"] else ""), "r"))
    elif ctx.o["age"]:
        lines.append((f"Âge : {ctx.age()}", "r"))
    if ctx.o["ipp"]:
        lines.append((f"IPP : {ctx.ipp()}", "r"))
    else:
        lines.append((f"N° dossier : {ctx.dossier}", "r"))
    if ctx.o["ins"]:
        lines.append((f"INS : {ctx.ins()}", "r"))
    if address:
        lines.append((ctx.subj.address, "r"))
    y2 = pg.lines_block(x + 2, y + 1, w - 4, lines, 9.5, fam)
    pg.rect(x, y, w, y2 - y + 2, 0.35)
    pg.flow.append(("p", "\n".join(s for s, _ in lines), "r", 9.5))
    return y2 + 2


def lay_letter_twocol(ctx):
    r = ctx.rng
    ctx.doc_type = "compte_rendu_consultation"
    fam = ctx.fam
    a = ctx.author
    fl = Flow(ctx, 20, 170, 80)
    pg = fl.page
    y = pg.para(15, 14, 90, ctx.doc_name(a, "formal"), 12, fam, "b")
    y = pg.para(15, y, 90, (ctx.S["title"] if a.spec != GP else "Médecine générale") +
                r.choice([" — Ancien interne des hôpitaux", " — Ancien chef de clinique", ""]), 9, fam, "r")
    y = pg.para(15, y, 90, f"{r.randint(1, 80)} {r.choice(N.STREETS)}", 9, fam, "r")
    y = pg.para(15, y, 90, f"{ctx.town}", 9, fam, "r")
    y = pg.para(15, y, 90, f"Tél. {a.phone} — RPPS {a.rpps}", 9, fam, "r")
    y = pg.para(15, y, 90, r.choice(["Conventionné secteur 1", "Secteur 2 — OPTAM", "Sur rendez-vous"]), 8, fam, "i")
    yb = identity_box(ctx, pg, 118, 14, 77, fam, address=r.random() < 0.3)
    y = max(y, yb) + 4
    pg.line(15, y, 195, y, 0.4)
    y = pg.para(20, y + 4, 170, r.choice(["COMPTE RENDU DE CONSULTATION", "CONSULTATION SPÉCIALISÉE",
                                         "COURRIER DE CONSULTATION"]), 13, fam, "b", align="c")
    y = pg.para(20, y + 1, 170, f"Consultation du {fmt_date(ctx.date)} — adressé(e) par {ctx.doc_name(ctx.recipient, 'full')}",
                9.5, fam, "i", align="c")
    fl.y = y + 5
    fl.p(r.choice(["Cher confrère,", "Chère consœur,", "Cher ami,"]), gap=3)
    fl.p(opening(ctx, with_identity=r.random() < 0.4), gap=2.5)
    for s in body(ctx, long=r.random() < 0.3):
        fl.p(s, gap=2.5)
    if ctx.o.get("pages", 1) > 1:
        for s in more_paras(ctx, r.randint(10, 12)):
            fl.p(s, gap=2.5)
        fl.head("Traitement proposé :")
        for t in ttt_lines(ctx):
            fl.p("– " + t, gap=0.8, indent=3)
        fl.gap(3)
    sign_block(ctx, fl)
    return fl.finish()


def lay_discharge(ctx):
    r = ctx.rng
    ctx.doc_type = "compte_rendu_hospitalisation"
    fam = ctx.fam
    est = r.choice(HOSPITALS)
    fl = Flow(ctx, 20, 170, 0)
    pg = fl.page
    y = pg.para(20, 10, 170, est, 12, fam, "b", align="c")
    y = pg.para(20, y, 170, ctx.S["service"] + " — " + ", ".join(
        ctx.doc_name(d, "short") for d in [ctx.author] + r.sample(ctx.doctors, 2)), 8.5, fam, "r", align="c")
    pg.line(20, y + 2, 190, y + 2, 0.5)
    y = pg.para(20, y + 5, 170, "COMPTE RENDU D'HOSPITALISATION", 14, fam, "b", align="c") + 3
    entry = ctx.date - dt.timedelta(days=r.randint(3, 15))
    p = ctx.subj
    s, extra = ctx.surname_str()
    rows = [["Nom : " + s + (f" ({extra})" if extra else ""), "Prénom(s) : " + ctx.first_str()]]
    if ctx.o["dob"]:
        rows.append([f"Date de naissance : {ctx.dob()}", f"Sexe : {p.sex}"])
    else:
        rows.append([f"Âge : {ctx.age()}", f"Sexe : {p.sex}"])
    rows.append([f"Entrée le : {fmt_date(entry)}", f"Sortie le : {fmt_date(ctx.date)}"])
    rows.append([f"Médecin traitant : {ctx.doc_name(ctx.recipient, 'full')}",
                 f"IPP : {ctx.ipp()}" if ctx.o["ipp"] else f"N° séjour : {ctx.dossier}"])
    if ctx.o["ins"]:
        rows.append([f"INS : {ctx.ins()}", ""])
    for a, b in rows:
        pg.t(20, y + 4.5, a, 9.5, fam, "r", flow=False)
        pg.t(115, y + 4.5, b, 9.5, fam, "r", flow=False)
        pg.flow.append(("row", [a, b]))
        y += 5
    pg.rect(18, y - 5 * len(rows) - 1, 174, 5 * len(rows) + 3, 0.3)
    fl.y = y + 8
    fl.p(r.choice(["Cher confrère,", "Chère consœur,"]), gap=2)
    fl.p(f"Votre patient{ctx.e()} {ctx.nm(order='fl', first='first')} a été hospitalisé{ctx.e()} dans notre service du "
         f"{fmt_date(entry)} au {fmt_date(ctx.date)} pour {r.choice(ctx.S['motif'])}.", gap=3)
    fl.head("Antécédents")
    for a in r.sample(ctx.S["atcd"], min(4, len(ctx.S["atcd"]))):
        fl.p("– " + a, gap=0.5, indent=3)
    fl.gap(2)
    rs = relative_sentence(ctx)
    fl.head("Mode de vie")
    fl.p((rs + " " if rs else "") + r.choice(["Vit à domicile, autonome.", "Vit en EHPAD.", "Vit seul" + ctx.e() +
                                             ", passage infirmier quotidien."]), gap=3)
    fl.head("Histoire de la maladie")
    fl.p(f"{ctx.il(True)} présente depuis une dizaine de jours {r.choice(ctx.S['motif'])}, motivant une consultation aux urgences. "
         "Le bilan initial retrouve des éléments justifiant l'hospitalisation.", gap=3)
    fl.head("Examen clinique à l'entrée")
    fl.p(fill(ctx, r.choice(ctx.S["exam"])), gap=3)
    fl.head("Examens complémentaires")
    for c in ctx.S["comp"]:
        fl.p(fill(ctx, c), gap=1.5)
    fl.gap(2)
    if ctx.o.get("pages", 1) > 2:
        head, blocks = lab_rows(ctx, r.sample(list(C.LAB_PANELS), 6))
        fl.head("Biologie d'entrée")
        for name, rows in blocks:
            fl.p(name, size=9, st="i", gap=0.5)
            fl.table([62, 26, 26, 36, 20], [head[:4] + ["Ant."]] + rows, 8.5, grid=True)
        fl.gap(2)
        for s in more_paras(ctx, r.randint(7, 10)):
            fl.p(s, gap=2.5)
    fl.head("Évolution")
    fl.p("L'évolution dans le service est favorable sous traitement. Pas de complication intercurrente. "
         f"{ctx.il(True)} regagne son domicile le {fmt_date(ctx.date)}.", gap=3)
    if r.random() < 0.6:
        fl.p("Surveillance clinique quotidienne, adaptation thérapeutique progressive avec bonne tolérance. "
             "Éducation thérapeutique réalisée par l'équipe infirmière.", gap=3)
    if ctx.o.get("pages", 1) == 2:
        for s in more_paras(ctx, r.randint(4, 6)):
            fl.p(s, gap=2.5)
    fl.head("Conclusion")
    fl.p(r.choice(ctx.S["concl"]), gap=3)
    fl.head("Traitement de sortie")
    for t in ttt_lines(ctx, r.randint(3, 5)):
        fl.p("– " + t, gap=0.6, indent=3)
    fl.gap(3)
    fl.head("Suites")
    fl.p("Consultation de contrôle dans le service dans 3 mois. Bilan biologique à réaliser 8 jours avant.", gap=5)
    sign_block(ctx, fl, salutation=r.random() < 0.5)
    return fl.finish(footer_addr(ctx, est))


def lay_referral(ctx):
    r = ctx.rng
    ctx.doc_type = "courrier_adressage"
    fam = ctx.fam
    a = ctx.recipient     # the GP writes
    spec = ctx.author      # to the specialist
    fl = Flow(ctx, 25, 160, 0)
    pg = fl.page
    y = pg.para(20, 15, 100, ctx.doc_name(a, "formal"), 11, fam, "b")
    y = pg.para(20, y, 100, "Médecin généraliste", 9, fam, "r")
    y = pg.para(20, y, 100, f"Maison de santé {r.choice(['des Tilleuls', 'du Centre', 'Pasteur', 'de la Gare'])}", 9, fam, "r")
    y = pg.para(20, y, 100, f"Tél. {a.phone}", 9, fam, "r")
    pg.para(110, 15, 80, f"{ctx.town}, le {fmt_date(ctx.date)}", 10, fam, "r", align="r")
    y = pg.para(110, 32, 80, ctx.doc_name(spec, "formal"), 10, fam, "b")
    pg.para(110, y, 80, ctx.S["title"], 10, fam, "r")
    fl.y = 62
    fl.p(r.choice(["Cher confrère,", "Chère consœur,", "Cher ami,"]), gap=3)
    who = ctx.nm(order="fl", caps=r.random() < 0.7) + ctx.ne_le()
    fl.p(r.choice([
        f"Je te remercie de bien vouloir recevoir {who}, pour {r.choice(ctx.S['motif'])}.",
        f"Je vous adresse {who}, que je suis depuis plusieurs années, pour avis concernant {r.choice(ctx.S['motif'])}.",
        f"Merci de recevoir en consultation {who} pour {r.choice(ctx.S['motif'])}.",
    ]), gap=3)
    fl.p("Antécédents : " + ", ".join(r.sample(ctx.S["atcd"], 2)) + ".", gap=2)
    rs = relative_sentence(ctx)
    if rs:
        fl.p(rs, gap=2)
    fl.p("Traitement actuel : " + " ; ".join(t.split(":")[0].strip() for t in ttt_lines(ctx)) + ".", gap=2)
    fl.p(r.choice(["Je te remercie de ton avis et de la prise en charge que tu jugeras utile.",
                   "Merci de me tenir informé de votre avis.", "Avec mes remerciements."]), gap=6)
    fl.p(ctx.doc_name(a, "full"), st="b")
    return fl.finish()


def lay_identity_form(ctx):
    r = ctx.rng
    fam = ctx.fam
    title, ctx.doc_type = r.choice([("DEMANDE D'EXAMEN D'IMAGERIE", "demande_examen"),
                                    ("FICHE DE LIAISON", "fiche_liaison"),
                                    ("DEMANDE DE TRANSPORT SANITAIRE", "demande_transport"),
                                    ("FICHE DE PRÉ-ADMISSION", "pre_admission")])
    est = r.choice(HOSPITALS)
    pg = Page()
    pg.para(15, 10, 120, est, 10, fam, "b")
    pg.para(15, 16, 120, ctx.S["service"], 9, fam, "r")
    pg.para(130, 10, 65, f"Date : {fmt_date(ctx.date)}", 9, fam, "r", align="r")
    y = pg.para(15, 26, 180, title, 14, fam, "b", align="c") + 4
    pg.rect(15, y, 180, 7, 0, 220)
    pg.t(17, y + 5, "IDENTITÉ DU PATIENT", 10, fam, "b")
    y += 9
    p = ctx.subj
    mode = ctx.o["mode"]
    birth = ctx.sur(p.birth)
    used = ctx.sur(p.used) if p.used else ""
    if mode == "used" and p.used:
        fields_l = [("Nom d'usage", used)]
        ctx.pr["surnames"].add(p.used)
    else:
        fields_l = [("Nom de naissance", birth), ("Nom d'usage" if r.random() < 0.5 else "Nom utilisé", used)]
        ctx.pr["surnames"].add(p.birth)
        if used:
            ctx.pr["surnames"].add(p.used)
    if r.random() < 0.7:
        fields_l.append(("Prénom(s)", ctx.first_str("all" if r.random() < 0.6 and ctx.o["first"] in ("first", "all")
                                                   else None)))
    else:
        fields_l.append(("Premier prénom", ctx.first_str("first" if ctx.o["first"] in ("first", "all") else None)))
    fields_l.append(("Date de naissance", ctx.dob() if ctx.o["dob"] else ""))
    fields_r = [("Sexe", p.sex if r.random() < 0.5 else ("Féminin" if p.sex == "F" else "Masculin")),
                ("Lieu de naissance", (p.birthplace[0] if p.birthplace[1] == "99" else
                                       f"{p.birthplace[0]} ({p.birthplace[1]})") if r.random() < 0.7 else "")]
    if ctx.o["ins"]:
        fields_r.append(("Matricule INS", ctx.ins()))
        fields_r.append(("OID", "1.2.250.1.213.1.4.8"))
    if ctx.o["ipp"]:
        fields_r.append(("IPP", ctx.ipp()))
    fields_r.append(("Adresse", p.address))
    y0 = y
    for col, fields in ((17, fields_l), (110, fields_r)):
        yy = y0
        for lab, val in fields:
            pg.t(col, yy + 3.5, lab, 8, fam, "r")
            if val:
                yv = pg.para(col, yy + 4.6, 82, val, 11, fam, "b", lh=1.15)
                yy = yv + 1.5
            else:
                pg.line(col, yy + 9.5, col + 75, yy + 9.5, 0.15)
                yy += 12
        y = max(y, yy)
    pg.rect(15, y0 - 9, 180, y - y0 + 11, 0.3)
    y += 6
    if ctx.relative:
        role, q = ctx.relative
        pg.rect(15, y, 180, 7, 0, 220)
        pg.t(17, y + 5, "PERSONNE DE CONFIANCE / À PRÉVENIR" if age_at(p.dob, ctx.date) >= 16 else "REPRÉSENTANT LÉGAL",
             10, fam, "b")
        y += 9
        ctx.others.append(("relative", q.uid, q.registered))
        for lab, val in (("Nom, prénom", f"{ctx.sur(q.used or q.birth)} {q.first}"),
                         ("Date de naissance", fmt_date(q.dob)),
                         ("Lien de parenté", {"mère": "Mère", "père": "Père", "fils": "Fils", "fille": "Fille",
                                              "époux": "Époux", "épouse": "Épouse"}[role]),
                         ("Téléphone", phone(r))):
            pg.t(17, y + 3.5, lab, 8, fam, "r")
            pg.t(17, y + 9, val, 11, fam, "b")
            y += 12
        y += 4
    pg.rect(15, y, 180, 7, 0, 220)
    pg.t(17, y + 5, "MÉDECIN TRAITANT / DEMANDEUR", 10, fam, "b")
    y += 10
    pg.t(17, y + 4, f"{ctx.doc_name(ctx.recipient, 'full')} — Tél. {ctx.recipient.phone}", 10, fam, "r")
    y += 7
    pg.t(17, y + 4, f"Demandeur : {ctx.doc_name(ctx.author, 'full')} ({ctx.S['title']}) — RPPS {ctx.author.rpps}", 10, fam, "r")
    y += 12
    pg.rect(15, y, 180, 7, 0, 220)
    pg.t(17, y + 5, "RENSEIGNEMENTS", 10, fam, "b")
    y += 9
    if ctx.doc_type == "demande_examen":
        opts = list(C.IMAGING)
        chosen = r.choice([o for o in opts[:5] if ctx.subj.sex == "F" or "MAMMO" not in o])
        for o in opts[:5]:
            pg.rect(18, y + 1, 3.2, 3.2, 0.25)
            if o == chosen:
                pg.t(18.3, y + 4, "X", 9, fam, "b", flow=False)
            pg.t(24, y + 4, o.capitalize(), 9.5, fam, "r")
            y += 6
        y += 3
    elif ctx.doc_type == "demande_transport":
        for o in ["Ambulance", "VSL", "Taxi conventionné", "Transport assis professionnalisé"]:
            pg.rect(18, y + 1, 3.2, 3.2, 0.25)
            pg.t(24, y + 4, o, 9.5, fam, "r")
            y += 6
        y += 3
    y = pg.para(17, y, 176, "Motif / renseignements cliniques : " + r.choice(ctx.S["motif"]) + ". " +
                r.choice(ctx.S["concl"]), 10, fam, "r") + 3
    y = pg.para(17, y, 176, "Allergies : " + r.choice(["aucune connue", "pénicilline", "iode", "latex"]), 10, fam, "r") + 8
    pg.t(120, min(y + 4, 270), "Signature et cachet du médecin :", 9, fam, "i")
    return [pg]


def lab_rows(ctx, panels):
    r = ctx.rng
    rows = [["Analyse", "Résultat", "Unité", "Valeurs de réf.", "Antériorité"]]
    blocks = []
    for name in panels:
        body = []
        for (an, unit, (lo, hi), f) in C.LAB_PANELS[name]:
            v = r.uniform(lo - (hi - lo) * 0.25, hi + (hi - lo) * 0.25)
            flag = " *" if (v < lo or v > hi) else ""
            prev = f.format(r.uniform(lo, hi)).replace(".", ",") if r.random() < 0.6 else ""
            body.append([an, f.format(v).replace(".", ",") + flag, unit,
                         f"{f.format(lo)} – {f.format(hi)}".replace(".", ","), prev])
        blocks.append((name, body))
    return rows[0], blocks


def lay_lab(ctx):
    r = ctx.rng
    ctx.doc_type = "resultats_biologie"
    fam = ctx.fam
    lab = r.choice(LABS)
    fl = Flow(ctx, 15, 180, 0, x2=15, w2=180)
    pg = fl.page
    y = pg.para(15, 10, 110, lab, 11, fam, "b")
    bios = r.sample([d for d in ctx.doctors if d is not ctx.recipient], 3)
    y = pg.para(15, y, 110, "Biologistes : " + ", ".join(ctx.doc_name(d, "short") for d in bios), 7.5, fam, "r")
    y = pg.para(15, y, 110, f"Tél. {phone(r)} — Fax {phone(r)} — FINESS {r.randint(10**8, 10**9 - 1)}", 7.5, fam, "r")
    # window-envelope address (patient)
    yy = 20
    if r.random() < 0.6:
        yy = pg.para(120, 18, 75, ctx.nm(order="fl"), 10, fam, "b")
        yy = pg.para(120, yy, 75, ctx.subj.address, 9.5, fam, "r")
    y = max(y, yy) + 6
    # identity band
    band_y = y
    s, extra = ctx.surname_str()
    idl = [(f"{ctx.civ()} {s} {ctx.first_str()}".strip(), "b")]
    if extra:
        idl.append((extra.capitalize(), "r"))
    if ctx.o["dob"]:
        idl.append((f"{ctx.born().capitalize()} le {ctx.dob()}" + (f" — {ctx.age()}" if r.random() < 0.6 else ""), "r"))
    else:
        idl.append((f"Sexe : {ctx.subj.sex}", "r"))
    if ctx.o["ins"]:
        idl.append((f"INS : {ctx.ins()}", "r"))
    pre = ctx.date - dt.timedelta(days=r.randint(0, 2))
    right = [(f"Dossier n° {ctx.dossier}", "r"), (f"Prélevé le {fmt_date(pre)} à {r.randint(7, 11)}h{r.randint(0, 59):02d}", "r"),
             (f"Prescripteur : {ctx.doc_name(ctx.recipient, 'full')}", "r")]
    if ctx.copies:
        right.append((f"Copie : {ctx.doc_name(ctx.copies[0], 'full')}", "r"))
    if ctx.o["ipp"]:
        right.append((f"IPP : {ctx.ipp()}", "r"))
    hb = max(len(idl) * 10 * PT * 1.28, len(right) * 8.5 * PT * 1.28) + 3
    pg.rect(15, band_y, 180, hb, 0.4, 242)
    pg.lines_block(17, y + 1, 95, idl, 10, fam)
    pg.lines_block(113, y + 1, 80, right, 8.5, fam)
    pg.flow.append(("row", ["\n".join(a for a, _ in idl), "\n".join(a for a, _ in right)]))
    fl.y = y + hb + 6
    npan = r.choice([2, 2, 3, 4]) if ctx.o.get("pages", 1) == 1 else 7
    head, blocks = lab_rows(ctx, r.sample(list(C.LAB_PANELS), npan))
    for name, rows in blocks:
        fl.head(name, 9.5)
        fl.table([62, 26, 26, 36, 30], [head] + rows, 8.5, grid=False, aligns=["l", "r", "l", "l", "r"])
        fl.gap(2)
    fl.p("* valeur hors des limites de référence. Les antériorités proviennent de notre laboratoire.", size=7.5, st="i")
    fl.p(f"Compte rendu validé le {fmt_date(ctx.date)} par {ctx.doc_name(bios[0], 'full')}, biologiste médical.", size=8.5)
    return fl.finish()


def lay_imaging(ctx):
    r = ctx.rng
    ctx.doc_type = "compte_rendu_imagerie"
    fam = ctx.fam
    cen = r.choice(IMAGING_C)
    exam = r.choice([e for e in C.IMAGING if ctx.subj.sex == "F" or "MAMMO" not in e])
    E = C.IMAGING[exam]
    rads = r.sample(ctx.doctors, 3)
    fl = Flow(ctx, 20, 170, 0)
    pg = fl.page
    y = pg.para(20, 10, 170, cen, 13, fam, "b", align="c")
    y = pg.para(20, y, 170, " — ".join(ctx.doc_name(d, "short") for d in rads) + " — Radiologues", 8, fam, "r", align="c")
    y = pg.para(20, y, 170, f"Rendez-vous : {phone(r)} — Scanner — IRM — Échographie — Mammographie", 8, fam, "r", align="c")
    pg.line(20, y + 2, 190, y + 2, 0.4)
    y += 6
    lines = [(f"Patient{ctx.e()} : {ctx.nm(order=r.choice(['lf', 'fl']))}", "b")]
    if ctx.o["dob"]:
        lines.append((f"Date de naissance : {ctx.dob()}", "r"))
    elif ctx.o["age"]:
        lines.append((f"Âge : {ctx.age()}", "r"))
    if ctx.o["ins"]:
        lines.append((f"INS : {ctx.ins()}", "r"))
    y1 = pg.lines_block(20, y, 95, lines, 10, fam)
    rl = [(f"Examen du {fmt_date(ctx.date)}", "r"), (f"Demandeur : {ctx.doc_name(ctx.recipient, 'full')}", "r"),
          (f"N° examen : {ctx.dossier}", "r")]
    y2 = pg.lines_block(118, y, 72, rl, 9, fam)
    pg.flow.append(("row", ["\n".join(a for a, _ in lines), "\n".join(a for a, _ in rl)]))
    fl.y = max(y1, y2) + 6
    fl.p(exam, size=12, st="b", gap=4)
    fl.head("Indication :")
    fl.p(r.choice(ctx.S["motif"]).capitalize() + ".", gap=3)
    fl.head("Technique :")
    fl.p(E["tech"], gap=3)
    fl.head("Résultats :")
    for s in E["res"]:
        fl.p(s, gap=1.5)
    if ctx.o.get("pages", 1) > 1:
        fl.p("Comparaison avec l'examen antérieur : " + " ".join(E["res"]) + " " + " ".join(E["res"]), gap=2)
        for s in more_paras(ctx, 4):
            fl.p(s, gap=2)
    fl.gap(2)
    fl.head("Conclusion :")
    fl.p(r.choice(E["concl"]), st="b", gap=8)
    fl.p(ctx.doc_name(rads[0], "full"), gap=1)
    fl.p("Compte rendu signé électroniquement", size=8, st="i")
    return fl.finish()


def lay_prescription(ctx):
    r = ctx.rng
    ctx.doc_type = "ordonnance"
    fam = ctx.fam
    a = ctx.author if r.random() < 0.5 else ctx.recipient
    pg = Page()
    y = pg.para(15, 14, 95, ctx.doc_name(a, "formal"), 12, fam, "b")
    y = pg.para(15, y, 95, (C.SPECS[a.spec]["title"] if a.spec in C.SPECS else "Médecin généraliste"), 9.5, fam, "r")
    y = pg.para(15, y, 95, f"{r.randint(1, 80)} {r.choice(N.STREETS)} — {ctx.town}", 9, fam, "r")
    y = pg.para(15, y, 95, f"Tél. {a.phone}", 9, fam, "r")
    y = pg.para(15, y, 95, f"RPPS {a.rpps}", 9, fam, "r")
    pg.bars(15, y + 1, 45, 7, a.rpps)
    y += 10
    y = pg.para(15, y, 95, f"N° AM {r.randint(10, 95)} 1 {r.randint(10000, 99999)} {r.randint(0, 9)}", 9, fam, "r")
    pg.para(110, 14, 85, f"{ctx.town}, le {fmt_date(ctx.date)}", 10, fam, "r", align="r")
    yy = 40
    yy = pg.para(110, yy, 85, ctx.nm(order=r.choice(["lf", "fl"])), 11, fam, "b", align="r")
    info = []
    if ctx.o["dob"]:
        info.append(f"{ctx.born().capitalize()} le {ctx.dob()}")
    if ctx.o["age"] or (not ctx.o["dob"] and ctx.case != "ambiguous"):
        info.append(ctx.age())
    info.append(f"{weight_for(ctx.subj, ctx.date)} kg".replace(".", ","))
    yy = pg.para(110, yy, 85, " — ".join(info), 10, fam, "r", align="r")
    y = max(y, yy) + 10
    y = pg.para(15, y, 180, "ORDONNANCE", 14, fam, "b", align="c") + 6
    if ctx.rng.random() < 0.25:
        y = pg.para(15, y, 180, "Prescriptions relatives au traitement de l'affection de longue durée reconnue (ALD)",
                    8.5, fam, "i", align="c") + 2
        pg.line(15, y, 195, y, 0.3)
        y += 4
    for i, t in enumerate(ttt_lines(ctx, r.randint(2, 5))):
        name, _, pos = t.partition(":")
        y = pg.para(22, y, 165, f"{i + 1}) {name.strip()}", 10.5, fam, "b")
        y = pg.para(30, y, 160, pos.strip(), 10, fam, "r") + 3
    if r.random() < 0.3:
        y = pg.para(22, y + 2, 165, r.choice(C.NURSE), 10, fam, "r") + 2
    y = pg.para(22, y + 2, 165, r.choice(C.PRESC_EXTRA), 10, fam, "i")
    sy = max(y + 12, 215)
    pg.rect(128, sy, 62, 24, 0.4)
    pg.lines_block(130, sy + 1, 58, [(ctx.doc_name(a, "full"), "b"), (f"RPPS {a.rpps}", "r"),
                                     (f"{ctx.town} — {a.phone}", "r")], 8.5, fam)
    pg.flow.append(("p", f"{a.full()} RPPS {a.rpps}", "r", 8.5))
    pg.para(15, 280, 180, "En cas d'urgence, composez le 15. — Membre d'une association agréée, le règlement des honoraires "
            "par chèque est accepté.", 7, fam, "i", align="c")
    return [pg]


def lay_care_sheet(ctx):
    """feuille de soins (cerfa-like): beneficiary + insured person with NIR"""
    r = ctx.rng
    ctx.doc_type = "feuille_de_soins"
    fam = "lsans" if r.random() < 0.6 else "dsans"
    pg = Page()
    pg.para(15, 10, 120, "FEUILLE DE SOINS — Médecin", 14, fam, "b")
    pg.para(15, 17, 120, "Articles L. 161-33 et R. 161-40 du Code de la sécurité sociale", 7, fam, "i")
    pg.para(140, 10, 55, "cerfa  N° 12541*02", 9, fam, "b", align="r")
    y = 26
    p = ctx.subj
    insured = ctx.parent[1] if ctx.parent else p
    # beneficiary block
    pg.rect(15, y, 180, 7, 0, 215)
    pg.t(17, y + 5, "PERSONNE RECEVANT LES SOINS" + ("" if ctx.parent else " ET ASSURÉ(E)"), 9.5, fam, "b")
    y += 9
    pg.t(17, y + 3, "nom et prénom (suivis, s'il y a lieu, du nom d'usage)", 7.5, fam, "i")
    s, extra = ctx.surname_str()
    pg.t(17, y + 9, f"{s} {ctx.first_str()} {extra}".strip(), 11.5, fam, "b")
    y += 13
    if not ctx.parent:
        pg.t(17, y + 3, "numéro d'immatriculation", 7.5, fam, "i")
        if True:
            n = ctx.ins("plain") if p.has_ins else p.nir
            if not p.has_ins:
                ctx.others.append(("nir_not_in_registry", p.uid, p.registered))
            pg.boxes(17, y + 4.5, list(n), 11, fam, gap_after=(0, 2, 4, 6, 9, 12))
        y += 12
    pg.t(17, y + 3, "date de naissance", 7.5, fam, "i")
    if ctx.o["dob"]:
        d = ctx.dob("slash").replace("/", "")
        pg.boxes(17, y + 4.5, list(d), 11, fam, gap_after=(1, 3))
    y += 12
    pg.t(17, y + 3, "adresse", 7.5, fam, "i")
    pg.t(17, y + 8.5, p.address, 10, fam, "r")
    y += 14
    pg.rect(15, 33, 180, y - 33, 0.3)
    if ctx.parent:
        role, q = ctx.parent
        y += 3
        pg.rect(15, y, 180, 7, 0, 215)
        pg.t(17, y + 5, "ASSURÉ(E) (à remplir si la personne recevant les soins n'est pas l'assuré(e))", 9.5, fam, "b")
        y0 = y + 7
        y += 9
        pg.t(17, y + 3, "nom et prénom", 7.5, fam, "i")
        pg.t(17, y + 9, f"{ctx.sur(q.used or q.birth)} {q.first}", 11.5, fam, "b")
        y += 13
        pg.t(17, y + 3, "numéro d'immatriculation", 7.5, fam, "i")
        pg.boxes(17, y + 4.5, list(q.nir), 11, fam, gap_after=(0, 2, 4, 6, 9, 12))
        ctx.others.append(("insured_parent_nir", q.uid, q.registered))
        y += 12
        pg.t(17, y + 3, "qualité du bénéficiaire", 7.5, fam, "i")
        pg.t(17, y + 8.5, "enfant", 10, fam, "r")
        y += 12
        pg.rect(15, y0, 180, y - y0, 0.3)
    y += 4
    pg.rect(15, y, 180, 7, 0, 215)
    pg.t(17, y + 5, "IDENTIFICATION DU MÉDECIN", 9.5, fam, "b")
    y += 9
    d = ctx.recipient
    pg.t(17, y + 5, f"{ctx.doc_name(d, 'lastfirst')} — Médecine générale — N° {d.rpps}", 10, fam, "r")
    y += 10
    rows = [["date", "actes effectués", "montant"]]
    for _ in range(r.randint(1, 2)):
        rows.append([fmt_date(ctx.date), r.choice(["G", "G + MEG", "GS", "COE", "VG + MD"]), f"{r.choice([30, 35, 30, 60])},00 €"])
    y = pg.table(17, y + 2, [40, 90, 40], rows, 9.5, fam) + 6
    pg.t(17, y + 4, "Paiement :   [ ] tiers payant    [ ] réglé", 9.5, fam, "r")
    pg.t(17, y + 12, "Signature de l'assuré(e) :", 9, fam, "i")
    pg.t(120, y + 12, "Signature du médecin :", 9, fam, "i")
    return [pg]


def lay_certificate(ctx):
    """medical certificate for a child, naming the legal representative and his/her NIR"""
    r = ctx.rng
    ctx.doc_type = "certificat"
    fam = ctx.fam
    a = ctx.recipient
    pg = Page()
    y = pg.para(20, 15, 100, ctx.doc_name(a, "formal"), 12, fam, "b")
    y = pg.para(20, y, 100, "Médecin généraliste — " + ctx.town, 9, fam, "r")
    y = pg.para(20, y, 100, f"RPPS {a.rpps} — Tél. {a.phone}", 9, fam, "r")
    y = pg.para(20, 55, 170, "CERTIFICAT MÉDICAL", 15, fam, "b", align="c") + 10
    what = r.choice(["de non contre-indication à la pratique du football en compétition",
                     "d'absence de maladie contagieuse permettant le retour en collectivité",
                     "justifiant une absence scolaire du " + fmt_date(ctx.date - dt.timedelta(days=3)) + " au " + fmt_date(ctx.date)])
    y = pg.para(20, y, 170, f"Je soussigné{'e' if a.sex == 'F' else ''}, {a.full()}, certifie avoir examiné ce jour "
                f"l'enfant {ctx.nm(order='fl', civ=False)}{ctx.ne_le()}, et établis le présent certificat {what}.",
                11, fam, "r", lh=1.5) + 6
    if ctx.parent:
        role, q = ctx.parent
        ctx.others.append(("insured_parent_nir", q.uid, q.registered))
        n = q.nir
        y = pg.para(20, y, 170, f"Représentant légal : {'Mme' if q.sex == 'F' else 'M.'} {ctx.sur(q.used or q.birth)} {q.first} "
                    f"({role}) — N° de sécurité sociale : {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}",
                    10, fam, "r") + 6
    y = pg.para(20, y, 170, "Certificat remis en main propre à l'intéressé(e) ou à son représentant légal pour servir et "
                "valoir ce que de droit.", 10, fam, "i") + 12
    pg.para(110, y, 80, f"Fait à {ctx.town}, le {fmt_date(ctx.date)}", 10, fam, "r")
    pg.para(110, y + 8, 80, a.full(), 10, fam, "b")
    return [pg]


def lay_sticker_form(ctx):
    r = ctx.rng
    fam = ctx.fam
    est = r.choice(HOSPITALS)
    title, ctx.doc_type = r.choice([("FEUILLE DE SURVEILLANCE", "surveillance"),
                                    ("CONSENTEMENT ÉCLAIRÉ À UN ACTE MÉDICAL", "consentement"),
                                    ("BON DE DEMANDE D'EXAMENS DE BIOLOGIE", "bon_biologie")])
    pg = Page()
    pg.para(15, 10, 100, est, 10, fam, "b")
    pg.para(15, 16, 100, ctx.S["service"], 8.5, fam, "r")
    # étiquette patient
    sx, sy, sw, sh = 120, 10, 75, 36
    pg.rect(sx, sy, sw, sh, 0.2)
    sf = r.choice(["lmono", "dmono", "lsans", "lnarrow"])
    s, extra = ctx.surname_str(caps=True)
    first = ctx.first_str()
    lines = [(f"{s} {first}".strip(), "b")]
    if extra:
        lines.append((extra.upper(), "r"))
    dl = ""
    if ctx.o["dob"]:
        dl = f"{ctx.born().capitalize()} le {ctx.dob('slash')}"
    lines.append((f"{dl}  {ctx.subj.sex}".strip(), "r"))
    lines.append((f"IPP {ctx.ipp()}  Séj {r.randint(25000000, 25999999)}", "r"))
    if ctx.o["ins"]:
        lines.append((f"INS {ctx.ins('plain')}", "r"))
    lines.append((f"UF {r.randint(1000, 9999)} {ctx.spec.upper()[:12]}", "r"))
    pg.lines_block(sx + 2, sy + 0.5, sw - 4, lines, 8.5, sf, lh=1.2)
    pg.bars(sx + 3, sy + sh - 7, 50, 5.5, ctx.ipp())
    pg.flow.append(("p", "\n".join(a for a, _ in lines), "r", 8.5))
    y = pg.para(15, 52, 180, title, 14, fam, "b", align="c") + 6
    if ctx.doc_type == "surveillance":
        rows = [["Heure", "TA (mmHg)", "FC (/min)", "SpO2 (%)", "T (°C)", "EVA", "Observations"]]
        h = 8
        for i in range(10):
            rows.append([f"{h + i}h00", f"{r.randint(105, 160)}/{r.randint(60, 95)}", str(r.randint(58, 105)),
                         str(r.randint(93, 100)), f"{r.uniform(36.4, 38.2):.1f}".replace(".", ","), str(r.randint(0, 5)),
                         r.choice(["", "", "RAS", "pansement propre", "diurèse +", "douleur calmée"])])
        y = pg.table(15, y, [18, 24, 20, 20, 18, 14, 66], rows, 9, fam) + 6
        pg.para(15, y, 180, "IDE : ____________________     Visa : ________", 10, fam, "r")
    elif ctx.doc_type == "consentement":
        txt = ("Je soussigné(e) ...................................................................., "
               "reconnais avoir été informé(e) par le " + ctx.doc_name(ctx.author, "full") +
               " de la nature, du but et des risques de l'acte proposé : " + r.choice(["coloscopie", "ponction lombaire",
                                                                                     "coronarographie", "biopsie"]) +
               ". J'ai pu poser toutes les questions que je souhaitais et j'ai reçu des réponses claires.")
        y = pg.para(15, y, 180, txt, 10.5, fam, "r", lh=1.6) + 6
        y = pg.para(15, y, 180, "J'accepte que cet acte soit réalisé.  [ ] Oui   [ ] Non", 10.5, fam, "r") + 10
        pg.para(15, y, 80, "Date et signature du patient :", 10, fam, "i")
        pg.para(110, y, 85, "Signature du médecin :", 10, fam, "i")
    else:
        tests = ["NFS plaquettes", "Ionogramme sanguin", "Créatinine / DFG", "Bilan hépatique", "CRP", "TP / INR",
                 "TSH", "HbA1c", "Ferritine", "Bilan lipidique", "Groupe ABO Rh", "RAI"]
        for i, t in enumerate(tests):
            cx, cy = 20 + (i % 3) * 60, y + (i // 3) * 8
            pg.rect(cx, cy + 1, 3.2, 3.2, 0.25)
            if r.random() < 0.4:
                pg.t(cx + 0.3, cy + 4, "X", 9, fam, "b", flow=False)
            pg.t(cx + 6, cy + 4, t, 9.5, fam, "r")
        y += 8 * 4 + 6
        y = pg.para(15, y, 180, f"Prescripteur : {ctx.doc_name(ctx.author, 'full')}    Date du prélèvement : {fmt_date(ctx.date)}",
                    10, fam, "r") + 4
        pg.para(15, y, 180, "Préleveur : ____________________   Heure : ______", 10, fam, "r")
    return [pg]


def dictation_text(ctx):
    r = ctx.rng
    ctx.doc_type = "dictee"
    p = ctx.subj
    raw = ctx.raw_ok and r.random() < 0.45   # raw speech-recognition output keeps dictated punctuation words
    if raw:
        c = ctx.civ(long=True)
        who = (c + " " if c else "") + ctx.nm(order="fl", civ=False, caps=r.random() < 0.5)
    else:
        who = ctx.nm(order="fl", caps=r.random() < 0.5)
    if ctx.o["dob"]:
        who += f", {ctx.born()} le {ctx.dob(r.choice(['slash', 'long', 'long']))}"
    elif ctx.o["age"]:
        who += f", âgé{ctx.e()} de {ctx.age()}"
    hdr = [f"DICTÉE N° {ctx.date.year}-{r.randint(10000, 99999)}",
           f"Auteur : {ctx.doc_name(ctx.author, 'full')}",
           f"Date de dictée : {fmt_date(ctx.date)} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}",
           f"Durée : 00:{r.randint(1, 6):02d}:{r.randint(0, 59):02d}",
           f"Type : {r.choice(['Courrier de consultation', 'Compte rendu', 'Courrier'])}",
           f"Destinataire : {ctx.doc_name(ctx.recipient, 'full')}",
           "Statut : à relire", "", "-" * 40, ""]
    motif = r.choice(ctx.S["motif"])
    sents = [r.choice(["Cher confrère,", "Chère consœur,", "Cher ami,"]),
             r.choice([f"Je revois ce jour {who} pour {motif}.",
                       f"J'ai revu en consultation ce jour {who}, pour {motif}.",
                       f"Je vois pour la première fois {who}, qui m'est adressé{ctx.e()} pour {motif}."])]
    sents += body(ctx, long=r.random() < 0.3)
    sents.append(r.choice(["Bien confraternellement.", "Bien amicalement."]))
    if raw:
        out = []
        for s in sents:
            s = s.replace(", ", " virgule ").replace(". ", " point ")
            if s.endswith("."):
                s = s[:-1] + " point à la ligne"
            out.append(s)
        txt = " ".join(out)
        if r.random() < 0.5:
            txt = txt.lower()
        return "\n".join(hdr) + txt + "\n"
    return "\n".join(hdr) + "\n\n".join(sents) + "\n\n" + ctx.author.full() + "\n"


def lay_dictation_pages(ctx, text):
    """dictation rendered as a plain typed page (for docx / pdf_text)"""
    fl = Flow(ctx, 20, 170, 15)
    for para in text.split("\n"):
        if para.strip():
            fl.p(para, size=10.5, gap=1.5)
        else:
            fl.gap(2)
    return fl.finish()


LAYOUTS = {
    "letter_sidecol": lay_letter_sidecol, "letter_twocol": lay_letter_twocol, "discharge": lay_discharge,
    "referral": lay_referral, "identity_form": lay_identity_form, "lab": lay_lab, "imaging": lay_imaging,
    "prescription": lay_prescription, "care_sheet": lay_care_sheet, "certificate": lay_certificate,
    "sticker_form": lay_sticker_form, "dictation": None,
}


# --------------------------------------------------------------------------
# planning
# --------------------------------------------------------------------------

# case, share, intended fileable
CASES = [
    ("ordinary", 0.25, True), ("homonym", 0.08, True), ("twins", 0.07, True), ("namesake_date", 0.06, True),
    ("used_name", 0.07, True), ("relative_registered", 0.07, True), ("doctor_namesake", 0.06, True),
    ("insured_child", 0.05, True), ("ins_only", 0.04, True),
    ("absent", 0.07, False), ("absent_namesake", 0.04, False), ("absent_twin", 0.02, False),
    ("ambiguous", 0.06, False), ("ambiguous_twins", 0.03, False), ("name_only", 0.03, False),
]
FILEABLE_CASE = {c: f for c, _, f in CASES}

ALL_LAYOUTS = ["letter_sidecol", "letter_twocol", "discharge", "referral", "identity_form", "lab", "imaging",
               "prescription", "sticker_form", "dictation"]
LAYOUT_W = {"letter_sidecol": 1.2, "letter_twocol": 1.0, "discharge": 0.8, "referral": 0.7, "identity_form": 0.9,
            "lab": 1.1, "imaging": 0.9, "prescription": 0.9, "sticker_form": 0.7, "dictation": 1.0,
            "care_sheet": 0.6, "certificate": 0.6}
CASE_LAYOUTS = {
    "relative_registered": ["letter_sidecol", "letter_twocol", "discharge", "referral", "identity_form", "dictation"],
    "insured_child": ["care_sheet", "certificate"],
    "ins_only": ["identity_form", "sticker_form", "lab", "letter_twocol", "imaging"],
    "ambiguous": ["prescription", "referral", "dictation", "imaging", "letter_sidecol", "letter_twocol"],
    "ambiguous_twins": ["lab", "imaging", "identity_form"],
    "name_only": ["prescription", "referral", "dictation"],
    "ordinary": ALL_LAYOUTS + ["care_sheet"],
}
LAYOUT_FORMATS = {
    "letter_sidecol": ["pdf_image", "tiff", "png", "jpeg", "pdf_text", "docx"],
    "letter_twocol": ["pdf_image", "tiff", "png", "jpeg", "pdf_text", "docx"],
    "discharge": ["pdf_image", "tiff", "pdf_text", "docx"],
    "referral": ["pdf_image", "tiff", "png", "jpeg", "pdf_text", "docx"],
    "identity_form": ["pdf_image", "tiff", "png", "jpeg", "pdf_text"],
    "lab": ["pdf_image", "tiff", "png", "jpeg", "pdf_text"],
    "imaging": ["pdf_image", "tiff", "jpeg", "pdf_text", "docx"],
    "prescription": ["pdf_image", "tiff", "png", "jpeg", "pdf_text"],
    "sticker_form": ["pdf_image", "tiff", "png", "jpeg"],
    "care_sheet": ["pdf_image", "tiff", "png", "jpeg"],
    "certificate": ["pdf_image", "tiff", "png", "jpeg", "pdf_text", "docx"],
    "dictation": ["txt", "txt", "docx"],
}
FORMAT_T = {"pdf_image": 0.26, "tiff": 0.12, "png": 0.09, "jpeg": 0.11, "pdf_text": 0.17, "docx": 0.13, "txt": 0.12}
RENDER_T = {"clean300": 0.18, "gray_scan": 0.22, "rotated": 0.15, "fax200": 0.17, "fax150": 0.10, "photocopy": 0.18}
FORMAT_RENDERS = {"pdf_image": RENDERS, "tiff": RENDERS,
                  "png": ["clean300", "gray_scan", "rotated", "fax200", "photocopy"],
                  "jpeg": ["clean300", "gray_scan", "rotated", "photocopy"]}
EXT = {"pdf_image": "pdf", "pdf_text": "pdf", "tiff": "tif", "png": "png", "jpeg": "jpg", "docx": "docx", "txt": "txt"}
IMAGE_FORMATS = {"pdf_image", "tiff", "png", "jpeg"}


def stratified(rng, n, items):
    quota = [(c, s * n) for c, s, *_ in items]
    base = [(c, int(q)) for c, q in quota]
    rest = n - sum(b for _, b in base)
    rema = sorted(quota, key=lambda cq: -(cq[1] - int(cq[1])) + rng.random() * 1e-6)
    out = []
    for c, b in base:
        out += [c] * b
    for c, _ in rema[:rest]:
        out.append(c)
    rng.shuffle(out)
    return out


def pick_deficit(rng, counts, targets, allowed):
    total = sum(counts.values()) + 1
    return max(allowed, key=lambda k: (targets.get(k, 0.05) * total - counts.get(k, 0), rng.random()))


def pick_subject(rng, reg, case):
    R = reg.order
    if case in ("ordinary", "doctor_namesake"):
        return rng.choice(R), None
    if case in ("homonym", "ambiguous"):
        return rng.choice([p for p in R if reg.homonyms_of(p)]), None
    if case in ("twins", "ambiguous_twins"):
        return rng.choice([p for p in R if "twin" in p.tags]), None
    if case == "namesake_date":
        return rng.choice([p for p in R if "namesake" in p.tags]), None
    if case == "used_name":
        return rng.choice([p for p in R if p.used]), None
    if case == "relative_registered":
        p = rng.choice([p for p in R if any(r in ("mère", "père", "fils", "fille", "époux", "épouse") for r, _ in p.rel)])
        role, u = rng.choice([(r, u) for r, u in p.rel if r in ("mère", "père", "fils", "fille", "époux", "épouse")])
        return p, (role, reg.by_uid[u])
    if case == "insured_child":
        p = rng.choice([p for p in R if age_at(p.dob, REF_DATE) < 15 and any(r in ("mère", "père") for r, _ in p.rel)])
        role, u = rng.choice([(r, u) for r, u in p.rel if r in ("mère", "père")])
        return p, (role, reg.by_uid[u])
    if case == "ins_only":
        pool = [p for p in R if p.has_ins and reg.homonyms_of(p)] if rng.random() < 0.5 else [p for p in R if p.has_ins]
        return rng.choice(pool), None
    if case == "name_only":
        return rng.choice([p for p in R if not reg.homonyms_of(p) and "twin" not in p.tags]), None
    if case == "absent":
        return reg.new(registered=False), None
    if case == "absent_namesake":
        src = rng.choice(R)
        d = draw_dob(rng)
        return reg.new(registered=False, sex=src.sex, dob=d, birth=src.birth, first=src.first, used=""), None
    if case == "absent_twin":
        src = rng.choice(R)
        sex = rng.choice("MF")
        f = draw_first(rng, sex, src.dob.year)
        return reg.new(registered=False, sex=sex, dob=src.dob, birth=src.birth, first=f, used=""), None
    raise ValueError(case)


def doc_date(rng, p):
    lo = max(dt.date(2024, 1, 8), p.dob + dt.timedelta(days=20))
    hi = dt.date(2025, 5, 28)
    if lo >= hi:
        return hi
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def plan_one(rng, reg, doctors, case, fmt_counts, lay_counts):
    """returns (ctx, layout, pages-model or text) satisfying the case's intent"""
    for attempt in range(60):
        p, extra = pick_subject(rng, reg, case)
        d = doc_date(rng, p)
        if case == "insured_child" and age_at(p.dob, d) >= 15:
            continue
        if case == "ambiguous_twins" and age_at(p.dob, d) > 40 and rng.random() < 0.7:
            continue
        ctx = Ctx(rng, reg, doctors, p, case, d)
        layouts = CASE_LAYOUTS.get(case, ALL_LAYOUTS)
        layout = pick_deficit(rng, lay_counts, {k: LAYOUT_W[k] / 10 for k in LAYOUT_W}, layouts)
        fmt = pick_deficit(rng, fmt_counts, FORMAT_T, LAYOUT_FORMATS[layout])
        ctx.raw_ok = fmt == "txt"
        kw = {}
        if case in ("ambiguous", "name_only"):
            kw = dict(dob=False, ins=False, ipp=False, age=(case == "name_only"))
            if case == "ambiguous":
                # print only the name under which the homonym collides, first given name only
                kw["first"] = "first"
                hb = any(key(reg.by_uid[u].birth) == key(p.birth) or key(reg.by_uid[u].used) == key(p.birth)
                         for u in reg.homonyms_of(p) if key(reg.by_uid[u].first) == key(p.first))
                kw["mode"] = "birth" if hb or not p.used else "used"
        elif case == "ins_only":
            kw = dict(dob=False, ins=True, ipp=False, age=False)
        elif case == "ambiguous_twins":
            tw = [reg.by_uid[u] for r, u in p.rel if r in ("jumeau", "jumelle")]
            same_initial = tw and tw[0].first[0] == p.first[0]
            kw = dict(first="initial" if same_initial else "none", ins=False, ipp=False)
        elif case == "used_name":
            kw = dict(mode=wchoice(rng, ["used", "used_nee", "birth_ep"], [0.6, 0.25, 0.15]))
        elif case in ("absent", "absent_namesake", "absent_twin"):
            kw = dict(ins=rng.random() < 0.15, ipp=rng.random() < 0.2)
        if case == "ins_only":
            kw["insfmt"] = rng.choice(["plain", "spaced", "splitkey", "letters"])
        if case not in ("ambiguous", "ambiguous_twins", "name_only", "ins_only") and rng.random() < 0.15:
            kw["ipp"] = True
        ctx.setup(**kw)
        if case == "relative_registered":
            ctx.relative = extra
        if case == "insured_child":
            ctx.parent = extra
        if case == "doctor_namesake":
            nd = [x for x in doctors if x.namesake_of and x.namesake_of != p.ipp]
            dn = rng.choice(nd)
            slot = rng.choice(["recipient", "author", "copy"])
            if slot == "recipient":
                ctx.recipient = dn
            elif slot == "author":
                ctx.author = dn
            else:
                ctx.copies = [dn] + ctx.copies[:1]
        if layout == "care_sheet" and age_at(p.dob, d) < 18 and case != "insured_child":
            continue
        ctx.o["pages"] = {"lab": 2 if rng.random() < 0.35 else 1,
                          "letter_sidecol": 2 if rng.random() < 0.45 else 1,
                          "letter_twocol": 2 if rng.random() < 0.4 else 1,
                          "discharge": rng.choice([2, 3])}.get(layout, 1)
        if layout == "dictation":
            model = dictation_text(ctx)
        else:
            model = LAYOUTS[layout](ctx)
        # ---- truth ----
        des = reg.designated(ctx.pr)
        expected = p.ipp if (p.registered and des == {p.uid}) else None
        if FILEABLE_CASE[case] != (expected is not None):
            continue
        if case == "relative_registered" and not any(o[0] == "relative" for o in ctx.others):
            continue
        if case == "doctor_namesake" and not any(o[0] == "doctor" and o[1] for o in ctx.others):
            continue
        if case in ("absent", "absent_namesake", "absent_twin") and des:
            continue
        lay_counts[layout] = lay_counts.get(layout, 0) + 1
        return ctx, layout, fmt, model, expected, des
    raise RuntimeError(f"could not plan a document for case {case}")


def dedup(lst):
    out = []
    for x in lst:
        if x not in out:
            out.append(x)
    return out


def fax_header(ctx, i, n):
    r = random.Random(ctx.dossier)
    return (f"{ctx.date.strftime('%d/%m/%Y')} {r.randint(8, 18):02d}:{r.randint(0, 58) + (i > 1):02d}  DE: "
            f"{strip_accents(ctx.S['service']).upper()[:28]}  +33 {r.randint(1, 5)} {r.randint(10, 99)} {r.randint(10, 99)} "
            f"{r.randint(10, 99)} {r.randint(10, 99)}   P.{i:03d}/{n:03d}")


def generate(seed, ndocs, out):
    rng = random.Random(seed)
    reg = Registry(random.Random(seed * 7919 + 17), 3000)
    doctors = make_doctors(random.Random(seed * 31 + 5), reg)
    os.makedirs(out, exist_ok=True)
    corpus = os.path.join(out, "corpus")
    if os.path.isdir(corpus):
        shutil.rmtree(corpus)
    os.makedirs(corpus)
    reg.write_csv(os.path.join(out, "registry.csv"))
    cases = stratified(rng, ndocs, CASES)
    fmt_counts, rend_counts, lay_counts = {}, {}, {}
    manifest = []
    for i, case in enumerate(cases):
        drng = random.Random(f"{seed}-{i}")
        ctx, layout, fmt, model, expected, des = plan_one(drng, reg, doctors, case, fmt_counts, lay_counts)
        if layout != "dictation" and fmt in ("png", "jpeg") and len(model) > 1:
            fmt = pick_deficit(drng, fmt_counts, FORMAT_T, ["pdf_image", "tiff"])
        fmt_counts[fmt] = fmt_counts.get(fmt, 0) + 1
        doc_id = f"s{seed}_{i:03d}"
        fname = f"doc_{seed}_{i:03d}.{EXT[fmt]}"
        path = os.path.join(corpus, fname)
        render = "digital"
        if layout == "dictation":
            if fmt == "txt":
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(model)
                pages = 1
            else:
                pgs = lay_dictation_pages(ctx, model)
                write_docx(pgs, path)
                pages = len(pgs)
        elif fmt == "docx":
            write_docx(model, path)
            pages = len(model)
        elif fmt == "pdf_text":
            write_text_pdf(model, path)
            pages = len(model)
        else:
            render = pick_deficit(drng, rend_counts, RENDER_T, FORMAT_RENDERS[fmt])
            rend_counts[render] = rend_counts.get(render, 0) + 1
            imgs = []
            for pi, pg in enumerate(model):
                im = render_page(pg, 300)
                fh = fax_header(ctx, pi + 1, len(model)) if render.startswith("fax") and drng.random() < 0.8 else None
                im2, dpi = degrade(im, render, drng, fh)
                imgs.append(im2)
            write_images(imgs, fmt, path, dpi, drng)
            pages = len(model)
        p = ctx.subj
        manifest.append(dict(
            doc_id=doc_id, file=fname, expected_patient=expected, fileable=expected is not None, case=case,
            layout=layout, render=render, format=fmt, pages=pages, doc_type=ctx.doc_type,
            subject_ipp=p.ipp if p.registered else None, subject_registered=p.registered,
            designated=[reg.by_uid[u].ipp for u in sorted(des)],
            evidence=dict(name_mode=ctx.o["mode"] if p.used else "birth", first=ctx.o["first"], dob=ctx.pr["dob"] is not None,
                          ins=ctx.pr["ins"] is not None, ipp=bool(ctx.o["ipp"]), cont=ctx.o["cont"] if pages > 1 else None),
            others=dedup([dict(role=r, ipp=(reg.by_uid[u].ipp if isinstance(u, int) and reg.by_uid[u].registered
                                            else (u or None)))
                          for r, u, _ in ctx.others if r != "doctor" or u]),
        ))
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(seed=seed, docs=ndocs, generator="ood2", documents=manifest), fh, ensure_ascii=False, indent=1)
    return manifest


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    m = generate(a.seed, a.docs, a.out)
    print(f"{len(m)} documents, {sum(d['fileable'] for d in m)} fileable -> {a.out}")


if __name__ == "__main__":
    main()
