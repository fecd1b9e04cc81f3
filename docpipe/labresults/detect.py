"""Which laboratory format a file is in, from its content (never its name). Pure.

Recognition is lenient (any byte decodes) so that a damaged lab file is still known as one and goes
to review as such; `parse` is the strict reader."""
from __future__ import annotations

import re

from .common import lenient_text
from .model import LabFormat

HEAD = 64 * 1024
HL7_START_RE = re.compile(r"^[\x0b\s]*(?:MSH|FHS|BHS)([^\w\s])")
HL7_ANY_MSH_RE = re.compile(r"(?:^|[\r\n])MSH\|\^~")
SEGMENT_START_RE = re.compile(r"^\s*[A-Z][A-Z0-9]{2}\|")
HPRIM_SANTE_START_RE = re.compile(r"^\s*H([^\w\s])")
HPRIM_NET_MARK_RE = re.compile(r"^\s*\*{4}(?:LAB|FIN|FINFICHIER)\*{4}\s*$", re.IGNORECASE | re.MULTILINE)
HPRIM_NET_RESULT_RE = re.compile(r"^RES\|[^|\n]*\|[^|\n]*\|", re.MULTILINE)


def detect(data: bytes) -> LabFormat | None:
    text = lenient_text(data[:HEAD])
    if (HL7_START_RE.match(text) and "MSH" in text) or (SEGMENT_START_RE.match(text) and HL7_ANY_MSH_RE.search(text)):
        return LabFormat.HL7_V2  # a segment before the first MSH is still HL7 (refused by the parser)
    if HPRIM_NET_MARK_RE.search(text) or HPRIM_NET_RESULT_RE.search(text):
        return LabFormat.HPRIM_NET
    if looks_like_hprim_sante(text):
        return LabFormat.HPRIM_SANTE
    return None


def looks_like_hprim_sante(text: str) -> bool:
    """An `H` record first, then patient or result records (`P`, `OBX`, `L`) — whatever the separator,
    so that a file declaring unknown separators is still recognised, then refused by the parser."""
    match = HPRIM_SANTE_START_RE.match(text)
    if not match:
        return False
    lines = [line.strip() for line in re.split(r"[\r\n]+", text) if line.strip()]
    return any(re.match(r"^(?:P|OBX|OBR|L)[^\w\s]", line) for line in lines[1:])
