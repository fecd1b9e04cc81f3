"""Finding a registry patient from what a person types: a name (accents and case ignored, any order,
word beginnings), a birth date (JJ/MM/AAAA or AAAA-MM-JJ), an IPP or an INS. Pure."""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from ..models import Patient

DATE_FR_RE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
DATE_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MAX_FOUND = 50


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", folded(text)) if w]


def typed_date(text: str) -> date | None:
    for pattern, order in ((DATE_FR_RE, (3, 2, 1)), (DATE_ISO_RE, (1, 2, 3))):
        found = pattern.search(text)
        if found:
            try:
                return date(*(int(found.group(i)) for i in order))
            except ValueError:
                return None
    return None


def find_patients(patients: list[Patient], query: str, limit: int = MAX_FOUND) -> list[Patient]:
    query = query.strip()
    if not query:
        return []
    born = typed_date(query)
    rest = DATE_FR_RE.sub(" ", DATE_ISO_RE.sub(" ", query))
    compact = "".join(c for c in rest.upper() if c.isalnum())
    wanted = words(rest)
    found = []
    for patient in patients:
        if born and patient.birth_date != born:
            continue
        if compact and (compact == patient.ipp.upper() or (len(compact) >= 13 and compact == patient.ins)):
            found.append(patient)
            continue
        names = words(" ".join((patient.birth_name, patient.used_name, patient.first_names)))
        if all(any(n.startswith(w) for n in names) for w in wanted) and (wanted or born):
            found.append(patient)
    return found[:limit]
