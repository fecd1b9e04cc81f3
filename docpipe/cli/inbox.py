"""`docpipe ingest` (the given files, or the whole inbox), `docpipe log` (what was processed) and
`docpipe demo` (fictitious documents). Lines name documents by number and short hash, never by file name."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

import docpipe

from ..errors import ExitCode, MissingDependency
from ..labels import doc_type_label, status_label
from ..registry import parse_registry_csv
from .common import (REVIEW_RULES_FR, Context, cells, console, counts_fr, emit_json, emit_json_lines, fail,
                     moment_fr, new_table, output_options, person_line, print_table, run_safely)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=False))
@output_options(help_fr="Un objet JSON par ligne et par document traité.")
@click.pass_obj
def ingest(obj: Context, paths, as_json):
    """Traiter les fichiers donnés, ou toute la boîte de dépôt (inbox/)."""
    from ..extract import Extractor
    from ..ingest import Pipeline
    from ..intake import inbox_entries

    def action():
        missing = [p for p in paths if not os.path.lexists(p)]
        if missing:
            fail("Fichier introuvable : " + ", ".join(f"« {p} »" for p in missing) + ". Rien n'a été traité.",
                 ExitCode.USAGE)
        home = obj.home
        settings = home.load_settings()
        with obj.store() as store, Extractor(settings, home.scratch) as extractor:
            pipeline = Pipeline(home, settings, store, extractor)
            targets = [Path(p) for p in paths] if paths else inbox_entries(home)
            if as_json:
                pipeline.ingest(targets, lambda outcome: emit_json(outcome.record))
                return
            outcomes = run_with_progress(pipeline, targets)
            print_summary(outcomes, obj)
    run_safely(action)


def run_with_progress(pipeline, targets):
    columns = [TextColumn("[bold]Traitement"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("docs", total=len(targets))
        return pipeline.ingest(targets, lambda _outcome: progress.advance(task))


def print_summary(outcomes, obj: Context) -> None:
    """One line per document by number and short hash (a file name may carry a patient's name)."""
    if not outcomes:
        console.print("Boîte de dépôt vide : rien à traiter.")
        return
    for outcome in outcomes:
        console.print(Text(person_line(outcome.record, obj.verbose, obj.command)), soft_wrap=True)
    console.print(counts_fr(o.record["status"] for o in outcomes))


@click.command("log")
@output_options
@click.pass_obj
def log_command(obj: Context, as_json):
    """Historique des fichiers traités."""
    with obj.store() as store:
        records = store.journal()
    if as_json:
        emit_json_lines(records)
        return
    listing = new_table("Date", "n°", "Empreinte", "Résultat", "Patient", "Type", "Motif")
    for r in records:
        rule = (r.get("evidence") or {}).get("rule")
        motive = REVIEW_RULES_FR.get(rule, rule or "") if r["status"] == "review" else ""
        listing.add_row(*cells(moment_fr(r["at"]), r.get("id") or "", (r.get("sha256") or "")[:10],
                               status_label(r["status"]), r["patient"] or "", doc_type_label(r["doc_type"]),
                               motive + (f" [{r['source']}]" if obj.verbose else "")))
    print_table(listing, "Aucun fichier traité.")


@click.command()
@click.option("--patients", "patient_count", default=40, show_default=True)
@click.pass_obj
def demo(obj: Context, patient_count):
    """Remplir la boîte de dépôt de documents FICTIFS de démonstration (et le registre)."""

    def action():
        synth = demo_generator()
        home = obj.home
        registry_csv = home.state / "demo-registry.csv"
        synth.seed_demo(home.inbox, registry_csv, patient_count=patient_count)
        rows = parse_registry_csv(registry_csv.read_text(encoding="utf-8"))
        with obj.store() as store:
            store.upsert_patients(rows)
        (home.state / "demo-seeded").write_text("ok\n", encoding="utf-8")
        click.echo(f"Démonstration : {len(rows)} patients fictifs importés, documents fictifs déposés dans inbox/.")
    run_safely(action)


def demo_generator():
    """The synthetic corpus lives beside the package in a source checkout (devtools/), never in a wheel:
    the demo works from the repository, and says so elsewhere."""
    checkout = Path(docpipe.__file__).resolve().parents[1]
    if (checkout / "devtools" / "synth").is_dir() and str(checkout) not in sys.path:
        sys.path.insert(0, str(checkout))
    try:
        from devtools import synth
    except ImportError as exc:
        raise MissingDependency("La démonstration utilise les outils du dépôt source (devtools/, extra « demo » : "
                                f"reportlab) : lancez-la depuis une copie du dépôt ({exc.name} introuvable).") from exc
    return synth


COMMANDS: list[click.Command] = [ingest, log_command, demo]
