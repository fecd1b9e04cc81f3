"""What the three formats share: decoding, dates, flags, numbers. Pure."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from .model import Flag, LabResult, MalformedLabFile

UTF8_BOM = b"\xef\xbb\xbf"
# Control characters a text lab file never holds (tab, line ends, form feed and HL7's MLLP framing aside), and the
# C1 controls a decoded text may show for them.
CONTROL_CHARACTERS = r"\x00-\x08\x0e-\x1a\x1d-\x1f\x7f"
FORBIDDEN_CONTROLS = re.compile(rf"[{CONTROL_CHARACTERS}\x80-\x9f]")
# … the same, as bytes of a file not yet decoded (every encoding a laboratory uses writes them as these bytes)
CONTROL_BYTES = re.compile(f"[{CONTROL_CHARACTERS}]".encode("ascii"))


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with: UTF-8 (with or without BOM), else Windows-1252.

    Windows-1252 reads every printable Latin-1 character the same way, so Latin-1 files are read
    through it; bytes it leaves undefined, NULs (UTF-16) and other control characters mean the
    encoding is not one a laboratory uses, and nothing is guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise MalformedLabFile("Fichier de laboratoire dans un encodage non pris en charge (UTF-16 ou "
                               "octets nuls) : attendu UTF-8, Windows-1252 ou Latin-1.")
    try:
        text, encoding = data.removeprefix(UTF8_BOM).decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise MalformedLabFile(f"Fichier de laboratoire illisible : octet 0x{data[exc.start]:02X} à la position "
                                   f"{exc.start} ni UTF-8 ni Windows-1252/Latin-1.") from None
    bad = FORBIDDEN_CONTROLS.search(text)
    if bad:
        raise MalformedLabFile(f"Fichier de laboratoire illisible : caractère de contrôle U+{ord(bad.group()):04X} "
                               "inattendu (encodage ou fichier endommagé).")
    return text, encoding


def lenient_text(data: bytes) -> str:
    """For recognition only: never fails, so that a damaged lab file is still known as one."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data[:200].count(b"\x00") > 20:  # UTF-16 without a BOM
        return data.replace(b"\x00", b"").decode("latin-1")
    return data.removeprefix(UTF8_BOM).decode("latin-1")


def split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


# --- dates ---------------------------------------------------------------------------------------

def french_date(value: str) -> date | None:
    """`JJ/MM/AAAA` (HPRIM Net)."""
    match = re.fullmatch(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*", value)
    if not match:
        return None
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def compact_datetime(value: str) -> datetime | None:
    """`AAAAMMJJ[HHMM[SS]]` with an optional fraction or time zone (HL7 DTM, HPRIM Santé)."""
    match = re.fullmatch(r"\s*(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?(?:\.\d+)?(?:[+\-]\d{4})?\s*", value)
    if not match:
        return None
    parts = [int(p) if p else 0 for p in match.groups()]
    try:
        return datetime(*parts)
    except ValueError:
        return None


def compact_date(value: str) -> date | None:
    moment = compact_datetime(value)
    return moment.date() if moment else None


# --- results -------------------------------------------------------------------------------------

FLAG_WORDS = {
    "N": Flag.N, "L": Flag.L, "H": Flag.H, "LL": Flag.LL, "HH": Flag.HH, "A": Flag.A, "AA": Flag.AA,
    "<": Flag.L, ">": Flag.H, "-": Flag.L, "+": Flag.H, "--": Flag.LL, "++": Flag.HH,
    "B": Flag.L, "BB": Flag.LL,  # bas / très bas, as some French labs write them
}
NUMBER_RE = re.compile(r"^\s*[<>≤≥]?=?\s*(-?\d+(?:[.,]\d+)?)\s*$")


def number(value: str) -> float | None:
    match = NUMBER_RE.match(value or "")
    return float(match.group(1).replace(",", ".")) if match else None


def parse_flag(raw: str) -> Flag | None:
    return FLAG_WORDS.get((raw or "").strip().upper())


def computed_flag(value: str, low: str, high: str) -> Flag | None:
    """When the lab sends no flag: the value against the reference range (never a critical flag —
    only the lab knows its critical limits)."""
    measured = number(value)
    if measured is None:
        return None
    low_value, high_value = number(low), number(high)
    if low_value is None and high_value is None:
        return None
    if low_value is not None and measured < low_value:
        return Flag.L
    if high_value is not None and measured > high_value:
        return Flag.H
    return Flag.N


def split_range(text: str) -> tuple[str, str]:
    """`3.5-5.0`, `3,5 - 5,0`, `<5`, `>0.5` → (low, high)."""
    text = (text or "").strip()
    match = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*(?:-|–|à|/)\s*(-?\d+(?:[.,]\d+)?)", text)
    if match:
        return match.group(1), match.group(2)
    match = re.fullmatch(r"(<=?|≤)\s*(-?\d+(?:[.,]\d+)?)", text)
    if match:
        return "", match.group(2)
    match = re.fullmatch(r"(>=?|≥)\s*(-?\d+(?:[.,]\d+)?)", text)
    if match:
        return match.group(2), ""
    return "", ""


def make_result(code: str, label: str, value: str, unit: str = "", low: str = "", high: str = "",
                raw_flag: str = "", status: str = "", comment: str = "") -> LabResult:
    flag = parse_flag(raw_flag)
    computed = False
    if flag is None and not (raw_flag or "").strip():
        flag = computed_flag(value, low, high)
        computed = flag is not None
    return LabResult(code=code.strip(), label=label.strip(), value=value.strip(), unit=unit.strip(),
                     low=low.strip(), high=high.strip(), flag=flag, status=status.strip(),
                     comment=comment.strip(), flag_computed=computed)


def with_comment(result: LabResult, text: str) -> LabResult:
    joined = f"{result.comment}\n{text}".strip() if result.comment else text.strip()
    return replace(result, comment=joined)
