"""`parse(data)`: the right reader for the detected format, on strictly decoded text. Pure."""
from __future__ import annotations

from . import hl7v2, hprim_net, hprim_sante
from .common import decode
from .detect import detect
from .model import LabFile, LabFormat, MalformedLabFile

READERS = {LabFormat.HPRIM_NET: hprim_net.parse, LabFormat.HPRIM_SANTE: hprim_sante.parse,
           LabFormat.HL7_V2: hl7v2.parse}


def parse(data: bytes) -> LabFile:
    """Every message of the file, or `MalformedLabFile` when the file as a whole cannot be trusted.

    A part that alone is damaged (no PID, results before the patient, a truncated last report) is
    returned with `problem` set: it goes to review while the others are filed."""
    lab_format = detect(data)
    if lab_format is None:
        raise MalformedLabFile("Format de fichier de laboratoire non reconnu (ni HPRIM Net, ni HPRIM Santé, ni HL7).")
    text, encoding = decode(data)
    return READERS[lab_format](text, encoding)
