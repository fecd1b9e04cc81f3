"""Laboratory result files (HPRIM Net, HPRIM Santé 2.x, HL7 v2 ORU^R01): recognition, parsing and
rendering. Pure: bytes in, values and strings out; the ingest stage does the filing."""
from .detect import detect
from .model import (Flag, LabFile, LabFormat, LabIdentity, LabMessage, LabResult, MalformedLabFile)
from .parsing import parse
from .render import identity_text, render_html, render_text

__all__ = ["detect", "parse", "render_html", "render_text", "identity_text", "Flag", "LabFile", "LabFormat",
           "LabIdentity", "LabMessage", "LabResult", "MalformedLabFile"]
