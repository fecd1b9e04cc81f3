"""Invented population: registry patients (households, twins, homonyms), unregistered people, doctors."""
import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from data import COMMUNES, FIRST_F, FIRST_M, FOREIGN, SPECIALTIES, STREETS, SURNAMES, TWIN_F, TWIN_M

TODAY = dt.date(2025, 3, 14)


def bare(s):
    """Uppercase without diacritics (how registries usually store names)."""
    s = unicodedata.normalize("NFKD", s.replace("Œ", "OE").replace("œ", "oe"))
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def nir_key(thirteen):
    n = int(thirteen.replace("2A", "19").replace("2B", "18"))
    return f"{97 - n % 97:02d}"


@dataclass
class Person:
    birth: str                 # birth name, with diacritics
    firsts: list               # given names in civil-status order
    dob: dt.date
    sex: str                   # "M"/"F"
    used: str = ""             # used (marital) name
    ipp: str = None            # None = not in the registry
    ins: str = None            # 15 chars (NIR + key) when the patient has a qualified INS
    nir: str = None            # the person's NIR (known to the "assurance maladie"), printed on care forms
    place: str = ""
    address: tuple = ()
    phone: str = ""
    tags: list = field(default_factory=list)
    spouse: object = None
    parents: list = field(default_factory=list)

    @property
    def first(self):
        return self.firsts[0]

    @property
    def age(self):
        d = TODAY
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))

    def key(self):
        return (bare(self.birth), bare(self.first), self.dob)


@dataclass
class Doctor:
    first: str
    last: str
    sex: str
    specialty: str
    rpps: str
    address: tuple
    phone: str
    city: str


class Population:
    def __init__(self, rng, target):
        self.rng = rng
        self.target = target
        self.registry = []
        self._ipps = set()
        self._order = {}
        w = [1.0 / (i + 1) ** 0.85 for i in range(len(SURNAMES))]
        self._sw = w
        self.doctors = []

    # ---- helpers
    def surname(self):
        return self.rng.choices(SURNAMES, weights=self._sw)[0]

    def firstname(self, sex, year):
        gen = 0 if year < 1960 else (1 if year < 1990 else 2)
        pool = (FIRST_M if sex == "M" else FIRST_F)[gen]
        w = [1.0 / (i + 1) ** 0.6 for i in range(len(pool))]
        return self.rng.choices(pool, weights=w)[0]

    def firstnames(self, sex, year):
        n = self.rng.choices([1, 2, 3, 4], weights=[20, 45, 30, 5])[0]
        out = []
        while len(out) < n:
            f = self.firstname(sex, year if not out else year - 40)
            if f not in out:
                out.append(f)
        return out

    def date_in(self, y0, y1):
        a = dt.date(y0, 1, 1).toordinal()
        b = min(dt.date(y1, 12, 31), TODAY).toordinal()
        return dt.date.fromordinal(self.rng.randint(a, b))

    def place(self):
        if self.rng.random() < 0.1:
            return self.rng.choice(FOREIGN)
        return self.rng.choice(COMMUNES)

    def make_nir(self, p, where):
        dept, com = where[1], where[2]
        base = f"{1 if p.sex == 'M' else 2}{p.dob.year % 100:02d}{p.dob.month:02d}{dept}{com}"
        k = self._order.get(base, self.rng.randint(1, 400))
        self._order[base] = k + self.rng.randint(1, 9)
        thirteen = f"{base}{k:03d}"
        return thirteen + nir_key(thirteen)

    def person(self, sex=None, dob=None, birth=None, firsts=None, registered=True, ins_rate=0.7):
        rng = self.rng
        sex = sex or rng.choice("MF")
        if dob is None:
            age = int(min(99, max(0, rng.triangular(0, 98, 68))))
            dob = self.date_in(TODAY.year - age - 1, TODAY.year - age)
        birth = birth or self.surname()
        firsts = firsts or self.firstnames(sex, dob.year)
        p = Person(birth=birth, firsts=list(firsts), dob=dob, sex=sex)
        where = self.place()
        p.place = where[0]
        p.nir = self.make_nir(p, where)
        if rng.random() < ins_rate:
            p.ins = p.nir
        num = rng.randint(1, 180)
        cp = rng.choice(["69", "44", "26", "56", "38", "13", "75", "91", "42", "34"]) + f"{rng.randint(0, 9)}{rng.randint(0, 9)}0"
        p.address = (f"{num} {rng.choice(STREETS)}", f"{cp} {rng.choice(['Vénissieux', 'Rezé', 'Romans-sur-Isère', 'Auray', 'Voiron', 'Aubagne', 'Paris', 'Palaiseau', 'Firminy', 'Lunel', 'Bron', 'Saint-Nazaire'])}")
        p.phone = f"0{rng.choice('67')} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        if registered:
            self.register(p)
        return p

    def register(self, p):
        while True:
            ipp = f"{self.rng.randint(1000000, 9999999):07d}"
            ipp = self.rng.choice(["", "8", "20"]) + ipp
            if ipp not in self._ipps:
                break
        self._ipps.add(ipp)
        p.ipp = ipp
        self.registry.append(p)
        return p

    # ---- population
    def household(self):
        rng = self.rng
        kind = rng.choices(["single", "couple", "family", "parent"], weights=[36, 34, 24, 6])[0]
        if kind == "single":
            self.person()
            return
        if kind == "parent":
            mother = self.person(sex="F", dob=self.date_in(1965, 1998))
            self.children([mother], mother.birth)
            return
        man = self.person(sex="M", dob=self.date_in(1935, 1995))
        wd = self.date_in(man.dob.year - 6, min(man.dob.year + 6, 2000))
        woman = self.person(sex="F", dob=wd)
        man.spouse, woman.spouse = woman, man
        if rng.random() < (0.85 if wd.year < 1975 else 0.5):
            woman.used = man.birth
        elif rng.random() < 0.1:
            woman.used = f"{man.birth}-{woman.birth}"
        if kind == "family":
            self.children([man, woman], man.birth)

    def children(self, parents, name):
        rng = self.rng
        mother = [p for p in parents if p.sex == "F"][0]
        y0 = mother.dob.year + 20
        y1 = min(mother.dob.year + 42, TODAY.year)
        if y0 > y1:
            return
        for _ in range(rng.choices([1, 2, 3], weights=[40, 45, 15])[0]):
            bn = name
            r = rng.random()
            if r < 0.08 and len(parents) == 2:
                bn = f"{parents[0].birth}-{parents[1].birth}" if rng.random() < 0.5 else f"{parents[0].birth} {parents[1].birth}"
            dob = self.date_in(y0, y1)
            if rng.random() < 0.03:
                self.twins(bn, dob, parents)
                continue
            c = self.person(dob=dob, birth=bn)
            c.parents = list(parents)

    def twins(self, birth, dob, parents=(), registered=True):
        rng = self.rng
        sex = rng.choice("MF")
        a, b = rng.choice(TWIN_M if sex == "M" else TWIN_F)
        out = []
        for f in (a, b):
            p = self.person(sex=sex, dob=dob, birth=birth, firsts=[f] + ([self.firstname(sex, 1950)] if rng.random() < 0.5 else []),
                            registered=registered)
            p.parents = list(parents)
            p.tags.append("twin")
            out.append(p)
        out[0].tags.append("twin_of:" + str(out[1].ipp))
        out[1].tags.append("twin_of:" + str(out[0].ipp))
        return out

    def fill(self):
        while len(self.registry) < self.target:
            self.household()

    def make_doctors(self, n=70):
        rng = self.rng
        for i in range(n):
            sex = rng.choice("MF")
            if i < n // 4 and self.registry:
                # a doctor who bears the name of a registered patient (and sometimes IS that patient)
                adults = [p for p in self.registry if 1950 <= p.dob.year <= 1992]
                p = rng.choice(adults)
                first, last, sex = p.first, p.birth, p.sex
            else:
                first, last = self.firstname(sex, self.rng.randint(1950, 1990)), self.surname()
            city = rng.choice(["Lyon", "Nantes", "Valence", "Vannes", "Montpellier", "Melun", "Voiron", "Massy", "Cholet"])
            d = Doctor(first=first, last=last, sex=sex, specialty=rng.choice(SPECIALTIES),
                       rpps="10" + "".join(str(rng.randint(0, 9)) for _ in range(9)),
                       address=(f"{rng.randint(1, 90)} {rng.choice(STREETS)}", f"{rng.randint(10, 99)}{rng.randint(100, 999)} {city}"),
                       phone=f"0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                       city=city)
            self.doctors.append(d)
        return self.doctors
