"""HPRIM Net (« HPRIM Médecins »): per report, a 12-line header, free text, `****LAB****` and
`RES|…|` / `TEX|…` lines, `****FIN****`; the file ends with `****FINFICHIER****`.

Header lines: 1 code / file reference, 2 NOM, 3 Prénom, 4–5 address, 6 postcode and city,
7 birth date `JJ/MM/AAAA`, 8 social security number, 9 file reference, 10 exam date, 11 sender
(code and name), 12 recipient.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from .common import french_date, make_result, split_lines, with_comment
from .model import LabFile, LabFormat, LabIdentity, LabMessage, LabResult, MalformedLabFile

HEADER_LINES = 12
LAB_MARK = "****LAB****"
END_MARK = "****FIN****"
FILE_END_MARK = "****FINFICHIER****"
MARK_RE = re.compile(r"^\s*\*{4}(LAB|FIN|FINFICHIER)\*{4}\s*$", re.IGNORECASE)


def mark_of(line: str) -> str | None:
    match = MARK_RE.match(line)
    return match.group(1).upper() if match else None


def parse(text: str, encoding: str) -> LabFile:
    lines = split_lines(text)
    chunks, trailing, file_end_seen = split_reports(lines)
    notes = []
    if not chunks and not trailing:
        raise MalformedLabFile("Fichier HPRIM Net sans aucun compte rendu (aucune ligne ****FIN****).")
    messages, after_a_split = [], False
    for number, (chunk, ended) in enumerate(chunks, start=1):
        report = read_report(chunk, number) if ended else unended_report(chunk, number)
        messages.append(report_after_a_split(report) if after_a_split else report)
        after_a_split = not ended
    if trailing:
        report = truncated_report(trailing, len(messages) + 1)
        messages.append(report_after_a_split(report) if after_a_split else report)
    if not file_end_seen:
        notes.append("Fin de fichier ****FINFICHIER**** absente : le fichier a pu être tronqué à l'envoi ; "
                     "les comptes rendus complets sont lus, un éventuel suivant manque.")
    return LabFile(LabFormat.HPRIM_NET, encoding, tuple(messages), tuple(notes))


def split_reports(lines: list[str]) -> tuple[list[tuple[list[str], bool]], list[str], bool]:
    """Reports end with `****FIN****`; what follows the last one without its own end is truncated. A report whose
    `****FIN****` is missing ends where the next report's header opens (independent corpus ood3 s3: the next patient's
    results were read as its own): it is returned unended, the next one apart. After its results, only the first line
    that is none of theirs may open that header; past another one, the part is left whole (review51: a split chosen
    further down would shift the next header onto dates)."""
    chunks, current, read, seen_lab, watching = [], [], 0, False, True
    for at, line in enumerate(lines):
        mark = mark_of(line)
        if mark == "FINFICHIER":
            return chunks, trimmed(current), True
        if mark is None and line.strip() and not RESULT_LINE_RE.match(line):
            if watching and read >= HEADER_LINES and opens_a_report(lines, at):
                chunks.append((current, False))
                current, read, seen_lab = [], 0, False
            elif seen_lab:
                watching = False
        current.append(line)
        read += bool(read or line.strip())  # blank lines between two reports are no header line
        if mark == "LAB":
            seen_lab = True
        if mark == "FIN":
            chunks.append((current, True))
            current, read, seen_lab, watching = [], 0, False, True
    return chunks, trimmed(current), False


RESULT_LINE_RE = re.compile(r"^(?:RES|TEX)\|")
DIGIT_RE = re.compile(r"\d")


def opens_a_report(lines: list[str], at: int) -> bool:
    """Twelve lines whose 2nd and 3rd are a name and a first name (letters, no digit), 7th a birth date and 10th an exam
    date: a report's header."""
    header = lines[at:at + HEADER_LINES]
    return len(header) == HEADER_LINES and not any(mark_of(h) for h in header) \
        and all(h.strip() and not DIGIT_RE.search(h) for h in header[1:3]) \
        and french_date(header[6]) is not None and french_date(header[9]) is not None


def report_after_a_split(report: LabMessage) -> LabMessage:
    """The report read after one whose ****FIN**** is missing: its header may be a copy quoted in the other's text
    (`Antériorité :` and a whole header, review52), and then what follows it is the other's — never filed unseen."""
    return with_problem(report, "Compte rendu HPRIM Net lu après un compte rendu sans ****FIN**** : son en-tête peut "
                                "être cité dans le précédent — à vérifier.")


def unended_report(lines: list[str], number: int) -> LabMessage:
    return with_problem(read_report(lines, number), "Compte rendu HPRIM Net sans sa ligne ****FIN**** : le compte "
                        "rendu suivant commence sans qu'il soit fermé ; ses résultats peuvent être incomplets — à vérifier.")


def with_problem(report: LabMessage, problem: str) -> LabMessage:
    """The report marked for review, unless it already is (its own problem says more)."""
    return report if report.problem else replace(report, problem=problem)


def trimmed(lines: list[str]) -> list[str]:
    return lines if any(line.strip() for line in lines) else []


def truncated_report(lines: list[str], number: int) -> LabMessage:
    return with_problem(read_report(lines, number), "Compte rendu HPRIM Net tronqué : la ligne ****FIN**** manque, les "
                        "résultats peuvent être incomplets.")


def read_report(lines: list[str], number: int) -> LabMessage:
    raw = "\n".join(lines).strip("\n") + "\n"
    while lines and not lines[0].strip():
        lines = lines[1:]  # blank lines between two reports
    header, body = lines[:HEADER_LINES], lines[HEADER_LINES:]
    if len(header) < HEADER_LINES or any(mark_of(line) for line in header):
        return unreadable(number, raw, "En-tête HPRIM Net incomplet : moins de 12 lignes avant les résultats.")
    # Lines 7 and 10 are dates: anything else there means the lines are shifted, and then the name
    # lines cannot be trusted either.
    for line_number, what in ((7, "date de naissance"), (10, "date d'examen")):
        written = header[line_number - 1].strip()
        if written and french_date(written) is None:
            return unreadable(number, raw, f"En-tête HPRIM Net illisible : ligne {line_number} « {written[:20]} » "
                                           f"n'est pas une {what} JJ/MM/AAAA (lignes décalées ?).")
    birth_date, exam = french_date(header[6]), french_date(header[9])
    sender = header[10].strip()
    stray = stray_result_line(body)
    if stray is not None:
        return unreadable(number, raw, f"Compte rendu HPRIM Net illisible : ligne « {stray[:30]} » parmi les "
                                       "résultats, ni RES ni TEX (deux comptes rendus mêlés ?).")
    free_text, results, comments = read_body(body)
    identity = LabIdentity(name=header[1].strip(), first_names=header[2].strip(), birth_date=birth_date,
                           lab_ids=tuple(v for v in (header[0].strip(), header[8].strip()) if v))
    return LabMessage(
        format=LabFormat.HPRIM_NET, number=number, identity=identity, raw_text=raw,
        lab=sender.split(maxsplit=1)[1] if " " in sender else sender,
        lab_code=sender.split(maxsplit=1)[0] if sender else "",
        collected_at=datetime(exam.year, exam.month, exam.day) if exam else None,
        results=tuple(results), comments=tuple(c for c in [free_text, *comments] if c),
    )


def unreadable(number: int, raw: str, problem: str) -> LabMessage:
    return LabMessage(LabFormat.HPRIM_NET, number, LabIdentity(), raw, problem=problem)


def stray_result_line(body: list[str]) -> str | None:
    """After `****LAB****` stand only `RES|` and `TEX|` lines: another line followed by more results (a second
    `****LAB****`, another header's name) means another report may run into this one, and those results must not be
    read as this patient's. A line after the last result (a footer, a comment) adds no one's results (review51)."""
    in_lab, stray = False, None
    for line in body:
        mark = mark_of(line)
        if mark == "FIN":
            return None
        if stray is not None and (mark == "LAB" or RESULT_LINE_RE.match(line)):
            return stray
        if in_lab and stray is None and mark is None and line.strip() and not RESULT_LINE_RE.match(line):
            stray = line.strip()
        in_lab = in_lab or mark == "LAB"
    return None


def read_body(body: list[str]) -> tuple[str, list[LabResult], list[str]]:
    text_lines, results, comments = [], [], []
    in_lab = False
    for line in body:
        mark = mark_of(line)
        if mark == "LAB":
            in_lab = True
        elif mark == "FIN":
            break
        elif not in_lab:
            text_lines.append(line.rstrip())
        elif line.startswith("RES|"):
            results.append(result_of(line))
        elif line.startswith("TEX|"):
            text = line[4:].rstrip("|").strip()
            if results:
                results[-1] = with_comment(results[-1], text)
            elif text:
                comments.append(text)
    return "\n".join(text_lines).strip(), results, comments


def result_of(line: str) -> LabResult:
    """`RES|label|code|type|value|unit|low|high|flag|status|value2|unit2|low2|high2|`."""
    fields = line.split("|") + [""] * 15
    label, code, _kind, value, unit, low, high, flag, status = fields[1:10]
    value2, unit2 = fields[10].strip(), fields[11].strip()
    comment = f"soit {value2} {unit2}".strip() if value2 else ""
    return make_result(code, label, value, unit, low, high, flag, status, comment)
