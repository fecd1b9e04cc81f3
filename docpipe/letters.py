"""Letters and reports: a .docx template on the practice's letterhead, the identity block from the
registry, the body from a dictation; filed under the patient as a draft until the doctor validates it.

Templates are Word files with Jinja tags (docxtpl). A file of the same name in the home's `templates/`
overrides the shipped one. The fields a template may use:
- `patient.*` — always from the registry (never typed): see `identity_fields`;
- `practice.*` — the `[practice]` table of docpipe.toml; `date` — today, in French;
- the dictation: `corps` (what comes before the first section heading) and one field per section
  (`motif`, `antecedents`, `examen`, `conclusion`, `traitement`…) when the dictation has it;
- anything given with `--set field=value`.
A field used without `is defined` or `| default(…)` is required: rendering refuses, naming it, when nobody
provides it. Rendering runs in a Jinja sandbox with autoescape; data is never evaluated as a template.
"""
from __future__ import annotations

import hashlib
import io
from importlib import resources
from importlib.resources.abc import Traversable
import os
import re
import tomllib
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from docx import Document as WordDocument
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError, meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from . import audit, extract, filing, identity, matching, office
from .archive import Archive, move_durably, sha256_of, unique_path, write_durably
from .config import EXAMPLE_SETTINGS, Home, Limits, Settings, settings_from_dict
from .errors import DocpipeError, ExitCode, MissingDependency, UnreadableDocument
from .filing import Intent
from .models import DocType, Document, LetterStatus, Origin, Patient, Status
from .store import Store, now_iso

# Package data (a wheel carries them); the repository's top-level templates/ is a link to this folder, so the
# design card's path and the installed package read the same files, with no copy to keep in step.
SHIPPED_TEMPLATES = resources.files("docpipe") / "templates"
TEMPLATE_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,80}")
LETTER_DOC_TYPES = {DocType.CONSULTATION_REPORT.value, DocType.LETTER.value}
DISCARDED_FOLDER = "brouillons-ecartes"
VALIDATED_MODE = 0o400  # a validated letter is read-only: a new version is a new file
DICTATION_SUFFIXES = {".txt", ".docx"}

# Section headings a doctor dictates, folded (see `heading_key`), and the field each fills.
SECTION_HEADINGS = {
    "motif": ["motif", "motif de consultation", "motif de la consultation", "motifs", "objet",
              "raison de la consultation"],
    "antecedents": ["antecedents", "atcd", "atcds", "antecedents medicaux", "antecedents personnels",
                    "antecedents medico-chirurgicaux"],
    "allergies": ["allergies", "allergie", "allergies connues"],
    "histoire": ["histoire de la maladie", "hdm", "anamnese", "histoire"],
    "examen": ["examen", "examen clinique", "examen physique", "a l'examen"],
    "examens_complementaires": ["examens complementaires", "bilan", "resultats", "biologie", "imagerie",
                                "paraclinique"],
    "conclusion": ["conclusion", "synthese", "au total", "diagnostic", "impression"],
    "traitement": ["traitement", "traitements", "traitement actuel", "traitement en cours", "ordonnance",
                   "prescription", "prescriptions"],
    "conduite_a_tenir": ["conduite a tenir", "cat", "plan", "suivi", "projet", "propositions"],
}
BODY_FIELD = "corps"
DICTATION_FIELDS = (BODY_FIELD, *SECTION_HEADINGS)
AUTOMATIC_FIELDS = ("patient", "practice", "date")
HEADING_RE = re.compile(r"^[\s#*•>\-–]*(?P<label>[^\W\d_][^:：\n]{0,45}?)\s*(?:[:：]\s*(?P<rest>.*))?$")
IDENTITY_LINE_RE = re.compile(
    r"^\W*(?:(?:PATIENTE?|NOM(?: DE NAISSANCE| D'USAGE| DE JEUNE FILLE)?|PRENOM(?:\(S\)|S)?|DATE DE NAISSANCE|"
    r"DDN|IPP|INS|NIR|SEXE|IDENTITE|CONCERNE)\s*[:：]|NEE?(?: ?\(E\))? LE\s*:?\s*\d)")
XML_INVALID_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # \a (paragraph mark) included
PARAGRAPH = "\a"  # docxtpl turns it into a new Word paragraph with the same style; "\n" is a line break
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


class LetterError(DocpipeError):
    """A refusal the user can act on; nothing has been written."""

    exit_code = ExitCode.ERROR


# --- templates -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LetterTemplate:
    name: str
    path: Path | Traversable  # shipped ones are package data
    source: str  # "shipped" or "home"
    overrides: bool = False  # a home file replacing a shipped one


@dataclass(frozen=True)
class TemplateFields:
    required: tuple[str, ...]  # `name` or `group.attribute` (patient.*, practice.*)
    optional: tuple[str, ...]

    def grouped(self) -> dict[str, list[str]]:
        """For `letter --list`: what docpipe fills, what the dictation fills, what must be given."""
        groups = {"automatic": [], "dictation": [], "to_provide": [], "dictation_optional": [], "optional": []}
        for name in self.required:
            if name.split(".")[0] in AUTOMATIC_FIELDS:
                groups["automatic"].append(name)
            else:
                groups["dictation" if name in DICTATION_FIELDS else "to_provide"].append(name)
        for name in self.optional:
            groups["dictation_optional" if name in DICTATION_FIELDS else "optional"].append(name)
        return groups


def available_templates(home: Home) -> list[LetterTemplate]:
    found: dict[str, LetterTemplate] = {}
    shipped = sorted((f for f in SHIPPED_TEMPLATES.iterdir() if f.name.endswith(".docx")), key=lambda f: f.name) \
        if SHIPPED_TEMPLATES.is_dir() else []
    home_files = sorted(home.templates.glob("*.docx")) if home.templates.is_dir() else []
    if home.templates.is_dir() and str(home.templates.resolve()) == str(SHIPPED_TEMPLATES):
        home_files = []  # the repository itself is the home: its templates are the shipped ones
    for files, source in ((shipped, "shipped"), (home_files, "home")):
        for path in files:
            stem = path.name.removesuffix(".docx")
            if TEMPLATE_NAME_RE.fullmatch(stem) and path.is_file():
                found[stem] = LetterTemplate(stem, path, source, overrides=stem in found)
    return sorted(found.values(), key=lambda t: t.name)


def find_template(home: Home, name: str) -> LetterTemplate:
    name = name.removesuffix(".docx")
    templates = available_templates(home)
    found = next((t for t in templates if t.name == name), None)
    if found is not None:
        return found
    known = ", ".join(t.name for t in templates) or "aucun"
    raise LetterError(f"Modèle « {name} » introuvable. Modèles disponibles : {known} (docpipe letter --list).")


def load_template(template: LetterTemplate) -> tuple[DocxTemplate, bytes]:
    data = template.path.read_bytes()
    document = DocxTemplate(io.BytesIO(data))
    try:
        document.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as exc:
        raise LetterError(f"Modèle « {template.name} » illisible : ce n'est pas un fichier Word .docx "
                          "valide.") from exc
    return document, data


def template_doc_type(document: DocxTemplate) -> str:
    """The archive type is the template's Word property « Catégorie »: consultation_report or letter."""
    category = (document.get_docx().core_properties.category or "").strip()
    return category if category in LETTER_DOC_TYPES else DocType.LETTER.value


def template_source(document: DocxTemplate) -> str:
    """The Jinja source docxtpl renders: body, headers and footers, after its own clean-up."""
    docx = document.get_docx()
    parts = [document.xml_to_string(docx._element.body)]
    for uri in (document.HEADER_URI, document.FOOTER_URI):
        parts += [document.get_part_xml(part) for _, part in document.get_headers_footers(uri)]
    return "".join(document.patch_xml(xml) for xml in parts)


def template_fields(document: DocxTemplate, template_name: str) -> TemplateFields:
    """Fields the template uses. Optional: tested with `is defined` or given a `default`."""
    try:
        tree = sandbox().parse(template_source(document))
    except TemplateSyntaxError as exc:
        raise LetterError(f"Modèle « {template_name} » : balise invalide ({exc.message}). "
                          "Corrigez le modèle dans Word.") from exc
    undeclared = meta.find_undeclared_variables(tree)
    attributes = {dotted for node in tree.find_all(nodes.Getattr)
                  if (dotted := field_path(node)) and dotted.split(".")[0] in undeclared}
    optional = {dotted for node in tree.find_all((nodes.Test, nodes.Filter))
                if node.name in ("defined", "undefined", "default", "d") and (dotted := field_path(node.node))}
    grouped = {a.split(".")[0] for a in attributes}
    required = (attributes | (undeclared - grouped)) - optional
    required -= {dotted for dotted in required if dotted.split(".")[0] in optional}
    return TemplateFields(tuple(sorted(required)), tuple(sorted(optional)))


def field_path(node) -> str | None:
    """`motif` for a name, `practice.rpps` for an attribute of a name; None for anything else."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name):
        return f"{node.node.name}.{node.attr}"
    return None


@dataclass(frozen=True)
class TemplateInfo:
    template: LetterTemplate
    doc_type: str
    fields: TemplateFields
    problem: str | None = None  # why the template cannot be used, in French


def describe_templates(home: Home) -> list[TemplateInfo]:
    """Every template with its fields; a broken one is listed with its problem rather than hiding the rest."""
    infos = []
    for template in available_templates(home):
        try:
            document, _ = load_template(template)
            infos.append(TemplateInfo(template, template_doc_type(document), template_fields(document, template.name)))
        except LetterError as exc:
            infos.append(TemplateInfo(template, DocType.LETTER.value, TemplateFields((), ()), exc.message_fr))
    return infos


# --- text and dictations (pure) ----------------------------------------------------------------------

def clean_text(text: str) -> str:
    """Line ends unified, NFC, characters XML cannot carry removed (and the paragraph mark, ours)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\u2028", "\n")
    return XML_INVALID_RE.sub("", unicodedata.normalize("NFC", text))


def paragraphs_of(text: str) -> tuple[str, ...]:
    """A blank line separates paragraphs; a single line end stays a line break inside one."""
    blocks = re.split(r"\n[ \t]*\n", clean_text(text))
    cleaned = ("\n".join(line.rstrip() for line in block.split("\n")).strip("\n") for block in blocks)
    return tuple(block for block in cleaned if block.strip())


def field_value(paragraphs: tuple[str, ...]) -> str:
    return PARAGRAPH.join(paragraphs)


def heading_key(label: str) -> str:
    return " ".join(re.findall(r"[A-Z0-9']+", identity.fold(label))).replace("' ", "'").lower()


HEADING_FIELDS = {heading_key(h): name for name, headings in SECTION_HEADINGS.items() for h in headings}


def section_heading(line: str) -> tuple[str, str] | None:
    """(field, text after the colon) when `line` opens a known section: `Examen : RAS`, `CONCLUSION`."""
    match = HEADING_RE.match(line)
    if not match:
        return None
    name = HEADING_FIELDS.get(heading_key(match.group("label")))
    return None if name is None else (name, (match.group("rest") or "").strip())


@dataclass(frozen=True)
class Dictation:
    sections: dict[str, tuple[str, ...]]  # field → paragraphs; `corps` holds what precedes the first heading
    identity_lines: tuple[str, ...] = ()  # `Patiente : …`, `Né le …`: checked, never printed twice

    def fields(self) -> dict[str, str]:
        values = {BODY_FIELD: field_value(self.sections.get(BODY_FIELD, ()))}
        values |= {name: field_value(p) for name, p in self.sections.items() if name != BODY_FIELD and p}
        return values


def parse_dictation(text: str) -> Dictation:
    lines: dict[str, list[str]] = {BODY_FIELD: []}
    identity_lines, current = [], BODY_FIELD
    for line in clean_text(text).split("\n"):
        heading = section_heading(line)
        if heading:
            current, rest = heading
            lines.setdefault(current, []).append("")  # a section dictated twice: a new paragraph
            lines[current].append(rest)
        elif current == BODY_FIELD and IDENTITY_LINE_RE.match(identity.fold(line)):
            identity_lines.append(line.strip())
        else:
            lines[current].append(line)
    sections = {name: paragraphs_of("\n".join(body)) for name, body in lines.items()}
    return Dictation(sections, tuple(identity_lines))


def read_dictation(path: Path, limits: Limits) -> tuple[bytes, str]:
    """The dictation's bytes and text, read as ingest reads a .txt or .docx (extract.py). In a Word
    dictation each paragraph stays one (a blank line between), line breaks inside it stay line breaks."""
    if path.suffix.lower() not in DICTATION_SUFFIXES:
        raise LetterError(f"Dictée « {path.name} » : format non pris en charge (attendu .txt ou .docx).")
    try:
        extract.check_file_size(path, limits)
        data = path.read_bytes()
        if path.suffix.lower() == ".txt":
            return data, extract.decode_text(data, path.name)
        extract.check_word_archive(path, limits, path.name)
        return data, "\n\n".join(word_paragraphs(data))
    except DocpipeError as exc:
        raise LetterError(f"Dictée « {path.name} » illisible : {exc.message_fr}.") from exc
    except OSError as exc:
        raise LetterError(f"Dictée « {path.name} » illisible : {exc.strerror}.") from exc


def word_paragraphs(data: bytes) -> list[str]:
    try:
        return extract.block_lines(WordDocument(io.BytesIO(data)))
    except Exception as exc:  # python-docx lets zip, XML and KeyError failures through as they come
        raise UnreadableDocument(extract.WORD_DAMAGED) from exc


def letter_text(path: Path, limits: Limits) -> str:
    """The text stored and searched for a letter: what ingest would read from the same .docx."""
    return extract.read_docx(path, limits)[0].text


# --- the context -----------------------------------------------------------------------------------

def french_date(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS_FR[day.month - 1]} {day.year}"


def age_text(born: date, on: date) -> str:
    months = (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
    if months < 12:
        return f"{max(months, 0)} mois"
    years = months // 12
    return "1 an" if years == 1 else f"{years} ans"


def format_ins(ins: str) -> str:
    """`2 85 05 69 123 456 78`, as the carte Vitale prints it."""
    if len(ins) != 15:
        return ins
    return " ".join([ins[0], ins[1:3], ins[3:5], ins[5:7], ins[7:10], ins[10:13], ins[13:]])


def identity_fields(patient: Patient, on: date) -> dict[str, str]:
    """The identity block, from the registry only. `used_name` is empty when it is the birth name."""
    used = patient.used_name.strip()
    if identity.name_key(used) == identity.name_key(patient.birth_name):
        used = ""
    female = patient.sex == "F"
    values = {
        "ipp": patient.ipp,
        "birth_name": patient.birth_name,
        "used_name": used,
        "name": used or patient.birth_name,
        "first_names": patient.first_names,
        "first_name": patient.first_given_name,
        "birth_date": patient.birth_date.strftime("%d/%m/%Y"),
        "sex": "Féminin" if female else "Masculin",
        "civility": "Madame" if female else "Monsieur",
        "e": "e" if female else "",  # agreement: « né{{ patient.e }} », « âgé{{ patient.e }} »
        "age": age_text(patient.birth_date, on),
        "ins": format_ins(patient.ins),
    }
    return {key: clean_text(value) for key, value in values.items()}


PATIENT_FIELDS = tuple(identity_fields(Patient("", "", "", date(2000, 1, 1), "F"), date(2000, 1, 1)))

FIELD_NAME_RE = re.compile(r"[a-z_][a-z0-9_]{0,40}")


def parse_assignments(assignments: list[str]) -> dict[str, str]:
    """`--set field=value`, each value a text (blank lines make paragraphs). Identity is never typed."""
    values = {}
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        name = name.strip().lower()
        if not sep or not FIELD_NAME_RE.fullmatch(name):
            raise LetterError(f"--set « {assignment} » : attendu champ=valeur (champ en lettres minuscules, "
                              "chiffres et _).")
        if name in AUTOMATIC_FIELDS:
            raise LetterError(f"--set {name} : ce champ est rempli par docpipe (registre, docpipe.toml ou date "
                              "du jour) et ne peut pas être saisi.")
        values[name] = field_value(paragraphs_of(value))
    return values


def build_context(patient: Patient, practice: dict, today: date, dictation: Dictation | None,
                  values: dict[str, str]) -> dict:
    context = {
        "patient": identity_fields(patient, today),
        "practice": {str(k): clean_text(str(v)) for k, v in practice.items()},
        "date": french_date(today),
    }
    if dictation is not None:
        context |= dictation.fields()
    return context | values


def is_provided(context: dict, dotted: str) -> bool:
    value = context
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return False
        value = value[part]
    return True


def missing_field_hint(name: str) -> str:
    group = name.split(".")[0]
    if group == "practice":
        return f"« {name} » : à renseigner dans la table [practice] de docpipe.toml"
    if group == "patient":
        known = ", ".join(PATIENT_FIELDS)
        return f"« {name} » : n'existe pas dans l'identité du registre (champs patient : {known})"
    if name == BODY_FIELD:
        return f"« {name} » : le texte dicté — donnez --dictation FICHIER (ou --set {name}=…)"
    if name in SECTION_HEADINGS:
        heading = SECTION_HEADINGS[name][0].capitalize()
        return f"« {name} » : rubrique absente — dictez « {heading} : … » ou donnez --set {name}=…"
    return f"« {name} » : à fournir avec --set {name}=…"


def check_fields(template: LetterTemplate, fields: TemplateFields, context: dict) -> None:
    missing = [name for name in fields.required if not is_provided(context, name)]
    if missing:
        lines = "\n".join(f"- {missing_field_hint(name)}" for name in missing)
        raise LetterError(f"Modèle « {template.name} » : champ(s) non fourni(s), rien n'a été écrit.\n{lines}")


# --- identity check of what is typed or dictated -------------------------------------------------------

def identity_problems(patient: Patient, text: str, index: matching.RegistryIndex) -> list[str]:
    """What in `text` designates someone other than `patient` (any other registry patient named counts)."""
    if not text.strip():
        return []
    return matching.problems_against(patient, identity.read_document([text]), index, any_other_name=True)


def check_identity(patient: Patient, text: str, index: matching.RegistryIndex, refusal: str) -> None:
    """`refusal` opens the message: « Dictée « x.txt » refusée »."""
    problems = identity_problems(patient, text, index)
    if problems:
        raise LetterError(f"{refusal} : le patient IPP {patient.ipp} n'y est pas désigné avec certitude — "
                          f"{' ; '.join(problems)}. Rien n'a été écrit.")


# --- rendering ---------------------------------------------------------------------------------------

def sandbox() -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


def render_docx(template: LetterTemplate, document: DocxTemplate, context: dict) -> bytes:
    try:
        document.render(context, sandbox(), autoescape=True)
    except (SecurityError, OverflowError) as exc:  # OverflowError: the sandbox's range() limit
        raise LetterError(f"Modèle « {template.name} » refusé : opération interdite dans un modèle ({exc}). "
                          "Rien n'a été écrit.") from exc
    except UndefinedError as exc:
        raise LetterError(f"Modèle « {template.name} » : champ non fourni ({exc.message}). "
                          "Rien n'a été écrit.") from exc
    except TemplateError as exc:
        near = " ".join("".join(getattr(exc, "docx_context", [])).split())[:120]
        raise LetterError(f"Modèle « {template.name} » : balise invalide ({exc.message})"
                          + (f" près de « {near} »" if near else "") + ". Rien n'a été écrit.") from exc
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def practice_warnings(practice: dict) -> list[str]:
    example = settings_from_dict(tomllib.loads(EXAMPLE_SETTINGS)).practice
    if practice and practice == example:
        return ["En-tête d'exemple : renseignez la table [practice] de docpipe.toml avec les coordonnées du cabinet."]
    return []


# --- composing and filing ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LetterRequest:
    template: str
    patient_ipp: str
    dictation: Path | None = None
    values: dict[str, str] = field(default_factory=dict)  # from --set, already parsed
    pdf: bool = False
    actor: str | None = None


@dataclass(frozen=True)
class Composed:
    template: LetterTemplate
    template_sha256: str
    doc_type: str
    patient: Patient
    docx: bytes
    dictation: dict | None  # name and sha256 of the dictation file


def compose(home: Home, settings: Settings, store: Store, request: LetterRequest, today: date) -> Composed:
    """Everything checked and rendered in memory: a refusal leaves nothing behind."""
    template = find_template(home, request.template)
    patient = store.patient(request.patient_ipp)
    if patient is None:
        raise LetterError(f"Patient IPP {request.patient_ipp} absent du registre : rien n'a été écrit.")
    registry = matching.RegistryIndex.build(store.patients())
    dictation, dictation_info = None, None
    if request.dictation is not None:
        data, raw = read_dictation(request.dictation, settings.limits)
        check_identity(patient, clean_text(raw), registry, f"Dictée « {request.dictation.name} » refusée")
        dictation = parse_dictation(raw)
        dictation_info = {"name": request.dictation.name, "sha256": sha256_hex(data)}
    typed = "\n\n".join(value.replace(PARAGRAPH, "\n\n") for value in request.values.values())
    check_identity(patient, typed, registry, "Texte fourni par --set refusé")
    if request.pdf:
        require_soffice_before_writing()
    document, template_bytes = load_template(template)
    context = build_context(patient, settings.practice, today, dictation, request.values)
    check_fields(template, template_fields(document, template.name), context)
    rendered = render_docx(template, document, context)
    return Composed(template, sha256_hex(template_bytes), template_doc_type(document), patient, rendered,
                    dictation_info)


def require_soffice_before_writing() -> None:
    try:
        office.require_soffice()
    except MissingDependency as exc:
        raise MissingDependency(f"{exc.message_fr} Rien n'a été écrit.") from exc


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def create_letter(home: Home, store: Store, request: LetterRequest, now: datetime | None = None) -> dict:
    """Render, then file the draft under the patient: the public record (see `letter_record`), plus
    `warnings` and, with `request.pdf`, the path of the PDF."""
    now = now or datetime.now().astimezone()
    settings = home.load_settings()
    composed = compose(home, settings, store, request, now.date())
    actor = request.actor or audit.current_actor()
    sha = sha256_hex(composed.docx)
    destination = unique_path(Archive(home).filed_path(composed.patient, composed.doc_type, sha, now, "docx"))
    rendered = home.scratch / f"letter-{sha[:16]}-{os.getpid()}.docx"  # read back as ingest would read it
    write_durably(rendered, composed.docx)
    try:
        text = letter_text(rendered, settings.limits)
        intent = Intent("letter_rendered", actor, {"template": composed.template.name, "sha256": sha,
                                                   "dictation_sha256": (composed.dictation or {}).get("sha256")},
                        journal=False)
        document, _record = filing.file_new(
            home, store, text=text, columns=letter_columns(composed, request, actor, now), destination=destination,
            intent=intent, place=lambda target: move_durably(rendered, target))
    finally:
        rendered.unlink(missing_ok=True)
    if request.pdf:
        file_pdf(home, store, document.id)
    return letter_record(store.document(document.id)) | {"warnings": practice_warnings(settings.practice)}


def letter_columns(composed: Composed, request: LetterRequest, actor: str, now: datetime) -> dict:
    evidence = {"template": {"name": composed.template.name, "source": composed.template.source,
                             "sha256": composed.template_sha256},
                "dictation": composed.dictation, "fields_set": sorted(request.values)}
    return dict(origin=Origin.LETTER, status=Status.FILED, source_name=f"{composed.template.name}.docx",
                sha256=sha256_hex(composed.docx), size=len(composed.docx), media_type="docx",
                patient_ipp=composed.patient.ipp, doc_type=composed.doc_type, evidence=evidence,
                received_at=now.isoformat(timespec="seconds"), decided_at=now_iso(), decided_by=actor,
                template=composed.template.name, letter_status=LetterStatus.DRAFT)


def file_pdf(home: Home, store: Store, document_id: int) -> None:
    """The PDF beside the .docx (same name), from the file as it is now; its path, its hash and the hash of
    the .docx it was made from are recorded in the letter's evidence."""
    letter = store.document(document_id)
    docx_path = home.root / letter.stored_path
    try:
        pdf_bytes = office.convert_to_pdf(docx_path)
    except DocpipeError as exc:
        raise LetterError(f"Courrier n° {document_id} enregistré ({letter.stored_path}), mais PDF non produit : "
                          f"{exc.message_fr}") from exc
    pdf_path = docx_path.with_suffix(".pdf")
    write_durably(pdf_path, pdf_bytes)
    pdf = {"path": home.relative(pdf_path), "sha256": sha256_hex(pdf_bytes), "from_sha256": letter.sha256}
    store.update_document(document_id, evidence=letter.evidence | {"pdf": pdf})
    filing.write_companions(home, store, store.document(document_id))
    audit.record(store, "letter_pdf", document_id=document_id, patient_ipp=letter.patient_ipp, details=pdf)


def letter_record(letter: Document) -> dict:
    """The public JSON of a letter; `pdf` (relative to the home) when one was made."""
    record = {"id": letter.id, "path": letter.stored_path, "patient": letter.patient_ipp,
              "template": letter.template, "status": letter.letter_status.value if letter.letter_status else None}
    pdf = letter.evidence.get("pdf")
    return record | ({"pdf": pdf["path"]} if pdf else {})


# --- validation ----------------------------------------------------------------------------------------

def letter_of(store: Store, document_id: int) -> Document:
    letter = store.document(document_id)
    if letter is None or letter.origin != Origin.LETTER:
        raise LetterError(f"Courrier n° {document_id} introuvable.")
    return letter


def validate(home: Home, store: Store, document_id: int, actor: str | None = None, pdf: bool = False) -> dict:
    """The doctor validates the file as it is now (edited in Word or not): its hash is recorded and the
    file (and its PDF) become read-only, so any later change is a new version in a new file."""
    actor = actor or audit.current_actor()
    letter = letter_of(store, document_id)
    if letter.letter_status != LetterStatus.DRAFT:
        raise LetterError(f"Courrier n° {document_id} déjà validé ({letter.decided_at}, {letter.decided_by}).") \
            if letter.letter_status == LetterStatus.VALIDATED else \
            LetterError(f"Courrier n° {document_id} écarté : il ne peut plus être validé.")
    path = home.root / letter.stored_path
    if not path.is_file():
        raise LetterError(f"Courrier n° {document_id} : fichier absent ({letter.stored_path}).")
    sha = sha256_of(path)
    draft_pdf = letter.evidence.get("pdf")
    if draft_pdf and draft_pdf["from_sha256"] != sha and not pdf:
        raise LetterError(f"Courrier n° {document_id} modifié depuis son PDF ({draft_pdf['path']}) : relancez avec "
                          "--pdf pour refaire le PDF de la version validée. Rien n'a été modifié.")
    if pdf:
        office.require_soffice()
    edited = sha != letter.sha256
    if edited:
        text = letter_text(path, home.load_settings().limits)
        check_identity(store.patient(letter.patient_ipp), text, matching.RegistryIndex.build(store.patients()),
                       f"Validation du courrier n° {document_id} refusée")
        store.replace_text(document_id, text)
    evidence = letter.evidence | {"validation": {"by": actor, "at": now_iso(), "sha256": sha,
                                                 "edited_after_rendering": edited}}
    intent = Intent("letter_validated", actor, {"sha256": sha, "edited_after_rendering": edited,
                                                "template": letter.template}, journal=False)
    if pdf:
        store.update_document(document_id, evidence=evidence, sha256=sha, size=path.stat().st_size)
        file_pdf(home, store, document_id)
        evidence = store.document(document_id).evidence
    validated, _record = filing.update_in_place(
        home, store, letter, intent, letter_status=LetterStatus.VALIDATED, decided_by=actor, decided_at=now_iso(),
        sha256=sha, size=path.stat().st_size, evidence=evidence)
    make_read_only(home, validated)
    return letter_record(validated)


# --- the letters library -------------------------------------------------------------------------------

def list_letters(store: Store, drafts_only: bool = False) -> list[Document]:
    """Every letter (drafts, validated, discarded), or only the drafts still waiting for the doctor."""
    return store.letters(drafts_only)


def discard(home: Home, store: Store, document_id: int, actor: str) -> Document:
    """Put a draft aside: nothing is ever deleted — its file leaves the patient's folder for
    review/brouillons-ecartes/, the row says `discarded`, the audit says who."""
    letter = letter_of(store, document_id)
    if letter.letter_status != LetterStatus.DRAFT:
        raise LetterError(f"Courrier n° {document_id} : seul un brouillon peut être écarté "
                          f"(statut : {letter.letter_status.value if letter.letter_status else '—'}).")
    stored = home.root / letter.stored_path
    folder = home.review / DISCARDED_FOLDER / datetime.now().strftime("%Y-%m-%d")
    intent = Intent("letter_discarded", actor, {"template": letter.template, "from": letter.stored_path},
                    journal=False)
    evidence = letter.evidence | {"discarded": {"by": actor, "at": now_iso(), "from": letter.stored_path}}
    discarded, _record = filing.relocate(home, store, letter, folder / stored.name, intent,
                                         letter_status=LetterStatus.DISCARDED, decided_by=actor,
                                         decided_at=now_iso(), evidence=evidence)
    return move_draft_pdf(home, store, discarded)


def move_draft_pdf(home: Home, store: Store, letter: Document) -> Document:
    """A draft's PDF follows its .docx (recorded first, then moved: a crash leaves it findable by verify)."""
    pdf = letter.evidence.get("pdf")
    if not pdf or not (home.root / pdf["path"]).exists():
        return letter
    target = unique_path((home.root / letter.stored_path).with_suffix(".pdf"))
    store.update_document(letter.id, evidence=letter.evidence | {"pdf": pdf | {"path": home.relative(target)}})
    move_durably(home.root / pdf["path"], target)
    moved = store.document(letter.id)
    filing.write_companions(home, store, moved)
    return moved


def make_read_only(home: Home, letter: Document) -> None:
    pdf = letter.evidence.get("pdf")
    for relative in [letter.stored_path] + ([pdf["path"]] if pdf else []):
        os.chmod(home.root / relative, VALIDATED_MODE)
