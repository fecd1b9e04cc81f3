"""Synthetic patient registry + identity oracle for the ood5 corpus."""
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from names import COMPOUND_SURNAMES, FIRST_F, FIRST_F_COMPOUND, FIRST_M, FIRST_M_COMPOUND, SURNAMES

TODAY = dt.date(2024, 11, 15)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(s):
    """Comparison key a careful secretary would use: no accents, no case, no spaces/hyphens/apostrophes."""
    return re.sub(r"[^A-Z]", "", strip_accents(s or "").upper())


# ---------------------------------------------------------------- INS / NIR
def nir_key(body13):
    n = int(body13.replace("2A", "19").replace("2B", "18"))
    return 97 - (n % 97)


def ins_valid(ins):
    s = (ins or "").replace(" ", "")
    if len(s) != 15:
        return False
    try:
        return nir_key(s[:13]) == int(s[13:])
    except ValueError:
        return False


def make_nir(rng, sex, dob):
    dep = rng.choice(["%02d" % rng.randint(1, 95) for _ in range(8)] + ["2A", "2B", "99", "75", "35", "44"])
    if dep == "20":
        dep = "2A"
    commune = "%03d" % rng.randint(1, 990)
    order = "%03d" % rng.randint(1, 999)
    body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{dep}{commune}{order}"
    return body + "%02d" % nir_key(body)


def corrupt_ins(rng, ins):
    """Change one digit of the body (never the 2A/2B letters): the key becomes invalid."""
    pos = [i for i in range(13) if ins[i].isdigit() and i != 0]
    i = rng.choice(pos)
    d = rng.choice([c for c in "0123456789" if c != ins[i]])
    bad = ins[:i] + d + ins[i + 1:]
    assert not ins_valid(bad)
    return bad


# ---------------------------------------------------------------- registry
@dataclass
class Person:
    ipp: str                # practice IPP (None for people outside the registry)
    birth: str              # true birth name (with accents)
    firsts: list            # given names, first one = first given name
    dob: dt.date
    sex: str
    used: str = ""          # used name (married women)
    ins: str = ""
    reg_plain: bool = False  # registry row written without accents
    tags: set = field(default_factory=set)
    spouse: object = None
    mother: object = None
    children: list = field(default_factory=list)
    twin: object = None

    @property
    def first(self):
        return self.firsts[0]

    def age(self, at=TODAY):
        return at.year - self.dob.year - ((at.month, at.day) < (self.dob.month, self.dob.day))


def zipf_choice(rng, items, s=1.0):
    weights = [1.0 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights)[0]


def rand_date(rng, age_min, age_max):
    lo = TODAY - dt.timedelta(days=int(365.25 * (age_max + 1)) - 1)
    hi = TODAY - dt.timedelta(days=int(365.25 * age_min) + 1)
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


class Registry:
    def __init__(self, rng, n):
        self.rng = rng
        self.people = []
        self.ipps = set()
        self.inses = set()
        self.build(n)

    # -- helpers
    def new_ipp(self):
        while True:
            ipp = "%07d" % self.rng.randint(1000000, 9999999)
            if ipp not in self.ipps:
                self.ipps.add(ipp)
                return ipp

    def surname(self):
        r = self.rng.random()
        if r < 0.08:
            return self.rng.choice(COMPOUND_SURNAMES)
        if r < 0.11:
            return zipf_choice(self.rng, SURNAMES, 0.7) + "-" + zipf_choice(self.rng, SURNAMES, 0.7)
        return zipf_choice(self.rng, SURNAMES, 0.9)

    def firsts(self, sex):
        rng = self.rng
        simple, comp = (FIRST_F, FIRST_F_COMPOUND) if sex == "F" else (FIRST_M, FIRST_M_COMPOUND)
        f1 = rng.choice(comp) if rng.random() < 0.1 else zipf_choice(rng, simple, 0.6)
        out = [f1]
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            f = rng.choice(simple)
            if f not in out:
                out.append(f)
        return out

    def person(self, birth, sex, dob, firsts=None, used=""):
        p = Person(ipp=self.new_ipp(), birth=birth, firsts=firsts or self.firsts(sex), dob=dob, sex=sex, used=used)
        if self.rng.random() < 0.6:
            while True:
                ins = make_nir(self.rng, sex, dob)
                if ins not in self.inses:
                    break
            self.inses.add(ins)
            p.ins = ins
        p.reg_plain = self.rng.random() < 0.25
        self.people.append(p)
        return p

    def outsider(self, birth=None, first=None, sex=None, dob=None, with_ins=False):
        rng = self.rng
        sex = sex or rng.choice("FM")
        dob = dob or rand_date(rng, 1, 95)
        p = Person(ipp=None, birth=birth or self.surname(), firsts=[first] if first else self.firsts(sex),
                   dob=dob, sex=sex)
        if with_ins:
            p.ins = make_nir(rng, sex, dob)
        return p

    def build(self, n):
        rng = self.rng
        while len(self.people) < n:
            r = rng.random()
            if r < 0.35:        # household: couple (+ children)
                man = self.person(self.surname(), "M", rand_date(rng, 25, 92))
                wbirth = self.surname()
                wdob = man.dob + dt.timedelta(days=rng.randint(-3000, 2500))
                if wdob >= TODAY - dt.timedelta(days=365 * 19):
                    wdob = man.dob
                married = rng.random() < 0.75
                w = self.person(wbirth, "F", wdob, used=man.birth if married and wbirth != man.birth else "")
                man.spouse, w.spouse = w, man
                w.tags.add("married" if w.used else "couple")
                base = max(man.dob, w.dob)
                for _ in range(rng.choice([0, 1, 1, 2, 3])):
                    cd = base + dt.timedelta(days=rng.randint(365 * 20, 365 * 42))
                    if cd >= TODAY:
                        continue
                    sex = rng.choice("FM")
                    c = self.person(man.birth, sex, cd)
                    if rng.random() < 0.08:
                        c.birth = man.birth + "-" + wbirth if " " not in wbirth + man.birth else man.birth
                    c.mother = w
                    w.children.append(c)
                    man.children.append(c)
                    c.tags.add("child")
                    if rng.random() < 0.04 and cd < TODAY:       # twins
                        sex2 = sex if rng.random() < 0.6 else ("F" if sex == "M" else "M")
                        f2 = self.firsts(sex2)
                        while norm(f2[0]) == norm(c.first):
                            f2 = self.firsts(sex2)
                        t = self.person(c.birth, sex2, cd, firsts=f2)
                        t.mother = w
                        w.children.append(t)
                        c.twin, t.twin = t, c
                        c.tags.add("twin")
                        t.tags.add("twin")
            elif r < 0.37 and self.people:   # forced homonym, other birth date
                o = rng.choice(self.people)
                h = self.person(o.birth, o.sex, rand_date(rng, 2, 95),
                                firsts=[o.first] + self.firsts(o.sex)[1:], used=o.used if rng.random() < .3 else "")
                h.tags.add("forced_homonym")
            elif r < 0.375:                  # stand-alone twins
                sex = rng.choice("FM")
                d = rand_date(rng, 0, 60)
                a = self.person(self.surname(), sex, d)
                f2 = self.firsts(sex)
                while norm(f2[0]) == norm(a.first):
                    f2 = self.firsts(sex)
                b = self.person(a.birth, sex, d, firsts=f2)
                a.twin, b.twin = b, a
                a.tags.add("twin")
                b.tags.add("twin")
            else:
                sex = rng.choice("FM")
                used = ""
                if sex == "F" and rng.random() < 0.3:
                    used = self.surname()
                p = self.person(self.surname(), sex, rand_date(rng, 0, 99), used=used if used else "")
                if used and norm(used) != norm(p.birth):
                    p.tags.add("married")
                else:
                    p.used = ""
        # forced twins with identical sex where none exist yet
        self.by_key = {}
        for p in self.people:
            self.by_key.setdefault((norm(p.birth), norm(p.first)), []).append(p)
        for p in self.people:
            if len(self.by_key[(norm(p.birth), norm(p.first))]) > 1:
                p.tags.add("homonym")
        self.by_ins = {p.ins: p for p in self.people if p.ins}

    def csv_rows(self):
        rows = ["IPP;Nom de naissance;Prénom(s);Date de naissance;Sexe;Nom d'usage;INS"]
        for p in self.people:
            f = (lambda s: strip_accents(s).upper()) if p.reg_plain else (lambda s: s)
            sep = ", " if self.rng.random() < 0.3 else " "
            firsts = sep.join(p.firsts)
            rows.append(";".join([p.ipp, f(p.birth), f(firsts), p.dob.strftime("%d/%m/%Y"), p.sex, f(p.used),
                                  p.ins]))
        return rows


# ---------------------------------------------------------------- oracle
def given_tokens(p):
    toks = set()
    for f in p.firsts:
        toks.add(norm(f))
        for part in re.split(r"[- ]", f):
            toks.add(norm(part))
    return toks


def compatible(p, paper, reg):
    """Can registry patient p be the person whose identity the paper shows (nothing shown contradicts p)?"""
    nb, nu = norm(p.birth), norm(p.used)
    if paper.get("birth") and norm(paper["birth"]) != nb:
        return False
    if paper.get("used") and norm(paper["used"]) not in (nu, nb):
        return False
    if paper.get("name") and norm(paper["name"]) not in (nu, nb):
        return False
    if paper.get("first"):
        printed = [norm(x) for x in re.split(r"[ ,]+", paper["first"]) if x]
        if not printed or printed[0] not in given_tokens(p):
            return False
    if paper.get("dob"):
        d = paper["dob"]
        if paper.get("dob_style") == "short":
            if (d.day, d.month, d.year % 100) != (p.dob.day, p.dob.month, p.dob.year % 100):
                return False
        elif d != p.dob:
            return False
    if paper.get("year") and paper["year"] != p.dob.year:
        return False
    if paper.get("sex") and paper["sex"] != p.sex:
        return False
    ins = paper.get("ins")
    if ins and ins_valid(ins):
        owner = reg.by_ins.get(ins)
        if owner is not None and owner is not p:
            return False
        if owner is None and p.ins and p.ins != ins:
            return False
    return True


def oracle(subject, paper, reg):
    """Return (expected IPP or None, why)."""
    comp = [p for p in reg.people if compatible(p, paper, reg)]
    names = "/".join(sorted(p.ipp for p in comp[:6])) + ("..." if len(comp) > 6 else "")
    if paper.get("two_patients"):
        return None, "two patients are named as the subject of the page"
    if paper.get("smudged"):
        pass
    if subject is None or subject.ipp is None:
        if comp:
            return None, f"patient absent from registry; paper still compatible with {len(comp)} row(s) {names}"
        return None, "patient absent from registry (no compatible row)"
    if subject not in comp:
        return None, "paper contradicts the subject's registry row"
    if len(comp) > 1:
        return None, f"{len(comp)} registry patients compatible with what is printed ({names})"
    nb = norm(subject.birth)
    birth_shown = norm(paper.get("birth")) == nb or norm(paper.get("name")) == nb
    first_ok = False
    if paper.get("first"):
        printed = [norm(x) for x in re.split(r"[ ,]+", paper["first"]) if x]
        first_ok = printed[0] == norm(subject.first) or norm(paper["first"]) == norm(subject.first)
    full_dob = paper.get("dob") is not None
    if birth_shown and first_ok and full_dob:
        return subject.ipp, "birth name + first given name + birth date printed, unique in registry"
    ins = paper.get("ins")
    if ins and ins_valid(ins) and ins == subject.ins and (birth_shown or norm(paper.get("used")) == norm(subject.used)
                                                          or norm(paper.get("name")) == norm(subject.used)):
        return subject.ipp, "valid INS of this patient + consistent name"
    miss = []
    if not birth_shown:
        miss.append("birth name not printed")
    if not first_ok:
        miss.append("first given name not printed")
    if not full_dob:
        miss.append("birth date not printed")
    if ins and not ins_valid(ins):
        miss.append("printed INS has an invalid key")
    return None, "unique compatible row but not conclusive: " + ", ".join(miss)
