"""`parse(data)`: the right reader for the detected format, on strictly decoded text. Pure."""
from __future__ import annotations

import re
from dataclasses import replace

from . import hl7v2, hprim_net, hprim_sante
from .common import CONTROL_BYTES, decode
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
    kept = without_what_follows_the_end(data, lab_format)
    tail = binary_tail_start(kept) if lab_format is LabFormat.HL7_V2 else None
    if tail is not None:
        kept = kept[:tail]
    text, encoding = decode(kept)
    try:
        lab_file = READERS[lab_format](text, encoding)
    except MalformedLabFile:
        raise
    except Exception as exc:  # a damage no rule foresaw: the file goes to review, the batch goes on
        raise MalformedLabFile(f"Fichier de laboratoire illisible : la lecture du format {lab_format.label_fr} a "
                               "échoué sur un endommagement imprévu.") from exc
    if tail is not None:
        last = lab_file.messages[-1]
        lab_file = replace(lab_file, messages=lab_file.messages[:-1] + (replace(last, problem=last.problem or (
            "Message HL7 suivi d'octets illisibles, sans fin de lot ni de bloc : ce dernier message peut être "
            "incomplet.")),))
    if len(kept) < len(data):
        lab_file = replace(lab_file, notes=lab_file.notes + (
            f"{len(data) - len(kept)} octet(s) après la fin du fichier ignorés (remplissage ou fin de transfert).",))
    return lab_file


# What a DOS program (Ctrl-Z, 0x1A) or a block transfer (NULs) leaves after a file's last line.
END_PADDING = b"\x00\x1a \t\r\n"
# The marks after which a file says it is complete: HPRIM Net's end of file; an HL7 batch's file trailer, or the end
# block of an MLLP frame (`\x1c\r`) when no other frame follows.
END_MARK_RE = {LabFormat.HPRIM_NET: re.compile(rb"^[ \t]*\*{4}FINFICHIER\*{4}[ \t]*(?:\r\n|\r|\n|$)", re.M | re.I),
               LabFormat.HPRIM_SANTE: re.compile(rb"(?:^|[\r\n])L\|[^\r\n]*(?:\r\n|\r|\n|$)"),
               LabFormat.HL7_V2: re.compile(rb"(?:^|[\r\n])FTS\|[^\r\n]*(?:\r\n|\r|\n|$)|\x1c\r\n?")}
# What may begin a record after a file's end mark: HPRIM Net's marks, a message, a batch, HPRIM Santé's records. Orphan
# segments after an HL7 batch's `FTS` are dropped with the note (review54: read, they joined the last patient's results).
RECORD_START_RE = re.compile(rb"\*{4}|MSH\||FHS\||BHS\||(?:^|[\r\n])[HP]\|")
# After an MLLP frame's end block, anything segment-like (`OBX|`) or a frame begun (`\x0bM`, a file cut right after the
# start block) is read: a stray end block inside a message is followed by its own segments (review53), and the file,
# not ending on an end block, marks its last message cut (review54).
AFTER_A_FRAME_RE = re.compile(rb"[A-Z][A-Z0-9]{2}\||\x0b(?:[MFB]|\Z)")


def without_what_follows_the_end(data: bytes, lab_format: LabFormat) -> bytes:
    """A file's trailing padding, and bytes after its end mark that begin no record (a transfer's debris: ood3), are
    no part of it — kept in the stored original, not read. Anything that may hold a record is read, and judged."""
    text_end = len(data.rstrip(END_PADDING))
    line_end = re.match(rb"[ \t\r\n]*", data[text_end:]).end()  # the last line's terminator stays (HL7 needs it)
    padded = data.find(b"\x00", text_end) >= 0 or data.find(b"\x1a", text_end) >= 0
    kept = data[:text_end + line_end] if padded else data
    mark = END_MARK_RE.get(lab_format)
    for end in (mark.finditer(kept) if mark else ()):
        record_start = AFTER_A_FRAME_RE if end.group().startswith(b"\x1c") else RECORD_START_RE
        if not record_start.search(kept, end.end()):  # the first end mark after which no record begins
            kept = kept[:end.end()] if kept[end.end():].strip() else kept
            break
    return kept if kept.strip() else data


# A line that begins an HL7 segment.
SEGMENT_LINE_RE = re.compile(rb"[\x0b\x1c]*[A-Z][A-Z0-9]{2}\|")
LINE_END_RE = re.compile(rb"\r\n|\r|\n")


def binary_tail_start(kept: bytes) -> int | None:
    """Where binary debris begins after an HL7 file's last segment, if the file ends so. Messages simply one after
    another have no end mark: bytes that begin no segment and hold one a text file never holds, after which no
    segment or message begins, are a transfer's debris (third corpus: such a file went to review whole, its messages
    unread). Nothing closed the last message, so the caller marks it possibly cut."""
    bad = CONTROL_BYTES.search(kept)
    if bad is None or kept.lstrip().startswith(b"\x0b"):  # MLLP frames have their own end mark
        return None
    line_starts = [0] + [m.end() for m in LINE_END_RE.finditer(kept, 0, bad.start())]
    segment_lines = [start for start in line_starts if SEGMENT_LINE_RE.match(kept, start)]
    if not segment_lines:
        return None
    start = min((s for s in line_starts if s > segment_lines[-1]), default=None)
    if start is None or RECORD_START_RE.search(kept, start) or any(
            SEGMENT_LINE_RE.match(kept, m.end()) for m in LINE_END_RE.finditer(kept, start)):
        return None
    return start
