"""HPRIM Santé 2.x: records `H` (declares the separators, `H|~^\\&`: field `|`, component `~`,
repetition `^`, escape `\\`), `P` patient, `OBR` request, `OBX` result, `C` comment, `A` continuation of
the record above, `L` end of file. Each `P` opens a part (one patient); its records follow it."""
from __future__ import annotations

from dataclasses import dataclass, replace

from .common import compact_date, compact_datetime, make_result, split_lines, split_range, with_comment
from .model import LabFile, LabFormat, LabIdentity, LabMessage, LabResult, MalformedLabFile


@dataclass(frozen=True)
class Separators:
    field: str
    component: str
    repetition: str
    escape: str

    def components(self, value: str) -> list[str]:
        first_repetition = value.split(self.repetition)[0] if self.repetition else value
        return [self.unescape(c) for c in first_repetition.split(self.component)]

    def unescape(self, value: str) -> str:
        e = self.escape
        for code, char in (("F", self.field), ("S", self.component), ("R", self.repetition), ("E", e)):
            value = value.replace(f"{e}{code}{e}", char)
        return value


def separators_of(header: str) -> Separators:
    declared = header[1:5]
    ok = len(declared) == 4 and len(set(declared)) == 4 and \
        all(not c.isalnum() and not c.isspace() for c in declared)
    if not ok:
        raise MalformedLabFile(f"Fichier HPRIM Santé : séparateurs inconnus déclarés dans l'en-tête H "
                               f"(« {header[:6]} ») : attendu par exemple H|~^\\&.")
    return Separators(*declared)


def records_of(lines: list[str], seps: Separators) -> list[list[str]]:
    """Records split into fields; `A` lines glued to the record above (a line holds 220 characters)."""
    records: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith(f"A{seps.field}"):
            if not records:
                raise MalformedLabFile("Fichier HPRIM Santé : ligne de suite A avant tout enregistrement.")
            records[-1] += line[2:]
            continue
        kind = line.split(seps.field, 1)[0]
        if not kind.isalnum() or len(kind) > 3 or seps.field not in line:
            raise MalformedLabFile(f"Fichier HPRIM Santé : enregistrement illisible « {line[:12]} » (séparateur "
                                   f"« {seps.field} » déclaré dans l'en-tête absent).")
        records.append(line)
    return [r.split(seps.field) for r in records]


def field(record: list[str], index: int) -> str:
    return record[index] if index < len(record) else ""


def parse(text: str, encoding: str) -> LabFile:
    lines = split_lines(text)
    first = next((line for line in lines if line.strip()), "")
    if not first.startswith("H"):
        raise MalformedLabFile("Fichier HPRIM Santé sans enregistrement d'en-tête H en première ligne.")
    seps = separators_of(first)
    records = records_of(lines, seps)
    header = records[0]
    sender = seps.components(field(header, 4))
    lab_code, lab = sender[0], (sender[1] if len(sender) > 1 else sender[0])
    groups, orphans, ended, after_end = group_by_patient(records[1:], seps)
    raw_header = seps.field.join(header)
    messages = []
    if orphans:
        messages.append(orphan_part(orphans, raw_header, seps, lab, lab_code))
    for records_of_patient in groups:
        messages.append(read_patient(records_of_patient, len(messages) + 1, raw_header, seps, lab, lab_code))
    if not messages:
        raise MalformedLabFile("Fichier HPRIM Santé sans aucun patient (enregistrement P).")
    notes = []
    if not ended:
        last = messages[-1]
        messages[-1] = replace(last, problem=last.problem or "Fichier HPRIM Santé tronqué : enregistrement de fin L "
                               "absent, les résultats de ce dernier patient peuvent être incomplets.")
    if after_end:
        notes.append(f"{after_end} enregistrement(s) après la fin L ignoré(s) (conservés dans l'original).")
    return LabFile(LabFormat.HPRIM_SANTE, encoding, tuple(messages), tuple(notes))


def group_by_patient(records: list[list[str]], seps: Separators):
    groups: list[list[list[str]]] = []
    orphans: list[list[str]] = []
    ended, after_end = False, 0
    for record in records:
        kind = record[0]
        if ended:
            after_end += 1
        elif kind == "L":
            ended = True
        elif kind == "P":
            groups.append([record])
        elif groups:
            groups[-1].append(record)
        else:
            orphans.append(record)
    return groups, orphans, ended, after_end


def orphan_part(records: list[list[str]], raw_header: str, seps: Separators, lab: str, lab_code: str) -> LabMessage:
    """Records before any `P`: their results are shown (a critical value must be seen), owned by no one."""
    raw = "\n".join([raw_header, *(seps.field.join(r) for r in records)]) + "\n"
    return replace(read_records(records, 1, raw, seps, LabIdentity()), lab=lab, lab_code=lab_code,
                   problem="Résultats HPRIM Santé placés avant tout patient (aucun enregistrement P au-dessus) : "
                           "à qui ils appartiennent est inconnu.")


def read_patient(records: list[list[str]], number: int, raw_header: str, seps: Separators,
                 lab: str, lab_code: str) -> LabMessage:
    raw = "\n".join([raw_header, *(seps.field.join(r) for r in records)]) + "\n"
    patient = records[0]
    names = seps.components(field(patient, 5))
    surname = names[0].strip()
    birth_name = seps.components(field(patient, 6))[0].strip()
    sex = field(patient, 8).strip().upper()
    identity = LabIdentity(
        # With a birth name beside it, the name of P-6 is the used one; alone, its kind is unknown.
        name="" if birth_name else surname,
        used_name=surname if birth_name and surname != birth_name else "",
        birth_name=birth_name,
        first_names=" ".join(n.strip() for n in names[1:2] if n.strip()),
        birth_date=compact_date(field(patient, 7)),
        sex=sex if sex in ("M", "F") else "",
        lab_ids=tuple(v for v in (seps.components(field(patient, 2))[0], seps.components(field(patient, 3))[0]) if v),
    )
    message = replace(read_records(records[1:], number, raw, seps, identity), lab=lab, lab_code=lab_code)
    birth_text = field(patient, 7).strip()
    if birth_text and identity.birth_date is None:
        return replace(message, problem=f"Patient HPRIM Santé : date de naissance « {birth_text[:12]} » illisible "
                                        "(attendu AAAAMMJJ).")
    return message


def read_records(records: list[list[str]], number: int, raw: str, seps: Separators,
                 identity: LabIdentity) -> LabMessage:
    results: list[LabResult] = []
    comments: list[str] = []
    collected = reported = None
    for record in records:
        kind = record[0]
        if kind == "OBR":
            collected = collected or compact_datetime(seps.components(field(record, 7))[0])
            reported = reported or compact_datetime(seps.components(field(record, 22))[0])
        elif kind == "OBX":
            results.append(result_of(record, seps))
        elif kind == "C":
            text = seps.unescape(field(record, 3)).strip()
            if results:
                results[-1] = with_comment(results[-1], text)
            elif text:
                comments.append(text)
    return LabMessage(LabFormat.HPRIM_SANTE, number, identity, raw, collected_at=collected, reported_at=reported,
                      results=tuple(results), comments=tuple(comments))


def result_of(record: list[str], seps: Separators) -> LabResult:
    """OBX|seq|type|code~label|sub-id|value|unit|range (low-high or low~high)|flag|…|status."""
    ident = seps.components(field(record, 3)) + ["", ""]
    range_parts = seps.components(field(record, 7))
    if len(range_parts) >= 2:
        low, high = range_parts[0], range_parts[1]
    else:
        low, high = split_range(range_parts[0])
    value = seps.components(field(record, 5))
    unit = seps.components(field(record, 6))[0]
    return make_result(ident[0], ident[1] or ident[0], " ".join(v for v in value if v), unit,
                       low, high, seps.components(field(record, 8))[0], field(record, 11))
