"""The review API the desk calls (docpipe/review.py, PLAN.md contract), with a stand-in for the names
core has not merged yet. Everything here defers to docpipe.review when it has the name; the stand-ins
keep the pages usable meanwhile and go away with the merge."""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import review as library
from ..errors import DocpipeError
from ..models import Patient
from . import present

TRAITS = ("birth_name", "used_name", "first_names", "birth_date", "sex", "ins")


class AmbiguousAssignment(DocpipeError):
    exit_code = 1

    def __init__(self, message_fr: str, others: list[Patient]):
        super().__init__(message_fr)
        self.others = others


class ContradictedAssignment(DocpipeError):
    exit_code = 1

    def __init__(self, message_fr: str, problems: list[str]):
        super().__init__(message_fr)
        self.problems = problems


AmbiguousAssignment = getattr(library, "AmbiguousAssignment", AmbiguousAssignment)
ContradictedAssignment = getattr(library, "ContradictedAssignment", ContradictedAssignment)
ReviewError = getattr(library, "ReviewError", DocpipeError)


@dataclass
class CandidateView:
    patient: Patient
    verdicts: dict = field(default_factory=dict)  # trait → True / False / None


@dataclass
class ReviewView:
    traits: dict  # trait → value read (str) or None
    candidates: list[CandidateView]


def pending(store, limit=None, offset=0):
    if hasattr(library, "count_pending"):
        return library.pending(store, limit=limit, offset=offset)
    rows = library.pending(store)
    return rows[offset:offset + limit] if limit is not None else rows[offset:]


def count_pending(store) -> int:
    if hasattr(library, "count_pending"):
        return library.count_pending(store)
    return len(library.pending(store))


def item(store, document_id: int):
    return library.item(store, document_id)


def comparison(store, document) -> ReviewView:
    if hasattr(library, "comparison"):
        return library.comparison(store, document)
    evidence = present.as_dict(present.value_of(document, "evidence"))
    read = evidence.get("traits_read", {})
    traits = {"birth_name": ", ".join(read.get("names", [])) or None, "used_name": None,
              "first_names": ", ".join(read.get("first_names", [])) or None,
              "birth_date": ", ".join(present.date_fr(d) for d in read.get("birth_dates", [])) or None,
              "sex": ", ".join(read.get("sex", [])) or None,
              "ins": ", ".join(i["number"] for i in read.get("ins", [])) or None}
    candidates = []
    for entry in evidence.get("candidates", []):
        patient = store.patient(entry["ipp"])
        if patient is None:
            continue
        matched = set(entry.get("matched_traits", []))
        verdicts = {"birth_name": True if "name" in matched else None,
                    "first_names": True if "first_given_name" in matched else None,
                    "birth_date": True if "birth_date" in matched else None,
                    "ins": True if "ins" in matched else None, "used_name": None, "sex": None}
        candidates.append(CandidateView(patient, verdicts))
    return ReviewView(traits, candidates)


def assign(home, store, document_id, ipp, actor, *, confirm_ipp=None, force_reason=None):
    if hasattr(library, "comparison"):
        return library.assign(home, store, document_id, ipp, actor, confirm_ipp=confirm_ipp,
                              force_reason=force_reason)
    row = library.item(store, document_id)
    problems = library.assignment_problems(store, row, ipp) if store.patient(ipp) else []
    if problems and not force_reason:
        raise ContradictedAssignment("Le document contredit ce patient.", problems)
    return library.assign(home, store, document_id, ipp, actor, force=bool(force_reason))


def reject(home, store, document_id, actor, reason):
    return library.reject(home, store, document_id, actor, reason)


def _missing(name: str):
    def call(*_args, **_kwargs):
        raise ReviewError(f"Action « {name} » pas encore disponible dans cette version de docpipe.")
    return call


retype = getattr(library, "retype", _missing("Corriger le type"))
split = getattr(library, "split", _missing("Scinder"))
create_patient = getattr(library, "create_patient", _missing("Nouveau patient"))
