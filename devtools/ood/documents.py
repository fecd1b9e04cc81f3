"""Documents for the out-of-distribution corpus: who they are about, how the identity is printed, and which
third parties stand near it. Pure: returns `DocumentSpec` values; `render.py` draws them.

Each document draws its features independently (layout, label wordings, name order, capitals, date form,
third parties, pages), so one seed gives a mix no layout family dominates."""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date

from .layout import Box, Columns, Gap, Line, Page, Para, Rule, Table, page_text
from .people import (NEAR_FIRST, Person, Registry, identity_clash, make_ins, one_digit_apart, random_date,
                     random_person)

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
CITIES = ["Morlaix", "Vannes", "Villeurbanne", "Aubagne", "Pau", "Roubaix", "Colmar", "Saint-Nazaire",
          "Mérignac", "Saint-Pierre"]
STREETS = ["rue de Siam", "avenue Jean Jaurès", "boulevard Pasteur", "place du Marché", "rue des Tilleuls",
           "chemin des Vignes", "quai de la Fosse", "allée des Acacias"]

LABELS = {
    "birth_name": ["Nom de naissance", "Nom de naiss.", "NOM DE NAISSANCE", "Nom de famille", "Nom"],
    "used_name": ["Nom d'usage", "Nom marital", "Nom utilisé", "Nom d'épouse"],
    "first_names": ["Prénom(s)", "Prénoms", "Premier prénom", "Prénom", "PRÉNOM"],
    "birth_date": ["Né(e) le", "Date de naissance", "DDN", "Date de naiss.", "Naissance", "Date naiss."],
    "sex": ["Sexe", "Sexe (M/F)"],
    "ins": ["INS", "N° INS", "NIR", "Matricule INS", "INS (NIR)"],
    "ipp": ["IPP", "N° IPP", "Identifiant patient", "N° patient"],
}


@dataclass
class DocumentSpec:
    doc_id: str
    person: Person  # whom the document is about (ipp empty: not in the registry)
    fileable: bool  # whether the printed identity is conclusive for a careful secretary
    case: str
    pages: list[Page]
    features: dict = field(default_factory=dict)
    related_ipps: list[str] = field(default_factory=list)  # registry rows a misfile could land on

    @property
    def true_ipp(self) -> str:
        return self.person.ipp


# ----------------------------------------------------------------------------------------------
# Printing identity traits
# ----------------------------------------------------------------------------------------------

def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def title_surname(name: str) -> str:
    particles = {"DE", "LA", "DU", "DA", "VAN", "DER"}
    words = []
    for word in name.split():
        if word in particles:
            words.append(word.lower())
        else:
            words.append("-".join(part[:1] + part[1:].lower() if "'" not in part
                                  else "'".join(p.capitalize() for p in part.split("'")) for part in word.split("-")))
    return " ".join(words)


def surname(name: str, style: str) -> str:
    if style == "upper":
        return name.upper()
    if style == "upper_noaccent":
        return strip_accents(name.upper())
    return title_surname(name)


def given(names: str, style: str, all_names: bool) -> str:
    text = names if all_names else names.split()[0]
    if style == "upper_noaccent":
        return strip_accents(text.upper())
    if style == "upper_given":
        return text.upper()
    return text


def print_date(d: date, style: str) -> str:
    if style == "long":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS[d.month - 1]} {d.year}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "spaced":
        return d.strftime("%d / %m / %Y")
    return d.strftime("%d/%m/%Y")


def print_ins(ins: str, style: str) -> str:
    if style == "spaced":
        return f"{ins[0]} {ins[1:3]} {ins[3:5]} {ins[5:7]} {ins[7:10]} {ins[10:13]} {ins[13:]}"
    if style == "key_apart":
        return f"{ins[:13]} {ins[13:]}"
    return ins


def civility(p: Person, style: str) -> str:
    if style == "long":
        return "Madame" if p.sex == "F" else "Monsieur"
    return "Mme" if p.sex == "F" else "M."


def born_word(p: Person) -> str:
    return "née" if p.sex == "F" else "né"


@dataclass
class Style:
    """How one document prints an identity."""
    surname_case: str
    given_case: str
    surname_first: bool
    all_given: bool
    date_style: str
    ins_style: str
    civ_style: str
    use_used_name: str  # "birth", "used", "both"

    @staticmethod
    def draw(rng: random.Random) -> "Style":
        return Style(
            surname_case=rng.choice(["upper", "upper", "upper_noaccent", "title"]),
            given_case=rng.choice(["title", "title", "title", "upper_given", "upper_noaccent"]),
            surname_first=rng.random() < 0.55,
            all_given=rng.random() < 0.35,
            date_style=rng.choices(["slash", "dot", "dash", "long", "spaced"], weights=[6, 2, 1, 2, 1])[0],
            ins_style=rng.choice(["plain", "spaced", "key_apart"]),
            civ_style=rng.choice(["short", "long"]),
            use_used_name=rng.choice(["birth", "used", "both"]),
        )

    def name(self, p: Person, with_given: bool = True) -> str:
        birth = surname(p.birth_name, self.surname_case)
        used = surname(p.used_name, self.surname_case) if p.used_name else ""
        if used and self.use_used_name == "used":
            family = used
        elif used and self.use_used_name == "both":
            family = f"{used} née {birth}" if self.surname_first or p.sex == "F" else f"{used} ({birth})"
        else:
            family = birth
        if not with_given:
            return family
        first = given(p.first_names, self.given_case, self.all_given)
        return f"{family} {first}" if self.surname_first else f"{first} {family}"

    def date(self, d: date) -> str:
        return print_date(d, self.date_style)


# ----------------------------------------------------------------------------------------------
# Identity blocks (the four ways a label meets its value)
# ----------------------------------------------------------------------------------------------

def identity_fields(p: Person, st: Style, rng: random.Random, show_ins: bool, show_ipp: bool,
                    omit: str) -> list[tuple[str, str]]:
    fields = [(rng.choice(LABELS["birth_name"]), surname(p.birth_name, st.surname_case))]
    if p.used_name:
        fields.append((rng.choice(LABELS["used_name"]), surname(p.used_name, st.surname_case)))
    if omit != "first_name":
        label = rng.choice(LABELS["first_names"])
        fields.append((label, given(p.first_names, st.given_case, label.lower().startswith("prénoms")
                                     or label.startswith("Prénom(s)"))))
    if omit != "birth_date":
        label = rng.choice(LABELS["birth_date"])
        fields.append((label, st.date(p.birth_date)))
    if rng.random() < 0.6:
        value = rng.choice([p.sex, "Féminin" if p.sex == "F" else "Masculin"])
        fields.append((rng.choice(LABELS["sex"]), value))
    if show_ins and p.ins:
        fields.append((rng.choice(LABELS["ins"]), print_ins(p.ins, st.ins_style)))
    if show_ipp and p.ipp:
        fields.append((rng.choice(LABELS["ipp"]), p.ipp))
    return fields


def same_line_block(fields, rng: random.Random) -> list:
    sep = rng.choice([" : ", ": ", " : ", "  ", " - "])
    return [Line(f"{label}{sep}{value}") for label, value in fields]


def next_line_block(fields, rng: random.Random) -> list:
    blocks = []
    for label, value in fields:
        blocks.append(Line(f"{label} :", size=0.9))
        blocks.append(Line(value, bold=rng.random() < 0.5, indent=rng.choice([0, 6])))
    return blocks


def table_block(fields, rng: random.Random) -> list:
    if rng.random() < 0.5 or len(fields) < 4:
        rows = tuple((label, value) for label, value in fields)
        return [Table(rows=rows, widths=(0.3, 0.7), border=rng.random() < 0.8)]
    rows = []
    for i in range(0, len(fields), 2):
        pair = fields[i:i + 2]
        row = [pair[0][0], pair[0][1]] + ([pair[1][0], pair[1][1]] if len(pair) > 1 else ["", ""])
        rows.append(tuple(row))
    return [Table(rows=tuple(rows), widths=(0.2, 0.3, 0.2, 0.3), border=rng.random() < 0.8)]


def inline_identity(p: Person, st: Style, rng: random.Random, omit: str) -> str:
    if omit == "first_name":
        who = f"{civility(p, st.civ_style)} {st.name(p, with_given=False)}"
    else:
        who = f"{civility(p, st.civ_style)} {st.name(p)}"
    if omit == "birth_date":
        return rng.choice([f"Patient(e) : {who}", f"Concerne : {who}", who])
    d = st.date(p.birth_date)
    return rng.choice([
        f"Concerne : {who}, {born_word(p)} le {d}",
        f"Patient(e) : {who} — {rng.choice(['DDN', 'Date de naissance', 'Né(e) le'])} : {d}",
        f"{who} ({born_word(p)} le {d})",
        f"Objet : {who}, {d}",
    ])


# ----------------------------------------------------------------------------------------------
# Third parties
# ----------------------------------------------------------------------------------------------

def doctor_name(doc: tuple[str, str, str], st: Style, prefix: str = "Dr") -> str:
    first, last, _ = doc
    last = surname(last, st.surname_case)
    return f"{prefix} {first} {last}" if not st.surname_first else f"{prefix} {last} {first}"


def letterhead(doctors, st: Style, rng: random.Random) -> list:
    place = rng.choice(["Cabinet médical", "Centre hospitalier", "Clinique", "Maison de santé", "Polyclinique"])
    blocks = [Line(f"{place} {rng.choice(['des Ajoncs', 'Saint-Roch', 'du Parc', 'de la Côte', 'Les Glycines'])}",
                   size=1.3, bold=True),
              Line(f"{rng.randint(1, 90)} {rng.choice(STREETS)} — {rng.randint(10, 98)}000 {rng.choice(CITIES)}", size=0.85)]
    for doc in doctors:
        blocks.append(Line(f"{doctor_name(doc, st, rng.choice(['Dr', 'Docteur', 'Pr']))} — {doc[2]}", size=0.85))
    blocks.append(Line(f"Tél. 0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                       f"{rng.randint(10, 99)}", size=0.8))
    return blocks


def relative_of(p: Person, registry: Registry, rng: random.Random) -> tuple[Person, str, bool]:
    """A relative to name near the patient: preferably a registry patient with the same surname."""
    same = [q for q in registry.patients if q.ipp != p.ipp and
            (q.birth_name == p.birth_name or q.used_name and q.used_name == p.birth_name)]
    if same and rng.random() < 0.7:
        q = rng.choice(same)
    else:
        q = random_person(rng, surname=p.birth_name)
    link = {"F": ["sa fille", "sa sœur", "sa mère", "son épouse"], "M": ["son fils", "son frère", "son père", "son époux"]}
    return q, rng.choice(link[q.sex]), bool(q.ipp)


def relative_lines(p: Person, registry: Registry, st: Style, rng: random.Random, features: dict,
                   related: list[str], date_chance: float = 0.3) -> tuple[str, list]:
    """A sentence for the body and/or a field: « accompagnée de sa fille … », « Personne de confiance : … »."""
    q, link, in_registry = relative_of(p, registry, rng)
    if in_registry:
        related.append(q.ipp)
    with_date = in_registry and rng.random() < date_chance
    name = st.name(q)
    features["relative"] = f"{link}{' (patient du registre)' if in_registry else ''}{' avec sa date' if with_date else ''}"
    accompanied = "accompagnée" if p.sex == "F" else "accompagné"
    sentence = f"{'Elle' if p.sex == 'F' else 'Il'} est {accompanied} de {link}, {name}."
    blocks = []
    if rng.random() < 0.5:
        extra = f", {born_word(q)} le {st.date(q.birth_date)}" if with_date else ""
        blocks.append(Line(f"Personne de confiance : {name}{extra} ({link.split()[1]}) — "
                           f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"))
        sentence = ""
    elif with_date:
        sentence = f"{'Elle' if p.sex == 'F' else 'Il'} est {accompanied} de {link}, {name} ({born_word(q)} le " \
                   f"{st.date(q.birth_date)}), elle-même suivie au cabinet." if q.sex == "F" else \
                   f"{'Elle' if p.sex == 'F' else 'Il'} est {accompanied} de {link}, {name} ({born_word(q)} le " \
                   f"{st.date(q.birth_date)}), lui-même suivi au cabinet."
    return sentence, blocks


# ----------------------------------------------------------------------------------------------
# Body text
# ----------------------------------------------------------------------------------------------

BODY = [
    "Le bilan biologique retrouve une fonction rénale stable, une kaliémie normale et une HbA1c à 7,1 %.",
    "L'examen clinique est sans particularité : auscultation cardio-pulmonaire normale, abdomen souple et indolore.",
    "La pression artérielle est mesurée à 138/82 mmHg aux deux bras, la fréquence cardiaque à 72 par minute.",
    "L'échographie de contrôle ne montre pas d'épanchement ; la vésicule est alithiasique.",
    "Je propose de poursuivre le traitement en cours et de revoir le patient dans trois mois avec un bilan.",
    "Les douleurs ont nettement régressé depuis l'introduction du traitement antalgique de palier 1.",
    "Pas d'allergie médicamenteuse connue. Tabagisme sevré depuis 2015.",
    "Le scanner thoracique du mois dernier ne retrouvait pas de nodule suspect.",
    "Une kinésithérapie de renforcement du quadriceps a été prescrite, à raison de deux séances par semaine.",
    "Au terme de cette consultation, je ne retiens pas d'indication opératoire pour le moment.",
    "L'électrocardiogramme est en rythme sinusal, sans trouble de la repolarisation.",
    "Le traitement anticoagulant est maintenu ; un contrôle de l'INR est prévu dans huit jours.",
]

TITLES = ["Compte rendu de consultation", "Courrier de liaison", "Compte rendu d'hospitalisation",
          "Demande d'avis spécialisé", "Résultats d'examens", "Compte rendu d'échographie", "Ordonnance"]


def body_paragraphs(rng: random.Random, count: int) -> list:
    return [Para(" ".join(rng.sample(BODY, rng.randint(2, 3)))) for _ in range(count)]


def today_line(rng: random.Random) -> Line:
    d = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    return Line(f"{rng.choice(CITIES)}, le {print_date(d, rng.choice(['long', 'slash']))}", align="right")


# ----------------------------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------------------------

@dataclass
class Context:
    rng: random.Random
    registry: Registry
    person: Person
    st: Style
    omit: str  # "", "first_name" or "birth_date": a deliberately inconclusive identity
    features: dict
    related: list[str]
    stress: bool = False  # an outsider: always a relative, often a registry patient printed with a birth date

    def relative(self, chance: float) -> tuple[str, list]:
        if self.rng.random() >= (1.0 if self.stress else chance):
            return "", []
        return relative_lines(self.person, self.registry, self.st, self.rng, self.features, self.related,
                              date_chance=0.6 if self.stress else 0.3)

    def fields(self):
        rng = self.rng
        show_ins = rng.random() < 0.45
        show_ipp = rng.random() < 0.25
        fields = identity_fields(self.person, self.st, rng, show_ins, show_ipp, self.omit)
        return fields + self.insured_parent()

    def insured_parent(self) -> list[tuple[str, str]]:
        """A child's form names the insured parent, with the parent's own social security number."""
        p = self.person
        if p.birth_date.year < 2008 or self.rng.random() < 0.3:
            return []
        parent = self.mother()
        label = self.rng.choice(["Assuré(e)", "Ouvrant droit", "Assurée"])
        return [(label, f"{self.st.name(parent)} — {print_ins(parent.ins, self.st.ins_style)}")]

    def mother(self) -> Person:
        """The child's mother, a registry patient with an INS when there is one."""
        p = self.person
        mothers = [q for q in self.registry.patients if q.used_name == p.birth_name and q.sex == "F"
                   and 1950 <= q.birth_date.year <= 1990 and q.ins]
        parent = self.rng.choice(mothers) if mothers else replace(random_person(self.rng, sex="F", born=random_date(
            self.rng, 1960, 1990)), used_name=p.birth_name)
        if not parent.ins:
            parent = replace(parent, ins=make_ins("F", parent.birth_date, self.rng))
        if parent.ipp:
            self.related.append(parent.ipp)
        self.features["assure"] = "mère du registre avec son INS" if parent.ipp else "mère hors registre avec son INS"
        return parent

    def recipient(self) -> list:
        doc = self.rng.choice(self.registry.doctors)
        self.note_doctor(doc)
        return [Line(self.rng.choice(["À l'attention du", "Destinataire :", "Adressé au"]), align="right", size=0.9),
                Line(doctor_name(doc, self.st, "Docteur"), align="right"),
                Line(doc[2], align="right", size=0.9)]

    def note_doctor(self, doc) -> None:
        namesakes = [p.ipp for p in self.registry.patients
                     if p.birth_name == doc[1] and p.first_name == doc[0]]
        if namesakes:
            self.features.setdefault("medecins_homonymes_de_patients", []).append(f"{doc[0]} {doc[1]}")
            self.related.extend(namesakes)

    def pick_doctors(self, count: int) -> list:
        namesake_docs = [d for d in self.registry.doctors
                         if any(p.birth_name == d[1] and p.first_name == d[0] for p in self.registry.patients)]
        chosen = []
        if namesake_docs and self.rng.random() < 0.6:
            chosen.append(self.rng.choice(namesake_docs))
        while len(chosen) < count:
            d = self.rng.choice(self.registry.doctors)
            if d not in chosen:
                chosen.append(d)
        self.rng.shuffle(chosen)
        for d in chosen:
            self.note_doctor(d)
        return chosen


def layout_letter(ctx: Context) -> list[Page]:
    """Letterhead with practitioners, recipient doctor, identity on one « Concerne » line, letter body."""
    rng, p = ctx.rng, ctx.person
    docs = ctx.pick_doctors(rng.randint(2, 4))
    sentence, rel_blocks = ctx.relative(0.5)
    blocks = letterhead(docs, ctx.st, rng) + [Gap(6)] + ctx.recipient() + [Gap(4), today_line(rng), Gap(6)]
    blocks.append(Line(inline_identity(p, ctx.st, rng, ctx.omit), bold=True))
    blocks += rel_blocks + [Gap(4), Line("Cher confrère,"), Gap(2)]
    opening = f"J'ai revu ce jour en consultation votre patient{'e' if p.sex == 'F' else ''}. "
    blocks.append(Para(opening + (sentence + " " if sentence else "") + " ".join(rng.sample(BODY, 3))))
    blocks += body_paragraphs(rng, rng.randint(1, 3))
    blocks += [Gap(4), Line("Bien confraternellement,"), Line(doctor_name(docs[0], ctx.st), align="right")]
    return [Page(blocks)]


def layout_table(ctx: Context) -> list[Page]:
    """A form: title, identity table (2 or 4 columns), prescriber, trusted person, body."""
    rng = ctx.rng
    docs = ctx.pick_doctors(1)
    blocks = [Line(rng.choice(["FICHE DE LIAISON", "DEMANDE D'EXAMEN", "BON DE TRANSPORT", "FICHE PATIENT",
                               "COMPTE RENDU D'EXAMEN"]), size=1.4, bold=True, align="center"), Gap(5)]
    blocks += table_block(ctx.fields(), rng)
    blocks += [Gap(4), Line(f"{rng.choice(['Médecin prescripteur', 'Prescripteur', 'Médecin demandeur'])} : "
                            f"{doctor_name(docs[0], ctx.st)}")]
    if rng.random() < 0.5:
        doc = rng.choice(ctx.registry.doctors)
        ctx.note_doctor(doc)
        blocks.append(Line(f"Médecin traitant : {doctor_name(doc, ctx.st)}"))
    sentence, rel_blocks = ctx.relative(0.5)
    blocks += rel_blocks + ([Para(sentence)] if sentence else [])
    blocks += [Gap(4), Line(rng.choice(TITLES), bold=True)] + body_paragraphs(rng, rng.randint(1, 3))
    return [Page(blocks)]


def layout_side_column(ctx: Context) -> list[Page]:
    """Two-column letterhead: practitioners in a narrow left column, the identity there or in the main column."""
    rng, p = ctx.rng, ctx.person
    docs = ctx.pick_doctors(rng.randint(3, 6))
    left = [Line("Service de " + rng.choice(["Cardiologie", "Médecine interne", "Pneumologie", "Gériatrie"]),
                 bold=True, size=0.9)]
    for d in docs:
        left += [Line(doctor_name(d, ctx.st), size=0.8), Line(d[2], size=0.7)]
    fields = ctx.fields()
    identity_left = rng.random() < 0.5
    ctx.features["identite"] = "colonne latérale" if identity_left else "colonne principale"
    id_blocks = next_line_block(fields, rng) if rng.random() < 0.5 else same_line_block(fields, rng)
    if identity_left:
        left += [Gap(6), Line("PATIENT", bold=True, size=0.9)] + [replace(b, size=0.85) for b in id_blocks]
    right = [today_line(rng), Gap(4)] + ctx.recipient() + [Gap(6)]
    if not identity_left:
        right += id_blocks + [Gap(4)]
    right += [Line(rng.choice(TITLES), bold=True)] + body_paragraphs(rng, rng.randint(2, 3))
    right.append(Line(doctor_name(docs[0], ctx.st), align="right"))
    return [Page([Columns(tuple(left), tuple(right), left_width=rng.choice([0.28, 0.32, 0.36]))])]


def layout_sticker(ctx: Context) -> list[Page]:
    """A hospital label (boxed) at the top right: surname line, first names line, date, numbers."""
    rng, p, st = ctx.rng, ctx.person, ctx.st
    show_ins, show_ipp = rng.random() < 0.45, rng.random() < 0.25
    lines = [surname(p.used_name or p.birth_name, st.surname_case) if st.use_used_name != "birth" and p.used_name
             else surname(p.birth_name, st.surname_case)]
    if p.used_name and st.use_used_name == "both":
        lines[0] = f"{surname(p.used_name, st.surname_case)} née {surname(p.birth_name, st.surname_case)}"
    if ctx.omit != "first_name":
        lines.append(given(p.first_names, st.given_case, st.all_given))
    if ctx.omit != "birth_date":
        lines.append(f"{born_word(p).capitalize()} le {st.date(p.birth_date)}   {p.sex}")
    if show_ins and p.ins:
        lines.append(f"INS {print_ins(p.ins, st.ins_style)}")
    if show_ipp and p.ipp:
        lines.append(f"IPP {p.ipp}")
    docs = ctx.pick_doctors(1)
    blocks = letterhead(docs, st, rng)[:2] + [Gap(3), Box(tuple(lines), width=rng.choice([0.42, 0.5]),
                                                            align=rng.choice(["right", "left"])), Gap(6)]
    blocks += [Line(rng.choice(TITLES).upper(), bold=True, align="center")] + body_paragraphs(rng, rng.randint(2, 3))
    blocks += [Line(f"Compte rendu validé par {doctor_name(docs[0], st)}", size=0.9)]
    return [Page(blocks)]


def layout_dictation(ctx: Context) -> list[Page]:
    """A typed dictation: the patient is named inside a sentence, relatives and doctors too."""
    rng, p, st = ctx.rng, ctx.person, ctx.st
    docs = ctx.pick_doctors(1)
    referrer = rng.choice(ctx.registry.doctors)
    ctx.note_doctor(referrer)
    who = f"{civility(p, 'long')} {st.name(p, with_given=ctx.omit != 'first_name')}"
    when = "" if ctx.omit == "birth_date" else f", {born_word(p)} le {st.date(p.birth_date)},"
    verb = rng.choice(["Je revois ce jour en consultation", "J'ai vu en consultation de suivi",
                       "Nous avons reçu ce matin"])
    opening = f"{verb} {who}{when} {rng.choice(['adressé', 'orienté'])}{'e' if p.sex == 'F' else ''} par le " \
              f"{doctor_name(referrer, st, 'Dr')} pour {rng.choice(['un bilan de dyspnée', 'des douleurs thoraciques atypiques', 'un suivi de diabète', 'une gonalgie droite'])}."
    if not when:
        opening = opening.replace(f"{who} ", f"{who}, ", 1)
    sentence, rel_blocks = ctx.relative(0.6)
    blocks = [Line("Transcription de dictée", size=0.9, align="right"), today_line(rng), Gap(6),
              Para(opening + (" " + sentence if sentence else ""))] + rel_blocks
    blocks += body_paragraphs(rng, rng.randint(2, 3))
    blocks += [Gap(4), Line(f"{doctor_name(docs[0], st)}, {docs[0][2].lower()}", align="right")]
    return [Page(blocks)]


def layout_prescription(ctx: Context) -> list[Page]:
    """Prescription: prescriber block on top, patient line, drugs."""
    rng, p, st = ctx.rng, ctx.person, ctx.st
    doc = ctx.pick_doctors(1)[0]
    blocks = [Line(doctor_name(doc, st, "Docteur"), bold=True, size=1.2), Line(doc[2], size=0.9),
              Line(f"RPPS {rng.randint(10_000_000_000, 10_999_999_999)}", size=0.8), Gap(4), today_line(rng), Gap(6)]
    if rng.random() < 0.5:
        blocks += same_line_block(ctx.fields()[:4], rng)
    else:
        ctx.fields()
        who = f"{civility(p, st.civ_style)} {st.name(p, with_given=ctx.omit != 'first_name')}"
        blocks.append(Line(who, bold=True))
        if ctx.omit != "birth_date":
            age = 2026 - p.birth_date.year
            blocks.append(Line(rng.choice([f"{age} ans — {st.date(p.birth_date)}",
                                           f"{born_word(p).capitalize()} le {st.date(p.birth_date)}",
                                           f"DDN {st.date(p.birth_date)}"])))
    blocks += [Gap(6), Line("ORDONNANCE", bold=True, align="center"), Gap(3)]
    drugs = ["PARACÉTAMOL 1 g : 1 comprimé 3 fois par jour si douleur, 5 jours",
             "RAMIPRIL 5 mg : 1 gélule le matin, 3 mois", "METFORMINE 1000 mg : 1 comprimé matin et soir",
             "ATORVASTATINE 20 mg : 1 comprimé le soir", "Bilan sanguin : NFS, ionogramme, créatininémie, HbA1c",
             "Séances de kinésithérapie : 10 séances, rééducation du genou droit"]
    blocks += [Line(d) for d in rng.sample(drugs, rng.randint(2, 4))]
    return [Page(blocks)]


def layout_lab(ctx: Context) -> list[Page]:
    """Lab report: patient and prescriber side by side on the same lines, results table."""
    rng, p, st = ctx.rng, ctx.person, ctx.st
    doc = ctx.pick_doctors(1)[0]
    fields = ctx.fields()
    who = st.name(p, with_given=ctx.omit != "first_name")
    left = [Line(f"Patient : {civility(p, 'short')} {who}")]
    if ctx.omit != "birth_date":
        left.append(Line(f"{rng.choice(['Né(e) le', 'DDN', 'Date de naissance'])} : {st.date(p.birth_date)}"))
    left += [Line(f"{label} : {value}") for label, value in fields if label in LABELS["ins"] + LABELS["ipp"]]
    right = [Line(f"Prescripteur : {doctor_name(doc, st)}"), Line(f"Prélevé le : {print_date(date(2026, 11, rng.randint(1, 28)), 'slash')}"),
             Line(f"Dossier : {rng.randint(100000, 999999)}")]
    blocks = [Line("LABORATOIRE DE BIOLOGIE MÉDICALE " + rng.choice(["DES ABERS", "DU LITTORAL", "BIO-OUEST"]),
                   bold=True), Rule(), Columns(tuple(left), tuple(right), left_width=0.55, rule_between=False), Rule()]
    results = (("Analyse", "Résultat", "Unité", "Valeurs de référence"),
               ("Hémoglobine", f"{rng.uniform(10, 16):.1f}", "g/dL", "12,0 – 16,0"),
               ("Créatinine", f"{rng.randint(50, 140)}", "µmol/L", "45 – 104"),
               ("Potassium", f"{rng.uniform(3.2, 5.6):.1f}", "mmol/L", "3,5 – 5,0"),
               ("Glycémie à jeun", f"{rng.uniform(4.5, 9):.2f}", "mmol/L", "4,10 – 5,90"))
    blocks += [Gap(4), Table(rows=results, widths=(0.35, 0.2, 0.15, 0.3), border=rng.random() < 0.5, bold_labels=False)]
    blocks += [Gap(4), Line(f"Biologiste : {doctor_name(rng.choice(ctx.registry.doctors), st)}", size=0.9)]
    return [Page(blocks)]


def layout_form_next_line(ctx: Context) -> list[Page]:
    """Admission-style form: each label alone on its line, the value on the line below."""
    rng = ctx.rng
    blocks = [Line(rng.choice(["Dossier d'admission", "Formulaire de consultation", "Fiche de pré-admission"]),
                   size=1.3, bold=True), Gap(4)]
    blocks += next_line_block(ctx.fields(), rng)
    docs = ctx.pick_doctors(1)
    blocks += [Gap(4), Line(f"Médecin traitant : {doctor_name(docs[0], ctx.st)}")]
    sentence, rel_blocks = ctx.relative(0.6)
    blocks += rel_blocks + ([Para(sentence)] if sentence else [])
    blocks += body_paragraphs(rng, 1)
    return [Page(blocks)]


def layout_beneficiary(ctx: Context) -> list[Page]:
    """A rights certificate or care sheet for a child: the insured mother's number, the child as beneficiary."""
    rng, p, st = ctx.rng, ctx.person, ctx.st
    parent = ctx.mother()
    blocks = [Line(rng.choice(["ATTESTATION DE DROITS", "FEUILLE DE SOINS", "BON D'EXAMEN — AYANT DROIT"]),
                   bold=True, size=1.3, align="center"), Line(f"CPAM de {rng.choice(CITIES)}", align="center"), Gap(6)]
    if rng.random() < 0.5:
        blocks.append(Line(f"{rng.choice(['Assuré(e)', 'Ouvrant droit', 'Assurée'])} : {st.name(parent)}"))
    number_label = rng.choice(["N° d'immatriculation", "NIR de l'assuré", "N° SS", "NIR", "N° de sécurité sociale"])
    blocks.append(Line(f"{number_label} : {print_ins(parent.ins, st.ins_style)}"))
    blocks.append(Line(f"{rng.choice(['Bénéficiaire', 'Patient', 'Enfant'])} : "
                       f"{st.name(p, with_given=ctx.omit != 'first_name')}"))
    if ctx.omit != "birth_date":
        blocks.append(Line(f"{rng.choice(LABELS['birth_date'])} : {st.date(p.birth_date)}"))
    ctx.features["numero_imprime"] = f"{number_label} (mère)"
    blocks += [Gap(6), Line(rng.choice(TITLES), bold=True)] + body_paragraphs(rng, 1)
    return [Page(blocks)]


LAYOUTS = {
    "lettre_entete": layout_letter,
    "tableau_identite": layout_table,
    "colonne_laterale": layout_side_column,
    "etiquette": layout_sticker,
    "dictee": layout_dictation,
    "ordonnance": layout_prescription,
    "biologie_cote_a_cote": layout_lab,
    "formulaire_ligne_suivante": layout_form_next_line,
}
OCCASIONAL = {"ayant_droit": layout_beneficiary}  # drawn for children only


def add_continuation(pages: list[Page], ctx: Context) -> None:
    """Continuation pages carry only a running header (or nothing) and more body."""
    rng, p, st = ctx.rng, ctx.person, ctx.st
    extra = rng.randint(1, 2)
    kind = rng.choice(["rien", "nom", "nom_date", "initiale"])
    ctx.features["pages"] = 1 + extra
    ctx.features["en_tete_courant"] = kind
    total = 1 + extra
    for number in range(2, total + 1):
        name = st.name(p, with_given=ctx.omit != "first_name")  # a header never completes an identity left incomplete
        born = "" if ctx.omit == "birth_date" else f" — {st.date(p.birth_date)}"
        header = {"rien": "",
                  "nom": f"{name} (suite)",
                  "nom_date": f"{civility(p, 'short')} {name}{born} — page {number}/{total}",
                  "initiale": f"{surname(p.birth_name, st.surname_case)} {p.first_name[0]}. — p. {number}"}[kind]
        blocks = body_paragraphs(rng, rng.randint(3, 5))
        if number == total:
            docs = ctx.pick_doctors(2)
            blocks += [Gap(4), Line("Copie à : " + ", ".join(doctor_name(d, st) for d in docs), size=0.9)]
        pages.append(Page(blocks, running_header=header, footer=f"Page {number}/{total}"))
    pages[0].footer = f"Page 1/{total}"


# ----------------------------------------------------------------------------------------------
# Who each document is about
# ----------------------------------------------------------------------------------------------

def outsider(registry: Registry, rng: random.Random) -> tuple[Person, str, list[str]]:
    """A patient who is not in the registry, often one who looks like a registry patient."""
    kind = rng.choice(["inconnu", "homonyme_autre_date", "date_a_un_chiffre", "jumeau_non_inscrit",
                       "prenom_voisin"])
    for _ in range(100):
        base = rng.choice(registry.patients)
        if kind == "inconnu":
            person, related = random_person(rng), []
        elif kind == "homonyme_autre_date":
            person = replace(base, birth_date=random_date(rng), ins="", ipp="", tags=())
            related = [base.ipp]
        elif kind == "date_a_un_chiffre":
            person = replace(base, birth_date=one_digit_apart(base.birth_date, rng), ins="", ipp="", tags=())
            related = [base.ipp]
        elif kind == "jumeau_non_inscrit":
            person = random_person(rng, surname=base.birth_name, born=base.birth_date)
            related = [base.ipp]
        else:
            if base.first_name not in NEAR_FIRST:
                continue
            near = NEAR_FIRST[base.first_name]
            sex = "F" if near in ("Marine", "Marion", "Lucie", "Lucile", "Jeanne", "Louise", "Yanne", "Danielle",
                                  "Clara", "Noémie", "Gaëlle") else "M"
            person = replace(base, first_names=near, sex=sex, ins="", ipp="", tags=(),
                             used_name=base.used_name if sex == "F" else "")
            related = [base.ipp]
        if person.ins == "" and rng.random() < 0.3:
            person = replace(person, ins=make_ins(person.sex, person.birth_date, rng))
        if not identity_clash(registry, person) and not any(q.ins == person.ins for q in registry.patients if person.ins):
            return replace(person, ipp=""), kind, related
    return random_person(rng), "inconnu", []


def registry_patient(registry: Registry, rng: random.Random) -> tuple[Person, str, list[str]]:
    if rng.random() < 0.5:
        kind = rng.choice(list(registry.groups))
        members = rng.choice(registry.groups[kind])
        ipp = rng.choice(members)
        return registry.by_ipp(ipp), kind, [m for m in members if m != ipp]
    return rng.choice(registry.patients), "ordinaire", []


def make_document(doc_id: str, registry: Registry, rng: random.Random) -> DocumentSpec:
    roll = rng.random()
    if roll < 0.2:
        person, case, related = outsider(registry, rng)
        fileable, omit = False, ""
        case = "hors_registre:" + case
    else:
        person, case, related = registry_patient(registry, rng)
        omit = rng.choice(["first_name", "birth_date"]) if roll > 0.94 else ""
        fileable = not omit
        if omit:
            case += f":sans_{'prenom' if omit == 'first_name' else 'date'}"
    st = Style.draw(rng)
    if not person.used_name:
        st.use_used_name = "birth"
    layout = rng.choice(list(LAYOUTS))
    if not person.ipp and rng.random() < 0.5:  # outsiders: layouts that name relatives
        layout = rng.choice(["lettre_entete", "tableau_identite", "dictee", "formulaire_ligne_suivante"])
    if person.birth_date.year >= 2008 and rng.random() < 0.4:  # children: the insured mother's number
        layout = "ayant_droit"
        if rng.random() < 0.4 and not omit:
            omit, fileable = "birth_date", False
            case += ":sans_date"
    features = {"layout": layout, "ordre": "nom-prénom" if st.surname_first else "prénom-nom",
                "casse_nom": st.surname_case, "casse_prenom": st.given_case, "date": st.date_style,
                "nom_utilise": st.use_used_name, "tous_prenoms": st.all_given, "pages": 1}
    ctx = Context(rng, registry, person, st, omit, features, list(related), stress=not person.ipp)
    pages = {**LAYOUTS, **OCCASIONAL}[layout](ctx)
    if rng.random() < 0.3:
        add_continuation(pages, ctx)
    digits = "".join(c for page in pages for c in page_text(page) if c.isdigit())
    features["ins_imprime"] = bool(person.ins and person.ins in digits)
    features["ipp_imprime"] = bool(person.ipp and person.ipp in digits)
    return DocumentSpec(doc_id, person, fileable, case, pages, features, sorted(set(ctx.related) - {person.ipp}))
