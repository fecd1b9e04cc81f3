"""Which laboratory format a file is in, from its content (never its name). Pure.

Recognition is lenient (any byte decodes, a header may be missing or preceded by junk) so that a damaged
lab file is still known as one and goes to review whole, with the parser's reason — read as plain text
instead, its several patients would be judged as one document. `parse` is the strict reader."""
from __future__ import annotations

import re

from .common import lenient_text
from .model import LabFormat

HEAD = 64 * 1024
HL7_HEADER_RE = re.compile(r"^[\x0b\s]*(?:MSH|FHS|BHS)[^\w\s]", re.MULTILINE)
HL7_PATIENT_RE = re.compile(r"^[\x0b\s]*PID\|", re.MULTILINE)
RESULT_RECORD_RE = re.compile(r"^\s*OB[RX]\|", re.MULTILINE)
HPRIM_SANTE_HEADER_RE = re.compile(r"^\s*H([^\w\s])[^\w\s]{3}", re.MULTILINE)
HPRIM_SANTE_PATIENT_RE = re.compile(r"^\s*P\|\d*\|", re.MULTILINE)
HPRIM_NET_MARK_RE = re.compile(r"^\s*\*{4}(?:LAB|FIN|FINFICHIER)\*{4}\s*$", re.IGNORECASE | re.MULTILINE)
HPRIM_NET_RESULT_RE = re.compile(r"^RES\|[^|\n]*\|[^|\n]*\|", re.MULTILINE)


def detect(data: bytes) -> LabFormat | None:
    text = lenient_text(data[:HEAD]).replace("\r", "\n")
    if HL7_HEADER_RE.search(text) and ("MSH" in text):
        return LabFormat.HL7_V2
    if HPRIM_NET_MARK_RE.search(text) or HPRIM_NET_RESULT_RE.search(text):
        return LabFormat.HPRIM_NET
    if looks_like_hprim_sante(text):
        return LabFormat.HPRIM_SANTE
    if HL7_PATIENT_RE.search(text) and RESULT_RECORD_RE.search(text):
        return LabFormat.HL7_V2  # segments without their MSH: refused by the parser, never read as text
    if HPRIM_SANTE_PATIENT_RE.search(text) and RESULT_RECORD_RE.search(text):
        return LabFormat.HPRIM_SANTE  # records without their H header: likewise
    return None


def looks_like_hprim_sante(text: str) -> bool:
    """An `H` record declaring separators, and patient or result records using its field separator —
    whatever that separator, so that unknown separators are recognised, then refused by the parser."""
    for match in HPRIM_SANTE_HEADER_RE.finditer(text):
        separator = re.escape(match.group(1))
        if re.search(rf"^\s*(?:P|OBX|OBR|L){separator}", text[match.end():], re.MULTILINE):
            return True
    return False
