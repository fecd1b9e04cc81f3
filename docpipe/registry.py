"""The patient registry: reading and checking the CSV import (pure), before the store saves it."""
from __future__ import annotations

import csv
import io
from datetime import date

from stdnum.fr import nir

from .errors import RegistryImportError
from .models import Patient

CSV_HEADER = ["ipp", "birth_name", "used_name", "first_names", "birth_date", "sex", "ins", "birth_place"]


def parse_registry_csv(text: str) -> list[Patient]:
    """Every row checked; any problem refuses the whole file, each problem named by its line."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [name for name in CSV_HEADER if name not in (reader.fieldnames or [])]
    if missing:
        raise RegistryImportError([(1, f"colonnes manquantes dans l'en-tête : {', '.join(missing)}")])
    patients, problems, seen = [], [], {}
    for line, row in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k}
        row_problems = check_row(row, line, seen)
        problems += [(line, p) for p in row_problems]
        if not row_problems:
            patients.append(patient_from_csv(row))
        seen.setdefault(row.get("ipp", ""), line)
    if problems:
        raise RegistryImportError(problems)
    return patients


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
        born = date.fromisoformat(row.get("birth_date", ""))
        if born > date.today():
            problems.append(f"date de naissance dans le futur : {row['birth_date']}")
    except ValueError:
        problems.append(f"date de naissance invalide : « {row.get('birth_date', '')} » (attendu AAAA-MM-JJ)")
    if row.get("sex", "").upper() not in ("M", "F"):
        problems.append(f"sexe inconnu : « {row.get('sex', '')} » (attendu M ou F)")
    ins = normalise_ins(row.get("ins", ""))
    if ins and not nir.is_valid(ins):
        problems.append("INS invalide (15 caractères dont une clé de contrôle qui ne correspond pas)")
    return problems


def normalise_ins(value: str) -> str:
    return "".join(c for c in value.upper() if c.isalnum())


def patient_from_csv(row: dict) -> Patient:
    return Patient(
        ipp=row["ipp"], birth_name=row["birth_name"], used_name=row.get("used_name", ""),
        first_names=row["first_names"], birth_date=date.fromisoformat(row["birth_date"]),
        sex=row["sex"].upper(), ins=normalise_ins(row.get("ins", "")), birth_place=row.get("birth_place", ""),
    )


def patient_as_dict(patient: Patient) -> dict:
    return {
        "ipp": patient.ipp, "birth_name": patient.birth_name, "used_name": patient.used_name,
        "first_names": patient.first_names, "birth_date": patient.birth_date.isoformat(),
        "sex": patient.sex, "ins": patient.ins, "birth_place": patient.birth_place,
    }
