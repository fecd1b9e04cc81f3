"""`docpipe letter`: letters and reports. Thin: the work is in docpipe/letters.py.

    docpipe letter TEMPLATE --patient IPP [--dictation FILE] [--set field=value …] [--pdf] [--json]
    docpipe letter --list [--json]
    docpipe letter validate ID [--by NAME] [--pdf] [--json]
    docpipe letter list [--drafts] [--json]
    docpipe letter discard ID [--by NAME] [--json]
"""
from pathlib import Path

import click

from .common import (IPP, Context, cells, day_fr, document_status_fr, emit_json, emit_json_lines, new_table,
                     output_options, print_table, run_safely)

RENDER = "render"


class TemplateCommand(click.Command):
    """The rendering command, shown as `letter MODÈLE …`: its internal name never appears in usage."""

    def format_usage(self, ctx, formatter):
        formatter.write_usage(ctx.parent.command_path, " ".join(self.collect_usage_pieces(ctx)))


class LetterGroup(click.Group):
    """A group whose first argument is either a sub-command (`validate`) or a template name to render."""

    def parse_args(self, ctx, args):
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            args = [RENDER, *args]
        return super().parse_args(ctx, args)


@click.group("letter", cls=LetterGroup, invoke_without_command=True,
             subcommand_metavar="MODÈLE --patient IPP [OPTIONS] | list [--drafts] | validate ID | discard ID")
@click.option("--list", "list_templates", is_flag=True, help="Lister les modèles et les champs que chacun demande.")
@output_options(help_fr="Avec --list : un objet JSON par modèle.")
@click.pass_context
def letter(ctx, list_templates, as_json):
    """Courriers et comptes rendus sur l'en-tête du cabinet, identité reprise du registre.

    \b
    docpipe letter compte-rendu-consultation --patient IPP --dictation dictee.txt
    docpipe letter lettre-adressage --patient IPP --set destinataire="Dr …" --set motif="…"
    docpipe letter --list
    docpipe letter list --drafts
    docpipe letter validate ID
    docpipe letter discard ID

    Options du rendu : --dictation FICHIER (.txt ou .docx), --set champ=valeur (répétable),
    --pdf (PDF à côté, LibreOffice requis), --json.
    """
    if ctx.invoked_subcommand:
        return
    if list_templates:
        run_safely(lambda: print_templates(ctx.obj, as_json))
        return
    click.echo(ctx.get_help())


def print_templates(obj, as_json: bool) -> None:
    from .. import letters
    infos = letters.describe_templates(obj.home)
    if as_json:
        for info in infos:
            emit_json({"name": info.template.name, "source": info.template.source,
                       "overrides": info.template.overrides, "path": str(info.template.path),
                       "doc_type": info.doc_type, "fields": info.fields.grouped(), "problem": info.problem})
        return
    for info in infos:
        if info.problem:
            click.echo(f"{info.template.name} — inutilisable : {info.problem}")
            continue
        groups = {name: ", ".join(fields) or "—" for name, fields in info.fields.grouped().items()}
        origin = {"shipped": "modèle livré", "home": "modèle du cabinet"}[info.template.source]
        origin += " (remplace le modèle livré)" if info.template.overrides else ""
        click.echo(f"{info.template.name} — {info.doc_type}, {origin}")
        click.echo(f"  à fournir (--set) : {groups['to_provide']}")
        click.echo(f"  dictée, requis : {groups['dictation']} ; rubriques reprises : {groups['dictation_optional']}")
        click.echo(f"  facultatifs : {groups['optional']}")
    click.echo("Toujours remplis par docpipe : patient.* (registre), practice.* (table [practice] de "
               "docpipe.toml), date (du jour).")


@letter.command(RENDER, cls=TemplateCommand, hidden=True)
@click.argument("template", metavar="MODÈLE")
@click.option("--patient", "ipp", type=IPP, required=True, help="IPP du patient (l'identité vient du registre).")
@click.option("--dictation", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Dictée .txt ou .docx : ses rubriques (Motif, Examen, Conclusion…) remplissent les champs.")
@click.option("--set", "assignments", multiple=True, metavar="CHAMP=VALEUR", help="Valeur d'un champ (répétable).")
@click.option("--pdf", is_flag=True, help="Produire aussi le PDF (LibreOffice).")
@click.option("--by", "actor", default=None, help="Qui rédige (défaut : l'utilisateur système).")
@output_options(help_fr="Résultat en JSON : id, path, patient, template, status.")
@click.pass_obj
def render(obj, template, ipp, dictation, assignments, pdf, actor, as_json):
    """Rédiger un courrier à partir du modèle MODÈLE pour le patient IPP (brouillon classé au dossier)."""
    from .. import letters

    def action():
        values = letters.parse_assignments(list(assignments))
        request = letters.LetterRequest(template, ipp, dictation, values, pdf, actor)
        with obj.store() as store:
            record = letters.create_letter(obj.home, store, request)
        for warning in record.pop("warnings"):
            click.echo(f"Attention : {warning}", err=True)
        report(record, as_json, f"Brouillon n° {record['id']} enregistré : {record['path']}",
               f"Après relecture par le médecin : {obj.command('letter', 'validate', str(record['id']))}")
    run_safely(action)


@letter.command("validate")
@click.argument("document_id", type=int)
@click.option("--by", "actor", default=None, help="Qui valide (défaut : l'utilisateur système).")
@click.option("--pdf", is_flag=True, help="Produire le PDF de la version validée (LibreOffice).")
@output_options(help_fr="Afficher le résultat en JSON.")
@click.pass_obj
def validate(obj, document_id, actor, pdf, as_json):
    """Marquer le courrier ID comme validé par le médecin (le fichier devient non modifiable)."""
    from .. import letters

    def action():
        with obj.store() as store:
            record = letters.validate(obj.home, store, document_id, actor, pdf)
        report(record, as_json, f"Courrier n° {document_id} validé : {record['path']}")
    run_safely(action)


@letter.command("list")
@click.option("--drafts", "drafts_only", is_flag=True, help="Seulement les brouillons en attente de validation.")
@output_options
@click.pass_obj
def list_command(obj: Context, drafts_only, as_json):
    """Lister les courriers (brouillons, validés, écartés), ou seulement les brouillons."""
    from .. import letters
    with obj.store() as store:
        found = letters.list_letters(store, drafts_only)
    if as_json:
        emit_json_lines(letters.letter_record(letter) for letter in found)
        return
    listing = new_table("n°", "Date", "Patient", "Modèle", "Statut")
    for letter in found:
        listing.add_row(*cells(letter.id, day_fr(letter.received_at), letter.patient_ipp, letter.template,
                               document_status_fr(letter)))
    print_table(listing, "Aucun brouillon en attente." if drafts_only else "Aucun courrier.")


@letter.command("drafts", hidden=True)
@output_options
@click.pass_context
def drafts_command(ctx, as_json):
    """Les brouillons en attente (comme `letter list --drafts`)."""
    ctx.invoke(list_command, drafts_only=True, as_json=as_json)


@letter.command("discard")
@click.argument("document_id", type=int)
@click.option("--by", "actor", default=None, help="Qui écarte le brouillon (défaut : l'utilisateur système).")
@output_options
@click.pass_obj
def discard(obj: Context, document_id, actor, as_json):
    """Écarter le brouillon ID : il quitte le dossier du patient (conservé dans review/brouillons-ecartes/)."""
    from .. import audit, letters

    def action():
        with obj.store() as store:
            discarded = letters.discard(obj.home, store, document_id, actor or audit.current_actor())
        report(letters.letter_record(discarded), as_json,
               f"Brouillon n° {document_id} écarté (conservé : {discarded.stored_path}).")
    run_safely(action)


def report(record: dict, as_json: bool, headline: str, *then: str) -> None:
    if as_json:
        emit_json(record)
        return
    click.echo(headline)
    if record.get("pdf"):
        click.echo(f"PDF : {record['pdf']}")
    for line in then:
        click.echo(line)


COMMANDS: list[click.Command] = [letter]
