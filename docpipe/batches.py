"""A batch scan: several patients' documents fed one after the other into one file (the morning's mail through the
scanner's feeder). Which pages are whose, when every page says it alone — a pure decision over the page readings.

The whole file goes to review when its pages name several patients (`matching.decide`); it is cut into parts, each
filed through the same rules (review.split), only when:
- every page, read alone, files one patient (`matching.decide` on that page: the rules a one-page document meets);
- the pages of one patient follow one another (a part is a run of pages; the same patient may come back later);
- no part names, in any role, the patient of another part (a relative, a mother, a child, a correspondent: the pages
  may then be one document about both, not two documents);
- each part, read whole, files its patient (no page of it contradicts another).

A page that files no one alone — a continuation page (`Page 2/3`), a fax cover, an unreadable identity — leaves the
whole file in review: it could be the previous document's page or the first page of someone else's, and page numbers
do not say which (a fax numbers the whole transmission)."""
from __future__ import annotations

from dataclasses import dataclass

from . import matching
from .identity import PageReading


@dataclass(frozen=True)
class BatchPart:
    first_page: int  # page numbers of the file, from 1
    last_page: int
    patient_ipp: str


def batch_parts(readings: list[PageReading], index: matching.RegistryIndex) -> list[BatchPart] | None:
    """The file's parts, one per run of pages of one patient, or None when the pages do not all say whose they are."""
    if len(readings) < 2:
        return None
    owners = [page_owner(reading, index) for reading in readings]
    if None in owners:
        return None
    runs: list[list[int]] = []
    for position, owner in enumerate(owners):
        if runs and owners[runs[-1][0]] == owner:
            runs[-1].append(position)
        else:
            runs.append([position])
    if len(runs) < 2:
        return None
    patients = {owners[run[0]] for run in runs}
    for run in runs:
        owner = owners[run[0]]
        pages = [readings[position] for position in run]
        if names_another(pages, patients - {owner}, index) or not files(pages, owner, index):
            return None
    return [BatchPart(readings[run[0]].page_number, readings[run[-1]].page_number, owners[run[0]]) for run in runs]


def page_owner(reading: PageReading, index: matching.RegistryIndex) -> str | None:
    decision = matching.decide([reading], index)
    return decision.patient_ipp if decision.files else None


def files(pages: list[PageReading], ipp: str, index: matching.RegistryIndex) -> bool:
    decision = matching.decide(pages, index)
    return decision.files and decision.patient_ipp == ipp


def names_another(pages: list[PageReading], others: set[str], index: matching.RegistryIndex) -> bool:
    """Another part's patient named on these pages (surname and first name together), whatever the role."""
    return any(occurrence.patient.ipp in others
               for reading in pages for occurrence in matching.find_occurrences(reading, index, third_parties=True))


__all__ = ["BatchPart", "batch_parts"]
