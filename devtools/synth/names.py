"""Fictitious people: French names and places, INS numbers with their key, and a registry with
the hard cases a real one holds (twins, homonyms, married names).
"""
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from docpipe.models import Patient


REGISTRY_HEADER = ("ipp", "birth_name", "used_name", "first_names", "birth_date", "sex", "ins", "birth_place")
INS_SHARE = 0.70


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


def ins_is_readable(printed: str) -> bool:
    """Fifteen characters shaped like an INS (its key may still be wrong); smudged digits are not."""
    return bool(_INS_SHAPE.fullmatch(compact_ins(printed)))


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
    twin_orders: dict[str, int] = {}  # twins of the same sex are registered one after the other
    patients = []
    for d, ipp in zip(drafts, ipps):
        patients.append(Patient(
            ipp=str(ipp), birth_name=d.birth_name, first_names=" ".join(d.given), birth_date=d.birth_date,
            sex=d.sex, used_name=d.used_name, ins=_unique_ins(d, rng, taken, twin_orders) if d.has_ins else "",
            birth_place=d.place[0] if d.place_known else ""))
    return patients


def _unique_ins(d: _Draft, rng: random.Random, taken: set[str], twin_orders: dict[str, int]) -> str:
    """A fresh INS; a twin's order number follows the other twin's (same sex, day and commune), so their INS
    differ by a digit or two of the order and the key — the closest two real INS can be."""
    partner = twin_orders.get(f"{d.group}{d.sex}") if d.group.startswith("twin") else None
    while True:
        order = partner + 1 if partner is not None and partner < 999 else rng.randint(1, 999)
        partner = None
        ins = make_ins(d.sex, d.birth_date, d.place[1], d.place[2], order)
        if ins[:13] not in taken:
            taken.add(ins[:13])
            if d.group.startswith("twin"):
                twin_orders[f"{d.group}{d.sex}"] = order
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




def _norm(text: str) -> str:
    """Identity comparison ignores case, accents, hyphens and the shape of the apostrophe."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    stripped = stripped.upper().replace("’", "'").replace("-", " ")
    return " ".join(stripped.split())
