"""The patient registry: reading and checking the CSV import (pure), before the store saves it."""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import date

from stdnum.fr import nir

from .errors import RegistryImportError
from .models import Patient

CSV_HEADER = ["ipp", "birth_name", "used_name", "first_names", "birth_date", "sex", "ins", "birth_place"]
REQUIRED = ["ipp", "birth_name", "first_names", "birth_date", "sex"]

# French headers, as a spreadsheet of the practice names them (compared without accents, case or punctuation).
HEADER_ALIASES = {
    "ipp": ["ipp", "identifiant", "n ipp", "numero ipp", "id patient"],
    "birth_name": ["birth name", "nom de naissance", "nom naissance", "nom de jeune fille"],
    "used_name": ["used name", "nom d usage", "nom usage", "nom utilise", "nom marital", "nom d epouse"],
    "first_names": ["first names", "prenom s", "prenoms", "prenom", "prenoms de naissance", "liste des prenoms"],
    "birth_date": ["birth date", "date de naissance", "date naissance", "ddn"],
    "sex": ["sex", "sexe"],
    "ins": ["ins", "matricule ins", "nir", "numero ins"],
    "birth_place": ["birth place", "lieu de naissance", "commune de naissance", "code lieu de naissance"],
}
SEX_CODES = {"M": "M", "H": "M", "F": "F"}
MAX_LENGTHS = {"ipp": 32, "birth_name": 80, "used_name": 80, "first_names": 120, "birth_date": 10, "sex": 8,
               "ins": 24, "birth_place": 80}
MAX_FILE_BYTES = 50 << 20


def decode_registry(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel writes), else Windows-1252 — Excel's usual French « CSV »."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "strict") if is_utf8(data[3:]) else data[3:].decode("cp1252", "replace")
    if is_utf8(data):
        return data.decode("utf-8")
    return data.decode("cp1252", "replace")  # the five undefined bytes become U+FFFD, refused as control-like


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def header_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def canonical_column(name: str) -> str | None:
    key = header_key(name)
    for column, aliases in HEADER_ALIASES.items():
        if key in aliases:
            return column
    return None


def sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def control_problems(text: str) -> list[tuple[int, str]]:
    """Control characters (NUL, escapes…) are refused before the CSV is even parsed, by physical line."""
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        bad = sorted({c for c in line.rstrip("\r") if (ord(c) < 0x20 and c != "\t") or 0x7F <= ord(c) < 0xA0
                      or c == "\ufffd" or unicodedata.category(c) in ("Cf", "Zl", "Zp", "Cs")})
        if bad:
            codes = ", ".join(f"U+{ord(c):04X}" for c in bad[:5])
            problems.append((number, f"caractère(s) de contrôle ou illisible(s) refusé(s) ({codes})"))
    return problems


def parse_registry_file(data: bytes) -> list[Patient]:
    """A registry file as exported by a spreadsheet: bytes, any of the encodings above."""
    if len(data) > MAX_FILE_BYTES:
        raise RegistryImportError([(1, f"fichier trop volumineux ({len(data) >> 20} Mo, maximum "
                                       f"{MAX_FILE_BYTES >> 20} Mo)")])
    return parse_registry_csv(decode_registry(data))


def parse_registry_csv(text: str | bytes) -> list[Patient]:
    """Every row checked; any problem refuses the whole file, each problem named by its line."""
    if isinstance(text, bytes):
        return parse_registry_file(text)
    text = text.lstrip("\ufeff")
    problems = control_problems(text)
    if problems:
        raise RegistryImportError(problems[:50])
    delimiter = sniff_delimiter(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader, [])
        columns = [canonical_column(name) for name in header]
        missing = [name for name in REQUIRED if name not in columns]
        if missing:
            raise RegistryImportError([(1, f"colonnes manquantes dans l'en-tête : {', '.join(missing)} (en-têtes "
                                           "acceptés : ipp, nom de naissance, nom d'usage, prénom(s), date de "
                                           "naissance, sexe, ins, lieu de naissance)")])
        patients, problems, seen = [], [], {}
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            row = {column: cell.strip() for column, cell in zip(columns, cells) if column}
            row_problems = length_problems(row) or check_row(row, line, seen)
            problems += [(line, p) for p in row_problems]
            if not row_problems:
                patients.append(patient_from_csv(row))
            seen.setdefault(row.get("ipp", ""), line)
    except csv.Error as exc:
        raise RegistryImportError([(reader.line_num, f"ligne CSV illisible ({exc})")]) from exc
    if problems:
        raise RegistryImportError(problems[:200])
    return patients


def length_problems(row: dict) -> list[str]:
    return [f"{FIELD_FR[column]} trop long ({len(value)} caractères, maximum {MAX_LENGTHS[column]})"
            for column, value in row.items() if len(value) > MAX_LENGTHS[column]]


FIELD_FR = {"ipp": "IPP", "birth_name": "nom de naissance", "used_name": "nom d'usage", "first_names": "prénom(s)",
            "birth_date": "date de naissance", "sex": "sexe", "ins": "INS", "birth_place": "lieu de naissance"}


def parse_birth_date(value: str) -> date:
    """AAAA-MM-JJ, or JJ/MM/AAAA as French spreadsheets write it."""
    if re.fullmatch(r"\d{2}/\d{2}/\d{4}", value):
        day, month, year = value.split("/")
        return date(int(year), int(month), int(day))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    raise ValueError(value)


def check_row(row: dict, line: int, seen: dict) -> list[str]:
    problems = []
    ipp = row.get("ipp", "")
    if not ipp:
        problems.append("IPP manquant")
    elif ipp in seen:
        problems.append(f"IPP {ipp} en double (déjà ligne {seen[ipp]})")
    if not any(c.isalpha() for c in row.get("birth_name", "")):
        problems.append("nom de naissance manquant")
    if not any(c.isalpha() for c in row.get("first_names", "")):
        problems.append("prénom(s) manquant(s)")
    try:
        born = parse_birth_date(row.get("birth_date", ""))
        if born > date.today():
            problems.append(f"date de naissance dans le futur : {row['birth_date']}")
    except ValueError:
        problems.append(f"date de naissance invalide : « {row.get('birth_date', '')} » (attendu JJ/MM/AAAA ou "
                        "AAAA-MM-JJ)")
    if row.get("sex", "").upper() not in SEX_CODES:
        problems.append(f"sexe inconnu : « {row.get('sex', '')} » (attendu M, F ou H)")
    ins = normalise_ins(row.get("ins", ""))
    if ins and not nir.is_valid(ins):
        problems.append("INS invalide (15 caractères dont une clé de contrôle qui ne correspond pas)")
    return problems


def normalise_ins(value: str) -> str:
    return "".join(c for c in value.upper() if c.isalnum())


def patient_from_csv(row: dict) -> Patient:
    return Patient(
        ipp=row["ipp"], birth_name=row["birth_name"], used_name=row.get("used_name", ""),
        first_names=row["first_names"], birth_date=parse_birth_date(row["birth_date"]),
        sex=SEX_CODES[row["sex"].upper()], ins=normalise_ins(row.get("ins", "")), birth_place=row.get("birth_place", ""),
    )


def patient_as_dict(patient: Patient) -> dict:
    return {
        "ipp": patient.ipp, "birth_name": patient.birth_name, "used_name": patient.used_name,
        "first_names": patient.first_names, "birth_date": patient.birth_date.isoformat(),
        "sex": patient.sex, "ins": patient.ins, "birth_place": patient.birth_place,
    }
