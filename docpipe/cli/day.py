"""`docpipe day close`, `verify`, `search`, `audit` (list, verify, acknowledge) and `export`. Thin: the work is
in the library modules."""
import json
import sys
from pathlib import Path

import click
from rich.text import Text

from .. import audit, daybatch, export, search, verify
from ..errors import ExitCode
from ..labels import AUDIT_ACTION_LABELS
from .common import (DAY, DOC_TYPE, IPP, cells, day_fr, document_status_fr, emit_json, emit_json_lines,
                     moment_fr, new_table, output_options, print_table, run_safely)

ACTION_FR = AUDIT_ACTION_LABELS


def print_problems(problems) -> None:
    for problem in problems:
        click.echo(f"{problem.path or '—'} : {problem.message}")


# --- day close -----------------------------------------------------------------------------------

@click.group("day")
def day_group():
    """Fin de journée."""


@day_group.command("close")
@click.option("--date", "day", type=DAY, default=None,
              help="Journée à clôturer (JJ/MM/AAAA). Défaut : aujourd'hui.")
@output_options
@click.pass_obj
def day_close(obj, day, as_json):
    """Traiter la boîte de dépôt, écrire le rapport du jour (reports/AAAA-MM-JJ/) et vérifier l'archive du jour."""
    def action():
        settings = obj.home.load_settings()
        with obj.store() as store:
            closed = daybatch.close_day(obj.home, settings, store, day)
        summary = closed.as_dict(obj.home)
        if as_json:
            emit_json(summary)
        else:
            print_day(closed, summary)
            click.echo(f"Rapport : {obj.home.root / summary['report']}" if summary["report"] else "Rapport : —")
            click.echo(audit.head_line(closed.audit_head))
            click.echo("Archive du jour vérifiée : conforme." if closed.verification.ok
                       else "Archive du jour : PROBLÈMES")
            print_problems(closed.problems)
        if closed.verification.problems:
            sys.exit(ExitCode.INTEGRITY)
        if closed.problems:
            sys.exit(ExitCode.ERROR)
    run_safely(action)


def print_day(closed: daybatch.DayClose, summary: dict) -> None:
    """The counts of every section of the report, then what a person should look at in it."""
    click.echo(f"Journée du {closed.day:%d/%m/%Y} : {summary['filed']} classé(s), {summary['review']} en attente de "
               f"revue, {summary['rejected']} rejeté(s), {summary['duplicate']} doublon(s), {summary['letters']} "
               f"courrier(s) validé(s), {summary['drafts']} brouillon(s) à valider.")
    for line in closed.rejected:
        click.echo(f"  rejeté n° {line.document_id} : « {line.reason} » ({line.detail})")
    for line in closed.filed:
        if "forcé" in (line.detail or ""):
            click.echo(f"  classé n° {line.document_id} ({line.patient_ipp}) {line.detail}")


# --- verify --------------------------------------------------------------------------------------

@click.command("verify")
@output_options
@click.pass_obj
def verify_command(obj, as_json):
    """Vérifier toute l'archive : fichiers présents et intacts (sha256), aucun orphelin, fiches .json à jour."""
    with obj.store() as store:
        result = verify.verify_home(obj.home, store)
    if as_json:
        emit_json(result.as_dict())
    else:
        print_problems(result.problems)
        verdict = "conforme" if result.ok else f"{len(result.problems)} problème(s)"
        click.echo(f"Vérification : {verdict} — {result.checked} document(s), {result.files_scanned} fichier(s) "
                   f"examiné(s) en {result.seconds:.1f} s.")
    sys.exit(ExitCode.OK if result.ok else ExitCode.INTEGRITY)


# --- search --------------------------------------------------------------------------------------

@click.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--patient", "patient_ipp", type=IPP, default=None, help="Seulement les documents de ce patient (IPP).")
@click.option("--type", "doc_type", type=DOC_TYPE, default=None,
              help="Seulement ce type : biologie, imagerie, ordonnance, courrier… (ou le code, lab_result…).")
@click.option("--since", type=DAY, default=None, help="Reçus depuis le (JJ/MM/AAAA).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@output_options
@click.pass_obj
def search_command(obj, query, patient_ipp, doc_type, since, limit, as_json):
    """Chercher dans le texte des documents (accents et majuscules indifférents ; « hémo* » : début de mot)."""
    def action():
        with obj.store() as store:
            found = search.search(store, " ".join(query), patient_ipp=patient_ipp, doc_type=doc_type,
                                  since=since, limit=limit)
            documents = {d.id: d for d in store.documents_by_ids([hit.document_id for hit in found.hits])}
        hits = found.hits
        if found.narrowed:
            click.echo(search.NARROWED_FR, err=True)
        if as_json:
            emit_json_lines(hit.as_dict() for hit in hits)
            return
        listing = new_table("n°", "Reçu le", "Patient", "Type", "Extrait")
        for hit in hits:
            document = documents.get(hit.document_id)
            kind = export.type_label(hit.doc_type)
            if document is not None and document.is_draft:
                kind += f" ({document_status_fr(document)})"
            listing.add_row(*cells(hit.document_id, day_fr(hit.received_at), hit.patient_ipp or "—", kind),
                            snippet_text(hit))
        print_table(listing, "Aucun document trouvé.")
    run_safely(action)


def snippet_text(hit: search.Hit) -> Text:
    text = Text()
    for index, part in enumerate(hit.snippet_marked(search.OPEN_MARK, search.OPEN_MARK).split(search.OPEN_MARK)):
        text.append(part, style="bold yellow" if index % 2 else None)
    return text


# --- audit ---------------------------------------------------------------------------------------

@click.group("audit", invoke_without_command=True)
@click.option("--patient", "patient_ipp", type=IPP, default=None,
              help="Seulement les actions concernant ce patient (IPP).")
@output_options
@click.pass_context
def audit_group(ctx, patient_ipp, as_json):
    """Journal d'audit (chaîné) : lister, ou « audit verify » pour contrôler qu'il n'a pas été modifié."""
    if ctx.invoked_subcommand is not None:
        return
    with ctx.obj.store() as store:
        rows = audit.entries(store, patient_ipp)
    if as_json:
        emit_json_lines(rows)
        return
    listing = new_table("n°", "Date", "Qui", "Action", "Doc.", "Patient", "Détails")
    for row in rows:
        listing.add_row(*cells(row["id"], moment_fr(row["at"]), row["actor"],
                               ACTION_FR.get(row["action"], row["action"]),
                               row["document_id"] or "", row["patient_ipp"] or "", details_text(row["details"])))
    print_table(listing, "Journal d'audit vide.")


def details_text(details: dict) -> str:
    """One short line per entry; hashes cut to their first characters (the full entry is in --json)."""
    def short(value) -> str:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        return text[:12] + "…" if len(text) > 16 else text
    return ", ".join(f"{key}={short(value)}" for key, value in details.items())


@audit_group.command("verify")
@click.option("--against", "reports", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Rapport(s) de journée ou dossier(s) de rapports, ou fichier d'ancres : la tête du journal "
                   "imprimée ce jour-là doit s'y retrouver à l'identique (répétable).")
@output_options
@click.pass_obj
def audit_verify(obj, reports, as_json):
    """Contrôler la chaîne : une entrée modifiée, insérée ou supprimée est signalée (code de sortie 4)."""
    with obj.store() as store:
        problems = audit.verify(store)
        count = len(audit.entries(store))
        checked, against = audit.verify_against(store, list(reports)) if reports else (0, [])
    problems += against
    if as_json:
        emit_json({"ok": not problems, "entries": count, "heads_checked": checked, "problems": problems})
    elif problems:
        for problem in problems:
            click.echo(problem)
    else:
        against_fr = f", {checked} tête(s) de rapports retrouvée(s)" if reports else ""
        click.echo(f"Journal d'audit intègre ({count} entrée(s){against_fr}).")
    sys.exit(ExitCode.INTEGRITY if problems else ExitCode.OK)


@audit_group.command("acknowledge")
@click.option("--reason", required=True, help="Ce qui a été constaté (tracé dans le journal d'audit).")
@click.option("--by", "actor", default=None, help="Qui acquitte (défaut : l'utilisateur système).")
@click.pass_obj
def audit_acknowledge(obj, reason, actor):
    """Acquitter une alarme du journal d'audit (ancre disparue), après examen ; l'acquittement est tracé."""
    def action():
        with obj.store() as store:
            alarms = audit.acknowledge(store, actor or audit.current_actor(), reason)
        click.echo(f"Alarme(s) acquittée(s) : entrée(s) {', '.join(map(str, alarms)) or '—'}.")
    run_safely(action)


# --- export --------------------------------------------------------------------------------------

@click.command("export")
@click.argument("ipp", type=IPP)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Fichier .zip à créer.")
@click.option("--force", is_flag=True, help="Remplacer le fichier s'il existe.")
@click.option("--by", "actor", default=None, help="Qui exporte (défaut : l'utilisateur système).")
@output_options
@click.pass_obj
def export_command(obj, ipp, out, force, actor, as_json):
    """Droit d'accès : tous les documents d'un patient dans un zip, avec un index (date, type, source)."""
    def action():
        from ..intake import refuse_output_in_inbox
        refuse_output_in_inbox(obj.home, Path(out))
        with obj.store() as store:
            summary = export.export_patient(obj.home, store, ipp, Path(out), actor=actor, overwrite=force)
        if as_json:
            emit_json(summary)
        else:
            click.echo(f"{summary['documents']} document(s) exporté(s) dans {summary['out']} "
                       "(export tracé dans l'audit).")
    run_safely(action)


COMMANDS: list[click.Command] = [day_group, verify_command, search_command, audit_group, export_command]
