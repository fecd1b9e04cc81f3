"""`docpipe init`: the only command that creates a home."""
from __future__ import annotations

import click

from .common import Context


@click.command()
@click.pass_obj
def init(obj: Context):
    """Créer le dossier de travail et son arborescence (sans effet s'il existe) : la seule commande qui en crée un."""
    home = obj.choice.home_for_init()
    home.init()
    with obj.store():
        pass
    click.echo(f"Dossier de travail prêt : {home.root}")


COMMANDS: list[click.Command] = [init]
