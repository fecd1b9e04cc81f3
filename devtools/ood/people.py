"""People for the out-of-distribution corpus: a registry with deliberate homonyms, twins and
near-identical pairs, practitioners who share a name with registry patients, and outsiders.

Written independently of devtools/synth: its own name lists, its own structure. Pure (no I/O except
`write_registry_csv`)."""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

SURNAMES = """
MARCHAND GUILLOU LE GALL LE BIHAN KERVELLA DUPONT-MARTIN DE LA FONTAINE DU PLESSIS LEFÈVRE BÉRANGER
GIRAUD ROUSSEL PELLETIER CHAUVIN BOUCHARD TESSIER RENAUD BRUNET FAURE MOULIN CARPENTIER HUBERT
AUBRY COLLET GAUTHIER POIRIER LEROUX MENARD DA SILVA N'DIAYE BEN AMARA NGUYEN TRAN OLIVIER
BAILLY BARBIER JOLY LECLERC PICARD MAILLARD DESCHAMPS HÉBERT LAMBERT VIDAL GAILLARD CLÉMENT
BOYER CHEVALIER MASSON DUVAL PERRIN ARNAUD LACROIX ÉTIENNE SAINT-JUST LE ROUX L'HÉRITIER
MERCIER BLANCHARD GUÉRIN ROYER ANDRÉ COUSIN BESNARD DELAUNAY FLEURY HAMON JOUBERT LEBRETON
PASQUALINI CASANOVA ETCHEVERRY ARRIETA BERTHELOT VALLÉE PRÉVOST MARÉCHAL BOULANGER COSTE
TEXIER MILLET ROLLAND GRONDIN PAYET HOARAU FONTAINE DE SOUSA MARTINS FERREIRA OUATTARA KONÉ
DIALLO HADDAD BENSAÏD CHÉRIF BOUAZIZ SCHMITT MULLER KLEIN WEBER HOFFMANN VAN DER BERG
LOPEZ GARCIA SANCHEZ ROMERO ORTEGA DELMAS CASTEL LABORDE CAZENAVE LAFFITTE DUFOUR-LEGRAND
MOREL-ROCHE BRETON LE MOAL QUÉMÉNER JAOUEN TANGUY CORRE RIOU LE FLOCH MADEC
"""

FEMALE = """
Marie Anne Claire Sophie Isabelle Nathalie Catherine Sylvie Françoise Monique Chantal Hélène
Émilie Camille Léa Chloé Manon Inès Zoé Océane Maëlle Gaëlle Anaïs Élodie Aurélie Céline Agnès
Bernadette Geneviève Odile Thérèse Yvonne Josiane Brigitte Martine Christine Valérie Sandrine
Marion Marine Jeanne Louise Lucie Lucile Juliette Joséphine Mathilde Clémence Noémie Solène
Marie-Claire Anne-Sophie Marie-Hélène Aïcha Fatoumata Yasmine Nadia Linh Mai
"""

MALE = """
Jean Pierre Michel Philippe Alain Bernard Patrick Daniel Jacques Gérard François Christian
Éric Olivier Thierry Stéphane Frédéric Sébastien Nicolas Julien Maxime Hugo Lucas Théo Nathan
Mathis Enzo Noé Gaël Loïc Yann Erwan Ronan Mickaël Hervé Rémi Jérôme Benoît Cédric Joël
Louis Marin Jules Gabriel Raphaël Léon Mathieu Antoine Étienne Yves André René Marcel
Jean-Pierre Jean-Marc Pierre-Yves Jean-Baptiste Karim Mehdi Mamadou Minh Duc
"""

def _split_names(block: str) -> list[str]:
    return block.split()


def _surnames() -> list[str]:
    # Multi-word surnames (LE GALL, DE LA FONTAINE, VAN DER BERG) are kept whole.
    words = SURNAMES.split()
    names, i = [], 0
    while i < len(words):
        w = words[i]
        if w in ("LE", "DU", "DA", "BEN", "DE") and i + 1 < len(words):
            if w == "DE" and words[i + 1] == "LA":
                names.append(" ".join(words[i:i + 3])); i += 3; continue
            names.append(" ".join(words[i:i + 2])); i += 2; continue
        if w == "VAN":
            names.append(" ".join(words[i:i + 3])); i += 3; continue
        names.append(w); i += 1
    return names


SURNAME_POOL = _surnames()
FEMALE_POOL = _split_names(FEMALE)
MALE_POOL = _split_names(MALE)

# First names that differ by one or two letters: a decoy outsider may bear one next to a registry patient.
NEAR_FIRST = {"Marion": "Marine", "Marine": "Marion", "Lucie": "Lucile", "Lucile": "Lucie", "Jean": "Jeanne",
              "Louis": "Louise", "Yann": "Yanne", "Marin": "Marine", "Noé": "Noémie", "Daniel": "Danielle",
              "Claire": "Clara", "Léa": "Léo", "Mathieu": "Matthieu", "Gaëlle": "Gaël", "Loïc": "Louis"}


@dataclass(frozen=True)
class Person:
    birth_name: str
    first_names: str  # all given names, space separated, first one first
    sex: str  # "F" or "M"
    birth_date: date
    used_name: str = ""
    ins: str = ""
    ipp: str = ""  # empty: not in the registry
    birth_place: str = ""
    tags: tuple[str, ...] = field(default=())

    @property
    def first_name(self) -> str:
        return self.first_names.split()[0]


@dataclass
class Registry:
    patients: list[Person]
    groups: dict[str, list[list[str]]]  # group kind → lists of IPPs that belong together
    doctors: list[tuple[str, str, str]]  # (first name, surname, speciality); some are registry patients' names

    def by_ipp(self, ipp: str) -> Person:
        return next(p for p in self.patients if p.ipp == ipp)


PLACES = ["Brest", "Quimper", "Rennes", "Lyon 3e", "Marseille", "Bayonne", "Saint-Denis (974)", "Lille",
          "Strasbourg", "Nantes", "Bordeaux", "Ajaccio", "Dakar (Sénégal)", "Alger (Algérie)", "Paris 14e"]

SPECIALITIES = ["Cardiologue", "Médecin généraliste", "Gastro-entérologue", "Pneumologue", "Rhumatologue",
                "Endocrinologue", "Néphrologue", "Chirurgien orthopédiste", "Radiologue", "Gynécologue",
                "Neurologue", "Dermatologue", "Pédiatre", "Biologiste"]


def nir_key(first13: str) -> str:
    return f"{97 - int(first13) % 97:02d}"


def make_ins(sex: str, born: date, rng: random.Random, department: str | None = None,
             commune: str | None = None, order: int | None = None) -> str:
    department = department or f"{rng.choice([22, 29, 35, 56, 69, 13, 64, 75, 59, 67, 44, 33]):02d}"
    commune = commune or f"{rng.randint(1, 350):03d}"
    order = order if order is not None else rng.randint(1, 999)
    first13 = f"{1 if sex == 'M' else 2}{born.year % 100:02d}{born.month:02d}{department}{commune}{order:03d}"
    return first13 + nir_key(first13)


def random_date(rng: random.Random, start: int = 1928, end: int = 2022) -> date:
    first, last = date(start, 1, 1), date(end, 12, 31)
    return first + timedelta(days=rng.randrange((last - first).days))


def random_first_names(rng: random.Random, sex: str) -> str:
    pool = FEMALE_POOL if sex == "F" else MALE_POOL
    count = rng.choices([1, 2, 3], weights=[5, 4, 2])[0]
    names = []
    while len(names) < count:
        name = rng.choice(pool)
        if name not in names:
            names.append(name)
    return " ".join(names)


def random_person(rng: random.Random, sex: str | None = None, surname: str | None = None,
                  born: date | None = None) -> Person:
    sex = sex or rng.choice("FM")
    born = born or random_date(rng)
    used = ""
    if sex == "F" and date(2026, 1, 1).year - born.year > 24 and rng.random() < 0.35:
        used = rng.choice(SURNAME_POOL)
    ins = make_ins(sex, born, rng) if rng.random() < 0.6 else ""
    return Person(birth_name=surname or rng.choice(SURNAME_POOL), first_names=random_first_names(rng, sex),
                  sex=sex, birth_date=born, used_name=used, ins=ins, birth_place=rng.choice(PLACES))


def one_digit_apart(born: date, rng: random.Random) -> date:
    """Another valid date whose printed form differs from `born` by one digit (day or month)."""
    for _ in range(50):
        which = rng.choice(["day_unit", "day_ten", "month_unit"])
        try:
            if which == "day_unit":
                candidate = born.replace(day=born.day // 10 * 10 + rng.randint(0, 9))
            elif which == "day_ten":
                candidate = born.replace(day=rng.choice([0, 1, 2]) * 10 + born.day % 10)
            else:
                candidate = born.replace(month=born.month // 10 * 10 + rng.randint(0, 9))
        except ValueError:
            continue
        if candidate != born:
            return candidate
    return born + timedelta(days=1)


def make_registry(size: int, seed: int) -> Registry:
    rng = random.Random(f"ood-registry-{seed}")
    people: list[Person] = []
    groups: dict[str, list[list[int]]] = {"homonymes": [], "jumeaux": [], "date_a_un_chiffre": [],
                                          "parent_enfant": [], "homonyme_de_medecin": []}

    def add(person: Person, *tags: str) -> int:
        people.append(replace(person, tags=tuple(tags)))
        return len(people) - 1

    n_groups = max(4, size // 40)
    for _ in range(n_groups):  # homonyms: same birth name and first names, another birth date
        a = random_person(rng)
        b = replace(random_person(rng, sex=a.sex, surname=a.birth_name), first_names=a.first_names)
        groups["homonymes"].append([add(a, "homonyme"), add(b, "homonyme")])
    for _ in range(n_groups):  # twins: same birth name and birth date, INS two characters apart
        a = random_person(rng)
        b = random_person(rng, surname=a.birth_name, born=a.birth_date)
        while b.first_name == a.first_name:  # twins with the same first name would be one identity twice
            b = random_person(rng, surname=a.birth_name, born=a.birth_date)
        if a.ins:
            b = replace(b, ins=make_ins(b.sex, b.birth_date, rng, a.ins[5:7], a.ins[7:10], int(a.ins[10:13]) % 998 + 1))
        groups["jumeaux"].append([add(a, "jumeau"), add(b, "jumeau")])
    for _ in range(n_groups // 2):  # same names, birth dates one digit apart
        a = random_person(rng)
        b = replace(random_person(rng, sex=a.sex, surname=a.birth_name, born=one_digit_apart(a.birth_date, rng)),
                    first_names=a.first_names)
        groups["date_a_un_chiffre"].append([add(a, "date_proche"), add(b, "date_proche")])
    for _ in range(n_groups // 2):  # mother and child sharing a surname (the mother's used name)
        child = random_person(rng, born=random_date(rng, 1990, 2020))
        mother = replace(random_person(rng, sex="F", born=random_date(rng, 1950, 1988)), used_name=child.birth_name)
        groups["parent_enfant"].append([add(child, "enfant"), add(mother, "mere")])
    while len(people) < size:
        add(random_person(rng))

    # Practitioners: a third of them bear the name of a registry patient (same first name and surname).
    doctors = []
    for _ in range(40):
        if rng.random() < 0.35:
            index = rng.randrange(len(people))
            person = people[index]
            people[index] = replace(person, tags=person.tags + ("homonyme_de_medecin",))
            groups["homonyme_de_medecin"].append([index])
            doctors.append((person.first_name, person.birth_name, rng.choice(SPECIALITIES)))
        else:
            sex = rng.choice("FM")
            doctors.append((random_first_names(rng, sex).split()[0], rng.choice(SURNAME_POOL), rng.choice(SPECIALITIES)))

    order = list(range(len(people)))
    rng.shuffle(order)  # IPPs must not reveal the groups
    ipp_of = {index: f"{31_000_000 + rank * 7 + rng.randint(0, 6)}" for rank, index in enumerate(order)}
    patients = [replace(p, ipp=ipp_of[i]) for i, p in enumerate(people)]
    named_groups = {kind: [[ipp_of[i] for i in members] for members in lists] for kind, lists in groups.items()}
    return Registry(patients=patients, groups=named_groups, doctors=doctors)


def write_registry_csv(registry: Registry, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["IPP", "Nom de naissance", "Nom d'usage", "Prénom(s)", "Date de naissance", "Sexe",
                         "INS", "Lieu de naissance"])
        for p in registry.patients:
            writer.writerow([p.ipp, p.birth_name, p.used_name, p.first_names, p.birth_date.strftime("%d/%m/%Y"),
                             p.sex, p.ins, p.birth_place])


def registry_row(p: Person) -> dict:
    return {"ipp": p.ipp, "nom_naissance": p.birth_name, "nom_usage": p.used_name, "prenoms": p.first_names,
            "ddn": p.birth_date.strftime("%d/%m/%Y"), "sexe": p.sex, "ins": p.ins}


def identity_clash(registry: Registry, person: Person) -> bool:
    """True when an outsider would be indistinguishable from a registry patient (same name, first name, date)."""
    def key(p: Person) -> tuple:
        return (p.first_name.lower(), p.birth_date)
    names = {person.birth_name.lower(), person.used_name.lower()} - {""}
    return any(key(p) == key(person) and names & ({p.birth_name.lower(), p.used_name.lower()} - {""})
               for p in registry.patients)
