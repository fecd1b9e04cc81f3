"""`docpipe results`: laboratory results from the store (registered by the cli package). Thin: the work is in labreport."""
from __future__ import annotations

import click
from rich.table import Table
from rich.text import Text

from .. import labreport
from .common import console, emit_json, output_options, run_safely


@click.command("results")
@click.option("--abnormal", is_flag=True, help="Seulement les valeurs anormales ou critiques.")
@click.option("--since", "since", type=click.DateTime(formats=["%d/%m/%Y", "%Y-%m-%d"]), default=None,
              help="Reçus depuis cette date (JJ/MM/AAAA).")
@output_options(help_fr="Un objet JSON par ligne et par résultat.")
@click.pass_obj
def results_command(obj, abnormal, since, as_json):
    """Résultats de biologie reçus (HPRIM, HL7), critiques en premier."""
    def action():
        with obj.store() as store:
            rows = labreport.lab_results(store, abnormal_only=abnormal, since=since.date() if since else None)
        if as_json:
            for row in rows:
                emit_json(row.as_dict())
            return
        if not rows:
            click.echo("Aucun résultat.")
            return
        table = Table("N°", "Reçu le", "Patient", "Analyse", "Résultat", "Normes", "Indicateur")
        for row in rows:
            flag = f"{row.flag} CRITIQUE" if row.critical else (row.flag or "")
            style = "bold red" if row.critical else "yellow" if row.abnormal else None
            table.add_row(*(Text(str(v), style=style) for v in (
                row.document_id, row.received_at[:10], row.patient_name, row.label or row.code,
                f"{row.value} {row.unit}".strip(), row.reference_range, flag)))
        console.print(table)
    run_safely(action)


COMMANDS: list[click.Command] = [results_command]
