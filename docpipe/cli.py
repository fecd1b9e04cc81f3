"""The command line: a thin layer over the library. `--json` speaks newline-delimited JSON to scripts."""
from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from . import audit, review
from .cli_common import (DAY, IPP, REVIEW_RULES_FR, Context, DocpipeGroup, HomeChoice, cells, console, counts_fr, day_fr,
                         document_status_fr, emit_json, emit_json_lines, fail, moment_fr, new_table, output_options,
                         person_line, person_name, print_table, run_safely)
from .errors import ExitCode
from .labels import TRAIT_LABELS, doc_type_label, label, rule_label, status_label
from .models import Patient
from .registry import check_row, normalise_ins, parse_registry_csv, patient_as_dict

@click.group(cls=DocpipeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False), default=None,
              help="Dossier de travail (créé seulement par « init »). Défaut : $DOCPIPE_HOME, sinon le dossier "
                   "courant ou le premier dossier parent qui contient un docpipe.toml.")
@click.option("--verbose", is_flag=True,
              help="Journal détaillé pour le débogage local : peut afficher des noms de fichiers (jamais en production).")
@click.pass_context
def main(ctx, home, verbose):
    """docpipe — chaîne documentaire du secrétariat médical."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    ctx.obj = Context(HomeChoice.of(home, os.environ, Path.cwd()), verbose)


@main.command()
@click.pass_obj
def init(obj: Context):
    """Créer le dossier de travail et son arborescence (sans effet s'il existe) : la seule commande qui en crée un."""
    home = obj.choice.home_for_init()
    home.init()
    with obj.store():
        pass
    click.echo(f"Dossier de travail prêt : {home.root}")


# --- patients ------------------------------------------------------------------------------------

@main.group()
def patients():
    """Registre des patients."""


@patients.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def patients_import(obj: Context, csv_file):
    """Importer ou mettre à jour (par IPP) des patients depuis un CSV UTF-8."""
    def action():
        text = Path(csv_file).read_text(encoding="utf-8-sig")
        rows = parse_registry_csv(text)
        with obj.store() as store:
            created, updated = store.upsert_patients(rows)
            audit.record(store, "registry_imported", details={"created": created, "updated": updated})
        click.echo(f"Import terminé : {created} patient(s) créé(s), {updated} mis à jour.")
    run_safely(action)


@patients.command("add")
@click.argument("ipp", type=IPP)
@click.option("--birth-name", "--nom", required=True, help="Nom de naissance.")
@click.option("--first-names", "--prenoms", required=True, help="Prénom(s), le premier d'abord.")
@click.option("--birth-date", "--naissance", type=DAY, required=True, help="Date de naissance (JJ/MM/AAAA).")
@click.option("--sex", "--sexe", type=click.Choice(["F", "M"], case_sensitive=False), required=True)
@click.option("--used-name", "--nom-usage", default="", help="Nom d'usage (marital…).")
@click.option("--ins", default="", help="INS (matricule INS, 15 caractères avec la clé).")
@click.option("--birth-place", default="", help="Lieu de naissance.")
@click.option("--by", "actor", default=None, help="Qui crée la fiche (défaut : l'utilisateur système).")
@output_options
@click.pass_obj
def patients_add(obj: Context, ipp, birth_name, first_names, birth_date, sex, used_name, ins, birth_place, actor,
                 as_json):
    """Créer la fiche d'un patient absent du registre (« patient inconnu » en revue) ; tracé dans l'audit."""
    def action():
        row = {"ipp": ipp, "birth_name": birth_name.strip(), "first_names": first_names.strip(),
               "birth_date": birth_date.isoformat(), "sex": sex.upper(), "ins": ins}
        problems = check_row(row, 0, {})
        if problems:
            fail("Fiche refusée, rien n'a été créé : " + " ; ".join(problems) + ".")
        patient = Patient(ipp, row["birth_name"], row["first_names"], birth_date, row["sex"], used_name.strip(),
                          normalise_ins(ins), birth_place.strip())
        with obj.store() as store:
            review.create_patient(store, patient, actor or audit.current_actor())
        if as_json:
            emit_json(patient_as_dict(patient))
        else:
            click.echo(f"Patient créé : {ipp} — {person_name(patient)}, né(e) le {day_fr(birth_date)}.")
    run_safely(action)


@patients.command("list")
@click.option("--search", "query", default=None, metavar="TEXTE",
              help="Nom ou prénom (accents et casse ignorés), date de naissance JJ/MM/AAAA, IPP ou INS.")
@output_options
@click.pass_obj
def patients_list(obj: Context, query, as_json):
    """Lister les patients du registre (ou ceux que --search retrouve)."""
    with obj.store() as store:
        rows = store.search_patients(query) if query and query.strip() else store.patients()
    if as_json:
        emit_json_lines(patient_as_dict(p) for p in rows)
        return
    listing = new_table("IPP", "Nom (d'usage)", "Prénom(s)", "Naissance", "Sexe", "INS")
    for p in rows:
        used = f" ({p.used_name})" if p.used_name and p.used_name != p.birth_name else ""
        listing.add_row(*cells(p.ipp, p.birth_name + used, p.first_names, day_fr(p.birth_date), p.sex,
                               "oui" if p.ins else ""))
    print_table(listing, "Aucun patient ne correspond." if query else "Registre vide.")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


@patients.command("show")
@click.argument("ipp", type=IPP)
@output_options
@click.pass_obj
def patients_show(obj: Context, ipp, as_json):
    """Afficher un patient et ses documents (les brouillons de courrier sont signalés)."""
    with obj.store() as store:
        patient = store.patient(ipp)
        if patient is None:
            fail(f"Patient IPP {ipp} absent du registre.")
        documents = store.patient_documents(ipp)
    if as_json:
        emit_json(patient_as_dict(patient) | {"documents": [
            {"id": d.id, "doc_type": d.doc_type.value, "status": d.status.value, "stored_path": d.stored_path,
             "received_at": d.received_at, "letter_status": d.letter_status.value if d.letter_status else None}
            for d in documents]})
        return
    for key, value in patient_as_dict(patient).items():
        shown = day_fr(value) if key == "birth_date" else value
        console.print(Text(f"{capitalised(label(TRAIT_LABELS, key))} : {shown or '—'}"))
    listing = new_table("n°", "Date", "Type", "Statut", "Fichier")
    for d in documents:
        listing.add_row(*cells(d.id, day_fr(d.received_at), doc_type_label(d.doc_type), document_status_fr(d),
                               d.stored_path))
    print_table(listing, "Aucun document.")


# --- ingest --------------------------------------------------------------------------------------

@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=False))
@output_options(help_fr="Un objet JSON par ligne et par document traité.")
@click.pass_obj
def ingest(obj: Context, paths, as_json):
    """Traiter les fichiers donnés, ou toute la boîte de dépôt (inbox/)."""
    from .extract import Extractor
    from .ingest import Pipeline
    from .intake import inbox_entries

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


# --- review --------------------------------------------------------------------------------------

@main.group("review")
def review_group():
    """File de revue : documents à vérifier par une personne."""


@review_group.command("list")
@output_options
@click.pass_obj
def review_list(obj: Context, as_json):
    """Documents en attente de revue."""
    with obj.store() as store:
        documents = review.pending(store)
        names = {p.ipp: p for p in store.patients()}
    if as_json:
        emit_json_lines(document.public_record() for document in documents)
        return
    listing = new_table("n°", "Reçu le", "Type", "Motif", "Candidats")
    for document in documents:
        candidates = [c["ipp"] for c in document.evidence.get("candidates", [])]
        listing.add_row(*cells(document.id, moment_fr(document.received_at), doc_type_label(document.doc_type),
                               rule_label(document.rule) or document.reason,
                               "\n".join(candidate_fr(ipp, names) for ipp in candidates)))
    print_table(listing, "Aucun document en attente de revue.")


def candidate_fr(ipp: str, patients: dict) -> str:
    patient = patients.get(ipp)
    return f"{ipp} {person_name(patient)} {day_fr(patient.birth_date)}" if patient else ipp


VERDICT_FR = {True: "✓", False: "✗", None: "—"}


@review_group.command("show")
@click.argument("document_id", type=int)
@output_options
@click.pass_obj
def review_show(obj: Context, document_id, as_json):
    """Le détail d'un document : motif, identité lue, candidats trait par trait."""
    def action():
        with obj.store() as store:
            document = review.item(store, document_id)
            view = review.comparison(store, document)
        if as_json:
            emit_json(document.public_record() | {"traits_read": view.traits, "comparison": [
                {"ipp": c.patient.ipp, "verdicts": c.verdicts} for c in view.candidates]})
            return
        print_review_item(obj, document, view)
    run_safely(action)


def print_review_item(obj: Context, document, view) -> None:
    console.print(Text(f"Document n° {document.id} — {status_label(document.status)}, "
                       f"{doc_type_label(document.doc_type)}, reçu le {moment_fr(document.received_at)}"))
    console.print(Text(f"Fichier reçu : {document.source_name}"))
    if document.part:
        console.print(Text(f"Partie : {document.part} du document n° {document.parent_id}"))
    console.print(Text(f"Motif : {document.reason or rule_label(document.rule) or '—'}"))
    console.print(Text(f"Fichier : {document.stored_path}"))
    console.print("Identité lue sur le document :")
    for trait, values in view.traits.items():
        shown = [day_fr(v) for v in values] if trait == "birth_date" else values
        console.print(Text(f"  {label(TRAIT_LABELS, trait)} : {', '.join(shown) or '—'}"))
    for problem in document.evidence.get("contradictions", []):
        console.print(Text(f"  ✗ {problem['message']}"))
    if not view.candidates:
        console.print("Aucun patient du registre ne correspond.")
        return
    console.print("Patients du registre comparés, trait par trait (✓ concorde, ✗ contredit, — non lu) :")
    listing = new_table("IPP", "Patient", *TRAIT_HEADERS.values())
    for c in view.candidates:
        listing.add_row(*cells(c.patient.ipp, f"{person_name(c.patient)}, né(e) le {day_fr(c.patient.birth_date)}",
                               *(VERDICT_FR[c.verdicts.get(t)] for t in TRAIT_HEADERS)))
    console.print(listing)
    if document.status.value == "review":
        console.print(Text(f"Pour classer : {obj.command('review', 'assign', str(document.id), 'IPP')}"))


TRAIT_HEADERS = {"birth_name": "Nom", "first_names": "Prénoms", "birth_date": "Naiss.", "sex": "Sexe", "ins": "INS"}


@review_group.command("assign")
@click.argument("document_id", type=int)
@click.argument("ipp", type=IPP)
@click.option("--by", "actor", default=None, help="Qui décide (défaut : l'utilisateur système).")
@click.option("--force", is_flag=True, help="Passer outre une contradiction (avec --reason ; tracé dans l'audit).")
@click.option("--reason", default=None, help="Motif d'une attribution forcée (obligatoire avec --force).")
@click.option("--confirm", "confirm_ipp", type=IPP, default=None,
              help="IPP de l'autre patient qui correspond aussi : confirme le choix entre homonymes.")
@output_options
@click.pass_obj
def review_assign(obj: Context, document_id, ipp, actor, force, reason, confirm_ipp, as_json):
    """Classer un document de la revue sous le patient IPP."""
    def action():
        if force and not (reason or "").strip():
            raise review.ReviewError("--force demande un motif : --reason « … ». Rien n'a été modifié.")
        if reason and not force:
            raise review.ReviewError("--reason ne sert qu'avec --force (attribution forcée). Rien n'a été modifié.")
        with obj.store() as store:
            try:
                document = review.assign(obj.home, store, document_id, ipp, actor or audit.current_actor(),
                                         confirm_ipp=confirm_ipp, force_reason=reason if force else None)
            except review.AmbiguousAssignment as exc:
                confirm = obj.command("review", "assign", str(document_id), ipp, "--confirm", exc.others[0].ipp)
                fail(f"{exc.message_fr}\nPour confirmer : {confirm}")
        if as_json:
            emit_json(document.public_record())
            return
        forced = (document.evidence.get("assignment") or {}).get("forced_reason")
        click.echo(f"Document n° {document_id} classé sous {ipp} : {document.stored_path}"
                   + (f" (forcé : {forced} — signalé dans le rapport du jour)" if forced else ""))
    run_safely(action)


@review_group.command("reject")
@click.argument("document_id", type=int)
@click.option("--reason", default=None, help="Motif du rejet (repris tel quel dans le rapport du jour).")
@click.option("--by", "actor", default=None)
@output_options
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


@main.command()
@click.option("--patients", "patient_count", default=40, show_default=True)
@click.pass_obj
def demo(obj: Context, patient_count):
    """Remplir la boîte de dépôt de documents FICTIFS de démonstration (et le registre)."""
    from devtools import synth

    def action():
        home = obj.home
        registry_csv = home.state / "demo-registry.csv"
        synth.seed_demo(home.inbox, registry_csv, patient_count=patient_count)
        rows = parse_registry_csv(registry_csv.read_text(encoding="utf-8"))
        with obj.store() as store:
            store.upsert_patients(rows)
        (home.state / "demo-seeded").write_text("ok\n", encoding="utf-8")
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
