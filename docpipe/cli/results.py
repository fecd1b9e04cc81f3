"""`docpipe results`: laboratory results from the store. Thin: the work is in labreport."""
from __future__ import annotations

import click
from rich.text import Text

from .. import labreport
from .common import DAY, day_fr, emit_json_lines, new_table, output_options, print_table, run_safely


@click.command("results")
@click.option("--abnormal", is_flag=True, help="Seulement les valeurs anormales ou critiques.")
@click.option("--since", "since", type=DAY, default=None,
              help="Reçus depuis cette date (JJ/MM/AAAA).")
@output_options(help_fr="Un objet JSON par ligne et par résultat.")
@click.pass_obj
def results_command(obj, abnormal, since, as_json):
    """Résultats de biologie reçus (HPRIM, HL7), critiques en premier."""
    def action():
        with obj.store() as store:
            rows = labreport.lab_results(store, abnormal_only=abnormal, since=since)
        if as_json:
            emit_json_lines(row.as_dict() for row in rows)
            return
        table = new_table("n°", "Reçu le", "Patient", "Analyse", "Résultat", "Normes", "Indicateur")
        for row in rows:
            flag = f"{row.flag} CRITIQUE" if row.critical else (row.flag or "")
            style = "bold red" if row.critical else "yellow" if row.abnormal else None
            table.add_row(*(Text(str(v), style=style) for v in (
                row.document_id, day_fr(row.received_at), row.patient_name, row.label or row.code,
                f"{row.value} {row.unit}".strip(), row.reference_range, flag)))
        print_table(table, "Aucun résultat.")
    run_safely(action)


COMMANDS: list[click.Command] = [results_command]
