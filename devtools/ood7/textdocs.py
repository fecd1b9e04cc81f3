"""Word letters (.docx) and dictation transcripts (.txt)."""
import datetime as dt

from docx import Document
from docx.shared import Pt

from layouts import body_text, dr
from fmt import date_str
from prose import TTT
from render import normalise_zip


def write_docx(c, path, variant):
    r = c.rng
    doc = Document()
    cp = doc.core_properties
    cp.author = f"secretariat.{c.service.split()[0].lower()}"
    cp.created = cp.modified = dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = cp.author
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = r.choice(["Calibri", "Arial", "Times New Roman"])
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hdr = sec.header.paragraphs[0]
    hdr.text = f"{c.est['name']} — Service de {c.service}"
    if variant == "docx_entete":
        p = sec.header.add_paragraph()
        run = p.add_run(c.id.oneline(sep="  –  "))
        run.bold = True
        run.font.size = Pt(9)
    doc.add_paragraph(f"{dr(c.author)}\n{c.author.specialty}\n{c.author.address[0]}\n{c.author.address[1]}")
    p = doc.add_paragraph(f"{dr(c.recipient)}\n{c.recipient.address[0]}\n{c.recipient.address[1]}")
    p.paragraph_format.left_indent = Pt(260)
    doc.add_paragraph(f"{c.author.city}, le {date_str(c.date, 'long')}").alignment = 2
    if variant == "docx_tableau":
        fields = c.id.fields(r)
        t = doc.add_table(rows=0, cols=2 if r.random() < 0.5 else 4)
        t.style = "Table Grid"
        if len(t.columns) == 2:
            for a, b in fields:
                row = t.add_row().cells
                row[0].text, row[1].text = a, b
        else:
            if len(fields) % 2:
                fields.append(("Médecin traitant", dr(c.recipient)))
            for i in range(0, len(fields), 2):
                row = t.add_row().cells
                row[0].text, row[1].text, row[2].text, row[3].text = fields[i][0], fields[i][1], fields[i + 1][0], fields[i + 1][1]
        doc.add_paragraph("")
        doc.add_paragraph(f"Objet : {c.title.lower()}").runs[0].bold = True
    else:
        doc.add_paragraph(f"Objet : {c.title.lower()} — {c.id.civ or ''} {c.id.last()} {c.id.F or ''}".replace("  ", " ")).runs[0].bold = True
    for para in body_text(c, "letter"):
        doc.add_paragraph(para)
    for role, line in c.others_lines:
        doc.add_paragraph(f"{role} : {line}")
    doc.add_paragraph("Traitement : " + "; ".join(r.sample(TTT, 3)) + ".")
    doc.add_paragraph("Bien confraternellement,")
    doc.add_paragraph(dr(c.author)).alignment = 2
    if c.copies:
        doc.add_paragraph("Copie : " + ", ".join(dr(d) for d in c.copies))
    doc.save(path)
    normalise_zip(path)
    text = "\n".join(p.text for p in doc.paragraphs) + "\n" + "\n".join(p.text for p in sec.header.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            text += "\n" + " ".join(cell.text for cell in row.cells)
    return text


def write_txt(c, path):
    """Speech-recognition transcript of a dictation: identity in a sentence, punctuation dictated or not."""
    r = c.rng
    idn = c.id
    who = idn.name_line(first_first=r.random() < 0.6)
    dob = ""
    if idn.D:
        dob = r.choice([f", {idn.nee} le {idn.D}", f" {idn.nee} le {idn.D}", f", date de naissance {idn.D}"])
        if idn.age:
            dob += f", {idn.age}"
    extra = ""
    if idn.S:
        extra += f" Sexe {idn.S}."
    if idn.I:
        extra += f" Son {idn.ilabel} est le {idn.I}."
    lines = [f"Dictée n° {r.randint(10000, 99999)} — {dr(c.author)} — {date_str(c.date, 'slash')} {r.randint(8, 18)}:{r.randint(10, 59)}",
             f"Type : {c.title}", f"Destinataire : {dr(c.recipient)}", "",
             f"{r.choice(['Courrier pour', 'Lettre au'])} {dr(c.recipient)} à {c.recipient.city}.",
             f"{r.choice(['Cher confrère', 'Chère consœur', 'Cher ami'])}, j'ai revu en consultation {who}{dob}.{extra}"]
    lines += body_text(c)[1:]
    for role, line in c.others_lines:
        lines.append(f"{role} : {line}.")
    lines += ["Bien confraternellement.", dr(c.author), "", "[fin de dictée — transcription automatique non relue]"]
    text = "\n".join(lines)
    enc = "cp1252" if r.random() < 0.2 else "utf-8"
    nl = "\r\n" if enc == "cp1252" else "\n"
    data = (text.replace("\n", nl) + nl).encode(enc, errors="replace")
    with open(path, "wb") as fh:
        fh.write(data)
    return text, enc
