"""How a person's identity is printed on paper (presentation P) and the formatting helpers."""
from registry import strip_accents

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
DOB_STYLES = ["slash", "slash", "slash", "dot", "long", "short", "dash", "long_nopad"]
INS_STYLES = ["plain", "spaced", "spaced", "key_apart", "grouped"]


def fmt_date(d, style="slash"):
    if d is None:
        return ""
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "short":
        return d.strftime("%d/%m/%y")
    if style == "long":
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    if style == "long_nopad":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


def fmt_ins(ins, style="plain"):
    if not ins:
        return ""
    n, k = ins[:13], ins[13:]
    if style == "plain":
        return ins
    if style == "spaced":  # 2 54 03 75 112 345 67
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {k}"
    if style == "key_apart":
        return f"{n}  clé {k}"
    if style == "grouped":
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} | {k}"
    raise ValueError(style)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


class Ident:
    """Presentation of one person.  Every field is exactly what the paper shows (None = not printed)."""

    def __init__(self, sex=None, birth=None, used=None, firsts=None, initial=None, dob=None, dob_style="slash",
                 sex_printed=None, ins=None, ins_style="plain", age=False, accents=True, upper_first=False,
                 civ=True, name_order="birth_first", joiner="née"):
        self.sex, self.birth, self.used = sex, birth, used
        self.firsts = list(firsts or [])
        self.initial = initial
        self.dob, self.dob_style = dob, dob_style
        self.sex_printed = sex_printed
        self.ins, self.ins_style = ins, ins_style
        self.age = age
        self.accents = accents
        self.upper_first = upper_first
        self.show_civ = civ
        self.name_order = name_order
        self.joiner = joiner  # "née" | "épouse" | "ép." | "nom d'usage"

    # pieces ------------------------------------------------------------------------------------------------
    def sn(self, s):
        if not s:
            return ""
        s = s.upper()
        return s if self.accents else strip_accents(s)

    def fn(self, all_=True):
        if not self.firsts:
            return f"{self.initial}." if self.initial else ""
        f = self.firsts if all_ else self.firsts[:1]
        s = " ".join(f)
        return s.upper() if self.upper_first else s

    def civ(self, long=False):
        if not self.show_civ or self.sex is None:
            return ""
        if self.sex == "F":
            return "Madame" if long else "Mme"
        return "Monsieur" if long else "M."

    def ne(self):
        if self.sex == "F":
            return "née"
        if self.sex == "M":
            return "né"
        return "né(e)"

    def dob_s(self):
        return fmt_date(self.dob, self.dob_style)

    def ins_s(self):
        return fmt_ins(self.ins, self.ins_style)

    def surname_for_body(self):
        return self.sn(self.used) if self.used else self.sn(self.birth)

    def name(self, with_civ=True, long_civ=False, all_firsts=True):
        """Full name as printed in running text / headers."""
        f = self.fn(all_firsts)
        b, u = self.sn(self.birth), self.sn(self.used)
        if b and u:
            core = f"{u} née {b}" if self.joiner == "née" else f"{b} {self.joiner} {u}"
        else:
            core = b or u
        s = (f"{f} {core}" if self.name_order == "first_birth" else f"{core} {f}").strip()
        c = self.civ(long_civ) if with_civ else ""
        return f"{c} {s}".strip()

    def dob_phrase(self, cap=True, with_age=None):
        if not self.dob:
            return ""
        w = self.ne()
        s = f"{w.capitalize() if cap else w} le {self.dob_s()}"
        if (self.age if with_age is None else with_age) and self._when:
            s += f" ({age_at(self.dob, self._when)} ans)"
        return s

    _when = None

    def describe(self):
        parts = []
        if self.birth:
            parts.append(f"birth={self.sn(self.birth)}")
        if self.used:
            parts.append(f"used={self.sn(self.used)}")
        if self.firsts:
            parts.append(f"first='{' '.join(self.firsts)}'")
        elif self.initial:
            parts.append(f"initial={self.initial}.")
        if self.dob:
            parts.append(f"dob={self.dob_s()}")
        if self.sex_printed:
            parts.append(f"sex={self.sex_printed}")
        if self.ins:
            parts.append(f"ins={self.ins}")
        return " ".join(parts) or "(nothing)"


def ident_from_patient(p, rng, when, dob=True, firsts="first", birth=True, used=None, ins=False, sex_printed=False,
                       accents=None, civ=True):
    """Build a presentation from a registry-like person dict."""
    if firsts == "first":
        fl = p["firsts"][:1]
    elif firsts == "all":
        fl = list(p["firsts"])
    elif firsts == "none":
        fl = []
    else:
        fl = firsts
    if used is None:
        used_v = p["used"] if p["used"] and rng.random() < 0.6 else None
    else:
        used_v = p["used"] if used else None
    I = Ident(sex=p["sex"], birth=p["birth"] if birth else None, used=used_v, firsts=fl,
              dob=p["dob"] if dob else None, dob_style=rng.choice(DOB_STYLES),
              sex_printed=p["sex"] if sex_printed else None, ins=p["ins"] if ins else None,
              ins_style=rng.choice(INS_STYLES), age=rng.random() < 0.35,
              accents=(rng.random() < 0.5) if accents is None else accents, upper_first=rng.random() < 0.2,
              civ=civ and rng.random() < 0.85, name_order=rng.choice(["birth_first", "birth_first", "first_birth"]),
              joiner=rng.choice(["née", "née", "épouse", "ép."]))
    if I.dob and (I.dob.year < 1930 or I.dob.year > 1999):
        if I.dob_style == "short":
            I.dob_style = "slash"
    I._when = when
    I.place = p.get("place")
    return I
