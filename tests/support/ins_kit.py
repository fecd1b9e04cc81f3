"""Made-up INS numbers with a valid key, for the matching tests (no real person)."""
from __future__ import annotations

from docpipe.labresults.samples import nir_key


def with_key(thirteen: str) -> str:
    return thirteen + nir_key(thirteen)


def twin_ins(sex: str, order: str) -> str:
    """The INS of one of the LEFEBVRE twins born 1962-03-03 (same place, serial ending in `order`)."""
    return with_key(f"{1 if sex == 'M' else 2}620375056{order}")
