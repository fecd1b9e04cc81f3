"""Adversarial pages for docpipe's side-column / table-row change (51e7dd0 vs a4277d5).

Writes OUT/pages/*.png, OUT/registry.csv, OUT/truth.json (per page: truth IPP or null, family, note).
Usage: python stickers.py --out DIR [--plan final] [--seed 52]
All names invented.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
from datetime import date, timedelta

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "libserif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
    "narrow": ("/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
               "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"),
}
MM = 1 / 25.4

SURNAMES = """MARTIN BERNARD DUBOIS THOMAS ROBERT RICHARD PETIT DURAND LEROY MOREAU SIMON LAURENT LEFEBVRE MICHEL
GARCIA DAVID BERTRAND ROUX VINCENT FOURNIER MOREL GIRARD ANDRE LEFEVRE MERCIER DUPONT LAMBERT BONNET FRANCOIS
MARTINEZ LEGRAND GARNIER FAURE ROUSSEAU BLANC GUERIN MULLER HENRY ROUSSEL NICOLAS PERRIN MORIN MATHIEU CLEMENT
GAUTHIER DUMONT LOPEZ FONTAINE CHEVALIER ROBIN MASSON SANCHEZ GERARD NGUYEN BOYER DENIS LEMAIRE DUVAL JOLY
GAUTIER ROGER ROCHE ROY NOEL MEYER LUCAS MEUNIER JEAN PEREZ MARCHAND DUFOUR BLANCHARD MARIE BARBIER BRUN DUMAS
BRUNET SCHMITT LEROUX COLIN FERNANDEZ PIERRE RENARD ARNAUD ROLLAND CARON AUBERT GIRAUD LECLERC VIDAL BOURGEOIS
RENAUD LEMOINE PICARD GAILLARD PHILIPPE LECLERCQ LACROIX FABRE DUPUIS OLIVIER RODRIGUEZ DA_SILVA HUBERT LOUIS
CHARLES GUILLOT RIVIERE LE_GALL GUILLAUME ADAM REY MOULIN GONZALEZ BERGER LECOMTE MENARD FLEURY DESCHAMPS CARPENTIER
JULIEN BENOIT PARIS MAILLARD MARCHAL AUBRY VASSEUR LE_ROUX RENAULT JACQUET COLLET PREVOST POIRIER CHARPENTIER
ROYER HUET BAILLY TESSIER MONNIER LEJEUNE GRANDIER TRAN BARON KLEIN POULAIN ETIENNE PASCAL""".split()
SURNAMES = [s.replace("_", " ") for s in SURNAMES]
MALE = """Jean Pierre Michel André Philippe Alain Bernard Jacques Daniel Christian Patrick Nicolas Christophe
Laurent Eric Frédéric Stéphane Olivier Thierry Julien Sébastien David Pascal Lucas Hugo Louis Gabriel Arthur
Thomas Paul Antoine Maxime Romain Guillaume Mathieu Vincent Benoît Yves Gérard Marcel René Raphaël Théo Noé
Émile Jules Adam Léo Victor Martin""".split()
FEMALE = """Marie Nathalie Isabelle Sylvie Catherine Françoise Anne Christine Monique Valérie Sandrine Stéphanie
Céline Julie Aurélie Claire Camille Léa Manon Emma Chloé Inès Sarah Laura Pauline Mathilde Océane Margaux Louise
Alice Lucie Juliette Élodie Hélène Brigitte Chantal Nicole Jeanne Colette Agnès Odile Mireille Solène Anaïs Zoé
Clémence Élise Rose""".split()
CITIES = [("LYON", "69003"), ("VILLEURBANNE", "69100"), ("GRENOBLE", "38000"), ("DIJON", "21000"), ("NANTES", "44000"),
          ("RENNES", "35000"), ("TOURS", "37000"), ("ANGERS", "49000"), ("REIMS", "51100"), ("METZ", "57000"),
          ("NANCY", "54000"), ("ROUEN", "76000"), ("CAEN", "14000"), ("AMIENS", "80000"), ("LIMOGES", "87000")]
STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Pasteur", "rue de la République", "place Bellecour",
           "rue Victor Hugo", "allée des Tilleuls", "chemin des Vignes", "rue du Moulin", "quai Saint-Antoine"]
SPECIALTIES = [("Cardiologie", "cardiologue"), ("Pneumologie", "pneumologue"), ("Gastro-entérologie", "gastro-entérologue"),
               ("Rhumatologie", "rhumatologue"), ("Neurologie", "neurologue"), ("Chirurgie Ambulatoire", "chirurgien"),
               ("Endocrinologie", "endocrinologue"), ("Dermatologie", "dermatologue"), ("Néphrologie", "néphrologue")]
MOTIFS = ["une dyspnée d'effort", "des douleurs thoraciques atypiques", "un suivi de diabète de type 2",
          "des lombalgies chroniques", "des céphalées récurrentes", "une HTA mal contrôlée", "un bilan d'asthénie",
          "des palpitations", "un nodule thyroïdien", "une insuffisance rénale modérée"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


class Registry:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.rows: list[dict] = []
        self.next_ipp = 4100000
        self.keys: set[tuple] = set()

    def add(self, birth, firsts, ddn, sex, used="", ins=""):
        self.next_ipp += self.rng.randint(1, 37)
        ipp = str(self.next_ipp)
        self.rows.append(dict(ipp=ipp, birth=birth, firsts=firsts, ddn=ddn, sex=sex, used=used, ins=ins))
        self.keys.add((birth, firsts.split()[0], ddn))
        return ipp

    def write(self, path):
        rows = list(self.rows)
        self.rng.shuffle(rows)
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(["IPP", "Nom de naissance", "Prénom(s)", "Date de naissance", "Sexe", "Nom d'usage", "INS"])
            for p in rows:
                w.writerow([p["ipp"], p["birth"], p["firsts"], p["ddn"].strftime("%d/%m/%Y"), p["sex"], p["used"],
                            p["ins"]])


def rdate(rng, y0, y1):
    start = date(y0, 1, 1)
    return start + timedelta(days=rng.randint(0, (date(y1, 12, 28) - start).days))


def dfmt(d: date, style: int = 0) -> str:
    if style == 1:
        return d.strftime("%d.%m.%Y")
    if style == 2:
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return d.strftime("%d/%m/%Y")


class Person:
    def __init__(self, surname, first, ddn, sex, ipp=None, used=""):
        self.surname, self.first, self.ddn, self.sex, self.ipp, self.used = surname, first, ddn, sex, ipp, used

    @property
    def nee(self):
        return "Née" if self.sex == "F" else "Né"

    @property
    def civ(self):
        return "Mme" if self.sex == "F" else "M."


class Page:
    def __init__(self, name, dpi=300, fax=False, font="dejavu"):
        self.name, self.dpi, self.fax, self.font = name, dpi, fax, font
        self.items = []  # ("text", x_mm, y_mm, text, pt, bold) | ("rect", x0,y0,x1,y1, grey) | ("box", ...) | ("dot", x,y,r)
        self.truth = None
        self.family = ""
        self.note = ""

    def text(self, x, y, s, pt=10.0, bold=False):
        self.items.append(("text", x, y, s, pt, bold))

    def rect(self, x0, y0, x1, y1, grey=225):
        self.items.append(("rect", x0, y0, x1, y1, grey))

    def box(self, x0, y0, x1, y1):
        self.items.append(("box", x0, y0, x1, y1))

    def dot(self, x, y, r_mm=0.25):
        self.items.append(("dot", x, y, r_mm))

    def overlaps(self):
        """Pairs of text items whose boxes overlap (generator artefact: two texts printed over each other)."""
        boxes = []
        for it in self.items:
            if it[0] == "text":
                _, x, y, s, pt, bold = it
                font = ImageFont.truetype(FONTS[self.font][1 if bold else 0], 100)
                w = font.getlength(s) / 100 * pt * 25.4 / 72
                boxes.append((x, y, x + w, y + pt * 0.3528, s))
        bad = []
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if a[0] < b[2] + 3 and b[0] < a[2] + 3 and a[1] < b[3] and b[1] < a[3]:
                    bad.append((a[4], b[4]))
        return bad

    def render(self, path, rng):
        scale = self.dpi * MM
        w, h = round(210 * scale), round(297 * scale)
        img = Image.new("L", (w, h), 255)
        d = ImageDraw.Draw(img)
        cache = {}
        for it in self.items:
            if it[0] == "rect":
                _, x0, y0, x1, y1, g = it
                d.rectangle([x0 * scale, y0 * scale, x1 * scale, y1 * scale], fill=g)
        for it in self.items:
            kind = it[0]
            if kind == "text":
                _, x, y, s, pt, bold = it
                key = (pt, bold)
                if key not in cache:
                    cache[key] = ImageFont.truetype(FONTS[self.font][1 if bold else 0], max(6, round(pt * self.dpi / 72)))
                d.text((x * scale, y * scale), s, font=cache[key], fill=0)
            elif kind == "box":
                _, x0, y0, x1, y1 = it
                d.rectangle([x0 * scale, y0 * scale, x1 * scale, y1 * scale], outline=0, width=max(1, round(scale * 0.25)))
            elif kind == "dot":
                _, x, y, r = it
                d.ellipse([(x - r) * scale, (y - r) * scale, (x + r) * scale, (y + r) * scale], fill=0)
        if self.fax:
            img = img.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=255)
            img = img.filter(ImageFilter.GaussianBlur(0.5))
            px = img.load()
            for _ in range(int(w * h / 9000)):
                x, y = rng.randrange(w), rng.randrange(h)
                px[x, y] = 0
            img = img.point(lambda v: 0 if v < 150 else 255).convert("1")
        img.save(path, dpi=(self.dpi, self.dpi))


# --------------------------------------------------------------------------- page parts

def letterhead(p: Page, rng, x, y, pitch, pt, n_lines, doctor, city, dr_second=False):
    spec, _ = rng.choice(SPECIALTIES)
    lines = [(f"CENTRE HOSPITALIER DE {city[0]}", True, pt + 2)]
    extra = [f"Service de {spec}", f"Chef de service : Dr {doctor.first} {doctor.surname}",
             f"Secrétariat : 0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
             f"{rng.randint(1, 90)} {rng.choice(STREETS)} {city[1]} {city[0]}",
             f"Fax : 0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
             "Consultations sur rendez-vous"]
    if dr_second:
        extra[0], extra[1] = f"Dr {doctor.first} {doctor.surname} — {spec}", f"Service de {spec}"
    lines += [(s, False, pt) for s in extra[:n_lines - 1]]
    for k, (s, b, size) in enumerate(lines):
        p.text(x, y + k * pitch, s, size, b)
    return y + len(lines) * pitch


def body(p: Page, rng, y, pt, patient: Person | None, mention: str, author: Person, city, exam: date, x=18):
    width = int(88 * (175 - x) / 160 * 10 / pt)
    pitch = pt * 0.3528 * 1.45
    p.text(120, y, f"{city[0].title()}, le {dfmt(exam, 2)}", pt)
    y += 2 * pitch
    p.text(x, y, f"Objet : consultation du {dfmt(exam)}", pt, True)
    y += 2 * pitch
    p.text(x, y, "Cher Confrère,", pt)
    y += 1.6 * pitch
    who = "votre patiente" if patient and patient.sex == "F" else "votre patient"
    if mention == "full" and patient:
        who += f" {patient.civ} {patient.first} {patient.surname}, {patient.nee.lower()} le {dfmt(patient.ddn)},"
    elif mention == "name" and patient:
        who += f" {patient.civ} {patient.surname},"
    motif = rng.choice(MOTIFS)
    txt = (f"J'ai revu en consultation ce jour {who} pour {motif}. L'examen clinique est sans particularité, "
           f"la tension artérielle est à {rng.randint(11, 15)}/{rng.randint(6, 9)}, la fréquence cardiaque à "
           f"{rng.randint(55, 95)}/min. Je propose de poursuivre le traitement en cours et de revoir le patient "
           f"dans {rng.randint(2, 6)} mois avec un bilan biologique. Je vous remercie de votre confiance.")
    words, line = txt.split(), ""
    for wd in words:
        if len(line) + len(wd) > width:
            p.text(x, y, line, pt)
            y += pitch
            line = wd
        else:
            line = (line + " " + wd).strip()
    p.text(x, y, line, pt)
    y += 2.5 * pitch
    p.text(110, y, "Bien confraternellement,", pt)
    p.text(110, y + 1.5 * pitch, f"Dr {author.first} {author.surname}", pt)
    return y


# --------------------------------------------------------------------------- generator

class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.reg = Registry(self.rng)
        self.pages: list[Page] = []
        self.used_names: set[str] = set()

    def fresh_surname(self):
        # each page gets its own family name so that pages never interfere through the registry
        for _ in range(1000):
            s = self.rng.choice(SURNAMES)
            if s not in self.used_names:
                self.used_names.add(s)
                return s
        s = "".join(self.rng.choice("BCDFGLMNPRSTV") + self.rng.choice("AEIOU") for _ in range(3)) + "T"
        self.used_names.add(s)
        return s

    def person(self, surname=None, sex=None, y0=1935, y1=2005, first=None, ddn=None, register=True, used=""):
        sex = sex or self.rng.choice("MF")
        first = first or self.rng.choice(MALE if sex == "M" else FEMALE)
        surname = surname or self.fresh_surname()
        ddn = ddn or rdate(self.rng, y0, y1)
        p = Person(surname, first, ddn, sex, used=used)
        if register:
            p.ipp = self.reg.add(surname, first, ddn, sex, used)
        return p

    def doctor(self, register=False):
        return self.person(y0=1955, y1=1985, register=register)

    def new_page(self, family, fax_share=0.35):
        name = f"{family}_{len(self.pages):03d}"
        fax = self.rng.random() < fax_share
        dpi = self.rng.choice([200, 200, 200, 150]) if fax else self.rng.choice([300, 300, 250])
        p = Page(name, dpi, fax, self.rng.choice(list(FONTS)))
        p.family = family
        self.pages.append(p)
        return p

    # ---- family A: a sticker right of the letterhead, someone else's short lines right under it
    def sticker_with_third_party(self, kind):
        rng = self.rng
        p = self.new_page("A_" + kind)
        pt = rng.choice([9, 9.5, 10, 10.5, 11, 12])
        pitch = pt * 0.3528 * rng.uniform(1.3, 1.75)
        n_head = rng.choice([3, 4, 5, 6])
        city = rng.choice(CITIES)
        author = self.doctor()
        lx, ly = rng.uniform(12, 20), rng.uniform(12, 25)
        sx = rng.uniform(108, 135)
        start_row = rng.choice([0, 0, 1])
        sy = ly + start_row * pitch
        sticker_style = rng.choice(["full", "full", "full", "split", "name_first", "name_only"])
        if kind == "second_sticker":
            sticker_style = rng.choice(["full", "split"])
        if kind in ("name_then_other", "date_below"):
            sticker_style = rng.choice(["name_only", "name_first", "name_first", "full"])
        patient_registered = rng.random() < 0.75
        pat = self.person(register=patient_registered)
        p.truth = pat.ipp if sticker_style in ("full", "split") else None
        mention = rng.choice(["none", "none", "name", "full"])
        if mention == "full":
            p.truth = pat.ipp
        ipp_h = str(rng.randint(10**9, 10**10 - 1))
        st = []
        if sticker_style == "full":
            st = [(f"{pat.surname} {pat.first}", True), (f"{pat.nee} le {dfmt(pat.ddn, rng.choice([0, 0, 1]))}", False),
                  (f"IPP : {ipp_h}", False)]
        elif sticker_style == "split":
            st = [(f"IPP:{ipp_h}", False), (pat.surname, True), (pat.first, False),
                  (f"{pat.nee} le {dfmt(pat.ddn)} Sexe : {pat.sex}", False)]
        elif sticker_style == "name_first":
            st = [(f"{pat.surname} {pat.first}", True), (f"IPP : {ipp_h}", False)]
        else:
            st = [(pat.surname, True), (f"IPP : {ipp_h}", False)]
        for k, (s, b) in enumerate(st):
            p.text(sx, sy + k * pitch, s, pt, b)
        if rng.random() < 0.3:
            p.box(sx - 2, sy - 2, sx + 70, sy + len(st) * pitch + 0.5)
        if p.fax and rng.random() < 0.7:  # specks beside the name
            for k in range(2):
                p.dot(sx + rng.uniform(45, 70), sy + rng.uniform(0.5, pitch), rng.uniform(0.2, 0.45))
        end_head = letterhead(p, rng, lx, ly, pitch, pt, n_head, author, city)
        below_y = sy + len(st) * pitch + rng.choice([0, 0, 0.3, 0.6, 1.0]) * pt * 0.3528
        rel = None
        fam = pat.surname
        notes = []
        rel_lines: list[tuple] = []  # (x, text, bold)
        if kind == "confiance_left":  # caption far left on the row, value at the sticker's left
            rel = self.person(surname=rng.choice([fam, None]), sex="F", y0=1940, y1=1975)
            cap = rng.choice(["Personne de confiance :", "Personne à prévenir :", "Mère :", "Épouse :", "Accompagnante :"])
            capx = rng.choice([lx, lx + 40, sx - 60])
            rel_lines = [(capx, cap, False, 0), (sx, f"Mme {rel.surname} {rel.first}", False, 0),
                         (sx, f"née le {dfmt(rel.ddn)}", False, 1)]
            notes.append(f"caption `{cap}` at x={capx:.0f}mm, relative {rel.ipp}")
        elif kind == "confiance_above":
            rel = self.person(surname=rng.choice([fam, None]), sex=rng.choice("MF"), y0=1940, y1=1975)
            cap = rng.choice(["Personne de confiance :", "Pers. à prévenir :", "Accompagnant(e) :"])
            rel_lines = [(sx, cap, False, 0), (sx, f"{rel.civ} {rel.surname} {rel.first}", False, 1),
                         (sx, f"{rel.nee.lower()} le {dfmt(rel.ddn)}", False, 2)]
            notes.append(f"caption above, relative {rel.ipp}")
        elif kind == "nocaption":
            rel = self.person(surname=rng.choice([fam, None]), sex=rng.choice("MF"), y0=1940, y1=1975)
            rel_lines = [(sx, f"{rel.civ} {rel.surname} {rel.first}", False, 0),
                         (sx, f"{rel.nee.lower()} le {dfmt(rel.ddn)}", False, 1)]
            notes.append(f"uncaptioned lines of {rel.ipp}")
            if sticker_style not in ("full", "split") and mention != "full":
                p.truth = None
        elif kind == "recipient":
            rel = self.person(y0=1950, y1=1985)  # a doctor who is also a registry patient
            civ = rng.choice(["Docteur", "Dr", "Monsieur le Docteur", "Madame le Docteur"])
            rel_lines = [(sx, f"{civ} {rel.first} {rel.surname}", False, 0),
                         (sx, f"{rng.randint(1, 90)} {rng.choice(STREETS)}", False, 1),
                         (sx, f"{city[1]} {city[0]}", False, 2)]
            if rng.random() < 0.5:
                rel_lines.insert(0, (sx, "À l'attention du", False, 0))
                rel_lines = [(a, b, c, k) for k, (a, b, c, _) in enumerate(rel_lines)]
            notes.append(f"recipient doctor {rel.ipp}")
        elif kind == "second_sticker":
            twin = rng.random() < 0.5
            if twin:
                rel = self.person(surname=fam, ddn=pat.ddn)
            else:
                rel = self.person(surname=fam, sex="F", y0=1945, y1=1975)
            cap = rng.choice(["", "", "Mère :" if not twin else "Jumeau :", "Accompagnant :"])
            rel_lines = [(sx, f"{rel.surname} {rel.first}", True, 0), (sx, f"{rel.nee} le {dfmt(rel.ddn)}", False, 1),
                         (sx, f"IPP : {rng.randint(10**9, 10**10 - 1)}", False, 2)]
            if cap:
                rel_lines.append((rng.choice([lx, sx - 55]), cap, False, 0))
            else:
                p.truth = None  # two stickers and no word on whose letter it is: review
            notes.append(f"second sticker of {'twin' if twin else 'mother'} {rel.ipp} caption `{cap}`")
        elif kind == "name_then_other":  # sticker name only, another's first name + date below
            rel = self.person(surname=fam, sex=rng.choice("MF"), y0=1940, y1=2010)
            cap = rng.choice(["Mère :", "Enfant :", "Conjoint :", "Père :", "Fils :"])
            capx = rng.choice([lx, sx - 50])
            rel_lines = [(capx, cap, False, 0), (sx, rel.first, False, 0),
                         (sx, f"{rel.nee.lower()} le {dfmt(rel.ddn)}", False, 1)]
            # homonym: a registry person with the patient's surname, the relative's first name and date is the relative
            notes.append(f"name-only sticker, relative {rel.ipp} first name + date below, caption `{cap}` x={capx:.0f}")
        elif kind == "date_below":
            exam = rdate(rng, 2022, 2025)
            baby = self.person(surname=fam, first=pat.first if rng.random() < 0.6 else None, ddn=exam, sex=pat.sex)
            lab = rng.choice(["", "Le ", "Consultation du ", "Entrée le ", f"{city[0].title()}, le "])
            rel_lines = [(sx, f"{lab}{dfmt(exam)}", False, 0)]
            rel = baby
            notes.append(f"date `{lab}{dfmt(exam)}` below; registry {baby.ipp} born that day")
        elif kind == "born_other":
            rel = self.person(surname=fam, first=pat.first, sex=pat.sex, y0=1935, y1=2010)  # homonym
            cap = rng.choice(["Enfant :", "Frère :", "Homonyme :", "Père :"])
            rel_lines = [(rng.choice([lx, sx - 50]), cap, False, 0), (sx, f"{rel.nee} le {dfmt(rel.ddn)}", False, 0)]
            notes.append(f"homonym {rel.ipp}'s date beside caption `{cap}`")
        bump = 0.0
        for x, s, b, row in rel_lines:
            p.text(x, below_y + row * pitch, s, pt, b)
            bump = max(bump, row)
        after = max(end_head, below_y + (bump + 1) * pitch) + rng.uniform(6, 16)
        body(p, rng, after, pt, pat, mention, author, city, rdate(rng, 2024, 2025))
        p.note = f"sticker {sticker_style} of {pat.ipp} ({pat.surname} {pat.first} {dfmt(pat.ddn)}), mention {mention}; " \
                 + "; ".join(notes)
        if not patient_registered:
            p.note += "; patient NOT in registry"
        return p

    # ---- family B: grey identity sidebar at the left, letterhead at the right
    def sidebar(self, kind):
        rng = self.rng
        p = self.new_page("B_" + kind)
        pt = rng.choice([9.5, 10, 11, 12])
        pitch = pt * 0.3528 * rng.uniform(1.5, 1.9)
        city = rng.choice(CITIES)
        author = self.doctor(register=rng.random() < 0.5)
        gp = self.doctor(register=rng.random() < 0.5)
        pat = self.person(register=rng.random() < 0.8)
        x0 = rng.uniform(8, 12)
        p.rect(x0 - 3, 10, x0 + 52, 200, grey=rng.choice([215, 225, 235]))
        y = rng.uniform(16, 22)
        lines = [("PATIENT", True)]
        style = rng.choice(["split", "split", "one"])
        if style == "split":
            lines += [(pat.surname, True), (pat.first, False)]
        else:
            lines += [(f"{pat.surname} {pat.first}", True)]
        has_date = rng.random() < 0.7
        if has_date:
            lines += [(f"{pat.nee} le {dfmt(pat.ddn, rng.choice([0, 1]))}", False)]
        lines += [(f"Sexe : {pat.sex}", False)]
        p.truth = pat.ipp if has_date else None
        rel = None
        notes = []
        if kind == "confiance":
            rel = self.person(surname=rng.choice([pat.surname, None]), sex=rng.choice("MF"), y0=1940, y1=1980)
            cap = rng.choice(["PERSONNE DE CONFIANCE", "PERSONNE À PRÉVENIR", "CONTACT"])
            gap = rng.choice([0, 1])
            lines += [("", False)] * gap + [(cap, True), (f"{rel.civ} {rel.surname} {rel.first}", False),
                                            (f"{rel.nee.lower()} le {dfmt(rel.ddn)}", False)]
            notes.append(f"relative {rel.ipp} under `{cap}`")
        elif kind == "gp":
            lines += [("", False), ("MÉDECIN TRAITANT", True), (f"Dr {gp.first} {gp.surname}", False)]
            notes.append(f"GP {gp.ipp}")
        elif kind == "bare_relative":
            rel = self.person(surname=pat.surname, sex=rng.choice("MF"), y0=1940, y1=2012)
            cap = rng.choice(["Mère", "Père", "Enfant", "Fratrie"])
            lines += [(cap, True), (f"{rel.first}", False), (f"{rel.nee.lower()} le {dfmt(rel.ddn)}", False)]
            notes.append(f"relative {rel.ipp} (same surname) under `{cap}`")
        lines += [("", False), ("CONSULTATION DU", True), (dfmt(rdate(rng, 2024, 2025)), False)]
        for k, (s, b) in enumerate(lines):
            if s:
                p.text(x0, y + k * pitch, s, pt, b)
        # letterhead at the right, level with the sidebar's first lines; its second line a doctor
        hx = rng.uniform(80, 92)
        hy = y + rng.choice([0, 0, 1]) * pitch
        head = [(f"Centre médical {rng.choice(['Saint-Jacques', 'des Tilleuls', 'Pasteur', 'du Parc'])}", True, pt + 3),
                (f"{rng.choice(['Dr', 'Pr', 'Docteur'])} {author.first} {author.surname} — {rng.choice(SPECIALTIES)[1].title()}", False, pt + 1)]
        if rng.random() < 0.5:
            head.append((f"Tél. 0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", False, pt))
        if rng.random() < 0.4:
            head.append((f"Dr {gp.first} {gp.surname} — associé", False, pt))
        for k, (s, b, size) in enumerate(head):
            p.text(hx, hy + k * pitch, s, size, b)
        p.text(hx, hy + (len(head) + 3) * pitch, "COMPTE RENDU DE CONSULTATION", pt + 2, True)
        body(p, rng, hy + (len(head) + 6) * pitch, pt, pat, rng.choice(["none", "none", "name"]), author, city,
             rdate(rng, 2024, 2025), x=hx)
        p.note = f"sidebar {style} of {pat.ipp} ({pat.surname} {pat.first} {dfmt(pat.ddn)}) date={has_date}; " + "; ".join(notes)
        return p

    # ---- family C: tables
    def table(self, kind):
        rng = self.rng
        p = self.new_page("C_" + kind)
        pt = rng.choice([9.5, 10, 11])
        pitch = pt * 0.3528 * rng.uniform(1.6, 2.1)
        city = rng.choice(CITIES)
        author = self.doctor()
        pat = self.person(register=rng.random() < 0.85)
        lx = rng.uniform(14, 20)
        y = letterhead(p, rng, lx, 15, pt * 0.3528 * 1.5, pt, 4, author, city) + 12
        vx = lx + rng.uniform(45, 75)
        rows = []
        notes = []
        p.truth = pat.ipp
        if kind == "consultants":
            rows = [("Nom", pat.surname), ("Prénom", pat.first), ("Date de naissance", dfmt(pat.ddn))]
            docs = [self.person(y0=1955, y1=1985) for _ in range(rng.randint(2, 4))]
            if rng.random() < 0.5:  # a consultant with the patient's surname, registry patient too
                docs[0] = self.person(surname=pat.surname, y0=1955, y1=1985)
            rows.append(("", ""))
            rows.append(("Consultants", ""))
            for dd in docs:
                rows.append((rng.choice([dd.surname, rng.choice(SPECIALTIES)[0]]), f"Dr {dd.first} {dd.surname}"))
            notes.append("consultants " + ",".join(d.ipp for d in docs))
        elif kind == "identity":
            gp = self.doctor(register=True)
            lab = rng.choice(["Médecin traitant", "Adressé par", "Chirurgien", "Correspondant", "Anesthésiste",
                              "Médecin adresseur", "Prescripteur"])
            order = [("Nom", pat.surname), ("Prénom", pat.first), (lab, f"Dr {gp.first} {gp.surname}"),
                     ("Date de naissance", dfmt(pat.ddn))]
            if rng.random() < 0.5:
                order[2], order[3] = order[3], order[2]
            rows = order
            notes.append(f"`{lab} | Dr` {gp.ipp}")
        elif kind == "relatives":
            father = self.person(surname=pat.surname, sex="M", y0=1940, y1=1975)
            mother = self.person(sex="F", y0=1940, y1=1975)
            comp = self.person(sex=rng.choice("MF"), y0=1940, y1=1990)
            rows = [("Nom", pat.surname), ("Prénom", pat.first), ("Né(e) le", dfmt(pat.ddn)), ("", ""),
                    ("Père", rng.choice([f"M. {father.surname} {father.first}", f"Dr {father.first} {father.surname}"])),
                    ("Né le", dfmt(father.ddn)),
                    ("Mère", f"{rng.choice(['Mme', 'Dr'])} {mother.surname} {mother.first}"),
                    ("Née le", dfmt(mother.ddn)),
                    ("Accompagnant", f"{comp.civ if rng.random() < 0.6 else 'Dr'} {comp.surname} {comp.first}")]
            notes.append(f"father {father.ipp} mother {mother.ipp} companion {comp.ipp}")
        elif kind == "names_col":  # label column with surnames, value column doctor names; patient's name is one label
            docs = [self.person(y0=1955, y1=1985) for _ in range(3)]
            rows = [("PATIENT", ""), (pat.surname, f"Dr {docs[0].first} {docs[0].surname}"),
                    (pat.first, f"Dr {docs[1].first} {docs[1].surname}"),
                    (f"{pat.nee} le {dfmt(pat.ddn)}", f"Pr {docs[2].first} {docs[2].surname}")]
            notes.append("patient's lines level with doctors " + ",".join(d.ipp for d in docs))
        for k, (a, b) in enumerate(rows):
            yy = y + k * pitch
            if a:
                p.text(lx, yy, a, pt, a.isupper())
            if b:
                p.text(vx, yy, b, pt)
            if p.fax and rng.random() < 0.25:
                p.dot(lx + rng.uniform(30, 42), yy + pitch * 0.3, rng.uniform(0.2, 0.4))
        if rng.random() < 0.4:
            for k in range(len(rows) + 1):
                p.items.append(("rect", lx - 2, y + k * pitch - 1.2, vx + 70, y + k * pitch - 1.0, 120))
        body(p, rng, y + len(rows) * pitch + 10, pt, pat, "none", author, city, rdate(rng, 2024, 2025))
        p.note = f"table {kind} of {pat.ipp} ({pat.surname} {pat.first} {dfmt(pat.ddn)}); " + "; ".join(notes)
        return p

    # ---- family D: fax sticker cut like FAX_038 with specks, plus someone below
    def fax_sticker(self, kind):
        rng = self.rng
        p = self.new_page("D_" + kind, fax_share=1.0)
        pt = rng.choice([10, 11, 12])
        pitch = pt * 0.3528 * rng.uniform(1.45, 1.8)
        city = rng.choice(CITIES)
        author = self.doctor()
        pat = self.person(register=rng.random() < 0.8)
        p.text(8, 5, f"{dfmt(rdate(rng, 2024, 2025))} 14:56 DE: +33 3 92 90 43 47 POLE DE SANTE DES TILLEULS P.001/002", 8)
        lx, ly = 15, 15
        sx = rng.uniform(80, 105)
        n_head = rng.choice([3, 4, 5])
        letterhead(p, rng, lx, ly, pitch, pt, n_head, author, city)
        st = [f"IPP:{rng.randint(10**9, 10**10 - 1)} NDA:{rng.randint(10**9, 10**10 - 1)}", pat.surname, pat.first,
              f"{pat.nee} le {dfmt(pat.ddn)} Sexe : {pat.sex}"]
        sy = ly + rng.choice([0.3, 0.6, 1.0]) * pitch
        for k, s in enumerate(st):
            p.text(sx, sy + k * pitch, s, pt + (2 if k == 1 else 0), k == 1)
        for k in range(rng.randint(1, 3)):
            p.text(sx + rng.uniform(45, 70), sy + pitch * (1 + rng.uniform(0, 0.5)), "*", 6)
        p.truth = pat.ipp
        y2 = sy + len(st) * pitch + rng.choice([0, 0.4, 0.9]) * pt * 0.3528
        notes = []
        if kind == "relative":
            rel = self.person(surname=rng.choice([pat.surname, None]), sex="F", y0=1940, y1=1980)
            cap = rng.choice(["Personne de confiance :", "Mère :", ""])
            p.text(lx, y2, cap, pt)
            p.text(sx, y2, f"Mme {rel.surname} {rel.first}", pt)
            p.text(sx, y2 + pitch, f"née le {dfmt(rel.ddn)}", pt)
            notes.append(f"relative {rel.ipp} caption `{cap}`")
            if not cap:
                p.truth = pat.ipp if True else None
        elif kind == "recipient":
            rel = self.person(y0=1950, y1=1985)
            p.text(sx, y2, f"Docteur {rel.first} {rel.surname}", pt)
            p.text(sx, y2 + pitch, f"{rng.randint(1, 90)} {rng.choice(STREETS)}", pt)
            p.text(sx, y2 + 2 * pitch, f"{city[1]} {city[0]}", pt)
            notes.append(f"recipient doctor {rel.ipp}")
        elif kind == "specks_only":
            for k in range(4):
                p.text(sx + rng.uniform(-3, 60), y2 + k * pitch * 0.6, rng.choice(["*", ".", "* *", "' ."]), 6)
        body(p, rng, y2 + 4 * pitch + 8, pt, pat, rng.choice(["none", "name"]), author, city, rdate(rng, 2024, 2025))
        p.note = f"fax sticker of {pat.ipp} ({pat.surname} {pat.first} {dfmt(pat.ddn)}); " + "; ".join(notes)
        return p

    # ---- family E: a relative's row right under the sticker, its caption at the left, its value at the sticker's left
    def caption_row(self, kind):
        rng = self.rng
        fax = kind in ("fax", "trigger_fax")
        trigger = kind.startswith("trigger")  # the geometry seen to cut a caption from its value: letterhead ending
        # on the row above the relative's, caption at the letterhead's left on the relative's row
        p = self.new_page("E_" + kind, fax_share=1.0 if fax else 0.0)
        if fax:
            p.dpi = rng.choice([200, 200, 200, 150])
        pt = rng.choice([9.5, 10, 10.5, 11, 12])
        pitch = pt * 0.3528 * rng.uniform(1.35, 1.85)
        city = rng.choice(CITIES)
        author = self.doctor()
        lx, ly = rng.uniform(12, 18), rng.uniform(14, 24)
        if fax:
            p.text(8, 5, f"{dfmt(rdate(rng, 2024, 2025))} 14:56 DE: +33 3 92 90 43 47 POLE DE SANTE P.001/002", 8)
        sx = rng.uniform(85, 130)
        registered = rng.random() < (0.4 if trigger else 0.7)
        pat = self.person(register=registered)
        ipp_h = str(rng.randint(10**9, 10**10 - 1))
        form = rng.choice(["full", "nodate", "fax038", "nodate_split", "nodate", "fax038"])
        if trigger:
            form = rng.choice(["nodate"] * 7 + ["nodate_split"] + ["full"] * 2)
        if form == "full":
            st = [(f"{pat.surname} {pat.first}", True), (f"{pat.nee} le {dfmt(pat.ddn)}", False), (f"IPP : {ipp_h}", False)]
        elif form == "nodate":
            st = [(f"{pat.surname} {pat.first}", True), (f"IPP : {ipp_h}", False)]
        elif form == "fax038":
            st = [(f"IPP:{ipp_h}", False), (pat.surname, True), (pat.first, False),
                  (f"{pat.nee} le {dfmt(pat.ddn)} Sexe : {pat.sex}", False)]
        else:
            st = [(pat.surname, True), (pat.first, False), (f"Sexe : {pat.sex}", False)]
        if rng.random() < 0.3:
            st = st[1:] + st[:1] if st[0][0].startswith("IPP") else st
        r0 = 0 if trigger else rng.choice([0, 0, 1])
        for k, (s_, b) in enumerate(st):
            p.text(sx, ly + (r0 + k) * pitch, s_, pt + (1 if b and rng.random() < 0.5 else 0), b)
        if fax:
            for k in range(rng.randint(0, 3)):
                p.text(sx + rng.uniform(45, 70), ly + pitch * (r0 + 1 + rng.uniform(0, 0.5)), "*", 6)
        row = r0 + len(st) + rng.choice([0, 0, 0, 1])
        n_head = rng.choice([row, row, row - 1, row + 1, 3])
        n_head = max(2, n_head)
        if trigger:
            row = r0 + len(st)
            n_head = max(2, row)
        letterhead(p, rng, lx, ly, pitch, pt, n_head, author, city)
        rel = self.person(surname=rng.choice([pat.surname, None]), sex=rng.choice("FFM"), y0=1935, y1=1980)
        cap = rng.choice(["Personne de confiance :", "Personne à prévenir :", "Mère :", "Épouse :", "Père :",
                          "Accompagnant :", "Tuteur :", "Représentant légal :", "Contact :", "Aidant :", "Fille :",
                          "Conjoint :", "Prévenir :", "Famille :"])
        capx = lx if n_head <= row else rng.choice([sx - 45, sx - 60])
        y_row = ly + row * pitch + rng.choice([0, 0, 0.25, 0.5]) * pt * 0.3528
        cap_same_row = trigger or rng.random() < 0.75
        if cap_same_row:
            p.text(capx, y_row, cap, pt)
            ys = [y_row, y_row + pitch]
        else:
            p.text(lx if n_head <= row else capx, y_row, cap, pt)
            ys = [y_row + pitch, y_row + 2 * pitch]
        civ = rng.choice([rel.civ, rel.civ, ""])
        nm = rng.choice([f"{rel.surname} {rel.first}", f"{rel.first} {rel.surname}"])
        p.text(sx, ys[0], f"{civ} {nm}".strip(), pt)
        dl = rng.choice([f"{rel.nee.lower()} le {dfmt(rel.ddn)}", f"Né(e) le {dfmt(rel.ddn)}", f"DDN : {dfmt(rel.ddn)}",
                         f"{rel.nee} le {dfmt(rel.ddn)}"])
        p.text(sx, ys[1], dl, pt)
        if rng.random() < 0.3:
            p.text(sx, ys[1] + pitch, f"Tél. 06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", pt)
        p.truth = pat.ipp if registered else None
        mention = rng.choice(["none", "none", "none", "name"])
        body(p, rng, max(ys) + 3 * pitch + rng.uniform(4, 12), pt, pat, mention, author, city, rdate(rng, 2024, 2025))
        p.note = (f"sticker {form} of {pat.ipp} ({pat.surname} {pat.first} {dfmt(pat.ddn)}){'' if registered else ' NOT in registry'}; "
                  f"relative {rel.ipp} ({rel.surname} {rel.first} {dfmt(rel.ddn)}) caption `{cap}` at x={capx:.0f} "
                  f"{'same row' if cap_same_row else 'row above'}; n_head={n_head} row={row}")
        return p

    # ---- family G: relatives' table whose values are doctors (`Père | Dr Jean X` / `Né le | …`)
    def relatives_dr(self, kind):
        rng = self.rng
        p = self.new_page("G_" + kind)
        pt = rng.choice([9.5, 10, 11])
        pitch = pt * 0.3528 * rng.uniform(1.6, 2.1)
        city = rng.choice(CITIES)
        author = self.doctor()
        lx = rng.uniform(14, 20)
        y = letterhead(p, rng, lx, 15, pt * 0.3528 * 1.5, pt, 4, author, city) + 12
        vx = lx + rng.uniform(40, 70)
        junior = rng.random() < 0.5
        father = self.person(sex="M", y0=1940, y1=1975)
        pat = self.person(surname=father.surname, first=father.first if junior else None, y0=1985, y1=2015)
        mother = self.person(surname=rng.choice([father.surname, None]), sex="F", y0=1940, y1=1975)
        with_dob = rng.random() < 0.5
        rows = [("Nom", pat.surname), ("Prénom", pat.first)]
        if with_dob:
            rows.append(("Date de naissance", dfmt(pat.ddn)))
        rows.append(("", ""))
        rel_rows = [(rng.choice(["Père", "Parent 1", "Responsable légal"]), f"{rng.choice(['Dr', 'Docteur', 'Pr'])} {father.first} {father.surname}"),
                    ("Né le", dfmt(father.ddn)),
                    (rng.choice(["Mère", "Parent 2"]), f"{rng.choice(['Dr', 'Mme'])} {mother.first} {mother.surname}"),
                    ("Née le", dfmt(mother.ddn))]
        if rng.random() < 0.5:
            rel_rows = rel_rows[2:] + rel_rows[:2]
        rows += rel_rows
        for k, (a, b) in enumerate(rows):
            yy = y + k * pitch
            if a:
                p.text(lx, yy, a, pt)
            if b:
                p.text(vx, yy, b, pt)
        body(p, rng, y + len(rows) * pitch + 10, pt, pat, "none", author, city, rdate(rng, 2024, 2025))
        p.truth = pat.ipp if (with_dob or not junior) else None
        p.note = (f"relatives table: patient {pat.ipp} ({pat.surname} {pat.first} {dfmt(pat.ddn)}) dob_row={with_dob} "
                  f"junior={junior}; father {father.ipp} {dfmt(father.ddn)}; mother {mother.ipp}")
        return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=52)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the page counts")
    ap.add_argument("--plan", default="main")
    a = ap.parse_args()
    g = Gen(a.seed)
    plan = [("A", "confiance_left", 24), ("A", "confiance_above", 10), ("A", "nocaption", 14), ("A", "recipient", 14),
            ("A", "second_sticker", 16), ("A", "name_then_other", 18), ("A", "date_below", 14), ("A", "born_other", 14),
            ("B", "confiance", 12), ("B", "gp", 10), ("B", "bare_relative", 12),
            ("C", "consultants", 10), ("C", "identity", 12), ("C", "relatives", 10), ("C", "names_col", 10),
            ("D", "relative", 12), ("D", "recipient", 8), ("D", "specks_only", 6)]
    if a.plan == "focus":
        plan = [("E", "clean", 70), ("E", "fax", 70), ("G", "table", 30)]
    if a.plan == "final":
        plan = [("E", "clean", 40), ("E", "fax", 40), ("E", "trigger_clean", 40), ("E", "trigger_fax", 10),
                ("A", "confiance_left", 12), ("A", "confiance_above", 6), ("A", "nocaption", 8), ("A", "recipient", 8),
                ("A", "second_sticker", 10), ("A", "name_then_other", 10), ("A", "date_below", 8),
                ("B", "confiance", 8), ("B", "gp", 6), ("B", "bare_relative", 8),
                ("C", "consultants", 6), ("C", "identity", 8), ("C", "relatives", 6), ("C", "names_col", 8),
                ("D", "relative", 8), ("D", "recipient", 6), ("D", "specks_only", 4), ("G", "table", 20)]
    dropped = 0
    for fam, kind, n in plan:
        for _ in range(max(1, round(n * a.scale))):
            while True:
                page = {"A": g.sticker_with_third_party, "B": g.sidebar, "C": g.table, "D": g.fax_sticker,
                        "E": g.caption_row, "G": g.relatives_dr}[fam](kind)
                if not page.overlaps():
                    break
                g.pages.pop()  # printed over another text: draw the page again (its people stay in the registry)
                dropped += 1
    print("pages drawn again for overlapping texts:", dropped)
    for page_number, page in enumerate(g.pages):
        page.name = f"{page.family}_{page_number:03d}"
    # filler patients: frequent names, some homonyms of page patients
    for _ in range(300):
        g.person(surname=g.rng.choice(SURNAMES))
    os.makedirs(os.path.join(a.out, "pages"), exist_ok=True)
    truth = {}
    for p in g.pages:
        path = os.path.join(a.out, "pages", p.name + ".png")
        p.render(path, g.rng)
        truth[p.name + ".png"] = {"truth": p.truth, "family": p.family, "dpi": p.dpi, "fax": p.fax, "note": p.note}
    g.reg.write(os.path.join(a.out, "registry.csv"))
    with open(os.path.join(a.out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    print(len(g.pages), "pages,", len(g.reg.rows), "registry rows")


if __name__ == "__main__":
    main()
