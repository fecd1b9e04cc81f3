"""Synthetic French people: registry with planted hard cases, NIR, matching truth.

Everything here is random combinations of common French names; no real person.
"""
import datetime as dt
import random
import unicodedata

SURNAMES_M = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL
LEFÈVRE LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU
VINCENT MULLER LEFEBVRE FAURE ANDRÉ MERCIER BLANC GUÉRIN BOYER GARNIER CHEVALIER FRANÇOIS LEGRAND
GAUTHIER GARCIA PERRIN ROBIN CLÉMENT MORIN NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND
DUVAL DENIS DUMONT MARIE LEMAIRE NOËL MEYER DUFOUR MEUNIER BRUN BLANCHARD GIRAUD JOLY RIVIÈRE
LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GÉRARD ROCHE RENARD SCHMITT ROY LEROUX COLIN VIDAL
CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE
BENOÎT REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT HUBERT BERGER
CARPENTIER SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER KLEIN
JACQUET ADAM PARIS POIRIER MARTY AUBRY GUYOT CARRÉ CHARLES RENAULT CHARPENTIER MÉNARD MAILLARD
BARON BERTIN BAILLY HERVÉ SCHNEIDER FERNANDEZ COLLET LÉGER BOUVIER JULIEN PRÉVOST MILLET PERROT
DANIEL COUSIN GERMAIN BRETON BESSON LANGLOIS RÉMY PELLETIER LÉVÊQUE PERRIER LEBLANC BARRÉ LEBRUN
MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER MICHAUD RODRIGUEZ GUICHARD GILLET ÉTIENNE
GRONDIN POULAIN TESSIER CHAUVIN BOUCHET GAY LEMAÎTRE BÉNARD MARÉCHAL HUMBERT REYNAUD ANTOINE HOARAU
PERRET BARTHÉLEMY CORDIER PICHON LEJEUNE GILBERT LAMY DELAUNAY PASQUIER CARLIER LAPORTE""".split()

SURNAMES_SPECIAL = ["LE GALL", "LE GOFF", "LE ROUX", "LE BRIS", "DE SOUSA", "DA SILVA", "DOS SANTOS",
                    "N'GUYEN", "NGUYEN", "N'DIAYE", "BEN SALAH", "BEN AMMAR", "EL AMRANI", "D'ALMEIDA",
                    "MARTIN-DUBOIS", "DUPONT-MOREAU", "LEFÈVRE-PONTALIS", "DE LA FONTAINE", "VAN DER BERG",
                    "SAINT-JEAN", "DIALLO", "TRAORÉ", "HADDAD", "BENALI", "KOWALSKI", "FERREIRA",
                    "RIBEIRO", "CARVALHO", "DUC", "LY", "COSTA", "PEREIRA"]

GIVEN_M = """Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Daniel Bernard Éric Frédéric Laurent
Stéphane David Thierry Pascal Julien Sébastien Thomas Jacques François Olivier Gérard Christian
Dominique Claude Lucas Hugo Louis Gabriel Léo Jules Maxime Antoine Mohamed Karim Yannick Loïc
Jean-Pierre Jean-Claude Jean-Marc Jean-Luc Jean-François Marc René Roger Henri André Raymond
Noé Théo Mathis Enzo Arthur Raphaël Paul Vincent Guillaume Romain Bruno Didier Serge Gilles
Marcel Lucien Georges Yves Hervé Franck Cédric Anthony Kévin Mehdi Samir""".split()
GIVEN_F = """Marie Nathalie Isabelle Sylvie Catherine Françoise Martine Christine Monique Valérie Sandrine
Véronique Nicole Sophie Céline Julie Aurélie Camille Léa Emma Chloé Manon Inès Jade Louise Alice
Claire Anne Hélène Brigitte Jacqueline Jeanne Denise Odile Thérèse Josiane Fatima Amina Nadia
Marie-Claire Anne-Marie Marie-Christine Marie-Thérèse Marie-Hélène Laurence Élodie Émilie Agnès
Bérénice Zoé Lina Chantal Colette Mireille Ginette Yvette Pascale Dominique Claude Annie
Danielle Evelyne Lucie Margaux Océane Pauline Juliette Charlotte Noémie Mélanie Stéphanie""".split()
SECOND_M = "Marie Louis Joseph Pierre Jean André Henri Paul Michel Marcel Georges Yves".split()
SECOND_F = "Marie Louise Thérèse Jeanne Anne Hélène Françoise Madeleine Germaine Simone Paulette Andrée".split()
TWIN_PAIRS = [("Louis", "M", "Louise", "F"), ("Léa", "F", "Léo", "M"), ("Marin", "M", "Marine", "F"),
              ("Noé", "M", "Noa", "F"), ("Lena", "F", "Lina", "F"), ("Maël", "M", "Maëlle", "F"),
              ("Emma", "F", "Emmy", "F"), ("Adrien", "M", "Adrienne", "F"), ("Lucas", "M", "Lucie", "F"),
              ("Jules", "M", "Julie", "F")]
TOWNS = [("75012", "PARIS", "75"), ("69003", "LYON", "69"), ("13005", "MARSEILLE", "13"),
         ("33000", "BORDEAUX", "33"), ("31400", "TOULOUSE", "31"), ("44000", "NANTES", "44"),
         ("35000", "RENNES", "35"), ("29200", "BREST", "29"), ("59000", "LILLE", "59"),
         ("67000", "STRASBOURG", "67"), ("20000", "AJACCIO", "2A"), ("20200", "BASTIA", "2B"),
         ("97400", "SAINT-DENIS", "974"), ("21000", "DIJON", "21"), ("87000", "LIMOGES", "87"),
         ("63000", "CLERMONT-FERRAND", "63"), ("92100", "BOULOGNE-BILLANCOURT", "92"),
         ("94000", "CRÉTEIL", "94"), ("38000", "GRENOBLE", "38"), ("06000", "NICE", "06")]
STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "place de l'Église",
           "rue des Lilas", "boulevard Gambetta", "chemin des Vignes", "rue Pasteur", "allée des Tilleuls",
           "impasse du Moulin", "rue du Général de Gaulle", "avenue de la Gare", "rue des Écoles"]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm(s):
    """Comparison key for names: accents, case, hyphens, apostrophes and spaces ignored."""
    s = strip_accents(s or "").upper()
    return "".join(c for c in s if c.isalnum())


def nir_key(nir13):
    n = int(nir13.replace("2A", "19").replace("2B", "18"))
    return 97 - (n % 97)


def make_nir(rng, sex, dob, dept=None):
    if dept is None:
        dept = rng.choice(["75", "69", "13", "33", "59", "2A", "2B", "974", "99", "92", "35", "44"])
    if dept == "99":
        place = "99" + "%03d" % rng.choice([100, 109, 139, 350, 351, 352, 212])
    elif len(dept) == 3:
        place = dept + "%02d" % rng.randint(1, 24)
    else:
        place = dept + "%03d" % rng.randint(1, 400)
    body = "%d%02d%02d%s%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, place, rng.randint(1, 999))
    return body + "%02d" % nir_key(body)


class Person:
    def __init__(self, ipp, birth, given, dob, sex, usage="", ins=""):
        self.ipp, self.birth, self.given, self.dob, self.sex = ipp, birth, list(given), dob, sex
        self.usage, self.ins = usage, ins
        self.town = None
        self.street = None
        self.nir = ins or ""        # the person's own NIR (registry INS when known)

    @property
    def first(self):
        return self.given[0]

    def to_dict(self):
        return {"ipp": self.ipp, "birth": self.birth, "given": self.given, "dob": self.dob.isoformat(),
                "sex": self.sex, "usage": self.usage, "ins": self.ins}

    def __repr__(self):
        return "%s %s %s %s" % (self.ipp, self.birth, " ".join(self.given), self.dob)


def rand_dob(rng, lo=1925, hi=2024):
    y = rng.randint(lo, hi)
    return dt.date(y, rng.randint(1, 12), rng.randint(1, 28))


def zipf_choice(rng, items, s=1.0):
    w = [1.0 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=w)[0]


def rand_surname(rng):
    if rng.random() < 0.12:
        return rng.choice(SURNAMES_SPECIAL)
    return zipf_choice(rng, SURNAMES_M, 0.9)


def rand_given(rng, sex, multi=None):
    pool = GIVEN_M if sex == "M" else GIVEN_F
    first = zipf_choice(rng, pool, 0.6)
    g = [first]
    if multi is None:
        multi = rng.random() < 0.35
    if multi:
        sec = SECOND_M if sex == "M" else SECOND_F
        for _ in range(rng.choice([1, 1, 2])):
            x = rng.choice(sec)
            if x not in g:
                g.append(x)
    return g


def one_digit_off(rng, d):
    """A birth date differing from d by exactly one printed digit."""
    for _ in range(50):
        s = d.strftime("%d%m%Y")
        i = rng.choice([0, 1, 2, 3, 6, 7])
        ns = s[:i] + str(rng.randint(0, 9)) + s[i + 1:]
        if ns == s:
            continue
        try:
            nd = dt.date(int(ns[4:]), int(ns[2:4]), int(ns[:2]))
        except ValueError:
            continue
        if nd.year < 2026:
            return nd
    return d + dt.timedelta(days=1)


class Registry:
    def __init__(self, rng, size=2500):
        self.rng = rng
        self.people = []
        self.by_ipp = {}
        self._ipps = set()
        self.planted = {"married": [], "parent_child": [], "twins": [], "namesake": [],
                        "namesake_samedob": [], "special": [], "usage_namesake": []}
        self._build(size)

    def new_ipp(self):
        while True:
            ipp = "%06d" % self.rng.randint(100000, 999999)
            if ipp not in self._ipps:
                self._ipps.add(ipp)
                return ipp

    def add(self, birth, given, dob, sex, usage="", with_ins=None):
        rng = self.rng
        p = Person(self.new_ipp(), birth, given, dob, sex, usage)
        p.nir = make_nir(rng, sex, dob)
        if with_ins is None:
            with_ins = rng.random() < 0.70
        p.ins = p.nir if with_ins else ""
        p.town = rng.choice(TOWNS)
        p.street = "%d %s" % (rng.randint(1, 120), rng.choice(STREETS))
        self.people.append(p)
        self.by_ipp[p.ipp] = p
        return p

    def _build(self, size):
        rng = self.rng
        while len(self.people) < size:
            r = rng.random()
            if r < 0.10:        # married couple: wife's usage name = husband's birth name
                husband_name = rand_surname(rng)
                hd = rand_dob(rng, 1930, 1995)
                h = self.add(husband_name, rand_given(rng, "M"), hd, "M") if rng.random() < 0.6 else None
                wd = rand_dob(rng, max(1930, hd.year - 6), min(2000, hd.year + 6))
                wb = rand_surname(rng)
                while norm(wb) == norm(husband_name):
                    wb = rand_surname(rng)
                w = self.add(wb, rand_given(rng, "F"), wd, "F", usage=husband_name)
                self.planted["married"].append((w, h))
                if rng.random() < 0.12:
                    # someone whose BIRTH name is the wife's used name, same first name, same birth date
                    x = self.add(husband_name, [w.first] + rand_given(rng, "F")[1:], wd, "F")
                    self.planted["usage_namesake"].append((x, w))
            elif r < 0.17:      # parent / child sharing a surname
                sn = rand_surname(rng)
                ps = rng.choice("MF")
                pd = rand_dob(rng, 1960, 1995)
                par = self.add(sn, rand_given(rng, ps), pd, ps)
                cs = rng.choice("MF")
                cd = rand_dob(rng, max(pd.year + 20, 2005), 2024)
                ch = self.add(sn, rand_given(rng, cs, multi=rng.random() < 0.5), cd, cs,
                              with_ins=rng.random() < 0.5)
                self.planted["parent_child"].append((par, ch))
            elif r < 0.20:      # twins
                sn = rand_surname(rng)
                d = rand_dob(rng, 1950, 2023)
                if rng.random() < 0.6:
                    a, sa, b, sb = rng.choice(TWIN_PAIRS)
                else:
                    sa, sb = rng.choice("MF"), rng.choice("MF")
                    a = rand_given(rng, sa, multi=False)[0]
                    b = rand_given(rng, sb, multi=False)[0]
                    if a == b:
                        continue
                t1 = self.add(sn, [a], d, sa)
                t2 = self.add(sn, [b], d, sb)
                self.planted["twins"].append((t1, t2))
            elif r < 0.24:      # namesakes: same birth name + first given name, dob one digit apart
                sn = zipf_choice(rng, SURNAMES_M, 0.5)
                s = rng.choice("MF")
                g = rand_given(rng, s)
                d = rand_dob(rng, 1935, 2010)
                a = self.add(sn, g, d, s)
                b = self.add(sn, [g[0]] + rand_given(rng, s, multi=True)[1:], one_digit_off(rng, d), s)
                self.planted["namesake"].append((a, b))
            elif r < 0.255:     # same birth name + same dob, other (close) first name
                sn = zipf_choice(rng, SURNAMES_M, 0.5)
                s = rng.choice("MF")
                d = rand_dob(rng, 1935, 2010)
                if s == "F":
                    g1, g2 = rng.choice([(["Marie-Claire"], ["Marie-Hélène"]), (["Anne-Marie"], ["Anne-Sophie"]),
                                         (["Marie", "Claire"], ["Marie-Claire"]), (["Jeanne"], ["Jeannine"])])
                else:
                    g1, g2 = rng.choice([(["Jean-Pierre"], ["Jean-Paul"]), (["Jean", "Pierre"], ["Jean-Pierre"]),
                                         (["Jean-Marc"], ["Jean-Luc"]), (["Daniel"], ["Danielle"])])
                a = self.add(sn, g1, d, s)
                b = self.add(sn, g2, d, "F" if g2 == ["Danielle"] else s)
                self.planted["namesake_samedob"].append((a, b))
            else:
                s = rng.choice("MF")
                p = self.add(rand_surname(rng), rand_given(rng, s), rand_dob(rng), s)
                if " " in p.birth or "-" in p.birth or "'" in p.birth:
                    self.planted["special"].append(p)
        # a few registry spellings without accents (documents may print them with accents)
        for p in self.people:
            if rng.random() < 0.3:
                p.birth = strip_accents(p.birth)
            if rng.random() < 0.15:
                p.given = [strip_accents(g) for g in p.given]

    # ---------------------------------------------------------------- truth
    def resolve(self, ident):
        """Truth for printed evidence.

        ident: dict with optional keys birth, usage, given (list, printed given names),
        all_given (bool: all given names printed), dob (date), ins (NIR in a proper INS field).
        Returns (ipp or None, fileable bool, note).
        """
        ins = ident.get("ins")
        if ins:
            hits = [p for p in self.people if p.ins and p.ins == ins]
            if len(hits) == 1:
                return hits[0].ipp, True, "INS in its proper field"
        birth, given, dob = ident.get("birth"), ident.get("given"), ident.get("dob")
        if not (birth and given and dob):
            return None, False, "no conclusive traits (birth name, first given name and birth date needed)"
        c = [p for p in self.people if norm(p.birth) == norm(birth) and norm(p.first) == norm(given[0])
             and p.dob == dob]
        if len(c) > 1 and ident.get("all_given"):
            c = [p for p in c if [norm(g) for g in p.given] == [norm(g) for g in given]]
        if len(c) == 1:
            note = "exact birth name + first given name + birth date"
            joined = norm(" ".join(given))
            near = [p for p in self.people if p is not c[0] and norm(p.birth) == norm(birth) and p.dob == dob
                    and (norm(p.first) == joined or norm(" ".join(p.given)) == norm(given[0]))]
            if near:
                note += " (registered %s differs only by a hyphen/space in the given names)" % near[0].ipp
            return c[0].ipp, True, note
        if len(c) > 1:
            return None, False, "traits designate %d registered patients" % len(c)
        return None, False, "no registered patient with these traits"

    def homonyms_of(self, p):
        return [q for q in self.people if q is not p and norm(q.birth) == norm(p.birth)
                and norm(q.first) == norm(p.first)]

    def write_csv(self, path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("IPP;Nom de naissance;Prénom(s);Date de naissance;Sexe;Nom d'usage;INS\n")
            for p in self.people:
                sep = ", " if self.rng.random() < 0.1 else " "
                f.write("%s;%s;%s;%s;%s;%s;%s\n" % (p.ipp, p.birth, sep.join(p.given),
                                                    p.dob.strftime("%d/%m/%Y"), p.sex, p.usage, p.ins))


def fake_person(rng, sex=None, lo=1930, hi=2020, surname=None, given=None, dob=None):
    """Someone who is NOT meant to be in the registry (caller checks)."""
    sex = sex or rng.choice("MF")
    p = Person(None, surname or rand_surname(rng), given or rand_given(rng, sex), dob or rand_dob(rng, lo, hi), sex)
    p.nir = make_nir(rng, sex, p.dob)
    p.town = rng.choice(TOWNS)
    p.street = "%d %s" % (rng.randint(1, 120), rng.choice(STREETS))
    return p


def title(p):
    return "Madame" if p.sex == "F" else "Monsieur"


def short_title(p):
    return "Mme" if p.sex == "F" else "M."


def cap(name):
    """'LE GALL' -> 'Le Gall', 'N'GUYEN' -> 'N'Guyen'."""
    out, up = [], True
    for ch in name:
        out.append(ch.upper() if up else ch.lower())
        up = ch in " -'"
    return "".join(out)


def fmt_date(rng, d, style=None):
    style = style or rng.choice(["slash", "slash", "slash", "dot", "dash", "long", "slash2"])
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "long":
        return "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", MONTHS[d.month - 1], d.year)
    if style == "slash2":
        if 1930 <= d.year <= 1999:
            return d.strftime("%d/%m/%y")
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


def age_at(d, ref):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))
