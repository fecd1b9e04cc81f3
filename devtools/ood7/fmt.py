"""How identities are written on French medical paper."""
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def date_str(d, style):
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "short":
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if style == "long":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS[d.month - 1]} {d.year}"
    if style == "LONG":
        day = "1ER" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS[d.month - 1].upper()} {d.year}"
    raise ValueError(style)


def pick_date_style(rng, dob, upper=False):
    styles = ["slash"] * 6 + ["dot", "dash", "long", "long"]
    if 1930 <= dob.year <= 1999:
        styles.append("short")
    s = rng.choice(styles)
    if s == "long" and upper:
        s = "LONG"
    return s


def ins_str(ins, style):
    if style == "grouped":
        return f"{ins[0]} {ins[1:3]} {ins[3:5]} {ins[5:7]} {ins[7:10]} {ins[10:13]} {ins[13:]}"
    if style == "keysep":
        return f"{ins[:13]} {ins[13:]}"
    if style == "keyslash":
        return f"{ins[0]} {ins[1:3]} {ins[3:5]} {ins[5:7]} {ins[7:10]} {ins[10:13]} / {ins[13:]}"
    return ins


def born_label(rng, sex, short_ok=True):
    opts = ["Né(e) le", "Date de naissance", "Date de naissance :", "Naissance :", "DDN :", "DDN"]
    opts += ["né le"] if sex == "M" else ["née le"]
    return rng.choice(opts)


def civ(sex, rng, abbrev=None):
    abbrev = rng.random() < 0.5 if abbrev is None else abbrev
    if sex == "M":
        return "M." if abbrev else "Monsieur"
    return "Mme" if abbrev else "Madame"


def first_cap(s):
    return "-".join(w[:1].upper() + w[1:].lower() for w in s.split("-"))


def name_case(s, mode):
    """mode: 'upper' NOM, 'title' Nom, 'bare' NOM without accents."""
    from people import bare
    if mode == "upper":
        return s.upper()
    if mode == "bare":
        return bare(s)
    return " ".join(first_cap(w) if "'" not in w else w[:2].upper() + first_cap(w[2:]) for w in s.split(" "))
