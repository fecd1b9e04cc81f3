"""A batch scan: several patients' documents fed one after the other into one file (the morning's mail through the
scanner's feeder). Such a file stays in review whole; this pure decision over its page readings proposes the cut the
secretary confirms with one click (*Scinder*): which pages are whose, when every page says it alone.

A cut is proposed only when:
- every page, read alone, files one patient (`matching.decide` on that page: the rules a one-page document meets);
- the pages of one patient follow one another (a part is a run of pages; the same patient may come back later);
- no page number ties a part's first page to the page before (`Page 1/2` on the page before, `Page 2` on it) — but
  a fax's transmission line's (`06/11/2026 11:05 … P.002/003`), which counts the pages sent together;
- no part names, in any role, the patient of another part (a relative, a correspondent: one document about both);
- no two parts' patients share the surname and the birth date or the first name (a twin's misread running header);
- each part, read whole, files its patient (no page of it contradicts another).
Each part carries, shown beside the proposal, what on its pages hints at one document about several people: a word of
a patient's circle (`mère`, `personne de confiance`, `cas index`), an attachment announced (`résultats joints`), the
surname, first name or birth date of another part's patient (`intervention proposée pour Hugo`), a birth (the mother's
and the newborn's identities on a delivery report).

It is never applied at ingest: session 60's cut and session 63's narrower one (a sender or a title opening each part,
no word of the patient's circle on any page) filed under the person it named a parent's consent, a mother's serology
attached to her baby's letter, a twin's running header, a stale fax cover (« Essayé et refusé »). Only the person,
the scan beside, tells a document of its own from an annex."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import matching
from .identity import PageReading, fold, name_key, tokenize
from .models import split_first_names


@dataclass(frozen=True)
class BatchPart:
    first_page: int  # page numbers of the file, from 1
    last_page: int
    patient_ipp: str
    # in French, what hints that the part may be a relative's paper annexed to another part's document (cautions_for):
    # shown to the person who decides
    cautions: tuple[str, ...] = ()


# Someone of a patient's circle or a third party's role: a page saying it may be a parent's consent, a relative's
# result annexed to a letter, a trusted person's form (the automatic cut's reviews, « Essayé et refusé »).
CIRCLE_WORD_RE = re.compile(
    r"(?<![\w-])(?:(?:BEAU|BELLE|DEMI|PETITE?S?|ARRIERE-PETITE?S?)-\s?(?:FILS|FILLES?)"
    r"|(?:(?:DEMI|BEAU|BELLE|ARRIERE)-\s?)?(?:PERES?|MERES?|PAPA|MAMAN|PARENTS?|PARENTALE?|FRERES?|SOEURS?"
    r"|SŒURS?|FRATRIE|(?:SON|SES|LEUR|LEURS|MON|NOTRE)\s+(?:FILS|FILLES?)|ENFANTS?|BEBES?|NOUVEAUX?[- ]NEE?S?"
    r"|NOURRISSONS?|EPOUX|(?:SON|L'|VOTRE|MON)\s?EPOUSE|MARI|CONJOINTE?"
    r"|COMPAGN(?:ON|E)|CONCUBINE?|PARTENAIRE|JUMEAU|JUMEAUX|JUMELLES?|ONCLE|TANTE|NEVEU|NIECE|COUSINE?|GENDRE|BRU"
    r"|GRANDS?-(?:PERES?|MERES?|PARENTS)|PETITS?-ENFANTS|TUTEUR|TUTRICE|TUTELLE|CURATEUR|CURATRICE"
    r"|CURATELLE|REPRESENTANTE?\s+LEGAL\w*|AUTORITE\s+PARENTALE|PERSONNE\s+DE\s+CONFIANCE|PERSONNE\s+A\s+PREVENIR"
    r"|AIDANTE?|ACCOMPAGNANTE?|DONNEU(?:R|SE)|RECEVEU(?:R|SE)|CAS\s+INDEX|PATIENT\s+SOURCE|SIGNATAIRE|REMPLI\s+PAR"
    r"|PERSONNE\s+DESIGNEE|(?:LES|DES|SES|AUX)\s+APPARENTEE?S|MATERNEL\w*|PATERNEL\w*|FAMILLES?|ENTOURAGE"
    r"|(?:SES|LES|DES|UN|UNE|AUX)\s+PROCHES?|DECEDEE?S?|DEFUNTE?S?))(?![\w-])")
# An attachment announced: the annexed page may be a relative's result (`sérologies maternelles : résultats joints`).
ATTACHMENT_WORD_RE = re.compile(r"(?<![\w-])(?:CI-)?JOINTE?S?(?![\w-])|(?<![\w-])EN\s+ANNEXE(?![\w-])")
# A birth or a procreation: two people's identities on one paper (a delivery report, a neonatal letter, a fertility
# centre's letter with the partner's semen analysis).
BIRTH_WORD_RE = re.compile(r"(?<![\w-])(?:ACCOUCH\w*|NEONAT\w*|PRENATA\w*|PERINATA\w*|POST-PARTUM|APGAR|OBSTETRI\w*"
                           r"|GROSSESSE|SUITES\s+DE\s+COUCHES|SAGE-FEMME|MATERNITE|PROCREATION|FECONDATION|FIV|ICSI"
                           r"|INSEMINATION|SPERMO\w*)(?!\w)")
# A fax's cover sheet: it names the patient of the document it was sent with, perhaps not the one behind it.
FAX_COVER_RE = re.compile(r"^[^\w\n]*TELECOPIE[^\w\n]*$|(?<![\w-])(?:BORDEREAU|NOMBRE\s+DE\s+PAGES|PAGE\s+DE\s+GARDE)"
                          r"(?![\w-])", re.MULTILINE)
# `Page 2/3`, `Page : 2/3`, `page 2 sur 3`, `Page 2 de 3`, `p. 2/3`, `Feuillet 2/3`, a fax's `P.002/003`, or `2/3`
# ending a line (a footer); a date's day and month are followed by the year, a dose is not at the end of a line.
PAGE_NUMBER_RE = re.compile(
    r"(?<![\w-])(?:PAGES?|P|FEUILLETS?|FEUILLES?|FOLIO)\s*[.:]?\s*0*(\d{1,3})\s*(?:/|SUR|DE)\s*0*(\d{1,3})(?![\w/])"
    r"|(?<![\w/.,-])0*(\d{1,3})\s*/\s*0*(\d{1,3})[^\w\n]*$", re.MULTILINE)
# A fax machine's transmission line: a date and a time of day (`06/11/2026 11:05`, `17/03/2025 15h16`).
# A footer's printing date (`Imprimé le 12/11/2026 10:42 - Page 1/2`) is no transmission line: its count is the
# document's.
TRANSMISSION_LINE_RE = re.compile(r"(?<!LE\s)(?<!DU\s)(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+"
                                  r"\d{1,2}\s?[:H]\s?\d{2}(?!\d)")
BLANK_PAGE_LETTERS = 12  # OCR's dust on an empty page: a few specks read as letters
# `Page 2`, `Feuillet 2`, `- 2 -`: a page counted without its total, beyond the first.
PAGE_ALONE_RE = re.compile(
    r"(?<![\w-])(?:PAGES?|FEUILLETS?|FOLIO)\s*[.:]?\s*0*(\d{1,3})(?!\s*(?:/|SUR|DE)\s*\d)(?![\w/])"
    r"|^[^\w\n]*-\s*0*(\d{1,3})\s*-[^\w\n]*$", re.MULTILINE)


def proposed_parts(readings: list[PageReading], index: matching.RegistryIndex) -> list[BatchPart] | None:
    """The file's parts, one per run of pages of one patient, or None when its pages do not all say whose they
    are."""
    if len(readings) < 2:
        return None
    blanks = [blank(reading) for reading in readings]
    owners: list[str | None] = []
    for reading, is_blank in zip(readings, blanks):
        owners.append(None if is_blank else page_owner(reading, index))
        if owners[-1] is None and not is_blank:
            return None  # a written page that names no one: no need to read the others
    owners = with_blank_pages_joined(owners, blanks)
    if None in owners:
        return None
    runs = runs_of(owners)
    if len(runs) < 2:
        return None
    patients = {owners[run[0]] for run in runs}
    if namesakes_among(patients, index):
        return None
    for previous, run in zip(runs, runs[1:]):
        last_written = next(readings[p] for p in reversed(previous) if not blanks[p])
        if continues(last_written.text, readings[run[0]].text):
            return None
    for run in runs:
        owner = owners[run[0]]
        pages = [readings[position] for position in run]
        # a part of one page was decided alone already: read whole, it is the same decision
        if names_another(pages, patients - {owner}, index) \
                or (len(pages) > 1 and not files_whole_under(pages, owner, index)):
            return None
    parts = [BatchPart(readings[run[0]].page_number, readings[run[-1]].page_number, owners[run[0]]) for run in runs]
    return [replace(part, cautions=cautions_for(part, parts, [readings[position] for position in run], index))
            for part, run in zip(parts, runs)]


def cautions_for(part: BatchPart, parts: list[BatchPart], pages: list[PageReading],
                 index: matching.RegistryIndex) -> tuple[str, ...]:
    """What on this part's pages hints that the file is one document about several people, in French."""
    return tuple(dict.fromkeys(word_cautions([page.text for page in pages])
                               + other_patients_cautions(part, parts, pages, index)))


def word_cautions(texts: list[str]) -> list[str]:
    """The words of a patient's circle, an attachment announced, a fax's cover sheet, a birth or a procreation."""
    cautions = []
    if words := found_words(CIRCLE_WORD_RE, texts):
        cautions.append(f"parle de {quoted(words)}")
    if words := found_words(ATTACHMENT_WORD_RE, texts):
        cautions.append(f"annonce une pièce jointe ({quoted(words)})")
    if words := found_words(FAX_COVER_RE, texts):
        cautions.append(f"page de garde d'une télécopie ({quoted(words)}) : elle nomme le patient du document envoyé")
    if words := found_words(BIRTH_WORD_RE, texts):
        cautions.append(f"parle de naissance ou de procréation ({quoted(words)}) : deux personnes sur un même papier ?")
    return cautions


def other_patients_cautions(part: BatchPart, parts: list[BatchPart], pages: list[PageReading],
                            index: matching.RegistryIndex) -> list[str]:
    """Another part's patient's surname, first name or birth date on this part's pages; the part between two of
    another patient's (a relative's page inside one letter, the annex's usual place)."""
    patient = index.patients[part.patient_ipp]
    tokens = {token.key for page in pages for token in page.tokens}
    dates = {mention.value for page in pages for mention in page.dates}
    own_surnames = {name_key(name) for name in (patient.birth_name, patient.used_name) if name}
    own_first_names = {name_key(name) for name in split_first_names(patient.first_names)}
    cautions = []
    for other in (p for p in parts if p.patient_ipp != part.patient_ipp):
        someone = index.patients[other.patient_ipp]
        surnames = [name for name in (someone.birth_name, someone.used_name) if name]
        if any(name_key(name) in own_surnames for name in surnames):
            cautions.append(f"même nom de famille que le patient {pages_fr(other)}")
        elif named := [name for name in surnames if named_on(name, tokens)]:
            cautions.append(f"nomme « {named[0]} », nom du patient {pages_fr(other)}")
        if named_on(someone.first_given_name, tokens) and name_key(someone.first_given_name) not in own_first_names:
            cautions.append(f"nomme « {someone.first_given_name} », prénom du patient {pages_fr(other)}")
        if someone.birth_date in dates and someone.birth_date != patient.birth_date:
            cautions.append(f"porte la date de naissance du patient {pages_fr(other)} ({someone.birth_date:%d/%m/%Y})")
        if other.last_page < part.first_page and any(later.patient_ipp == other.patient_ipp
                                                     and later.first_page > part.last_page for later in parts):
            cautions.append(f"entre deux parties du patient {pages_fr(other)} : une annexe de son document ?")
    return cautions


def named_on(name: str, tokens: set[str]) -> bool:
    """Every word of the name among the page's words (`Jean-Pierre`, `LE GOFF`)."""
    words = [token.key for token in tokenize(name)]
    return bool(words) and all(word in tokens for word in words)


def found_words(pattern: re.Pattern, texts: list[str]) -> list[str]:
    """The words the pattern finds, as printed (lower case), each once."""
    found = [" ".join(text[m.start():m.end()].lower().split()) for text in texts for m in pattern.finditer(fold(text))]
    return list(dict.fromkeys(found))


def quoted(words: list[str]) -> str:
    return ", ".join(f"« {word} »" for word in words)


def pages_fr(part: BatchPart) -> str:
    return f"de la page {part.first_page}" if part.first_page == part.last_page \
        else f"des pages {part.first_page} à {part.last_page}"


def blank(reading: PageReading) -> bool:
    """A page with next to no writing: the back of a page scanned on both sides, a separator sheet."""
    return sum(len(token.key) for token in reading.tokens) < BLANK_PAGE_LETTERS


def with_blank_pages_joined(owners: list[str | None], blanks: list[bool]) -> list[str | None]:
    """A blank page belongs to the part before it (the first part, when the file opens on one)."""
    written = [owner for owner, is_blank in zip(owners, blanks) if not is_blank]
    if not written:
        return owners
    joined, current = [], written[0]
    for owner, is_blank in zip(owners, blanks):
        current = current if is_blank else owner
        joined.append(current)
    return joined


def runs_of(owners: list[str | None]) -> list[list[int]]:
    runs: list[list[int]] = []
    for position, owner in enumerate(owners):
        if runs and owners[runs[-1][0]] == owner:
            runs[-1].append(position)
        else:
            runs.append([position])
    return runs


def namesakes_among(ipps: set[str], index: matching.RegistryIndex) -> bool:
    """Two of the parts' patients who share the surname and the birth date or the first name (twins, namesakes): one
    letter misread in a running header names the other, and the page is the first one's."""
    people = [index.patients[ipp] for ipp in ipps]
    return any(name_key(a.birth_name) == name_key(b.birth_name)
               and (a.birth_date == b.birth_date or name_key(a.first_given_name) == name_key(b.first_given_name))
               for i, a in enumerate(people) for b in people[i + 1:])


def continues(previous_page: str, page: str) -> bool:
    """A page number that ties the two pages: the previous one not the last of its count, or this one not the
    first."""
    return any(0 < n < of for n, of in page_numbers(previous_page)) \
        or any(1 < n <= of for n, of in page_numbers(page)) \
        or any(int(found[1] or found[2]) > 1 for found in PAGE_ALONE_RE.finditer(fold(page)))


def page_numbers(text: str) -> list[tuple[int, int]]:
    """The page counts printed on the page, but a fax's transmission line's (`06/11/2026 11:05 … P.002/003`): it counts
    the pages sent together, several documents among them."""
    return [(int(found[1] or found[3]), int(found[2] or found[4]))
            for line in fold(text).splitlines() if not TRANSMISSION_LINE_RE.search(line)
            for found in PAGE_NUMBER_RE.finditer(line)]


def page_owner(reading: PageReading, index: matching.RegistryIndex) -> str | None:
    decision = matching.decide([reading], index)
    return decision.patient_ipp if decision.files else None


def files_whole_under(pages: list[PageReading], ipp: str, index: matching.RegistryIndex) -> bool:
    decision = matching.decide(pages, index)
    return decision.files and decision.patient_ipp == ipp


def names_another(pages: list[PageReading], others: set[str], index: matching.RegistryIndex) -> bool:
    """Another part's patient named on these pages (surname and first name together), whatever the role."""
    return any(occurrence.patient.ipp in others
               for reading in pages for occurrence in matching.find_occurrences(reading, index, third_parties=True))


def ranges_text(ranges: list[tuple[int, int]]) -> str:
    """The cut as the person types it (`1-2, 3`), from each part's first and last page."""
    return ", ".join(str(first) if first == last else f"{first}-{last}" for first, last in ranges)


__all__ = ["BatchPart", "proposed_parts", "ranges_text"]
