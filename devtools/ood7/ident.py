"""What is printed about a person, and the matching oracle evidence ("paper")."""
from fmt import born_label, civ, date_str, first_cap, ins_str, name_case, pick_date_style
from people import TODAY


def age_str(p):
    a = p.age
    if a >= 2:
        return f"{a} ans"
    months = (TODAY.year - p.dob.year) * 12 + TODAY.month - p.dob.month - (TODAY.day < p.dob.day)
    return f"{max(1, months)} mois"


class Ident:
    def __init__(self, rng, p, birth=True, used=None, first="first", dob=True, sex=None, ins=False, civil=None,
                 upper=False, age=None, ins_value=None, sex_value=None, dob_value=None, firsts_value=None,
                 name_mode=None, birth_value=None):
        self.p = p
        self.upper = upper
        nm = name_mode or ("bare" if upper and rng.random() < 0.5 else rng.choice(["upper"] * 4 + ["title", "bare"]))
        if upper and nm == "title":
            nm = "upper"
        self.nm = nm
        used = (bool(p.used) and rng.random() < 0.75) if used is None else (used and bool(p.used))
        self.B = name_case(birth_value or p.birth, nm) if birth else None
        self.U = name_case(p.used, nm) if used else None
        firsts = firsts_value or p.firsts
        if first == "first":
            fl = [firsts[0]]
        elif first == "all":
            fl = list(firsts)
        elif first == "usual":
            fl = [firsts[1]]
        else:
            fl = []
        fl = [f.upper() if upper or rng.random() < 0.15 else first_cap(f) for f in fl]
        self.F = (" " if rng.random() < 0.7 else ", ").join(fl) if fl else None
        self.firsts = fl
        self.sex = sex_value or p.sex
        self.dob = dob_value or p.dob
        self.D = date_str(self.dob, pick_date_style(rng, self.dob, upper)) if dob else None
        self.dlabel = born_label(rng, self.sex)
        if upper:
            self.dlabel = self.dlabel.upper()
        self.age = (age_str(p) if (age if age is not None else rng.random() < 0.3) else None)
        if self.age and upper:
            self.age = self.age.upper()
        self.show_sex = (rng.random() < 0.4) if sex is None else sex
        self.S = (self.sex if rng.random() < 0.6 else ("Masculin" if self.sex == "M" else "Féminin")) if self.show_sex else None
        if self.S and upper:
            self.S = self.S.upper()
        self.civ = civ(self.sex, rng) if (civil if civil is not None else rng.random() < 0.7) else None
        if self.civ and upper:
            self.civ = self.civ.upper()
        insv = ins_value if ins_value is not None else (p.ins if ins else None)
        self.ins_raw = insv
        self.I = ins_str(insv, rng.choice(["grouped", "grouped", "plain", "keysep", "keyslash"])) if insv else None
        self.ilabel = rng.choice(["INS", "Matricule INS", "INS (NIR)", "N° INS", "NIR"])
        self.nee = "née" if self.sex == "F" else "né"
        if upper:
            self.nee = self.nee.upper()

    # ---- evidence for the oracle
    def paper(self):
        names = []
        if self.B and self.U:
            names = [("used", self.U), ("birth", self.B)]
        elif self.B:
            names = [("plain", self.B)]
        elif self.U:
            names = [("plain", self.U)]
        return dict(names=names, firsts=self.firsts or None, dob=self.dob if self.D else None,
                    sex=self.sex if (self.S or self.civ) else None, ins=self.ins_raw if self.I else None)

    def paper_str(self):
        bits = []
        if self.civ:
            bits.append(self.civ)
        if self.B and self.U:
            bits.append(f"used {self.U} / birth {self.B}")
        elif self.B:
            bits.append(f"name {self.B}")
        elif self.U:
            bits.append(f"name {self.U} (a used name)")
        else:
            bits.append("no name")
        bits.append(f"first {self.F}" if self.F else "no first name")
        bits.append(f"DDN '{self.D}'" if self.D else "no birth date")
        if self.S:
            bits.append(f"sex {self.S}")
        if self.I:
            bits.append(f"{self.ilabel} {self.I}")
        return "; ".join(bits)

    def must(self):
        return [s for s in (self.B, self.U, self.F, self.D, self.I) if s]

    # ---- renderings
    def last(self, sep="née"):
        if self.B and self.U:
            if sep == "épouse":
                return f"{self.B} {'ÉPOUSE' if self.upper else 'épouse'} {self.U}"
            return f"{self.U} {self.nee} {self.B}"
        return self.B or self.U or ""

    def name_line(self, civ=True, first_first=False):
        last = self.last()
        parts = [self.civ] if (civ and self.civ) else []
        if first_first and self.F:
            parts += [self.F, last]
        else:
            parts += [last] + ([self.F] if self.F else [])
        return " ".join(x for x in parts if x)

    def dob_phrase(self):
        if not self.D:
            return ""
        s = f"{self.dlabel.rstrip(' :')} {self.D}" if not self.dlabel.endswith(":") else f"{self.dlabel} {self.D}"
        if self.age:
            s += f" ({self.age})"
        return s

    def oneline(self, sep=" — "):
        bits = [self.name_line()]
        if self.D:
            bits.append(self.dob_phrase())
        if self.S:
            bits.append(f"Sexe : {self.S}")
        if self.I:
            bits.append(f"{self.ilabel} : {self.I}")
        return sep.join(bits)

    def fields(self, rng):
        f = []
        if self.B and self.U:
            f += [("Nom de naissance", self.B), ("Nom d'usage", self.U)]
        elif self.B:
            f += [(rng.choice(["Nom", "Nom de naissance", "NOM"]), self.B)]
        elif self.U:
            f += [("Nom", self.U)]
        if self.F:
            f.append((rng.choice(["Prénom(s)", "Prénom", "Prénoms"]), self.F))
        if self.D:
            lab = rng.choice(["Date de naissance", "Né(e) le", "DDN", "Naissance"])
            f.append((lab, self.D + (f"  ({self.age})" if self.age else "")))
        if self.S:
            f.append(("Sexe", self.S))
        if self.I:
            f.append((self.ilabel, self.I))
        if self.upper:
            f = [(a.upper(), b) for a, b in f]
        return f
