"""The command line: a thin layer over the library. `--json` speaks newline-delimited JSON to scripts."""
from __future__ import annotations

import json
import logging
import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from . import audit, review
from .config import Home
from .errors import DocpipeError, ExitCode
from .labels import RULE_LABELS, STATUS_LABELS, doc_type_label
from .intake import safe_display
from .registry import parse_registry_csv, parse_registry_file, patient_as_dict
from .store import Store

console = Console(stderr=False)
STATUS_FR = STATUS_LABELS
REVIEW_RULES_FR = RULE_LABELS


def person_line(record: dict, verbose: bool) -> str:
    """Number, short hash, outcome: no file name (it may carry a patient's name), no text."""
    stamp = datetime.now().strftime("%H:%M:%S")
    rule = (record.get("evidence") or {}).get("rule")
    if record.get("id") is None:
        line = f"{stamp}  {REVIEW_RULES_FR.get(rule, REVIEW_RULES_FR['link'])} (docpipe log)"
    else:
        line = f"{stamp}  n° {record['id']}  {record['sha256'][:10]}  " + outcome_fr(record, rule)
    if verbose:
        line += f"  [{record['source']!r}] {record.get('reason') or ''}"
    return line


def outcome_fr(record: dict, rule: str | None) -> str:
    if record["status"] == "duplicate":
        return f"doublon du n° {record['id']} : copie retirée de la boîte de dépôt"
    if record["status"] == "split":
        return f"reçu et découpé en parties : {doc_type_fr(record['doc_type'])} (chaque partie sur sa ligne)"
    if record["status"] == "filed":
        pages = len(record.get("pages") or [])
        return f"classé : {doc_type_fr(record['doc_type'])}, {pages} p., patient IPP {record['patient']}"
    return f"à revoir : {REVIEW_RULES_FR.get(rule, f'motif {rule}')} (docpipe review show {record['id']})"


def doc_type_fr(value: str) -> str:
    return doc_type_label(value)


def emit_json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


class Context:
    def __init__(self, home: Home, verbose: bool):
        self.home = home
        self.verbose = verbose

    @contextmanager
    def store(self):
        self.home.init()
        store = Store(self.home.database)
        try:
            yield store
        finally:
            store.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False), default=None,
              help="Dossier de travail (boîte de dépôt, archive, base). Défaut : $DOCPIPE_HOME ou le dossier courant.")
@click.option("--verbose", is_flag=True,
              help="Journal détaillé pour le débogage local : peut afficher des noms de fichiers (jamais en production).")
@click.pass_context
def main(ctx, home, verbose):
    """docpipe — chaîne documentaire du secrétariat médical."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    ctx.obj = Context(Home.resolve(home), verbose)


def run_safely(action):
    from .intake import french_error
    try:
        return action()
    except DocpipeError as exc:
        click.echo(exc.message_fr, err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:  # a full disk, a read-only archive: French, not a traceback
        translated = french_error(click.get_current_context().obj.home, exc)
        if translated is None:
            raise
        click.echo(translated.message_fr, err=True)
        sys.exit(translated.exit_code)


@main.command()
@click.pass_obj
def init(obj: Context):
    """Créer l'arborescence du dossier de travail (sans effet si elle existe)."""
    obj.home.init()
    with obj.store():
        pass
    click.echo(f"Dossier de travail prêt : {obj.home.root}")


# --- patients ------------------------------------------------------------------------------------

@main.group()
def patients():
    """Registre des patients."""


@patients.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def patients_import(obj: Context, csv_file):
    """Importer ou mettre à jour (par IPP) des patients depuis un CSV (UTF-8 ou Windows, « , » ou « ; »)."""
    def action():
        rows = parse_registry_file(Path(csv_file).read_bytes())  # UTF-8 or cp1252, `;` or `,`
        with obj.store() as store:
            created, updated = store.upsert_patients(rows)
            audit.record(store, "registry_imported", details={"created": created, "updated": updated})
        click.echo(f"Import terminé : {created} patient(s) créé(s), {updated} mis à jour.")
    run_safely(action)


@patients.command("list")
@click.option("--json", "as_json", is_flag=True, help="Une ligne JSON par patient.")
@click.pass_obj
def patients_list(obj: Context, as_json):
    """Lister les patients du registre."""
    with obj.store() as store:
        rows = store.patients()
    if as_json:
        for p in rows:
            emit_json(patient_as_dict(p))
        return
    table = Table("IPP", "Nom de naissance", "Nom d'usage", "Prénom(s)", "Naissance", "Sexe", "INS")
    for p in rows:
        table.add_row(p.ipp, p.birth_name, p.used_name, p.first_names, p.birth_date.strftime("%d/%m/%Y"), p.sex,
                      "oui" if p.ins else "")
    console.print(table)


@patients.command("show")
@click.argument("ipp")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def patients_show(obj: Context, ipp, as_json):
    """Afficher un patient et ses documents."""
    with obj.store() as store:
        patient = store.patient(ipp)
        if patient is None:
            click.echo(f"Patient IPP {ipp} absent du registre.", err=True)
            sys.exit(ExitCode.ERROR)
        documents = store.patient_documents(ipp)
    info = patient_as_dict(patient) | {"documents": [
        {"id": d.id, "doc_type": d.doc_type.value, "status": d.status.value, "stored_path": d.stored_path,
         "received_at": d.received_at} for d in documents]}
    if as_json:
        emit_json(info)
        return
    for key, value in patient_as_dict(patient).items():
        console.print(f"[bold]{key}[/bold] : {value}")
    for d in info["documents"]:
        console.print(f"  n° {d['id']} {d['doc_type']} {STATUS_FR.get(d['status'], d['status'])} {d['stored_path']}")


# --- ingest --------------------------------------------------------------------------------------

@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=False))
@click.option("--json", "as_json", is_flag=True, help="Un objet JSON par ligne et par document traité.")
@click.pass_obj
def ingest(obj: Context, paths, as_json):
    """Traiter les fichiers donnés, ou toute la boîte de dépôt (inbox/)."""
    from .extract import Extractor
    from .ingest import Pipeline
    from .intake import inbox_entries

    def action():
        settings = obj.home.load_settings()
        with obj.store() as store, Extractor(settings, obj.home.scratch) as extractor:
            pipeline = Pipeline(obj.home, settings, store, extractor)
            targets = [Path(p) for p in paths] if paths else inbox_entries(obj.home)
            if as_json:
                pipeline.ingest(targets, lambda outcome: emit_json(outcome.record))
                return
            outcomes = run_with_progress(pipeline, targets)
            print_summary(outcomes, obj.verbose)
    run_safely(action)


def run_with_progress(pipeline, targets):
    columns = [TextColumn("[bold]Traitement"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("docs", total=len(targets))
        return pipeline.ingest(targets, lambda _outcome: progress.advance(task))


def print_summary(outcomes, verbose: bool) -> None:
    """One line per document by number and short hash (a file name may carry a patient's name)."""
    if not outcomes:
        console.print("Boîte de dépôt vide : rien à traiter.")
        return
    for outcome in outcomes:
        console.print(person_line(outcome.record, verbose), highlight=False)
    counts = {}
    for o in outcomes:
        counts[o.record["status"]] = counts.get(o.record["status"], 0) + 1
    console.print(", ".join(f"{n} {STATUS_FR.get(s, s)}" for s, n in sorted(counts.items())))


# --- review --------------------------------------------------------------------------------------

@main.group("review")
def review_group():
    """File de revue : documents à vérifier par une personne."""


@review_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def review_list(obj: Context, as_json):
    """Documents en attente de revue."""
    with obj.store() as store:
        documents = review.pending(store)
    if as_json:
        for document in documents:
            emit_json(document.public_record())
        return
    table = Table("n°", "Reçu le", "Fichier", "Type", "Motif", "Candidats")
    for document in documents:
        candidates = document.evidence.get("candidates", [])
        table.add_row(str(document.id), document.received_at[:16], Text(safe_display(document.source_name)),
                      document.doc_type.value,
                      document.reason or "", ", ".join(c["ipp"] for c in candidates))
    console.print(table if documents else "Aucun document en attente de revue.")


@review_group.command("show")
@click.argument("document_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def review_show(obj: Context, document_id, as_json):
    """Le détail d'un document : motif, traits lus, candidats."""
    def action():
        with obj.store() as store:
            record = review.item(store, document_id).public_record()
        if as_json:
            emit_json(record)
            return
        console.print(f"[bold]Document n° {record['id']}[/bold] — ", Text(safe_display(record["source"])),
                      f" ({record['status']})", sep="")
        console.print(f"Motif : {record['reason'] or '—'}")
        console.print(f"Fichier : {record['stored_path']}")
        evidence = record["evidence"]
        console.print("Traits lus : " + json.dumps(evidence.get("traits_read", {}), ensure_ascii=False))
        for problem in evidence.get("contradictions", []):
            console.print(f"  ✗ {problem['message']}")
        table = Table("IPP", "Nom de naissance", "Nom d'usage", "Prénom(s)", "Naissance", "Traits concordants")
        for c in evidence.get("candidates", []):
            table.add_row(c["ipp"], c["birth_name"], c["used_name"], c["first_names"], c["birth_date"],
                          ", ".join(c["matched_traits"]))
        console.print(table)
    run_safely(action)


@review_group.command("assign")
@click.argument("document_id", type=int)
@click.argument("ipp")
@click.option("--by", "actor", default=None, help="Qui décide (défaut : l'utilisateur système).")
@click.option("--force", is_flag=True, help="Passer outre une contradiction (avec --reason ; tracé dans l'audit).")
@click.option("--reason", default=None, help="Motif d'une attribution forcée (obligatoire avec --force).")
@click.option("--confirm", "confirm_ipp", default=None,
              help="IPP de l'autre patient qui correspond aussi : confirme le choix entre homonymes.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def review_assign(obj: Context, document_id, ipp, actor, force, reason, confirm_ipp, as_json):
    """Classer un document de la revue sous le patient IPP."""
    def action():
        if force and not (reason or "").strip():
            raise review.ReviewError("--force demande un motif : --reason « … ». Rien n'a été modifié.")
        with obj.store() as store:
            record = review.assign(obj.home, store, document_id, ipp, actor or audit.current_actor(),
                                   confirm_ipp=confirm_ipp, force_reason=reason if force else None).public_record()
        emit_json(record) if as_json else click.echo(f"Document n° {document_id} classé : {record['stored_path']}")
    run_safely(action)


@review_group.command("reject")
@click.argument("document_id", type=int)
@click.option("--reason", default=None, help="Motif du rejet.")
@click.option("--by", "actor", default=None)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def review_reject(obj: Context, document_id, reason, actor, as_json):
    """Sortir un document de la revue sans le classer (le fichier est conservé)."""
    def action():
        with obj.store() as store:
            record = review.reject(obj.home, store, document_id, actor or audit.current_actor(), reason).public_record()
        emit_json(record) if as_json else click.echo(f"Document n° {document_id} rejeté (conservé : {record['stored_path']}).")
    run_safely(action)


# --- log, demo -----------------------------------------------------------------------------------

@main.command("log")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def log_command(obj: Context, as_json):
    """Historique des fichiers traités."""
    with obj.store() as store:
        records = store.journal()
    if as_json:
        for record in records:
            emit_json(record)
        return
    table = Table("Date", "n°", "Empreinte", "Résultat", "Patient", "Type", "Motif")
    for r in records:
        rule = (r.get("evidence") or {}).get("rule")
        motive = REVIEW_RULES_FR.get(rule, rule or "") if r["status"] == "review" else ""
        table.add_row(r["at"][:19], str(r.get("id") or ""), (r.get("sha256") or "")[:10],
                      STATUS_FR.get(r["status"], r["status"]), r["patient"] or "", doc_type_fr(r["doc_type"]),
                      motive + (f" [{r['source']}]" if obj.verbose else ""))
    console.print(table)


@main.command()
@click.option("--patients", "patient_count", default=40, show_default=True)
@click.pass_obj
def demo(obj: Context, patient_count):
    """Remplir la boîte de dépôt de documents FICTIFS de démonstration (et le registre)."""
    from devtools import synth

    def action():
        obj.home.init()
        registry_csv = obj.home.state / "demo-registry.csv"
        synth.seed_demo(obj.home.inbox, registry_csv, patient_count=patient_count)
        rows = parse_registry_csv(registry_csv.read_text(encoding="utf-8"))
        with obj.store() as store:
            store.upsert_patients(rows)
        (obj.home.state / "demo-seeded").write_text("ok\n", encoding="utf-8")
        click.echo(f"Démonstration : {len(rows)} patients fictifs importés, documents fictifs déposés dans inbox/.")
    run_safely(action)


def register_stage_commands() -> None:
    from . import cli_day, cli_desk, cli_letters, cli_results, cli_watch
    for module in (cli_letters, cli_day, cli_watch, cli_desk, cli_results):
        for command in module.COMMANDS:
            main.add_command(command)


register_stage_commands()

if __name__ == "__main__":
    main()
