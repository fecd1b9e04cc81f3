"""What people and the other stages read of a lab message. Pure: strings out.

- `render_html`: a self-contained page (no script, no external resource, every value escaped);
- `render_text`: analysis names and values, for full-text search;
- `identity_text`: the identity as labelled lines that docpipe's identity reader understands, so the
  laboratory's structured fields are judged by the same matching rules as any document."""
from __future__ import annotations

from datetime import date, datetime
from html import escape

from .model import LabMessage, LabResult


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) and (value.hour or value.minute):
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def identity_text(message: LabMessage) -> str:
    """Only the patient's own traits: never the lab's patient ids (they are not the practice's IPP) nor a
    social security number without its INS OID (it may be the insured parent's)."""
    person = message.identity
    lines = []
    if person.birth_name:
        lines.append(f"Nom de naissance : {person.birth_name}")
    if person.used_name:
        lines.append(f"Nom d'usage : {person.used_name}")
    if person.name and person.name not in (person.birth_name, person.used_name):
        lines.append(f"Nom : {person.name}")
    if person.first_names:
        lines.append(f"Prénom(s) : {person.first_names}")
    if person.birth_date:
        lines.append(f"Date de naissance : {fmt_date(person.birth_date)}")
    if person.sex:
        lines.append(f"Sexe : {person.sex}")
    if person.ins and person.ins_kind:
        lines.append(f"INS : {person.ins}")
    return "\n".join(lines) + ("\n" if lines else "")


def result_line(result: LabResult) -> str:
    parts = [f"{result.label or result.code} : {result.value} {result.unit}".strip()]
    if result.reference_range:
        parts.append(f"(normes {result.reference_range})")
    if result.flag is not None and result.is_abnormal:
        parts.append(f"[{result.flag.value} {result.flag.label_fr}]")
    if result.comment:
        parts.append(f"— {result.comment}")
    return " ".join(parts)


def render_text(message: LabMessage) -> str:
    lines = [f"Résultats de biologie — {message.lab or message.lab_code or 'laboratoire'}"]
    if message.collected_at:
        lines.append(f"Prélèvement : {fmt_date(message.collected_at)}")
    lines.append(identity_text(message).rstrip("\n"))
    lines += [result_line(r) for r in message.results]
    lines += list(message.comments)
    if message.problem:
        lines += [f"Message illisible : {message.problem}", message.raw_text]
    return "\n".join(line for line in lines if line) + "\n"


STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#eee}tr.abnormal td{background:#fff3cd;font-weight:bold}
tr.critical td{background:#f8d7da;font-weight:bold;color:#842029}
.problem{border:2px solid #842029;padding:1em;color:#842029}pre{white-space:pre-wrap}
dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}
""".strip()


def e(value: object) -> str:
    return escape(str(value), quote=True)


def render_html(message: LabMessage, provenance: str = "") -> str:
    """`provenance` names the file and part it came from (« resultats.hpr, message 2/3, reçu le … »)."""
    title = f"Résultats de biologie — {message.identity.display_name or 'patient non identifié'}"
    body = [f"<h1>{e(title)}</h1>", facts(message)]
    if provenance:
        body.insert(1, f'<p class="provenance">Origine : {e(provenance)}</p>')
    if message.problem:
        body.append(f'<div class="problem"><p><strong>Message illisible :</strong> {e(message.problem)}</p>'
                    f"<pre>{e(message.raw_text)}</pre></div>")
    critical = message.critical_results
    if critical:
        body.append("<h2>Valeurs critiques</h2>" + results_table(critical))
    if message.results:
        body.append("<h2>Analyses</h2>" + results_table(ordered(message.results)))
    if message.comments:
        body.append("<h2>Commentaires</h2>" + "".join(f"<pre>{e(c)}</pre>" for c in message.comments))
    return ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{e(title)}</title><style>{STYLE}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def ordered(results: tuple[LabResult, ...]) -> list[LabResult]:
    """Critical first, then abnormal, then the rest, each group in the laboratory's order."""
    return sorted(results, key=lambda r: 0 if r.is_critical else 1 if r.is_abnormal else 2)


def facts(message: LabMessage) -> str:
    person = message.identity
    rows = [
        ("Laboratoire", " ".join(v for v in (message.lab, f"({message.lab_code})" if message.lab_code
                                            and message.lab_code != message.lab else "") if v)),
        ("Format", message.format.label_fr),
        ("Prélèvement", fmt_date(message.collected_at)),
        ("Compte rendu", fmt_date(message.reported_at)),
        ("Nom de naissance", person.birth_name), ("Nom d'usage", person.used_name),
        ("Nom", person.name if person.name not in (person.birth_name, person.used_name) else ""),
        ("Prénom(s)", person.first_names), ("Date de naissance", fmt_date(person.birth_date)),
        ("Sexe", person.sex), ("INS", f"{person.ins} ({person.ins_kind})" if person.ins_kind else ""),
        ("Identifiant(s) laboratoire", ", ".join(person.lab_ids)),
    ]
    return "<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in rows if v) + "</dl>"


COLUMNS = ("Analyse", "Résultat", "Unité", "Valeurs de référence", "Indicateur")


def results_table(results: list[LabResult]) -> str:
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in COLUMNS) + "</tr>"
    return "<table>" + head + "".join(result_row(r) for r in results) + "</table>"


def result_row(result: LabResult) -> str:
    css = ' class="critical"' if result.is_critical else ' class="abnormal"' if result.is_abnormal else ""
    flag = "" if result.flag is None else f"{result.flag.value} ({result.flag.label_fr})"
    if result.flag_computed and result.flag is not None:
        flag += " — calculé"
    label = result.label or result.code
    comment = f"<br><small>{e(result.comment)}</small>" if result.comment else ""
    return (f"<tr{css}><td>{e(label)}{comment}</td><td>{e(result.value)}</td><td>{e(result.unit)}</td>"
            f"<td>{e(result.reference_range)}</td><td>{e(flag)}</td></tr>")
