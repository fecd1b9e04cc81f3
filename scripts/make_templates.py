"""Generate the shipped letter templates (docpipe/templates/*.docx, package data; templates/ links to it) with python-docx. Rerunnable: same bytes each run.

    .venv/bin/python scripts/make_templates.py [OUTPUT_DIR]

Each template: the letterhead in the page header (`practice.*` from docpipe.toml), the identity block as a
table (`patient.*`, from the registry), the body as Jinja tags (docxtpl). A section is printed only when
it was dictated or given: `{%p if examen is defined and examen %}` … `{%p endif %}`. The Word property
« Catégorie » gives the archive type (consultation_report or letter).
To change wording or letterhead, copy a file into the home's templates/ folder and edit it in Word.
"""
from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED_TIME = datetime(2026, 1, 1)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
GREY = RGBColor(0x55, 0x55, 0x55)
SALUTATION_CONFRERE = "{{ salutation | default('Cher Confrère') }}"
SALUTATION_NEUTRAL = "{{ salutation | default('Madame, Monsieur') }}"
PATIENT_PHRASE = "{{ patient.civility }} {{ patient.first_name }} {{ patient.name }}"
CONFRATERNAL_FORMULA = (f"Je vous prie de croire, {SALUTATION_CONFRERE}, en l'assurance de mes sentiments "
                        "confraternels les meilleurs.")


# --- building blocks -------------------------------------------------------------------------------

def new_document(title: str, category: str) -> Document:
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(1.6), Cm(1.8)
    section.header_distance = Cm(0.8)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    normal.paragraph_format.space_after = Pt(4)
    set_language(normal, "fr-FR")
    heading = document.styles.add_style("Rubrique", WD_STYLE_TYPE.PARAGRAPH)
    heading.base_style = normal
    heading.font.bold = True
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.space_after = Pt(2)
    heading.paragraph_format.keep_with_next = True
    properties = document.core_properties
    properties.title, properties.category, properties.author = title, category, "docpipe"
    properties.comments, properties.language, properties.revision = "", "fr-FR", 1
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    letterhead(document)
    return document


def set_language(style, language: str) -> None:
    properties = style.element.get_or_add_rPr()
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = properties.makeelement(qn("w:lang"), {})
        properties.append(lang)
    lang.set(qn("w:val"), language)


def letterhead(document: Document) -> None:
    header = document.sections[0].header
    name = header.paragraphs[0]
    run = name.add_run("{{ practice.name }}")
    run.bold, run.font.size = True, Pt(14)
    name.paragraph_format.space_after = Pt(0)
    for line in ("{{ practice.doctor }} — {{ practice.specialty }}", "{{ practice.address }}",
                 "Tél. {{ practice.phone }} — RPPS {{ practice.rpps }}"):
        paragraph = header.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        small = paragraph.add_run(line)
        small.font.size, small.font.color.rgb = Pt(9.5), GREY
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note = footer.add_run("Document médical confidentiel, soumis au secret professionnel.")
    note.font.size, note.font.color.rgb, note.italic = Pt(8), GREY, True


def paragraph(document: Document, text: str = "", *, bold: bool = False, align=None, style=None,
              space_after: float | None = None):
    block = document.add_paragraph(style=style)
    if text:
        block.add_run(text).bold = bold or None  # None: the style decides (a `Rubrique` heading is bold)
    if align is not None:
        block.alignment = align
    if space_after is not None:
        block.paragraph_format.space_after = Pt(space_after)
    return block


def labelled(document: Document, label: str, value: str):
    block = document.add_paragraph()
    block.add_run(label).bold = True
    block.add_run(value)
    return block


def place_and_date(document: Document, prefix: str = "") -> None:
    paragraph(document, prefix + "{{ practice.city }}, le {{ date }}", align=WD_ALIGN_PARAGRAPH.RIGHT,
              space_after=12)


def addressee(document: Document) -> None:
    block = paragraph(document, "{{ destinataire }}", space_after=12)
    block.paragraph_format.left_indent = Cm(9)


def title(document: Document, text: str, subtitle: str | None = None) -> None:
    heading = paragraph(document, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2 if subtitle else 12)
    run = heading.add_run(text)
    run.bold, run.font.size = True, Pt(14)
    if subtitle:
        paragraph(document, subtitle, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)


IDENTITY_ROWS = [
    ("Nom de naissance", "{{ patient.birth_name }}"),
    ("{%tr if patient.used_name %}", None),
    ("Nom d'usage", "{{ patient.used_name }}"),
    ("{%tr endif %}", None),
    ("Prénom(s)", "{{ patient.first_names }}"),
    ("Date de naissance", "{{ patient.birth_date }}"),
    ("Sexe", "{{ patient.sex }}"),
    ("{%tr if patient.ins %}", None),
    ("INS (matricule)", "{{ patient.ins }}"),
    ("{%tr endif %}", None),
]


def identity_block(document: Document) -> None:
    """The registry identity as a two-column table; `{%tr %}` rows drop the used name and INS when absent."""
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in IDENTITY_ROWS:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(5), Cm(9)
        if value is None:
            cells[0].text = label  # a docxtpl row tag: the whole row is replaced by it
            continue
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    paragraph(document, space_after=6)


def section(document: Document, name: str, heading: str) -> None:
    """A dictated section, printed with its heading only when it has text."""
    paragraph(document, f"{{%p if {name} is defined and {name} %}}")
    paragraph(document, heading, style="Rubrique")
    paragraph(document, f"{{{{ {name} }}}}")
    paragraph(document, "{%p endif %}")


def optional_text(document: Document, name: str) -> None:
    paragraph(document, f"{{%p if {name} is defined and {name} %}}")
    paragraph(document, f"{{{{ {name} }}}}")
    paragraph(document, "{%p endif %}")


def dictated_text(document: Document) -> None:
    """`corps`, the dictation outside its sections: required (it is what makes a dictated report)."""
    paragraph(document, "{%p if corps %}")
    paragraph(document, "{{ corps }}")
    paragraph(document, "{%p endif %}")


def sections(document: Document, headings: list[tuple[str, str]]) -> None:
    for name, heading in headings:
        section(document, name, heading)


def letter_opening(document: Document, subject: str, salutation: str = SALUTATION_CONFRERE) -> None:
    """Place and date, addressee, subject, identity block, salutation."""
    place_and_date(document)
    addressee(document)
    labelled(document, "Objet : ", subject)
    identity_block(document)
    paragraph(document, salutation + ",")


def letter_closing(document: Document, courtesy: str, formula: str = CONFRATERNAL_FORMULA) -> None:
    paragraph(document, courtesy).paragraph_format.space_before = Pt(10)
    paragraph(document, formula)
    signature(document)


def signature(document: Document, with_rpps: bool = False) -> None:
    block = paragraph(document, align=WD_ALIGN_PARAGRAPH.RIGHT)
    block.paragraph_format.space_before = Pt(18)
    block.add_run("{{ practice.doctor }}").bold = True
    paragraph(document, "{{ practice.specialty }}", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    if with_rpps:
        paragraph(document, "RPPS {{ practice.rpps }}", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)


def copies(document: Document) -> None:
    paragraph(document, "{%p if copie is defined and copie %}")
    labelled(document, "Copie : ", "{{ copie }}").paragraph_format.space_before = Pt(12)
    paragraph(document, "{%p endif %}")


# --- the templates ---------------------------------------------------------------------------------

def consultation_report() -> Document:
    document = new_document("Compte rendu de consultation", "consultation_report")
    place_and_date(document)
    title(document, "COMPTE RENDU DE CONSULTATION", "Consultation du {{ date_consultation | default(date) }}")
    identity_block(document)
    dictated_text(document)
    sections(document, [("motif", "Motif de consultation"), ("antecedents", "Antécédents"),
                        ("allergies", "Allergies"), ("histoire", "Histoire de la maladie"),
                        ("examen", "Examen clinique"), ("examens_complementaires", "Examens complémentaires"),
                        ("conclusion", "Conclusion"), ("traitement", "Traitement"),
                        ("conduite_a_tenir", "Conduite à tenir")])
    signature(document)
    copies(document)
    return document


def referral_letter() -> Document:
    document = new_document("Lettre d'adressage", "letter")
    letter_opening(document, f"demande d'avis spécialisé pour {PATIENT_PHRASE}")
    paragraph(document, f"Je vous remercie de bien vouloir recevoir en consultation {PATIENT_PHRASE}, "
                        "âgé{{ patient.e }} de {{ patient.age }}, que je vous adresse pour le motif suivant :")
    paragraph(document, "{{ motif }}")
    optional_text(document, "corps")
    sections(document, [("antecedents", "Antécédents"), ("allergies", "Allergies"),
                        ("traitement", "Traitement en cours"), ("examen", "Examen clinique"),
                        ("examens_complementaires", "Examens complémentaires"), ("conclusion", "Conclusion")])
    letter_closing(document, "Je vous remercie de bien vouloir me faire part de votre avis et de vos propositions "
                             "de prise en charge.")
    return document


def reply_to_gp() -> Document:
    document = new_document("Courrier au médecin traitant", "letter")
    letter_opening(document, f"{PATIENT_PHRASE}, né{{{{ patient.e }}}} le {{{{ patient.birth_date }}}}")
    paragraph(document, "J'ai vu en consultation le {{ date_consultation | default(date) }} votre "
                        f"patient{{{{ patient.e }}}}, {PATIENT_PHRASE}, âgé{{{{ patient.e }}}} de "
                        "{{ patient.age }}.")
    dictated_text(document)
    sections(document, [("motif", "Motif de consultation"), ("antecedents", "Antécédents"),
                        ("histoire", "Histoire de la maladie"), ("examen", "Examen clinique"),
                        ("examens_complementaires", "Examens complémentaires"), ("conclusion", "Conclusion"),
                        ("traitement", "Traitement proposé"), ("conduite_a_tenir", "Conduite à tenir")])
    letter_closing(document, "Je vous remercie de votre confiance et reste à votre disposition pour tout "
                             "renseignement complémentaire.")
    copies(document)
    return document


def results_cover_letter() -> Document:
    document = new_document("Transmission de résultats", "letter")
    letter_opening(document, f"transmission de résultats — {PATIENT_PHRASE}", SALUTATION_NEUTRAL)
    paragraph(document, f"Veuillez trouver ci-joint les résultats suivants concernant {PATIENT_PHRASE}, "
                        "né{{ patient.e }} le {{ patient.birth_date }} :")
    paragraph(document, "{{ documents_joints }}").paragraph_format.left_indent = Cm(1)
    sections(document, [("corps", "Commentaire"), ("conduite_a_tenir", "Conduite à tenir")])
    letter_closing(document, "Je reste à votre disposition pour tout complément d'information.",
                   f"Je vous prie d'agréer, {SALUTATION_NEUTRAL}, l'expression de mes salutations distinguées.")
    return document


def medical_certificate() -> Document:
    document = new_document("Certificat médical", "letter")
    title(document, "CERTIFICAT MÉDICAL")
    identity_block(document)
    paragraph(document, "Je soussigné(e), {{ practice.doctor }}, {{ practice.specialty }}, certifie avoir examiné "
                        f"ce jour {PATIENT_PHRASE}, né{{{{ patient.e }}}} le {{{{ patient.birth_date }}}}.",
              space_after=8)
    dictated_text(document)
    paragraph(document, "Certificat établi à la demande de l'intéressé{{ patient.e }} et remis en main propre "
                        "pour servir et valoir ce que de droit.").paragraph_format.space_before = Pt(10)
    place_and_date(document, prefix="Fait à ")
    signature(document, with_rpps=True)
    return document


TEMPLATES = {
    "compte-rendu-consultation": consultation_report,
    "lettre-adressage": referral_letter,
    "courrier-medecin-traitant": reply_to_gp,
    "transmission-resultats": results_cover_letter,
    "certificat-medical": medical_certificate,
}


def reproducible_bytes(document: Document) -> bytes:
    """python-docx stamps zip entries with the current time; fixed stamps keep the files stable in git."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(zipfile.ZipInfo(item.filename, ZIP_TIME), source.read(item.filename),
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def main(output: Path) -> None:
    output.mkdir(parents=True, exist_ok=True)
    for name, build in TEMPLATES.items():
        (output / f"{name}.docx").write_bytes(reproducible_bytes(build()))
        print(f"{output / name}.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "docpipe" / "templates")
