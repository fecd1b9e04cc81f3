"""Invented patient registry with natural homonyms, twins, households, parents/children and namesakes."""
import datetime as dt
import unicodedata
from collections import defaultdict

from names import (SURNAMES_FREQ, SURNAMES_SPECIAL, synthetic_surnames, MALE_FIRST, FEMALE_FIRST,
                   TWIN_PAIRS_SAME_INITIAL, COMMUNES, COUNTRIES)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(s):
    s = strip_accents(s or "").upper()
    for ch in "-'’.,":
        s = s.replace(ch, " ")
    return " ".join(s.split())


def nir_key(nir13):
    n = int(nir13.replace("2A", "19").replace("2B", "18"))
    return 97 - (n % 97)


def make_ins(sex, dob, dept, commune, order):
    nir = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{dept}{commune}{order:03d}"
    return nir + f"{nir_key(nir):02d}"


def ins_valid(ins):
    return len(ins) == 15 and nir_key(ins[:13]) == int(ins[13:])


class Zipf:
    def __init__(self, rng, items, q=8.0, s=1.0):
        self.rng = rng
        self.items = items
        self.w = [1.0 / (r + q) ** s for r in range(1, len(items) + 1)]

    def draw(self):
        return self.rng.choices(self.items, weights=self.w, k=1)[0]


def _rand_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


class Registry:
    def __init__(self, rng, n=None):
        self.rng = rng
        freq = SURNAMES_FREQ.split()
        # re-join two-word frequent names written with a space in the list
        joined, skip = [], False
        words = freq
        for i, w in enumerate(words):
            if skip:
                skip = False
                continue
            if w in ("LE", "DA") and i + 1 < len(words):
                joined.append(w + " " + words[i + 1])
                skip = True
            else:
                joined.append(w)
        synth = synthetic_surnames()
        rng.shuffle(synth)
        specials = list(SURNAMES_SPECIAL)
        rng.shuffle(specials)
        pool = list(joined)
        # interleave specials at middle ranks, synthetic ones as the long tail
        for i, s in enumerate(specials):
            pool.insert(min(len(pool), 40 + i * 5), s)
        pool += synth
        self.surnames = Zipf(rng, pool, q=10, s=1.0)
        self.male = Zipf(rng, MALE_FIRST.split(), q=4, s=1.0)
        self.female = Zipf(rng, FEMALE_FIRST.split(), q=4, s=1.0)
        self.n_target = n or rng.randint(2400, 3400)
        self.patients = []
        self.used_ins = set()
        self.used_ipp = set()
        self._build()
        self._index()

    # -- people ---------------------------------------------------------------------------------------------
    def first_names(self, sex, k=None):
        z = self.male if sex == "M" else self.female
        if k is None:
            k = self.rng.choices([1, 2, 3], weights=[55, 33, 12])[0]
        out = []
        while len(out) < k:
            f = z.draw()
            if f not in out:
                out.append(f)
        return out

    def new_ipp(self):
        while True:
            v = f"{self.rng.randint(100000, 999999):06d}"
            ipp = "1" + v if self.rng.random() < 0.7 else "2" + v
            if ipp not in self.used_ipp:
                self.used_ipp.add(ipp)
                return ipp

    def place(self):
        if self.rng.random() < 0.1:
            code, name = self.rng.choice(COUNTRIES)
            return "99", code, name
        return self.rng.choice(COMMUNES)

    def person(self, sex, birth, dob, firsts=None, used="", with_ins=None, place=None, register=True):
        rng = self.rng
        dept, com, pname = place or self.place()
        if with_ins is None:
            with_ins = rng.random() < 0.7
        ins = ""
        if with_ins:
            while True:
                ins = make_ins(sex, dob, dept, com, rng.randint(1, 999))
                if ins not in self.used_ins:
                    self.used_ins.add(ins)
                    break
        p = dict(ipp=None, birth=birth, used=used, firsts=firsts or self.first_names(sex), dob=dob, sex=sex,
                 ins=ins, place=pname, place_code=(dept, com), reg_plain=rng.random() < 0.25,
                 rel={}, tags=set())
        if register:
            p["ipp"] = self.new_ipp()
            self.patients.append(p)
        return p

    def link(self, a, role_a_for_b, b, role_b_for_a):
        """a is role_a_for_b of b (e.g. a is 'mère' of b)."""
        b["rel"].setdefault(role_a_for_b, []).append(a["ipp"])
        a["rel"].setdefault(role_b_for_a, []).append(b["ipp"])

    def _build(self):
        rng = self.rng
        N = self.n_target
        # households
        for _ in range(int(N * 0.11)):
            hs = self.surnames.draw()
            ws = self.surnames.draw()
            while ws == hs:
                ws = self.surnames.draw()
            hdob = _rand_date(rng, 1932, 1992)
            wdob = _rand_date(rng, max(1930, hdob.year - 6), min(1995, hdob.year + 4))
            h = self.person("M", hs, hdob)
            w = self.person("F", ws, wdob, used=hs if rng.random() < 0.85 else "")
            h["tags"].add("household")
            w["tags"].add("household")
            self.link(h, "époux", w, "épouse")
            if rng.random() < 0.5:
                for _k in range(rng.choice([1, 1, 2, 2, 3])):
                    cdob = _rand_date(rng, wdob.year + 22, wdob.year + 40)
                    if cdob > dt.date(2023, 10, 1):
                        continue
                    csex = rng.choice("MF")
                    cs = hs if rng.random() < 0.9 else f"{hs}-{ws}" if " " not in hs + ws else hs
                    cused = ""
                    if csex == "F" and cdob.year < 1995 and rng.random() < 0.4:
                        cused = self.surnames.draw()
                    c = self.person(csex, cs, cdob, used=cused)
                    c["tags"].add("child")
                    self.link(w, "mère", c, "fille" if csex == "F" else "fils")
                    self.link(h, "père", c, "fille" if csex == "F" else "fils")
        # twins
        for i in range(max(10, N // 150)):
            s = self.surnames.draw()
            dob = _rand_date(rng, 1950, 2021)
            if i % 2 == 0:
                f1, f2, s1, s2 = rng.choice(TWIN_PAIRS_SAME_INITIAL)
                a = self.person(s1, s, dob, firsts=[f1] + (self.first_names(s1, 1) if rng.random() < 0.4 else []))
                b = self.person(s2, s, dob, firsts=[f2] + (self.first_names(s2, 1) if rng.random() < 0.4 else []))
            else:
                s1, s2 = rng.choice("MF"), rng.choice("MF")
                fa = self.first_names(s1)
                fb = self.first_names(s2)
                while fb[0] == fa[0]:
                    fb = self.first_names(s2)
                a = self.person(s1, s, dob, firsts=fa)
                b = self.person(s2, s, dob, firsts=fb)
            place = a["place_code"] + (a["place"],)
            b["place"], b["place_code"] = a["place"], a["place_code"]
            if b["ins"]:  # twins born at the same place
                self.used_ins.discard(b["ins"])
                b["ins"] = make_ins(b["sex"], dob, place[0], place[1], (int(a["ins"][10:13]) + 1) % 999 + 1
                                    if a["ins"] else rng.randint(1, 999))
                self.used_ins.add(b["ins"])
            a["tags"].add("twin")
            b["tags"].add("twin")
            self.link(a, "jumeau", b, "jumeau")
        # singles
        while len(self.patients) < N - 30:
            sex = rng.choice("MF")
            dob = _rand_date(rng, 1928, 2023) if rng.random() < 0.85 else _rand_date(rng, 2005, 2023)
            used = ""
            if sex == "F" and dob.year < 1998 and rng.random() < 0.35:
                used = self.surnames.draw()
            self.person(sex, self.surnames.draw(), dob, used=used)
        # forced exact homonyms (same birth name + first given name, another birth date)
        base = rng.sample(self.patients, 30)
        for p in base:
            dob = _rand_date(rng, 1930, 2015)
            firsts = [p["firsts"][0]] + (self.first_names(p["sex"], 1) if rng.random() < 0.4 else [])
            if len(firsts) == 2 and firsts[1] == firsts[0]:
                firsts = firsts[:1]
            q = self.person(p["sex"], p["birth"], dob, firsts=firsts)
            q["tags"].add("homonym")
            p["tags"].add("homonym")

    def _index(self):
        self.by_ipp = {p["ipp"]: p for p in self.patients}
        self.by_name_first = defaultdict(list)
        self.by_name_dob = defaultdict(list)
        self.by_any_name_first = defaultdict(list)
        self.by_surname = defaultdict(list)
        self.by_ins = {}
        for p in self.patients:
            k = (norm(p["birth"]), norm(p["firsts"][0]))
            self.by_name_first[k].append(p)
            self.by_name_dob[(norm(p["birth"]), p["dob"])].append(p)
            for nm in {p["birth"], p["used"]} - {""}:
                self.by_any_name_first[(norm(nm), norm(p["firsts"][0]))].append(p)
                self.by_surname[norm(nm)].append(p)
            if p["ins"]:
                self.by_ins[p["ins"]] = p

    # -- queries used to decide the truth ------------------------------------------------------------------
    def matches(self, name=None, first=None, dob=None, any_name=True):
        """Registry patients compatible with the printed (name, first given name, dob); None = not printed."""
        out = []
        for p in self.patients:
            names = {norm(p["birth"])} | ({norm(p["used"])} if any_name and p["used"] else set())
            if name is not None and norm(name) not in names:
                continue
            if first is not None and norm(first) not in {norm(f) for f in p["firsts"]}:
                continue
            if dob is not None and p["dob"] != dob:
                continue
            out.append(p)
        return out

    def write_csv(self, path):
        rows = ["IPP;Nom de naissance;Nom d'usage;Prénom(s);Date de naissance;Sexe;INS;Lieu de naissance"]
        order = sorted(self.patients, key=lambda p: p["ipp"])
        for p in order:
            birth, used, firsts = p["birth"], p["used"], " ".join(p["firsts"])
            if p["reg_plain"]:
                birth, used, firsts = strip_accents(birth), strip_accents(used), strip_accents(firsts)
            rows.append(";".join([p["ipp"], birth.upper(), used.upper(), firsts, p["dob"].strftime("%d/%m/%Y"),
                                  p["sex"], p["ins"], p["place"]]))
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
