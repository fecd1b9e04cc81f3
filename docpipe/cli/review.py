"""`docpipe review`: the queue of documents a person must decide on — list, show (the identity read and each
candidate trait by trait, in French), assign (homonyms confirmed, a contradiction forced only with a reason),
reject (with the reason as typed), retype (correct the type) and split (cut a scan holding several documents
into page ranges, each decided on its own)."""
from __future__ import annotations

import click
from rich.text import Text

from .. import audit, review
from ..intake import safe_display
from ..labels import TRAIT_LABELS, doc_type_label, label, rule_label, status_label
from .common import (DOC_TYPE, IPP, Context, cells, console, day_fr, emit_json, emit_json_lines, fail, moment_fr, new_table,
                     output_options, person_name, print_table, run_safely)


@click.group("review")
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
                {"ipp": c.patient.ipp, "verdicts": c.verdicts} for c in view.candidates], "split_proposal": [
                {"pages": [p.first_page, p.last_page], "ipp": p.patient.ipp, "cautions": list(p.cautions)}
                for p in view.split_proposal]})
            return
        print_review_item(obj, document, view)
    run_safely(action)


def print_split_proposal(document, view) -> None:
    if not view.split_proposal:
        return
    console.print("Découpage proposé (chaque page dit seule son patient ; vérifiez qu'aucune partie n'est l'annexe, "
                  "la page de signature ou le consentement d'un proche) :")
    for part in view.split_proposal:
        caution = f" — à vérifier : {' ; '.join(part.cautions)}" if part.cautions else ""
        console.print(Text(f"  {part.pages_fr} : {part.patient.ipp} {person_name(part.patient)} "
                           f"{day_fr(part.patient.birth_date)}{caution}"))
    console.print(Text(f"  pour scinder ainsi : docpipe review split {document.id} \"{view.split_ranges}\""))


def print_review_item(obj: Context, document, view) -> None:
    console.print(Text(f"Document n° {document.id} — {status_label(document.status)}, "
                       f"{doc_type_label(document.doc_type)}, reçu le {moment_fr(document.received_at)}"))
    console.print(Text(f"Fichier reçu : {safe_display(document.source_name)}"))
    if document.part:
        console.print(Text(f"Partie : {document.part} du document n° {document.parent_id}"))
    console.print(Text(f"Motif : {document.reason or rule_label(document.rule) or '—'}"))
    console.print(Text(f"Fichier : {document.stored_path}"))
    console.print("Identité lue sur le document :")
    for trait, values in view.traits.items():
        if trait == "name" and not values:
            continue
        shown = [day_fr(v) for v in values] if trait == "birth_date" else values
        console.print(Text(f"  {label(TRAIT_LABELS, trait)} : {', '.join(shown) or '—'}"))
    for problem in document.evidence.get("contradictions", []):
        console.print(Text(f"  ✗ {problem['message']}"))
    print_split_proposal(document, view)
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
    decide_and_say(obj, as_json, lambda store: review.reject(obj.home, store, document_id,
                                                             actor or audit.current_actor(), reason),
                   lambda record: f"Document n° {document_id} rejeté (conservé : {record['stored_path']}).")


def decide_and_say(obj: Context, as_json: bool, decide, sentence) -> None:
    """One decision on one document: its record in JSON, or what it did in one French sentence."""
    def action():
        with obj.store() as store:
            record = decide(store).public_record()
        if as_json:
            emit_json(record)
        else:
            click.echo(sentence(record))
    run_safely(action)


@review_group.command("retype")
@click.argument("document_id", type=int)
@click.argument("doc_type", type=DOC_TYPE)
@click.option("--by", "actor", default=None)
@output_options
@click.pass_obj
def review_retype(obj: Context, document_id, doc_type, actor, as_json):
    """Corriger le type d'un document (en revue ou déjà classé ; un document classé est renommé)."""
    decide_and_say(obj, as_json, lambda store: review.retype(obj.home, store, document_id, doc_type,
                                                             actor or audit.current_actor()),
                   lambda record: f"Document n° {document_id} : type « {doc_type_label(doc_type)} » "
                                  f"({record['stored_path']}).")


@review_group.command("split")
@click.argument("document_id", type=int)
@click.argument("ranges")
@click.option("--by", "actor", default=None)
@output_options
@click.pass_obj
def review_split(obj: Context, document_id, ranges, actor, as_json):
    """Scinder un document de la revue en plusieurs (pages « 1-2, 3-4 ») : chaque partie est décidée à part."""
    def action():
        page_ranges = review.parse_page_ranges(ranges)
        with obj.store() as store:
            parts = [p.public_record() for p in review.split(obj.home, store, document_id, page_ranges,
                                                              actor or audit.current_actor())]
        if as_json:
            emit_json_lines(parts)
            return
        for part in parts:
            where = f"classé sous {part['patient']}" if part["status"] == "filed" else "à revoir"
            click.echo(f"Document n° {part['id']} ({safe_display(part['source'])}) : {where}.")
    run_safely(action)


COMMANDS: list[click.Command] = [review_group]
