"""The command line: a thin layer over the library. `--json` speaks newline-delimited JSON to scripts.

One module per group of commands; each imports only `common` (home, output options, French parameter types),
and this package's `main` registers their `COMMANDS`: no module imports another, so there is no cycle.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import click

from . import day, desk, home, inbox, letters, patients, results, review, watch
from .common import Context, DocpipeGroup, HomeChoice


@click.group(cls=DocpipeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False), default=None,
              help="Dossier de travail (créé seulement par « init »). Défaut : $DOCPIPE_HOME, sinon le dossier "
                   "courant ou le premier dossier parent qui contient un docpipe.toml.")
@click.option("--verbose", is_flag=True,
              help="Journal détaillé pour le débogage local : peut afficher des noms de fichiers "
                   "(jamais en production).")
@click.pass_context
def main(ctx, home, verbose):
    """docpipe — chaîne documentaire du secrétariat médical."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    ctx.obj = Context(HomeChoice.of(home, os.environ, Path.cwd()), verbose)


for module in (home, patients, inbox, review, letters, day, watch, desk, results):
    for command in module.COMMANDS:
        main.add_command(command)
