"""What every command shares: finding the home, the output options (`--json`), one way to print JSON lines
and tables that fit 80 columns, the parameter types people type (French doc types, JJ/MM/AAAA dates,
IPPs in any case) and hints printed as they must be typed.

This module imports no other CLI module: the commands import it, never the other way round.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import sys
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import click
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..config import Home
from ..errors import DocpipeError, ExitCode
from ..labels import (DOC_TYPE_LABELS, LETTER_STATUS_LABELS, RULE_LABELS, STATUS_LABELS, doc_type_label, label,
                      status_label)
from ..models import DocType, Patient
from ..store import Store

WIDTH = 80
console = Console(stderr=False, width=WIDTH, highlight=False)
HOME_MARKERS = ("docpipe.toml", "docpipe.db")


# --- the home --------------------------------------------------------------------------------------

class NotAHome(DocpipeError):
    """The folder is not a docpipe home: only `init` creates one."""

    exit_code = ExitCode.USAGE


def is_home(root: Path) -> bool:
    return root.is_dir() and any((root / marker).is_file() for marker in HOME_MARKERS)


def discovered_root(environ: dict, cwd: Path) -> Path | None:
    """The home used when --home is not given: $DOCPIPE_HOME, else the nearest folder, from the current one
    upwards, holding a docpipe.toml (or docpipe.db)."""
    if environ.get("DOCPIPE_HOME"):
        return Path(environ["DOCPIPE_HOME"]).expanduser().resolve()
    for folder in [cwd, *cwd.parents]:
        if is_home(folder):
            return folder
    return None


@dataclass(frozen=True)
class HomeChoice:
    root: Path
    explicit: bool  # given by --home (hints must then repeat it, unless it is also what would be found)
    found: bool  # a home was named or discovered (False: nothing found, the current folder is a default)

    @classmethod
    def of(cls, given: str | None, environ: dict, cwd: Path) -> HomeChoice:
        if given:
            return cls(Path(given).expanduser().resolve(), True, True)
        root = discovered_root(environ, cwd)
        return cls(root or cwd, False, root is not None)

    def home_for_init(self) -> Home:
        return Home(self.root)

    def existing_home(self, program: str = "docpipe") -> Home:
        if not is_home(self.root):
            raise NotAHome(not_a_home_message(self, program))
        return Home(self.root)


def not_a_home_message(choice: HomeChoice, program: str) -> str:
    if choice.found:
        return (f"« {choice.root} » n'est pas un dossier de travail docpipe (ni docpipe.toml ni docpipe.db) : "
                f"rien n'a été créé. Vérifiez le chemin ; pour en créer un : "
                f"{program} --home {shlex.quote(str(choice.root))} init")
    return ("Aucun dossier de travail docpipe ici ni dans les dossiers parents : rien n'a été créé. "
            "Indiquez-le avec --home DOSSIER (ou la variable DOCPIPE_HOME), ou créez-en un : "
            f"{program} --home DOSSIER init")


def program_name(argv0: str, on_path: str | None) -> str:
    """How to call docpipe again: `docpipe` when that name finds this very program, else the path used."""
    if Path(argv0).name != "docpipe":
        return "docpipe"
    if on_path and Path(on_path).resolve() == Path(argv0).resolve():
        return "docpipe"
    return shlex.quote(argv0)


class Context:
    """`ctx.obj` of every command. The home is checked when a command first needs it, so `--help` works
    anywhere and only `init` may create a home."""

    def __init__(self, choice: HomeChoice, verbose: bool, environ: dict | None = None, cwd: Path | None = None):
        self.choice = choice
        self.verbose = verbose
        self.program = program_name(sys.argv[0], shutil.which("docpipe"))
        self._environ = os.environ if environ is None else environ
        self._cwd = cwd or Path.cwd()

    @property
    def home(self) -> Home:
        return self.choice.existing_home(self.program)

    @contextmanager
    def store(self):
        home = self.home
        home.init()  # an existing home: restores a missing sub-folder, never creates a home
        store = Store(home.database)
        try:
            yield store
        finally:
            store.close()

    def command(self, *args: str) -> str:
        """A command line as the person must type it to act on this same home."""
        words = [self.program]
        if self.choice.explicit and discovered_root(self._environ, self._cwd) != self.choice.root:
            words += ["--home", shlex.quote(str(self.choice.root))]
        return " ".join([*words, *args])


def as_typed(text: str) -> str:
    """A library message that names a command (« docpipe verify ») names it as it must be typed here: the
    program as called and, when needed, --home."""
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx else None
    if root is None or not isinstance(root.obj, Context) or not isinstance(root.command, click.Group):
        return text
    names = "|".join(re.escape(name) for name in root.command.commands)
    return re.sub(rf"\bdocpipe (?=(?:{names})\b)", root.obj.command() + " ", text)


def say_error(text: str) -> None:
    click.echo(as_typed(text), err=True)


class DocpipeGroup(click.Group):
    """The top-level group: an error of the docpipe family raised by any command ends it with its French
    message and its exit code (`errors.ExitCode`), never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except DocpipeError as exc:
            say_error(exc.message_fr)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrompu (Ctrl-C) : un document en cours reste dans inbox/ et sera repris.", err=True)
            sys.exit(ExitCode.INTERRUPTED)
        except Exception as exc:  # a full disk, a read-only archive: French, not a traceback
            exit_translated(ctx.obj, exc)
            raise


def exit_translated(obj, exc: Exception) -> None:
    """An OS failure docpipe can name (disk full, read-only archive) ends the command in French."""
    from ..intake import french_error
    if not isinstance(obj, Context):
        return
    translated = french_error(Home(obj.choice.root), exc)
    if translated is not None:
        say_error(translated.message_fr)
        sys.exit(translated.exit_code)


def run_safely(action):
    """Errors of the docpipe family end the command with their French message and their exit code; so do
    the OS failures docpipe can name (`intake.french_error`)."""
    try:
        return action()
    except DocpipeError as exc:
        say_error(exc.message_fr)
        sys.exit(exc.exit_code)
    except Exception as exc:
        exit_translated(click.get_current_context().obj, exc)
        raise


def fail(message_fr: str, code: ExitCode = ExitCode.ERROR):
    say_error(message_fr)
    sys.exit(code)


# --- output: one option, JSON lines for scripts, tables for people ---------------------------------

JSON_HELP = "Sortie pour les scripts : une ligne JSON par élément, codes machine."


def output_options(command=None, *, help_fr: str = JSON_HELP):
    """`--json` on every command that reports something (as sqlite-utils' `output_options`): used bare,
    `@output_options`, or with the command's own wording, `@output_options(help_fr="…")`."""
    def decorate(function):
        return click.option("--json", "as_json", is_flag=True, help=help_fr)(function)
    return decorate(command) if command is not None else decorate


def emit_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def emit_json_lines(objects) -> None:
    for obj in objects:
        emit_json(obj)


NO_WRAP = {"n°", "IPP", "Date", "Reçu le", "Naissance", "Empreinte"}  # short cells a person scans down


def new_table(*headers: str) -> Table:
    """A table for people: plain box, long cells wrapped, never wider than 80 columns."""
    listing = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), expand=False, show_edge=False)
    for header in headers:
        listing.add_column(header, no_wrap=header in NO_WRAP)
    return listing


def cells(*values) -> list[Text]:
    """Plain text cells: names and file names are data, never rich markup."""
    return [Text("" if v is None else str(v)) for v in values]


def print_table(rows: Table, empty_fr: str) -> None:
    console.print(rows if rows.row_count else empty_fr)


# --- what people type ------------------------------------------------------------------------------

def folded(text: str) -> str:
    """Lower case, no accents, single spaces: « Compte rendu d'hospitalisation » ~ « compte-rendu-d'hospit… »."""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(bare.lower().replace("-", " ").replace("_", " ").split())


DOC_TYPE_WORDS = {folded(label): doc_type for doc_type, label in DOC_TYPE_LABELS.items()} | {
    folded(doc_type.value): doc_type for doc_type in DocType} | {
    "bio": DocType.LAB_RESULT, "analyses": DocType.LAB_RESULT, "radiologie": DocType.IMAGING_REPORT,
    "consultation": DocType.CONSULTATION_REPORT, "hospitalisation": DocType.DISCHARGE_SUMMARY,
    "operatoire": DocType.OPERATIVE_REPORT}


class DocTypeParam(click.ParamType):
    """A document type by its French label (« biologie », « imagerie ») or its code (`lab_result`)."""

    name = "TYPE"

    def convert(self, value, param, ctx):
        if isinstance(value, DocType):
            return value
        found = DOC_TYPE_WORDS.get(folded(str(value)))
        if found is None:
            known = ", ".join(label.lower() for label in DOC_TYPE_LABELS.values())
            self.fail(f"type inconnu « {value} » ; types possibles : {known}", param, ctx)
        return found

    def get_metavar(self, param, ctx=None):
        return "TYPE"


DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")


def parse_day(text: str) -> date | None:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


class DayParam(click.ParamType):
    """A day as people write it (JJ/MM/AAAA) or as scripts do (AAAA-MM-JJ)."""

    name = "JJ/MM/AAAA"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        day = parse_day(str(value))
        if day is None:
            self.fail(f"date invalide « {value} » (attendu JJ/MM/AAAA, par exemple 30/11/2026)", param, ctx)
        return day


class IppParam(click.ParamType):
    """An IPP as typed: spaces around ignored, lower case accepted (registry IPPs are upper case)."""

    name = "IPP"

    def convert(self, value, param, ctx):
        ipp = str(value).strip().upper()
        if not ipp:
            self.fail("IPP vide", param, ctx)
        return ipp


DOC_TYPE = DocTypeParam()
DAY = DayParam()
IPP = IppParam()


def day_fr(value) -> str:
    """JJ/MM/AAAA for a date or an ISO text (a time, when present, is dropped)."""
    if value in (None, ""):
        return ""
    if isinstance(value, (date, datetime)):
        return value.strftime("%d/%m/%Y")
    parsed = parse_day(str(value)[:10])
    return parsed.strftime("%d/%m/%Y") if parsed else str(value)


def moment_fr(iso: str | None) -> str:
    """JJ/MM/AAAA HH:MM for an ISO 8601 moment."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


# --- ingest outcomes (ingest and watch print them the same way) ----------------------------------

REVIEW_RULES_FR = RULE_LABELS


def person_line(record: dict, verbose: bool, command=lambda *args: "docpipe " + " ".join(args)) -> str:
    """Number, short hash, outcome: no file name (it may carry a patient's name), no text. `command` prints
    a hint as it must be typed (`Context.command`)."""
    stamp = datetime.now().strftime("%H:%M:%S")
    rule = (record.get("evidence") or {}).get("rule")
    if record.get("id") is None:
        line = f"{stamp}  {REVIEW_RULES_FR.get(rule, REVIEW_RULES_FR['link'])} ({command('log')})"
    else:
        line = f"{stamp}  n° {record['id']}  {record['sha256'][:10]}  " + outcome_fr(record, rule, command)
    if verbose:
        line += f"  [{record['source']!r}] {record.get('reason') or ''}"
    return line


def outcome_fr(record: dict, rule: str | None, command) -> str:
    if record["status"] == "duplicate":
        return f"doublon du n° {record['id']} : copie retirée de la boîte de dépôt"
    if record["status"] == "split":
        return f"reçu et découpé en parties : {doc_type_fr(record['doc_type'])} (chaque partie sur sa ligne)"
    if record["status"] == "filed":
        pages = len(record.get("pages") or [])
        return f"classé : {doc_type_fr(record['doc_type'])}, {pages} p., patient IPP {record['patient']}"
    return f"à revoir : {REVIEW_RULES_FR.get(rule, f'motif {rule}')} ({command('review', 'show', str(record['id']))})"


def doc_type_fr(value: str) -> str:
    return doc_type_label(value)


def counts_fr(statuses) -> str:
    """« 3 classé, 1 à revoir » — the tally printed after ingest and when the watcher stops."""
    counts: dict[str, int] = {}
    for status in statuses:
        counts[status] = counts.get(status, 0) + 1
    return ", ".join(f"{n} {STATUS_LABELS.get(s, s)}" for s, n in sorted(counts.items()))


# --- documents and patients as people read them ---------------------------------------------------

def person_name(patient: Patient) -> str:
    """« LEFEBVRE (MARTIN) Marie »: birth name, used name in brackets, first names."""
    used = f" ({patient.used_name})" if patient.used_name and patient.used_name != patient.birth_name else ""
    return f"{patient.birth_name}{used} {patient.first_names}"


def document_status_fr(document) -> str:
    """A letter says where it stands (« brouillon » stands out), any other document its filing status."""
    if document.letter_status is not None:
        text = label(LETTER_STATUS_LABELS, document.letter_status)
        return text.upper() if document.is_draft else text
    return status_label(document.status)


class Session:
    """What the watcher did since it started, told when it stops (as ingest does at its end)."""

    def __init__(self):
        self.started = time.monotonic()
        self.statuses: list[str] = []

    def summary_fr(self, log_command: str) -> str:
        minutes, seconds = divmod(int(time.monotonic() - self.started), 60)
        hours, minutes = divmod(minutes, 60)
        span = f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {seconds:02d} s"
        if not self.statuses:
            return f"Session de {span} : aucun document traité."
        return (f"Session de {span} : {len(self.statuses)} document(s) traité(s) — {counts_fr(self.statuses)} "
                f"(détail : {log_command}).")

    def record(self, outcome) -> None:
        self.statuses.append(outcome.record["status"])
