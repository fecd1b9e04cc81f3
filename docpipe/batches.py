"""A batch scan: several patients' documents fed one after the other into one file (the morning's mail through the
scanner's feeder). Which pages are whose, when every page says it alone and each part opens a document of its own —
a pure decision over the page readings.

The whole file goes to review when its pages designate several patients (`matching.decide`, rule
`several_patients`); it is cut into parts, each filed through the same rules (review.split), only when:
- every page, read alone, files one patient (`matching.decide` on that page: the rules a one-page document meets);
- the pages of one patient follow one another (a part is a run of pages; the same patient may come back later);
- each part's first page opens a document — a sender (`Dr …`, a hospital, a laboratory, `RPPS`) or a document's title
  in capitals among its first lines — and no page number ties it to the page before (`Page 1/2` then `Page 2/2`);
- no page of the file speaks of a patient's circle — a parent, a child, a spouse, a twin, a guardian, a trusted
  person, a caregiver, a donor, the family: session 60's cut, without this and the opening, filed under the person it
  named the page of a parent signing a child's consent, the mother's page of a newborn's summary, a trusted person's
  page, an oncogenetic consultation's relatives (« Essayé et refusé »);
- no part names, in any role, the patient of another part;
- each part, read whole, files its patient (no page of it contradicts another).

Anything less leaves the whole file in review, where the secretary cuts it (*Scinder*)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import matching
from .identity import PageReading, fold
from .models import Rule


@dataclass(frozen=True)
class BatchPart:
    first_page: int  # page numbers of the file, from 1
    last_page: int
    patient_ipp: str


# Someone of the patient's circle, named or spoken of: a page may then be that person's, in another's document.
CIRCLE_WORD_RE = re.compile(
    r"(?<![\w-])(?:PERES?|MERES?|PAPA|MAMAN|PARENT\w*|FRERES?|SOEURS?|SŒURS?|FRATRIE|FILS|FILLES?|ENFANTS?|BEBES?"
    r"|NOUVEAU-NES?|NOURRISSONS?|MINEURE?S?|MATERN\w*|PATERN\w*|EPOUX|SON\s+EPOUSE|SA\s+FEMME|SON\s+MARI|MARI"
    r"|CONJOINTE?S?|COMPAGN(?:ON|E)S?|CONCUBINE?|JUMEAU\w*|JUMELLES?|ONCLES?|TANTES?|NEVEUX?|NIECES?|COUSINE?S?"
    r"|GRAND-(?:PERE|MERE|PARENT)S?|GRANDS-PARENTS|PETIT-FILS|PETITE-FILLE|PETITS-ENFANTS|TUT(?:EUR|RICE|ELLE)S?"
    r"|CURAT(?:EUR|RICE|ELLE)S?|REPRESENTANTE?S?|RESPONSABLES?\s+LEGA\w*|AUTORIS\w*|CONFIANCE|PREVENIR|AIDANTE?S?"
    r"|ACCOMPAGN\w*|FAMILL\w*|FAMILIA\w*|APPARENTE\w*|PROCHES?|ENTOURAGE|GENEALOG\w*|DONNEU(?:R|SE)S?|RECEVEU\w*"
    r"|DEFUNTE?|DECEDEE?)(?![\w-])")
# A sender at the head of a page: a doctor, an establishment, a professional number.
SENDER_RE = re.compile(
    r"^\W*(?:DR|DOCTEUR|PR|PROFESSEUR)\b\.?\s+\w|(?<![\w-])(?:CENTRE|HOSPITALIERE?|HOPITAL|HOPITAUX|CHU|CHR|CLINIQUE"
    r"|POLYCLINIQUE|CABINET|LABORATOIRE|INSTITUT|ASSURANCE\s+MALADIE|CPAM|SELARL|SELAS|IMAGERIE|RPPS|FINESS|ADELI)"
    r"(?![\w-])")
# A document's title: a line in capitals naming a kind of document.
TITLE_WORD_RE = re.compile(
    r"(?<![\w-])(?:CERTIFICAT|COMPTE[\s-]+RENDU|ORDONNANCE|PRESCRIPTION|DEMANDE|FICHE|LETTRE|COURRIER|RESULTATS?"
    r"|BILAN|CONSULTATION|EXAMEN|ATTESTATION|BON|FEUILLE|SYNTHESE|OBSERVATION|ECHOGRAPHIE|RADIOGRAPHIE|SCANNER|IRM"
    r"|MAMMOGRAPHIE|BIOLOGIE|ANALYSES?|HOSPITALISATION|SORTIE|LIAISON|PROTOCOLE|ACCORD|AVIS)(?![\w-])")
NOT_A_TITLE_RE = re.compile(r"(?<![\w-])(?:SUITE|PAGE|CONTINUATION|FIN)(?![\w-])")
HEAD_LINES = 10
# `Page 2/3`, `page 2 sur 3`, or `2/3` alone on its line (a date's day and month are not a page number).
PAGE_NUMBER_RE = re.compile(r"(?<![\w-])PAGE\s*(\d{1,2})\s*(?:/|SUR)\s*(\d{1,2})(?![\w/])"
                            r"|^[\s\W]*(\d{1,2})\s*/\s*(\d{1,2})[\s\W]*$", re.MULTILINE)


def batch_parts(readings: list[PageReading], index: matching.RegistryIndex,
                whole: matching.MatchDecision) -> list[BatchPart] | None:
    """The file's parts, one per run of pages of one patient, or None when the file is not a batch whose pages all
    say whose they are. `whole` is the decision on the file read whole."""
    if len(readings) < 2 or whole.rule != Rule.SEVERAL_PATIENTS:
        return None
    if any(speaks_of_a_circle(reading.text) for reading in readings):
        return None
    owners = [page_owner(reading, index) for reading in readings]
    if None in owners:
        return None
    runs = runs_of(owners)
    if len(runs) < 2:
        return None
    patients = {owners[run[0]] for run in runs}
    for previous, run in zip([None, *runs], runs):
        owner = owners[run[0]]
        pages = [readings[position] for position in run]
        if not opens_a_document(pages[0].text) \
                or (previous is not None and continues(readings[previous[-1]].text, pages[0].text)):
            return None
        if names_another(pages, patients - {owner}, index) or not files(pages, owner, index):
            return None
    return [BatchPart(readings[run[0]].page_number, readings[run[-1]].page_number, owners[run[0]]) for run in runs]


def runs_of(owners: list[str | None]) -> list[list[int]]:
    runs: list[list[int]] = []
    for position, owner in enumerate(owners):
        if runs and owners[runs[-1][0]] == owner:
            runs[-1].append(position)
        else:
            runs.append([position])
    return runs


def speaks_of_a_circle(text: str) -> bool:
    return CIRCLE_WORD_RE.search(fold(text)) is not None


def head_lines(text: str) -> list[str]:
    return [line.strip() for line in fold(text).splitlines() if line.strip()][:HEAD_LINES]


def opens_a_document(text: str) -> bool:
    return any(SENDER_RE.search(line) or is_a_title(line) for line in head_lines(text))


def is_a_title(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return len(letters) >= 6 and capitals >= 0.9 * len(letters) and TITLE_WORD_RE.search(line) is not None \
        and NOT_A_TITLE_RE.search(line) is None


def continues(previous_page: str, page: str) -> bool:
    """A page number that ties the two pages: the previous one not the last of its count, or this one not the
    first."""
    before, here = page_numbers(previous_page), page_numbers(page)
    return any(0 < n < of for n, of in before) or any(1 < n <= of for n, of in here)


def page_numbers(text: str) -> list[tuple[int, int]]:
    return [(int(found[1] or found[3]), int(found[2] or found[4])) for found in PAGE_NUMBER_RE.finditer(fold(text))]


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
