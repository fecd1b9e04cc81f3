"""`docpipe watch`: thin over docpipe/watch.py. Lines name documents by number and short hash only."""
from __future__ import annotations

from datetime import datetime

import click

from .common import Context, Session, emit_json, output_options, person_line, run_safely


def json_line(record: dict, verbose: bool) -> dict:
    """For scripts: the same privacy as the person's line unless --verbose (then the full ingest record)."""
    if verbose:
        return record
    keys = ("status", "id", "sha256", "patient", "doc_type", "pages")
    return {"at": datetime.now().astimezone().isoformat(timespec="seconds"),
            **{key: record.get(key) for key in keys}, "rule": (record.get("evidence") or {}).get("rule")}


@click.command("watch")
@click.option("--poll", "poll_seconds", type=click.FloatRange(min=0.1), default=None, metavar="SECONDES",
              help="Scruter inbox/ toutes les N secondes au lieu d'attendre les événements du noyau "
                   "(partage réseau SMB/NFS, où les événements n'arrivent pas).")
@click.option("--stable", "stable_seconds", type=click.FloatRange(min=0), default=None, metavar="SECONDES",
              help="Un fichier est pris quand ni sa taille ni sa date n'ont bougé pendant ce délai "
                   "(défaut : [watch] stable_seconds de docpipe.toml, 2 s).")
@output_options(help_fr="Une ligne JSON par document : n°, empreinte, statut, IPP, type, règle ; ni nom de "
                        "fichier ni texte (l'enregistrement complet avec --verbose).")
@click.option("--exit-when-idle", is_flag=True, hidden=True,
              help="S'arrêter quand plus rien n'est à traiter (tests, traitement ponctuel).")
@click.pass_obj
def watch(obj: Context, poll_seconds, stable_seconds, as_json, exit_when_idle):
    """Surveiller inbox/ et classer chaque document dès qu'il est complètement déposé.

    Arrêt propre par Ctrl-C ou SIGTERM en quelques secondes : un document en cours est terminé, ou laissé
    intact dans inbox/ et repris au démarrage suivant.

    Chaque résultat est une ligne qui nomme le document par son n° et une empreinte courte, jamais par le nom
    du fichier (qui peut porter celui d'un patient) : `docpipe --verbose watch` les montre, pour le débogage
    local seulement. Tout est aussi consigné dans `docpipe log`.
    """
    from ..watch import Watcher, abandon_and_exit
    session = Session()

    def on_outcome(outcome) -> None:
        session.record(outcome)
        if as_json:
            emit_json(json_line(outcome.record, obj.verbose))
        else:
            click.echo(person_line(outcome.record, obj.verbose, obj.command))

    def on_notice(text: str) -> None:
        click.echo(text, err=True)

    def action():
        home = obj.home
        settings = home.load_settings()
        watcher = Watcher(home, settings, on_outcome=on_outcome, on_notice=on_notice,
                          poll_seconds=poll_seconds, stable_seconds=stable_seconds, exit_when_idle=exit_when_idle)
        if watcher.run():
            on_notice("Surveillance arrêtée. " + session.summary_fr(obj.command("log")))
            return
        on_notice("Arrêt forcé : le document en cours de lecture reste dans inbox/ et sera repris au prochain "
                  "démarrage. " + session.summary_fr(obj.command("log")))
        abandon_and_exit()
    run_safely(action)


COMMANDS: list[click.Command] = [watch]
