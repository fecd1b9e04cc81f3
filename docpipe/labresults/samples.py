"""Fictitious laboratory files of the three formats, for tests, the demo and the README. No real person:
names and numbers are made up; INS keys are computed so that the tests choose valid or broken ones."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

NIR_OID = "1.2.250.1.213.1.4.8"
NIA_OID = "1.2.250.1.213.1.4.9"


def nir_key(thirteen: str) -> str:
    digits = thirteen.replace("2A", "19").replace("2B", "18")
    return f"{97 - int(digits) % 97:02d}"


def fictitious_ins(sex: str, birth: date, serial: str = "75112048") -> str:
    """A well-formed NIR (sex, birth year and month, place and serial made up) with its valid key."""
    thirteen = f"{'1' if sex == 'M' else '2'}{birth.year % 100:02d}{birth.month:02d}{serial[:8]:0<8}"
    return thirteen + nir_key(thirteen)


@dataclass(frozen=True)
class SamplePatient:
    birth_name: str
    first_names: str
    birth_date: date
    sex: str
    used_name: str = ""
    ins: str = ""
    ins_oid: str = NIR_OID
    lab_id: str = "L0001"


@dataclass(frozen=True)
class SampleResult:
    code: str
    label: str
    value: str
    unit: str = ""
    low: str = ""
    high: str = ""
    flag: str = ""


DEFAULT_RESULTS = (
    SampleResult("GLY", "Glycémie à jeun", "5,1", "mmol/L", "4,1", "5,9", "N"),
    SampleResult("K", "Potassium", "6,9", "mmol/L", "3,5", "5,0", "HH"),
    SampleResult("HB", "Hémoglobine", "10,2", "g/dL", "12,0", "16,0", "L"),
)


@dataclass(frozen=True)
class SampleReport:
    patient: SamplePatient
    results: tuple[SampleResult, ...] = DEFAULT_RESULTS
    exam_date: date = date(2026, 11, 30)
    text: str = "Compte rendu de biologie — DOCUMENT FICTIF.\nBilan demandé par le Dr Exemple."
    extra_lines: tuple[str, ...] = field(default=())


# --- HPRIM Net -----------------------------------------------------------------------------------

def hprim_net_report(report: SampleReport, with_end: bool = True) -> str:
    p = report.patient
    header = [
        f"  {p.lab_id}", p.used_name or p.birth_name, p.first_names, "12 rue des Exemples", "",
        "75000 PARIS", p.birth_date.strftime("%d/%m/%Y"), p.ins or "", f"D{p.lab_id}",
        report.exam_date.strftime("%d/%m/%Y"), "LAB01 LABORATOIRE FICTIF DES LILAS", "DR0001",
    ]
    lines = header + report.text.split("\n") + ["****LAB****"]
    for r in report.results:
        lines.append(f"RES|{r.label}|{r.code}|N|{r.value}|{r.unit}|{r.low}|{r.high}|{r.flag}|F||||||")
    lines += list(report.extra_lines)
    if with_end:
        lines.append("****FIN****")
    return "\r\n".join(lines) + "\r\n"


def hprim_net_file(reports: list[SampleReport], encoding: str = "cp1252", file_end: bool = True,
                   truncate_last: bool = False) -> bytes:
    body = "".join(hprim_net_report(r, with_end=not (truncate_last and i == len(reports) - 1))
                   for i, r in enumerate(reports))
    if file_end and not truncate_last:
        body += "****FINFICHIER****\r\n"
    return body.encode(encoding)


# --- HPRIM Santé ---------------------------------------------------------------------------------

HPRIM_SANTE_HEADER = "H|~^\\&|RESULTATS.HPR||LAB01~LABORATOIRE FICTIF DES LILAS|||ORU|||DR0001||P|H2.2~C|202611301200"


def hprim_sante_patient(seq: int, report: SampleReport, sep: str = "|") -> list[str]:
    p = report.patient
    surname = p.used_name or p.birth_name
    lines = [sep.join(["P", str(seq), "", p.lab_id, "", f"{surname}~{p.first_names}", p.birth_name,
                       p.birth_date.strftime("%Y%m%d"), p.sex])]
    lines.append(sep.join(["OBR", "1", f"E{seq:04d}", "", "BILAN~Bilan biologique", "", "",
                           report.exam_date.strftime("%Y%m%d") + "0815"]))
    for n, r in enumerate(report.results, start=1):
        lines.append(sep.join(["OBX", str(n), "NM", f"{r.code}~{r.label}~L", "", r.value, r.unit,
                               f"{r.low}-{r.high}" if r.low or r.high else "", r.flag, "", "", "F"]))
    lines += list(report.extra_lines)
    return lines


def hprim_sante_file(reports: list[SampleReport], encoding: str = "cp1252", end_record: bool = True,
                     header: str = HPRIM_SANTE_HEADER,
                     before_first_patient: tuple[str, ...] = ()) -> bytes:
    lines = [header, *before_first_patient]
    for seq, report in enumerate(reports, start=1):
        lines += hprim_sante_patient(seq, report)
    if end_record:
        lines.append(f"L|1||{len(reports)}")
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


# --- HL7 v2 ORU^R01 ------------------------------------------------------------------------------

def hl7_message(report: SampleReport, control_id: str = "MSG0001", with_pid: bool = True,
                obx_before_pid: bool = False) -> str:
    p = report.patient
    ids = [f"{p.lab_id}^^^LAB01^PI"]
    if p.ins:
        ids.append(f"{p.ins}^^^ASIP-SANTE-INS-{'NIR' if p.ins_oid == NIR_OID else 'NIA'}&{p.ins_oid}&ISO^INS")
    given = (p.first_names.split(maxsplit=1) + ["", ""])[:2]
    names = ["^".join([p.birth_name, *given, "", "", "", "L"])]  # XPN: family^given^second^…^type (PID-5.7)
    if p.used_name:
        names.append("^".join([p.used_name, given[0], "", "", "", "", "D"]))
    segments = [f"MSH|^~\\&|SIL|LAB01^LABORATOIRE FICTIF DES LILAS|DOCPIPE|CABINET|20261130120000||ORU^R01^ORU_R01|"
                f"{control_id}|P|2.5|||||FRA|8859/1"]
    obx = [f"OBX|{n}|NM|{r.code}^{r.label}^L||{r.value.replace(',', '.')}|{r.unit}|"
           f"{r.low.replace(',', '.')}-{r.high.replace(',', '.') if r.high else ''}|{r.flag}|||F"
           for n, r in enumerate(report.results, start=1)]
    obr = f"OBR|1|E{control_id}||BILAN^Bilan biologique|||{report.exam_date.strftime('%Y%m%d')}0815"
    pid = (f"PID|1||{'~'.join(ids)}||{'~'.join(names)}||{p.birth_date.strftime('%Y%m%d')}|{p.sex}")
    if obx_before_pid:
        segments += [obr, *obx, pid]
    else:
        segments += ([pid] if with_pid else []) + [obr, *obx]
    segments += list(report.extra_lines)
    return "\r".join(segments) + "\r"


def hl7_file(messages: list[str], batch: bool = True, encoding: str = "cp1252", line_end: str = "\r",
             close_batch: bool = True) -> bytes:
    body = list(messages)
    if batch:
        body = ["FHS|^~\\&|SIL|LAB01||CABINET|20261130120000\r", "BHS|^~\\&|SIL|LAB01||CABINET|20261130120000\r",
                *body]
        if close_batch:
            body += [f"BTS|{len(messages)}\r", "FTS|1\r"]
    return "".join(body).replace("\r", line_end).encode(encoding)
