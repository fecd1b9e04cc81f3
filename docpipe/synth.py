"""Synthetic registry and document corpus with ground truth, for tests, `docpipe demo` and evaluation.

Everything here is fictitious and seeded: the same seed gives the same people and the same
documents, and every document carries « DOCUMENT FICTIF — DÉMONSTRATION ».

The ground truth of a document (`expected_outcome`) is decided from what is *printed* on it, the way a
careful secretary would: it is filed only when it names exactly one registry patient with conclusive
evidence (exact birth date + birth or used name + first given name, or a valid INS of one patient
with nothing printed against it). Anything else goes to review.
"""
from __future__ import annotations

import io
import json
import random
import re
import statistics
import textwrap
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas

from .models import DocType, Patient, split_first_names

FICTION_MARK = "DOCUMENT FICTIF — DÉMONSTRATION"
REGISTRY_HEADER = ("ipp", "birth_name", "used_name", "first_names", "birth_date", "sex", "ins", "birth_place")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
INS_SHARE = 0.70
CORPUS_START, CORPUS_END = date(2023, 1, 2), date(2025, 10, 31)  # dates of the documents themselves


# ----------------------------------------------------------------------------------------------
# Names and places
# ----------------------------------------------------------------------------------------------

def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split("|") if n.strip())


def _weighted(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    pairs = [item.split(":") for item in _names(text)]
    return tuple(p[0] for p in pairs), tuple(int(p[1]) for p in pairs)


# In order of frequency: the weights below are Zipf-like on this rank.
COMMON_SURNAMES = _names("""
MARTIN|BERNARD|THOMAS|PETIT|ROBERT|RICHARD|DURAND|DUBOIS|MOREAU|LAURENT|SIMON|MICHEL|LEFEBVRE|LEROY|
ROUX|DAVID|BERTRAND|MOREL|FOURNIER|GIRARD|BONNET|DUPONT|LAMBERT|FONTAINE|ROUSSEAU|VINCENT|MULLER|
LEFÈVRE|FAURE|ANDRÉ|MERCIER|BLANC|GUÉRIN|BOYER|GARNIER|CHEVALIER|FRANÇOIS|LEGRAND|GAUTHIER|GARCIA|
PERRIN|ROBIN|CLÉMENT|MORIN|NICOLAS|HENRY|ROUSSEL|MATHIEU|GAUTIER|MASSON|MARCHAND|DUVAL|DENIS|DUMONT|
MARIE|LEMAIRE|NOËL|MEYER|DUFOUR|MEUNIER|BRUN|BLANCHARD|GIRAUD|JOLY|RIVIÈRE|LUCAS|NGUYEN|BRUNET|
GAILLARD|BARBIER|ARNAUD|MARTINEZ|GÉRARD|ROCHE|RENARD|SCHMITT|ROY|LEROUX|COLIN|VIDAL|CARON|PICARD|
ROGER|FABRE|AUBERT|LEMOINE|RENAUD|DUMAS|LACROIX|OLIVIER|PHILIPPE|BOURGEOIS|PIERRE|BENOÎT|REY|LECLERC|
PAYET|ROLLAND|LECLERCQ|GUILLAUME|LECOMTE|LOPEZ|JEAN|DUPUY|GUILLOT|HUBERT|BERGER|DA SILVA|CARPENTIER|
SANCHEZ|DUPUIS|MOULIN|LOUIS|DESCHAMPS|HUET|VASSEUR|PEREZ|BOUCHER|FLEURY|ROYER|KLEIN|JACQUET|ADAM|
PARIS|POIRIER|MARTY|AUBRY|GUYOT|CARRÉ|CHARLES|RENAULT|CHARPENTIER|MÉNARD|MAILLARD|BARON|BERTIN|
BAILLY|HERVÉ|SCHNEIDER|FERNANDEZ|LE GALL|COLLET|LÉGER|BOUVIER|JULIEN|PRÉVOST|MILLET|PERROT|DANIEL|
LE ROUX|COUSIN|GERMAIN|BRETON|LE GOFF|DUPOND
""")

# The long tail: regional, with particles, apostrophes, hyphens and accents.
RARE_SURNAMES = _names("""
LE BRIS|N'DIAYE|DE LA FONTAINE|D'ALMEIDA|BÉRANGER-DUVAL|ÉLOI|LE BIHAN|KERVELLA|QUÉMÉNER|ETCHEVERRY|
ALBERTINI|PIETRI|SANTONI|CASANOVA|MARCHETTI|ROSSI|FERREIRA|DOS SANTOS|PEREIRA|RODRIGUES|BENALI|
BENSAÏD|HADDAD|CHÉRIF|DIALLO|TRAORÉ|KONÉ|DIOP|TRAN|PHAM|HOARAU|GRONDIN|WEISS|HOFFMANN|KELLER|
ZIMMERMANN|DE SOUSA|DELACROIX|DESMARAIS|BEAUCHÊNE|VILLENEUVE|LACOSTE|LABORDE|CAZENAVE|POUJOL|
TEISSIER|ROUQUETTE|CHASSAGNE|DELORME|FAVRE|BOUCHARD|DU PLESSIS|L'HÔTE|LE MOAL|PRIGENT|CADIOU|
GUÉGUEN|LE CORRE|OLLIVIER|CHAUVEAU|BRIAND|HÉBERT|GODARD|FERRAND|TISSOT|VALLÉE|COURTOIS|BESNARD|
CHRÉTIEN|DUCHÊNE|ÉVRARD|ÉMERY|YILMAZ|SAINT-JUST|LEBRETON|DELAUNAY|PASQUIER|LAPORTE|CORDIER|
PICHON|LEJEUNE|GILBERT|LAMY|CARLIER|HUMBERT|REYNAUD|ANTOINE|BARTHÉLEMY|MARÉCHAL|BÉNARD|LEMAÎTRE|
GAY|BOUCHET|COLLIN|CHAUVIN|TESSIER|POULAIN|ÉTIENNE|GILLET|GUICHARD|RODRIGUEZ|MICHAUD|MONNIER|
JACOB|BOULANGER|HAMON|MALLET|WEBER|MARCHAL|LEBRUN|BARRÉ|LEBLANC|PERRIER|LÉVÊQUE|PELLETIER|RÉMY|
LANGLOIS|BESSON|N'GUESSAN|OUÉDRAOGO|LE BORGNE|DE OLIVEIRA|VAN DAMME|SCHWARTZ|FOURCADE|ARRIGHI
""")

MALE_FIRST_NAMES = _weighted("""
Jean:6|Pierre:5|Michel:5|André:4|Philippe:4|Alain:4|Jacques:4|Bernard:3|Daniel:3|Patrick:3|Nicolas:3|
Christophe:3|Thomas:3|Julien:3|Jean-Pierre:4|Jean-Claude:3|Jean-Luc:2|Jean-Marc:2|Jean-François:2|
Pierre-Yves:1|Jean-Baptiste:1|Marc-Antoine:1|Maël:2|Noël:1|Loïc:2|Jérôme:2|François:3|Louis:3|Gabriel:2|
Lucas:2|Hugo:2|Léo:2|Arthur:2|Raphaël:2|Éric:3|Stéphane:2|Frédéric:2|Sébastien:2|Laurent:2|Olivier:2|
Christian:2|Gérard:3|René:2|Marcel:2|Henri:2|Joseph:2|Yves:2|Mathis:1|Théo:1|Adam:1|Mohamed:2|Karim:1|
Mamadou:1|Thanh:1|Paul:3|Antoine:2|Guillaume:2|Benoît:1|Hervé:1|Joël:1|Gaël:1|Aurélien:1|Cédric:1|
Grégoire:1|Rémi:1|Timothée:1|Anthony:1|Kévin:1|Enzo:1|Nathan:1|Yannick:1|Ludovic:1|Serge:1|Roger:1|
Robert:1|Claude:1|Dominique:1|Georges:1|Marius:1|Émile:1|Baptiste:1
""")

FEMALE_FIRST_NAMES = _weighted("""
Marie:6|Hélène:3|Zoé:2|Anaïs:2|Françoise:3|Gaëlle:2|Nathalie:4|Isabelle:4|Sylvie:4|Catherine:4|
Christine:3|Monique:3|Nicole:3|Jacqueline:3|Martine:3|Sophie:3|Sandrine:3|Valérie:3|Céline:3|Julie:3|
Camille:3|Léa:3|Manon:2|Chloé:2|Emma:2|Jade:2|Louise:3|Alice:2|Inès:2|Léna:1|Noémie:1|Aurélie:2|
Émilie:2|Danièle:2|Geneviève:2|Josiane:1|Odile:1|Maëlys:1|Aïcha:1|Fatoumata:1|Linh:1|Marie-Hélène:2|
Marie-Claire:2|Anne-Sophie:2|Marie-Thérèse:2|Marie-Christine:2|Anne-Marie:2|Marie-Noëlle:1|Anne:3|
Claire:2|Jeanne:2|Béatrice:1|Brigitte:2|Chantal:2|Colette:1|Denise:1|Élise:1|Agnès:1|Laure:1|
Margaux:1|Océane:1|Clémence:1|Juliette:1|Yasmine:1|Sarah:2|Laetitia:1|Mélanie:1|Pauline:2|Éloïse:1|
Solène:1|Madeleine:1|Suzanne:1|Simone:1|Yvette:1|Paulette:1|Thérèse:1|Renée:1|Noëlle:1|Dominique:1|
Claude:1
""")

# (label in the registry, NIR department, NIR commune)
FRENCH_PLACES = (
    ("Paris 14e", "75", "114"), ("Paris 18e", "75", "118"), ("Lyon", "69", "123"), ("Marseille", "13", "055"),
    ("Toulouse", "31", "555"), ("Nice", "06", "088"), ("Nantes", "44", "109"), ("Strasbourg", "67", "482"),
    ("Montpellier", "34", "172"), ("Bordeaux", "33", "063"), ("Lille", "59", "350"), ("Rennes", "35", "238"),
    ("Reims", "51", "454"), ("Brest", "29", "019"), ("Quimper", "29", "232"), ("Dijon", "21", "231"),
    ("Grenoble", "38", "185"), ("Angers", "49", "007"), ("Nîmes", "30", "189"), ("Clermont-Ferrand", "63", "113"),
    ("Le Mans", "72", "181"), ("Tours", "37", "261"), ("Limoges", "87", "085"), ("Amiens", "80", "021"),
    ("Metz", "57", "463"), ("Besançon", "25", "056"), ("Perpignan", "66", "136"), ("Orléans", "45", "234"),
    ("Rouen", "76", "540"), ("Caen", "14", "118"), ("Saint-Étienne", "42", "218"), ("Villeurbanne", "69", "266"),
    ("Pau", "64", "445"), ("Bayonne", "64", "102"), ("Lorient", "56", "121"), ("Vannes", "56", "260"),
    ("Saint-Brieuc", "22", "278"), ("Mulhouse", "68", "224"), ("Nancy", "54", "395"), ("Valence", "26", "362"),
    ("Annecy", "74", "010"), ("Chambéry", "73", "065"), ("Avignon", "84", "007"), ("Toulon", "83", "137"),
    ("La Rochelle", "17", "300"), ("Poitiers", "86", "194"),
)
# Corsica has been 2A/2B since 1976: only later births get these codes here.
CORSICAN_PLACES = (("Ajaccio", "2A", "004"), ("Porto-Vecchio", "2A", "247"), ("Bastia", "2B", "033"),
                   ("Corte", "2B", "096"))
OVERSEAS_PLACES = (("Saint-Denis (La Réunion)", "97", "411"), ("Saint-Pierre (La Réunion)", "97", "416"),
                   ("Pointe-à-Pitre", "97", "120"), ("Fort-de-France", "97", "209"), ("Cayenne", "97", "302"))
FOREIGN_PLACES = (("Casablanca (Maroc)", "99", "350"), ("Alger (Algérie)", "99", "352"),
                  ("Tunis (Tunisie)", "99", "351"), ("Porto (Portugal)", "99", "139"),
                  ("Madrid (Espagne)", "99", "134"), ("Turin (Italie)", "99", "127"),
                  ("Dakar (Sénégal)", "99", "341"), ("Bamako (Mali)", "99", "335"),
                  ("Hô Chi Minh-Ville (Viêt Nam)", "99", "243"), ("Bruxelles (Belgique)", "99", "131"),
                  ("Istanbul (Turquie)", "99", "208"))

MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre")


def _draw_surname(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.64:
        weights = [1 / (rank + 8) for rank in range(len(COMMON_SURNAMES))]
        return rng.choices(COMMON_SURNAMES, weights)[0]
    if roll < 0.98:
        return rng.choice(RARE_SURNAMES)
    first, second = rng.sample(COMMON_SURNAMES[:80], 2)
    return f"{first}-{second}"


def _draw_given_names(rng: random.Random, sex: str, avoid: str = "") -> list[str]:
    pool, weights = MALE_FIRST_NAMES if sex == "M" else FEMALE_FIRST_NAMES
    count = rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0]
    names: list[str] = []
    while len(names) < count:
        name = rng.choices(pool, weights)[0]
        if name not in names and not (not names and _norm(name) == _norm(avoid)):
            names.append(name)
    return names


def _draw_birth_date(rng: random.Random) -> date:
    year = round(rng.triangular(1924, 2022, 1958))
    month = rng.randint(1, 12)
    return date(year, month, rng.randint(1, _days_in_month(year, month)))


def _days_in_month(year: int, month: int) -> int:
    return ((date(year + month // 12, month % 12 + 1, 1)) - date(year, month, 1)).days


def _draw_place(rng: random.Random, year: int) -> tuple[tuple[str, str, str], bool]:
    """A birth place and whether the registry knows it (the INS still needs one)."""
    roll = rng.random()
    if roll < 0.07 and year >= 1976:
        place = rng.choice(CORSICAN_PLACES)
    elif roll < 0.11:
        place = rng.choice(OVERSEAS_PLACES)
    elif roll < 0.22:
        place = rng.choice(FOREIGN_PLACES)
    else:
        place = rng.choice(FRENCH_PLACES)
    return place, rng.random() > 0.05


# ----------------------------------------------------------------------------------------------
# INS (NIR + key)
# ----------------------------------------------------------------------------------------------

def nir_key(nir: str) -> int:
    """Key of a NIR: 97 − (NIR mod 97), with Corsica's 2A and 2B counted as 19 and 18."""
    head = nir[:13].upper()
    department = {"2A": "19", "2B": "18"}.get(head[5:7], head[5:7])
    return 97 - int(head[:5] + department + head[7:]) % 97


def compact_ins(text: str) -> str:
    return re.sub(r"[\s./\-]", "", text).upper()


_INS_SHAPE = re.compile(r"[12]\d{4}(?:\d{2}|2[AB])\d{8}")


def ins_key_is_valid(ins: str) -> bool:
    ins = compact_ins(ins)
    return bool(_INS_SHAPE.fullmatch(ins)) and nir_key(ins) == int(ins[13:])


def make_ins(sex: str, birth_date: date, department: str, commune: str, order: int) -> str:
    nir = f"{1 if sex == 'M' else 2}{birth_date.year % 100:02d}{birth_date.month:02d}{department}{commune}{order:03d}"
    return f"{nir}{nir_key(nir):02d}"


# ----------------------------------------------------------------------------------------------
# Registry
# ----------------------------------------------------------------------------------------------

@dataclass
class _Draft:
    sex: str
    birth_name: str
    given: list[str]
    birth_date: date
    place: tuple[str, str, str]
    place_known: bool
    has_ins: bool
    used_name: str = ""
    group: str = ""  # planted relation: "exact", "twin3", "homonym5"; others are separated


def make_registry(n: int, seed: int) -> list[Patient]:
    """`n` fictitious patients: Zipf-like surnames, married women with a used name, twins, homonyms,
    at most one pair of exact homonyms, a valid INS for ~70 %, unique IPPs."""
    rng = random.Random(seed)
    drafts = [_draw_person(rng) for _ in range(n)]
    _plant_relatives(drafts, rng)
    _give_used_names(drafts, rng)
    _separate_accidental_homonyms(drafts, rng)
    return _finalize(drafts, rng)


def _draw_person(rng: random.Random) -> _Draft:
    sex = rng.choice("MF")
    born = _draw_birth_date(rng)
    place, known = _draw_place(rng, born.year)
    return _Draft(sex, _draw_surname(rng), _draw_given_names(rng, sex), born, place, known,
                  rng.random() < INS_SHARE)


def _plant_relatives(drafts: list[_Draft], rng: random.Random) -> None:
    n = len(drafts)
    if n < 10:
        return
    twins, homonyms, exact = max(1, n // 120), max(1, n // 80), 1 if n >= 100 else 0
    slots = iter(rng.sample(range(n), 2 * (twins + homonyms + exact)))
    for k in range(twins):
        _make_twins(drafts[next(slots)], drafts[next(slots)], rng, k)
    for k in range(homonyms):
        _make_homonyms(drafts[next(slots)], drafts[next(slots)], rng, k)
    for _ in range(exact):
        _make_exact_homonyms(drafts[next(slots)], drafts[next(slots)], rng)


def _make_twins(a: _Draft, b: _Draft, rng: random.Random, k: int) -> None:
    b.birth_name, b.birth_date, b.place, b.place_known = a.birth_name, a.birth_date, a.place, a.place_known
    # The first pair is same-sex with an INS each: civility cannot tell them apart, INS can.
    b.sex = a.sex if k == 0 or rng.random() < 0.6 else ("F" if a.sex == "M" else "M")
    b.given = _draw_given_names(rng, b.sex, avoid=a.given[0])
    if k == 0:
        a.has_ins = b.has_ins = True
    a.group = b.group = f"twin{k}"


def _make_homonyms(a: _Draft, b: _Draft, rng: random.Random, k: int) -> None:
    b.birth_name, b.sex = a.birth_name, a.sex
    b.given = [a.given[0]] + [g for g in _draw_given_names(rng, b.sex) if g != a.given[0]][:2]
    while b.birth_date == a.birth_date:
        b.birth_date = _draw_birth_date(rng)
    a.group = b.group = f"homonym{k}"


def _make_exact_homonyms(a: _Draft, b: _Draft, rng: random.Random) -> None:
    b.birth_name, b.given, b.birth_date, b.sex = a.birth_name, list(a.given), a.birth_date, a.sex
    while b.place == a.place:
        b.place, b.place_known = _draw_place(rng, b.birth_date.year)
    a.group = b.group = "exact"


def _give_used_names(drafts: list[_Draft], rng: random.Random) -> None:
    men = [d for d in drafts if d.sex == "M"]
    for d in drafts:
        if d.group == "exact" or d.birth_date.year > 2002:
            continue
        if d.sex == "F" and rng.random() < 0.6:
            d.used_name = _spouse_name(d, men, rng)
        elif d.sex == "M" and rng.random() < 0.015:
            d.used_name = _other_surname(d.birth_name, rng)


def _spouse_name(woman: _Draft, men: list[_Draft], rng: random.Random) -> str:
    """Often the husband is himself in the registry: his name then appears in her letters."""
    if men and rng.random() < 0.35:
        for man in rng.sample(men, min(25, len(men))):
            if abs(man.birth_date.year - woman.birth_date.year) <= 8 and _norm(man.birth_name) != _norm(woman.birth_name):
                return man.birth_name
    return _other_surname(woman.birth_name, rng)


def _other_surname(name: str, rng: random.Random) -> str:
    while True:
        other = _draw_surname(rng)
        if _norm(other) != _norm(name):
            return other


def _trait_keys(d: _Draft) -> set[tuple[str, str, date]]:
    return {(_norm(name), _norm(d.given[0]), d.birth_date) for name in (d.birth_name, d.used_name) if name}


def _separate_accidental_homonyms(drafts: list[_Draft], rng: random.Random) -> None:
    """Chance collisions of (name, first given name, birth date) are moved apart, so that the
    registry holds exactly the ambiguities that were planted."""
    rank = {"exact": 0, "twin": 1, "homonym": 2}
    order = sorted(range(len(drafts)), key=lambda i: rank.get(drafts[i].group.rstrip("0123456789"), 3))
    seen: dict[tuple, int] = {}
    for i in order:
        d = drafts[i]
        for _ in range(100):
            clashes = [seen[k] for k in _trait_keys(d) if k in seen]
            if all(d.group == "exact" and drafts[j].group == "exact" for j in clashes):
                break
            if d.group.startswith("twin"):
                d.given = _draw_given_names(rng, d.sex, avoid=d.given[0])
            else:
                d.birth_date = _nudged_date(d.birth_date, rng)
        seen.update({k: i for k in _trait_keys(d)})


def _nudged_date(born: date, rng: random.Random) -> date:
    moved = born + timedelta(days=rng.choice((-1, 1)) * rng.randint(1, 900))
    return min(moved, date(2022, 12, 31))


def _finalize(drafts: list[_Draft], rng: random.Random) -> list[Patient]:
    ipps = rng.sample(range(10_000_000, 100_000_000), len(drafts))
    taken: set[str] = set()
    patients = []
    for d, ipp in zip(drafts, ipps):
        patients.append(Patient(
            ipp=str(ipp), birth_name=d.birth_name, first_names=" ".join(d.given), birth_date=d.birth_date,
            sex=d.sex, used_name=d.used_name, ins=_unique_ins(d, rng, taken) if d.has_ins else "",
            birth_place=d.place[0] if d.place_known else ""))
    return patients


def _unique_ins(d: _Draft, rng: random.Random, taken: set[str]) -> str:
    while True:
        ins = make_ins(d.sex, d.birth_date, d.place[1], d.place[2], rng.randint(1, 999))
        if ins[:13] not in taken:
            taken.add(ins[:13])
            return ins


def write_registry_csv(patients: list[Patient], path: Path) -> None:
    lines = [",".join(REGISTRY_HEADER)]
    for p in patients:
        row = (p.ipp, p.birth_name, p.used_name, p.first_names, p.birth_date.isoformat(), p.sex, p.ins,
               p.birth_place)
        lines.append(",".join(_csv_field(v) for v in row))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _csv_field(value: str) -> str:
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if any(c in value for c in ',"\n') else value


# ----------------------------------------------------------------------------------------------
# What a document prints, and the ground truth that follows from it
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PrintedIdentity:
    """What a document says about its subject — possibly incomplete or wrong."""

    name: str = ""  # a surname printed without saying which one it is
    birth_name: str = ""  # printed as the birth name (« née », « Nom de naissance »)
    used_name: str = ""  # printed as the used name (« épouse », « Nom d'usage »)
    first_names: str = ""
    birth_date: date | None = None
    sex: str = ""
    ins: str = ""  # compact, as printed: its key may be wrong
    ipp: str = ""  # a file number: ours, or another institution's
    birth_place: str = ""

    @property
    def surnames(self) -> list[str]:
        return [n for n in (self.name, self.birth_name, self.used_name) if n]


def _norm(text: str) -> str:
    """Identity comparison ignores case, accents, hyphens and the shape of the apostrophe."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    stripped = stripped.upper().replace("’", "'").replace("-", " ")
    return " ".join(stripped.split())


def _first_given_agrees(printed: str, patient: Patient) -> bool:
    """« Jean Pierre » (hyphen lost) is Jean-Pierre; « Jean » is not Jean-Pierre."""
    shown, first = _norm(printed), _norm(patient.first_given_name)
    return shown == first or shown.startswith(first + " ")


def _agrees(printed: PrintedIdentity, p: Patient) -> bool:
    """Every trait the document prints is the patient's."""
    checks = [
        not printed.name or _norm(printed.name) in {_norm(p.birth_name), _norm(p.used_name or p.birth_name)},
        not printed.birth_name or _norm(printed.birth_name) == _norm(p.birth_name),
        not printed.used_name or _norm(printed.used_name) == _norm(p.used_name or p.birth_name),
        not printed.first_names or _first_given_agrees(printed.first_names, p),
        printed.birth_date is None or printed.birth_date == p.birth_date,
        not printed.sex or printed.sex == p.sex,
    ]
    return all(checks)


def expected_outcome(printed: PrintedIdentity | None, patients: list[Patient]) -> tuple[str, str | None]:
    """(« filed », IPP) when the printed identity is conclusive for exactly one patient, else (« review », None)."""
    review = ("review", None)
    if printed is None:
        return review
    if printed.ins:
        if not ins_key_is_valid(printed.ins):
            return review
        owners = [p for p in patients if p.ins and p.ins == compact_ins(printed.ins)]
        if owners:
            return ("filed", owners[0].ipp) if len(owners) == 1 and _agrees(printed, owners[0]) else review
    if not (printed.surnames and printed.first_names and printed.birth_date):
        return review
    found = [p for p in patients if _agrees(printed, p)]
    if len(found) != 1 or (printed.ins and found[0].ins):
        return review  # several candidates, or an INS printed that is not the registry's
    return ("filed", found[0].ipp)


# ----------------------------------------------------------------------------------------------
# How an identity is displayed
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IdentityStyle:
    order: str = "last_first"  # « DURAND Marie » or « Marie DURAND » (first_last)
    caps: str = "surname"  # surname in capitals; "all"; "none" (« Durand Marie »)
    civility: str = "short"  # "short" (M./Mme), "long" (Monsieur/Madame), "mr" (Mr/Mme), "none"
    date_format: str = "slash"  # slash, dot, dash, nopad, short_year, long
    date_label: str = "ne_le"  # ne_le, neutral, ddn, full, naiss, paren
    ins_format: str = "spaced"  # spaced, dotted, plain, key_apart
    married: str = "nee"  # « DURAND née LEFEBVRE » or « LEFEBVRE épouse DURAND » (epouse)
    ascii: bool = False  # the sender's system drops accents
    curly_apostrophe: bool = False
    first_names_commas: bool = False


def format_date(d: date, fmt: str) -> str:
    if fmt == "long":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if fmt == "nopad":
        return f"{d.day}/{d.month}/{d.year}"
    pattern = {"slash": "%d/%m/%Y", "dot": "%d.%m.%Y", "dash": "%d-%m-%Y", "short_year": "%d/%m/%y"}[fmt]
    return d.strftime(pattern)


def format_ins(ins: str, fmt: str) -> str:
    if fmt == "plain":
        return ins
    if fmt == "key_apart":
        return f"{ins[:13]} {ins[13:]}"
    groups = [ins[0], ins[1:3], ins[3:5], ins[5:7], ins[7:10], ins[10:13], ins[13:]]
    return ("." if fmt == "dotted" else " ").join(groups)


def displayed_birth_date(printed: PrintedIdentity, style: IdentityStyle) -> str:
    """The birth date exactly as the document prints it (for tests and evaluation)."""
    text = format_date(printed.birth_date, style.date_format) if printed.birth_date else ""
    return _to_ascii(text) if style.ascii else text


def _title_case(name: str) -> str:
    return re.sub(r"[^\s'’\-]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), name)


def _surname_text(name: str, style: IdentityStyle) -> str:
    shown = _title_case(name) if style.caps == "none" else name.upper()
    return shown.replace("'", "’") if style.curly_apostrophe else shown


def _given_text(first_names: str, style: IdentityStyle, commas: bool = False) -> str:
    shown = first_names.upper() if style.caps == "all" else first_names
    return ", ".join(shown.split()) if commas else shown


def _agree(sex: str, masculine: str, feminine: str, unknown: str = "") -> str:
    return {"M": masculine, "F": feminine}.get(sex, unknown or f"{masculine}(e)")


def civility(sex: str, style: IdentityStyle) -> str:
    table = {"short": ("M.", "Mme"), "long": ("Monsieur", "Madame"), "mr": ("Mr", "Mme"), "none": ("", "")}
    male, female = table[style.civility]
    return {"M": male, "F": female}.get(sex, "")


def display_name(p: PrintedIdentity, style: IdentityStyle, with_civility: bool = True) -> str:
    """« Mme Marie DURAND née LEFEBVRE », « LEFEBVRE épouse DURAND Marie », « DUPONT Jean »…"""
    core, suffix = _surname_core(p, style)
    given = _given_text(p.first_names, style) if p.first_names else ""
    parts = [core, given] if style.order == "last_first" else [given, core]
    civ = civility(p.sex, style) if with_civility else ""
    return " ".join(x for x in [civ, *parts, suffix] if x)


def _surname_core(p: PrintedIdentity, style: IdentityStyle) -> tuple[str, str]:
    if p.birth_name and p.used_name and _norm(p.birth_name) != _norm(p.used_name):
        birth, used = _surname_text(p.birth_name, style), _surname_text(p.used_name, style)
        if style.married == "epouse":
            return f"{birth} {_agree(p.sex, 'époux', 'épouse')} {used}", ""
        return used, f"{_agree(p.sex, 'né', 'née')} {birth}"
    return (_surname_text(p.surnames[0], style) if p.surnames else ""), ""


def display_birth(p: PrintedIdentity, style: IdentityStyle, in_sentence: bool = False) -> str:
    if not p.birth_date:
        return ""
    text = format_date(p.birth_date, style.date_format)
    label = style.date_label
    if in_sentence and label not in ("ne_le", "paren"):
        label = "ne_le"
    return {
        "ne_le": f"{_agree(p.sex, 'né', 'née')} le {text}",
        "neutral": f"Né(e) le {text}",
        "ddn": f"DDN : {text}",
        "full": f"Date de naissance : {text}",
        "naiss": f"Date de naiss. : {text}",
        "paren": f"({text})",
    }[label]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _to_ascii(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("—", "-").replace("–", "-").replace("’", "'")
    text = text.replace("«", '"').replace("»", '"').replace("µ", "u").replace("°", "o").replace("²", "2")
    text = text.replace("…", "...").replace("€", "EUR")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "replace").decode()


# ----------------------------------------------------------------------------------------------
# Document model: a flow of elements, laid out on A4 pages
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    text: str
    scale: float = 1.0
    bold: bool = False
    align: str = "left"  # left, center, right
    after: float = 1.5  # mm after the paragraph
    gray: float = 0.0
    indent: float = 0.0  # mm


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the available width
    header: bool = False
    borders: bool = True
    scale: float = 0.95
    bold_first_column: bool = False
    after: float = 2.5


@dataclass(frozen=True)
class Columns:
    """Letterhead on the left, identity on the right: the commonest French header."""

    left: tuple
    right: tuple
    split: float = 0.55
    boxed: bool = False
    after: float = 4.0


@dataclass(frozen=True)
class Space:
    mm: float = 4.0


@dataclass(frozen=True)
class Rule:
    after: float = 2.5


@dataclass(frozen=True)
class Barcode:
    code: str
    width: float = 38.0
    height: float = 7.0


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Look:
    family: str = "sans"  # sans, serif, condensed, mono
    size: float = 10.0  # points
    leading: float = 1.3
    margin: float = 20.0  # mm, left and right


@dataclass
class Sheet:
    flow: list
    look: Look = field(default_factory=Look)
    running_header: str = ""  # on continuation pages only, e.g. « DURAND Marie — 03/03/1962 »
    page_numbers: str = ""  # e.g. « page {page}/{total} »: with the running header, else in the footer
    footer: str = ""

    def mapped(self, fn: Callable[[str], str]) -> "Sheet":
        return replace(self, flow=[_map_element(e, fn) for e in self.flow],
                       running_header=fn(self.running_header), footer=fn(self.footer))


def _map_element(element, fn: Callable[[str], str]):
    if isinstance(element, Text):
        return replace(element, text=fn(element.text))
    if isinstance(element, Table):
        return replace(element, rows=tuple(tuple(fn(c) for c in row) for row in element.rows))
    if isinstance(element, Columns):
        return replace(element, left=tuple(_map_element(e, fn) for e in element.left),
                       right=tuple(_map_element(e, fn) for e in element.right))
    return element


PAGE_W, PAGE_H = 210.0, 297.0
PT = 25.4 / 72  # millimetres per point
FRAME_TOP, FRAME_BOTTOM = 27.0, 281.0
FAMILIES = {
    "sans": ("DejaVuSans", "DejaVuSans-Bold"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "condensed": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
    "mono": ("DejaVuSansMono", "DejaVuSansMono-Bold"),
}


@dataclass(frozen=True)
class Draw:
    """One mark on a page, in millimetres from the top-left corner (text: at its baseline)."""

    kind: str  # text, line, box, bar
    x: float
    y: float
    text: str = ""
    font: str = ""
    size: float = 0.0
    gray: float = 0.0
    w: float = 0.0
    h: float = 0.0

    def moved(self, dx: float = 0.0, dy: float = 0.0) -> "Draw":
        return replace(self, x=self.x + dx, y=self.y + dy)


@dataclass(frozen=True)
class _Row:
    height: float
    draws: tuple[Draw, ...]
    is_space: bool = False


def _font(family: str, bold: bool) -> str:
    name = FAMILIES[family][bool(bold)]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    return name


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size) * PT


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines = []
    for raw in text.split("\n"):
        line = ""
        for word in raw.split(" "):
            candidate = f"{line} {word}" if line else word
            if not line or _width(candidate, font, size) <= width:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _text_rows(el: Text, x: float, width: float, look: Look) -> list[_Row]:
    font, size = _font(look.family, el.bold), look.size * el.scale
    line_height = size * look.leading * PT
    baseline = line_height / 2 + 0.33 * size * PT
    lines = _wrap(el.text, font, size, width - el.indent)
    rows = []
    for i, line in enumerate(lines):
        left = x + el.indent
        slack = width - el.indent - _width(line, font, size)
        left += {"left": 0.0, "center": slack / 2, "right": slack}[el.align]
        draw = Draw("text", left, baseline, line, font, size, el.gray)
        rows.append(_Row(line_height + (el.after if i == len(lines) - 1 else 0.0), (draw,)))
    return rows


def _table_rows(el: Table, x: float, width: float, look: Look) -> list[_Row]:
    pad, size = 1.2, look.size * el.scale
    line_height = size * look.leading * PT
    rows = []
    for r, cells in enumerate(el.rows):
        bold_row = el.header and r == 0
        col_x, draws, tallest = x, [], 1
        for c, cell in enumerate(cells):
            col_w = el.widths[c] * width
            font = _font(look.family, bold_row or (el.bold_first_column and c == 0))
            lines = _wrap(cell, font, size, col_w - 2 * pad)
            tallest = max(tallest, len(lines))
            for i, line in enumerate(lines):
                y = pad + i * line_height + line_height / 2 + 0.33 * size * PT
                draws.append(Draw("text", col_x + pad, y, line, font, size))
            col_x += col_w
        height = tallest * line_height + 2 * pad
        if el.borders:
            col_x = x
            for w in el.widths:
                draws.append(Draw("box", col_x, 0.0, w=w * width, h=height))
                col_x += w * width
        after = el.after if r == len(el.rows) - 1 else 0.0
        rows.append(_Row(height + after, tuple(draws)))
    return rows


def _stack(elements, x: float, width: float, look: Look) -> tuple[float, list[Draw]]:
    y, draws = 0.0, []
    for element in elements:
        for row in _rows(element, x, width, look):
            draws += [d.moved(dy=y) for d in row.draws]
            y += row.height
    return y, draws


def _columns_row(el: Columns, x: float, width: float, look: Look) -> _Row:
    gap = 6.0
    left_w = width * el.split - gap / 2
    right_x, right_w = x + width * el.split + gap / 2, width * (1 - el.split) - gap / 2
    left_h, left = _stack(el.left, x, left_w, look)
    inset = 2.5 if el.boxed else 0.0
    right_h, right = _stack(el.right, right_x + inset, right_w - 2 * inset, look)
    right = [d.moved(dy=inset) for d in right]
    if el.boxed:
        right.append(Draw("box", right_x, 0.0, w=right_w, h=right_h + 2 * inset))
    return _Row(max(left_h, right_h + 2 * inset) + el.after, tuple(left + right))


def _rows(element, x: float, width: float, look: Look) -> list[_Row]:
    if isinstance(element, Text):
        return _text_rows(element, x, width, look)
    if isinstance(element, Table):
        return _table_rows(element, x, width, look)
    if isinstance(element, Columns):
        return [_columns_row(element, x, width, look)]
    if isinstance(element, Space):
        return [_Row(element.mm, (), is_space=True)]
    if isinstance(element, Rule):
        return [_Row(1.5 + element.after, (Draw("line", x, 1.0, w=width),))]
    if isinstance(element, Barcode):
        return [_Row(element.height + 2.0, _barcode_bars(element, x))]
    raise TypeError(f"unknown element {element!r}")


def _barcode_bars(code: Barcode, x: float) -> tuple[Draw, ...]:
    rng = random.Random(code.code)
    bars, cursor = [], x
    while cursor < x + code.width:
        w = rng.choice((0.25, 0.25, 0.5, 0.75))
        bars.append(Draw("bar", cursor, 0.5, w=w, h=code.height))
        cursor += w + rng.choice((0.25, 0.5, 0.5, 0.75))
    return tuple(bars)


def paginate(sheet: Sheet) -> list[list[Draw]]:
    """Lay the flow out on A4 pages; paragraphs and tables break between lines and rows."""
    look = sheet.look
    x, width = look.margin, PAGE_W - 2 * look.margin
    pages: list[list[Draw]] = [[]]
    y = FRAME_TOP
    for element in sheet.flow:
        if isinstance(element, PageBreak):
            pages.append([])
            y = FRAME_TOP
            continue
        for row in _rows(element, x, width, look):
            if y + row.height > FRAME_BOTTOM and pages[-1]:
                pages.append([])
                y = FRAME_TOP
            if row.is_space and not pages[-1]:
                continue
            pages[-1] += [d.moved(dy=y) for d in row.draws]
            y += row.height
    return [page + _page_furniture(sheet, n, len(pages)) for n, page in enumerate(pages, start=1)]


def _page_furniture(sheet: Sheet, page: int, total: int) -> list[Draw]:
    look = sheet.look
    bold, regular = _font("sans", True), _font(look.family, False)
    marks = [Draw("text", (PAGE_W - _width(FICTION_MARK, bold, 8)) / 2, 12.0, FICTION_MARK, bold, 8.0, 0.3)]
    numbering = sheet.page_numbers.format(page=page, total=total) if sheet.page_numbers else ""
    if page > 1 and sheet.running_header:
        header = " — ".join(x for x in (sheet.running_header, numbering) if x)
        marks.append(Draw("text", look.margin, 20.0, header, regular, look.size * 0.85))
        numbering = ""
    footer = "   ".join(x for x in (sheet.footer, numbering) if x)
    if footer:
        size = look.size * 0.75
        marks.append(Draw("text", PAGE_W - look.margin - _width(footer, regular, size), 289.0, footer, regular, size))
    return marks


# ----------------------------------------------------------------------------------------------
# Rendering: PDF with a text layer, page images, docx, txt
# ----------------------------------------------------------------------------------------------

def render_pdf(pages: list[list[Draw]], title: str = "") -> bytes:
    buffer = io.BytesIO()
    pdf = pdf_canvas.Canvas(buffer, pagesize=(PAGE_W / PT, PAGE_H / PT), invariant=1)
    pdf.setTitle(title or FICTION_MARK)
    pdf.setSubject(FICTION_MARK)
    pdf.setAuthor("docpipe — générateur de documents fictifs")
    for draws in pages:
        for d in draws:
            _pdf_draw(pdf, d)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _pdf_draw(pdf, d: Draw, invisible: bool = False) -> None:
    x, y = d.x / PT, (PAGE_H - d.y) / PT
    if d.kind == "text":
        text = pdf.beginText(x, y)
        text.setFont(d.font, d.size)
        text.setFillGray(d.gray)
        text.setTextRenderMode(3 if invisible else 0)
        text.textOut(d.text)
        pdf.drawText(text)
    elif invisible:
        return
    elif d.kind == "line":
        pdf.setLineWidth(0.6)
        pdf.line(x, y, x + d.w / PT, y - d.h / PT)
    else:
        pdf.setFillGray(0)
        pdf.setLineWidth(0.5)
        pdf.rect(x, y - d.h / PT, d.w / PT, d.h / PT, stroke=d.kind == "box", fill=d.kind == "bar")


_PIL_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def render_page_image(draws: list[Draw], dpi: int) -> Image.Image:
    k = dpi / 25.4
    image = Image.new("L", (round(PAGE_W * k), round(PAGE_H * k)), 255)
    pen = ImageDraw.Draw(image)
    stroke = max(1, round(0.2 * k))
    for d in draws:
        if d.kind == "text":
            pen.text((d.x * k, d.y * k), d.text, fill=round(255 * d.gray), font=_pil_font(d.font, d.size * dpi / 72),
                     anchor="ls")
        elif d.kind == "line":
            pen.line([(d.x * k, d.y * k), ((d.x + d.w) * k, (d.y + d.h) * k)], fill=0, width=stroke)
        elif d.kind == "box":
            pen.rectangle([d.x * k, d.y * k, (d.x + d.w) * k, (d.y + d.h) * k], outline=0, width=stroke)
        else:
            pen.rectangle([d.x * k, d.y * k, (d.x + d.w) * k, (d.y + d.h) * k], fill=0)
    return image


def _pil_font(name: str, pixels: float) -> ImageFont.FreeTypeFont:
    key = (name, max(6, round(pixels)))
    if key not in _PIL_FONTS:
        _PIL_FONTS[key] = ImageFont.truetype(str(FONT_DIR / f"{name}.ttf"), key[1])
    return _PIL_FONTS[key]


@dataclass(frozen=True)
class Degradation:
    """What the scanner, the fax line or the phone did to the pages."""

    rotation: float = 0.0  # degrees, per page ± a little
    upside_down: bool = False  # the last page went through the feeder upside down
    noise: float = 0.0  # gaussian noise, standard deviation in grey levels
    speckle: float = 0.0  # salt-and-pepper, share of pixels
    blur: float = 0.0  # radius in pixels at 300 dpi
    contrast: float = 1.0  # below 1: washed-out
    jpeg_quality: int = 0  # 0: the format's own default
    photo: bool = False  # phone photo: tinted paper, uneven light
    bilevel: bool = False  # 1-bit scan
    fax: bool = False  # 200×100 dpi look, 1-bit, streaks


def degrade_page(image: Image.Image, deg: Degradation, rng: random.Random, last_page: bool) -> Image.Image:
    scale = image.width / 2480
    if deg.contrast < 1:
        low = round(255 * (1 - deg.contrast) * 0.6)
        image = image.point(lambda v: low + v * (255 - low - 20) // 255)
    if deg.blur:
        image = image.filter(ImageFilter.GaussianBlur(deg.blur * scale))
    if deg.rotation:
        angle = deg.rotation + rng.uniform(-0.3, 0.3)
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255 if not deg.photo else 235)
    if deg.noise:
        image = _add_gaussian_noise(image, deg.noise, rng)
    if deg.speckle:
        _add_speckle(image, deg.speckle, rng)
    if deg.fax:
        image = _fax_look(image, rng)
    elif deg.bilevel:
        image = image.point(lambda v: 255 if v > 150 else 0).convert("1")
    if deg.upside_down and last_page:
        image = image.rotate(180)
    if deg.photo:
        image = _photo_look(image, rng)
    return image


def _noise_tile(rng: random.Random, sigma: float, size: int = 509) -> Image.Image:
    """Seeded gaussian noise around 128 (Pillow's own noise generator cannot be seeded)."""
    normal = statistics.NormalDist(128, sigma)
    lut = [max(0, min(255, round(normal.inv_cdf((v + 0.5) / 256)))) for v in range(256)]
    return Image.frombytes("L", (size, size), rng.randbytes(size * size)).point(lut)


def _add_gaussian_noise(image: Image.Image, sigma: float, rng: random.Random) -> Image.Image:
    tile = _noise_tile(rng, sigma)
    noise = Image.new("L", image.size)
    for top in range(0, image.height, tile.height):
        for left in range(0, image.width, tile.width):
            noise.paste(tile, (left, top))
    return ImageChops.add(image, noise, scale=1.0, offset=-128)


def _add_speckle(image: Image.Image, share: float, rng: random.Random) -> None:
    pen = ImageDraw.Draw(image)
    count = int(image.width * image.height * share)
    for colour in (0, 255):
        points = [(rng.randrange(image.width), rng.randrange(image.height)) for _ in range(count // 2)]
        pen.point(points, fill=colour)


def _fax_look(image: Image.Image, rng: random.Random) -> Image.Image:
    """Half the vertical resolution, 1-bit, a vertical streak or two and a few dropped lines."""
    halved = image.resize((image.width, image.height // 2), Image.Resampling.BILINEAR)
    bits = halved.point(lambda v: 255 if v > rng.choice((140, 160)) else 0)
    image = bits.resize(image.size, Image.Resampling.NEAREST)
    pen = ImageDraw.Draw(image)
    for _ in range(rng.randint(0, 2)):
        x = rng.randrange(image.width)
        top = rng.randrange(image.height // 2)
        pen.line([(x, top), (x, rng.randrange(top, image.height))], fill=0, width=rng.randint(1, 2))
    for _ in range(rng.randint(0, 4)):
        y = rng.randrange(image.height)
        pen.line([(0, y), (image.width, y)], fill=255, width=rng.randint(1, 2))
    return image.convert("1")


def _photo_look(image: Image.Image, rng: random.Random) -> Image.Image:
    paper = Image.new("RGB", image.size, (rng.randint(238, 252), rng.randint(232, 246), rng.randint(210, 232)))
    light = Image.linear_gradient("L").transpose(rng.choice(list(Image.Transpose)[:4])).resize(image.size)
    light = light.point(lambda v: 175 + v * 80 // 255)
    page = ImageChops.multiply(image.convert("RGB"), paper)
    return ImageChops.multiply(page, Image.merge("RGB", (light, light, light)))


def _encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def render_scan_pdf(images: list[Image.Image], dpi: int, quality: int) -> bytes:
    """Image-only pages, each a JPEG inside the PDF, as a copier writes them."""
    pages = [im.convert("L") if im.mode == "1" else im for im in images]
    return _encoded(pages[0], "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=quality)


def render_searchable_scan_pdf(images: list[Image.Image], pages: list[list[Draw]], quality: int) -> bytes:
    """A scanner's « searchable PDF »: the page image with an invisible text layer under it."""
    buffer = io.BytesIO()
    pdf = pdf_canvas.Canvas(buffer, pagesize=(PAGE_W / PT, PAGE_H / PT), invariant=1)
    pdf.setTitle(FICTION_MARK)
    for image, draws in zip(images, pages):
        jpeg = _encoded(image.convert("L") if image.mode == "1" else image, "JPEG", quality=quality)
        pdf.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=PAGE_W / PT, height=PAGE_H / PT)
        for d in draws:
            _pdf_draw(pdf, d, invisible=True)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def render_tiff(images: list[Image.Image], dpi: int) -> bytes:
    compression = "group4" if all(im.mode == "1" for im in images) else "tiff_lzw"
    return _encoded(images[0], "TIFF", save_all=True, append_images=images[1:], compression=compression,
                    dpi=(dpi, dpi))


DOCX_FONTS = {"sans": "Arial", "serif": "Times New Roman", "condensed": "Arial Narrow", "mono": "Courier New"}


def render_docx(sheet: Sheet) -> bytes:
    doc = DocxDocument()
    normal = doc.styles["Normal"]
    normal.font.name = DOCX_FONTS[sheet.look.family]
    normal.font.size = Pt(sheet.look.size)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_W), Mm(PAGE_H)
    section.left_margin = section.right_margin = Mm(sheet.look.margin)
    section.header.paragraphs[0].text = FICTION_MARK
    if sheet.running_header:
        # Word repeats the identity in the page header from page 2 on.
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = FICTION_MARK
        section.header.add_paragraph(sheet.running_header)
    doc.core_properties.title = FICTION_MARK
    doc.core_properties.author = "docpipe — générateur de documents fictifs"
    _docx_paragraph(doc, Text(FICTION_MARK, 0.8, bold=True, align="center", gray=0.3), sheet.look)
    for element in sheet.flow:
        _docx_add(doc, element, sheet.look)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _docx_add(container, element, look: Look) -> None:
    if isinstance(element, Text):
        _docx_paragraph(container, element, look)
    elif isinstance(element, Table):
        _docx_table(container, element, look)
    elif isinstance(element, Columns):
        frame = container.add_table(rows=1, cols=2)
        for cell, elements in zip(frame.rows[0].cells, (element.left, element.right)):
            for inner in elements:
                _docx_add(cell, inner, look)
    elif isinstance(element, (Space, Rule)):
        container.add_paragraph("")
    elif isinstance(element, PageBreak):
        container.add_page_break()


def _docx_paragraph(container, element: Text, look: Look) -> None:
    paragraph = container.add_paragraph()
    run = paragraph.add_run(element.text)
    run.bold = element.bold
    run.font.size = Pt(round(look.size * element.scale * 2) / 2)
    paragraph.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                           "right": WD_ALIGN_PARAGRAPH.RIGHT}[element.align]
    paragraph.paragraph_format.space_after = Mm(element.after)


def _docx_table(container, element: Table, look: Look) -> None:
    table = container.add_table(rows=len(element.rows), cols=len(element.widths))
    if element.borders:
        table.style = "Table Grid"
    for r, cells in enumerate(element.rows):
        for c, value in enumerate(cells):
            cell = table.rows[r].cells[c]
            cell.text = value
            bold = (element.header and r == 0) or (element.bold_first_column and c == 0)
            for run in cell.paragraphs[0].runs:
                run.bold = bold
                run.font.size = Pt(round(look.size * element.scale * 2) / 2)


def render_txt(sheet: Sheet, wrap: int | None) -> str:
    lines = [f"*** {FICTION_MARK} ***", ""]
    for element in sheet.flow:
        lines += _txt_lines(element, wrap)
    return "\n".join(lines).rstrip() + "\n"


def _txt_lines(element, wrap: int | None) -> list[str]:
    if isinstance(element, Text):
        body = textwrap.fill(element.text, wrap) if wrap and element.text else element.text
        return [body] + ([""] if element.after >= 2.5 else [])
    if isinstance(element, Table):
        columns = max(len(row) for row in element.rows) if element.rows else 0
        widths = [max(len(row[c]) if c < len(row) else 0 for row in element.rows) for c in range(columns)]
        return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in element.rows] + [""]
    if isinstance(element, Columns):
        return [line for inner in (*element.left, *element.right) for line in _txt_lines(inner, wrap)] + [""]
    if isinstance(element, (Space, Rule)):
        return [""]
    if isinstance(element, PageBreak):
        return ["\f"]
    return []


# ----------------------------------------------------------------------------------------------
# What documents say: fictitious organisations and medical content
# ----------------------------------------------------------------------------------------------

HOSPITALS = ("Centre hospitalier de Valmont", "CHU de Bellecombe", "Hôpital privé des Tilleuls", "Clinique Saint-Aubin",
             "Centre hospitalier intercommunal des Deux-Rives", "Polyclinique du Val Fleuri")
LABORATORIES = ("Laboratoire BIOVAL", "Laboratoire de biologie médicale des Coteaux", "Bio-Analyses du Parc",
                "LBM Rive Gauche")
IMAGING_CENTRES = ("Centre d'imagerie médicale du Parc", "Cabinet de radiologie des Halles", "Imagerie Valmont Sud",
                   "Scanner-IRM des Deux-Rives")
PRACTICES = ("Cabinet médical des Tilleuls", "Maison de santé du Vieux Moulin", "Cabinet médical Pasteur",
             "Centre médical République")
STREETS = ("rue des Tilleuls", "avenue Jean Jaurès", "boulevard Pasteur", "rue Victor Hugo", "place de la République",
           "chemin des Vignes", "allée des Acacias", "rue du Général Leclerc", "quai des Célestins", "rue de la Gare",
           "impasse des Lilas", "route de Lyon", "rue Saint-Exupéry", "avenue de la Libération")
TOWNS = (("69003", "Lyon"), ("13005", "Marseille"), ("31000", "Toulouse"), ("44000", "Nantes"), ("35000", "Rennes"),
         ("33000", "Bordeaux"), ("59000", "Lille"), ("67000", "Strasbourg"), ("21000", "Dijon"), ("29200", "Brest"),
         ("63000", "Clermont-Ferrand"), ("37000", "Tours"), ("20000", "Ajaccio"), ("97400", "Saint-Denis"))

SPECIALISTS = {
    "Cardiologie": "cardiologue", "Hépato-gastro-entérologie": "gastro-entérologue", "Rhumatologie": "rhumatologue",
    "Endocrinologie, diabétologie": "endocrinologue", "Pneumologie": "pneumologue", "Neurologie": "neurologue",
    "Dermatologie": "dermatologue", "Oto-rhino-laryngologie": "ORL", "Gynécologie médicale": "gynécologue",
    "Urologie": "urologue", "Médecine générale": "médecin généraliste", "Pédiatrie": "pédiatre",
}


@dataclass(frozen=True)
class _Topic:
    specialty: str
    sex: str  # "" for anyone
    motif: str
    exam: str
    tests: str
    conclusion: str
    plan: str
    ages: tuple[int, int] = (16, 120)


# Placeholders filled by _DocContext.fill: {e} agreement, {il}/{Il}, {le} (« le patient »/« la patiente »).
CONSULT_TOPICS = (
    _Topic("Cardiologie", "", "une dyspnée d'effort d'apparition récente",
           "Pression artérielle 138/82 mmHg, fréquence cardiaque 72/min. Bruits du cœur réguliers sans souffle. "
           "Pas de signe d'insuffisance cardiaque.",
           "ECG : rythme sinusal à 70/min, PR 160 ms, QRS fins, pas de trouble de la repolarisation.",
           "Dyspnée d'effort sans argument pour une cardiopathie ischémique à ce stade.",
           "Échographie cardiaque transthoracique et épreuve d'effort ; je reverrai {le} avec les résultats.", ages=(35, 120)),
    _Topic("Cardiologie", "", "des palpitations intermittentes",
           "Examen cardio-vasculaire normal, pouls régulier à 68/min, PA 126/74 mmHg.",
           "Holter ECG des 24 heures : salves de fibrillation atriale paroxystique, la plus longue de 40 minutes.",
           "Fibrillation atriale paroxystique, score CHA2DS2-VASc à 2.",
           "Introduction d'une anticoagulation par apixaban et d'un bêtabloquant à faible dose.", ages=(30, 120)),
    _Topic("Hépato-gastro-entérologie", "", "des douleurs épigastriques récurrentes",
           "Abdomen souple, dépressible, sensibilité épigastrique sans défense. Pas d'hépatomégalie.",
           "Bilan hépatique normal, lipasémie normale.",
           "Syndrome dyspeptique ; une gastroscopie est indiquée.",
           "Inhibiteur de la pompe à protons pendant 8 semaines et gastroscopie sous anesthésie générale."),
    _Topic("Rhumatologie", "", "des gonalgies droites d'horaire mécanique",
           "Genou droit sec, flexion à 120°, craquements rotuliens, pas de laxité.",
           "Radiographies des genoux en charge : pincement fémoro-tibial médial droit modéré.",
           "Gonarthrose médiale droite symptomatique.",
           "Kinésithérapie, activité physique adaptée ; une infiltration pourra être discutée.", ages=(40, 120)),
    _Topic("Endocrinologie, diabétologie", "", "le suivi d'un diabète de type 2",
           "Poids 84 kg, IMC 29 kg/m². Examen des pieds sans plaie, monofilament perçu.",
           "HbA1c à 7,8 %, DFG à 74 mL/min, microalbuminurie négative.",
           "Diabète de type 2 insuffisamment équilibré sous metformine seule.",
           "Majoration de la metformine et introduction d'un analogue du GLP-1 ; HbA1c dans 3 mois.", ages=(30, 120)),
    _Topic("Pneumologie", "", "une toux chronique avec dyspnée d'effort",
           "Murmure vésiculaire diminué aux bases, quelques sibilants expiratoires. SpO2 95 % en air ambiant.",
           "EFR : trouble ventilatoire obstructif, VEMS à 62 % de la valeur prédite, peu réversible.",
           "Bronchopneumopathie chronique obstructive de stade 2.",
           "Bronchodilatateur de longue durée d'action, réhabilitation respiratoire et aide au sevrage tabagique.", ages=(40, 120)),
    _Topic("Neurologie", "", "des céphalées inhabituelles depuis deux mois",
           "Examen neurologique normal, pas de syndrome méningé, pas de déficit.",
           "IRM cérébrale récente sans anomalie.",
           "Céphalées de tension probables, sans signe d'alerte.",
           "Traitement de fond par amitriptyline à faible dose et tenue d'un agenda des céphalées."),
    _Topic("Dermatologie", "", "une lésion pigmentée du dos qui se modifie",
           "Lésion pigmentée de 7 mm de la région scapulaire gauche, asymétrique, à bords irréguliers.",
           "Dermoscopie : réseau pigmentaire atypique.",
           "Lésion mélanocytaire suspecte.",
           "Exérèse chirurgicale avec examen anatomopathologique, programmée sous anesthésie locale."),
    _Topic("Oto-rhino-laryngologie", "", "une baisse d'audition gauche",
           "Otoscopie normale des deux côtés. Weber latéralisé à droite.",
           "Audiogramme : surdité de perception gauche de 35 dB sur les fréquences aiguës.",
           "Surdité de perception unilatérale gauche.",
           "IRM des conduits auditifs internes ; un appareillage sera discuté ensuite.", ages=(30, 120)),
    _Topic("Gynécologie médicale", "F", "le suivi gynécologique annuel",
           "Seins souples sans nodule palpable. Examen au spéculum normal, frottis réalisé.",
           "Dernière mammographie il y a deux ans, classée ACR 1.",
           "Examen gynécologique normal.",
           "Mammographie de dépistage à programmer ; résultat du frottis adressé par courrier."),
    _Topic("Urologie", "M", "des troubles mictionnels nocturnes",
           "Toucher rectal : prostate augmentée de volume, souple, non nodulaire.",
           "PSA total à 2,1 ng/mL. Échographie : résidu post-mictionnel de 60 mL.",
           "Hypertrophie bénigne de la prostate symptomatique.",
           "Alpha-bloquant au coucher, contrôle clinique dans 6 mois.", ages=(45, 120)),
    _Topic("Pédiatrie", "", "une toux récidivante depuis l'entrée en collectivité",
           "Enfant en bon état général, auscultation pulmonaire libre, tympans normaux. Courbes de croissance régulières.",
           "Pas d'examen complémentaire nécessaire à ce stade.",
           "Toux post-virale sur infections ORL à répétition de la collectivité.",
           "Lavages de nez, éviction du tabagisme passif ; reconsulter si fièvre ou gêne respiratoire.", ages=(0, 15)),
    _Topic("Pédiatrie", "", "le suivi de croissance et des vaccinations",
           "Poids et taille sur le couloir habituel, développement psychomoteur adapté à l'âge. Examen normal.",
           "Carnet de santé : vaccinations à jour selon le calendrier vaccinal.",
           "Enfant en bonne santé.",
           "Prochain rendez-vous de suivi dans six mois.", ages=(0, 15)),
)

CHILD_ANTECEDENTS = ("otites moyennes aiguës à répétition", "bronchiolite à 8 mois", "allergie aux arachides",
                     "eczéma atopique", "asthme du nourrisson", "pas d'antécédent notable", "prématurité à 35 SA")

ANTECEDENTS = (
    "hypertension artérielle traitée depuis 2015", "diabète de type 2", "appendicectomie dans l'enfance",
    "cholécystectomie en 2008", "fracture du poignet droit en 2019", "dyslipidémie", "tabagisme sevré (20 PA)",
    "allergie à la pénicilline", "hypothyroïdie substituée", "syndrome d'apnées du sommeil appareillé",
    "fibrillation atriale paroxystique", "arthrose des genoux", "épisode dépressif en 2017",
    "asthme dans l'enfance", "glaucome chronique", "hernie discale L5-S1 opérée", "migraine sans aura",
)

MEDICATIONS = (
    "AMOXICILLINE 1 g : 1 comprimé matin, midi et soir pendant 7 jours",
    "PARACÉTAMOL 1 g : 1 comprimé jusqu'à 3 fois par jour si douleurs, 6 heures entre deux prises",
    "AMLODIPINE 5 mg : 1 comprimé le matin",
    "RAMIPRIL 5 mg : 1 gélule le matin",
    "METFORMINE 1000 mg : 1 comprimé matin et soir au cours des repas",
    "ATORVASTATINE 20 mg : 1 comprimé le soir",
    "LÉVOTHYROXINE 75 µg : 1 comprimé le matin à jeun",
    "BISOPROLOL 2,5 mg : 1 comprimé le matin",
    "APIXABAN 5 mg : 1 comprimé matin et soir",
    "OMÉPRAZOLE 20 mg : 1 gélule le matin avant le petit-déjeuner pendant 8 semaines",
    "FUROSÉMIDE 40 mg : 1 comprimé le matin",
    "SALBUTAMOL 100 µg/dose : 2 bouffées en cas de gêne respiratoire",
    "IBUPROFÈNE 400 mg : 1 comprimé matin et soir pendant 5 jours, au cours des repas",
    "COLÉCALCIFÉROL 100 000 UI : 1 ampoule buvable tous les 3 mois",
    "Bas de contention classe 2 : une paire, à porter dans la journée",
    "Kinésithérapie : 10 séances de rééducation du genou",
)


@dataclass(frozen=True)
class _Exam:
    title: str
    indication: str
    technique: str
    findings: tuple[str, ...]
    conclusion: str
    sex: str = ""
    ages: tuple[int, int] = (16, 120)


IMAGING_EXAMS = (
    _Exam("ÉCHOGRAPHIE ABDOMINALE", "Douleurs de l'hypocondre droit.", "Examen réalisé à jeun, sonde convexe.",
          ("Foie de taille normale, d'échostructure homogène, sans lésion focale.",
           "Vésicule biliaire alithiasique à paroi fine.", "Voies biliaires non dilatées.",
           "Pancréas partiellement masqué par les gaz digestifs.", "Reins de taille normale sans dilatation.",
           "Rate homogène de 10 cm."), "Échographie abdominale sans anomalie notable."),
    _Exam("RADIOGRAPHIE THORACIQUE DE FACE", "Toux fébrile depuis huit jours.", "Cliché de face en inspiration.",
          ("Opacité alvéolaire du lobe inférieur droit avec bronchogramme aérique.", "Pas d'épanchement pleural.",
           "Silhouette cardiaque de taille normale.", "Pas de pneumothorax."),
          "Aspect de pneumopathie lobaire inférieure droite.", ages=(0, 120)),
    _Exam("SCANNER THORACIQUE SANS INJECTION", "Surveillance d'un nodule pulmonaire.",
          "Acquisition hélicoïdale en coupes fines, sans injection de produit de contraste.",
          ("Nodule solide du lobe supérieur droit de 6 mm, stable par rapport à l'examen précédent.",
           "Emphysème centrolobulaire modéré des sommets.", "Pas d'adénomégalie médiastinale.",
           "Pas d'épanchement pleural ni péricardique."),
          "Nodule pulmonaire stable, en faveur de la bénignité. Contrôle à un an.", ages=(40, 120)),
    _Exam("IRM DU GENOU DROIT", "Gonalgies après un traumatisme en torsion.",
          "Séquences T1 et DP avec saturation de la graisse dans les trois plans.",
          ("Fissure horizontale de la corne postérieure du ménisque médial.", "Ligaments croisés continus.",
           "Épanchement articulaire de faible abondance.", "Cartilage fémoro-patellaire d'épaisseur conservée."),
          "Lésion méniscale médiale de la corne postérieure."),
    _Exam("MAMMOGRAPHIE BILATÉRALE ET ÉCHOGRAPHIE MAMMAIRE", "Dépistage organisé.",
          "Incidences de face et oblique externe bilatérales, complétées par une échographie.",
          ("Seins de densité de type B.", "Pas de masse ni de foyer de microcalcifications suspectes.",
           "Échographie : kyste simple de 8 mm du quadrant supéro-externe gauche."),
          "ACR 2 à gauche, ACR 1 à droite. Prochain contrôle dans deux ans.", sex="F", ages=(40, 120)),
    _Exam("ÉCHO-DOPPLER VEINEUX DES MEMBRES INFÉRIEURS", "Œdème du mollet gauche.",
          "Exploration bilatérale des réseaux veineux profond et superficiel.",
          ("Veines fémorales, poplitées et jambières perméables et compressibles des deux côtés.",
           "Pas de thrombose veineuse superficielle.", "Incontinence de la grande veine saphène gauche."),
          "Absence de thrombose veineuse profonde. Insuffisance veineuse superficielle gauche."),
    _Exam("SCANNER CÉRÉBRAL SANS INJECTION", "Chute avec traumatisme crânien sous anticoagulant.",
          "Acquisition volumique sans injection.",
          ("Pas d'hémorragie intra ou extra-axiale.", "Pas d'effet de masse.",
           "Leucopathie vasculaire périventriculaire modérée.", "Pas de fracture de la voûte."),
          "Pas de lésion hémorragique post-traumatique.", ages=(60, 120)),
    _Exam("ÉCHOGRAPHIE THYROÏDIENNE", "Nodule palpable de la loge thyroïdienne.", "Sonde linéaire haute fréquence.",
          ("Lobe droit de 48 mm, lobe gauche de 44 mm.",
           "Nodule isoéchogène du lobe droit de 14 mm, ovale, bien limité, sans microcalcification.",
           "Pas d'adénopathie cervicale suspecte."), "Nodule thyroïdien droit EU-TIRADS 3. Surveillance."),
    _Exam("RADIOGRAPHIES DU BASSIN ET DE LA HANCHE DROITE", "Douleur de hanche droite à la marche.",
          "Bassin de face, hanche droite de face et de profil.",
          ("Pincement supéro-latéral de l'interligne coxo-fémoral droit.",
           "Ostéophytose marginale cotyloïdienne et céphalique.", "Hanche gauche normale."), "Coxarthrose droite.",
          ages=(45, 120)),
)


@dataclass(frozen=True)
class _Operation:
    name: str
    surgeon: str
    indication: str
    anaesthesia: str
    installation: str
    steps: tuple[str, ...]
    aftercare: str
    ages: tuple[int, int] = (18, 120)


OPERATIONS = (
    _Operation("Cholécystectomie par cœlioscopie", "chirurgien viscéral", "Cholécystite lithiasique.",
               "Anesthésie générale", "Décubitus dorsal, jambes écartées.",
               ("Open cœlioscopie ombilicale, insufflation à 12 mmHg, mise en place de trois trocarts.",
                "Vésicule inflammatoire avec adhérences épiploïques, libérées au crochet.",
                "Dissection du triangle de Calot, identification du canal et de l'artère cystiques.",
                "Clipage et section du canal et de l'artère cystiques.",
                "Cholécystectomie rétrograde, hémostase soigneuse du lit vésiculaire.",
                "Extraction de la pièce en sac, exsufflation, fermeture des orifices."),
               "Reprise de l'alimentation le soir même, sortie prévue le lendemain."),
    _Operation("Cure de hernie inguinale droite selon Lichtenstein", "chirurgien viscéral",
               "Hernie inguinale droite symptomatique.", "Rachianesthésie", "Décubitus dorsal.",
               ("Incision inguinale droite de 6 cm, ouverture de l'aponévrose du grand oblique.",
                "Hernie indirecte, sac disséqué et réintégré.",
                "Mise en place d'une plaque prothétique fixée par un surjet au ligament inguinal.",
                "Fermeture plan par plan, surjet intradermique."),
               "Ambulatoire. Pas de port de charge lourde pendant un mois."),
    _Operation("Arthroscopie du genou gauche avec méniscectomie partielle médiale", "chirurgien orthopédiste",
               "Lésion méniscale médiale symptomatique.", "Anesthésie générale", "Décubitus dorsal, garrot pneumatique.",
               ("Voies d'abord antéro-latérale et antéro-médiale.",
                "Exploration : fissure horizontale de la corne postérieure du ménisque médial.",
                "Méniscectomie partielle à la pince et au shaver, régularisation.",
                "Cartilage fémoro-tibial de bonne qualité, ligament croisé antérieur intact.",
                "Lavage articulaire, fermeture cutanée."),
               "Appui autorisé, cannes anglaises pendant une semaine, kinésithérapie."),
    _Operation("Prothèse totale de hanche droite par voie postérieure", "chirurgien orthopédiste",
               "Coxarthrose droite évoluée.", "Anesthésie générale", "Décubitus latéral gauche.",
               ("Voie postéro-latérale, section des pelvi-trochantériens.", "Luxation postérieure, ostéotomie du col.",
                "Préparation du cotyle, mise en place d'une cupule double mobilité sans ciment.",
                "Préparation fémorale, tige sans ciment, tête de 28 mm, réduction stable.",
                "Réinsertion des pelvi-trochantériens, fermeture sur un drain."),
               "Lever à J1, appui complet, anticoagulation préventive pendant 35 jours.", ages=(50, 120)),
    _Operation("Libération du nerf médian au canal carpien droit", "chirurgien de la main",
               "Syndrome du canal carpien droit confirmé à l'électromyogramme.",
               "Anesthésie locorégionale (bloc axillaire)", "Décubitus dorsal, bras sur table à bras, garrot.",
               ("Incision palmaire de 2 cm dans l'axe du 4e rayon.", "Section complète du ligament annulaire antérieur.",
                "Nerf médian aplati, sans névrome.", "Fermeture cutanée par points séparés."),
               "Pansement à refaire à J5, ablation des fils à J14."),
    _Operation("Phacoémulsification de la cataracte de l'œil droit avec implant", "ophtalmologiste",
               "Cataracte corticonucléaire gênante.", "Anesthésie topique", "Décubitus dorsal.",
               ("Incision cornéenne de 2,2 mm, injection de viscoélastique.", "Capsulorhexis continu circulaire.",
                "Phacoémulsification du noyau, aspiration des masses.",
                "Implantation dans le sac d'un implant pliable de 21,5 dioptries."),
               "Collyres antibiotique et anti-inflammatoire pendant un mois, contrôle à J7.", ages=(55, 120)),
    _Operation("Appendicectomie par cœlioscopie", "chirurgien viscéral", "Appendicite aiguë.", "Anesthésie générale",
               "Décubitus dorsal, bras gauche le long du corps.",
               ("Open cœlioscopie ombilicale, deux trocarts opérateurs.", "Appendice inflammatoire, sans perforation.",
                "Ligature de la base appendiculaire, appendicectomie, extraction en sac.",
                "Lavage de la fosse iliaque droite, exsufflation, fermeture des orifices."),
               "Alimentation le soir même, sortie à J1 ou J2.", ages=(5, 120)),
)


@dataclass(frozen=True)
class _Stay:
    service: str
    motif: str
    history: str
    exam: str
    results: tuple[str, ...]
    course: tuple[str, ...]
    diagnosis: str
    treatment: tuple[str, ...]
    ages: tuple[int, int] = (18, 120)


STAYS = (
    _Stay("Cardiologie", "une décompensation cardiaque globale",
          "Majoration progressive d'une dyspnée depuis dix jours, jusqu'à une orthopnée, avec prise de 4 kg et "
          "œdèmes des membres inférieurs. Pas de douleur thoracique.",
          "PA 150/90 mmHg, FC 118/min irrégulière, SpO2 91 % en air ambiant, crépitants bilatéraux aux bases, "
          "turgescence jugulaire, œdèmes prenant le godet jusqu'aux genoux.",
          ("NT-proBNP à 4 350 ng/L", "Créatinine à 112 µmol/L", "Kaliémie à 4,1 mmol/L",
           "Échographie cardiaque : FEVG à 35 %, dilatation de l'oreillette gauche"),
          ("Traitement diurétique intraveineux avec une bonne réponse, perte de 5 kg en six jours.",
           "Ralentissement de la fibrillation atriale par bêtabloquant, puis introduction d'une anticoagulation.",
           "Introduction progressive d'un traitement de l'insuffisance cardiaque à fraction d'éjection altérée.",
           "Éducation thérapeutique réalisée : pesée quotidienne, régime pauvre en sel, signes d'alerte.",
           "La fonction rénale est restée stable sous traitement, la kaliémie contrôlée à 4,6 mmol/L.",
           "Le patient a pu reprendre une marche autonome dans le service sans dyspnée au terme du séjour."),
          "Insuffisance cardiaque à fraction d'éjection altérée décompensée sur fibrillation atriale rapide.",
          ("FUROSÉMIDE 40 mg : 1 comprimé le matin", "BISOPROLOL 2,5 mg : 1 comprimé le matin",
           "APIXABAN 5 mg : 1 comprimé matin et soir", "RAMIPRIL 2,5 mg : 1 gélule le matin"), ages=(45, 120)),
    _Stay("Pneumologie", "une pneumopathie aiguë communautaire",
          "Fièvre à 39 °C depuis quatre jours, toux productive et douleur basithoracique droite.",
          "Température 38,8 °C, FR 24/min, SpO2 92 % en air ambiant, foyer de crépitants de la base droite.",
          ("CRP à 186 mg/L", "Leucocytes à 15,2 G/L", "Radiographie : opacité alvéolaire lobaire inférieure droite",
           "Antigénuries légionelle et pneumocoque négatives"),
          ("Antibiothérapie par amoxicilline et acide clavulanique, apyrexie obtenue en 48 heures.",
           "Oxygénothérapie à 2 L/min sevrée au troisième jour.",
           "Kinésithérapie respiratoire quotidienne avec une nette amélioration de l'encombrement.",
           "Décroissance de la CRP à 32 mg/L au cinquième jour.",
           "Pas de complication pleurale à l'échographie de contrôle."),
          "Pneumopathie franche lobaire aiguë inférieure droite d'évolution favorable.",
          ("AMOXICILLINE-ACIDE CLAVULANIQUE 1 g : 1 comprimé 3 fois par jour, jusqu'au 7e jour",
           "PARACÉTAMOL 1 g : si fièvre ou douleurs, maximum 3 g par jour"), ages=(16, 120)),
    _Stay("Médecine gériatrique", "une chute à domicile avec station au sol prolongée",
          "Chute de sa hauteur la nuit, retrouvée au sol le matin par l'infirmière. Pas de perte de connaissance rapportée.",
          "Hématome de la hanche gauche, pas de raccourcissement du membre, examen neurologique sans déficit focal.",
          ("CPK à 1 850 UI/L", "Créatinine à 98 µmol/L", "Radiographies : pas de fracture",
           "Scanner cérébral : pas de lésion hémorragique"),
          ("Hydratation intraveineuse avec normalisation des CPK en trois jours.",
           "Évaluation gériatrique standardisée : troubles de la marche, hypotension orthostatique.",
           "Allègement des traitements hypotenseurs et suppression de l'hypnotique.",
           "Rééducation à la marche avec le kinésithérapeute, déambulateur prescrit.",
           "Mise en place d'une téléassistance et renforcement des passages infirmiers.",
           "Réunion avec la famille pour organiser le retour à domicile."),
          "Chute à domicile multifactorielle avec rhabdomyolyse modérée, sans fracture.",
          ("AMLODIPINE 5 mg : 1 comprimé le matin", "COLÉCALCIFÉROL 100 000 UI : 1 ampoule tous les 3 mois",
           "PARACÉTAMOL 1 g : si douleurs"), ages=(70, 120)),
    _Stay("Médecine interne", "une pyélonéphrite aiguë droite",
          "Brûlures mictionnelles depuis trois jours puis fièvre à 39,5 °C avec frissons et douleur lombaire droite.",
          "Température 39,2 °C, PA 112/68 mmHg, ébranlement lombaire droit douloureux.",
          ("ECBU : Escherichia coli sensible aux céphalosporines", "CRP à 142 mg/L",
           "Échographie rénale : pas de dilatation des cavités", "Hémocultures négatives"),
          ("Antibiothérapie par ceftriaxone puis relais oral adapté à l'antibiogramme.",
           "Apyrexie obtenue en 48 heures, disparition des douleurs lombaires.",
           "Hydratation orale encouragée, diurèse conservée.",
           "Pas de facteur favorisant retrouvé à l'interrogatoire."),
          "Pyélonéphrite aiguë droite non compliquée à Escherichia coli.",
          ("CÉFIXIME 200 mg : 1 comprimé matin et soir pendant 7 jours", "PARACÉTAMOL 1 g : si fièvre"), ages=(16, 120)),
    _Stay("Neurologie", "un déficit brachial droit transitoire",
          "Faiblesse du membre supérieur droit et difficulté à trouver ses mots pendant une heure, régressive.",
          "Examen neurologique normal à l'arrivée, NIHSS à 0, PA 162/94 mmHg.",
          ("IRM cérébrale : petit infarctus cortical pariétal gauche", "Doppler des troncs supra-aortiques : "
           "sténose carotidienne gauche à 40 %", "LDL-cholestérol à 1,62 g/L", "Holter ECG : pas de trouble du rythme"),
          ("Antiagrégation plaquettaire et statine à forte dose introduites dès l'admission.",
           "Surveillance en unité neurovasculaire sans récidive déficitaire.",
           "Équilibration tensionnelle progressive.",
           "Bilan étiologique en faveur d'un mécanisme athéromateux.",
           "Évaluation orthophonique normale à la sortie."),
          "Accident ischémique cérébral mineur sylvien gauche d'origine athéromateuse probable.",
          ("ASPIRINE 75 mg : 1 sachet par jour", "ATORVASTATINE 80 mg : 1 comprimé le soir",
           "RAMIPRIL 5 mg : 1 gélule le matin"), ages=(40, 120)),
    _Stay("Hépato-gastro-entérologie", "une hémorragie digestive haute",
          "Méléna depuis deux jours et malaise au lever, sous anti-inflammatoires pour une lombalgie.",
          "PA 98/60 mmHg, FC 110/min, pâleur cutanéo-muqueuse, toucher rectal : méléna.",
          ("Hémoglobine à 7,9 g/dL", "Urée à 14 mmol/L",
           "Gastroscopie : ulcère bulbaire antérieur de 12 mm, sans saignement actif"),
          ("Transfusion de deux culots globulaires avec une hémoglobine à 9,6 g/dL.",
           "Inhibiteur de la pompe à protons à forte dose, relais oral au troisième jour.",
           "Arrêt définitif des anti-inflammatoires non stéroïdiens expliqué.",
           "Recherche d'Helicobacter pylori positive, éradication débutée.",
           "Réalimentation bien tolérée, pas de récidive hémorragique."),
          "Hémorragie digestive haute sur ulcère bulbaire à Helicobacter pylori, favorisé par les AINS.",
          ("ESOMÉPRAZOLE 40 mg : 1 gélule matin et soir pendant 8 semaines",
           "Traitement d'éradication d'Helicobacter pylori pendant 10 jours selon l'antibiogramme"), ages=(30, 120)),
    _Stay("Pédiatrie", "une gastro-entérite aiguë avec déshydratation",
          "Vomissements et diarrhée depuis 36 heures, refus de boire depuis la veille, perte de poids de 6 %.",
          "Enfant fatigué, pli cutané, muqueuses sèches, temps de recoloration à 3 secondes, abdomen souple.",
          ("Natrémie à 134 mmol/L", "Réserve alcaline à 17 mmol/L", "Glycémie normale", "Coproculture négative"),
          ("Réhydratation par soluté de réhydratation orale puis intraveineuse devant l'échec de la voie orale.",
           "Reprise progressive de l'alimentation dès la 24e heure, bien tolérée.",
           "Reprise de poids de 300 g, diurèse satisfaisante.",
           "Parents informés des signes de déshydratation devant faire reconsulter."),
          "Gastro-entérite aiguë virale avec déshydratation modérée.",
          ("Soluté de réhydratation orale : à volonté, en petites quantités fréquentes",
           "PARACÉTAMOL sirop : 15 mg/kg toutes les 6 heures si fièvre"), ages=(0, 15)),
)

# (analyte, unit, low, high, decimals)
LAB_PANELS = {
    "HÉMATOLOGIE": (("Hémoglobine", "g/dL", 12.0, 17.0, 1), ("Hématocrite", "%", 36, 50, 1),
                    ("Leucocytes", "G/L", 4.0, 10.0, 2), ("Plaquettes", "G/L", 150, 400, 0), ("VGM", "fL", 80, 100, 0)),
    "BIOCHIMIE": (("Sodium", "mmol/L", 136, 145, 0), ("Potassium", "mmol/L", 3.5, 5.0, 1),
                  ("Créatinine", "µmol/L", 60, 110, 0), ("DFG estimé (CKD-EPI)", "mL/min/1,73 m²", 60, 120, 0),
                  ("Glycémie à jeun", "g/L", 0.70, 1.10, 2), ("CRP", "mg/L", 0, 5, 1)),
    "BILAN HÉPATIQUE": (("ASAT", "UI/L", 5, 35, 0), ("ALAT", "UI/L", 5, 45, 0), ("Gamma-GT", "UI/L", 8, 55, 0),
                        ("Phosphatases alcalines", "UI/L", 40, 130, 0), ("Bilirubine totale", "µmol/L", 3, 21, 0)),
    "BILAN LIPIDIQUE": (("Cholestérol total", "g/L", 1.50, 2.00, 2), ("HDL-cholestérol", "g/L", 0.40, 0.80, 2),
                        ("LDL-cholestérol calculé", "g/L", 0.70, 1.60, 2), ("Triglycérides", "g/L", 0.50, 1.50, 2)),
    "HORMONOLOGIE": (("TSH", "mUI/L", 0.40, 4.00, 2), ("HbA1c", "%", 4.0, 6.0, 1), ("Ferritine", "µg/L", 20, 300, 0),
                     ("25-OH vitamine D", "ng/mL", 30, 70, 0)),
    "HÉMOSTASE": (("Taux de prothrombine", "%", 70, 100, 0), ("INR", "", 0.8, 1.2, 2), ("TCA (ratio)", "", 0.8, 1.2, 2)),
}

CERTIFICATES = (
    ("CERTIFICAT MÉDICAL DE NON-CONTRE-INDICATION",
     "Je soussigné{e_dr}, {dr}, certifie avoir examiné ce jour {name}, {birth}, et n'avoir constaté à l'examen "
     "clinique aucun signe contre-indiquant la pratique de la randonnée pédestre et de la natation, y compris en "
     "compétition."),
    ("ATTESTATION DE PRÉSENCE",
     "Je soussigné{e_dr}, {dr}, atteste que {name}, {birth}, s'est présenté{e} à ma consultation ce jour de "
     "10 h 15 à 11 h 00."),
    ("CERTIFICAT MÉDICAL",
     "Je soussigné{e_dr}, {dr}, certifie que l'état de santé de {name}, {birth}, nécessite un repos à domicile "
     "et une éviction de la collectivité pendant cinq jours à compter de ce jour."),
)

INFORMATION_SHEETS = (
    ("CONSIGNES APRÈS UNE COLOSCOPIE",
     ("Vous avez bénéficié d'une coloscopie sous anesthésie générale. Ne conduisez pas et ne signez pas de "
      "document important dans les 24 heures.", "Reprenez une alimentation légère le soir même.",
      "Des ballonnements sont fréquents et disparaissent en quelques heures.",
      "Consultez en urgence en cas de fièvre, de douleurs abdominales intenses ou de saignement abondant.",
      "Les résultats des éventuels prélèvements vous seront adressés ainsi qu'à votre médecin traitant.")),
    ("PRÉPARATION À VOTRE EXAMEN D'IRM",
     ("Signalez au secrétariat tout stimulateur cardiaque, clip vasculaire ou corps étranger métallique.",
      "Retirez bijoux, montre, cartes bancaires et appareils auditifs avant d'entrer dans la salle d'examen.",
      "L'examen dure 20 à 30 minutes ; il est bruyant mais indolore.",
      "Apportez vos examens antérieurs et l'ordonnance de votre médecin.")),
    ("VACCINATION CONTRE LA GRIPPE SAISONNIÈRE",
     ("La campagne de vaccination débute à l'automne. Elle est recommandée après 65 ans et en cas de maladie "
      "chronique.", "Le vaccin peut être administré par votre médecin, un infirmier ou un pharmacien.",
      "Une douleur au point d'injection et une fébricule sont possibles pendant 48 heures.")),
)


@dataclass(frozen=True)
class _Doctor:
    first: str
    last: str
    sex: str
    specialty: str = ""


@dataclass(frozen=True)
class _Org:
    name: str
    address: str
    town: str
    phone: str


class _DocContext:
    """Everything a layout needs for one document: its subject, style, dates and a seeded random source."""

    def __init__(self, spec: "DocumentSpec", patients: list[Patient], second: bool = False, seed_offset: int = 0):
        """`second`: the page of the other patient in a two-patient scan."""
        self.spec, self.patients = spec, patients
        self.rng = random.Random(spec.seed + seed_offset + (7919 if second else 0))
        self.p: PrintedIdentity | None = spec.second_subject if second else spec.subject
        self.person: Patient | None = spec.second_patient if second else spec.patient
        self.style = spec.style
        self.date = spec.doc_date
        self.sex = (self.p.sex if self.p and self.p.sex else "") or (self.person.sex if self.person else "")
        self.sex = self.sex or self.rng.choice("MF")
        born = (self.p.birth_date if self.p else None) or (self.person.birth_date if self.person else None)
        self.age = _age(born, self.date) if born else None
        self.date_format = self.rng.choice(("slash", "slash", "long", "dot"))
        self.doctor_style = self.rng.choice(("dr", "dr", "docteur", "initial", "dr_last_first"))
        self.look = Look(family=self.rng.choices(tuple(FAMILIES), (5, 3, 2, 1))[0],
                         size=self.rng.choice((9.5, 10.0, 10.0, 10.5, 11.0)),
                         leading=round(self.rng.uniform(1.2, 1.4), 2), margin=round(self.rng.uniform(16, 23), 1))

    # -- wording
    def g(self, masculine: str, feminine: str) -> str:
        return feminine if self.sex == "F" else masculine

    def fill(self, text: str) -> str:
        for mark, masculine, feminine in (("{e}", "", "e"), ("{ne}", "", "ne"), ("{se}", "", "se"), ("{il}", "il", "elle"),
                                          ("{Il}", "Il", "Elle"), ("{le}", "le patient", "la patiente"),
                                          ("{Le}", "Le patient", "La patiente")):
            text = text.replace(mark, self.g(masculine, feminine))
        return text

    def when(self, d: date | None = None) -> str:
        return format_date(d or self.date, self.date_format)

    def pick(self, items, k: int):
        return self.rng.sample(list(items), min(k, len(items)))

    # -- the subject
    def name(self, with_civility: bool = True) -> str:
        return display_name(self.p, self.style, with_civility) if self.p else ""

    def birth(self, in_sentence: bool = False) -> str:
        return display_birth(self.p, self.style, in_sentence) if self.p else ""

    @property
    def years(self) -> int:
        return self.age if self.age is not None else 50

    def suits(self, item) -> bool:
        """Content fit for the patient's sex and age (no prostate for a boy of 18)."""
        low, high = item.ages
        return getattr(item, "sex", "") in ("", self.sex) and low <= self.years <= high

    def choose(self, items):
        fitting = [item for item in items if self.suits(item)]
        return self.rng.choice(fitting or [item for item in items if getattr(item, "sex", "") in ("", self.sex)])

    def antecedents(self, k: int) -> list[str]:
        return self.pick(CHILD_ANTECEDENTS if self.years < 16 else ANTECEDENTS, k)

    def medications(self, k: int) -> list[str]:
        """Drug names only, for « traitement habituel »."""
        pool = ("SALBUTAMOL 100 µg/dose", "CÉTIRIZINE 10 mg") if self.years < 16 else MEDICATIONS[2:12]
        return [m.split(" :")[0] for m in self.pick(pool, k)]

    # -- third parties
    def doctor(self, specialty: str = "", from_registry: bool | None = None, same_name: bool = False) -> _Doctor:
        """Doctors are sometimes registry patients themselves (with their own birth dates)."""
        use_registry = self.rng.random() < 0.3 if from_registry is None else from_registry
        if use_registry:
            found = self._registry_person(same_name)
            if found:
                return _Doctor(found.first_given_name, found.used_name or found.birth_name, found.sex, specialty)
        sex = self.rng.choice("MF")
        pool, weights = MALE_FIRST_NAMES if sex == "M" else FEMALE_FIRST_NAMES
        return _Doctor(self.rng.choices(pool, weights)[0], _draw_surname(self.rng), sex, specialty)

    def _registry_person(self, same_name: bool) -> Patient | None:
        subject_names = {_norm(n) for n in (self.p.surnames if self.p else [])}
        for _ in range(60):
            q = self.rng.choice(self.patients)
            adult = _age(q.birth_date, self.date) >= 28
            shares = _norm(q.birth_name) in subject_names
            if adult and q is not self.person and shares == same_name:
                return q
        return None

    def dr(self, d: _Doctor) -> str:
        last = _surname_text(d.last, self.style)
        first = _given_text(d.first, self.style)
        if self.doctor_style == "docteur":
            return f"Docteur {first} {last}"
        if self.doctor_style == "initial":
            return f"Dr {'-'.join(part[0] + '.' for part in d.first.split('-'))} {last}"
        if self.doctor_style == "dr_last_first":
            return f"Dr {last} {first}"
        return f"Dr {first} {last}"

    def org(self, names) -> _Org:
        postcode, town = self.rng.choice(TOWNS)
        address = f"{self.rng.randint(1, 120)} {self.rng.choice(STREETS)}"
        return _Org(self.rng.choice(names), address, f"{postcode} {town}", self.phone())

    def phone(self) -> str:
        r = self.rng
        return f"0{r.choice('12345')} 00 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def relative(self) -> str:
        """Someone close to the patient, named near the patient — often a registry patient too."""
        style = replace(self.style, civility="short") if self.style.civility == "none" else self.style
        family = (self.p.surnames[0] if self.p and self.p.surnames else "") or _draw_surname(self.rng)
        married = self.person.used_name if self.person else (self.p.used_name if self.p else "")
        if self.years < 18:
            return self._kin(self.rng.choice((("sa mère", "F"), ("son père", "M"))), family, (-45, -18), style)
        if self.sex == "F" and married:
            return self._kin(("son époux", "M"), married, (-12, 12), style)
        if self.sex == "M" and self.years >= 30 and self.rng.random() < 0.5:
            return self._kin(("son épouse", "F"), family, (-12, 12), style, as_used_name=True)
        if self.years >= 45:
            return self._kin(self.rng.choice((("son fils", "M"), ("sa fille", "F"))), family, (18, 45), style)
        return self._kin(self.rng.choice((("son frère", "M"), ("sa sœur", "F"))), family, (-8, 8), style)

    def _kin(self, kin: tuple[str, str], surname: str, gap: tuple[int, int], style: IdentityStyle,
             as_used_name: bool = False) -> str:
        label, sex = kin
        found = self._family_member(surname, sex, gap, as_used_name)
        first = found.first_given_name if found else self._first_name(sex)
        return f"{label}, {civility(sex, style)} {_given_text(first, style)} {_surname_text(surname, style)}"

    def _family_member(self, surname: str, sex: str, gap: tuple[int, int], as_used_name: bool) -> Patient | None:
        if not self.person:
            return None
        for q in self.patients:
            years = q.birth_date.year - self.person.birth_date.year
            name = q.used_name if as_used_name else q.birth_name
            if q is not self.person and q.sex == sex and _norm(name) == _norm(surname) and gap[0] <= years <= gap[1]:
                return q
        return None

    def _first_name(self, sex: str) -> str:
        pool, weights = MALE_FIRST_NAMES if sex == "M" else FEMALE_FIRST_NAMES
        return self.rng.choices(pool, weights)[0]

STAY_COMMON = (
    "Sur le plan nutritionnel, l'appétit est conservé et le poids stable ; aucune supplémentation n'a été nécessaire.",
    "Le bilan d'autonomie réalisé par l'ergothérapeute ne retrouve pas de difficulté majeure au quotidien.",
    "Les constantes sont restées stables pendant toute la durée du séjour.",
    "Aucun événement indésirable n'a été relevé pendant l'hospitalisation.",
    "La douleur a été évaluée quotidiennement et bien contrôlée par le paracétamol.",
    "Le retour à domicile a été organisé en lien avec l'infirmière libérale et l'entourage.",
    "Une prévention thromboembolique par héparine de bas poids moléculaire a été réalisée pendant le séjour.",
    "{Le} a été informé{e} du diagnostic et des modalités de suivi, qu'{il} a bien comprises.",
    "Le sommeil a été de bonne qualité sans recours aux hypnotiques.",
)

LIVING = (
    "Vit à domicile avec son conjoint, autonome pour les actes de la vie quotidienne.",
    "Vit seul{e} en appartement au deuxième étage avec ascenseur ; aide ménagère deux fois par semaine.",
    "Retraité{e}, ancien{ne} employé{e} de commerce. Pas de consommation d'alcool, non-fumeur{se}.",
    "En activité professionnelle, deux enfants. Tabagisme actif à 10 cigarettes par jour.",
)


# ----------------------------------------------------------------------------------------------
# Identity blocks
# ----------------------------------------------------------------------------------------------

def _identity_fields(ctx: _DocContext, extras: bool = True) -> list[tuple[str, str]]:
    """Label/value rows: « Nom de naissance », « Nom d'usage », « Prénom(s) », « Date de naissance »…"""
    p, s, r = ctx.p, ctx.style, ctx.rng
    rows = _name_fields(ctx)
    if p.first_names:
        several = len(split_first_names(p.first_names)) > 1
        label = r.choice(("Prénom(s)", "Prénoms")) if several else r.choice(("Prénom", "Prénom(s)", "Premier prénom"))
        rows.append((label, _given_text(p.first_names, s, commas=s.first_names_commas)))
    elif r.random() < 0.4:
        rows.append(("Prénom", ""))
    if p.birth_date:
        label = r.choice(("Date de naissance", "Date de naissance", "Né(e) le", "DDN", "Date de naiss."))
        rows.append((label, format_date(p.birth_date, s.date_format)))
    if not extras:
        return rows
    if p.sex and r.random() < 0.6:
        rows.append(("Sexe", r.choice((p.sex, {"M": "Masculin", "F": "Féminin"}[p.sex]))))
    if p.birth_place and r.random() < 0.25:
        rows.append(("Lieu de naissance", p.birth_place))
    if p.ins:
        rows.append((r.choice(("INS", "Matricule INS", "N° INS", "INS (NIR)")), format_ins(p.ins, s.ins_format)))
    if p.ipp:
        rows.append((r.choice(("IPP", "N° patient", "N° de dossier")), p.ipp))
    return rows


def _name_fields(ctx: _DocContext) -> list[tuple[str, str]]:
    p, s, r = ctx.p, ctx.style, ctx.rng
    if p.birth_name:
        labels = ("Nom de naissance", "Nom de naissance", "NOM DE NAISSANCE") + (("Nom de jeune fille",) if p.sex == "F" else ())
        rows = [(r.choice(labels), _surname_text(p.birth_name, s))]
        if p.used_name:
            rows.append((r.choice(("Nom d'usage", "Nom d'usage", "Nom utilisé", "Nom marital")), _surname_text(p.used_name, s)))
        elif r.random() < 0.3:
            rows.append(("Nom d'usage", ""))
        return rows
    if p.used_name:
        return [("Nom d'usage", _surname_text(p.used_name, s))]
    return [(r.choice(("Nom", "NOM", "Nom du patient")), _surname_text(p.name, s) if p.name else "")]


def _identity_line(ctx: _DocContext) -> str:
    """The identity on one line: « Patient : DUPONT Jean, né le 12/03/1957 » and its cousins."""
    p, r = ctx.p, ctx.rng
    name, birth = ctx.name() or "....................", ctx.birth()
    variant = r.randrange(6)
    if variant == 0:
        label = r.choice((ctx.g("Patient", "Patiente"), "Patient(e)", "Patient"))
        line = f"{label} : {name}" + (f", {birth}" if birth else "")
    elif variant == 1:
        line = "   ".join(f"{k} : {v}" for k, v in _identity_fields(ctx, extras=False))
    elif variant == 2:
        line = f"Concerne : {name}" + ((f" {birth}" if ctx.style.date_label == "paren" else f", {birth}") if birth else "")
    elif variant == 3:
        age = f"{ctx.age} ans" if ctx.age is not None and p.birth_date and r.random() < 0.6 else ""
        line = " — ".join(x for x in (name, birth, age) if x)
    elif variant == 4:
        line = f"Identité : {name}" + (f" – {birth}" if birth else "")
    else:
        line = f"Nom du patient : {name}" + (f"    {birth}" if birth else "")
    if p.ins:
        line += f" — INS : {format_ins(p.ins, ctx.style.ins_format)}"
    if p.ipp:
        line += f" — {r.choice(('IPP', 'N° dossier'))} : {p.ipp}"
    return line


def _identity_block(ctx: _DocContext, kind: str) -> tuple:
    if ctx.p is None:
        return (Text(""),)
    if kind == "sticker":
        return _sticker(ctx)
    if kind == "address":
        return _address_block(ctx)
    fields = _identity_fields(ctx)
    if kind == "table":
        return (Table(tuple(fields), (0.46, 0.54), borders=ctx.rng.random() < 0.5, bold_first_column=True, scale=0.9),)
    return tuple(Text(f"{k} : {v}", 0.95, after=0.6) for k, v in fields)


def _address_block(ctx: _DocContext) -> tuple:
    """A lab's or a letter's postal block: « Mme DURAND Marie / Née LEFEBVRE le 03/03/1962 / 12 rue … »."""
    p, s, r = ctx.p, ctx.style, ctx.rng
    long_style = replace(s, civility="long" if s.civility == "none" else s.civility)
    if p.birth_name and p.used_name and p.birth_date and r.random() < 0.5:
        head = display_name(replace(p, birth_name="", name=""), long_style)
        born = f"{_agree(p.sex, 'Né', 'Née')} {_surname_text(p.birth_name, s)} le {format_date(p.birth_date, s.date_format)}"
    else:
        head, born = display_name(p, long_style) or "....................", display_birth(p, s)
    postcode, town = r.choice(TOWNS)
    lines = [Text(head, 1.0, bold=True, after=0.6), Text(born, 0.95, after=0.6) if born else None,
             Text(f"{r.randint(1, 90)} {r.choice(STREETS)}", 0.95, after=0.6), Text(f"{postcode} {town.upper()}", 0.95)]
    if p.ins:
        lines.append(Text(f"INS : {format_ins(p.ins, s.ins_format)}", 0.85))
    return tuple(x for x in lines if x)


def _sticker(ctx: _DocContext) -> tuple:
    """The hospital's patient label, with its barcode."""
    p, s, r = ctx.p, ctx.style, ctx.rng
    main = p.used_name or p.name or p.birth_name
    top = " ".join(x for x in (_surname_text(main, s) if main else "", _given_text(p.first_names, s)) if x)
    lines: list = [Text(top or "....................", 0.9, bold=True, after=0.4)]
    if p.birth_name and p.used_name:
        lines.append(Text(f"{_agree(p.sex, 'Né', 'Née')} {_surname_text(p.birth_name, s)}", 0.85, after=0.4))
    facts = [format_date(p.birth_date, s.date_format) if p.birth_date else "", p.sex,
             f"({ctx.age} ans)" if p.birth_date and ctx.age is not None else ""]
    lines.append(Text("  ".join(x for x in facts if x), 0.85, after=0.4))
    lines.append(Text(f"IPP {p.ipp or r.randint(100_000_000, 999_999_999)}   NDA {r.randint(10**9, 10**10 - 1)}", 0.8, after=0.4))
    lines.append(Barcode(f"{ctx.spec.seed}-{top}"))
    if p.ins:
        lines.append(Text(f"INS {format_ins(p.ins, s.ins_format)}", 0.8, after=0.4))
    lines.append(Text(f"UF {r.randint(1000, 9999)}", 0.75, after=0.0))
    return tuple(lines)


# ----------------------------------------------------------------------------------------------
# Shared pieces of layouts
# ----------------------------------------------------------------------------------------------

def _letterhead(ctx: _DocContext, org: _Org, doctors: list[_Doctor], service: str = "") -> list[Text]:
    r = ctx.rng
    lines = [Text(org.name, 1.25, bold=True, after=0.8)]
    if service:
        lines.append(Text(service, 1.0, bold=True, after=0.6))
    lines += [Text(ctx.dr(d) + (f" — {d.specialty}" if d.specialty else ""), 0.88, after=0.3) for d in doctors]
    lines += [Text(org.address, 0.88, after=0.3), Text(org.town, 0.88, after=0.3),
              Text(f"Tél. {org.phone}" + (f" — Fax {ctx.phone()}" if r.random() < 0.4 else ""), 0.85, after=0.3)]
    if r.random() < 0.35:
        lines.append(Text(f"FINESS {r.randint(10**8, 10**9 - 1)}", 0.8, after=0.3))
    return lines


def _centered(lines: list[Text]) -> list[Text]:
    return [replace(t, align="center") for t in lines]


def _signature(ctx: _DocContext, doctor: _Doctor, closing: str = "") -> list:
    r = ctx.rng
    align = r.choice(("left", "right", "right"))
    out: list = [Space(3)]
    if closing:
        out.append(Text(closing, after=5))
    out.append(Text(ctx.dr(doctor), bold=True, align=align, after=0.5))
    if doctor.specialty:
        out.append(Text(doctor.specialty[:1].upper() + doctor.specialty[1:], 0.9, align=align, after=0.5))
    note = r.choice(("(signature électronique)", "Document validé électroniquement", "", "P/O le secrétariat"))
    if note:
        out.append(Text(note, 0.8, align=align))
    return out


def _topic(ctx: _DocContext) -> _Topic:
    return ctx.choose(CONSULT_TOPICS)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _consultation_sections(ctx: _DocContext, topic: _Topic) -> list:
    r = ctx.rng
    medications = ctx.medications(r.randint(1, 3))
    sections = [("Motif", _sentence(topic.motif)), ("Antécédents", _sentence("; ".join(ctx.antecedents(r.randint(2, 4))))),
                ("Traitement habituel", _sentence(", ".join(medications))), ("Examen clinique", topic.exam),
                ("Examens complémentaires", topic.tests), ("Conclusion", topic.conclusion),
                ("Conduite à tenir", ctx.fill(topic.plan))]
    inline, capitals = r.random() < 0.5, r.random() < 0.3
    out: list = []
    for heading, body in sections:
        if inline:
            out.append(Text(f"{heading} : {body}", after=2.5))
        else:
            out += [Text(heading.upper() if capitals else heading, bold=True, after=0.5), Text(body, after=2.5)]
    return out


def _sentence_identity(ctx: _DocContext) -> str:
    """« Mme Marie DURAND née LEFEBVRE, née le 3 mars 1962 » as written inside a sentence."""
    birth = ctx.birth(in_sentence=True)
    return ctx.name() + (f", {birth}" if birth else "")


def _ins_line(ctx: _DocContext) -> list[Text]:
    """Layouts that name the patient in a sentence print the INS on a line of its own."""
    if not (ctx.p and ctx.p.ins):
        return []
    label = ctx.rng.choice(("INS", "Matricule INS", "N° INS"))
    return [Text(f"{label} : {format_ins(ctx.p.ins, ctx.style.ins_format)}", 0.95, after=3)]


def _rpps(ctx: _DocContext) -> str:
    return f"RPPS {ctx.rng.randint(10_000_000_000, 10_999_999_999)}"


# ----------------------------------------------------------------------------------------------
# Layouts: one function per kind of document
# ----------------------------------------------------------------------------------------------

def _layout_consultation_inline(ctx: _DocContext) -> Sheet:
    r, topic = ctx.rng, _topic(ctx)
    doctor = ctx.doctor(SPECIALISTS[topic.specialty])
    flow: list = [*_centered(_letterhead(ctx, ctx.org(PRACTICES + HOSPITALS), [doctor], topic.specialty)), Rule()]
    title = r.choice(("COMPTE RENDU DE CONSULTATION", f"Consultation de {topic.specialty.lower()}", "CONSULTATION"))
    flow.append(Text(title, 1.3, bold=True, align="center", after=3))
    if ctx.p:
        flow.append(Text(_identity_line(ctx), bold=r.random() < 0.5, after=1.2))
    flow.append(Text(f"Consultation du {ctx.when()}", 0.95, after=3))
    flow += _consultation_sections(ctx, topic) + _signature(ctx, doctor)
    return Sheet(flow, ctx.look)


def _layout_consultation_side(ctx: _DocContext) -> Sheet:
    r, topic = ctx.rng, _topic(ctx)
    doctor = ctx.doctor(SPECIALISTS[topic.specialty])
    left = _letterhead(ctx, ctx.org(HOSPITALS + PRACTICES), [doctor, ctx.doctor(SPECIALISTS[topic.specialty])],
                       f"Service de {topic.specialty.lower()}")
    right = _identity_block(ctx, r.choice(("table", "lines", "lines")))
    flow: list = [Columns(tuple(left), right, split=round(r.uniform(0.5, 0.58), 2), boxed=r.random() < 0.5)]
    flow.append(Text(r.choice(("COMPTE RENDU DE CONSULTATION", "Compte rendu de consultation")), 1.3, bold=True,
                     align="center", after=2))
    flow.append(Text(f"Date de consultation : {ctx.when()}", 0.95, after=3))
    flow += _consultation_sections(ctx, topic) + _signature(ctx, doctor)
    return Sheet(flow, ctx.look)


def _layout_lab_result(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    org, biologist = ctx.org(LABORATORIES), ctx.doctor("biologiste")
    multi = "multi_page" in ctx.spec.variants
    dossier = f"{ctx.date:%y%m%d}-{r.randint(1, 9999):04d}"
    panels = r.sample(list(LAB_PANELS), 6 if multi else r.randint(2, 3))
    flow: list = []
    if ctx.p is not None:
        left = [Text(org.name, 1.3, bold=True, after=0.6), Text("Laboratoire de biologie médicale", 0.9, after=0.3),
                Text(org.address, 0.88, after=0.3), Text(org.town, 0.88, after=0.3), Text(f"Tél. {org.phone}", 0.85, after=0.3),
                Text(f"Biologistes : {ctx.dr(biologist)}, {ctx.dr(ctx.doctor('biologiste'))}", 0.8, after=0.3)]
        right = _identity_block(ctx, r.choice(("address", "address", "table", "lines")))
        sampled = ctx.date - timedelta(days=r.randint(0, 2))
        flow += [Columns(tuple(left), right, boxed=r.random() < 0.6),
                 Text(f"Dossier n° {dossier}    Prélevé le {ctx.when(sampled)} à {r.randint(7, 11)}:{r.choice(('05', '20', '42'))}"
                      f"    Édité le {ctx.when()}", 0.9, after=0.8),
                 Text(f"Prescripteur : {ctx.dr(ctx.doctor('médecin généraliste'))}", 0.9, after=3),
                 Text("COMPTE RENDU D'ANALYSES DE BIOLOGIE MÉDICALE", 1.1, bold=True, align="center", after=3)]
    else:
        flow.append(Text(f"{org.name} — suite des résultats", 0.9, after=3))
    for panel in panels:
        flow += [Text(panel, 1.0, bold=True, after=1), _lab_table(ctx, LAB_PANELS[panel])]
    flow += [Text("* valeur en dehors des limites de référence", 0.8, after=1.5),
             Text(f"Compte rendu validé par {ctx.dr(biologist)}, biologiste, le {ctx.when()}", 0.9)]
    sheet = Sheet(flow, ctx.look, page_numbers=r.choice(("Page {page}/{total}", "Page {page} sur {total}")))
    if ctx.p is None:
        return replace(sheet, page_numbers="", footer="Page 2/2")
    if multi and r.random() < 0.8:
        short = display_name(replace(ctx.p, birth_name="") if ctx.p.used_name else ctx.p, ctx.style, with_civility=False)
        birth = format_date(ctx.p.birth_date, ctx.style.date_format) if ctx.p.birth_date and r.random() < 0.6 else ""
        sheet.running_header = " — ".join(x for x in (short, birth, f"Dossier {dossier}") if x)
    return sheet


def _lab_table(ctx: _DocContext, analytes) -> Table:
    r = ctx.rng
    previous = ctx.when(ctx.date - timedelta(days=r.randint(60, 400)))
    rows = [("Analyse", "Résultat", "Unité", "Valeurs de référence", "Antériorité")]
    for name, unit, low, high, decimals in analytes:
        normal = r.random() < 0.75
        value = r.uniform(low, high) if normal else r.choice((low * r.uniform(0.6, 0.95), high * r.uniform(1.05, 1.6)))
        shown = lambda v: f"{v:.{decimals}f}".replace(".", ",")
        reference = f"< {shown(high)}" if low == 0 else f"{shown(low)} – {shown(high)}"
        before = f"{shown(value * r.uniform(0.85, 1.15))} ({previous})" if r.random() < 0.5 else ""
        rows.append((name, shown(value) + ("" if normal else " *"), unit, reference, before))
    return Table(tuple(rows), (0.32, 0.14, 0.14, 0.2, 0.2), header=True, borders=r.random() < 0.5, scale=0.88)


def _layout_imaging_report(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    exam = ctx.choose(IMAGING_EXAMS)
    radiologists = [ctx.doctor("radiologue") for _ in range(r.randint(1, 3))]
    head = _letterhead(ctx, ctx.org(IMAGING_CENTRES), radiologists)
    if ctx.p is None or r.random() < 0.5:
        flow: list = [*_centered(head), Rule()]
        if ctx.p:
            flow.append(Text(_identity_line(ctx), bold=True, after=1.2))
    else:
        flow = [Columns(tuple(head), _identity_block(ctx, r.choice(("table", "lines"))), boxed=r.random() < 0.4)]
    flow += [Text(f"Examen du {ctx.when()}", 0.95, after=0.6),
             Text(f"Prescripteur : {ctx.dr(ctx.doctor('médecin généraliste'))}", 0.95, after=3),
             Text(exam.title, 1.2, bold=True, align="center", after=3),
             Text(f"Indication : {exam.indication}", after=1.5), Text(f"Technique : {exam.technique}", after=2),
             Text("Résultats :", bold=True, after=0.8)]
    flow += [Text(f"- {finding}", indent=3, after=0.6) for finding in exam.findings]
    flow += [Space(2), Text("Conclusion :", bold=True, after=0.8), Text(exam.conclusion, bold=True, after=3)]
    return Sheet(flow + _signature(ctx, radiologists[0]), ctx.look)


def _letter_header(ctx: _DocContext, sender: _Doctor, recipient: _Doctor) -> list:
    org = ctx.org(PRACTICES + HOSPITALS)
    left = [Text(ctx.dr(sender), 1.05, bold=True, after=0.4), Text(sender.specialty.capitalize(), 0.9, after=0.4),
            Text(org.name, 0.9, after=0.3), Text(org.address, 0.88, after=0.3), Text(org.town, 0.88, after=0.3),
            Text(f"Tél. {org.phone}", 0.85, after=0.3), Text(_rpps(ctx), 0.8)]
    postcode, town = ctx.rng.choice(TOWNS)
    right = [Space(12), Text(ctx.dr(recipient), bold=True, after=0.4), Text(recipient.specialty.capitalize(), 0.9, after=0.4),
             Text(f"{ctx.rng.randint(1, 90)} {ctx.rng.choice(STREETS)}", 0.9, after=0.3), Text(f"{postcode} {town}", 0.9)]
    return [Columns(tuple(left), tuple(right), split=0.55), Text(f"{org.town.split(' ', 1)[1]}, le {format_date(ctx.date, 'long')}",
                                                                  align="right", after=5)]


def _salutation(ctx: _DocContext, recipient: _Doctor) -> str:
    if recipient.sex == "F":
        return ctx.rng.choice(("Chère consœur,", "Chère consœur,", "Chère amie,", "Madame et chère consœur,"))
    return ctx.rng.choice(("Cher confrère,", "Cher confrère,", "Cher ami,", "Monsieur et cher confrère,"))


def _third_parties(ctx: _DocContext) -> tuple[bool | None, bool]:
    """In the « third parties » case every doctor is a registry patient, one of them a namesake."""
    return (True, ctx.rng.random() < 0.6) if "third_parties" in ctx.spec.variants else (None, False)


def _layout_referral_letter(ctx: _DocContext) -> Sheet:
    r, topic = ctx.rng, _topic(ctx)
    from_registry, namesake = _third_parties(ctx)
    sender = ctx.doctor("médecin généraliste", from_registry)
    recipient = ctx.doctor(SPECIALISTS[topic.specialty], from_registry, same_name=namesake)
    flow = _letter_header(ctx, sender, recipient)
    if ctx.p is None:
        return Sheet(flow + _practice_notice(ctx, recipient) + _signature(ctx, sender), ctx.look)
    if r.random() < 0.6:
        flow.append(Text(f"Objet : {_sentence_identity(ctx)}", bold=True, after=2))
    flow += _ins_line(ctx)
    opener = r.choice(("Je vous adresse", "Je me permets de vous adresser", "Merci de bien vouloir recevoir"))
    age = f", âgé{ctx.g('', 'e')} de {ctx.age} ans" if ctx.age is not None and r.random() < 0.5 else ""
    body = [f"{opener} {_sentence_identity(ctx)}{age}, pour avis concernant {topic.motif}."]
    if r.random() < 0.7 or "third_parties" in ctx.spec.variants:
        body.append(ctx.fill(f"{{Il}} sera accompagné{{e}} de {ctx.relative()}, qui pourra vous apporter des précisions."))
    body += [f"Dans ses antécédents, on retient : {', '.join(ctx.antecedents(r.randint(2, 4)))}.",
             f"Son traitement actuel comporte : {'; '.join(ctx.medications(3))}.",
             f"À l'examen de ce jour : {topic.exam[:1].lower()}{topic.exam[1:]}",
             "Je vous remercie de l'attention que vous lui porterez et reste à votre disposition."]
    flow += [Text(_salutation(ctx, recipient), after=3)] + [Text(b, after=2.5) for b in body]
    flow += _signature(ctx, sender, r.choice(("Bien confraternellement,", "Bien cordialement,",
                                               "Veuillez agréer, cher confrère, l'expression de mes sentiments les meilleurs.")))
    if r.random() < 0.4 or "third_parties" in ctx.spec.variants:
        flow.append(Text(f"Copie : {ctx.dr(ctx.doctor('cardiologue', from_registry))}, cardiologue", 0.85))
    return Sheet(flow, ctx.look)


def _practice_notice(ctx: _DocContext, recipient: _Doctor) -> list:
    """A letter about the practice, not about a patient."""
    when = format_date(ctx.date + timedelta(days=30), "long")
    return [Text(_salutation(ctx, recipient), after=3),
            Text(f"Je vous informe qu'à compter du {when}, mon secrétariat sera joignable au {ctx.phone()} "
                 "du lundi au vendredi, de 9 h à 12 h.", after=2.5),
            Text("Les demandes de rendez-vous urgents peuvent m'être adressées par la messagerie sécurisée de santé. "
                 "Les comptes rendus vous parviendront désormais exclusivement par cette voie.", after=2.5),
            Text("Je vous remercie de votre confiance et reste à votre disposition.", after=2.5)]


def _layout_consultation_letter(ctx: _DocContext) -> Sheet:
    r, topic = ctx.rng, _topic(ctx)
    from_registry, namesake = _third_parties(ctx)
    sender = ctx.doctor(SPECIALISTS[topic.specialty], from_registry)
    recipient = ctx.doctor("médecin généraliste", from_registry, same_name=namesake)
    flow = _letter_header(ctx, sender, recipient)
    flow.append(Text(r.choice(("COMPTE RENDU DE CONSULTATION", f"Consultation de {topic.specialty.lower()} du {ctx.when()}")),
                     1.15, bold=True, after=2))
    flow += [Text(_identity_line(ctx), after=3)] if r.random() < 0.5 else _ins_line(ctx)
    seen = ctx.fill(f"J'ai vu en consultation ce jour {_sentence_identity(ctx)}, que vous m'aviez adressé{{e}} pour {topic.motif}.")
    paragraphs = [seen,
                  f"Sur le plan des antécédents, on retient {', '.join(ctx.antecedents(r.randint(2, 3)))}.",
                  f"À l'examen : {topic.exam}", topic.tests, f"Au total : {topic.conclusion}", ctx.fill(topic.plan)]
    if "third_parties" in ctx.spec.variants:
        paragraphs.insert(1, ctx.fill(f"{{Il}} était accompagné{{e}} de {ctx.relative()}."))
    flow += [Text(_salutation(ctx, recipient), after=3)] + [Text(p, after=2.5) for p in paragraphs]
    return Sheet(flow + _signature(ctx, sender, r.choice(("Bien amicalement,", "Bien confraternellement,"))), ctx.look)


def _layout_discharge_summary(ctx: _DocContext) -> Sheet:
    r, stay = ctx.rng, ctx.choose(STAYS)
    from_registry, namesake = _third_parties(ctx)
    senior, resident = ctx.doctor(SPECIALISTS.get(stay.service, "praticien hospitalier"), from_registry), ctx.doctor("interne")
    gp = ctx.doctor("médecin généraliste", from_registry, same_name=namesake)
    org = ctx.org(HOSPITALS)
    left = [Text(org.name, 1.2, bold=True, after=0.6), Text(f"Service de {stay.service.lower()}", 1.0, bold=True, after=0.6),
            Text(f"Chef de service : {ctx.dr(ctx.doctor('chef de service'))}", 0.85, after=0.3),
            Text(f"Secrétariat : {ctx.phone()}", 0.85, after=0.3), Text(org.address, 0.85, after=0.3), Text(org.town, 0.85)]
    right = _identity_block(ctx, r.choice(("table", "lines", "sticker")))
    exit_day = ctx.date - timedelta(days=r.randint(0, 4))
    entry_day = exit_day - timedelta(days=r.randint(3, 14))
    flow: list = [Columns(tuple(left), right, boxed=r.random() < 0.5),
                  Text(r.choice(("COMPTE RENDU D'HOSPITALISATION", "LETTRE DE LIAISON À LA SORTIE",
                                 "Compte rendu d'hospitalisation")), 1.3, bold=True, align="center", after=2),
                  Text(f"Séjour du {ctx.when(entry_day)} au {ctx.when(exit_day)} — Service de {stay.service.lower()}", after=0.6),
                  Text(f"Médecin traitant : {ctx.dr(gp)}", after=3)]
    if r.random() < 0.5:
        flow += [Text(_salutation(ctx, gp), after=2),
                 Text(ctx.fill(f"Votre patient{{e}} {_sentence_identity(ctx)}, a été hospitalisé{{e}} dans le service du "
                               f"{ctx.when(entry_day)} au {ctx.when(exit_day)} pour {stay.motif}."), after=3)]
    flow += _stay_sections(ctx, stay)
    flow += _signature(ctx, senior) + [Text(f"{ctx.dr(resident)}, interne", 0.85)]
    return Sheet(flow, ctx.look, **_running_header(ctx, org))


def _stay_sections(ctx: _DocContext, stay: _Stay) -> list:
    r = ctx.rng
    course = list(stay.course) + [ctx.fill(s) for s in ctx.pick(STAY_COMMON, r.randint(4, 7))]
    heading = lambda t: Text(t.upper() if r.random() < 0.3 else t, bold=True, after=0.8)
    flow: list = [heading("Motif d'hospitalisation"), Text(_sentence(stay.motif), after=2.5),
                  heading("Antécédents")]
    flow += [Text(f"- {_sentence(a)}", indent=3, after=0.5) for a in ctx.antecedents(r.randint(3, 5))]
    flow += [Space(2), heading("Mode de vie"), Text(ctx.fill(r.choice(LIVING)), after=2.5),
             heading("Histoire de la maladie"), Text(stay.history, after=2.5),
             heading("Examen clinique à l'entrée"), Text(stay.exam, after=2.5),
             heading("Examens complémentaires")]
    flow += [Text(f"- {x}", indent=3, after=0.5) for x in stay.results]
    if r.random() < 0.7:
        panel = r.choice(("HÉMATOLOGIE", "BIOCHIMIE", "BILAN HÉPATIQUE"))
        flow += [Space(1.5), Text(f"Biologie d'entrée ({panel.lower()}) :", after=1), _lab_table(ctx, LAB_PANELS[panel])]
    flow += [Space(2), heading("Évolution dans le service")]
    flow += [Text(" ".join(course[i:i + 3]), after=2) for i in range(0, len(course), 3)]
    flow += [heading("Conclusion"), Text(stay.diagnosis, bold=True, after=2.5), heading("Traitement de sortie"),
             Table(tuple(tuple(m.split(" : ", 1)) for m in stay.treatment), (0.45, 0.55), borders=r.random() < 0.5),
             heading("Suivi"),
             Text(f"Consultation de contrôle avec {ctx.dr(ctx.doctor())} dans un mois. Bilan biologique à 15 jours.", after=2)]
    return flow


def _running_header(ctx: _DocContext, org: _Org) -> dict:
    """Continuation pages: « DURAND Marie — 03/03/1962 — page 2/3 », the name alone, or nothing at all."""
    r, p = ctx.rng, ctx.p
    numbering = r.choice(("page {page}/{total}", "Page {page} sur {total}", ""))
    kind = r.choice(("full", "full", "name", "none"))
    if p is None or kind == "none":
        return {"page_numbers": numbering, "footer": org.name if r.random() < 0.5 else ""}
    short = display_name(replace(p, birth_name="") if p.used_name else p, ctx.style, with_civility=r.random() < 0.4)
    birth = format_date(p.birth_date, ctx.style.date_format) if p.birth_date and kind == "full" else ""
    return {"running_header": " — ".join(x for x in (short, birth) if x), "page_numbers": numbering}


def _layout_operative_report(ctx: _DocContext) -> Sheet:
    r, operation = ctx.rng, ctx.choose(OPERATIONS)
    surgeon, assistant, anaesthetist = ctx.doctor(operation.surgeon), ctx.doctor("interne"), ctx.doctor("anesthésiste")
    org = ctx.org(HOSPITALS)
    left = [Text(org.name, 1.2, bold=True, after=0.6), Text("Bloc opératoire central", 0.95, after=0.4),
            Text(org.address, 0.85, after=0.3), Text(org.town, 0.85, after=0.3), Text(f"Tél. {org.phone}", 0.85)]
    right = _identity_block(ctx, r.choice(("sticker", "sticker", "table")))
    facts = (("Date de l'intervention", ctx.when()), ("Opérateur", ctx.dr(surgeon)), ("Aide opératoire", ctx.dr(assistant)),
             ("Anesthésiste", ctx.dr(anaesthetist)), ("Anesthésie", operation.anaesthesia))
    flow: list = [Columns(tuple(left), right, boxed=True),
                  Text("COMPTE RENDU OPÉRATOIRE", 1.3, bold=True, align="center", after=3),
                  Table(facts, (0.35, 0.65), borders=r.random() < 0.4, bold_first_column=True),
                  Text(f"Intervention : {operation.name}", bold=True, after=2),
                  Text(f"Indication : {operation.indication}", after=2), Text(f"Installation : {operation.installation}", after=2),
                  Text("Description :", bold=True, after=0.8)]
    flow += [Text(step, after=1.2) for step in operation.steps]
    flow += [Space(2), Text(f"Suites prévues : {operation.aftercare}", after=2)]
    return Sheet(flow + _signature(ctx, surgeon), ctx.look)


def _layout_prescription(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    doctor = ctx.doctor(r.choice(("médecin généraliste", "cardiologue", "rhumatologue")))
    org = ctx.org(PRACTICES)
    left = [Text(ctx.dr(doctor), 1.15, bold=True, after=0.4), Text(doctor.specialty.capitalize(), 0.9, after=0.3),
            Text(_rpps(ctx), 0.8, after=0.3), Text(f"N° AM {r.randint(10, 95)} 1 {r.randint(10000, 99999)} {r.randint(0, 9)}", 0.8)]
    right = [Text(org.name, 0.9, bold=True, after=0.3), Text(org.address, 0.85, after=0.3), Text(org.town, 0.85, after=0.3),
             Text(f"Tél. {org.phone}", 0.85), Text("Sur rendez-vous", 0.8)]
    flow: list = [Columns(tuple(left), tuple(right), split=0.5), Rule(),
                  Text(f"{org.town.split(' ', 1)[1]}, le {ctx.when()}", align="right", after=4)]
    if ctx.p is not None:
        flow += _prescription_patient(ctx)
    if r.random() < 0.5:
        flow.append(Text("ORDONNANCE", 1.3, bold=True, align="center", after=4))
    pool = [m for m in MEDICATIONS if ctx.years >= 16 or m.startswith(("AMOXICILLINE", "PARACÉTAMOL", "SALBUTAMOL"))]
    medications = ctx.pick(pool, r.randint(2, 5))
    if len(medications) >= 3 and r.random() < 0.3:
        flow += [Text("Prescriptions relatives au traitement de l'affection de longue durée reconnue (ALD)", 0.85, bold=True, after=2)]
        flow += [Text(m, after=2.5) for m in medications[:2]]
        flow += [Rule(), Text("Prescriptions SANS RAPPORT avec l'affection de longue durée", 0.85, bold=True, after=2)]
        flow += [Text(m, after=2.5) for m in medications[2:]]
    else:
        flow += [Text(f"{i}. {m}", after=3) for i, m in enumerate(medications, 1)]
    flow.append(Text(r.choice(("QSP 3 mois.", "À renouveler 2 fois.", "Traitement pour 1 mois.", "")), bold=True, after=4))
    sheet = Sheet(flow + _signature(ctx, doctor), ctx.look)
    sheet.footer = "En cas d'urgence, composez le 15." if r.random() < 0.5 else ""
    return sheet


def _prescription_patient(ctx: _DocContext) -> list:
    r, p = ctx.rng, ctx.p
    if r.random() < 0.4:
        return [Text(_identity_line(ctx), bold=True, after=4)]
    lines = [Text(ctx.name() or "Nom : ....................", 1.1, bold=True, after=0.8)]
    if p.birth_date:
        lines.append(Text(_sentence(ctx.birth()) if ctx.style.date_label == "ne_le" else ctx.birth(), after=0.8))
    if r.random() < 0.5:
        lines.append(Text(f"Poids : {r.randint(48, 105)} kg", 0.9, after=0.8))
    if p.ins:
        lines.append(Text(f"INS : {format_ins(p.ins, ctx.style.ins_format)}", 0.9, after=0.8))
    return lines + [Space(4)]


def _layout_dictation(ctx: _DocContext) -> Sheet:
    """A dictation transcript: no letterhead, the patient named inside the first sentence."""
    r, topic = ctx.rng, _topic(ctx)
    doctor = ctx.doctor(SPECIALISTS[topic.specialty], _third_parties(ctx)[0])
    flow: list = []
    if r.random() < 0.5:
        flow.append(Text(f"Compte rendu de consultation — {topic.specialty}", bold=True, after=2))
    if r.random() < 0.5:
        flow.append(Text(f"Consultation du {ctx.when()}", after=3))
    flow += _ins_line(ctx)
    who = _sentence_identity(ctx) if ctx.p else ctx.g("le patient", "la patiente")
    opener = r.choice((f"Je revois ce jour {who}, pour {topic.motif}.",
                       f"J'ai vu en consultation ce jour {who}, qui consulte pour {topic.motif}.",
                       f"Vu ce jour en consultation de suivi : {who}, pour {topic.motif}.",
                       f"Je reçois ce jour {who}, adressé{ctx.g('', 'e')} par {ctx.dr(ctx.doctor('médecin généraliste'))} "
                       f"pour {topic.motif}."))
    paragraphs = [opener,
                  f"Dans ses antécédents, on note {', '.join(ctx.antecedents(r.randint(2, 4)))}.",
                  f"À l'examen, {topic.exam[:1].lower()}{topic.exam[1:]} {topic.tests}",
                  f"Au total, {topic.conclusion[:1].lower()}{topic.conclusion[1:]}", ctx.fill(topic.plan)]
    if "third_parties" in ctx.spec.variants:
        paragraphs.insert(1, ctx.fill(f"{{Il}} est venu{{e}} avec {ctx.relative()}."))
    flow += [Text(p, after=2.5) for p in paragraphs]
    flow.append(Text(r.choice((ctx.dr(doctor), f"{ctx.dr(doctor)}, {doctor.specialty}", "Dicté mais non relu.")), after=1))
    return Sheet(flow, ctx.look)


def _layout_anaesthesia_form(ctx: _DocContext) -> Sheet:
    """A pre-anaesthesia consultation form with the hospital's patient label."""
    r, operation = ctx.rng, ctx.choose(OPERATIONS)
    org, anaesthetist = ctx.org(HOSPITALS), ctx.doctor("anesthésiste-réanimateur")
    left = [Text(org.name, 1.2, bold=True, after=0.6), Text("Département d'anesthésie-réanimation", 0.95, after=0.4),
            Text(org.address, 0.85, after=0.3), Text(org.town, 0.85, after=0.3), Text(f"Tél. {org.phone}", 0.85)]
    height, weight = r.randint(150, 190), r.randint(48, 110)
    facts = (("Date de consultation", ctx.when()), ("Intervention prévue", operation.name),
             ("Date prévue", ctx.when(ctx.date + timedelta(days=r.randint(7, 40)))), ("Chirurgien", ctx.dr(ctx.doctor(operation.surgeon))),
             ("Poids / Taille", f"{weight} kg / {height} cm — IMC {weight / (height / 100) ** 2:.1f}".replace(".", ",")),
             ("Classe ASA", r.choice(("1", "2", "3"))), ("Mallampati", r.choice(("I", "II", "III"))),
             ("Allergies", r.choice(("Aucune connue", "Pénicilline", "Iode"))),
             ("Antécédents", ", ".join(ctx.antecedents(2))), ("Traitements", ", ".join(ctx.medications(2))))
    flow: list = [Columns(tuple(left), _identity_block(ctx, "sticker"), boxed=True),
                  Text("CONSULTATION PRÉ-ANESTHÉSIQUE", 1.3, bold=True, align="center", after=3),
                  Table(facts, (0.32, 0.68), borders=True, bold_first_column=True),
                  Text(f"Technique proposée : {operation.anaesthesia.lower()}.", after=1.5),
                  Text("Consignes : jeûne de 6 heures pour les solides, 2 heures pour les liquides clairs. Douche préopératoire.", after=1.5),
                  Text("Conclusion : pas de contre-indication à l'anesthésie.", bold=True, after=2)]
    return Sheet(flow + _signature(ctx, anaesthetist), ctx.look)


def _layout_certificate(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    doctor, org = ctx.doctor("médecin généraliste"), ctx.org(PRACTICES)
    title, body = r.choice(CERTIFICATES)
    body = body.replace("{e_dr}", "e" if doctor.sex == "F" else "").replace("{dr}", ctx.dr(doctor))
    body = ctx.fill(body.replace("{name}", ctx.name() or "....................").replace("{birth}", ctx.birth(True) or "né(e) le ....."))
    flow: list = [*_letterhead(ctx, org, [doctor]), Space(8), Text(title, 1.3, bold=True, align="center", after=8),
                  Text(body, 1.05, after=4), *_ins_line(ctx),
                  Text(ctx.fill("Certificat établi à la demande de l'intéressé{e} et remis en main propre."), after=4),
                  Text(f"Fait à {org.town.split(' ', 1)[1]}, le {ctx.when()}", after=4)]
    return Sheet(flow + _signature(ctx, doctor), ctx.look)


def _layout_information_sheet(ctx: _DocContext) -> Sheet:
    r = ctx.rng
    title, paragraphs = r.choice(INFORMATION_SHEETS)
    org = ctx.org(HOSPITALS + IMAGING_CENTRES)
    flow: list = [Text(org.name, 1.2, bold=True, align="center", after=1), Text(f"{org.address} — {org.town} — Tél. {org.phone}",
                                                                                  0.85, align="center", after=4), Rule(),
                  Text(title, 1.3, bold=True, align="center", after=6)]
    flow += [Text(p, after=3) for p in paragraphs]
    return Sheet(flow, ctx.look, footer=f"Fiche d'information — version {r.randint(1, 9)} — {ctx.date.year}")


def _fax_cover(ctx: _DocContext, pages: int) -> Sheet:
    r = ctx.rng
    org = ctx.org(HOSPITALS + LABORATORIES + PRACTICES)
    rows = (("Destinataire", ctx.dr(ctx.doctor("médecin généraliste"))), ("Fax", ctx.phone()), ("Expéditeur", org.name),
            ("Date", ctx.when()), ("Nombre de pages", f"{pages} (y compris celle-ci)"),
            ("Objet", r.choice(("Résultats", "Courrier médical", "Compte rendu", "Transmission de documents"))))
    return Sheet([Text("TÉLÉCOPIE", 1.8, bold=True, align="center", after=8),
                  Table(rows, (0.3, 0.7), borders=False, bold_first_column=True, scale=1.05), Space(10),
                  Text("Ce message est confidentiel et destiné au seul destinataire. Si vous l'avez reçu par erreur, "
                       "merci de le détruire et de nous en avertir par téléphone.", 0.85)], ctx.look)


@dataclass(frozen=True)
class Layout:
    build: Callable[[_DocContext], Sheet]
    doc_type: DocType
    multi_page: bool  # may run over several pages: never a lone PNG or JPEG
    formats: dict[str, float]  # how this kind of document usually arrives


_SCANNED = {"pdf_scan": 3, "pdf_scan_ocr": 1, "tiff": 1, "fax": 1.5}
LAYOUTS: dict[str, Layout] = {
    "consultation_inline": Layout(_layout_consultation_inline, DocType.CONSULTATION_REPORT, False,
                                  {"pdf_text": 4, **_SCANNED, "docx": 2, "png": 1, "jpeg": 1, "txt_utf8": 0.5}),
    "consultation_side": Layout(_layout_consultation_side, DocType.CONSULTATION_REPORT, False,
                                {"pdf_text": 4, **_SCANNED, "docx": 1, "png": 1}),
    "lab_result": Layout(_layout_lab_result, DocType.LAB_RESULT, True,
                         {"pdf_text": 5, **_SCANNED, "fax": 2, "jpeg": 1, "png": 1}),
    "imaging_report": Layout(_layout_imaging_report, DocType.IMAGING_REPORT, False,
                             {"pdf_text": 4, **_SCANNED, "png": 1, "jpeg": 1}),
    "referral_letter": Layout(_layout_referral_letter, DocType.LETTER, False,
                              {"pdf_text": 2, **_SCANNED, "pdf_scan": 3, "fax": 2, "docx": 2, "jpeg": 1, "txt_utf8": 0.5}),
    "consultation_letter": Layout(_layout_consultation_letter, DocType.CONSULTATION_REPORT, False,
                                  {"pdf_text": 3, **_SCANNED, "docx": 2}),
    "discharge_summary": Layout(_layout_discharge_summary, DocType.DISCHARGE_SUMMARY, True,
                                {"pdf_text": 4, **_SCANNED, "docx": 2, "txt_cp1252": 0.5}),
    "operative_report": Layout(_layout_operative_report, DocType.OPERATIVE_REPORT, True,
                               {"pdf_text": 3, **_SCANNED, "docx": 2}),
    "prescription": Layout(_layout_prescription, DocType.PRESCRIPTION, False,
                           {"pdf_text": 2, "pdf_scan": 2, "jpeg": 3, "png": 1, "fax": 1}),
    "dictation": Layout(_layout_dictation, DocType.CONSULTATION_REPORT, False,
                        {"txt_utf8": 3, "txt_cp1252": 2, "docx": 4}),
    "anaesthesia_form": Layout(_layout_anaesthesia_form, DocType.CONSULTATION_REPORT, False,
                               {"pdf_scan": 3, "tiff": 2, "jpeg": 1, "pdf_text": 1, "fax": 1}),
    "certificate": Layout(_layout_certificate, DocType.OTHER, False, {"pdf_text": 2, "pdf_scan": 2, "jpeg": 2, "docx": 1}),
    "information_sheet": Layout(_layout_information_sheet, DocType.OTHER, False, {"pdf_text": 2, "pdf_scan": 2, "png": 1}),
}


# ----------------------------------------------------------------------------------------------
# Cases: what each document is meant to test, and its ground truth
# ----------------------------------------------------------------------------------------------

FORMATS = ("pdf_text", "pdf_scan", "pdf_scan_ocr", "png", "jpeg", "tiff", "fax", "docx", "txt_utf8", "txt_cp1252")
IMAGE_FORMATS = frozenset({"pdf_scan", "pdf_scan_ocr", "png", "jpeg", "tiff", "fax"})
SINGLE_IMAGE_FORMATS = frozenset({"png", "jpeg"})
PAGED_FORMATS = frozenset({"pdf_text", "pdf_scan", "pdf_scan_ocr", "tiff", "fax"})
TEXT_FORMATS = frozenset({"docx", "txt_utf8", "txt_cp1252"})


@dataclass(frozen=True)
class DocumentSpec:
    """One document to generate, and what docpipe is expected to do with it."""

    file_name: str
    case: str
    layout: str
    format: str
    doc_type: DocType
    expected_status: str  # "filed", "review" or "duplicate"
    expected_patient: str | None
    subject: PrintedIdentity | None = None  # what the document prints (None: no identity at all)
    patient: Patient | None = None  # the registry patient it is really about, if any
    second_subject: PrintedIdentity | None = None  # two patients in one scan: page 2
    second_patient: Patient | None = None
    second_layout: str = ""
    style: IdentityStyle = field(default_factory=IdentityStyle)
    degradation: Degradation | None = None
    doc_date: date = CORPUS_START
    seed: int = 0
    variants: tuple[str, ...] = ()
    corrupt_kind: str = ""
    duplicate_of: str = ""


@dataclass(frozen=True)
class _CaseDraw:
    status: str
    subject: PrintedIdentity | None
    patient: Patient | None
    layouts: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    second_subject: PrintedIdentity | None = None
    second_patient: Patient | None = None


_ALL_IDENTITY_LAYOUTS = tuple(name for name in LAYOUTS if name != "information_sheet")
_LETTER_LAYOUTS = ("referral_letter", "consultation_letter", "discharge_summary", "dictation")
_FIELD_LAYOUTS = ("lab_result", "consultation_side", "anaesthesia_form", "prescription", "imaging_report")
_ONE_PAGE_LAYOUTS = ("consultation_inline", "consultation_side", "imaging_report", "prescription", "anaesthesia_form",
                     "lab_result", "referral_letter", "certificate")
_NO_IDENTITY_LAYOUTS = ("information_sheet", "lab_result", "prescription", "referral_letter")


class _Planner:
    """The registry seen from the cases: who is married, who has twins, homonyms, an INS…"""

    def __init__(self, patients: list[Patient], rng: random.Random):
        self.patients, self.rng = patients, rng
        self.married = [p for p in patients if p.used_name and p.sex == "F"]
        self.with_ins = [p for p in patients if p.ins]
        self.corsican = [p for p in self.with_ins if p.ins[5:7] in ("2A", "2B")]
        self.several_given = [p for p in patients if len(split_first_names(p.first_names)) > 1]
        by_birth = _groups(patients, lambda p: (_norm(p.birth_name), p.birth_date))
        self.twins = [g for g in by_birth if len({_norm(p.first_given_name) for p in g}) == len(g)]
        by_name = _groups(patients, lambda p: (_norm(p.birth_name), _norm(p.first_given_name)))
        self.homonyms = [g for g in by_name if len({p.birth_date for p in g}) == len(g)]
        self.exact = _groups(patients, lambda p: (_norm(p.birth_name), _norm(p.first_given_name), p.birth_date))
        self.layout_use: dict[str, int] = {}
        self.format_use: dict[str, int] = {}
        self.case_use: dict[str, int] = {}
        self.corrupt_kinds: list[str] = []
        self.empty_file_planned = False

    def printed(self, p: Patient, *, names: str = "", first: str | None = None, dob: date | None | bool = True,
                ins: str | None = None) -> PrintedIdentity:
        """What a document typically prints about `p`; each keyword forces one trait."""
        r = self.rng
        names = names or self._name_form(p)
        shown = {"used": {"name": p.used_name}, "both": {"birth_name": p.birth_name, "used_name": p.used_name},
                 "birth_qualified": {"birth_name": p.birth_name}}.get(names, {"name": p.birth_name})
        given = split_first_names(p.first_names)
        if first is None:
            first = " ".join(given) if len(given) > 1 and r.random() < 0.3 else given[0]
            if "-" in given[0] and r.random() < 0.12:
                first = first.replace("-", " ", 1)  # an all-capitals system that lost the hyphen
        if ins is None:
            ins = p.ins if r.random() < 0.15 else ""
        ipp_roll = r.random()
        ipp = p.ipp if ipp_roll < 0.08 else (str(r.randint(100_000_000, 999_999_999)) if ipp_roll < 0.33 else "")
        return PrintedIdentity(**shown, first_names=first, birth_date=p.birth_date if dob is True else (dob or None),
                               sex=p.sex, ins=ins, ipp=ipp, birth_place=p.birth_place)

    def _name_form(self, p: Patient) -> str:
        if p.used_name:
            return self.rng.choices(("used", "both", "birth"), (0.35, 0.45, 0.2))[0]
        return self.rng.choices(("birth", "birth_qualified"), (0.75, 0.25))[0]

    def anyone(self) -> Patient:
        return self.rng.choice(self.patients)


def _groups(patients: list[Patient], key: Callable[[Patient], tuple]) -> list[list[Patient]]:
    grouped: dict[tuple, list[Patient]] = {}
    for p in patients:
        grouped.setdefault(key(p), []).append(p)
    return [g for g in grouped.values() if len(g) > 1]


def _filed(pl: _Planner, p: Patient, printed: PrintedIdentity, **more) -> _CaseDraw:
    return _CaseDraw("filed", printed, p, **more)


def _case_traits(pl):
    p = pl.anyone()
    return _filed(pl, p, pl.printed(p))


def _case_used_name(pl):
    p = pl.rng.choice(pl.married) if pl.married else None
    return p and _filed(pl, p, pl.printed(p, names="used"))


def _case_birth_and_used_name(pl):
    p = pl.rng.choice(pl.married) if pl.married else None
    return p and _filed(pl, p, pl.printed(p, names="both"))


def _case_ins(pl):
    p = pl.rng.choice(pl.with_ins) if pl.with_ins else None
    return p and _filed(pl, p, pl.printed(p, ins=p.ins, dob=pl.rng.random() < 0.6))


def _case_ins_corsica(pl):
    p = pl.rng.choice(pl.corsican) if pl.corsican else None
    return p and _filed(pl, p, pl.printed(p, ins=p.ins))


def _case_twin_named(pl):
    p = pl.rng.choice(pl.rng.choice(pl.twins)) if pl.twins else None
    return p and _filed(pl, p, pl.printed(p, ins=""))


def _case_homonym_dated(pl):
    p = pl.rng.choice(pl.rng.choice(pl.homonyms)) if pl.homonyms else None
    return p and _filed(pl, p, pl.printed(p, names="birth" if not p.used_name else "", ins=""))


def _case_third_parties(pl):
    p = pl.anyone()
    return _filed(pl, p, pl.printed(p), layouts=_LETTER_LAYOUTS, variants=("third_parties",))


def _case_multi_page(pl):
    p = pl.anyone()
    return _filed(pl, p, pl.printed(p), layouts=("discharge_summary", "discharge_summary", "lab_result"),
                  variants=("multi_page",))


def _case_unknown_person(pl):
    r = pl.rng
    d = _draw_person(r)
    if r.random() < 0.4:  # namesake of a registry patient, born another day
        q = pl.anyone()
        d.birth_name, d.given, d.sex = q.birth_name, split_first_names(q.first_names), q.sex
    if d.sex == "F" and d.birth_date.year < 2000 and r.random() < 0.5:
        d.used_name = _other_surname(d.birth_name, r)
    ins = make_ins(d.sex, d.birth_date, d.place[1], d.place[2], r.randint(1, 999)) if r.random() < 0.2 else ""
    stranger = Patient("", d.birth_name, " ".join(d.given), d.birth_date, d.sex, d.used_name, ins, d.place[0])
    return _CaseDraw("review", pl.printed(stranger, ins=ins), None)


def _case_dob_conflict(pl):
    p = pl.anyone()
    return _CaseDraw("review", pl.printed(p, dob=_near_date(p.birth_date, pl.rng), ins=""), p)


def _case_twins_unnamed(pl):
    if not pl.twins:
        return None
    pair = pl.rng.choice(pl.twins)
    p = pair[0]
    printed = replace(pl.printed(p, first="", ins=""), sex=p.sex if len({q.sex for q in pair}) == 1 else "")
    return _CaseDraw("review", printed, p)


def _case_name_only(pl):
    p = pl.anyone()
    return _CaseDraw("review", pl.printed(p, dob=None, ins=""), p)


def _case_date_only(pl):
    p = pl.anyone()
    return _CaseDraw("review", PrintedIdentity(birth_date=p.birth_date, sex=p.sex), p, layouts=_FIELD_LAYOUTS)


def _case_near_miss_name(pl):
    p = pl.anyone()
    printed = pl.printed(p, ins="")
    field_name = next(f for f in ("name", "used_name", "birth_name") if getattr(printed, f))
    return _CaseDraw("review", replace(printed, **{field_name: _one_letter_off(getattr(printed, field_name), pl.rng)}), p)


def _case_two_patients(pl):
    a = pl.anyone()
    namesakes = [q for q in pl.patients if q is not a and _norm(q.birth_name) == _norm(a.birth_name)]
    b = pl.rng.choice(namesakes) if namesakes and pl.rng.random() < 0.5 else pl.anyone()
    if b is a:
        return None
    return _CaseDraw("review", pl.printed(a), a, layouts=_ONE_PAGE_LAYOUTS, second_subject=pl.printed(b), second_patient=b)


def _case_no_identity(pl):
    return _CaseDraw("review", None, None, layouts=_NO_IDENTITY_LAYOUTS)


def _case_ins_bad_key(pl):
    p = pl.rng.choice(pl.with_ins) if pl.with_ins else None
    return p and _CaseDraw("review", pl.printed(p, ins=_broken_key(p.ins, pl.rng), dob=pl.rng.random() < 0.7), p)


def _case_ins_twin_mismatch(pl):
    """Twins' INS differ by a few digits: the document shows one twin's traits and the other's INS."""
    pairs = [g for g in pl.twins if all(q.ins for q in g)]
    if not pairs:
        return None
    a, b = pl.rng.sample(pl.rng.choice(pairs), 2)
    return _CaseDraw("review", pl.printed(a, ins=b.ins), a)


def _case_exact_homonyms(pl):
    if not pl.exact:
        return None
    p = pl.rng.choice(pl.rng.choice(pl.exact))
    return _CaseDraw("review", pl.printed(p, names="birth", first=p.first_given_name, ins=""), p)


def _case_other_given_name(pl):
    """Named by a later given name (the one in daily use), not the first one."""
    p = pl.rng.choice(pl.several_given) if pl.several_given else None
    return p and _CaseDraw("review", pl.printed(p, first=split_first_names(p.first_names)[1], ins=""), p)


@dataclass(frozen=True)
class _Case:
    weight: float
    build: Callable[[_Planner], _CaseDraw | None] | None


CASES: dict[str, _Case] = {
    # the document can be filed
    "traits": _Case(22, _case_traits),
    "used_name": _Case(6, _case_used_name),
    "birth_and_used_name": _Case(7, _case_birth_and_used_name),
    "ins": _Case(6, _case_ins),
    "ins_corsica": _Case(2, _case_ins_corsica),
    "twin_named": _Case(3, _case_twin_named),
    "homonym_dated": _Case(5, _case_homonym_dated),
    "third_parties": _Case(7, _case_third_parties),
    "multi_page": _Case(7, _case_multi_page),
    # the document must go to review
    "unknown_person": _Case(4, _case_unknown_person),
    "dob_conflict": _Case(4, _case_dob_conflict),
    "twins_unnamed": _Case(2.5, _case_twins_unnamed),
    "name_only": _Case(3, _case_name_only),
    "date_only": _Case(1.5, _case_date_only),
    "near_miss_name": _Case(3, _case_near_miss_name),
    "two_patients": _Case(2.5, _case_two_patients),
    "no_identity": _Case(2.5, _case_no_identity),
    "ins_bad_key": _Case(1.5, _case_ins_bad_key),
    "ins_twin_mismatch": _Case(1, _case_ins_twin_mismatch),
    "exact_homonyms": _Case(1, _case_exact_homonyms),
    "other_given_name": _Case(1.5, _case_other_given_name),
    "corrupt": _Case(3, None),
    "duplicate": _Case(2.5, None),
}


def _near_date(born: date, rng: random.Random) -> date:
    """Day and month swapped, or one digit off."""
    while True:
        if born.day <= 12 and born.day != born.month and rng.random() < 0.4:
            candidate = date(born.year, born.day, born.month)
        else:
            digits = list(born.strftime("%d%m%Y"))
            i = rng.choice((0, 1, 3, 6, 7))
            digits[i] = str((int(digits[i]) + rng.choice((1, -1, 2))) % 10)
            try:
                candidate = date(int("".join(digits[4:])), int("".join(digits[2:4])), int("".join(digits[:2])))
            except ValueError:
                continue
        if candidate != born and candidate <= date(2022, 12, 31):
            return candidate


_LOOKALIKE = {"T": "D", "D": "T", "S": "Z", "Z": "S", "N": "M", "M": "N", "C": "K", "I": "Y", "Y": "I", "E": "A",
              "A": "E", "L": "R", "R": "L", "U": "O", "O": "U", "B": "P", "P": "B", "G": "J", "V": "F", "F": "V"}


def _one_letter_off(name: str, rng: random.Random) -> str:
    """DUPONT → DUPOND, ROUSSEAU → ROUSEAU, MOREL → MORELL."""
    positions = [i for i, c in enumerate(name) if i > 0 and "A" <= c.upper() <= "Z"]
    while True:
        i = rng.choice(positions)
        letter, roll = name[i], rng.random()
        if roll < 0.6:
            swapped = _LOOKALIKE.get(letter.upper(), "E")
            changed = name[:i] + (swapped if letter.isupper() else swapped.lower()) + name[i + 1:]
        elif roll < 0.8:
            changed = name[:i] + name[i + 1:]
        else:
            changed = name[:i] + letter + name[i:]
        if _norm(changed) != _norm(name) and len(_norm(changed)) >= 3:
            return changed


def _broken_key(ins: str, rng: random.Random) -> str:
    key = int(ins[13:])
    wrong = key
    while wrong == key or not 1 <= wrong <= 97:
        wrong = key + rng.choice((-10, -9, -1, 1, 9, 10))
    return f"{ins[:13]}{wrong:02d}"


def _as_intended(draw: _CaseDraw, patients: list[Patient]) -> bool:
    if draw.subject is None or draw.second_subject is not None:
        return True
    outcome = expected_outcome(draw.subject, patients)
    if draw.status == "filed":
        return outcome == ("filed", draw.patient.ipp)
    return outcome[0] == "review"


# ----------------------------------------------------------------------------------------------
# Planning a corpus
# ----------------------------------------------------------------------------------------------

LAYOUT_WEIGHTS = {"consultation_inline": 3, "consultation_side": 3, "lab_result": 4, "imaging_report": 3,
                  "referral_letter": 4, "consultation_letter": 3, "discharge_summary": 2, "operative_report": 1.5,
                  "prescription": 2, "dictation": 2.5, "anaesthesia_form": 1, "certificate": 1, "information_sheet": 1}

_FILE_PATTERNS = {
    "pdf_text": ("doc_{i:04d}.pdf", "CR_{i:04d}.pdf", "resultats_{i:04d}.pdf", "{i:04d}_courrier.pdf", "export_{i:04d}.PDF"),
    "pdf_scan": ("SCAN{i:04d}.PDF", "scan_{i:04d}.pdf", "Numérisation_{i:04d}.pdf", "doc{i:04d}.pdf"),
    "pdf_scan_ocr": ("SCAN{i:04d}.PDF", "scan_{i:04d}_ocr.pdf", "Numérisation_{i:04d}.pdf"),
    "png": ("capture_{i:04d}.png", "IMG{i:04d}.PNG"),
    "jpeg": ("IMG_{i:04d}.jpg", "photo_{i:04d}.jpeg", "IMG_{i:04d}.JPG"),
    "tiff": ("scan_{i:04d}.tif", "SCAN{i:04d}.TIFF"),
    "fax": ("fax_{i:04d}.tif", "FAX{i:04d}.pdf", "fax_{i:04d}.tiff"),
    "docx": ("courrier_{i:04d}.docx", "CR consultation {i:04d}.docx"),
    "txt_utf8": ("dictee_{i:04d}.txt", "transcription_{i:04d}.txt"),
    "txt_cp1252": ("DICT{i:04d}.TXT", "dictee_{i:04d}.txt"),
}
CORRUPT_KINDS = {"empty": "scan_{i:04d}.pdf", "truncated_pdf": "resultats_{i:04d}.pdf",
                 "html_as_pdf": "telechargement_{i:04d}.pdf", "truncated_jpeg": "IMG_{i:04d}.jpg",
                 "old_word_doc": "courrier_{i:04d}.docx", "encrypted_pdf": "resultats_protégés_{i:04d}.pdf"}


def plan_corpus(patients: list[Patient], n_docs: int, seed: int, formats=None) -> list[DocumentSpec]:
    rng = random.Random(seed)
    planner = _Planner(patients, rng)
    allowed = tuple(f for f in FORMATS if f in set(formats or FORMATS))
    if not allowed:
        raise ValueError(f"aucun format connu parmi {formats!r} (formats : {', '.join(FORMATS)})")
    specs: list[DocumentSpec] = []
    for index in range(1, n_docs + 1):
        specs.append(plan_document(planner, index, _choose_case(planner, specs), allowed, specs))
    return specs


def _choose_case(pl: _Planner, previous: list[DocumentSpec]) -> str:
    available = [c for c in CASES if c != "duplicate" or any(s.expected_status == "filed" for s in previous)]
    # A case not seen yet weighs more, so that small corpora still show the variety.
    weights = [CASES[c].weight * (3 if not pl.case_use.get(c) else 1) for c in available]
    return pl.rng.choices(available, weights)[0]


def plan_document(pl: _Planner, index: int, case: str, allowed, previous: list[DocumentSpec],
                  layout: str | None = None, fmt: str | None = None) -> DocumentSpec:
    pl.case_use[case] = pl.case_use.get(case, 0) + 1
    if case == "duplicate":
        return _plan_duplicate(pl, index, previous)
    if case == "corrupt":
        return _plan_corrupt(pl, index)
    draw = _draw_case(pl, case)
    if draw is None:
        case, draw = "traits", _draw_case(pl, "traits")
    layout = layout or _choose_layout(pl, draw.layouts or _ALL_IDENTITY_LAYOUTS, case, allowed)
    fmt = fmt or _choose_format(pl, layout, case, allowed)
    pl.layout_use[layout] = pl.layout_use.get(layout, 0) + 1
    pl.format_use[fmt] = pl.format_use.get(fmt, 0) + 1
    r = pl.rng
    style = _draw_style(r, draw.subject, fmt)
    variants = draw.variants + _identity_variants(draw.subject, draw.patient, style)
    if fmt == "fax" and r.random() < 0.4:
        variants += ("fax_cover",)
    born = [s.birth_date for s in (draw.subject, draw.second_subject) if s and s.birth_date]
    return DocumentSpec(
        file_name=r.choice(_FILE_PATTERNS[fmt]).format(i=index), case=case, layout=layout, format=fmt,
        doc_type=LAYOUTS[layout].doc_type, expected_status=draw.status,
        expected_patient=draw.patient.ipp if draw.status == "filed" else None,
        subject=draw.subject, patient=draw.patient, second_subject=draw.second_subject,
        second_patient=draw.second_patient, second_layout=_second_layout(pl, layout) if draw.second_subject else "",
        style=style, degradation=_draw_degradation(fmt, r), doc_date=_draw_doc_date(r, max(born, default=None)),
        seed=r.randrange(2**31), variants=variants)


def _draw_case(pl: _Planner, case: str) -> _CaseDraw | None:
    """The case's ground truth is checked against the registry; an unlucky draw is drawn again."""
    for _ in range(40):
        draw = CASES[case].build(pl)
        if draw is None:
            return None
        if _as_intended(draw, pl.patients):
            return draw
    return None


def _compatible(fmt: str, layout: str, case: str) -> bool:
    if case == "two_patients":
        return fmt in PAGED_FORMATS
    if fmt in SINGLE_IMAGE_FORMATS:
        return not (LAYOUTS[layout].multi_page or case == "multi_page")
    return True


def _choose_layout(pl: _Planner, candidates, case: str, allowed) -> str:
    usable = [name for name in candidates if any(_compatible(f, name, case) for f in allowed)]
    if not usable:
        usable = [name for name in _ALL_IDENTITY_LAYOUTS if any(_compatible(f, name, case) for f in allowed)]
    weights = [LAYOUT_WEIGHTS[name] / (1 + pl.layout_use.get(name, 0)) for name in usable]
    return pl.rng.choices(usable, weights)[0]


def _choose_format(pl: _Planner, layout: str, case: str, allowed) -> str:
    usual = {f: w for f, w in LAYOUTS[layout].formats.items() if f in allowed and _compatible(f, layout, case)}
    options = usual or {f: 1.0 for f in allowed if _compatible(f, layout, case)}
    names = list(options)
    weights = [options[f] / (1 + pl.format_use.get(f, 0)) ** 1.5 for f in names]
    return pl.rng.choices(names, weights)[0]


def _second_layout(pl: _Planner, first: str) -> str:
    same_type = [name for name in _ONE_PAGE_LAYOUTS if LAYOUTS[name].doc_type == LAYOUTS[first].doc_type]
    return pl.rng.choice(same_type)


def _draw_style(rng: random.Random, subject: PrintedIdentity | None, fmt: str) -> IdentityStyle:
    born = subject.birth_date if subject else None
    date_formats = ["slash"] * 5 + ["dot", "dash", "nopad", "long", "long"]
    if born and 1935 <= born.year <= 2005:
        date_formats.append("short_year")
    return IdentityStyle(
        order=rng.choice(("last_first", "last_first", "first_last")),
        caps=rng.choices(("surname", "all", "none"), (6, 2, 1))[0],
        civility=rng.choices(("short", "long", "mr", "none"), (5, 2, 1, 2))[0],
        date_format=rng.choice(date_formats),
        date_label=rng.choices(("ne_le", "neutral", "ddn", "full", "naiss", "paren"), (4, 2, 2, 3, 1, 1))[0],
        ins_format=rng.choice(("spaced", "spaced", "dotted", "plain", "key_apart")),
        married=rng.choices(("nee", "epouse"), (4, 1))[0],
        ascii=rng.random() < (0.35 if fmt in ("fax", "txt_cp1252") else 0.1),
        curly_apostrophe=rng.random() < (0.3 if fmt == "docx" else 0.05),
        first_names_commas=rng.random() < 0.3)


def _identity_variants(printed: PrintedIdentity | None, patient: Patient | None, style: IdentityStyle) -> tuple[str, ...]:
    if printed is None:
        return ()
    flags = {
        "ascii": style.ascii, "all_first_names": len(split_first_names(printed.first_names)) > 1,
        "hyphen_lost": bool(patient and "-" in patient.first_given_name and "-" not in printed.first_names.split(" ")[0]
                            and _norm(printed.first_names).startswith(_norm(patient.first_given_name))),
        "birth_and_used_name": bool(printed.birth_name and printed.used_name),
        "used_name_only": bool(patient and printed.name and printed.name == patient.used_name),
        "ins_shown": bool(printed.ins), "own_ipp": bool(patient and printed.ipp == patient.ipp),
        "foreign_ipp": bool(printed.ipp and not (patient and printed.ipp == patient.ipp)),
        f"date:{style.date_format}": bool(printed.birth_date),
    }
    return tuple(name for name, on in flags.items() if on)


def _draw_degradation(fmt: str, r: random.Random) -> Degradation | None:
    if fmt not in IMAGE_FORMATS:
        return None
    if fmt == "fax":
        return Degradation(rotation=r.uniform(-1.5, 1.5) if r.random() < 0.5 else 0.0, fax=True,
                           speckle=r.choice((0.0, 0.0003, 0.001)), upside_down=r.random() < 0.04)
    if fmt == "jpeg":
        photo = r.random() < 0.55
        return Degradation(rotation=r.uniform(-2, 2) if photo or r.random() < 0.4 else 0.0, photo=photo,
                           noise=r.choice((0, 0, 4, 7)), blur=r.choice((0, 0, 0.8)), jpeg_quality=r.randint(45, 85))
    return Degradation(
        rotation=r.uniform(-2, 2) if r.random() < 0.6 else 0.0, upside_down=r.random() < 0.05,
        noise=r.choice((0, 0, 0, 0, 4)) if fmt == "png" else r.choice((0, 0, 0, 3, 6, 9)),
        speckle=r.choice((0, 0, 0, 0.0005, 0.0015)), blur=r.choice((0, 0, 0, 0.7, 1.1)),
        contrast=r.choice((1, 1, 1, 1, 0.75, 0.6)),
        bilevel=r.random() < {"tiff": 0.5, "png": 0.3}.get(fmt, 0.1),
        jpeg_quality=r.randint(35, 80) if fmt.startswith("pdf_scan") else 0)


def _draw_doc_date(r: random.Random, born: date | None) -> date:
    start = max(CORPUS_START, born + timedelta(days=30)) if born else CORPUS_START
    return start + timedelta(days=r.randint(0, max(0, (CORPUS_END - start).days)))


def _plan_duplicate(pl: _Planner, index: int, previous: list[DocumentSpec]) -> DocumentSpec:
    copied = {s.duplicate_of for s in previous}
    originals = [s for s in previous if s.expected_status == "filed" and s.file_name not in copied]
    original = pl.rng.choice(originals)
    stem, dot, suffix = original.file_name.rpartition(".")
    name = f"{stem}{pl.rng.choice((' (1)', '_copie', ' - Copie'))}.{suffix}"
    return replace(original, file_name=name, case="duplicate", expected_status="duplicate", duplicate_of=original.file_name)


def _plan_corrupt(pl: _Planner, index: int) -> DocumentSpec:
    if not pl.corrupt_kinds:
        # Each kind once before any comes back; a single empty file, as two would be duplicates of each other.
        kinds = [k for k in CORRUPT_KINDS if k != "empty" or not pl.empty_file_planned]
        pl.corrupt_kinds = pl.rng.sample(kinds, len(kinds))
    kind = pl.corrupt_kinds.pop()
    pl.empty_file_planned |= kind == "empty"
    p = pl.anyone()
    return DocumentSpec(file_name=CORRUPT_KINDS[kind].format(i=index), case="corrupt", layout="corrupt",
                        format="corrupt", doc_type=DocType.OTHER, expected_status="review", expected_patient=None,
                        subject=pl.printed(p), patient=p, seed=pl.rng.randrange(2**31), corrupt_kind=kind,
                        doc_date=_draw_doc_date(pl.rng, p.birth_date))


# ----------------------------------------------------------------------------------------------
# Writing documents
# ----------------------------------------------------------------------------------------------

def build_sheet(spec: DocumentSpec, patients: list[Patient], second: bool = False) -> Sheet:
    if second:
        ctx = _DocContext(spec, patients, second=True)
        sheet = LAYOUTS[spec.second_layout].build(ctx)
    else:
        sheet = LAYOUTS[spec.layout].build(_DocContext(spec, patients))
    return sheet.mapped(_to_ascii) if spec.style.ascii else sheet


def build_pages(spec: DocumentSpec, patients: list[Patient]) -> list[list[Draw]]:
    """Laid-out pages: the document, the second patient's pages, a fax cover, a fax transmission line."""
    pages = paginate(build_sheet(spec, patients))
    if spec.second_subject is not None:
        pages += paginate(build_sheet(spec, patients, second=True))
    if "fax_cover" in spec.variants:
        cover = _fax_cover(_DocContext(spec, patients, seed_offset=17), len(pages) + 1)
        pages = paginate(cover.mapped(_to_ascii) if spec.style.ascii else cover) + pages
    if spec.format == "fax":
        pages = [page + [_fax_line(spec, n, len(pages))] for n, page in enumerate(pages, start=1)]
    return pages


def _fax_line(spec: DocumentSpec, page: int, total: int) -> Draw:
    r = random.Random(spec.seed + 5)
    line = (f"{spec.doc_date:%d/%m/%Y} {r.randint(7, 18):02d}:{r.randint(0, 59):02d}   DE : +33 {r.randint(1, 5)} 00 "
            f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}   P.{page:03d}/{total:03d}")
    return Draw("text", 10.0, 6.0, line, _font("mono", False), 7.5)


def render_document(spec: DocumentSpec, patients: list[Patient], dpi: int = 300) -> tuple[bytes, int]:
    """The file's bytes and its number of pages (laid out on A4 for docx and txt)."""
    if spec.corrupt_kind:
        return _corrupt_bytes(spec, patients), 0
    if spec.format in TEXT_FORMATS:
        sheet = build_sheet(spec, patients)
        data = render_docx(sheet) if spec.format == "docx" else _txt_bytes(sheet, spec)
        return data, len(paginate(sheet))
    pages = build_pages(spec, patients)
    if spec.format == "pdf_text":
        return render_pdf(pages), len(pages)
    deg = spec.degradation or Degradation()
    resolution = min(dpi, 200) if deg.fax else dpi
    rng = random.Random(spec.seed + 11)
    images = [degrade_page(render_page_image(d, resolution), deg, rng, n == len(pages) - 1) for n, d in enumerate(pages)]
    return _image_file(spec, images, pages, resolution), len(pages)


def _image_file(spec: DocumentSpec, images: list[Image.Image], pages, dpi: int) -> bytes:
    quality = (spec.degradation.jpeg_quality if spec.degradation else 0) or 75
    if spec.format == "pdf_scan" or (spec.format == "fax" and spec.file_name.lower().endswith(".pdf")):
        return render_scan_pdf(images, dpi, quality)
    if spec.format == "pdf_scan_ocr":
        return render_searchable_scan_pdf(images, pages, quality)
    if spec.format in ("tiff", "fax"):
        return render_tiff(images, dpi)
    if spec.format == "png":
        return _encoded(images[0], "PNG", dpi=(dpi, dpi), optimize=False)
    image = images[0].convert("L") if images[0].mode == "1" else images[0]
    return _encoded(image, "JPEG", quality=quality, dpi=(dpi, dpi))


def _txt_bytes(sheet: Sheet, spec: DocumentSpec) -> bytes:
    r = random.Random(spec.seed + 3)
    text = render_txt(sheet, wrap=r.choice((None, None, 76, 80)))
    if spec.format == "txt_cp1252":
        return text.replace("\n", "\r\n").encode("cp1252", errors="replace")
    return ("\ufeff" if r.random() < 0.2 else "").encode() + text.encode("utf-8")


def _corrupt_bytes(spec: DocumentSpec, patients: list[Patient]) -> bytes:
    """Files that cannot be read. Whatever survives of them carries no patient identity, and each one
    carries its own marker so that two of them are never byte-identical (that would be a duplicate)."""
    kind, r = spec.corrupt_kind, random.Random(spec.seed)
    marker = f"{spec.file_name} {spec.seed:x}".encode()
    blank = replace(spec, subject=None, patient=None, layout="information_sheet", format="pdf_text")
    if kind == "empty":
        return b""
    if kind == "truncated_pdf":
        head, rest = render_pdf(paginate(build_sheet(blank, patients))).split(b"\n", 1)
        marked = head + b"\n%" + marker + b"\n" + rest
        return marked[: len(marked) // 2]
    if kind == "html_as_pdf":
        return ("<!DOCTYPE html><html><head><title>Session expirée</title></head><body><p>Votre session a expiré. "
                f"Veuillez vous reconnecter au portail.</p><!-- {spec.seed:x} --><p>{FICTION_MARK}</p></body></html>").encode()
    if kind == "truncated_jpeg":
        jpeg = _encoded(render_page_image(paginate(build_sheet(blank, patients))[0], 100), "JPEG")
        comment = b"\xff\xfe" + (len(marker) + 2).to_bytes(2, "big") + marker  # a JPEG COM segment
        return (jpeg[:2] + comment + jpeg[2:])[: 700 + len(comment)]
    if kind == "old_word_doc":
        return bytes.fromhex("d0cf11e0a1b11ae1") + r.randbytes(4096)
    return _encrypted_pdf(build_pages(replace(spec, format="pdf_text", layout="lab_result"), patients))


def _encrypted_pdf(pages: list[list[Draw]]) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    buffer = io.BytesIO()
    pdf = pdf_canvas.Canvas(buffer, pagesize=(PAGE_W / PT, PAGE_H / PT), invariant=1,
                            encrypt=StandardEncryption("fictif", canPrint=0))
    for draws in pages:
        for d in draws:
            _pdf_draw(pdf, d)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def manifest_entry(spec: DocumentSpec, pages: int) -> dict:
    entry = {
        "file": spec.file_name, "expected_patient": spec.expected_patient, "expected_status": spec.expected_status,
        "expected_type": spec.doc_type.value, "layout": spec.layout, "format": spec.format, "case": spec.case,
        "pages": pages, "variants": list(spec.variants),
        "about_patient": spec.patient.ipp if spec.patient and spec.patient.ipp else None,
    }
    if spec.degradation:
        default = Degradation()
        entry["degradation"] = {k: v for k, v in asdict(spec.degradation).items() if v != getattr(default, k)}
    if spec.subject and spec.subject.birth_date:
        entry["printed_birth_date"] = displayed_birth_date(spec.subject, spec.style)
    if spec.second_patient:
        entry["second_patient"] = spec.second_patient.ipp
        entry["second_layout"] = spec.second_layout
    if spec.corrupt_kind:
        entry["corrupt_kind"] = spec.corrupt_kind
    if spec.duplicate_of:
        entry["duplicate_of"] = spec.duplicate_of
    return entry


def write_documents(specs: list[DocumentSpec], patients: list[Patient], out_dir: Path, dpi: int = 300) -> list[dict]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, pages_of = [], {}
    for spec in specs:
        if spec.duplicate_of:
            data, pages = (out_dir / spec.duplicate_of).read_bytes(), pages_of[spec.duplicate_of]
        else:
            data, pages = render_document(spec, patients, dpi)
        (out_dir / spec.file_name).write_bytes(data)
        pages_of[spec.file_name] = pages
        entries.append(manifest_entry(spec, pages))
    return entries


def make_corpus(out_dir: Path, patients: list[Patient], n_docs: int, seed: int, dpi: int = 300,
                formats=None) -> list[dict]:
    """Write `n_docs` documents and `manifest.json` (file name → ground truth) into `out_dir`."""
    entries = write_documents(plan_corpus(patients, n_docs, seed, formats), patients, out_dir, dpi)
    manifest = {e["file"]: {k: v for k, v in e.items() if k != "file"} for e in entries}
    (Path(out_dir) / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return entries


# ----------------------------------------------------------------------------------------------
# The demo: a small registry and a dozen varied documents, quick to OCR
# ----------------------------------------------------------------------------------------------

DEMO_PLAN = (
    ("traits", "consultation_side", "pdf_text"),
    ("birth_and_used_name", "lab_result", "pdf_text"),
    ("third_parties", "referral_letter", "pdf_scan"),
    ("traits", "dictation", "docx"),
    ("used_name", "dictation", "txt_cp1252"),
    ("traits", "prescription", "jpeg"),
    ("multi_page", "discharge_summary", "pdf_text"),
    ("ins", "imaging_report", "png"),
    ("twin_named", "operative_report", "docx"),
    ("twins_unnamed", "consultation_inline", "pdf_text"),
    ("unknown_person", "lab_result", "pdf_text"),
    ("dob_conflict", "referral_letter", "docx"),
    ("duplicate", None, None),
)


def plan_demo(patients: list[Patient], seed: int) -> list[DocumentSpec]:
    planner = _Planner(patients, random.Random(seed))
    specs: list[DocumentSpec] = []
    for index, (case, layout, fmt) in enumerate(DEMO_PLAN, start=1):
        spec = plan_document(planner, index, case, FORMATS, specs, layout, fmt)
        specs.append(_gentle(spec))
    return specs


def _gentle(spec: DocumentSpec) -> DocumentSpec:
    """Demo scans stay legible: upright, little noise, so that the demo is quick and convincing."""
    if not spec.degradation:
        return spec
    gentle = replace(spec.degradation, upside_down=False, noise=min(spec.degradation.noise, 3), blur=0.0, speckle=0.0,
                     contrast=1.0, bilevel=False, rotation=max(-1.0, min(1.0, spec.degradation.rotation)))
    return replace(spec, degradation=gentle)


def seed_demo(home_inbox: Path, registry_csv: Path, seed: int = 2024, patient_count: int = 40,
              dpi: int = 200) -> list[dict]:
    """Write a demo registry CSV and drop ~12 documents (a few for review, one duplicate) in the inbox.
    Returns the ground truth of each document (nothing else is written to the inbox)."""
    registry = make_registry(patient_count, seed)
    Path(registry_csv).parent.mkdir(parents=True, exist_ok=True)
    write_registry_csv(registry, Path(registry_csv))
    return write_documents(plan_demo(registry, seed), registry, Path(home_inbox), dpi)
