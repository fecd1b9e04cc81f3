"""`docpipe patients`: the registry — import a CSV, add one patient (« patient inconnu »), list or search,
show one with their documents (letter drafts marked)."""
from __future__ import annotations

from pathlib import Path

import click
from rich.text import Text

from .. import audit, review
from ..labels import TRAIT_LABELS, doc_type_label, label
from ..models import Patient
from ..registry import check_row, normalise_ins, parse_registry_file, patient_as_dict
from .common import (DAY, IPP, Context, cells, console, day_fr, document_status_fr, emit_json, emit_json_lines, fail,
                     new_table, output_options, person_name, print_table, run_safely)


@click.group()
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


COMMANDS: list[click.Command] = [patients]
