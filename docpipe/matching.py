"""The patient decision. Pure: page readings and registry rows in, `MatchDecision` out.

A document is filed only when exactly one registry patient is found with conclusive evidence and
nothing in the document contradicts it:
- rule `ins`: an INS with a valid key equal to the patient's, consistent with the birth date and
  sex printed; or
- rule `traits`: birth name or used name + first given name written next to each other, and the
  exact birth date close to them (all after normalisation of case, accents, hyphens and spaces).
Everything else goes to review with the traits read, the candidates and the reason.

What an INS printed on the page weighs once a patient is designated: the patient's own registry INS is
consistent wherever it stands; another valid INS contradicts unless it is an insured's or a relative's;
a field that cannot be read as an INS is no evidence; an INS whose key fails contradicts, unless it is
one character from the patient's registry INS and no closer to anyone else's (noted in the evidence).
The day the pages were read comes with the readings: the decision never reads the clock.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from .identity import (BENEFICIARY_HEADING_RE, BLANK_LINES_SKIPPED, CIVILITY_SEX, COLUMN_SLACK, DOCUMENT_TITLE_WORDS,
                       EMERGENCY_CONTACT_LITERAL_LABELS, GUARDIAN_LITERAL_LABELS, INSURED_HEADING_RE, LINE_DUST,
                       MISREAD_LABEL_LETTERS, MONTHS, NUMERIC_DATE_RE, PAYER_NOUNS, RULE_LINE_DUST,
                       RECIPIENT_LABEL_RE, RELATIVE_HEADING_RE, SUBJECT_LABEL_RE, SURNAME_FIELD_LABELS, DateMention,
                       LabelledField,
                       NameFieldPlaces, PageReading, Token, UnreadableDate, a_documents_title, age_fits, age_on,
                       an_identity_heading, beneficiary_named_apart,
                       fields_by_label_line, fold, ins_key_is_valid, insured_label, kin_or_insured_label, line_above,
                       line_and_column,
                       lookalike_dates, mentions_a_date_or_birth_label, name_field_places, name_key, name_words,
                       rest_of_line, stacked_blocks_beside_an_unread_one, subject_fields, subjects_named,
                       token_index_at, tokenize)
from .models import MatchDecision, Patient, split_first_names

FIRST_NAME_WINDOW = 12  # tokens between surname and first name (labels, or a column OCR interleaved)
UNLABELLED_DATE_WINDOW = 10  # tokens between the name and a date printed without a label
BIRTH_DATE_WINDOW = 80  # tokens between the name and a date labelled as a birth date
MAX_NAME_TOKENS = 5
MAX_CANDIDATES = 5
FUZZY_NAME_SCORE = 84

TITLE_WORDS = {"DR", "DOCTEUR", "PR", "PROFESSEUR", "CONFRERE", "CONSOEUR", "INTERNE", "CHIRURGIEN",
               "RADIOLOGUE", "BIOLOGISTE", "CARDIOLOGUE", "MEDECIN", "PRESCRIPTEUR", "SIGNE", "VALIDE",
               "DICTE", "REDIGE", "SECRETAIRE", "INFIRMIER", "INFIRMIERE"}
RELATIVE_WORDS = {"EPOUX", "MARI", "CONJOINT", "CONJOINTE", "FILS", "FILLE", "MERE", "PERE", "FRERE",
                  "SOEUR", "SŒUR", "COMPAGNON", "COMPAGNE", "TUTEUR", "TUTRICE", "CURATEUR", "CURATRICE",
                  "CONFIANCE", "PREVENIR", "ACCOMPAGNE", "ACCOMPAGNEE", "PARENT", "PARENTS", "ENFANT",
                  "PETIT", "NEVEU", "NIECE", "ONCLE", "TANTE", "BEAU", "BELLE", "JUMEAU", "JUMELLE",
                  "DONNEUR", "DONNEUSE", "RECEVEUR", "RECEVEUSE", "ACCOMPAGNANT", "ACCOMPAGNANTE",
                  "BEBE", "NOUVEAU", "ASSURE", "ASSUREE", "VEUF"}
POSSESSIVES = {"SON", "SA", "SES", "VOTRE", "LEUR"}
CONNECTOR_WORDS = {"NE", "NEE", "EPOUSE", "EP", "EPSE", "VEUVE", "VVE", "DIT", "DITE", "NOM", "USAGE",
                   "NAISSANCE", "PRENOM", "PRENOMS", "S", "LE", "LA", "DE", "DU", "DES", "D", "ET", "A"}
FIELD_WORDS = {"IPP", "NDA", "NIP", "DDN", "INS", "NIR", "UF", "NOM", "PRENOM", "PRENOMS", "SEXE", "NE", "NEE",
               "DOSSIER", "PATIENT", "PATIENTE", "MR", "MME", "MLLE", "EP", "EPSE", "VVE"}
SEX_VALUES = {"F": "F", "FEMININ": "F", "FEMME": "F", "M": "M", "MASCULIN": "M", "HOMME": "M", "H": "M"}


# --- the registry, indexed once per run ----------------------------------------------------------

@dataclass
class RegistryIndex:
    patients: dict[str, Patient]
    by_name_key: dict[str, list[tuple[Patient, str]]] = field(default_factory=dict)
    by_ins: dict[str, list[Patient]] = field(default_factory=dict)
    by_birth_date: dict[date, list[Patient]] = field(default_factory=dict)
    given_names: set[str] = field(default_factory=set)  # every given name of the registry, as keys
    given_name_parts: set[str] = field(default_factory=set)  # and each part of a compound one (`MARIE`, `CLARA`)

    @classmethod
    def build(cls, patients: list[Patient]) -> "RegistryIndex":
        index = cls({p.ipp: p for p in patients})
        for patient in patients:
            for kind, name in (("birth_name", patient.birth_name), ("used_name", patient.used_name)):
                if name_key(name):
                    index.by_name_key.setdefault(name_key(name), []).append((patient, kind))
            if patient.ins:
                index.by_ins.setdefault(patient.ins.upper(), []).append(patient)
            index.by_birth_date.setdefault(patient.birth_date, []).append(patient)
            index.given_names.update(name_key(n) for n in split_first_names(patient.first_names))
            index.given_name_parts.update(name_key(part) for n in split_first_names(patient.first_names)
                                          for part in re.split(r"[-‐‑]", n) if name_key(part))
        return index


# --- name occurrences ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Occurrence:
    """A place where a patient's surname and first given name stand together."""

    patient: Patient
    page: int
    name_kind: str  # "birth_name" or "used_name"
    start: int  # first token of the person (surname or first name, whichever comes first)
    end: int  # one past the last token
    name_tokens: tuple[int, ...] = ()  # indexes of the surname's and first name's own tokens
    # The first name is a place's saint (`Clinique Saint-Pierre SIMON`), or the person follows a place's noun (`Clinique
    # Saint Louis`, `Hôpital Pierre Simon`): it may be the person's or not, so the occurrence designates no one, but
    # its patient stays a candidate against any other (review10's q_saint, review11).
    in_a_place: bool = False
    # The compound first name read across a line break (`CHAUVEAU Jean` / `Baptiste`) while a registry homonym born the
    # same day bears its first line's part as first given name (Jean CHAUVEAU): either may be meant, so the occurrence
    # designates no one, but its patient stays a candidate against any other.
    wrapped_beside_a_homonym: bool = False

    @property
    def span(self) -> tuple[int, int, int]:
        return self.page, self.start, self.end


def spans_matching(tokens: tuple[Token, ...], key: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token spans in [lo, hi) whose concatenated keys equal `key` (so `N' DIAYE` matches `NDIAYE`)."""
    found = []
    for start in range(max(lo, 0), min(hi, len(tokens))):
        joined = ""
        for end in range(start, min(start + MAX_NAME_TOKENS, hi, len(tokens))):
            if tokens[end].line != tokens[start].line:
                break
            joined += tokens[end].key
            if joined == key:
                found.append((start, end + 1))
                break
            if not key.startswith(joined):
                break
    return found


def compound_first_name_across_a_line_break(reading: PageReading, index: RegistryIndex, key: str, lo: int,
                                            hi: int) -> list[tuple[int, int]]:
    """A compound first name the line's end cut, its hyphen lost or not (`CHAUVEAU Jean` / `Baptiste, né le …`,
    `Jean-` / `Baptiste`): spans in [lo, hi) whose keys make `key` across exactly one line break, every part written
    alike (capitals, or a capital then small letters), the second line going on with no other name after it
    (`CHAUVEAU Jean` / `BAPTISTE Paul, né le …` names another person) and its part no registry surname (`Baptiste,
    né le …` may be a BAPTISTE's). Only after the surname (find_occurrences): `Jean` / `Baptiste CHAUVEAU` may be a
    Baptiste CHAUVEAU."""
    tokens = reading.tokens
    found = []
    for start in range(max(lo, 0), min(hi, len(tokens))):
        joined, broken = "", False
        for end in range(start, min(start + MAX_NAME_TOKENS, hi, len(tokens))):
            if end > start and tokens[end].line != tokens[end - 1].line:
                if broken or tokens[end].line != tokens[end - 1].line + 1:
                    break
                broken = True
            joined += tokens[end].key
            if joined == key:
                second = "".join(t.key for t in tokens[start:end + 1] if t.line == tokens[end].line)
                if broken and written_alike(tokens[start:end + 1]) and not a_name_after(reading, end + 1) \
                        and second not in index.by_name_key:
                    found.append((start, end + 1))
                break
            if not key.startswith(joined):
                break
    return found


def written_alike(tokens: tuple[Token, ...]) -> bool:
    return all(t.capitalised for t in tokens) or all(t.titlecase for t in tokens)


# What may follow a compound first name's second part on its line: its birth label, a field of the same person.
AFTER_A_WRAPPED_FIRST_NAME = {"IPP", "INS", "NIR", "SEXE", "AGE", "AGEE"}


def a_name_after(reading: PageReading, i: int) -> bool:
    """The token at `i`, on the line of the token before it, is a word in capitals or a capitalised word (a name, a
    field's label), not a birth label."""
    tokens = reading.tokens
    if i >= len(tokens) or i == 0 or tokens[i].line != tokens[i - 1].line:
        return False
    token = tokens[i]
    return token.key.isalpha() and (token.capitalised or token.titlecase) \
        and token.key not in BIRTH_LABEL_WORDS | AFTER_A_WRAPPED_FIRST_NAME


PARTICLES = {"LE", "LA", "DE", "DU", "D", "N", "DES", "VAN", "VON", "DA", "DOS", "DI", "DEL", "EL", "BEN", "MAC",
             "MC", "SAINT", "ST", "SAINTE"}


def surname_spans(reading: PageReading, index: RegistryIndex,
                  behind_a_particle: bool = False) -> list[tuple[int, int, Patient, str]]:
    """Registry surnames printed whole. With `behind_a_particle`, only those a capitalised particle before them
    hides (`De DURAND Jacques` read as a surname DEDURAND) when particle and surname together are no registry
    name: they name that patient all the same, though they never designate him."""
    tokens = reading.tokens
    found = []
    for start in range(len(tokens)):
        joined = ""
        for end in range(start, min(start + MAX_NAME_TOKENS, len(tokens))):
            if tokens[end].line != tokens[start].line:
                break
            joined += tokens[end].key
            for patient, kind in index.by_name_key.get(joined, []):
                hidden = part_of_a_longer_name(reading, start, end + 1)
                if not behind_a_particle and not hidden:
                    found.append((start, end + 1, patient, kind))
                elif behind_a_particle and hidden and only_a_particle_before(reading, start, joined, index):
                    found.append((start, end + 1, patient, kind))
    return found


def only_a_particle_before(reading: PageReading, start: int, joined: str, index: RegistryIndex) -> bool:
    """The surname at `start` was refused for the particle before it alone (no hyphen, no apostrophe glued to a
    word), and particle and surname together are no registry name."""
    tokens, text = reading.tokens, reading.text
    first = tokens[start]
    if start == 0 or text[first.start - 1:first.start] in "-‐‑'’":
        return False
    previous = tokens[start - 1]
    return previous.key in PARTICLES and previous.key + joined not in index.by_name_key


def part_of_a_longer_name(reading: PageReading, start: int, end: int) -> bool:
    """`MARTIN-DUVAL` is not MARTIN, `LE GALL` is not GALL: the span must be the whole surname."""
    tokens, text = reading.tokens, reading.text
    last = tokens[end - 1]
    after = last.start + len(last.key)
    if text[after:after + 1] in "-‐‑" and text[after + 1:after + 2].isalpha():
        return True
    first = tokens[start]
    if first.start > 0 and text[first.start - 1] in "-‐‑'’" and first.start > 1 and text[first.start - 2].isalpha():
        return True
    previous = tokens[start - 1] if start > 0 else None
    return previous is not None and previous.line == first.line and previous.key in PARTICLES \
        and (previous.capitalised or previous.titlecase or len(previous.key) == 1) \
        and text[previous.start:first.start].strip(" '’") == text[previous.start:previous.start + len(previous.key)]


HYPHENS = ("-", "‐", "‑")  # as a tuple, so that no character (the text's end) is one


# OCR glues a speck to a title (`oDr`, `lDr`, `1Pr`): one small letter or digit, then the title.
GLUED_TITLE_RE = re.compile(r"[a-z0-9Il](?:Dr|DR|Pr|PR)")
# …or the doctor's initial to `Dr` (`DrM Martine ORTEGA`, `DrS. MEYER`; first corpus s815-031), not a word going on
# after a hyphen (`DrE-…`).
GLUED_INITIAL_RE = re.compile(r"Dr[A-Z]")


def is_title(reading: PageReading, token: Token) -> bool:
    """`Dr`, `Docteur`… Stray punctuation around it (`"Dr`, `|Dr`) is no part of the token already."""
    if token.key in TITLE_WORDS:
        return True
    original = reading.text[token.start:token.start + len(token.key)]
    return GLUED_TITLE_RE.fullmatch(original) is not None or glued_initial(reading, token)


def glued_initial(reading: PageReading, token: Token) -> bool:
    end = token.start + len(token.key)
    return GLUED_INITIAL_RE.fullmatch(reading.text[token.start:end]) is not None \
        and reading.text[end:end + 1] not in HYPHENS


def spoken_of_as_third_party(reading: PageReading, start: int, loose_relatives_hide: bool = True,
                             relatives_above_hide: bool = True) -> bool:
    """A name after `Dr`, `son époux`, or inside a `Médecin traitant :` field is someone else's.

    Some relative words are loose: near the end of the line above, one that does not end a clause going on
    (`Je revois ce jour l'enfant.`, `INS mère : …`, whereas `accompagnée de sa mère` / `Mme DURAND Marie`
    introduces the name below); and a child's caption opening a line (`Enfant : MARTIN Emma`), which on a
    pediatric paper is the patient's own and on the mother's is her child's. A loose relative word still keeps
    the name from designating anyone, but with `loose_relatives_hide=False` it no longer hides it: the name
    counts as another person named (other_patients_named). With `relatives_above_hide=False`, no relative word of the
    line above hides it (`named_below_a_relative_line`)."""
    tokens = reading.tokens
    if reading.in_third_party_field(tokens[start].start) or a_relation_bracketed_after(reading, start):
        return True
    if (named := name_before_the_birth_name(reading, start)) is not None:
        return spoken_of_as_third_party(reading, named, loose_relatives_hide, relatives_above_hide)
    line = tokens[start].line
    before = [i for i in range(max(0, start - 4), start) if tokens[i].line == line]
    above = [i for i in range(max(0, start - 4), start) if tokens[i].line == line - 1][-2:]
    if not above and (opening := opening_of_a_name_line(reading, start)) is not None:
        above = kin_introducing_across_blank_lines(reading, opening)
    if above and beneficiary_below_the_insureds_number(reading, start):
        above = []  # the block below a relative's heading over the insured's line is headed, not hidden
    relatives = [i for i in before + above if relative_word(reading, i)
                 # a person noun ending the line above hides nothing below it (review10's r10_x1); one that introduces
                 # it makes the name below a candidate that designates no one (below_a_person_noun_heading)
                 and not (i in above and person_noun_after_a_possessive(reading, i))
                 and (relatives_above_hide or i in before)
                 and (loose_relatives_hide or not loose_relative(reading, i, in_line_above=i not in before))]
    if relatives or any(is_title(reading, tokens[i]) for i in before) \
            or any(introduces_below(reading, i) for i in above):
        return True
    before = [relation_key(reading, i) for i in before]
    pairs = list(zip(before, before[1:]))
    return any(possessive(a) and b in {"EPOUSE", "FEMME", "MARI", "AMIE", "AMI"} for a, b in pairs) \
        or any(a in RELATION_BEFORE_DE and b in ("DE", "D", "DU") for a, b in pairs)


def opening_of_a_name_line(reading: PageReading, start: int) -> int | None:
    """The first word of the line of the name at `start`, when only civilities and words written as names stand before
    it there (`Mme Émilie BLANCHENS`)."""
    tokens, first = reading.tokens, start
    while first > 0 and start - first < NAME_REACH and tokens[first - 1].line == tokens[start].line:
        first -= 1
        word = tokens[first]
        if word.key not in CIVILITY_SEX and not ((word.titlecase or word.capitalised) and word.key.isalpha()):
            return None
    return first if first == 0 or tokens[first - 1].line != tokens[start].line else None


def kin_introducing_across_blank_lines(reading: PageReading, start: int) -> list[int]:
    """`accompagné de sa mère,` / `` / `Mme Émilie BLANCHENS, née le …` (second corpus s126_009): the last line with
    words above the name's, blank lines between (OCR's paragraphs), ends with a kinship noun after a possessive whose
    clause goes on — it introduces the name as it would from the line right above. Looser relation words do not reach
    across a blank line."""
    tokens = reading.tokens
    last = start - 1
    if last < 0 or not 1 < tokens[start].line - tokens[last].line <= BLANK_LINES_SKIPPED + 1:
        return []
    between = reading.text[tokens[last].start + len(tokens[last].key):tokens[start].start]
    if between.strip(" \t,\n") or not kin_after_a_possessive(reading, last) or not introduces_next_line(reading, last):
        return []
    return [last]


NAME_REACH = 4  # words of a person's name before what follows it


def a_relation_bracketed_after(reading: PageReading, start: int) -> bool:
    """The name opening at token `start` is followed by a relation in brackets, in a close one's field whose label a
    fax may have misread (`Personne de contanse : HAMON THIERRY (frère)`, ood-s761-011). Not a bracket alone: the one
    it names may be the subject (`Prélèvement de : HAMON Thierry (frère)` in a family's screening, `Mme LEROY Claire
    (épouse)` on a couple's fertility sheet, `NGUYEN Chloé (sœur) : otite` on twins' sheet — review86); nor a
    `Personne examinée :` (review87)."""
    if not relation_in_brackets_after(reading, start):
        return False
    tokens, text = reading.tokens, reading.text
    line_start = text.rfind("\n", 0, tokens[start].start) + 1
    label = text[line_start:tokens[start].start]
    return len(label) <= CLOSE_ONES_LABEL_LENGTH and a_close_ones_label(fold(label))


def relation_in_brackets_after(reading: PageReading, start: int) -> bool:
    """A few words of a name from token `start` on its line, then `(frère)`, `( épouse )`…"""
    tokens, text = reading.tokens, reading.text
    for j in range(start + 1, min(len(tokens), start + NAME_REACH + 1)):
        if tokens[j].line != tokens[start].line:
            return False
        between = text[tokens[j - 1].start + len(tokens[j - 1].key):tokens[j].start]
        if between.strip() == "(":
            after = text[tokens[j].start + len(tokens[j].key):tokens[j].start + len(tokens[j].key) + 2]
            return tokens[j].key in BRACKETED_RELATIONS and after.lstrip().startswith(")")
        if between.strip() not in ("", "-", ",") or not tokens[j].key.isalpha():
            return False
    return False


CLOSE_ONES_LABEL_LENGTH = 40
# The words a close one's label turns on, read through a fax's noise (`Personne de contanse`, `Pers. à contacter`), and
# how many letters a misread may change in each. `Personne` or `Contact` alone say nothing: `Personne examinée`,
# `Personne prélevée`, `Sujet contact` name the subject (review87).
CLOSE_ONES_WORDS = {"CONFIANCE": 3, "PREVENIR": 2, "CONTACTER": 1}
CLOSE_ONES_LABEL_RE = re.compile(r"[\W_]*(?P<words>(?:[A-Z.']+\s+){0,4}[A-Z.']+)\s*:\s*(?:(?:M|MME|MR|MLLE)\.?\s+)?")


def a_close_ones_label(folded: str) -> bool:
    """The text before a name is a close one's label and its colon: `PERSONNE DE CONTANSE :`, `PERS. A CONTACTER :`."""
    label = CLOSE_ONES_LABEL_RE.fullmatch(folded)
    if label is None:
        return False
    return any(OSA.distance(word, close) <= changes for word in re.findall(r"[A-Z]+", label["words"])
               for close, changes in CLOSE_ONES_WORDS.items() if len(word) >= len(close) - 2)


def name_before_the_birth_name(reading: PageReading, start: int) -> int | None:
    """Where the name opens whose birth name, after `née`, opens at token `start` (`sa mère, Sandrine PAYET` / `née DA
    SILVA (née le …)`, the line cut after the used name: ood-s760-018): that person is spoken of as the name before is.
    Only the words of one name: joined by spaces or a hyphen on one line, `née` opening the next line at most — not a
    doctor's or a close one's name on the line above (`Adressée par le Dr Paul LEROY` / `Marie DUPONT née MARTIN`,
    review87)."""
    tokens, text = reading.tokens, reading.text
    if start < 2 or tokens[start - 1].key not in BIRTH_NAME_MARKERS:
        return None
    opening = None
    for j in range(start - 2, max(-1, start - 2 - NAME_REACH), -1):
        joint = text[tokens[j].start + len(tokens[j].key):tokens[j + 1].start]
        name_joint = NAME_WORDS_JOINT_RE.fullmatch(joint) or (j + 1 == start - 1 and joint.strip(" \t") == "\n")
        if not name_joint or not tokens[j].key.isalpha() or not (tokens[j].capitalised or tokens[j].titlecase) \
                or tokens[j].key in CIVILITY_SEX or tokens[j].key in TITLE_WORDS:
            break
        opening = j
    return opening


NAME_WORDS_JOINT_RE = re.compile(r"[ \t]*-?[ \t]*")


# The one who comes with the subject, named right after the phrase (`Consultation de Léo, 3 ans, en présence de MARTIN
# Marie, née le …`, `amené par`, `vu avec`): the subject may be someone else, named by his first name only — review24's
# F5, the child's paper filed under his registered mother on b7879ed (`accompagné de` is a relative word already).
COMPANION_PHRASES = {("PRESENCE", "DE"), ("PRESENCE", "D"), ("PRESENCE", "DU"), ("COMPAGNIE", "DE"),
                     ("COMPAGNIE", "D"), ("COMPAGNIE", "DU")} \
    | {(verb, "PAR") for verb in ("AMENE", "AMENEE", "AMENES", "AMENEES", "CONDUIT", "CONDUITE", "CONDUITS",
                                  "CONDUITES", "REPRESENTE", "REPRESENTEE", "REPRESENTES", "REPRESENTEES")} \
    | {(verb, "AVEC") for verb in ("VU", "VUE", "VUS", "VUES", "VENU", "VENUE", "VENUS", "VENUES")}


def after_a_companion_phrase(reading: PageReading, start: int) -> bool:
    """One of COMPANION_PHRASES in the four words before the name at token `start`, on its line, in a sentence: not a
    label (`En présence de : Mme KLEIN Julia` / `Elle est vue ce jour`, a `Présent :` field, may name the subject —
    named_as_a_companion). The name then designates no one but stays a candidate (gather); it is still heard by every
    contradiction, so the rule only sends pages to review."""
    tokens, text = reading.tokens, reading.text
    before = [i for i in range(max(0, start - 4), start) if tokens[i].line == tokens[start].line]
    for i, j in zip(before, before[1:]):
        if (tokens[i].key, tokens[j].key) in COMPANION_PHRASES:
            following = text[tokens[j].start + len(tokens[j].key):]
            return not following.lstrip(" \t'’").startswith(":") and not a_sentence_ends_between(reading, j, start)
    return False


def a_sentence_ends_between(reading: PageReading, first: int, last: int) -> bool:
    """A full stop between tokens `first` and `last` (`Vue avec époux. Mme MARTIN`), a civility's dot (`M.`) aside."""
    tokens, text = reading.tokens, reading.text
    return any(SENTENCE_END_RE.search(text[tokens[k].start + len(tokens[k].key):tokens[k + 1].start])
               and tokens[k].key not in CIVILITY_SEX for k in range(first, last))


INSURED_WORDS = {"ASSURE", "ASSUREE"}
# The labels that say who a care sheet's subject is, below the insured's line: `Bénéficiaire :`, and `Patient :` as the
# independent corpus prints it (`NIR de l'assuré : …` / `Patient : Noémie OLIVIER`, s622-014, s628-017).
CARE_SHEET_SUBJECTS = {"BENEFICIAIRE", "PATIENT", "PATIENTE", "PATIENT(E)"}
CARE_SHEET_SUBJECT_RE = re.compile(
    r"(?:BENEFICIAIRE|PATIENTE?|PATIENT\s*\(\s*E\s*\))\s*:\s*"
    rf"(?:(?:{'|'.join(sorted(CIVILITY_SEX, key=len, reverse=True))})\.?\s*)?")


def beneficiary_below_the_insureds_number(reading: PageReading, start: int) -> bool:
    """A care sheet: `NIR de l'assuré : 2 65 07 …` on one line, `Bénéficiaire : N athan COUSIN` opening the next. The
    insured's line holds her number and nothing more (no relation word but `assuré`, no name), and the label says who
    the beneficiary is: the word `assuré` above does not make him a third party. Only the insured's own line is
    passed over: a relative's heading above it (`Mère de l'enfant`, `Personne à prévenir (mère) :`) still heads the
    block below, as it does with no number between them (review15's q15_f2b: the relative filed on main) — the block
    then designates no one but stays a candidate (under_a_relatives_heading); hidden as a third party's, it left a
    relative named lower on the page the only candidate (review16's early warning on 1c7e754). Any other
    layout — a `Nom :` field below a relative's heading (`Personne à prévenir (mari)`), `NIR de l'assuré (mère)` —
    stays as it was (review8's early warning on the first draft)."""
    tokens, text = reading.tokens, reading.text
    line = tokens[start].line
    line_start = text.rfind("\n", 0, tokens[start].start) + 1
    label = fold(text[line_start:tokens[start].start]).strip(LINE_DUST)
    if not CARE_SHEET_SUBJECT_RE.fullmatch(label):
        return False
    above = [i for i in range(start) if tokens[i].line == line - 1]
    numbers = [ins for ins in reading.ins if ins.line == line - 1]
    if not above or len(numbers) != 1:
        return False
    words = {tokens[i].key for i in above if tokens[i].start < numbers[0].start}
    line_end = text.find("\n", numbers[0].start)
    rest = text[numbers[0].start:len(text) if line_end < 0 else line_end]
    return bool(words & INSURED_WORDS) and words <= INSURED_WORDS | INSURED_NUMBER_WORDS \
        and re.fullmatch(r"[\d .:]+", rest) is not None


INSURED_NUMBER_WORDS = {"N", "NO", "NUMERO", "NIR", "INS", "SS", "NSS", "MATRICULE", "DE", "D", "L", "LA", "SECURITE",
                        "SOCIALE", "IMMATRICULATION"}


# `l'épouse de M. DUPONT Jean`, `la femme de`, `la veuve de`: the relation noun then `de` — the name is the spouse's,
# not the subject's (review7's q8.py: filed under the husband on main). `née X épouse Y` (a used name) has no `de`.
RELATION_BEFORE_DE = {"EPOUSE", "FEMME", "VEUVE", "VEUF", "COMPAGNE", "COMPAGNON", "AMIE", "AMI", "CONJOINTE",
                      "CONJOINT"}


def relative_word(reading: PageReading, i: int) -> bool:
    return (relation_key(reading, i) in RELATIVE_WORDS or person_noun_after_a_possessive(reading, i)) \
        and not no_relation_here(reading, i, reading.tokens[i].key)


def no_relation_here(reading: PageReading, i: int, key: str) -> bool:
    """The relation's word at `i` (read as `key`) speaks of no relative where it stands: `FILLE` after `JEUNE` (nom de
    jeune fille), a surname such as PETIT, the child a doctor examined."""
    return (key == "FILLE" and i > 0 and reading.tokens[i - 1].key == "JEUNE") \
        or a_surname_not_a_kin_prefix(reading, i) or the_child_examined(reading, i)


def after_a_civility_and_first_name(reading: PageReading, i: int) -> bool:
    tokens = reading.tokens
    j = i - 1
    while j >= 0 and i - j <= MAX_NAME_TOKENS and tokens[j].line == tokens[i].line \
            and (tokens[j].titlecase or an_initial(reading, tokens[j])) \
            and tokens[j].key.isalpha() and tokens[j].key not in CIVILITY_SEX and not is_title(reading, tokens[j]):
        j -= 1
    named = j < i - 1
    return named and j >= 0 and tokens[j].line == tokens[i].line \
        and (tokens[j].key in CIVILITY_SEX or tokens[j].key in DOCTOR_TITLES)


# `petit-fils`, `beau-père`, `belle-maman`, `demi-frère`: words that open a relation's name — unless they end a person's
# name at the end of its line (`Copie à : Dr Brigitte PETIT` / `Objet : Mme DURAND Marie`, third corpus s16; `Patient :
# M. Bernard François PETIT` / `Examen du …`, second corpus s61: the line below was read as a relative's). Anywhere else
# they open a relation, whatever word follows (`belle-maman`, `petit-fiIs` misread: review54, review55).
KIN_PREFIXES = {"PETIT", "PETITE", "GRAND", "GRANDE", "BEAU", "BELLE", "DEMI"}
FAMILIAR_KIN = {"PAPA", "MAMAN", "MAMIE", "MAMY", "PAPI", "PAPY", "FAMILLE"}  # after `Dr J. PETIT,` (review61)


# A dash set between spaces closes a name (`Dr Olivier Petit — ORL`); a hyphen glued to the word opens a compound.
SPACED_DASH_RE = re.compile(r"[ \t]+[-‐–—][ \t]")


def a_surname_not_a_kin_prefix(reading: PageReading, i: int) -> bool:
    """A person's name — a civility or a title, a first name written in title case or its initial, then the word in
    capitals or in title case (`Dr Brigitte PETIT`, `M. Bernard François PETIT`, `Dr J. PETIT`, `Dr Olivier Petit`) —
    ending its line, no hyphen after it, and the next line not opening on a kinship noun, even misread (`Petit` /
    `flls :`, review54; `la PETITE` / `Filllle`, review55); or closed by a comma or a spaced dash before any word but a
    kinship noun (`Je soussigné, Dr J. PETIT, atteste que Mme …`, own corpus seed 441; `Dr Olivier Petit — ORL` over
    the patient's birth date, own corpus seed 891: `ORL` was read as a relative born that day). Right after a doctor's
    title it is a surname wherever it stands (`Dr PETIT Marie` over `M. BRIAC Jean-Pierre (né le …)`, ood4 s32
    courrier_030: the patient below was hidden as her `petit-fils`)."""
    tokens = reading.tokens
    if tokens[i].key not in KIN_PREFIXES or not (tokens[i].capitalised or tokens[i].titlecase):
        return False
    if i > 0 and tokens[i - 1].line == tokens[i].line and tokens[i - 1].key in DOCTOR_TITLES:
        return True  # `Dr PETIT Marie`: no doctor is anyone's `petit-fils`
    if not after_a_civility_and_first_name(reading, i):
        return False
    ends_its_line = i + 1 == len(tokens) or tokens[i + 1].line != tokens[i].line
    end = tokens[i].start + len(tokens[i].key)
    after = reading.text[end:end + 2].lstrip(" ")
    hyphen_after = after.startswith(("-", "‐", "–"))
    after_a_possessive = i > 0 and tokens[i - 1].line == tokens[i].line and possessive(tokens[i - 1].key)
    kin_noun_next = i + 1 < len(tokens) and any(
        Levenshtein.distance(tokens[i + 1].key, word) <= 1 for word in RELATION_KEYS | FAMILIAR_KIN if len(word) >= 3)
    if (after.startswith(",") or SPACED_DASH_RE.match(reading.text, end)) and not ends_its_line:
        return not after_a_possessive and not kin_noun_next
    kin_below = i + 1 < len(tokens) and (not (tokens[i + 1].capitalised or tokens[i + 1].titlecase) or kin_noun_next)
    return ends_its_line and not hyphen_after and not after_a_possessive and not kin_below


def an_initial(reading: PageReading, token: Token) -> bool:
    """`J.` in `Dr J. PETIT`: one capital letter, a dot right after it."""
    return len(token.key) == 1 and token.key.isalpha() and reading.text[token.start:token.start + 2] == f"{token.key}."


EXAMINING_WORDS = {"EXAMINE", "EXAMINEE", "VU", "VUE", "REVU", "REVUE", "RECU", "RECUE", "AUSCULTE", "AUSCULTEE"}
EXAMINING_WINDOW = 8  # tokens from the verb to `l'enfant` (`examiné ce jour l'enfant`, `vu en consultation le 12/02/2025`)


def the_child_examined(reading: PageReading, i: int) -> bool:
    """`certifie avoir examiné ce jour l'enfant Aaron CARRE, né le …`, `J'ai vu en consultation l'enfant Gabin LEGRAND`
    (ood2 s1_031, s2_000): `l'enfant` after the verb that says whom the doctor examined names the subject of a child's
    paper, not a relative — unless it is someone's child (`l'enfant de Mme …`)."""
    tokens = reading.tokens
    if tokens[i].key != "ENFANT" or i == 0 or tokens[i - 1].key != "L" or i + 1 >= len(tokens) \
            or tokens[i + 1].key in ("DE", "DU", "D", "DES") or (i >= 2 and tokens[i - 2].key == "AVEC") \
            or (i >= 3 and tokens[i - 2].key in ("DE", "DU", "D") and tokens[i - 3].key in KIN_BEFORE_DE):
        return False  # `l'enfant de Mme …`; `la maman de l'enfant …`, `Mme X avec l'enfant …` (reviews C and F,
        # session 65; `pour la vaccination de l'enfant …` is still the child examined)
    start = max(0, i - 1 - EXAMINING_WINDOW)
    window = tokens[start:i - 1]
    examined = any(t.key in EXAMINING_WORDS for t in window) or seen_later_in_the_sentence(reading, i)
    return examined and not any(t.key in POSSESSIVES and tokens[j + 1].key not in NO_PERSON_AFTER_A_POSSESSIVE
                                for j, t in enumerate(window, start)) \
        and not a_birth_rooms_paper(reading, i)  # a delivery report is the mother's (review43)


# `J'ai reçu à votre demande l'enfant …` (fifth corpus s24_015): the possessive of a request or a place owns no person
NO_PERSON_AFTER_A_POSSESSIVE = {"DEMANDE", "CABINET", "SERVICE"}


def a_birth_rooms_paper(reading: PageReading, child: int) -> bool:
    """A word of the delivery room anywhere — `grossesse` not when the child examined at token `child` is told born at
    term right after he is named (`l'enfant … né le … pour une fièvre.` / `Antécédents : né à terme, grossesse sans
    particularité`: a paediatrician's history of the child seen, ood2 s124_038). A birth at term told before the
    child is named (`Grossesse sans particularité, bébé né à terme. J'ai examiné ce jour l'enfant …`) may be the
    mother's visit's (review of session 57)."""
    keys = {t.key for t in reading.tokens}
    if keys & BIRTH_ROOM_WORDS_BUT_PREGNANCY:
        return True
    start = reading.tokens[child].start
    history = reading.folded[start:start + CHILDS_HISTORY_REACH]
    return "GROSSESSE" in keys and BORN_AT_TERM_RE.search(history) is None


def seen_later_in_the_sentence(reading: PageReading, i: int) -> bool:
    """`L'enfant MARTIN Sébastien, né le 07-07-2020 a été vu(e) ce jour.` (third corpus s17, a dictation): the child's
    name, perhaps his birth date, then at once `a été vu`, `est vu`, `est examiné` — he is the one seen. Any other word
    on the way may make another the verb's subject (`…, dont la mère a été vue`, `…, n'a pas été vu : sa mère…`:
    review54), and the child stays a relative."""
    tokens = reading.tokens
    j = i + 1
    while j < len(tokens) and j - i <= MAX_NAME_TOKENS and name_like_word(tokens[j]) \
            and tokens[j].key not in ("A", "EST", "NE", "NEE"):
        j += 1
    if j == i + 1:
        return False
    if j + 1 < len(tokens) and tokens[j].key in ("NE", "NEE") and tokens[j + 1].key == "LE":
        j += 2
        while j < len(tokens) and (tokens[j].key.isdigit() or tokens[j].key in MONTHS):
            j += 1
    rest = [t.key for t in tokens[j:j + 3]]
    return (rest[:2] == ["A", "ETE"] and len(rest) == 3 and rest[2] in EXAMINING_WORDS) \
        or (rest[:1] == ["EST"] and len(rest) >= 2 and rest[1] in EXAMINING_WORDS)


# `né à terme`, not `nouveau-né à terme`, `mort-né à terme` (the mother's words for her delivery)
BORN_AT_TERM_RE = re.compile(r"(?<![\w-])NEE?\s+A\s+TERME\b")
CHILDS_HISTORY_REACH = 400  # characters from the child's caption: his presenting sentence and his history's opening
BIRTH_ROOM_WORDS = {"ACCOUCHEMENT", "ACCOUCHEE", "PARTURIENTE", "DELIVRANCE", "PERINEE", "CESARIENNE", "MATERNITE",
                    "OBSTETRICAL", "OBSTETRICALE", "PARTUM", "GROSSESSE",  # `post-partum` is read as POST, PARTUM
                    "NATALE", "POSTNATALE", "COUCHES"}  # `visite post-natale`, `suites de couches`
BIRTH_ROOM_WORDS_BUT_PREGNANCY = BIRTH_ROOM_WORDS - {"GROSSESSE"}


# People of the patient's circle no kinship list holds, right after `son`/`sa`/`ses` (`son parrain Hugo MOREL`, `sa
# voisine, Mme …`): that person is the patient's X, never the patient (review8's M-7: filed under the godfather on
# main). A closed list: any lower-case noun there takes in the subject's own events and roles (`Pour son suivi, Mme X`,
# `votre résidente Mme X` — c1272c0, 465 new wrong filings in review9's sets). Left out: a noun that often names the
# subject from his companion's side (`accompagne sa filleule Léa`), and `votre`/`leur`, whose X may be the subject a
# colleague or a family writes about (`votre ami M. X`, `leur filleul Luc`).
PERSON_NOUNS = {"PARRAIN", "MARRAINE", "VOISIN", "VOISINE", "AMI", "AMIE", "COPAIN", "COPINE", "CONCUBIN", "CONCUBINE",
                "FIANCE", "FIANCEE", "PARTENAIRE", "AIDANT", "AIDANTE", "NOURRICE", "HOMONYME", "COUSIN", "COUSINE",
                "PAPA", "MAMAN", "REPRESENTANT", "REPRESENTANTE", "EDUCATEUR", "EDUCATRICE"}
# `la maman de l'enfant`, `la nourrice de l'enfant`: a person's child, not the one examined (`the_child_examined`)
KIN_BEFORE_DE = RELATIVE_WORDS | PERSON_NOUNS | FAMILIAR_KIN | {"EPOUSE", "FEMME", "MATERNELLE", "GARDIENNE", "GRAND"}


def person_noun_after_a_possessive(reading: PageReading, i: int) -> bool:
    """`son parrain`, `sa voisine`: a listed person noun right after `son`/`sa`/`ses` on its line. It names only what
    follows on that line: `Vu avec son parrain.` above a block hides nothing (spoken_of_as_third_party) — the block's
    `née` must still speak against a man registered under that name (review10's r10_x1: 81 new wrong filings)."""
    tokens = reading.tokens
    return tokens[i].key in PERSON_NOUNS and i > 0 and tokens[i - 1].line == tokens[i].line \
        and possessive(tokens[i - 1].key) and tokens[i - 1].key not in ("VOTRE", "LEUR")


LEGAL_QUALIFIERS = {"LEGAL", "LEGALE", "LEGAUX"}


def below_a_person_noun_heading(reading: PageReading, occurrence: Occurrence) -> bool:
    """The name stands right below `Enfant vue ce jour avec son parrain :` / `Vue avec son aidant, M.`: it may be that
    person's as well as the subject's — it designates no one, but stays a candidate against any other (review10b's
    c_pn4: the godfather filed on main; a registry twin below such a line must still stop the subject)."""
    return below_a_person_noun_line(reading, occurrence.start)


# A relation's field opening a line (`Épouse : LAMBERT Claude, né le …`, `Nom de l'épouse :`, `Filleule :`, `Épouse du
# patient :`): the name in it is that person's. `Épouse` there is no married-name connector (`Mme DURAND épouse
# LAMBERT`): a colon follows it. Kinship words and `Époux`, `Conjoint` fields were third parties already.
RELATION_LABEL_NOUNS = {"EPOUSE", "EPOUX", "MARI", "FEMME", "CONJOINT", "CONJOINTE", "COMPAGNON", "COMPAGNE",
                        "CONCUBIN", "CONCUBINE", "PARTENAIRE", "FIANCE", "FIANCEE", "VEUF", "VEUVE", "FILS", "FILLE",
                        "FRERE", "SOEUR", "MERE", "PERE", "ONCLE", "TANTE", "NEVEU", "NIECE", "COUSIN", "COUSINE",
                        "JUMEAU", "JUMELLE", "PARRAIN", "MARRAINE", "FILLEUL", "FILLEULE", "AMI", "AMIE", "VOISIN",
                        "VOISINE", "AIDANT", "AIDANTE", "TUTEUR", "TUTRICE", "CURATEUR", "CURATRICE", "ACCOMPAGNANT",
                        "ACCOMPAGNANTE", "DONNEUR", "DONNEUSE", "EP", "EPSE", "EPX", "CJT", "CJTE", "CONJ"}
# What forms call a close one or a carer (review101: behind each, the one person fully identified on a child's or an
# elder's paper was filed): relation nouns only on the label's own line, never read one glyph off — a label alone above
# a sticker (`Référent :` / `PETIT Nicolas   né le …`) and `Référence :` are no such field (review104). A payer's label
# is read apart (in_a_payers_field), `Parturiente` not at all: she is the patient of a delivery report (review104).
# `Responsable :` alone names a guardian or a carer, never the patient (review T of session 67: `Responsable : BERTRAND
# Marc` / `Né le …` on a page whose own sticker was not read filed him). Identity's close ones' fields are here too, for
# the forms it does not read as fields: a remark or a rank before the colon (`Personne à prévenir (en cas d'urgence) :`,
# `Contact d'urgence n°1 :`; review U of session 68), the one to call in an emergency as a fax writes its elision.
EMERGENCY_CONTACT_NOUNS = {label.replace("D'", elided) for label in EMERGENCY_CONTACT_LITERAL_LABELS
                           for elided in ("D'", "D ", "D")}
CLOSE_ONES_LABEL_NOUNS = {"MAMAN", "PAPA", "PAPI", "PAPY", "MAMIE", "MAMY", "TIERS", "REFERENT", "REFERENTE",
                          "INTERLOCUTEUR", "INTERLOCUTRICE", "HEBERGEANT", "HEBERGEANTE", "HERITIER", "HERITIERE",
                          "ACCOMPAGNATEUR", "ACCOMPAGNATRICE", "AIDANT PRINCIPAL", "AIDANTE PRINCIPALE",
                          "AIDANT FAMILIAL", "AIDANTE FAMILIALE", "PROCHE AIDANT", "PROCHE AIDANTE",
                          "PERSONNE A CONTACTER", "PERSONNE A JOINDRE", "PERSONNE RESSOURCE", "PERSONNE REFERENTE",
                          "ADULTE REFERENT", "ADULTE REFERENTE", "CONTACT FAMILLE", "CONTACT FAMILIAL",
                          "INTERLOCUTEUR PRIVILEGIE", "INTERLOCUTRICE PRIVILEGIEE", "REFERENT FAMILIAL",
                          "REFERENTE FAMILIALE", "PARENT ACCOMPAGNANT", "PARENT ACCOMPAGNATEUR", "GRAND PARENT",
                          "GRANDS PARENTS", "GRAND PARENT ACCOMPAGNANT", "FAMILLE", "ENTOURAGE", "PROCHE", "PROCHES",
                          "RESPONSABLE", "PERSONNE A PREVENIR", "PERSONNE DE CONFIANCE", *EMERGENCY_CONTACT_NOUNS}
# A long relation noun OCR misread by one glyph (`Compagnom :`, `Conjolnte :`) is still that label: no word of eight
# letters or more (identity.MISREAD_LABEL_LETTERS, as for a third party's label) opening a line before a colon stands
# that close to one but its plural — and `Compagnie :`.
NEAR_RELATION_NOUNS = {"COMPAGNIE"}
RELATION_LABEL_RE = re.compile(
    r"[\W_]*(?:(?:NOM|PRENOMS?|IDENTITE|COORDONNEES)\s+(?:DE\s+L\s*'\s*|DE\s+LA\s+|DU\s+|DE\s+SON\s+|DE\s+SA\s+))?"
    r"(?:(?:SON|SA)\s+)?(?:(?:GRANDS?|GRANDES?|PETITS?|PETITES?|BEAUX?|BELLES?|DEMI|ARRIERE|EX)\s*-\s*)*"
    r"(?P<noun>[A-ZŒ]+(?:\(E\))?(?:[ \t]+(?:D'|D )?[A-ZŒ]+(?:\(E\))?){0,3}?)\.?"
    r"(?:\s+(?:N\s*[°O]?\s*)?[1-9](?!\d))?(?P<twin>\s+(?:JUMEAU|JUMELLE)S?)?"
    r"(?:\s*\([^()\n]{1,20}\))?"
    r"(?:\s+(?:DU|DE\s+LA|DE\s+L\s*')\s*(?:PATIENT\s*\(\s*E\s*\)|PATIENTE?|MALADE|RESIDENTE?))?\s*[:=]")
CIVILITY_ONLY_RE = re.compile(r"[\W_]*(?:(?:M|MR|MME|MLLE|MONSIEUR|MADAME|MADEMOISELLE)\.?[\W_]*)?")


def in_a_relation_field(reading: PageReading, offset: int, beside_a_column: bool = True,
                        close_ones: bool = False) -> bool:
    """The name at `offset` stands in a relation's field (`RELATION_LABEL_RE`), on the label's line — no other
    label nor a column's gap between them — or opening the line below a label that stands alone, or whose line holds
    beyond a column's gap only another column's field (`relation_value_on_its_line`; not with `beside_a_column=False`).
    It designates no one, but stays a candidate against any other, as below a person noun (review11: `Patient(e) :
    LAMBERT, née le …` / `Épouse : LAMBERT Claude, né le …` filed the husband, twin of the patient, on main). A close
    one's label (CLOSE_ONES_LABEL_NOUNS) counts with `close_ones`: only to keep a name from designating, never to
    excuse it from what it objects (review105: `MAMAN : PERRIN (22/10/1987)` on the mother's own paper no longer
    objected to her registered baby named in full, who was filed)."""
    text = reading.text
    line_start = text.rfind("\n", 0, offset) + 1
    before = fold(text[line_start:offset])
    if relation_label_heading(before, close_ones) is not None:
        return True
    if RELATION_LABEL_RE.match(before) or line_start == 0 or not CIVILITY_ONLY_RE.fullmatch(before):
        return False
    above = fold(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1])
    label = relation_label(above)
    if label is None:
        return close_ones and a_close_ones_caption_alone(above)
    if not beside_a_column:
        return not above[label.end():].strip()
    return not relation_value_on_its_line(above, label)


CLOSE_ONES_BLOCK_REACH = 4  # lines of a close one's identity below his caption (name, date, phone, link)


def in_another_close_ones_block(mention: DateMention, name_at: int, reading: PageReading) -> bool:
    """The date stands in a close one's block that does not hold the name at `name_at`: on his caption's line
    (`Famille : BERTRAND Lucas, né le …`) or below his caption alone, no blank line between (`Famille :` / `BERTRAND
    Lucas` / `né le …`). It is that person's, never the date of a name printed outside the block (review V of session
    68: `Patient : M. BERTRAND Lucas`, no date, filed the namesake grandfather the family's block dated)."""
    offset = mention_start(mention, reading)
    caption = close_ones_caption_above(reading.folded, offset) if offset >= 0 else None
    return caption is not None and not caption <= name_at <= offset


def close_ones_caption_above(folded: str, offset: int) -> int | None:
    """Where the line starts of the close one's caption whose block holds `offset` (`in_another_close_ones_block`): a
    close one's noun only (`a_close_ones_noun`), whose block opens with someone's name — its first line no field of
    another kind (`Personne à prévenir :` left empty between the patient's `Prénom :` and `Adresse :` / `Date de
    naissance :` heads no block: review W of session 68, 619 of its pages)."""
    line_start = folded.rfind("\n", 0, offset) + 1
    heading = relation_label_heading(folded[line_start:offset], close_ones=True)
    if heading is not None and a_close_ones_noun(heading[0].group("noun")):
        return line_start
    for _ in range(CLOSE_ONES_BLOCK_REACH):
        if line_start == 0:
            return None
        above_start = folded.rfind("\n", 0, line_start - 1) + 1
        above = folded[above_start:line_start - 1]
        if not above.strip():
            return None
        if a_close_ones_caption_alone(above, relations=False):
            return above_start if opens_with_a_name(folded[line_start:folded.find("\n", line_start)]) else None
        line_start = above_start
    return None


# The labels a close one's block may open with: his name's.
BLOCK_NAME_LABEL_WORDS = {"NOM", "NOMS", "PRENOM", "PRENOMS", "PRENOM(S)", "IDENTITE", "NOM/PRENOM", "NOM-PRENOM"}


def opens_with_a_name(line: str) -> bool:
    """The folded line opens with a name or with a name's field (`BERTRAND Lucas, né le …`, `M. BERTRAND`, `Nom :
    BERTRAND`), not with another field's label (`Adresse :`, `Date de naissance :`)."""
    label = FORM_LABEL_RE.match(line)
    return label is None or label.group("words").split()[0] in BLOCK_NAME_LABEL_WORDS


def a_close_ones_caption_alone(line: str, relations: bool = True) -> bool:
    """A close one's caption alone on its line (`Famille :`, `Tiers :`, `Aidant principal :`, and with `relations` a
    relation's noun read off by a fax or abridged: `Voisine :`, `Ep :`, `Compagnom :`): the name opening the line
    below is that person's as much as the patient's, left under an empty field — it designates no one (review T of
    session 67: `Famille :` / `BERTRAND Marc` / `Né le …`, the patient's own sticker unread, filed him). Not `Référent
    :`, above the patient's own sticker on a form left blank (review104)."""
    label = RELATION_LABEL_RE.match(line)
    if label is None or line[label.end():].strip(RULE_LINE_DUST + "…"):  # `Famille : ________`, a blank to fill
        return False
    noun = label.group("noun")
    if plain_noun(noun) in NO_CAPTIONS_NOUNS:
        return False
    return relation_label_noun(noun, close_ones=True) if relations else a_close_ones_noun(noun)


NO_CAPTIONS_NOUNS = {"REFERENT", "REFERENTE"}


def a_close_ones_noun(noun: str) -> bool:
    """One of CLOSE_ONES_LABEL_NOUNS but `Référent`. A relation's noun (`Époux`, `Femme`) has its own reviewed rules
    for the dates near it (`in_a_relation_labels_field`): `FEMME : Date de naissance …` is as often a sex field."""
    return plain_noun(noun) in CLOSE_ONES_LABEL_NOUNS - NO_CAPTIONS_NOUNS


# A caption naming one of the patient's circle left without its value: the value may be printed beside it in another
# column that OCR read as a block of its own, and then a name near it may be that person's (PERSON_CAPTION_LABELS).
ORPHAN_CAPTION_REACH = 8  # lines with text between such a caption and the names beside it (a letter's `Objet` between)
SMALL_WORDS_OF_A_NAME_LINE = {"de", "du", "des", "le", "la", "né", "née", "ne", "nee", "épouse", "ép", "dit", "dite"}
FORM_LABEL_RE = re.compile(r"[\W_]*(?P<words>[^\W\d_][\w'()]*(?:\s+[\w'()]+){0,3})\s*:")
PHONE_ONLY_RE = re.compile(r"[\W_]*(?:(?:TEL|TELEPHONE|PORTABLE|FAX)\b[\W_]*)?[\d\s.+()/-]*")
PERSON_CAPTION_RE = re.compile(r"[\W_]*(?P<label>[A-Z][A-Z' .-]*(?:/\s*[A-Z][A-Z' .-]*)?)(?:\d\s*)?"
                               r"(?:\([^()]{0,40}\)\s*)?(?P<colon>[:=])?(?P<rest>.*)")
EMERGENCY_CONTACTS = {"CONTACT D'URGENCE", "CONTACT EN CAS D'URGENCE", "EN CAS D'URGENCE"}


@dataclass(frozen=True)
class CaptionsAndPeople:
    """A page's lines, the captions of the patient's circle left without their value (`orphan_person_caption_lines`),
    the lines that name a person (`a_persons_line`) and, of those, the ones that head a sticker (`a_stickers_name`):
    read once per page, for every name on it (`orphan_person_caption_near`)."""
    lines: list[str]
    captions: list[int]
    people: list[int]
    stickers: frozenset[int]


def captions_and_people(reading: PageReading, index: RegistryIndex) -> CaptionsAndPeople | None:
    """The page's captions and people, or None when no such caption stands on it."""
    lines = reading.text.split("\n")
    captions = orphan_person_caption_lines(lines)
    if not captions:
        return None
    people = [i for i in range(len(lines)) if a_persons_line(lines, i, index)]
    return CaptionsAndPeople(lines, captions, people, frozenset(i for i in people if a_stickers_name(lines, i)))


def orphan_person_caption_lines(lines: list[str]) -> list[int]:
    """The lines holding only the caption of one of the patient's circle, a phone number at most beside it
    (`person_caption`), whose value is not the line below (`holds_a_value_below`): there nothing stands beside it
    (an assistant's pages, session 53)."""
    return [number for number, line in enumerate(lines)
            if person_caption(line, not number or not lines[number - 1].strip(LINE_DUST + " \t"))
            and not holds_a_value_below(lines, number)]


def person_caption(line: str, after_a_blank: bool) -> bool:
    """A close one's, a relative's or a guardian's caption (`person_caption_label`) and nothing else but a phone
    number or a remark in brackets (`Représentant légal (le cas échéant) :`, `Parent 1 :`, `Père/Mère :`). Without its
    colon only in capitals (`PERSONNE DE CONFIANCE`), in several words or after a blank line (a fax lost the colon):
    never the last word of a sentence (`… chez le` / `Père`, review94)."""
    folded = fold(line)
    caption = PERSON_CAPTION_RE.fullmatch(folded.strip())
    if caption is None or not PHONE_ONLY_RE.fullmatch(caption["rest"]):
        return False
    label = re.sub(r"\s+", " ", caption["label"]).strip(" .-")
    if not all(person_caption_label(part.strip()) for part in label.split("/")):
        return False
    return bool(caption["colon"]) or line.strip(LINE_DUST + " \t:").isupper() or " " in label or after_a_blank


def person_caption_label(label: str) -> bool:
    """An empty close one's, relative's or guardian's field (`Personne de confiance`, `Père`, `Tuteur`), a relation's
    or a close one's label (`Famille`, `Accompagnant(e)`, `Épouse`), or one read through a fax's noise (`Pers. à
    prévenir`) — never a referent's alone, who may be the patient's own doctor (review104), nor `Contact` alone: a
    letterhead's or a fax cover's (`Contact :` / `Tél. …`), no one's kin."""
    if label in PERSON_CAPTION_LABELS or label in EMERGENCY_CONTACTS \
            or label.startswith(("PERSONNE DE CONFIANCE", "PERSONNE A PREVENIR")):
        return True
    if label in {"REFERENT", "REFERENTE", "CONTACT"}:
        return False
    return relation_label_noun(label, True) or a_close_ones_label(label + " :")


def holds_a_value_below(lines: list[str], number: int) -> bool:
    """The first line with text below the caption at line `number` reads as its value or as the next field of a form:
    a word in small letters and no surname in capitals (`Aller simple`, `Pas d'aide à domicile.`), or a label and its
    colon, not in capitals, other than a sticker's number or a letter's `Objet` (`Enfants : 2`, `Adresse :`). A name,
    a sticker's number, a phone or `Né(e) le …` may be what stands beside the caption's value, or that value."""
    below = next((line for line in lines[number + 1:] if line.strip(LINE_DUST + " \t")), "")
    small = [word for word in re.findall(r"\b[a-zà-ÿ]{2,}\b", below) if word not in SMALL_WORDS_OF_A_NAME_LINE]
    label = FORM_LABEL_RE.match(below)
    if label is not None and not label["words"].isupper():  # `ANDRE : Catherine`: a surname OCR set before a colon
        return fold(label["words"]).split()[0] not in FIELD_WORDS | {"OBJET"}
    return bool(small) and not re.search(r"\b[A-Z]{3,}\b", below)  # `VENALIT julie`: a name OCR lowered


def orphan_person_caption_near(reading: PageReading, occurrence: Occurrence, mention: DateMention,
                               around: CaptionsAndPeople | None, index: RegistryIndex) -> str | None:
    """Such a caption (`orphan_person_caption_lines`) near the name at `occurrence` — within ORPHAN_CAPTION_REACH lines
    above it, or between it and its date `mention` — standing between two people, as when its value is printed beside
    it in another column: a sticker (`a_stickers_name`) above the name within the caption's reach (`Personne de
    confiance :` in the letterhead's column, then the patient's sticker and `Mme PUNIRIT Solène` / `née le …`: session
    52's trap pages; `FASEGET` / `Christophe` / `IPP : …` / `Personne de confiance :` / `M. FASEGET Christophe` /
    `Né(e) le …`, the namesake father), or another person's line between the name and the date it reaches. The name
    must open its line, a civility at most before it; it then designates no one, but stays a candidate. Alone near an
    empty caption, the patient's own sticker still designates (an assistant's scans of unfilled forms: 47 of 148 right
    filings lost when it did not); a recipient's, a crew member's or a staff member's name is no second person
    (another's scans: 31 lost), nor the patient's own sticker printed twice (`the_patient_again`). A name behind its
    own label (`Bénéficiaire : …`, `Objet : M. …`) is the one that label names."""
    if around is None:
        return None
    text, tokens, lines = reading.text, reading.tokens, around.lines
    name_start = tokens[occurrence.start].start
    if not CIVILITY_ONLY_RE.fullmatch(fold(text[text.rfind("\n", 0, name_start) + 1:name_start])):
        return None
    name_line, date_line = tokens[occurrence.start].line, tokens[mention.token_index].line
    people = [i for i in around.people if not the_patient_again(around, i, occurrence, reading, index)]
    stickers = [i for i in people if i in around.stickers]
    for caption in around.captions:
        reach = within_reach(lines, caption)
        if caption < name_line and name_line in reach:  # the name may be the caption's value, beside a sticker
            held = any(i in reach and i < name_line for i in stickers) \
                or any(name_line < i <= date_line for i in people)
        elif name_line < caption <= date_line:  # the caption splits the name from the date another person reaches
            held = any(caption < i <= date_line for i in people) or any(i in reach and i < name_line for i in stickers)
        else:
            held = False
        if held:
            return re.split(r"\s*[:=]", lines[caption], maxsplit=1)[0].strip(LINE_DUST + " \t")
    return None


def the_patient_again(around: CaptionsAndPeople, number: int, occurrence: Occurrence, reading: PageReading,
                      index: RegistryIndex) -> bool:
    """The person's line at `number` names the occurrence's patient: her sticker printed twice, no other person — when
    her birth date stands below both (an assistant's scans, session 53), or when the registry holds no namesake of
    hers (no one else of her surname and first given name: her undated sticker above her dated identity, another
    assistant's forms). An undated sticker beside a registered namesake may be his (`FASEGET Christophe` / `IPP : …` /
    `Père :` / `M. FASEGET Christophe, né le …`, the father): the page goes to review."""
    patient = occurrence.patient
    line = name_key_tokens(around.lines[number])
    if not contains_name(line, patient.birth_name) or first_part(patient.first_names) not in line:
        return False
    own_line = reading.tokens[occurrence.start].line
    return not registry_namesakes(patient, index, first_part) \
        or all(dated_below(around, line_number, patient, reading) for line_number in (number, own_line))


def dated_below(around: CaptionsAndPeople, number: int, patient: Patient, reading: PageReading) -> bool:
    """The patient's birth date stands on the line at `number` or on one of the next lines with text, before another
    person's line."""
    below = [number]
    for i in range(number + 1, len(around.lines)):
        if len(below) > STICKER_LINES or i in around.people:
            break
        if around.lines[i].strip():
            below.append(i)
    return any(same_birth_date(m, patient.birth_date) and reading.tokens[m.token_index].line in below
               for m in reading.dates)


def within_reach(lines: list[str], caption: int) -> set[int]:
    """The lines within ORPHAN_CAPTION_REACH lines with text above and below the caption at line `caption`."""
    reach = set()
    for step in (-1, 1):
        i, seen = caption + step, 0
        while 0 <= i < len(lines) and seen < ORPHAN_CAPTION_REACH:
            if lines[i].strip():
                seen += 1
                reach.add(i)
            i += step
    return reach


STICKER_LINES = 3  # lines with text from a sticker's name down to its number (`FASEGET` / `Christophe` / `IPP : …`)


def a_stickers_name(lines: list[str], number: int) -> bool:
    """The person's line at `number` heads a sticker: a patient's number (`IPP : …`) within the next lines with text.
    A recipient's, a crew member's, a staff member's or a place's name carries none (an assistant's scans of liaison
    forms, transport vouchers and letterheads, session 53: 31 right filings lost without this)."""
    seen = 0
    for line in lines[number + 1:]:
        if not line.strip() or person_caption(line, False):
            continue  # a caption OCR set between the name and its number (`NIBEMIT Christian` / `PERSONNE À PRÉVENIR`)
        if IDENTIFIER_LINE_RE.match(fold(line)):
            return True
        seen += 1
        if seen == STICKER_LINES or ":" in line or (line.isupper() and len(line.split()) > 1):
            return False  # another field (`Date : …`) or a title: a number below is not this person's
    return False


# A patient's number opening a line: `IPP : …` (`[PP :`, a fax's I), `NDA`, `N° de dossier`; a stay's words only before
# its number (`Venue : 2401…`, `IEP 88…`, not `Séjour du 12/03 au …`).
IDENTIFIER_LINE_RE = re.compile(r"[\W_]*(?:(?:I?PP|NIP|NDA)\b|N\s*°?\s*(?:DE\s+)?(?:PATIENT|DOSSIER|SEJOUR|ADMISSION"
                                r"|VENUE)\b|(?:IEP|VENUE|SEJOUR|EPISODE)\s*(?:N\s*°?\s*)?[:.]?\s*\d)")
PERSON_LINE_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*")


def a_persons_line(lines: list[str], number: int, index: RegistryIndex) -> bool:
    """The line at `number` names a person and nothing else: a civility at most, a registry given name and a word in
    capitals beside it (`BEBOSET Sébastien`, `Mme PUNIRIT Solène`, `DUPONT MARIE`) — or a surname in capitals alone
    whose next line is a given name alone or a sticker's number (`FASEGET` / `Christophe`, `DISISOT` / `IPP : …`). No
    doctor's, no label's line."""
    line = lines[number]
    if ":" in line or re.search(r"\d", line):
        return False
    words = PERSON_LINE_WORD_RE.findall(line)
    keys = [name_key(word) for word in words]
    if not words or keys[0] in TITLE_WORDS:
        return False
    named = [(word, key) for word, key in zip(words, keys) if key not in CIVILITY_SEX]
    if len(named) == 1 and named[0][0].isupper() and len(named[0][0]) >= 2:
        below = next((other for other in lines[number + 1:] if other.strip()), "")
        alone = PERSON_LINE_WORD_RE.findall(below)
        return (len(alone) == 1 and ":" not in below and name_key(alone[0]) in index.given_names) \
            or IDENTIFIER_LINE_RE.match(fold(below)) is not None
    return 2 <= len(named) <= MAX_NAME_TOKENS and any(
        word.isupper() and len(word) >= 2 and any(other in index.given_names for j, (_, other) in enumerate(named)
                                                  if j != i) for i, (word, _) in enumerate(named))


def relation_label_heading(before: str, close_ones: bool = False) -> tuple[re.Match[str], str] | None:
    """The relation's label whose field, on its line, runs up to the end of the folded `before` — the label opening
    the line, or the one opening the cell after the last column's gap (`NOM : NGUYEN      EPOUSE : `), no other label
    nor a column's gap between it and the end — with the text it heads there. match22 / review22's q22g: a relation's
    label in a second column (`Nom : NGUYEN      Épouse : LY Anne` / `Prénom :      Née le : <her date>`) was read
    nowhere and filed the wife; `Conjoint :` there was identity's third party already. A gap between that label and
    its value (`Épouse :   LY Anne`, a tab) is the label's own (review23's q23z: filed the wife too)."""
    cells = [before]
    gaps = list(COLUMN_GAP_RE.finditer(before))
    if gaps:
        cells.append(before[gaps[-1].end():])
    if len(gaps) > 1:
        cells.append(before[gaps[-2].end():])  # `EPOUSE :   LY Anne`: the last gap may be the label's own
    for cell in cells:
        label = RELATION_LABEL_RE.match(cell)
        if label is None or not relation_label_noun(label.group("noun"), close_ones):
            continue
        between = cell[label.end():].lstrip(" \t:=")
        if ":" not in between and COLUMN_GAP_RE.search(between) is None:
            return label, cell
    return None


def occurrence_in_a_relation_field(reading: PageReading, occurrence: Occurrence) -> bool:
    """The person starts in a relation's field (`in_a_relation_field`), or one of the name's own words stands in one:
    `Nom : NGUYEN      Épouse : LY Anne` pairs the patient's used name with the wife's first name across the label
    (match22: her occurrence `NGUYEN … Anne` filed her as the patient)."""
    tokens = reading.tokens
    return any(in_a_relation_field(reading, tokens[i].start, close_ones=True)
               for i in (occurrence.start, *occurrence.name_tokens))


# A mutual's or an insurer's payer (`Cotisant :`, `Souscriptrice :`, `Titulaire du contrat :`), and the one a page about
# care says was cared for (`Bénéficiaire des soins :`, `Personne soignée :`, `Enfant hospitalisé :`).
PAYER_LABEL_RE = re.compile(rf"[\W_]*(?:{PAYER_NOUNS}|MEMBRE\s+PARTICIPANTE?|CHEF\s+DE\s+FAMILLE)"
                            r"(?:\s*\(\s*E\s*\))?\s*[:=]")
CARED_FOR_LABEL_RE = re.compile(
    r"^[\W_]*(?:BENEFICIAIRE(?:\s+DES\s+SOINS)?|PERSONNE\s+(?:SOIGNEE|RECEVANT\s+LES\s+SOINS|HOSPITALISEE?|MALADE"
    r"|PRISE\s+EN\s+CHARGE)|PATIENTE?|PATIENT\s*\(\s*E\s*\)|MALADE|HOSPITALISEE?(?:\s*\(\s*E\s*\))?"
    r"|ENFANT(?:\s+(?:HOSPITALISEE?|SOIGNEE?|CONCERNEE?))?|AYANT[\s-]+DROIT|NOURRISSON|BEBE|NOUVEAU[\s-]+NEE?)"
    r"\s*[:=]", re.MULTILINE)


# The cared-for field that says it is the payer himself (`Personne soignée : lui-même`, `Patient : titulaire`).
PAYER_HIMSELF_RE = re.compile(r"\b(?:LUI|ELLE)[\s-]*MEME\b|\bIDEM\b|\bMEME\s+PERSONNE\b|\bTITULAIRE\b|\bADHERENTE?\b"
                              r"|\bSOUSCRIPT(?:EUR|RICE)\b|\bASSUREE?\b|\bCOTISANTE?\b|\bALLOCATAIRE\b|\bGARANTE?\b"
                              r"|\bMEMBRE\s+PARTICIPANT")
CHILD_WORDS = {"FILS", "FILLE", "ENFANT", "BEBE", "NOURRISSON", "MINEUR", "MINEURE"}


def in_a_payers_field(reading: PageReading, start: int, patient: Patient) -> bool:
    """The name of `patient`, at token `start`, opens a payer's field (`Cotisant : Jean MARTIN`, a civility perhaps
    between them) on a page that says apart who was cared for (`Patient : son enfant`, `Personne soignée : Minh
    (fils)`): the payer designates no one but stays a candidate (review101: 71 mutual papers filed under the payer).
    The payer alone (`Attestation de droits` / `Adhérente : RENAUD Sophie` / her date) is the patient (review103), and
    so is the payer the cared-for field names (`lui-même`, `titulaire`, his own full name without an age: review104)."""
    before = line_before(reading.folded, reading.tokens[start].start)
    label = PAYER_LABEL_RE.match(before)
    if label is None or CIVILITY_ONLY_RE.fullmatch(before[label.end():]) is None:
        return False
    cared_for = [rest_of_line(reading.folded, m.end()) for m in CARED_FOR_LABEL_RE.finditer(reading.folded)]
    return bool(cared_for) and not any(names_the_payer(value, patient) for value in cared_for)


def names_the_payer(value: str, patient: Patient) -> bool:
    """The cared-for field's value says it is the payer, and no child of his (`l'enfant de l'adhérent`, `MARTIN
    Claire, 11 ans`: a namesake daughter)."""
    keys = {t.key for t in tokenize(value)}
    if keys & CHILD_WORDS or AGE_RE.search(value) is not None:
        return False
    return PAYER_HIMSELF_RE.search(value) is not None \
        or (bool(keys & set(surname_keys(patient))) and name_key(patient.first_given_name) in keys)


# A table's row whose first cell says who the row's person is (`Maman\tNGUYEN\tAnne\t06/06/1990`, `| Papa | MARTIN Jean
# | 01/02/1978 |`, `Responsable         DUPONT Léo     14/07/1983`, `| Papa : | …`): the cell ends at a tab, a bar or a column's
# gap.
TABLE_ROW_ROLE_RE = re.compile(r"[\s|]*(?P<noun>[A-ZŒ]+(?:\s*\(\s*E\s*\))?(?: [A-ZŒ]+(?:\s*\(\s*E\s*\))?){0,2})"
                               r"[ ]*(?P<colon>:[ ]*)?(?:\t|\||[ ]{2,})[\s|]*"
                               r"(?:(?:M|MR|MME|MLLE|MONSIEUR|MADAME|MADEMOISELLE)\.?\s+)?")
TABLE_ROLE_NOUNS = {"RESPONSABLE", "RESPONSABLE LEGAL", "RESPONSABLE LEGALE", "REPRESENTANT", "REPRESENTANTE",
                    "REPRESENTANT LEGAL", "REPRESENTANTE LEGALE", "PAYEUR", "PAYEUSE", "PARENT", "PARENTS"}


def in_a_relatives_table_row(reading: PageReading, start: int) -> bool:
    """The name opens the second cell of a table's row whose first cell is a relation's, a close one's or a guardian's
    (`Papa`, `Maman`, `Responsable`, `Fils`): that person's row, who designates no one but stays a candidate (review101:
    53 tables whose relative's row, dated, came before the child's, undated, filed the relative). `start`: the name's
    first token."""
    before = line_before(reading.folded, reading.tokens[start].start)
    row = TABLE_ROW_ROLE_RE.fullmatch(before)
    if row is None:
        return False
    noun = re.sub(r"\s*\(\s*E\s*\)", "", row.group("noun"))
    if row.group("colon"):  # a label then (`Payeur :  M. BOUCHER Gérard` is the patient): a relation's label only
        return relation_label_noun(noun, close_ones=True)
    return noun in TABLE_ROLE_NOUNS or relation_label_noun(noun, close_ones=True)


def relation_value_on_its_line(line: str, label: re.Match[str]) -> str:
    """What a relation's field (`relation_label`, on the folded `line`) gives after its label on that line — nothing
    when a column's gap (3 spaces or more, a tab) follows the label and the text beyond is another column's field, a
    label or a date (`SON EPOUSE :   ADRESSE : 3 RUE …`, `FEMME :   VENU(E) LE 28/11/2026`): the field's value is then
    on the line below, as for a label alone (review18's coli428 / coli331: that other column read as the wife's name
    exempted the `née le` below, his date, and filed the husband)."""
    rest = line[label.end():]
    value = rest.strip(" \t\u00a0:=")
    gap = rest[:len(rest) - len(rest.lstrip(" \t\u00a0"))]
    if value and COLUMN_GAP_RE.search(gap):
        beyond = COLUMN_GAP_RE.split(value)[0]
        if ":" in beyond or any(c.isdigit() for c in beyond):
            return ""
    return value


def relation_label(line: str) -> re.Match[str] | None:
    """The relation's label opening a folded line (`EPOUSE :`, `NOM DE L'EPOUSE :`), if it is one."""
    label = RELATION_LABEL_RE.match(line)
    return label if label is not None and relation_label_noun(label.group("noun")) else None


def plain_noun(noun: str) -> str:
    """A label's noun as the noun sets spell it: one space between words, `Œ` as `OE`, no `(E)` (`REFERENT(E)`)."""
    return re.sub(r"[ \t]+", " ", noun.replace("Œ", "OE").replace("(E)", ""))


def relation_label_noun(noun: str, close_ones: bool = False) -> bool:
    """A relation's noun (`EPOUSE`, `EPX`, `SŒUR` — fold keeps the ligature, one character for one), or a long one with
    one glyph misread (`COMPAGNOM`); with `close_ones`, a close one's too (`MAMAN`, `AIDANT PRINCIPAL`).
    review21: `Sa sœur :` was no relation's label while `Sa soeur :` was."""
    noun = plain_noun(noun)
    if noun in RELATION_LABEL_NOUNS or (close_ones and noun in CLOSE_ONES_LABEL_NOUNS):
        return True
    return len(noun) >= MISREAD_LABEL_LETTERS and noun not in NEAR_RELATION_NOUNS \
        and any(Levenshtein.distance(noun, known) == 1 for known in RELATION_LABEL_NOUNS
                if len(known) >= MISREAD_LABEL_LETTERS)


def behind_a_wrapped_person_noun(reading: PageReading, start: int) -> bool:
    """`… accompagné de son` / `parrain, Pierre PELLETIER (né le …)`: the line broke between the possessive and the
    person noun opening the next line, within three words before the name. The name is that person's as much as the
    subject's: it designates no one, but stays a candidate (ident11's r11_i3 left this form filed on main)."""
    tokens = reading.tokens
    return any(tokens[i].line == tokens[start].line and a_wrapped_person_noun(reading, i)
               for i in range(max(0, start - 3), start))


def a_wrapped_person_noun(reading: PageReading, i: int) -> bool:
    """A person noun opening its line after a possessive ending the line above (`son` / `parrain`)."""
    tokens = reading.tokens
    return 0 < i and tokens[i].key in PERSON_NOUNS and tokens[i - 1].line == tokens[i].line - 1 \
        and tokens[i - 1].key in POSSESSIVES - {"VOTRE", "LEUR"}


def below_a_person_noun_line(reading: PageReading, start: int) -> bool:
    tokens = reading.tokens
    line = tokens[start].line
    above = [i for i in range(max(0, start - 4), start) if tokens[i].line == line - 1][-3:]
    return any(person_noun_introducing_below(reading, i) for i in above)


def person_noun_introducing_below(reading: PageReading, i: int) -> bool:
    """`Enfant vue avec son parrain :`, `Coordonnées de son aidant`, `Identité de son représentant légal`: a person
    noun after a possessive that ends its line, no full stop closing the clause — the identity below is that person's
    (review10b's c_pn4: the godfather filed on main), as below `Vu avec son frère :`."""
    if not person_noun_after_a_possessive(reading, i):
        return False
    tokens = reading.tokens
    last = i
    while last + 1 < len(tokens) and tokens[last + 1].line == tokens[i].line \
            and tokens[last + 1].key in LEGAL_QUALIFIERS:
        last += 1
    return introduces_next_line(reading, last)


# Glyphs OCR reads one for another (`frcre`, `flls`, `ép0ux`, `tils`, `fifs`, `sœnr`), and pairs it reads as one
# (`rnère`, `époiix`). A relation word so misread, right after a possessive, is still that word: `son frcre LAMBERT
# Claude, né le …` is the brother (review8's M-8: filed under the relative on main, any clean date).
OCR_CONFUSABLE_GLYPHS = ("CEO0", "LI1", "FLT", "NU", "BP")
OCR_GLYPH_PAIRS = (("RN", "M"), ("II", "U"))


def relation_key(reading: PageReading, i: int) -> str:
    """The token's key, or the relation word it is when OCR misread one glyph of it after a possessive."""
    tokens = reading.tokens
    key = tokens[i].key
    if key in RELATION_KEYS or i == 0 or tokens[i - 1].line != tokens[i].line or not possessive(tokens[i - 1].key):
        return key
    return misread_relation_word(key) or key


# French words that one confusable glyph would turn into a relation word (`sa peau` → `sa beau-`, `sa pelle` → `sa
# belle-`, `son lemme` → `son femme`): they are what they say. review39 read the 346 000 words of a French dictionary
# through the b/p and l/t groups, session 28 through f/l: these three are the only ones.
WORDS_NOT_MISREAD = {"PEAU", "PELLE", "LEMME"}


def misread_relation_word(key: str) -> str:
    """The relation word one OCR misread away from `key` (one confusable glyph, or a pair read for one), or ""."""
    if key in WORDS_NOT_MISREAD:
        return ""
    readings = {key} | {key.replace(pair, one) for pair, one in OCR_GLYPH_PAIRS}
    found = sorted({word for read in readings for word in RELATION_KEYS
                    if len(word) >= 4 and (read == word or one_confusable_glyph_apart(read, word))})
    return found[0] if len(found) == 1 else ""


def one_confusable_glyph_apart(read: str, word: str) -> bool:
    if len(read) != len(word):
        return False
    differences = [(a, b) for a, b in zip(read, word) if a != b]
    return len(differences) == 1 and any(set(differences[0]) <= set(group) for group in OCR_CONFUSABLE_GLYPHS)


def loose_relative(reading: PageReading, i: int, in_line_above: bool) -> bool:
    return in_a_child_caption(reading, i) or (in_line_above and not introduces_next_line(reading, i))


def in_a_child_caption(reading: PageReading, i: int) -> bool:
    token = reading.tokens[i]
    line_start = reading.text.rfind("\n", 0, token.start) + 1
    caption = CHILD_CAPTION_RE.match(fold(reading.text[line_start:token.start + 40]))
    return caption is not None and token.start < line_start + caption.end()


CLAUSE_GOES_ON_RE = re.compile(r"[\s:,\-–—(]*(?:(?:M|MR|MME|MLLE|MONSIEUR|MADAME|MADEMOISELLE)\.?[\s:,]*)?$")


def introduces_next_line(reading: PageReading, i: int) -> bool:
    """The relative word ends its line, a civility at most after it, and no full stop closes the clause."""
    token = reading.tokens[i]
    line_end = reading.text.find("\n", token.start)
    rest = fold(reading.text[token.start + len(token.key):len(reading.text) if line_end < 0 else line_end])
    return CLAUSE_GOES_ON_RE.match(rest) is not None


DOCTOR_TITLES = {"DR", "DOCTEUR", "PR", "PROFESSEUR"}
ARTICLES = {"LE", "LA", "L", "SON", "SA", "VOTRE", "NOTRE", "DU", "AU", "UN", "UNE", "CE", "CETTE"}


def introduces_below(reading: PageReading, i: int) -> bool:
    """A title on the line above that introduces the name below: `Dr` (`Dr` / `Jean MARTIN`), or a role ending
    a sentence (`vu ce jour par le cardiologue` / `M. DUPONT Jean`). A letterhead's speciality line
    (`Dr Luc BERNARD` / `Cardiologue` / `M. YILMAZ Mehmet`) introduces no one: the patient's line below it
    stays the patient's (review's p10.py on main: the subject hidden, an acquaintance filed)."""
    tokens = reading.tokens
    token = tokens[i]
    if not is_title(reading, token):
        return False
    if glued_initial(reading, token):  # `DrM. GUYOT` reaches as far below as `Dr M. GUYOT` does
        return i + 1 == len(tokens) or tokens[i + 1].line != token.line
    if token.key in DOCTOR_TITLES or token.key not in TITLE_WORDS:
        return True  # `Dr`, `Pr`, or a speck glued to one (`oDr`)
    last_of_line = i + 1 == len(tokens) or tokens[i + 1].line != token.line
    return last_of_line and i > 0 and tokens[i - 1].line == token.line and tokens[i - 1].key in ARTICLES


def possessive(key: str) -> bool:
    """`son`, `sa`… and `son` with its last letter misread (`soh épouse` on a fax): no other word of three letters
    opening with `so` stands before `épouse` or `mari`."""
    return key in POSSESSIVES or (len(key) == 3 and key.startswith("SO") and key.isalpha())


def find_occurrences(reading: PageReading, index: RegistryIndex, behind_a_particle: bool = False,
                     third_parties: bool = False) -> list[Occurrence]:
    """Registry patients named (surname and first given name together), third parties left out unless asked."""
    occurrences = []
    tokens = reading.tokens
    for start, end, patient, kind in surname_spans(reading, index, behind_a_particle):
        first_key = name_key(patient.first_given_name)
        if not first_key:
            continue
        before = spans_matching(tokens, first_key, start - FIRST_NAME_WINDOW, start)
        after = sorted(spans_matching(tokens, first_key, end, end + FIRST_NAME_WINDOW)
                       + compound_first_name_across_a_line_break(reading, index, first_key, end, end + FIRST_NAME_WINDOW))
        candidates = before[-1:] + after[:1]
        places = {first_start for first_start, first_end in candidates
                  if a_saints_first_name(reading, first_start, end)
                  or any(in_a_place_name(reading, i, {*range(start, end), *range(first_start, first_end)})
                         for i in (start, first_start))}
        for first_start, first_end in sorted(candidates, key=lambda span: span[0] in places):
            if first_start != end and follows_another_given_name(tokens, first_start, index):
                continue
            if first_name_continues(reading, first_end, patient):
                continue
            gap = range(end, first_start) if first_start >= end else range(first_end, start)
            if not all(is_name_filler(tokens[i].key, patient) for i in gap):
                continue
            person_start, person_end = min(start, first_start), max(end, first_end)
            if not third_parties and spoken_of_as_third_party(reading, person_start):
                continue
            own_tokens = tuple(range(start, end)) + tuple(range(first_start, first_end))
            occurrences.append(Occurrence(patient, reading.page_number, kind, person_start, person_end, own_tokens,
                                          first_start in places,
                                          wrapped_beside_a_homonym(reading, index, patient, start, end,
                                                                   (first_start, first_end))))
            break
    return occurrences


def wrapped_beside_a_homonym(reading: PageReading, index: RegistryIndex, patient: Patient, start: int, end: int,
                             first: tuple[int, int]) -> bool:
    """The first name at token span `first` crosses a line break, and another patient of the surname at [start, end),
    born the same day, has the first line's part for first given name (`CHAUVEAU Jean` / `Baptiste` and Jean
    CHAUVEAU)."""
    tokens = reading.tokens
    first_line = tokens[first[0]].line
    if tokens[first[1] - 1].line == first_line:
        return False
    part = "".join(t.key for t in tokens[first[0]:first[1]] if t.line == first_line)
    surname = "".join(t.key for t in tokens[start:end])
    return any(other.ipp != patient.ipp and other.birth_date == patient.birth_date
               and name_key(other.first_given_name) == part for other, _kind in index.by_name_key.get(surname, []))


def field_matches(reading: PageReading, index: RegistryIndex, people: list[tuple[int, int, frozenset[str]]] = (),
                  headed: frozenset[int] = frozenset(),
                  blocks: frozenset = frozenset(),
                  places: NameFieldPlaces | None = None,
                  relatives_blocks: list[tuple[int, int]] | None = None) -> list[tuple[Patient, DateMention, bool]]:
    """Identity printed as labelled fields (`Nom de naissance`, `Prénom(s)`, `Date de naissance`),
    wherever they stand on the page: a patient whose name, first given name and birth date all agree, and whether
    that name field stands under a relatives' heading (`headed`: those fields' offsets, `headed_name_fields`), or in
    a third party's block or with a first name read only in one (`blocks`: identity.headed_blocks) — such a match
    designates no one, but still blocks. On a page of several people's blocks, the first name and the birth date must
    also be the name field's own block's (`places`: identity.NameFieldPlaces), or the match designates no one. A date
    in a relative's block below a filled form (`relatives_blocks`: `relatives_bare_blocks`) is no name field's outside
    it."""
    if places is None:
        places = name_field_places(reading.text, reading.fields)
    if relatives_blocks is None:
        relatives_blocks = relatives_bare_blocks(reading)
    name_fields = [f for f in reading.fields if f.kind in NAME_FIELD_KINDS and f.value
                   and not opens_with_a_relation(f.value)]
    first_fields = [(g, name_key_tokens(g.value)) for g in reading.fields_of("first_names") if g.value]
    matches = []
    for f in name_fields:
        value = before_a_relative(f.value)
        tokens = name_key_tokens(value)
        for patient in patients_named_in(tokens, index):
            agreeing = [g for g, t in first_fields if first_name_agrees(t, patient)]
            own_first = f not in blocks and (whole_word_first_name(value, patient) or any(
                g not in blocks and in_its_block(reading, places, f, label_offset(g), headed=True) for g in agreeing))
            has_first = own_first or bool(agreeing)
            name_end = token_index_at(reading.tokens, f.end)
            birth = [m for m in reading.birth_dates if m.value == patient.birth_date and not m.glued
                     and not m.misread_label  # a misread `DDN` designates only right after a name (date_near)
                     and not in_a_third_party_field(m, reading)
                     and not after_a_relation_word(m, reading, name_end, patient.sex)
                     and not claimed_by_someone_else(m, patient, reading, people)]
            # a date in a relative's field beside a column's field designates no one, but blocks (`date_near`); so
            # does a date in a close one's block for a name field outside it (review44: `PATIENT` / `Nom : DURAND` /
            # `Prénom : Paul`, no date, then `PERSONNE À PRÉVENIR` / `Nom : DURAND` / `Prénom : Paul` / `Date de
            # naissance : …` filed the namesake the block names) — not the insured's: an empty `Assuré :` heads the
            # patient's own fields as often as not
            designating = [m for m in birth if not in_a_relation_labels_field(m, reading)
                           and not in_another_close_ones_block(m, f.start, reading)
                           and not after_another_surname_alone(m, patient, reading)
                           and (f in blocks or not (close_ones_block_at(reading, mention_start(m, reading))
                                                    or under_a_relatives_noun(reading, mention_start(m, reading))))
                           and not outside_its_relatives_block(f.start, mention_start(m, reading), relatives_blocks)]
            own_birth = any(not below_a_relation_line(m, reading, name_end, patient.sex)
                            and date_in_its_block(reading, places, f, m, agreeing) for m in designating)
            if has_first and birth:
                # a name field in a third party's block (`Père :` / `Nom : DUPONT` / `Prénom : Paul`), or one whose
                # first name is read only in such a block, designates no one (identity.headed_blocks)
                matches.append((patient, (designating or birth)[0], f.start in headed or in_a_relation_field(
                    reading, f.start) or not own_birth or not own_first))
            elif not has_first and places.several_groups and len(tokens) == 1:
                # a block of its own with a surname and a birth date but no first name (`Nom : DUPONT` / `Date de
                # naissance : …` above `Nom : DUPONT` / `Prénom : Paul` / `Né le : …`): any twin it fits is a candidate
                own_dates = [m for m in reading.birth_dates if m.value == patient.birth_date
                             and in_its_block(reading, places, f, date_place(reading, m))]
                if own_dates and not any(in_its_block(reading, places, f, label_offset(g), headed=True)
                                         for g, _ in first_fields):
                    matches.append((patient, own_dates[0], True))
    return matches


NAME_FIELD_KINDS = ("birth_name", "used_name", "name")


def label_offset(field) -> int:
    """Where a field stands: its label's offset when read from the page, else its value's."""
    return field.label_start if field.label_start >= 0 else field.start


def in_its_block(reading: PageReading, places: NameFieldPlaces, name_field, offset: int, headed: bool = False) -> bool:
    """The field at `offset` (a first name's, with `headed`; a birth date's) belongs with `name_field`: the page prints
    one person's name field, or that field's block holds it (identity.NameFieldPlaces)."""
    return not places.to_check or places.owns(name_field, *line_and_column(reading.text, offset), headed=headed)


def date_in_its_block(reading: PageReading, places: NameFieldPlaces, name_field, mention: DateMention,
                      agreeing: list) -> bool:
    """The birth date belongs with `name_field` (`in_its_block`), or stands in a block whose own first name agrees
    with the patient (`Nom : Nguyem` / `Prénom : Anne` / `Date de naissance : …` / `Patiente : NGUYEN Anne`: one
    person's two blocks)."""
    line, column = line_and_column(reading.text, date_place(reading, mention))
    if not places.to_check or places.owns(name_field, line, column):
        return True
    owner = places.owner(line, column)
    return owner is not None and any(
        places.owns(owner, *line_and_column(reading.text, label_offset(g)),
                    headed=True) for g in agreeing)


def date_place(reading: PageReading, mention: DateMention) -> int:
    """Where a birth date stands: its label's offset when a birth label's field holds it, else its own."""
    offset = reading.tokens[mention.token_index].start
    label = min((f.label_start for f in reading.fields if f.kind == "other" and f.label in BIRTH_FIELD_LABELS
                 and 0 <= f.label_start <= offset and f.start <= offset < max(f.end, f.start + 1)), default=None)
    return offset if label is None else label


BIRTH_FIELD_LABELS = {"DATE DE NAISSANCE", "NE(E) LE", "NE LE", "NEE LE", "DDN"}


def after_another_surname_alone(mention: DateMention, patient: Patient, reading: PageReading) -> bool:
    """The date's line opens with a surname in capitals that is none of the patient's names, alone or after a civility,
    then the birth label (`DURAND, née le 01/02/1950`, `M. DURAND, né le …`): that person's date, whose first name the
    page does not print — a `Nom :` / `Prénom :` pair elsewhere cannot take it as its own; it designates no one, but
    stays a candidate (review23's base residual: `Nom : LY` / `DURAND, née le <her date>` / `Prénom : Marie` filed LY
    Marie, DURAND Marie born that day registered or not)."""
    tokens = reading.tokens
    first = mention.token_index
    while first > 0 and tokens[first - 1].line == mention.line:
        first -= 1
    own = own_name_words(patient)
    words = tokens[first:mention.token_index]
    while words and words[0].key in CIVILITY_SEX:
        words = words[1:]
    surname = 0
    while surname < len(words) and words[surname].capitalised and words[surname].key.isalpha() \
            and words[surname].key not in NOT_A_SURNAME_ALONE:
        surname += 1
    label = words[surname:]
    return surname == 1 and words[0].key not in own and bool(label) and all(t.key in BIRTH_LABEL_WORDS for t in label) \
        and any(t.key in ("NE", "NEE") for t in label)


def first_name_beside_another_surname(reading: PageReading, occurrence: Occurrence) -> bool:
    """The occurrence pairs a surname with a first name on another line, and that first name has another surname in
    capitals right beside it on its own line (`Nom : LY` / `Marie DURAND, DDN : 01/02/1950`): the first name is Marie
    DURAND's, and so is the date — the occurrence designates no one, but LY Marie stays a candidate against any other
    (review23's q23z: filed LY Marie born that day, DURAND Marie registered or not). The patient's own names beside
    it (`Marie LY`, a used name) leave it alone, as does a word across a column's gap."""
    tokens = reading.tokens
    surname_key = name_key(occurrence.patient.used_name if occurrence.name_kind == "used_name"
                           else occurrence.patient.birth_name)
    lines: dict[int, list[int]] = {}
    for i in occurrence.name_tokens:
        lines.setdefault(tokens[i].line, []).append(i)
    if len(lines) < 2 or first_name_beside_the_surname(reading, occurrence, lines, surname_key):
        return False
    for indexes in lines.values():
        if "".join(tokens[i].key for i in indexes) == surname_key:
            continue
        first, last = min(indexes), max(indexes)
        if another_surname_beside(reading, first, first - 1, occurrence.patient) \
                or another_surname_beside(reading, last, last + 1, occurrence.patient):
            return True
    return False


def first_name_beside_the_surname(reading: PageReading, occurrence: Occurrence, lines: dict[int, list[int]],
                                  surname_key: str) -> bool:
    """Her first name also stands right beside the occurrence's surname on its line (`NGUYEN Marie` / `LY Marie` /
    `Date de naissance : …`: the occurrence took the Marie of the line above): she is named on one line."""
    tokens = reading.tokens
    first_key = name_key(occurrence.patient.first_given_name)
    for line, indexes in lines.items():
        if "".join(tokens[i].key for i in indexes) != surname_key:
            continue
        low, high = min(indexes), max(indexes)
        after = spans_matching(tokens, first_key, high + 1, high + 1 + MAX_NAME_TOKENS)
        before = spans_matching(tokens, first_key, low - MAX_NAME_TOKENS, low)
        return any(start == high + 1 and tokens[start].line == line for start, _ in after) \
            or any(end == low and tokens[end - 1].line == line for _, end in before)
    return False


def another_surname_beside(reading: PageReading, name: int, other: int, patient: Patient) -> bool:
    """The token at `other` stands right beside the token at `name` on its line, no column's gap between, and is a
    word in capitals naming none of the patient's names, no label, relation or sex word, nor a near miss of her
    surname (`DURANDD Marie` / `Née LEFEBVRE` for Marie LEFEBVRE, used name DURAND: surname_contradictions')."""
    tokens = reading.tokens
    if other < 0 or other >= len(tokens) or tokens[other].line != tokens[name].line:
        return False
    low, high = sorted((name, other))
    if COLUMN_GAP_RE.search(reading.text, tokens[low].start, tokens[high].start):
        return False
    word = tokens[other]
    return word.capitalised and word.key.isalpha() and word.key not in own_name_words(patient) \
        and word.key not in NOT_A_SURNAME_ALONE \
        and not any(fuzz.ratio(word.key, surname) >= NEAR_NAME_SCORE
                    for surname in surname_keys(patient) + surname_parts(patient))


def before_a_relative(value: str) -> str:
    """A name field's own part, up to a relative it goes on to introduce: `Patient : LEROY, née le 12/03/1957, vue avec
    son frère LEROY Paul` names the brother after `son frère` — his first name made the field his (review10b). Nor a
    relation's field opening the value or beyond a column's gap (`Patient :      Nom de l'épouse : LY Anne`, `Nom :
    NGUYEN      Nom de l'épouse : LY Anne`: identity's one value for the line — match22, the wife's first name made
    the field hers)."""
    for start, end in [(0, 0)] + [gap.span() for gap in COLUMN_GAP_RE.finditer(value)]:
        if relation_label(fold(value[end:])) is not None:
            value = value[:start]
            break
    words = list(re.finditer(r"[^\W_]+", value))
    for word, following in zip(words, words[1:]):
        if possessive(word.group()) and following.group() in RELATION_NOUNS:
            return value[:word.start()]
    return value


def headed_name_fields(reading: PageReading, people: list[tuple[int, int, frozenset[str]]]) -> frozenset[int]:
    """The offsets of the page's name fields that stand under a relatives' heading, and of the name fields of the same
    block below them: `Identité de la mère` / `Nom de naissance : PETIT` / `Nom d'usage : MOREAU` / `Prénom : Camille`
    — the used name, a line lower, is the mother's too (session 60 review: her used name filed her)."""
    headed = {f.start for f in reading.fields
              if f.kind in NAME_FIELD_KINDS and (under_a_relatives_heading(reading, f, people)
                                                 or below_a_filled_forms_relatives_heading(reading, f))}
    return frozenset(headed | same_block_name_fields(reading, headed))


def same_block_name_fields(reading: PageReading, headed: set[int]) -> set[int]:
    """The name fields on the lines right below a headed one, each line a field of another kind than those above it
    (a kind met again opens the next person's block), no blank line, no line without a field between."""
    fields_by_line = fields_by_label_line(reading.text, reading.fields)
    found = set()
    for line, fields in fields_by_line.items():
        if not any(f.start in headed for f in fields):
            continue
        kinds = {f.kind for f in fields}
        below = line + 1
        while below in fields_by_line and not kinds & {f.kind for f in fields_by_line[below]}:
            kinds |= {f.kind for f in fields_by_line[below]}
            found |= {f.start for f in fields_by_line[below] if f.kind in NAME_FIELD_KINDS}
            below += 1
    return found


def under_a_relatives_heading(reading: PageReading, f, people: list[tuple[int, int, frozenset[str]]]) -> bool:
    """A name field right below a line that speaks of a relative and names no one (`Identité de la mère.`, `Personne à
    prévenir (mari)`, `Parents`, `INS frère : …`, `Accompagnée par la mère ce jour.`): the block below may be the
    relative's as well as the subject's — it designates no one (review8's sf probes: the relative filed on main). A
    heading that names someone (`Mère : MOREAU Sophie`) is a field of its own, and a relative it names (`Son frère Luc
    est suivi…`) is not the block below: both leave the field alone; so does the insured's line above a beneficiary
    (`Assuré : 1 80 10 …` / `Bénéficiaire : …`, its number misread or not)."""
    tokens = reading.tokens
    first = token_index_at(tokens, f.start)
    if first >= len(tokens):
        return False
    label_line = tokens[first].line
    line_start = reading.text.rfind("\n", 0, f.start) + 1
    if reading.text[line_start:f.start].count("\n") or token_index_at(tokens, line_start) >= len(tokens):
        return False
    own_line = tokens[token_index_at(tokens, line_start)].line
    heading_line = own_line - 1
    if beneficiary_below_the_insureds_number(reading, first):
        heading_line = own_line - 2  # a care sheet's insured line names no one: the line above it heads the block
    above = [i for i in range(len(tokens)) if tokens[i].line == heading_line] if own_line == label_line else []
    if not above or any(end - start > 1 and start <= above[-1] and above[0] < end for start, end, _ in people) \
            or a_beneficiarys_heading(reading, tokens[above[0]].start):
        return False
    heading_at = tokens[above[0]].start
    if SUBJECT_LABEL_RE.match(f.label) is None and a_close_ones_caption_alone(
            line_before(reading.folded, heading_at) + rest_of_line(reading.folded, heading_at)):
        return True  # `Famille :` / `Nom : BERTRAND` / `Prénom : Marc` / …, not `Patiente : …` below an empty one
    return any(((relative_word(reading, i) and (not person_noun_after_a_possessive(reading, i)
                                                 or person_noun_introducing_below(reading, i)))
                or family_word(reading, i) or tokens[i].key in ("EPOUSE", "FEMME") or legal_representative(reading, i))
               and not a_lone_kinship_modifier(reading, i) and not part_of_a_persons_name(reading, i)
               and not named_after(reading, i)
               and not (f.label in CARE_SHEET_SUBJECTS and tokens[i].key in INSURED_WORDS) for i in above)


def a_beneficiarys_heading(reading: PageReading, offset: int) -> bool:
    """The line at `offset` is a beneficiary's heading (`BÉNÉFICIAIRE DES SOINS (si différent de l'assuré)`): the
    insured its words speak of is not the block below."""
    text = reading.text
    end = text.find("\n", offset)
    return BENEFICIARY_HEADING_RE.fullmatch(fold(text[text.rfind("\n", 0, offset) + 1:end if end >= 0 else None])) \
        is not None


def legal_representative(reading: PageReading, i: int) -> bool:
    """A line that opens on the legal representative's identity (`Identité du représentant légal`, `Coordonnées de la
    représentante légale`): the block below is that person's — a child's or a protected adult's representative — as
    well as the subject's (review39: main filed the representative). Not a field (`Représentant légal : aucun` between
    the subject's own lines) nor a column's caption beside the patient's (`Patient      Représentant légal`)."""
    tokens = reading.tokens
    if tokens[i].key not in ("REPRESENTANT", "REPRESENTANTE") or i + 1 >= len(tokens) \
            or tokens[i + 1].line != tokens[i].line or tokens[i + 1].key not in LEGAL_QUALIFIERS:
        return False
    opening = first_of_its_line(tokens, i)
    return tokens[opening].key in ("IDENTITE", "COORDONNEES") \
        and all(token.key in ("DU", "DE", "LA", "L", "D") for token in tokens[opening + 1:i])


def first_of_its_line(tokens: list[Token], i: int) -> int:
    """The index of the first token on token `i`'s line."""
    while i > 0 and tokens[i - 1].line == tokens[i].line:
        i -= 1
    return i


# `petit`, `grand`, `beau`, `belle`, `demi` make a relation only with the noun after them (`petit-fils`, `belle-mère`);
# alone, on a letterhead's line, they are more often a surname (`Dr PETIT`, `LEFEBVRE-PETIT`, `LE GRAND`).
KINSHIP_MODIFIERS = {"PETIT", "PETITE", "GRAND", "GRANDE", "BEAU", "BELLE", "DEMI"}
# What opens a hyphenated kinship noun (`GRAND-MÈRE`, `GRANDS-PARENTS`, `ARRIÈRE-GRAND-PÈRE`): never a name's first part.
KINSHIP_PREFIXES = KINSHIP_MODIFIERS | {"PETITS", "PETITES", "GRANDS", "GRANDES", "BEAUX", "BELLES", "ARRIERE"}
PERSON_TITLES = {"DR", "DOCTEUR", "PR", "PROFESSEUR"}


def a_lone_kinship_modifier(reading: PageReading, i: int) -> bool:
    """`PETIT` alone, not `petite-f1lle` (the noun OCR garbled still follows its hyphen)."""
    token = reading.tokens[i]
    return token.key in KINSHIP_MODIFIERS and reading.text[token.start + len(token.key):][:1] != "-"


def part_of_a_persons_name(reading: PageReading, i: int) -> bool:
    """`Dr Luc FRERE`, `DUPONT-FRERE`: a word in capitals that is the second part of a hyphenated name (not of a kinship
    noun: `GRAND-MÈRE`), or stands at most two words after a doctor's title on its line, is no relation word. Other
    titles do not count: `Signé : la mère`, `Infirmière : la fille du patient` are relatives (review10)."""
    tokens = reading.tokens
    token = tokens[i]
    if not token.capitalised:
        return False
    if i > 0 and tokens[i - 1].line == token.line and tokens[i - 1].capitalised \
            and not a_kinship_prefix(tokens[i - 1].key) and reading.text[token.start - 1:token.start] == "-":
        return True
    return any(tokens[j].key in PERSON_TITLES for j in range(max(0, i - 2), i) if tokens[j].line == token.line)


def a_kinship_prefix(key: str) -> bool:
    """`GRAND`, `DEMI`, or one OCR misread away (`GKAND-PÈRE`, `0EMI-FRÈRE`): a name's first part this close to a
    kinship prefix before a kinship noun is that prefix (review10's r10_k1/k2: the noun exempted, the block filed)."""
    return key in KINSHIP_PREFIXES or (len(key) >= 4 and any(Levenshtein.distance(key, prefix) <= 1
                                                             for prefix in KINSHIP_PREFIXES if len(prefix) >= 4))


def across_peoples_blocks(reading: PageReading, occurrence: Occurrence, mention: DateMention,
                          places: NameFieldPlaces) -> bool:
    """On a page of several people's blocks (identity.NameFieldPlaces), the occurrence's surname stands in one block's
    name field and its first name or birth date in another block (`Contact` / `Nom : DUPONT` / `Prénom : Paul` beside
    `Patient` / `Nom : DUPONT` / `Né le …`): either person may be meant — it designates no one, but stays a candidate."""
    if not places.to_check:
        return False
    offsets = [reading.tokens[i].start for i in occurrence.name_tokens]
    covering = [f for f in reading.fields if f.kind in (*NAME_FIELD_KINDS, "first_names")
                and any(f.start <= offset < f.end for offset in offsets)]
    names = [f for f in covering if f.kind in NAME_FIELD_KINDS]
    firsts = [label_offset(g) for g in covering if g.kind == "first_names"]
    agreeing = [g for g in reading.fields_of("first_names")
                if g.value and first_name_agrees(name_key_tokens(g.value), occurrence.patient)]
    return bool(names) and not any(all(in_its_block(reading, places, f, offset, headed=True) for offset in firsts)
                                   and date_in_its_block(reading, places, f, mention, agreeing) for f in names)


def in_a_third_partys_block(reading: PageReading, occurrence: Occurrence, blocks: frozenset) -> bool:
    """A token of the name (surname or first name) stands in a field of the block below a third party's heading
    (identity.headed_blocks: `Ouvrant droit` / `Nom : DUPONT` / `Prénom : Paul`): the name may be that person's — it
    designates no one, but stays a candidate (review31: the relative's name filed the patient's twin on main)."""
    offsets = [reading.tokens[i].start for i in occurrence.name_tokens]
    return any(f.start <= offset < f.end for f in blocks for offset in offsets)


def below_a_relatives_bare_heading(reading: PageReading, occurrence: Occurrence) -> bool:
    """The name opens a line right below a relative's, a guardian's or a close one's label alone on its line, or a line
    of the paragraph below it, blank lines between (`Représentant légal` / `` / `ANDRE : Catherine` / `03/05/1980`;
    `PERSONNE À PRÉVENIR` / `` / `Nom` / `Prénoms` / `ROUSSEL : Louis`): it may be that person's — it designates no
    one, but stays a candidate (review92 filed the guardian). The insured's only below the beneficiary's heading
    (`PERSONNE RECEVANT LES SOINS` … `ASSURÉ(E) (à remplir si …)`): elsewhere the insured is often the patient."""
    return bool(relatives_bare_headings_above(reading, reading.tokens[occurrence.start].start))


def below_a_filled_forms_relatives_heading(reading: PageReading, f) -> bool:
    """A name field opening a line of the paragraph below a relative's, a guardian's or a close one's bare heading
    (`below_a_relatives_bare_heading`), on a form whose own name field above that heading is filled in (`Nom :
    LECLERCQ` / `Prénom : Éric` / `` / `Père` / `` / `Nom : LECLERCQ` / `Prénom : Éric` / `Date de naissance : …`):
    the block is that person's — it designates no one, but stays a candidate, and its date is not excused (review94
    filed a junior's page, his own date lost, under his namesake father). Heading a form, such a heading may have been
    left empty above the patient's own block (review94's losses when the block was made a third party's)."""
    return bool(filled_forms_relatives_headings(reading, f))


def filled_forms_relatives_headings(reading: PageReading, f) -> list[int]:
    """Where the headings start that make `f` a relative's field (`below_a_filled_forms_relatives_heading`)."""
    return [heading for heading in relatives_bare_headings_above(reading, label_offset(f))
            if any(g.kind in NAME_FIELD_KINDS and g.value and label_offset(g) < heading for g in reading.fields)]


PARAGRAPH_END_RE = re.compile(r"\n[ \t]*\n")


def relatives_bare_blocks(reading: PageReading) -> list[tuple[int, int]]:
    """Each relative's block below a bare heading on a filled form (`below_a_filled_forms_relatives_heading`): from
    its heading to the end of its name field's paragraph. Its date is not the own date of a name field outside it."""
    blocks = []
    for f in (g for g in reading.fields if g.kind in NAME_FIELD_KINDS):
        for heading in filled_forms_relatives_headings(reading, f):
            end = PARAGRAPH_END_RE.search(reading.text, f.start)
            blocks.append((heading, end.start() if end else len(reading.text)))
    return blocks


def outside_its_relatives_block(name: int, offset: int, blocks: list[tuple[int, int]]) -> bool:
    """The date at `offset` stands in a relative's block (`relatives_bare_blocks`) that the name at `name` is not in."""
    return any(start <= offset < end and not start <= name < end for start, end in blocks)


def relatives_bare_headings_above(reading: PageReading, offset: int) -> list[int]:
    """Where the relative's bare heading above starts, when the text at `offset` opens its line right below it, or a
    line of the paragraph below it, blank lines between (`below_a_relatives_bare_heading`)."""
    text = reading.text
    line_start = text.rfind("\n", 0, offset) + 1
    if text[line_start:offset].strip(LINE_DUST):
        return []
    paragraph = line_start
    while paragraph > 0 and text[text.rfind("\n", 0, paragraph - 1) + 1:paragraph - 1].strip():
        paragraph = text.rfind("\n", 0, paragraph - 1) + 1
    folded = reading.folded
    headings = (relatives_bare_heading_above(reading, folded, start) for start in {line_start, paragraph})
    return [heading for heading in headings if heading is not None]


def relatives_bare_heading_above(reading: PageReading, folded: str, line_start: int) -> int | None:
    """Where the first line above the line at `line_start`, blank lines skipped, starts when it is a relative's bare
    heading (`below_a_relatives_bare_heading`)."""
    text = reading.text
    above = line_above(folded, line_start, dust=RULE_LINE_DUST + LINE_DUST)  # a fax's `‘` alone on a line too
    if above is None:
        return None
    start, end = above
    if ":" in folded[start:end] and folded[end:line_start].count("\n") > 1:
        return None  # an empty field, a blank line, then someone: the patient's form may end there (`line_above`)
    if start > 0 and folded[folded.rfind("\n", 0, start - 1) + 1:start].strip() \
            and not text[start:end].isupper():
        return None  # `… diabète de type 2 chez le` / `Père`: a sentence's last word, no heading
    if INSURED_HEADING_RE.fullmatch(folded[start:end]) or INSURED_LINE_LABEL_RE.fullmatch(folded[start:end].strip()):
        return start if a_filled_beneficiarys_block_above(folded, start) else None
    heading = [f for f in reading.fields if f.label_start >= 0 and start <= f.label_start < end]
    if not heading:
        # OCR's dust after the heading may keep it from being read as a label (`Père‘`, `REPRÉSENTANT LÉGAL .`)
        label = re.sub(r"\s+", " ", folded[start:end].strip(RULE_LINE_DUST + LINE_DUST))
        return start if kin_or_insured_label(label) and not insured_label(label) else None
    bare = len(heading) == 1 and heading[0].kind == "third_party" and not heading[0].value.strip(LINE_DUST) \
        and kin_or_insured_label(heading[0].label) and not insured_label(re.sub(r"\s+", " ", heading[0].label)) \
        and not text[heading[0].end:end].strip(LINE_DUST + ":")
    return start if bare else None


def a_filled_beneficiarys_block_above(folded: str, offset: int) -> bool:
    """A beneficiary's heading above `offset` (`PERSONNE RECEVANT LES SOINS`), a date printed between them: the
    beneficiary's block names someone, the insured's block below is another person's. Left blank, the insured filled
    in alone is the patient."""
    lines = folded[:offset].split("\n")
    heading = max((i for i, line in enumerate(lines) if BENEFICIARY_HEADING_RE.fullmatch(line)), default=None)
    return heading is not None and NUMERIC_DATE_RE.search("\n".join(lines[heading + 1:])) is not None


def in_a_headed_field(reading: PageReading, start: int, headed: frozenset[int]) -> bool:
    """The token at `start` stands in a name field under a relatives' heading (`headed_name_fields`)."""
    offset = reading.tokens[start].start
    return any(f.kind in NAME_FIELD_KINDS and f.start in headed and f.start <= offset < f.end for f in reading.fields)


def opens_with_a_relation(value: str) -> bool:
    """`Patiente : épouse de DUPONT Jean`: the field names the patient's relative, not the patient."""
    words = name_key_tokens(value)
    return len(words) > 1 and (words[0] in RELATION_BEFORE_DE or words[0] in FAMILY_WORDS) \
        and words[1] in ("DE", "D", "DU")


FIELD_DATE_OWNER_WORDS = 2


def claimed_by_someone_else(mention: DateMention, patient: Patient, reading: PageReading,
                            people: list[tuple[int, int, frozenset[str]]]) -> bool:
    """A birth date printed right after another person's name (`Accompagnée de Mme MARTIN Sophie, née le …`,
    `sa sœur jumelle DUPONT Jeanne, née le …`) is that person's: a `Nom :` field elsewhere on the page cannot
    take it as the patient's (review6's p34.py)."""
    own = own_name_words(patient)
    date_start, _ = date_token_span(mention)
    return any(not the_patients_own_mention(reading, start, words, own) and end <= date_start
               and not of_the_other_sex(words, mention)
               and distance_to_date(reading, start, end, mention) <= FIELD_DATE_OWNER_WORDS
               for start, end, words in people)


def the_patients_own_mention(reading: PageReading, start: int, words: frozenset[str], own: set[str]) -> bool:
    """The patient's name, unless it is spoken of as a relative or a third party: a father and his son may bear the
    same name (`vient accompagné de son père, Hugo MOREL (né le 10/10/1980)`), and that date is the father's
    (review8's M-3b: filed under the father on main)."""
    return words <= own and not spoken_of_as_a_relative(reading, start)


CLOSE_ONES_LABELS = {"PERSONNE DE CONFIANCE", "PERSONNE A PREVENIR", "CONTACT", *EMERGENCY_CONTACT_LITERAL_LABELS}


def spoken_of_as_a_relative(reading: PageReading, start: int) -> bool:
    """A relation word before the name on its line (`son père, Hugo MOREL`, `Fils : MOREL Hugo`), or a relative's or an
    insured's field (`Père :`, `Ouvrant droit :`, `Personne de confiance :`). Titles are no relation: `Dr` hides a
    doctor, who bears no birth date."""
    tokens = reading.tokens
    before = [i for i in range(max(0, start - 4), start) if tokens[i].line == tokens[start].line]
    if any(relative_word(reading, i) or family_word(reading, i) for i in before):
        return True
    labels = {re.sub(r"\s+", " ", f.label) for f in reading.fields
              if f.kind == "third_party" and f.start <= tokens[start].start < max(f.end, f.start + 1)}
    return bool(labels & (INSURED_OR_RELATIVE_LABELS | CLOSE_ONES_LABELS)) \
        or any(insured_label(label) for label in labels)


FAMILY_WORD_SEX = {"FILS": "M", "FRERE": "M", "PERE": "M", "EPOUX": "M", "MARI": "M", "CONJOINT": "M", "COMPAGNON": "M",
                   "NEVEU": "M", "ONCLE": "M", "COUSIN": "M", "JUMEAU": "M", "FILLE": "F", "SOEUR": "F", "SŒUR": "F",
                   "MERE": "F", "EPOUSE": "F", "FEMME": "F", "CONJOINTE": "F", "COMPAGNE": "F", "NIECE": "F",
                   "TANTE": "F", "COUSINE": "F", "JUMELLE": "F"}


def of_the_other_sex(words: frozenset[str], mention: DateMention) -> bool:
    """A relative spoken of by a family word cannot own a date whose `né`/`née` says the other sex (`M. DUPONT Jean
    et son épouse, né le …`: the date is his)."""
    sex = FAMILY_WORD_SEX.get(next(iter(words))) if len(words) == 1 else None
    return sex is not None and mention.sex_hint is not None and sex != mention.sex_hint


def whole_word_first_name(value: str, patient: Patient) -> bool:
    """The first given name as whole words of a name field: `MARIE-CLAIRE` is not Marie. A surname equal
    to the first name (BERNARD Bernard) must stand there twice."""
    words = [name_key(w) for w in value.split() if name_key(w)]
    first = name_key(patient.first_given_name)
    surnames = {name_key(patient.birth_name), name_key(patient.used_name)}
    spans = [(i, j) for i in range(len(words)) for j in range(i + 1, min(i + 3, len(words)) + 1)
             if "".join(words[i:j]) == first]
    if not spans:
        return False
    return first not in surnames or words.count(first) >= 2


def patients_named_in(tokens: list[str], index: RegistryIndex) -> set[Patient]:
    found = set()
    for start in range(len(tokens)):
        for end in range(start + 1, min(start + MAX_NAME_TOKENS, len(tokens)) + 1):
            found.update(patient for patient, _ in index.by_name_key.get("".join(tokens[start:end]), []))
    return found


NAME_FILLER_WORDS = {"NOM", "NOMS", "DE", "DU", "D", "NAISSANCE", "USAGE", "JEUNE", "FILLE", "MARITAL", "USUEL",
                     "FAMILLE", "UTILISE", "PRENOM", "PRENOMS", "S", "PREMIER", "1ER", "PATIENT", "PATIENTE",
                     "IDENTITE", "CONCERNE", "NE", "NEE", "EPOUSE", "EP", "EPSE", "VEUVE", "VVE", "DIT", "DITE",
                     "ET", "E", "M", "MR", "MME", "MLLE", "MONSIEUR", "MADAME", "MADEMOISELLE", "SEXE", "F", "H"}


def is_name_filler(key: str, patient: Patient) -> bool:
    """What may stand between a surname and the first name: labels, civilities, the person's other names."""
    return key in NAME_FILLER_WORDS or key in name_key_tokens(
        f"{patient.birth_name} {patient.used_name} {patient.first_names}")


def first_name_continues(reading: PageReading, first_end: int, patient: Patient) -> bool:
    """`Marie-Claire` is not Marie; `Marie-Hélène` is Marie only when the registry says Marie Hélène. Nor is `Marie-`
    ending its line before `Claire` opening the next one (a hyphenated name the line's end cut)."""
    tokens, text = reading.tokens, reading.text
    last = tokens[first_end - 1]
    after = last.start + len(last.key)
    if not (text[after:after + 1] in "-‐‑" and first_end < len(tokens)
            and (tokens[first_end].start == after + 1 or hyphen_cut_by_the_line(reading, first_end))):
        return False
    given = [name_key(n) for n in split_first_names(patient.first_names.replace("-", " "))]
    first_parts = len(name_key_tokens(patient.first_given_name))
    return given[first_parts:first_parts + 1] != [tokens[first_end].key]


def hyphen_cut_by_the_line(reading: PageReading, i: int) -> bool:
    """The token at `i`, a word, opens a line below one ending with a hyphen glued to the token before (`Jean-` /
    `Baptiste`, blank lines between or not), not a label, a civility or a sex (`Jean-` / `Né le …`, `Jean-` / `Sexe :
    M` is a dash). Written alike or not: this only refuses the first part as the whole first name (`Jean-` / `MARIE`
    is no Jean; review is the safe side), it never joins the parts."""
    tokens, text = reading.tokens, reading.text
    previous, token = tokens[i - 1], tokens[i]
    between = text[previous.start + len(previous.key):token.start]
    return re.fullmatch(r"[-‐‑][ \t]*(?:\n[ \t]*)+", between) is not None and token.key.isalpha() \
        and token.key not in BIRTH_LABEL_WORDS | FIELD_WORDS | set(SEX_VALUES) | set(CIVILITY_SEX)


def follows_another_given_name(tokens: tuple[Token, ...], first_start: int, index: RegistryIndex) -> bool:
    """In `MARTIN Martine Nathalie`, Nathalie is not the first given name: it cannot identify a Nathalie."""
    if first_start == 0:
        return False
    previous, current = tokens[first_start - 1], tokens[first_start]
    return previous.line == current.line and previous.key in index.given_names


def token_distance(occurrence: Occurrence, mention_index: int) -> int:
    if mention_index >= occurrence.end:
        return mention_index - occurrence.end
    return max(occurrence.start - mention_index, 0)


def date_near(occurrence: Occurrence, reading: PageReading, people: list[tuple[int, int, frozenset[str]]] = (),
              surnames_alone: list[tuple[int, int]] = (), twins: bool = False,
              below_a_relation_word: bool = True, beside_a_column: bool = False) -> DateMention | None:
    """The patient's birth date printed near the name; with `below_a_relation_word=False`, not one on the line below a
    relation word that introduces it (`below_a_relation_line`). Not one in a relation's field below its bare label,
    alone or beside another column's field (`below_a_bare_relation_label`) — with `beside_a_column=True`, only such
    a one: it designates no one but stays a candidate against any other (`gather`)."""
    for mention in reading.dates:
        if mention.glued or not same_birth_date(mention, occurrence.patient.birth_date) or mention.label == "other" \
                or in_a_third_party_field(mention, reading) \
                or after_a_relation_word(mention, reading, occurrence.end, occurrence.patient.sex):
            continue  # a day glued to a glyph may have lost a digit: it never designates; nor does a relative's date
        if in_a_relation_labels_field(mention, reading) != beside_a_column:
            continue
        if not below_a_relation_word and below_a_relation_line(mention, reading, occurrence.end,
                                                               occurrence.patient.sex):
            continue
        if mention.misread_label and not right_after_the_name(occurrence, mention, reading):
            continue
        if in_another_block(occurrence, mention, reading) or a_subjects_heading_between(occurrence, mention, reading):
            continue
        if someone_else_nearer(occurrence, mention, reading, people) \
                or surname_alone_nearer(occurrence, mention, reading, surnames_alone, twins):
            continue
        if mention.label == "birth" and token_distance(occurrence, mention.token_index) <= BIRTH_DATE_WINDOW:
            return mention
        if mention.label == "none" and beside_the_name(occurrence, mention, reading):
            return mention
    return None


def right_after_the_name(occurrence: Occurrence, mention: DateMention, reading: PageReading) -> bool:
    """A date behind a misread `DDN` (`DEN :`, identity.misread_ddn_label) designates only right after a name the page
    calls its patient's — in a `Patient :` field, the date on its line or the next, nothing but the label between them
    (`Patient : Mme Lopez Anne-Sophie` / `DEN : 23 mars 1930`). After a block of fields (`Nom de naissance : …` /
    `Prénom : …` / `DEN : …`) it designates no one: whose block it is (the subject's, a mother's under `Identité de la
    mère`) is what only the printed label's page has been made safe for (the `DEN` forms of review10's h1/h2/k1/k2
    blocks filed the block's person where main sent them to review)."""
    tokens = reading.tokens
    between = tokens[occurrence.end:mention.token_index]
    return mention.token_index >= occurrence.end and mention.line - tokens[occurrence.end - 1].line in (0, 1) \
        and all(t.key in DATE_LABEL_WORDS for t in between) \
        and any(all(f.start <= tokens[i].start < f.end for i in occurrence.name_tokens)
                for f in subject_fields(list(reading.fields))) \
        and not speaks_of_a_relative(reading)


def speaks_of_a_relative(reading: PageReading) -> bool:
    """Any kinship, relation or close one's word on the page (`DEMI-FRÈRE`, `Personne à prévenir (mari)`, `Tuteur :`,
    `l'épouse`): whose birth date a misread label gives is then for the printed label alone to say (review10's h1/h2
    headings above a `Patient :` field, which main's `DDN` form misfiles too)."""
    return any(t.key in RELATION_KEYS | RELATIVE_WORDS | PERSON_NOUNS for t in reading.tokens)


def a_subjects_heading_between(occurrence: Occurrence, mention: DateMention, reading: PageReading) -> bool:
    """A heading of the patient's own block (`PATIENT`, `IDENTITÉ DU PATIENT`, no value) stands between the date above
    it and the name below it: they are two blocks' — the date is the block above's (`Identité du père` / `Nom : COLLET` /
    `Prénom(s) : Jean` / `Né le …` over `PATIENT` / `Nom : COLLET` / `Prénom(s) : Jean` / `Né(e) le :` left blank filed
    the father: review A of session 65)."""
    name_at, date_at = reading.tokens[occurrence.start].start, mention_start(mention, reading)
    return any(f.kind == "name" and not f.value.strip() and an_identity_heading(re.sub(r"\s+", " ", f.label))
               and date_at < label_offset(f) < name_at for f in reading.fields)  # the date above only (review F)


def in_another_block(occurrence: Occurrence, mention: DateMention, reading: PageReading) -> bool:
    """The date stands in a third party's block (`PÈRE` / `Nom : COLLET` / `Prénom(s) : Jean` / `Né le …`) that does not
    hold the name: it is that person's, never the date of a name printed outside the block (review A of session 65:
    `PATIENT` / `Nom : COLLET` / `Prénom(s) : Jean` / `Né(e) le :` left blank, below the father's block, filed the
    father)."""
    name_at = reading.tokens[occurrence.start].start
    return in_a_kins_block(mention, reading) and not any(in_field(f, name_at) for f in reading.blocks)


# A relative's own headings: an empty `Assuré :`, `Personne de confiance :` or `Contact :` heads the patient's own fields
# as often as not (review F of session 65: 256 right filings lost when any block's date was kept from outside names).
KIN_BLOCK_HEADINGS = {"PERE", "MERE", "CONJOINT", "CONJOINTE", "EPOUX", "EPOUSE"}


def in_a_kins_block(mention: DateMention, reading: PageReading) -> bool:
    return bool(close_ones_block_at(reading, mention_start(mention, reading), KIN_BLOCK_HEADINGS))


def in_a_block(mention: DateMention, reading: PageReading) -> bool:
    """The date stands in a field of a third party's block (identity.headed_blocks)."""
    return any(in_field(f, mention_start(mention, reading)) for f in reading.blocks)


def mention_start(mention: DateMention, reading: PageReading) -> int:
    """Where the date stands in the page text (-1 when its token is unknown)."""
    return reading.tokens[mention.token_index].start if mention.token_index < len(reading.tokens) else -1


def in_a_third_party_field(mention: DateMention, reading: PageReading) -> bool:
    """`Père : BERNARD Luc, né le 02/02/1980`, `Ouvrant droit : Monsieur MOREL Hugo, né le 10/10/1980`: the date of the
    person a third party's field names, never the patient's — though the patient may bear the same name (father and
    son, review8's M-1 and gl21 probes: filed under the father on main)."""
    return mention.token_index < len(reading.tokens) \
        and reading.in_third_party_field(reading.tokens[mention.token_index].start)


def in_a_relatives_field(mention: DateMention, reading: PageReading) -> bool:
    """A third party's field (`in_a_third_party_field`), or the value, on the line below, of a relation's field whose
    own line holds nothing or, beyond a column's gap, only another column's field (`below_a_bare_relation_label`): the
    date is no patient's own there (`a_close_ones_identity`). Designation (`date_near`, `field_matches`) makes such a
    date a candidate that designates no one; the contradictions' checks keep `in_a_third_party_field`: a contrary
    `née le` opening that line still speaks (`below_a_third_partys_line`)."""
    return in_a_third_party_field(mention, reading) or in_a_relation_labels_field(mention, reading)


def in_a_relation_labels_field(mention: DateMention, reading: PageReading) -> bool:
    """The date stands in a relation's field whose label identity does not read as a third party's: on the line below
    (`below_a_bare_relation_label`), or on the label's own line after it, no other label nor a column's gap
    between (`in_a_relation_field`: `Son mari : LEGRAND, née le 02/02/1940`). There it designates no one but stays a
    candidate against any other (`date_near`, `field_matches`). ident20 / review21: that one-line form filed the patient
    born that day (`Patiente : LEGRAND Jeanne` / `Son mari : LEGRAND, née le …` → the Jeanne born 1940, the Jeanne
    born 2012 registered too): `née`, contrary to `mari`, took the date out of the husband's reach
    (`after_a_relation_word`, made for running text: `M. DUPONT Jean et son épouse, né le …`), while the field holds
    nothing but the husband's identity — a slip of the participle or the patient's date, the page cannot say. On the
    label's line, something other than the birth label stands between them (a name): a relation word heading the
    birth label alone (`Son fils : Née le …`) is after_a_relation_word's, and `FEMME : Date de naissance …` is as
    often a sex field (rel_s1701's sexval forms filed right on main)."""
    if below_a_bare_relation_label(mention, reading) or below_a_relatives_single_name(mention, reading):
        return True
    if mention.token_index >= len(reading.tokens):
        return False
    text, offset = reading.text, reading.tokens[mention.token_index].start
    if not in_a_relation_field(reading, offset):
        return False
    heading = relation_label_heading(fold(text[text.rfind("\n", 0, offset) + 1:offset]))
    if heading is None:
        return False
    label, cell = heading
    return any(key not in BIRTH_LABEL_WORDS for key in name_key_tokens(cell[label.end():]))


def below_a_relatives_single_name(mention: DateMention, reading: PageReading) -> bool:
    """The date opens the line right below a relation's field that names its person by one word alone, civilities
    aside (`Son mari : LEGRAND`, `M. LEGRAND`, `LEGRAND,`), or a close one's or an insured's field of identity's so
    (`Personne à prévenir : M. LEGRAND`, `persons_label`), nothing but a birth label without a participle before it on
    its line (`DDN : …`, `Date de naissance : …`): the date may go on with the relative's identity as well as be the
    patient's, and nothing on the page says whose (match22 / ident21's t7: `Patiente : LEGRAND Jeanne` / `Son mari :
    LEGRAND` / `DDN : 02/02/1940` filed the Jeanne born that day on main, registered husband or not). It designates no
    one but stays a candidate. A `né`/`née` there is left to main's reviewed reading: the patient's own participle
    files (`Soeur : Mme LEGRAND` / `Né le <his date>`, ident21), a contrary one contradicts him
    (`below_a_third_partys_line`). A field naming its person in full (`LEGRAND Paul`) is `someone_else_nearer`'s; an
    empty one names no one the date would go on with (review13's `Époux :` / `Née le …`)."""
    tokens = reading.tokens
    if mention.sex_hint is not None or mention.token_index >= len(tokens) or mention.line == 0:
        return False
    text = reading.text
    line_start = text.rfind("\n", 0, tokens[mention.token_index].start) + 1
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = fold(text[above_start:line_start - 1])
    label = relation_label(above)
    values = [relation_value_on_its_line(above, label)] \
        if label is not None and not COLUMN_GAP_RE.match(above[label.end():]) else []  # not `Épouse :   Consultation`
    values += [f.value for f in reading.fields if f.kind == "third_party" and above_start <= f.start < line_start
               and persons_label(f.label)]
    if not any(a_single_name(value) for value in values):
        return False
    i = mention.token_index - 1
    while i >= 0 and tokens[i].line == mention.line:
        if tokens[i].key not in BIRTH_LABEL_WORDS:
            return False
        i -= 1
    return True


def a_single_name(value: str) -> bool:
    """A field's value, up to a column's gap, that is one name word, civilities aside (`M. LEGRAND`, `LEGRAND,`) — not
    a label (`DDN :`), a field's word or a number (rel_s1711's `FEMME: DDN :` / `23/08/1970` is a sex field)."""
    cell = COLUMN_GAP_RE.split(value.strip(" \t\u00a0"))[0]
    words = [w for w in name_key_tokens(cell) if w not in CIVILITY_SEX]
    return ":" not in cell and len(words) == 1 and words[0].isalpha() \
        and words[0] not in FIELD_WORDS | BIRTH_LABEL_WORDS


def below_a_bare_relation_label(mention: DateMention, reading: PageReading) -> bool:
    """The date stands on the line right below a bare relation's label — alone on its line (`FEMME :` / `LEGRAND, né le
    …`), or whose line holds, beyond a column's gap, only another column's field (`Père :   Tél : 04 74 …`, `Son mari
    :<TAB>Adresse : …`; `relation_value_on_its_line` gives nothing) — before any label on its own line: that field's
    value, as identity reads the line below a label alone (`Père :` / `LEGRAND, né le 02/02/1940` is the father's field,
    and his date designates no one). review20: f27b8e3 made the surname opening that line the relative's, silencing its
    contrary `né`, while the date still designated — `Patiente : LEGRAND Jeanne` / `Père :   Tél : …` / `LEGRAND, né le
    02/02/1940` filed the father's twin sister. A label opening the line (`née le …`, `DDN : …`) or standing before the
    date keeps the date out of the field, as for a label alone (identity's next_line_value stops at the next label).
    Whether the line reads as a value is not asked: a body line there keeps its date from designating (review, the safe
    side). Identity reads a field below a label alone only for the third parties it knows — `Père :`, `Mère :`,
    `Conjoint :`, `Époux :` — whose value, starting on that line, keeps this test false."""
    if mention.token_index >= len(reading.tokens):
        return False
    text = reading.text
    offset = reading.tokens[mention.token_index].start
    line_start = text.rfind("\n", 0, offset) + 1
    if line_start == 0:
        return False
    above = fold(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1])
    label = relation_label(above)
    if label is None or relation_value_on_its_line(above, label):
        return False  # no relation's field, or one naming someone on its line
    return not any(line_start <= f.start <= offset for f in reading.fields)


def after_a_relation_word(mention: DateMention, reading: PageReading, name_end: int, patient_sex: str) -> bool:
    """`Son fils Hugo né le 10/10/2010`, `vient avec son père Hugo, né le …`: a relation word before the date on its
    line, the patient's name not standing between them, makes the date the relative's, whoever is named after the word
    — a first name alone, a garbled surname (review8's q_head2.py: filed under the son on main). Unless the patient's
    name (ending at token `name_end`) stands between the word and the date, or `né`/`née` says the date is not the
    relative's (`M. DUPONT Jean et son épouse, né le …`). But a relation word that heads the birth label alone
    (`Épouse né le …`, `Sa mère, né le …`, `Mari née le …`) may own the date whatever the participle says: when the
    participle would confirm the patient (his sex, or none) the date confirms no one (review15b's q_necrel: `LEGRAND
    Henri` / `Epouse né le 02/02/1940` filed the husband born that day on main); when it speaks against him, it still
    does, as on main."""
    tokens = reading.tokens
    for i in range(mention.token_index - 1, -1, -1):
        if tokens[i].line != mention.line:
            return False
        heading = heads_the_birth_label(reading, i, mention) and mention.sex_hint in (None, patient_sex) \
            and not coordinated_by_et(reading, i)
        if relative_word(reading, i) or family_word(reading, i) \
                or (heading and (a_bare_spouse(reading, i) or a_sex_word_against(reading, i, patient_sex))):
            relative_sex = FAMILY_WORD_SEX.get(relation_key(reading, i))
            if relative_sex and mention.sex_hint and relative_sex != mention.sex_hint and not heading:
                return False  # `M. DUPONT Jean et son épouse, né le …`: `né` says the date is his
            return not i < name_end <= mention.token_index
    return False


def heads_the_birth_label(reading: PageReading, i: int, mention: DateMention) -> bool:
    """Nothing but the birth label between the word at `i` and the date (`Épouse né le`, `Sa fille, née le`,
    `Conjointe : né le`)."""
    return mention.label == "birth" and i < mention.token_index \
        and all(t.key in BIRTH_LABEL_WORDS for t in reading.tokens[i + 1:mention.token_index])


def heading_the_birth_label_below(reading: PageReading, mention: DateMention, patient_sex: str) -> int | None:
    """The word that heads the birth label from the line above, as `heads_the_birth_label` on one line, when a participle
    of the patient's sex, or none, would confirm him. The birth label stands alone before the date, opening the date's
    line or — the date opening its own line — ending the line above (`né le :` / `02/02/1940`). When that label opens its
    line, the last line with words above it (blank lines between are OCR's) ends with a relation word introducing it
    (`vu avec son épouse` / `né le …`, not `… et son épouse`), or holds alone — a possessive or an article before it at
    most, any punctuation after it — a relation word, a bare spouse (`a_bare_spouse`) or a sex word or civility not the
    patient's (`Epouse.` / `né le …`, `La femme` / `né le …`, `Femme` / `né le …`, `Mme` / `né le …`). When the word
    stands before the label on the label's line above the date (`Epouse né le :` / `02/02/1940`), it heads it there."""
    tokens = reading.tokens
    if mention.label != "birth" or mention.sex_hint not in (None, patient_sex):
        return None
    label_start = birth_label_start(reading, mention)
    if label_start == 0:
        return None
    if tokens[label_start - 1].line == mention.line:  # a word before the label on its line: after_a_relation_word's
        return heading_a_column_below(reading, label_start, patient_sex) \
            if opens_a_column_segment(reading, label_start) else None
    last = label_start - 1
    if tokens[last].line == tokens[label_start].line:  # `Epouse né le :` / `02/02/1940`
        heads = relative_word(reading, last) or family_word(reading, last) or a_bare_spouse(reading, last) \
            or a_sex_word_against(reading, last, patient_sex)
        return last if heads and not coordinated_by_et(reading, last) else None
    for i in range(last, max(-1, last - 3), -1):
        if tokens[i].line == tokens[last].line and (relative_word(reading, i) or family_word(reading, i)) \
                and introduces_next_line(reading, i) and not coordinated_by_et(reading, i):
            return i
    last = end_of_the_first_column(reading, last)
    first = last - 1 if last > 0 and tokens[last - 1].line == tokens[last].line \
        and (possessive(tokens[last - 1].key) or tokens[last - 1].key in ARTICLES_OF_A_RELATIVE) else last
    alone = first == 0 or tokens[first - 1].line != tokens[last].line
    if alone and (relative_word(reading, last) or family_word(reading, last) or a_bare_spouse(reading, last)
                  or a_sex_word_against(reading, last, patient_sex)):
        return last
    return heading_a_column_below(reading, label_start, patient_sex)


def heading_a_column_below(reading: PageReading, label: int, patient_sex: str) -> int | None:
    """The word that heads, from the line above, a birth label opening a column (its line, or a column segment after a
    gap: `Service …   né le …`): alone — a possessive or an article before it at most — in a column segment of the line
    above that stands over the label's own segment (`segments_over_the_label`), a relation word, a bare spouse or a sex
    word not the patient's. review18's col2pat: `Médecin …   Patient : LEGRAND Henri` / `Tél …   Epouse` / `Service …
    né le <his date>` filed the husband, only the first segment of each line being looked at; so did `Epouse` in the
    second column over a label indented under it."""
    tokens = reading.tokens
    for first, last in segments_over_the_label(reading, label):
        before = tokens[first].key if first < last else None
        if last - first > 1 or (before is not None and not possessive(before) and before not in ARTICLES_OF_A_RELATIVE):
            continue
        key = tokens[last].key
        # opening its segment, `Épouse` is as if opening its line; after an article, a_bare_spouse says
        bare_spouse = a_bare_spouse(reading, last) if before in ARTICLES_OF_A_RELATIVE \
            else before is None and (key if key in SPOUSE_WORDS else misread_relation_word(key)) in SPOUSE_WORDS
        if relative_word(reading, last) or family_word(reading, last) or bare_spouse \
                or a_sex_word_against(reading, last, patient_sex):
            return last
    return None


def opens_a_column_segment(reading: PageReading, i: int) -> bool:
    """The token at `i` follows another on its line across a column's gap (COLUMN_GAP_RE)."""
    tokens = reading.tokens
    return i > 0 and tokens[i - 1].line == tokens[i].line \
        and COLUMN_GAP_RE.search(reading.text[tokens[i - 1].start + len(tokens[i - 1].key):tokens[i].start]) is not None


def segments_over_the_label(reading: PageReading, label: int) -> list[tuple[int, int]]:
    """The column segments (first and last token; split by a column's gap, COLUMN_GAP_RE) of the last line with
    words above the line of the label's token `label` that share columns with the label's words
    (`over_the_label_words`)."""
    tokens, text = reading.tokens, reading.text
    k = first_of_its_line(tokens, label)
    if k == 0:
        return []
    segments, start = [], first_of_its_line(tokens, k - 1)
    first = start
    for j in range(start, k):
        if j == k - 1 or COLUMN_GAP_RE.search(text[tokens[j].start + len(tokens[j].key):tokens[j + 1].start]):
            segments.append((first, j))
            first = j + 1
    # On lines laid out with tabs, the label's column by rank too: tab stops put columns where they fall, not where
    # the eye sees them (`Tél. 06 12 34 56 78<TAB>Mr` / `Consultation<TAB>né(e) le …`, `<TAB>L'épouse:` /
    # `Hospitalisation<TAB>DDN : …`: the word heads the second column's label). Each tab opening a line leaves an
    # empty column before its first word.
    line_end = label
    while line_end + 1 < len(tokens) and tokens[line_end + 1].line == tokens[label].line:
        line_end += 1
    above_text = text[text.rfind("\n", 0, tokens[start].start) + 1:tokens[k - 1].start]
    label_text = text[text.rfind("\n", 0, tokens[k].start) + 1:tokens[line_end].start]
    if "\t" not in above_text or "\t" not in label_text:
        return [(a, b) for a, b in segments if over_the_label_words(reading, a, b, label)]
    lead_above = line_before(text, tokens[start].start).count("\t")
    rank = columns = line_before(text, tokens[k].start).count("\t")
    columns += 1
    for j in range(k, line_end):
        if COLUMN_GAP_RE.search(text[tokens[j].start + len(tokens[j].key):tokens[j + 1].start]):
            columns += 1
            rank += j < label
    return [(a, b) for n, (a, b) in enumerate(segments) if over_the_label_words(reading, a, b, label)
            or (n + lead_above == rank and len(segments) + lead_above > 1 and columns > 1)]


def over_the_label_words(reading: PageReading, first: int, last: int, label: int) -> bool:
    """The tokens `first`..`last` (one line) share columns (tabs expanded to 8) with the birth label's own words from
    its token `label` on (`Né(e) le`, `Date de naissance :`), not with the date after them: over a long one-column line
    `Date de naissance 27 septembre 1990`, a word in a later column (`69003 LYON          Épouse`) stands over the date
    only, in another column than the label's (review17's col sets keep filing those). With no label word, as
    `over_the_label`."""
    tokens, text = reading.tokens, reading.text
    if tokens[label].key not in BIRTH_LABEL_WORDS:
        return over_the_label(reading, first, last, label)
    end = label
    while end + 1 < len(tokens) and tokens[end + 1].line == tokens[label].line \
            and tokens[end + 1].key in BIRTH_LABEL_WORDS:
        end += 1
    start = len(line_before(text, tokens[first].start).expandtabs(8))
    stop = len(line_before(text, tokens[last].start + len(tokens[last].key)).expandtabs(8))
    label_start = len(line_before(text, tokens[label].start).expandtabs(8))
    label_stop = len(line_before(text, tokens[end].start + len(tokens[end].key)).expandtabs(8))
    return start < label_stop and label_start < stop


# OCR's gap between two columns of a form or a table: 3 blanks or more, a tab, or a table's bar.
COLUMN_GAP_RE = re.compile(r"\s{3,}|\t|\|")


def end_of_the_first_column(reading: PageReading, i: int) -> int:
    """The last token of the first column segment of the line of the token at `i` — the segments split by a gap of 3
    spaces or more, or a tab (`Epouse                         Tél : 04 74 00 00 00`: `Epouse`). The birth label below
    opens its line: that first segment is the one over it, and a word alone there heads it as if alone on its line
    (review17: `Patient : LEGRAND Henri        Médecin : Dr ROLLAND` / `Epouse        Tél : …` / `né le 02/02/1940`
    filed the husband on main). A first segment that does not overlap, column-wise, the label's own segment (label and
    date, or the label alone; tabs expanded to 8) stands over no label — an empty first column above
    (`                   Epouse        Secteur B` / `DDN :` / …) or a label indented under another column (`Femme
    Pierre LEGRAND` / `<20 spaces>Date de naissance : …`): the whole line counts then, as on main."""
    tokens, text = reading.tokens, reading.text
    first = first_of_its_line(tokens, i)
    j = first
    while j < i and not COLUMN_GAP_RE.search(text[tokens[j].start + len(tokens[j].key):tokens[j + 1].start]):
        j += 1
    if j < i and i + 1 < len(tokens) and not over_the_label(reading, first, j, i + 1):
        return i
    return j


def line_before(text: str, offset: int) -> str:
    """The text of the line holding `offset`, up to it."""
    return text[text.rfind("\n", 0, offset) + 1:offset]


def over_the_label(reading: PageReading, first: int, last: int, label: int) -> bool:
    """The tokens `first`..`last` (one line) share columns (tabs expanded to 8) with the first column segment of the
    label's line from the label's token `label` on — or, the date opening a line below the label (`Né(e) le :` /
    `02/02/1940`), with the date line's segment from the date on."""
    tokens, text = reading.tokens, reading.text
    start = len(line_before(text, tokens[first].start).expandtabs(8))
    end = len(line_before(text, tokens[last].start + len(tokens[last].key)).expandtabs(8))
    below = label
    while below < len(tokens) and tokens[below].key in BIRTH_LABEL_WORDS:
        below += 1
    heads = [label] + ([below] if below < len(tokens) and tokens[below].line != tokens[label].line else [])
    for k in heads:
        line_end = text.find("\n", tokens[k].start)
        segment = COLUMN_GAP_RE.split(text[tokens[k].start:line_end if line_end >= 0 else len(text)])[0]
        if start < len((line_before(text, tokens[k].start) + segment).expandtabs(8)) \
                and len(line_before(text, tokens[k].start).expandtabs(8)) < end:
            return True
    return False


def birth_label_start(reading: PageReading, mention: DateMention) -> int:
    """The first token of the birth label run before the date, on the date's line or ending the line above it (`né le
    :` / `02/02/1940`); the date's own token when no label word stands before it."""
    tokens = reading.tokens
    label_start = mention.token_index
    while label_start > 0 and tokens[label_start - 1].key in BIRTH_LABEL_WORDS \
            and (tokens[label_start - 1].line == tokens[label_start].line
                 or (label_start == mention.token_index and tokens[label_start - 1].line == mention.line - 1)):
        label_start -= 1
    return label_start


# A sex written as a word (a form's value: `Femme`, `Masculin`). Of the patient's own sex, heading the birth label, it is
# the form's sex (`Mme DUBOIS Marie` / `Femme, née le …`); of the other sex it may as well be his wife (`M. LEGRAND
# Henri` / `Femme né le …`): either way the date there is no proof of him.
SEX_WORDS = {"FEMME": "F", "FEMININ": "F", "HOMME": "M", "MASCULIN": "M"} \
    | {word: sex for word, sex in CIVILITY_SEX.items() if word != "M"}  # `M` alone may be an initial


def a_sex_word_against(reading: PageReading, i: int, patient_sex: str) -> bool:
    """The word at `i` is a sex written as a word (`SEX_WORDS`), not the patient's — outside a `Sexe :` field: there it
    is the field's value or one of its options (`Sexe : Femme   Né le …`, `Sexe : Homme Femme   Né le …`), and the
    field says on its own whether it speaks against him (the secretary then reads why)."""
    token = reading.tokens[i]
    sex = SEX_WORDS.get(token.key)
    return sex is not None and sex != patient_sex \
        and not inside_a_sex_field(reading, token)


def inside_a_sex_field(reading: PageReading, token: Token) -> bool:
    """The token stands in a `Sexe :` field: its value or one of its options, which speak for themselves."""
    return any(f.kind == "sex" and f.start <= token.start < f.end for f in reading.fields)


# A spouse spoken of without a possessive: `Épouse`, its abbreviation `Épse`; and `femme` after an article.
SPOUSE_WORDS = {"EPOUSE", "EPSE"}
ARTICLES_OF_A_RELATIVE = {"LA", "L"}


def a_bare_spouse(reading: PageReading, i: int) -> bool:
    """`Épouse` (`Épse`, or one OCR glyph away: `Ep0use`) with no possessive, opening its line, after a comma or after
    an article (`LEGRAND Henri` / `Epouse né le …`, `l'épouse`), or `la femme`. A married name's `épouse` is followed by
    the name (`Mme MARTIN épouse DUPONT, née le …`) and a used name's label (`Nom d'épouse :  Née le …`) has no comma
    before it: neither is a relation."""
    tokens = reading.tokens
    key = tokens[i].key
    key = key if key in SPOUSE_WORDS | {"FEMME"} else misread_relation_word(key)
    after_an_article = i > 0 and tokens[i - 1].line == tokens[i].line and tokens[i - 1].key in ARTICLES_OF_A_RELATIVE
    if key == "FEMME" or key not in SPOUSE_WORDS:
        return key == "FEMME" and after_an_article
    if i == 0 or tokens[i - 1].line != tokens[i].line or after_an_article:
        return True
    return "," in reading.text[tokens[i - 1].start + len(tokens[i - 1].key):tokens[i].start]


def coordinated_by_et(reading: PageReading, i: int) -> bool:
    """`… et son épouse`, `… et épouse`: the relation word joined to the person named before it."""
    tokens = reading.tokens
    j = i - 1 if i > 0 and possessive(tokens[i - 1].key) else i
    return j > 0 and tokens[j - 1].key == "ET" and tokens[j - 1].line == tokens[i].line


def below_a_relation_line(mention: DateMention, reading: PageReading, name_end: int, patient_sex: str) -> bool:
    """`… accompagné(e) de son parrain,` / `Pierre PELLETIER (né(e) le …)`: a relation word ending the line above and
    introducing this one (no full stop after it) may make the date the relative's, as on its own line
    (`after_a_relation_word`) — unless the patient's name (ending at token `name_end`) stands between them or the date
    says the other sex. Such a date designates no one, but its patient stays a candidate (ident11's r11_i3: the
    godfather's date filed his namesake, the patient, on main). So does a person noun opening the date's line after a
    possessive ending the line above (`son` / `parrain, Pierre PELLETIER (né le …)`). A relation word, a bare `Épouse`
    or a sex word not the patient's (`a_sex_word_against`) alone on the line above the birth label (`Epouse` / `né le
    …`, `Sa mère :` / `né le …`, `Femme` / `né le …`) heads it as on one line (`after_a_relation_word`): a participle of
    the patient's sex, or none, says nothing against the relative there (`LEGRAND Henri` / `Epouse` / `né le 02/02/1940`
    filed the husband on main); one against the patient still speaks against him (review13's `Époux :` / `Née le …`:
    `contrary_birth_labels_opening_a_line` asks with the patient's sex, so that date is never exempted)."""
    tokens = reading.tokens
    wrapped = [i for i in range(mention.token_index)
               if tokens[i].line == mention.line and a_wrapped_person_noun(reading, i)]
    if wrapped:
        return not wrapped[-1] < name_end <= mention.token_index
    heading = heading_the_birth_label_below(reading, mention, patient_sex)
    if heading is not None:
        return not heading < name_end <= mention.token_index
    above = [i for i in range(mention.token_index) if tokens[i].line == mention.line - 1][-3:]
    for i in reversed(above):
        if (relative_word(reading, i) or family_word(reading, i)) and introduces_next_line(reading, i):
            relative_sex = FAMILY_WORD_SEX.get(relation_key(reading, i))
            if relative_sex and mention.sex_hint and relative_sex != mention.sex_hint:
                return False
            return not i < name_end <= mention.token_index
    return False


def beside_the_name(occurrence: Occurrence, mention: DateMention, reading: PageReading) -> bool:
    """An unlabelled date counts only on the name's line (`DUPONT Jean — 12/03/1957`) or opening a line
    close by (a hospital label, possibly interleaved with the letterhead by OCR): inside a sentence it
    may be any date of the story (`fracture 02/02/1980`)."""
    if token_distance(occurrence, mention.token_index) > UNLABELLED_DATE_WINDOW:
        return False
    name_line = reading.tokens[occurrence.end - 1].line
    if mention.line == name_line:
        return True
    opens_line = mention.token_index == 0 or reading.tokens[mention.token_index - 1].line != mention.line \
        or only_its_age_before(mention, reading)
    return opens_line and abs(mention.line - name_line) <= 3  # blank lines count: OCR leaves some


def only_its_age_before(mention: DateMention, reading: PageReading) -> bool:
    """`M. Hugo Breton` / `52 ans — 21.12.1974`: a prescription's patient line, the age that fits the date opening the
    date's line (independent corpus s618-039, s631-030: the date went unread as the patient's, « aucun patient »). The
    age may be the difference of the years (`52 ans` at 51 and 11 months)."""
    tokens, i = reading.tokens, mention.token_index
    if not (i >= 2 and tokens[i - 1].key == "ANS" and tokens[i - 2].key.isdigit()
            and tokens[i - 1].line == tokens[i - 2].line == mention.line
            and (i == 2 or tokens[i - 3].line != mention.line)):
        return False
    printed = int(tokens[i - 2].key)
    return age_fits(printed, mention.value, reading.today) or printed == age_on(mention.value, reading.today) + 1


DATE_LABEL_WORDS = {"DATE", "DE", "D", "NAISSANCE", "NAISS", "NE", "NEE", "E", "LE", "DDN", "DEN", "DON", "DOB", "N"}
BIRTH_LABEL_WORDS = DATE_LABEL_WORDS | {"NEC"}
DOCTOR_BEFORE = 2  # tokens before a name where a doctor's title stands (`Dr Paul MARTIN`, `Dr. MARTIN Paul`)


def people_named(reading: PageReading, index: RegistryIndex) -> list[tuple[int, int, frozenset[str]]]:
    """Every person the page names, as token spans with their name words: registry patients with a first name
    (relatives and other third parties included, behind a particle too), any surname in capitals beside a
    first name (`MARTIN Emma`, `Hugo LEROY`), registry or not, and a family word (`son frère jumeau`, a person
    spoken of without a name). Doctors are left out: a doctor's birth date is never what a page prints."""
    tokens = reading.tokens
    # a registry patient's words: his name's, not the labels between (`GUILAIN` / `Nom d'usage` / `Prénom : Pauline`)
    spans = [(o.start, o.end, frozenset(tokens[i].key for i in o.name_tokens)) for behind in (False, True)
             for o in find_occurrences(reading, index, behind_a_particle=behind, third_parties=True)]
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if a.line == b.line and ((a.capitalised and b.titlecase) or (a.titlecase and b.capitalised)) \
                and not any(t.key in NOT_A_PERSON_WORD or not t.key.isalpha() for t in (a, b)):
            spans.append((i, i + 2, frozenset((a.key, b.key))))
    # A relative spoken of without a name owns the date printed right after (`Son frère jumeau, né le …`).
    spans += [(i, i + 1, frozenset((tokens[i].key,))) for i in range(len(tokens))
              if family_word(reading, i) and not named_after(reading, i)]
    return [(start, end, words) for start, end, words in spans if not after_a_doctor_title(reading, start)]


def named_after(reading: PageReading, i: int) -> bool:
    """The family word at `i` is followed by a name on its line (`Enfant : MARTIN Emma`, `son épouse Mme DUPONT
    Marie`): that name is the person, the word no person of its own."""
    tokens = reading.tokens
    j = i + 1
    while j < len(tokens) and tokens[j].line == tokens[i].line and \
            (tokens[j].key in FAMILY_WORDS | TWIN_WORDS | SIBLING_QUALIFIERS or tokens[j].key in CIVILITY_SEX):
        j += 1
    if j >= len(tokens) or tokens[j].line != tokens[i].line:
        return False
    token = tokens[j]
    return (token.titlecase or token.capitalised) and token.key.isalpha() and token.key not in NOT_A_PERSON_WORD


def after_a_doctor_title(reading: PageReading, start: int) -> bool:
    tokens = reading.tokens
    return any(tokens[i].line == tokens[start].line and is_title(reading, tokens[i])
               and (tokens[i].key in DOCTOR_TITLES or tokens[i].key not in TITLE_WORDS)
               for i in range(max(0, start - DOCTOR_BEFORE), start))


def date_token_span(mention: DateMention) -> tuple[int, int]:
    return mention.token_index, mention.token_index + len(tokenize(mention.text))


def distance_to_date(reading: PageReading, start: int, end: int, mention: DateMention) -> int:
    """Words between a name and a date, the date's label (`né le`, `DDN :`) not counted."""
    date_start, date_end = date_token_span(mention)
    between = range(end, date_start) if end <= date_start else range(date_end, start)
    return sum(1 for i in between if reading.tokens[i].key not in DATE_LABEL_WORDS)


def someone_else_nearer(occurrence: Occurrence, mention: DateMention, reading: PageReading,
                        people: list[tuple[int, int, frozenset[str]]]) -> bool:
    """A date belongs to the name nearest to it: another person named between the patient's name and the
    date, or nearer to the date, may own it (twins share theirs; so do babies born the same day) — review's
    p14.py on main: `Enfant : MARTIN Jade` / `DDN : 16/11/2026` / … `Vue en même temps que MARTIN Emma` filed
    under Emma."""
    date_start, date_end = date_token_span(mention)
    own = own_name_words(occurrence.patient)
    own_distance = distance_to_date(reading, occurrence.start, occurrence.end, mention)
    low, high = min(occurrence.end, date_end), max(occurrence.start, date_start)
    for start, end, words in people:
        if start < occurrence.end and occurrence.start < end or the_patients_own_mention(reading, start, words, own) \
                or of_the_other_sex(words, mention):
            continue  # the patient's own name, here or elsewhere
        between = low <= start and end <= high
        if between or distance_to_date(reading, start, end, mention) < own_distance:
            return True
    return False


def surname_alone_nearer(occurrence: Occurrence, mention: DateMention, reading: PageReading,
                         surnames_alone: list[tuple[int, int]], twins: bool = False) -> bool:
    """`Patient : LAMBERT` / `Date de naissance : 03/12/1983` / … `Antécédents familiaux : LAMBERT Claude`: the date
    belongs to the surname printed alone nearer to it, which fits Claude's twin Claire as well, or a LAMBERT the registry
    does not hold; the first name printed farther away does not pick one (review8's M-4, gls25_719: filed under the
    relative on main). When the registry holds the patient's twin, a surname alone as near as the name takes the date
    too (`Patient : LAMBERT` / `Date de naissance : …` / `LAMBERT Claude`: nothing says which of them it is)."""
    own_distance = distance_to_date(reading, occurrence.start, occurrence.end, mention)
    return any(not (start < occurrence.end and occurrence.start < end)
               and (distance_to_date(reading, start, end, mention) < own_distance
                    or (twins and distance_to_date(reading, start, end, mention) == own_distance))
               for start, end in surnames_alone)


def has_a_registry_twin(patient: Patient, index: RegistryIndex) -> bool:
    return bool(registered_twins(patient, index))


def registered_twins(patient: Patient, index: RegistryIndex) -> list[Patient]:
    """The other registry patients of the patient's surname (birth or used) born the same day."""
    surnames = set(surname_keys(patient))
    return [other for other in index.by_birth_date.get(patient.birth_date, [])
            if other.ipp != patient.ipp and set(surname_keys(other)) & surnames]


def surname_alone_spans(reading: PageReading, surnames: list[tuple[int, int, Patient, str]], patient: Patient,
                        occurrences: list[Occurrence]) -> list[tuple[int, int]]:
    """The patient's surname printed without the first name (outside every name found on the page): whoever it names
    — a twin, a namesake, someone the registry does not hold — the date nearest to it is theirs. `surnames`: the
    page's registry surnames (`surname_spans`)."""
    named = [(o.start, o.end) for o in occurrences]
    kinds_named = {o.name_kind for o in occurrences if o.patient.ipp == patient.ipp}
    return [(start, end) for start, end, other, kind in surnames if other.ipp == patient.ipp
            and not any(s < end and start < e for s, e in named)
            and not (kind not in kinds_named and after_a_birth_name_marker(reading, start))
            and not his_later_given_names(reading, start, end, patient, occurrences)]


def his_later_given_names(reading: PageReading, start: int, end: int, patient: Patient,
                          occurrences: list[Occurrence]) -> bool:
    """`M. BERNARD Jean, Bernard`: the surname printed right after his name, on its line, is the rest of his given names
    when the registry gives him that given name (fifth corpus s23_020: `BERNARD` alone took his birth date)."""
    tokens = reading.tokens
    later = [word for name in split_first_names(patient.first_names)[1:] for word in name_key_tokens(name)]
    words = [token.key for token in tokens[start:end]]
    return any(o.patient.ipp == patient.ipp and o.end == start and tokens[o.end - 1].line == tokens[end - 1].line
               and words == later[:len(words)] for o in occurrences)


BIRTH_NAME_MARKERS = {"NE", "NEE"}


def after_a_birth_name_marker(reading: PageReading, start: int) -> bool:
    """`PETIT Valérie Léna` / `Née MARÉCHAL`: the patient's other surname after `né`/`née` is the birth name of the
    person named, not someone else's surname alone (own corpus seed 61 IMG_0080 went to review over it)."""
    before = reading.tokens[start - 1] if start > 0 else None
    return before is not None and before.line == reading.tokens[start].line and before.key in BIRTH_NAME_MARKERS


# --- gathering evidence --------------------------------------------------------------------------

@dataclass
class Findings:
    """What the pages say, before deciding."""

    trait_matches: dict[str, list[tuple[Occurrence, DateMention]]] = field(default_factory=dict)
    field_matches: dict[str, list[int]] = field(default_factory=dict)  # ipp → pages
    ins_matches: dict[str, list[int]] = field(default_factory=dict)  # ipp → pages
    occurrences: list[Occurrence] = field(default_factory=list)
    # Patients an identity block under a relatives' heading fits: the block may be the relative's or the subject's,
    # so it designates no one — but a patient it fits is still a candidate against any other, and the block's
    # `né`/`née` still speaks against him (ipp → (page, the block's date mention)).
    under_heading: dict[str, list[tuple[int, DateMention]]] = field(default_factory=dict)
    # Occurrences sent to under_heading because a companion phrase precedes them (after_a_companion_phrase): still
    # read by companion_beside_someone_else, whose « l'accompagne » they may carry.
    companions: dict[str, list[tuple[Occurrence, DateMention]]] = field(default_factory=dict)
    # Patients whose name and date stand near a caption of the patient's circle left without its value
    # (orphan_person_caption_near): ipp → the caption, for the review's reason.
    lone_captions: dict[str, str] = field(default_factory=dict)

    @property
    def strong_ipps(self) -> set[str]:
        return set(self.trait_matches) | set(self.ins_matches) | set(self.field_matches)


def beside_a_lone_caption(findings: Findings, reading: PageReading, occurrence: Occurrence,
                          mention: DateMention, around: CaptionsAndPeople | None, index: RegistryIndex) -> bool:
    """The occurrence stands near a caption left without its value (`orphan_person_caption_near`), noted for the
    review's reason."""
    caption = orphan_person_caption_near(reading, occurrence, mention, around, index)
    if caption is not None:
        findings.lone_captions.setdefault(occurrence.patient.ipp, caption)
    return caption is not None


def hold_the_same_mention(findings: Findings, held: list[Occurrence], page: int) -> None:
    """A person's mention read twice — by her birth name and by her used name (`BARRE` / `DESET` / `Marie` under
    `Représentant légal`) — is one mention: held under a heading by one reading (`held`: a block's heading, not a
    word of the line — `Ginette PHILIPPE épouse PETIT` is read apart by its two names), it designates by none (the
    helper's typed forms of session 51: the mother's used name and first name, on the line below the heading's, filed
    her in place of the child)."""
    for ipp in {o.patient.ipp for o in held}:
        spans = [(o.start, o.end) for o in held if o.patient.ipp == ipp]
        kept, moved = [], []
        for occurrence, mention in findings.trait_matches.get(ipp, []):
            same = occurrence.page == page and any(start < occurrence.end and occurrence.start < end
                                                   for start, end in spans)
            (moved if same else kept).append((occurrence, mention))
        if not moved:
            continue
        if kept:
            findings.trait_matches[ipp] = kept
        else:
            del findings.trait_matches[ipp]
        findings.under_heading.setdefault(ipp, []).extend((page, mention) for _, mention in moved)


def gather(readings: list[PageReading], index: RegistryIndex) -> Findings:
    findings = Findings()
    for reading in readings:
        people = people_named(reading, index)
        occurrences = find_occurrences(reading, index)
        surnames = surname_spans(reading, index) if occurrences else []
        headed = headed_name_fields(reading, people)
        blocks = reading.blocks
        relatives_blocks = relatives_bare_blocks(reading)
        places = name_field_places(reading.text, reading.fields)
        beside_an_unread_block = stacked_blocks_beside_an_unread_one(reading.text)
        around = captions_and_people(reading, index) if occurrences else None
        held: list[Occurrence] = []
        for occurrence in occurrences:
            birth_name = a_used_name_after_anothers_birth_name(reading, occurrence)
            if another_patients_identity(occurrence, occurrences, birth_name):
                continue
            findings.occurrences.append(occurrence)
            alone = surname_alone_spans(reading, surnames, occurrence.patient, occurrences)
            twins = has_a_registry_twin(occurrence.patient, index)
            beside = date_near(occurrence, reading, people, alone, twins, beside_a_column=True)
            if beside is not None:  # a relative's date beside a column's field: a candidate, designating no one
                findings.under_heading.setdefault(occurrence.patient.ipp, []).append((reading.page_number, beside))
            mention = date_near(occurrence, reading, people, alone, twins)
            if mention is None:
                continue
            own_date = date_near(occurrence, reading, people, alone, twins, below_a_relation_word=False)
            in_a_headed_block = in_a_headed_field(reading, occurrence.start, headed) \
                or in_a_third_partys_block(reading, occurrence, blocks) \
                or below_a_person_noun_heading(reading, occurrence) \
                or below_a_relatives_bare_heading(reading, occurrence) \
                or any(start <= reading.tokens[occurrence.start].start < end for start, end in beside_an_unread_block)
            if in_a_headed_block:
                held.append(occurrence)
            if in_a_headed_block or occurrence.in_a_place or occurrence.wrapped_beside_a_homonym or own_date is None \
                    or outside_its_relatives_block(reading.tokens[occurrence.start].start,
                                                   mention_start(mention, reading), relatives_blocks) \
                    or behind_a_wrapped_person_noun(reading, occurrence.start) \
                    or occurrence_in_a_relation_field(reading, occurrence) \
                    or beside_a_lone_caption(findings, reading, occurrence, mention, around, index) \
                    or in_a_payers_field(reading, occurrence.start, occurrence.patient) \
                    or in_another_close_ones_block(mention, reading.tokens[occurrence.start].start, reading) \
                    or in_a_relatives_table_row(reading, occurrence.start) \
                    or first_name_beside_another_surname(reading, occurrence) \
                    or across_peoples_blocks(reading, occurrence, mention, places):
                findings.under_heading.setdefault(occurrence.patient.ipp, []).append((reading.page_number, mention))
            elif after_a_companion_phrase(reading, occurrence.start):
                findings.under_heading.setdefault(occurrence.patient.ipp, []).append((reading.page_number, mention))
                findings.companions.setdefault(occurrence.patient.ipp, []).append((occurrence, mention))
            else:
                findings.trait_matches.setdefault(occurrence.patient.ipp, []).append((occurrence, mention))
        hold_the_same_mention(findings, held, reading.page_number)
        for patient, mention, under_a_heading in field_matches(reading, index, people, headed, blocks, places,
                                                                   relatives_blocks):
            if under_a_heading:
                findings.under_heading.setdefault(patient.ipp, []).append((reading.page_number, mention))
            else:
                findings.field_matches.setdefault(patient.ipp, []).append(reading.page_number)
        for ins in reading.ins:
            if ins.valid_key and not ins_of_a_third_party(reading, ins, index):
                for patient in index.by_ins.get(ins.number, []):
                    findings.ins_matches.setdefault(patient.ipp, []).append(reading.page_number)
    return findings


def a_used_name_after_anothers_birth_name(reading: PageReading, occurrence: Occurrence) -> int | None:
    """`CARVALHO ép. DUFOUR Denise`, `DURAND épouse MARTIN Léa`, `CARVALHO Denise ép. DUFOUR`: the surname after `ép.`,
    `épouse`, `veuve` is the used name of a person whose birth name opens the name before it — the token of that birth
    name, when it is not the occurrence's patient's. She is not this person, however exactly her own surname, first
    name and birth date follow (third corpus s70: DUFOUR Denise, born the same day as CARVALHO ép. DUFOUR Denise, held
    her page in review; a registered MARTIN Léa took an unregistered DURAND ép. MARTIN Léa's page on main). Only a name
    written as one, on the marker's line with no column's gap or label between (a reviewer's 157 pages: `Référente :
    Mme CARVALHO      Vve DUFOUR Denise` across two columns, `Nom épouse : DUFOUR`, `Résident Vve DUFOUR`, `TVP EP
    DUFOUR`), and not on a relative's line."""
    tokens, patient = reading.tokens, occurrence.patient
    surnames = {word for name in (patient.birth_name, patient.used_name) for word in name_key_tokens(name)}
    surname = next((i for i in sorted(occurrence.name_tokens) if tokens[i].key in surnames), None)
    if surname is None or surname < 2 or not a_used_name_marker(reading, surname - 1, bare=True) \
            or spoken_of_as_third_party(reading, occurrence.start) or occurrence_in_a_relation_field(reading, occurrence) \
            or relation_in_brackets_after(reading, occurrence.start):
        return None
    first_names = set(name_key_tokens(patient.first_names))
    before = surname - 2
    while before in occurrence.name_tokens and tokens[before].key in first_names:  # `CARVALHO Denise ép. DUFOUR`
        before -= 1
    if before < 0 or tokens[before].line != tokens[surname].line \
            or re.search(r"\s{3,}|\t|\||:", reading.text[tokens[before].start:tokens[surname].start]):
        return None
    opening = name_opening(reading, before)
    if opening is None or not (a_used_name_marker(reading, surname - 1) or after_a_civility(reading, opening)):
        return None  # `EP` bare in capitals is a marker only in a name a civility opens (`MME CARVALHO EP DUFOUR`)
    printed = "".join(t.key for t in tokens[opening:before + 1])
    own = re.sub(r"[^A-Z]", "", name_key(patient.birth_name))
    foreign = tokens[before].key not in name_key_tokens(patient.birth_name) and printed != own \
        and not own.endswith(tokens[before].key)
    return before if foreign else None


USED_NAME_MARKER_RE = re.compile(r"(?:[ée]p(?:se)?|[ée]pouse|veuve|vve)(?=[\s.]|$)", re.IGNORECASE)


def a_used_name_marker(reading: PageReading, i: int, bare: bool = False) -> bool:
    """`ép.`, `Ép`, `EP.`, `épouse`, `Epse`, `veuve`, `Vve` — and `EP` bare in capitals when `bare` (else an embolie
    pulmonaire: `TVP EP`)."""
    token = reading.tokens[i]
    if token.key not in USED_NAME_MARKERS:
        return False
    original = reading.text[token.start:token.start + len(token.key) + 1]
    if token.key == "EP" and not bare and not (original[:1] in "éÉ" or original.endswith(".")):
        return False
    return USED_NAME_MARKER_RE.match(original) is not None


def after_a_civility(reading: PageReading, i: int) -> bool:
    """The word before token `i`, on its line, is a civility (`Mme`, `M.`, `Monsieur`)."""
    tokens = reading.tokens
    return i > 0 and tokens[i - 1].line == tokens[i].line and tokens[i - 1].key in CIVILITY_SEX


CIVILITY_LIKE = ("MME", "MR", "MLLE", "MADAME", "MONSIEUR", "MADEMOISELLE")
LABEL_LIKE_NOUNS = {"DAME", "RESIDENT", "RESIDENTE", "LIEN", "REFERENT", "REFERENTE", "USAGER", "USAGERE"}


def name_opening(reading: PageReading, last: int) -> int | None:
    """The first token of the surname that ends at `last`, when it is written as a name and opens one: after a
    civility, a label's colon or the start of its line, its particles included (`Mme DE CARVALHO`) — not a label's or a
    heading's last word (`Résident`, `SERVICE DE GERIATRIE`), nor a civility OCR misread (`Mmc`, `Mrne`)."""
    tokens = reading.tokens
    word = tokens[last]
    if not (word.capitalised or word.titlecase) or not word.key.isalpha() or len(word.key) < 2 \
            or word.key in CIVILITY_SEX or word.key in NOT_A_SURNAME_ALONE \
            or any(Levenshtein.distance(word.key.replace("RN", "M"), civility) <= 1 for civility in CIVILITY_LIKE):
        return None
    first = last
    while first > 0 and tokens[first - 1].line == word.line and tokens[first - 1].key in PARTICLES:
        first -= 1
    if first == 0 or tokens[first - 1].line != word.line:  # opening its line: in capitals, a surname's way
        return first if word.capitalised and word.key not in LABEL_LIKE_NOUNS else None
    between = reading.text[tokens[first - 1].start + len(tokens[first - 1].key):tokens[first].start]
    return first if after_a_civility(reading, first) or ":" in between else None


def another_patients_identity(occurrence: Occurrence, occurrences: list[Occurrence], birth_name: int | None) -> bool:
    """The birth name before the used name's marker opens another registry patient's own occurrence (`CARVALHO ép.
    DUFOUR Denise` is CARVALHO Denise's whole identity): the name after it is hers, not this patient's. Unregistered,
    that birth name stays a contradiction of this patient (see surname_contradictions)."""
    return birth_name is not None and any(other.patient.ipp != occurrence.patient.ipp and other.start == birth_name
                                          for other in occurrences)


def ins_of_a_third_party(reading: PageReading, ins, index: RegistryIndex) -> bool:
    """`INS de la mère`, `N° SS de l'assuré`, an INS in a `Médecin traitant :` field: not the patient's. Nor one on a
    line a third party's field opens (`Représentant légal : FONTAINE Jules INS : …`), nor behind an insured's word OCR
    misread (`NIR asurée :`, `Assnré :`, `Ouvront droit :` — review8's M-5: filed under the insured twin on main)."""
    if reading.in_third_party_field(ins.start) or in_an_insured_block(reading, ins, index) \
            or on_a_third_partys_line(reading, ins):
        return True
    words = words_before_on_its_line(reading.text, ins.start)
    return bool(words & (RELATIVE_WORDS | TITLE_WORDS | INSURED_WORDS | {"OUVRANT"})) \
        or any(misread_insured_word(word) for word in words)


def on_a_third_partys_line(reading: PageReading, ins) -> bool:
    """The first field of the INS's line, before it, is a third party's."""
    line_start = reading.text.rfind("\n", 0, ins.start) + 1
    before = sorted((f for f in reading.fields if line_start <= f.start < ins.start), key=lambda f: f.start)
    return bool(before) and before[0].kind == "third_party"


def misread_insured_word(word: str) -> bool:
    """`ASURE`, `ESSUREE`, `ASSNRE`, `ASSIIREE`, `AS5UREE`, `OUVRONT`: one letter from an insured's word, once the glyph
    pairs OCR reads for one letter are mended. Used only to keep an INS from designating: never to excuse one."""
    mended = word.replace("II", "U").replace("5", "S")
    return len(mended) >= 5 and any(Levenshtein.distance(mended, insured) <= 1
                                    for insured in ("ASSURE", "ASSUREE", "OUVRANT"))


INSURED_OR_RELATIVE_LABELS = {"ASSURE", "OUVRANT DROIT", *GUARDIAN_LITERAL_LABELS, "TUTEUR", "PARENTS", "PARENT",
                              "PERE", "MERE", "CONJOINT", "CONJOINTE", "EPOUX"}


def ins_of_an_insured_or_relative(reading: PageReading, ins, index: RegistryIndex, patient: Patient) -> bool:
    """Another person's INS the page may rightly print: the insured's (`Assuré`, `Ouvrant droit`) or a
    relative's (`INS de la mère`). A doctor's field or title is no reason for another INS to be there."""
    field_labels = {re.sub(r"\s+", " ", f.label) for f in reading.fields
                    if f.kind == "third_party" and f.start <= ins.start < max(f.end, f.start + 1)}
    if field_labels & INSURED_OR_RELATIVE_LABELS or any(insured_label(label) for label in field_labels) \
            or in_an_insured_block(reading, ins, index) \
            or (number_line_above_the_beneficiary(reading, ins, index, patient)
                and a_parents_number(ins, patient, index)):
        return True
    return bool(words_before_on_its_line(reading.text, ins.start) & (RELATIVE_WORDS | {"ASSURE", "ASSUREE", "OUVRANT"}))


def words_before_on_its_line(text: str, offset: int) -> set[str]:
    """The words between the start of the line and `offset` (a number's label)."""
    return {t.key for t in tokenize(text[text.rfind("\n", 0, offset) + 1:offset])}


SS_NUMBER_WORDS = {"N", "NO", "NUMERO", "SS", "NSS", "NIR", "DE", "D", "LA", "SECURITE", "SOCIALE", "IMMATRICULATION",
                   "MATRICULE", "S"}


def in_an_insured_block(reading: PageReading, ins, index: RegistryIndex) -> bool:
    """A social security number on a line of its own (`N° de sécurité sociale : …`, no name, no `INS` label) right
    below an `Assuré(e) : MENARD Yasmine` or `Ouvrant droit :` field, on a sheet whose beneficiary is named apart
    (`Bénéficiaire : ANDRÉ Frédéric`): the insured's number, printed in her block (a child's care sheet)."""
    text = reading.text
    line_start = text.rfind("\n", 0, ins.start) + 1
    if not words_before_on_its_line(text, ins.start) <= SS_NUMBER_WORDS:
        return False
    above = insured_fields_right_above(reading, line_start)
    if not above:
        return False
    if beneficiary_named_apart(list(reading.fields)):
        return insured_holder_fits(reading, ins, index)
    # the form's own words only: the number's holder, when registered, named there in full (a twin's misread name
    # beside her own INS is no insured's: review of session 72)
    holders = index.by_ins.get(ins.number, [])
    return any(filled_only_for_someone_else(reading, f) for f in above) \
        and (not holders or any(names_the_patient(f, holder) for f in above for holder in holders))


# The insured's block of a form that is filled only when the insured is not the patient (the transport prescription's
# `ASSURÉ(E) (à remplir si la personne recevant les soins n'est pas l'assuré(e))`, cerfa 11574).
NOT_THE_INSURED_RE = re.compile(r"N\W?\s*EST\s+PAS\s+L\W?\s*ASSURE")
# What the number's line holds before the insured's birth date (`N° 1 70 06 56 260 378 21    né(e) le`).
NUMBER_LINE_WORDS = SS_NUMBER_WORDS | {"NE", "NEE", "E", "LE"}


def on_the_insureds_number_line(mention: DateMention, patient: Patient, reading: PageReading) -> bool:
    """`ASSURÉ(E) (à remplir si la personne recevant les soins n'est pas l'assuré(e))` / `BÉNARD ÉRIC` / `N° 1 70 06 …
    né(e) le 07/06/1970`: the birth date on the number's line right below the insured's name, in a block the form fills
    only for someone else (`filled_only_for_someone_else`), is the insured's — when the name there is not the
    patient's first name with a surname (a twin or the patient's own name read there still counts). The date may open
    the line below the number's (`N° 2 83 08 …` / `né(e) le 02/08/1983`: seventh corpus s23 o7_003, a scan the form's
    two columns read one under the other)."""
    start = mention_start(mention, reading)
    if start < 0:
        return False
    text = reading.text
    line_start = text.rfind("\n", 0, start) + 1
    before = tokenize(text[line_start:start])
    if not all(t.key.isdigit() or t.key in NUMBER_LINE_WORDS for t in before):
        return False
    starts = [line_start]
    if line_start > 0 and not any(t.key.isdigit() for t in before):
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = tokenize(text[above_start:line_start])
        digits = "".join(t.key for t in above if t.key.isdigit())
        # the number's own year and month of birth are the date's (review of session 73: `N° 1 73 06 …` above
        # `né(e) le 15/09/2014`, the child's date in the parent's block, filed the parent)
        if digits and all(t.key.isdigit() or t.key in SS_NUMBER_WORDS for t in above) \
                and digits[1:5] == f"{mention.value:%y%m}":
            starts.append(above_start)
    return any(len(name_words(f.value)) >= 2 and not whole_word_first_name(f.value, patient)
               for at in starts for f in insured_fields_for_someone_else(reading, at))


def in_a_block_for_someone_else(reading: PageReading, ins) -> bool:
    """The number stands on the line right below an insured's field the form fills only for someone else, or inside
    the insured's section under such a heading (identity.with_insured_sections: `Assuré(e) (à remplir si la personne
    recevant les soins n'est pas l'assuré(e))` / `Nom et prénom : VINCENT Philippe` / `Numéro d'immatriculation` /
    `1 65 05 …`, sixth corpus s36 SCAN…005)."""
    return bool(insured_fields_for_someone_else(reading, reading.text.rfind("\n", 0, ins.start) + 1)) or any(
        f.kind == "third_party" and f.label == "ASSURE" and in_field(f, ins.start)
        and filled_only_for_someone_else(reading, f) for f in reading.fields)


def insured_fields_for_someone_else(reading: PageReading, line_start: int) -> list[LabelledField]:
    """The insured's fields right above the line starting at `line_start` that the form fills only for someone else."""
    return [f for f in insured_fields_right_above(reading, line_start) if filled_only_for_someone_else(reading, f)]


def insured_fields_right_above(reading: PageReading, line_start: int) -> list[LabelledField]:
    """The insured's fields with a value that ends right above the line starting at `line_start` (a fax's dust lines
    between at most)."""
    return [f for f in reading.fields if f.kind == "third_party" and insured_label(re.sub(r"\s+", " ", f.label))
            and f.value and f.end <= line_start and only_dust_lines(reading.text[f.end:line_start])]


def filled_only_for_someone_else(reading: PageReading, field) -> bool:
    """The insured's label says, on its own line, that the block is filled only for an insured who is not the patient:
    whoever it names is a third party, even where no beneficiary's field names the patient apart (seventh corpus's
    transport prescriptions: `Nom et prénom … :` / `BÉNARD JULES` above, the father's number in the block)."""
    line_end = reading.folded.find("\n", field.label_start)
    return NOT_THE_INSURED_RE.search(reading.folded, field.label_start,
                                     len(reading.folded) if line_end < 0 else line_end) is not None \
        and not named_above(reading, field)


def named_above(reading: PageReading, field) -> bool:
    """The insured's name is printed above its block, in the patient's (`BÉNARD ÉRIC` in both): the form, filled against
    its own words, says the insured is the patient (review of session 72: his own INS was set aside)."""
    words = name_words(field.value)
    before = name_key_tokens(reading.text[:max(field.label_start, 0)])
    # two words of the insured's name side by side above, in either order (`JULES BÉNARD`; `BÉNARD ÉRIC` for `BÉNARD
    # ÉRIC JEAN`)
    pairs = {frozenset(words[i:i + 2]) for i in range(len(words) - 1)}
    return any(frozenset(before[i:i + 2]) in pairs for i in range(len(before) - 1))


def number_line_above_the_beneficiary(reading: PageReading, ins, index: RegistryIndex, patient: Patient) -> bool:
    """A social security number under its plain label (`NIR :`, `N° d'immatriculation :`, no name, no `INS`) on the
    line right above the `Bénéficiaire :` or `Patient :` field of a rights or care sheet or an exam voucher
    (`ATTESTATION DE DROITS` / `NIR : 2 71 08 …` / `Bénéficiaire : JOLY Sylvie`, `BON D'EXAMEN — AYANT DROIT` / `N° de
    sécurité sociale : 2 79 06 …` / `Patient : YVONNE Picard`): the number the beneficiary's rights open under, the
    insured's, when no registry patient holds it (ood-s675-032, s634-027, s688-031). The caller still checks it against
    a beneficiary born in its year and month (`could_be_the_patients`): of her sex it may be her own, of the other a
    twin's."""
    text = reading.text
    label = words_before_on_its_line(text, ins.start)
    if not label or not label <= SS_NUMBER_WORDS or index.by_ins.get(ins.number):
        return False
    line_end = text.find("\n", ins.start)
    if line_end < 0:
        return False
    # `Patient :` for a minor whose birth date the same page prints: a page of another person's named like her (her
    # mother's own voucher after her report, review46) stays a contradiction.
    dated_minor = a_minor(patient, reading.today) and any(same_birth_date(m, patient.birth_date)
                                                           for m in reading.birth_dates)
    labels = BENEFICIARY_LABEL_RE if dated_minor else BENEFICIARY_ONLY_RE
    beneficiaries = [f for f in subject_fields(list(reading.fields)) if labels.fullmatch(f.label)]
    return any(f.start > line_end and only_dust_lines(text[line_end:text.rfind("\n", 0, f.start + 1) + 1])
               for f in beneficiaries)


# `Bénéficiaire :` names whoever the rights are opened for; `Patient :` does so for a minor only (an adult's voucher
# under another person's number is no parent's case: review46).
BENEFICIARY_ONLY_RE = re.compile(r"BENEFICIAIRE")
BENEFICIARY_LABEL_RE = re.compile(r"BENEFICIAIRE|PATIENT\(E\)|PATIENTE?")
GENERATION_YEARS = 15  # a parent is at least this much older than the child
PARENT_AGE_GAP = range(GENERATION_YEARS, 71)  # years by which a parent's birth may precede the child's
MAJORITY_YEARS = 18


def first_part(given_name: str) -> str:
    """`Jules-Henri` → JULES: a father so named may print `FAURE Jules` (review49)."""
    return name_key(re.split(r"[-\s]", given_name.strip(), maxsplit=1)[0])


def a_minor(patient: Patient, today: date) -> bool:
    return not an_adult(patient.birth_date, today)


def a_parents_number(ins, patient: Patient, index: RegistryIndex) -> bool:
    """The number's year of birth (either century) could be a parent's of the patient: an adult's own sheet with her
    number misread in its year (`NIR : 2 73 08 …` for a beneficiary born 03/08/1971) is hers, to be checked (review42).
    Not when a registry namesake of the patient (her surname, her first given name) is of the number's sex, year and
    month: it may be his own, the page his (review46: FAURE Jules the father, born in November 1953, and his son)."""
    year, month = ins.birth_year_month
    if not year.isdigit():
        return False
    namesake_of_the_number = any(
        other.sex == ins.sex and f"{other.birth_date.year % 100:02d}" == year and other.birth_date.month == month
        for other in registry_namesakes(patient, index, first_part))
    return not namesake_of_the_number and any(
        patient.birth_date.year - century - int(year) in PARENT_AGE_GAP for century in (1800, 1900, 2000))


def only_dust_lines(between: str) -> bool:
    """Nothing between two lines but what a fax leaves on a line of its own (`‘`, `|`, `.`), two such lines at most
    (ood-s636-015: `Assurée : JOSIANE BLANCHARD` / `‘` / `N° d'immatriculation : 2 86 10 …`)."""
    return not between.strip(LINE_DUST + "\n") and between.count("\n") <= BLANK_LINES_SKIPPED + 1


def insured_holder_fits(reading: PageReading, ins, index: RegistryIndex) -> bool:
    """The number is no registry patient's INS, or it is the INS of the person an insured's field names (`Assuré(e) :
    MARTIN Léa` with Léa's own number). Another registry patient's number under the insured's name is no insured's:
    nobody can tell whose it is (review7's q11.py `insured_is_other_reg`)."""
    holders = index.by_ins.get(ins.number, [])
    insured = [f for f in reading.fields if f.kind == "third_party" and insured_label(f.label) and f.value]
    return not holders or any(names_the_patient(f, holder) or names_the_holder_misread(f.value, holder)
                              for f in insured for holder in holders)


MISREAD_NAME_LETTERS = 5  # a shorter first name one letter off may be another one (`LEA`, `LIA`)


def names_the_holder_misread(value: str, holder: Patient) -> bool:
    """The insured's field prints the holder's surname and her first given name with one letter lost, added or misread
    (`Assurée : DUPONT-MARTIN Émiie — <Émilie's INS>` on a fax, ood-s736-020): the number's holder is the one named
    there. A first name of fewer than five letters one letter off may be another's (`LEA`, `LIA`)."""
    words = name_words(value)
    surnames = [name for name in (holder.birth_name, holder.used_name) if name]
    first = name_key(holder.first_given_name)
    others = [w for w in words if w not in name_key_tokens(" ".join(surnames))]
    return len(first) >= MISREAD_NAME_LETTERS and any(contains_name(words, name) for name in surnames) \
        and any(Levenshtein.distance(w, first) == 1 for w in others)


def explained_by(patient_ipp: str, other_ipp: str, findings: Findings, readings: Sequence[PageReading] = ()) -> bool:
    """True when every place that matched `other` matched `patient` too (identical traits, told apart by INS). A
    patient matched by fields alone is explained when those fields are the only name field of their pages, which
    matched the INS holder too (`Nom de naissance : REYNAUD` / … / `INS : <REYNAUD Marie Hélène's>` also fits ROUX
    épouse REYNAUD Marie, born the same day: third corpus s79 resultats_004)."""
    own = {occ.span for occ, _ in findings.trait_matches.get(patient_ipp, [])}
    other = {occ.span for occ, _ in findings.trait_matches.get(other_ipp, [])}
    other_pages = set(findings.field_matches.get(other_ipp, []))
    fields_explained = other_pages <= set(findings.field_matches.get(patient_ipp, []))
    by_fields_alone = not other and bool(other_pages) and all(
        len([f for f in r.fields if f.kind in NAME_FIELD_KINDS and f.value]) == 1
        for r in readings if r.page_number in other_pages)
    # each of the other's matches lies within one of hers: `Jean-Pierre` printed, the registry's `Jean Pierre` matched
    # fewer of its words (third corpus s95 numerisation_0001) — her extra words not set apart from his (`Jean, Pierre`,
    # `Jean / Pierre` fit the other's two given names: review C of session 66)
    pages = {r.page_number: r for r in readings}
    inside = all(any(page == own_page and own_start <= start and end <= own_end
                     and (page in pages or (own_start, own_end) == (start, end))
                     and not listed_apart(pages.get(page), (own_start, own_end), (start, end))
                     for own_page, own_start, own_end in own) for page, start, end in other)
    return other_ipp not in findings.ins_matches and (bool(other) or by_fields_alone) and inside \
        and fields_explained


def listed_apart(reading: PageReading | None, holders: tuple[int, int], others: tuple[int, int]) -> bool:
    """The words of the holder's match outside the other's are set apart by a comma, a slash or a semicolon."""
    if reading is None or holders == others:
        return False
    tokens, text = reading.tokens, reading.text
    outside = text[tokens[holders[0]].start:tokens[others[0]].start] + " " \
        + text[tokens[others[1] - 1].start:tokens[holders[1] - 1].start]
    return re.search(r"[,/;]", outside) is not None


def held_at_the_ins_holders_places(chosen: set[str], findings: Findings, readings: Sequence[PageReading]) -> set[str]:
    """The patients held as candidates (`under_heading`) only at the dates that designate the one patient whose INS the
    document prints, their fields explained by hers (`explained_by`): the same printed identity, which her INS says is
    hers — not a second person the document names."""
    if len(chosen) != 1 or set(findings.ins_matches) != chosen:
        return set()
    holder = next(iter(chosen))
    places = {(occurrence.page, mention.token_index) for occurrence, mention in findings.trait_matches.get(holder, [])}
    return {ipp for ipp, held in findings.under_heading.items()
            if ipp != holder and ipp not in findings.trait_matches
            and all((page, mention.token_index) in places for page, mention in held)
            and explained_by(holder, ipp, findings, readings)}


def chosen_patients(findings: Findings, readings: Sequence[PageReading] = ()) -> set[str]:
    """Strong candidates, less those whose every trait match is also an INS-confirmed patient's."""
    strong = findings.strong_ipps
    ins_confirmed = list(findings.ins_matches)
    if len(ins_confirmed) == 1:
        return {ipp for ipp in strong
                if ipp == ins_confirmed[0] or not explained_by(ins_confirmed[0], ipp, findings, readings)}
    return strong


# --- contradictions ------------------------------------------------------------------------------

def fmt(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def same_birth_date(mention: DateMention, birth_date: date) -> bool:
    """Whether the date printed is that birth date, as printed: a day glued to a glyph (`l5/05/1960`) that
    may have lost a `1` is never read as 15 — it contradicts a patient born on the 15th as on the 5th
    (digits are never corrected), and it designates no one (date_near)."""
    if mention.value == birth_date:
        return True
    # `12/03/15` may be 1915 or 2015: same day and month and year modulo 100 is not a contradiction.
    return (mention.two_digit_year and mention.value.replace(year=2000) == birth_date.replace(year=2000)
            and mention.value.year % 100 == birth_date.year % 100)


def name_key_tokens(text: str) -> list[str]:
    return [t.key for t in tokenize(text)]


def contains_name(tokens: list[str], name: str) -> bool:
    key = name_key(name)
    if not key:
        return False
    return any("".join(tokens[i:j]) == key
               for i in range(len(tokens)) for j in range(i + 1, min(i + MAX_NAME_TOKENS, len(tokens)) + 1))


def compound_beyond_the_first_name(value: str, patient: Patient) -> bool:
    """The field's first word is a compound whose leading parts are the registry's first given name and whose next part
    is not her next given name (`Prénom : Jean-Marie` for a Jean): another first name, as `Marie-Claire` is not Marie
    in a sentence (first_name_continues) — review24's F8 filed the registered Jean."""
    words = [w for w in re.split(r"[\s,;/]+", value) if name_key(w) and name_key(w) not in CIVILITY_SEX]
    if not words:
        return False
    parts = [name_key(p) for p in re.split(r"[-‐‑]", words[0]) if name_key(p)]
    return glued_beyond(parts, patient)


def glued_beyond(parts: list[str], patient: Patient) -> bool:
    """`parts` (a hyphenated word's) open with the first given name's own parts and go on with a part that is not
    the registry's next given name."""
    first = name_key_tokens(patient.first_given_name)
    given = [name_key(n) for n in split_first_names(patient.first_names.replace("-", " "))]
    return len(parts) > len(first) and parts[:len(first)] == first and given[len(first):len(first) + 1] != \
        [parts[len(first)]]


def first_name_glued_to_another(patient: Patient, readings: list[PageReading], findings: Findings) -> list[dict]:
    """The first name the patient was found by is glued by a hyphen to a given name before it (`Jean-Pierre CHAUVEAU`
    for a Pierre, `Anne-Marie DURAND` for a Marie): the person printed is a Jean-Pierre — review24's F8 filed the
    registered Pierre. Contradiction only."""
    problems = []
    first = set(name_key_tokens(patient.first_given_name))
    for occurrence, reading in own_occurrences(patient, readings, findings):
        tokens, text = reading.tokens, reading.text
        for i in occurrence.name_tokens:
            if i == 0 or tokens[i].key not in first or i - 1 in occurrence.name_tokens:
                continue
            before = tokens[i - 1]
            glued = text[before.start + len(before.key):tokens[i].start] in HYPHENS
            if glued and before.key.isalpha() and len(before.key) >= 2 and before.line == tokens[i].line \
                    and before.key not in CIVILITY_SEX and not is_title(reading, before):
                read = text[before.start:tokens[i].start + len(tokens[i].key)]
                problems.append(problem(occurrence.page, "first_name", read, patient.first_given_name,
                                        f"prénom composé « {read} » lu page {occurrence.page} : le premier prénom "
                                        "du registre n'en est qu'une partie"))
    return problems


def another_given_name_before_the_first(patient: Patient, readings: list[PageReading], findings: Findings,
                                        index: RegistryIndex) -> list[dict]:
    """The first name the patient was found by, written before her surname, follows another given name with only a
    space between them (`Patiente : Claire Marie DURAND`, `Mme Claire Marie DURAND` for a Marie): the person printed is
    a Claire — review24's F8b filed the registered Marie. That word is a given name the registry gives someone, or
    follows a civility, in a name field's opening run or before the name in the text. One of the patient's own given
    names there (`Marie Claire`, either order), a title, or a comma between them say nothing. Contradiction only."""
    problems = []
    for reading in readings:
        for f in (f for f in reading.fields if f.kind == "name" and f.value):
            run = token_index_at(reading.tokens, f.start), token_index_at(reading.tokens, opening_run_end(reading.text, f))
            problems += given_name_before(patient, reading, *run, index, within=True)
    for occurrence, reading in own_occurrences(patient, readings, findings):
        problems += given_name_before(patient, reading, occurrence.start, occurrence.end, index, within=False)
    return problems[:1]


def given_name_before(patient: Patient, reading: PageReading, lo: int, hi: int, index: RegistryIndex, within: bool
                      ) -> list[dict]:
    """In tokens [lo, hi), the patient's first given name written before her surname in small letters, right after
    another given name so written — a given name of the registry, or a word after a civility (see
    another_given_name_before_the_first). With `within`, that word must stand in [lo, hi) too (a field's run).
    review26: a civility the code does not know (`Melle`, `Mrne`) is no given name."""
    tokens, text = reading.tokens, reading.text
    first = name_key(patient.first_given_name)
    own = own_name_words(patient)
    surnames = set(surname_keys(patient))
    for k in range(lo, min(hi, len(tokens))):
        if tokens[k].key != first or not any(tokens[j].key in surnames for j in range(k + 1, min(hi, len(tokens)))):
            continue
        j = k - 1
        if j < 0 or (within and j < lo):
            return []
        before = tokens[j]
        known = before.key in index.given_names \
            or after_a_civility(reading, j)
        if text[before.start + len(before.key):tokens[k].start] == " " and before.line == tokens[k].line \
                and before.titlecase and tokens[k].titlecase and before.key.isalpha() and before.key not in own and known \
                and before.key not in CIVILITY_SEX and before.key not in CONNECTOR_WORDS \
                and before.key not in FIELD_WORDS and not is_title(reading, before):
            read = text[before.start:tokens[k].start + len(tokens[k].key)]
            return [problem(reading.page_number, "first_name", read, patient.first_given_name,
                            f"prénoms « {read} » lus page {reading.page_number} : le premier n'est pas celui du "
                            "registre")]
        return []
    return []


SURNAME_DATE_GAP = 3  # words between a surname and its birth date (`LEFEBVRE P. 03/04/1960`, `LEFEBVRE, né le …`)


def another_patient_by_surname_and_date(patient: Patient, reading: PageReading, index: RegistryIndex,
                                        readings: Sequence[PageReading] = ()) -> list[dict]:
    """Another registry patient's surname printed with his exact birth date right after it, without his first name
    (`M. LEFEBVRE 03/04/1960`, `LEFEBVRE P. 03/04/1960`, `M. LEFEBVRE` / `03/04/1960` opening the next line): the page
    names him — two documents scanned as one (review24's F3: the first one's DURAND Marie was filed with LEFEBVRE's
    prescription). Not a doctor, unless his first name is printed too and the date is older than any doctor's birth
    (`Dr Léo BRUN   15/02/1981` in a list of patients seen: review91 filed the other patient listed), not a third
    party's field, a relation's field (`Accompagnant : LEGRAND, 09/06/2012`) or a relative spoken of, nor the relative
    whose date `a_relative_dated_below_the_form` reads as no contradiction (her maiden name after `née`: `son épouse,
    Mme Dominique NGUYEN née PERRIN, née le …`); a namesake born the patient's own day is left to the twins' rules.
    Contradiction only."""
    tokens, problems = reading.tokens, []
    for start, end, other, _kind in surname_spans(reading, index):
        third_party = after_a_doctor_title(reading, start) or spoken_of_as_third_party(reading, start)
        if other.ipp == patient.ipp or other.birth_date == patient.birth_date \
                or (third_party and not a_titled_patient(reading, start, end, other)) \
                or a_relative_named(reading, start):
            continue
        if any(same_birth_date(m, other.birth_date) and not m.glued
               and ((m.line == tokens[start].line and 0 <= m.token_index - end <= SURNAME_DATE_GAP)
                    or date_opening_the_next_line(reading, end, m))
               and not (m in reading.birth_dates
                        and a_relative_dated_below_the_form(m, patient, reading, readings or [reading]))
               for m in reading.dates):
            problems.append(problem(reading.page_number, "other_patient", other.ipp, patient.ipp,
                                    f"un autre patient du registre est nommé avec sa date de naissance page "
                                    f"{reading.page_number} (IPP {other.ipp})"))
    return problems


def another_patient_on_a_page_without_the_patient(patient: Patient, reading: PageReading,
                                                  index: RegistryIndex) -> list[dict]:
    """A page that prints nothing of the patient (none of her surnames, her birth date, INS or IPP) but another
    registry patient's surname, first given name and exact birth date, wherever they stand on it: the page is that
    other patient's — two documents faxed or scanned as one, the other's identity table read by OCR cell by cell, its
    labels lost (ood6 seed 2: `LAFARGUE-CAZENAVE` / … / `JEAN-PAUL` / `19-04-1985` on page 2, filed whole under the
    patient named on page 3). A doctor, a third party's field or a relative spoken of is no such patient.
    Contradiction only."""
    if page_names_the_patient(patient, reading):
        return []
    tokens, problems, seen = reading.tokens, [], set()
    for start, end, other, kind in surname_spans(reading, index):
        if other.ipp == patient.ipp or other.ipp in seen or not written_as_a_name(tokens[start:end]) \
                or after_a_doctor_title(reading, start) or spoken_of_as_third_party(reading, start) \
                or a_relative_named(reading, start) or under_someone_elses_heading(reading, start):
            continue
        first = name_key(other.first_given_name)
        first_printed = bool(first) and any(written_as_a_name(tokens[a:b]) and not after_a_doctor_title(reading, a)
                                            for a, b in spans_matching(tokens, first, 0, len(tokens)))
        both_names = not first_printed and kind == "used_name" and birth_name_after_nee(tokens, end, other)
        if (first_printed or both_names) \
                and any(same_birth_date(m, other.birth_date) and not m.glued for m in reading.dates):
            seen.add(other.ipp)
            what = "le nom d'usage, le nom de naissance" if both_names else "le nom, le prénom"
            problems.append(problem(reading.page_number, "other_patient", other.ipp, patient.ipp,
                                    f"la page {reading.page_number} ne nomme pas le patient mais porte {what} et la "
                                    f"date de naissance d'un autre patient du registre (IPP {other.ipp})"))
    return problems


def birth_name_after_nee(tokens: Sequence[Token], end: int, other: Patient) -> bool:
    """After the other patient's used name (tokens before `end`), `née` and her birth name on the same line (`MARTIN
    née FABRE`): her two names together name her as her first name would, where OCR lost it (ood7 seed 9101, o7_024:
    a request's sticker read `MARTIN née FABRE` / `…ssance 08/06/1980` on page 2, the file filed whole under page 1's
    patient)."""
    birth = name_key(other.birth_name)
    if birth == name_key(other.used_name) or end >= len(tokens) or tokens[end].key != "NEE" \
            or tokens[end].line != tokens[end - 1].line:
        return False
    return any(a == end + 1 and written_as_a_name(tokens[a:b])
               for a, b in spans_matching(tokens, birth, end + 1, min(len(tokens), end + 1 + MAX_NAME_TOKENS)))


def written_as_a_name(tokens: Sequence[Token]) -> bool:
    """Capitals or a capital first (`BERTRAND`, `Camille`), not a word of prose (`Petit hypersignal`: review C)."""
    return all(t.capitalised or t.titlecase for t in tokens if t.key.isalpha())


SOMEONE_ELSES_HEADING_LINES = 6  # non-blank lines above a surname where a relative's or third party's heading stands
SOMEONE_ELSES_HEADING_RE = re.compile(r"(?<![\w-])(?:MATERNEL\w*|PATERNEL\w*|CONFIANCE|PREVENIR|DONNEU\w*|AIDANT\w*"
                                      r"|TUTEUR|TUTRICE|CONJOINT\w*|EPOU\w*|MARI|MERE|PERE|PARENT\w*|FRERE|SOEUR"
                                      r"|ASSURE\w*|OUVRANT\w*|REPRESENTANT\w*|RESPONSABLE|ACCOMPAGN\w*|PROCHE\w*"
                                      r"|CONTACT|REFERENT\w*|FAMILLE|ENTOURAGE|SIGNATAIRE|TEMOIN)(?![\w-])")


def under_someone_elses_heading(reading: PageReading, start: int) -> bool:
    """A relative's or a third party's heading a few lines above (`Renseignements maternels` / `?` / `BERTRAND` / junk
    / `CAMILLE` / `12-05-1993`, `Personne de confiance`, `Donneur vivant`: review C) — the box is that person's, in the
    patient's own file."""
    above = reading.folded[:reading.tokens[start].start].split("\n")
    lines = [line for line in above if line.strip()][-SOMEONE_ELSES_HEADING_LINES - 1:]
    return any(SOMEONE_ELSES_HEADING_RE.search(line) for line in lines)


def page_names_the_patient(patient: Patient, reading: PageReading) -> bool:
    """One of the patient's surnames, her birth date, INS or IPP printed on the page."""
    keys = surname_keys(patient)
    return any(spans_matching(reading.tokens, key, 0, len(reading.tokens)) for key in keys) \
        or prints_her_identifiers(patient, reading)


def prints_her_identifiers(patient: Patient, reading: PageReading) -> bool:
    """Her birth date, INS or IPP printed on the page."""
    return any(same_birth_date(m, patient.birth_date) for m in reading.dates) \
        or (bool(patient.ins) and any(m.number == patient.ins for m in reading.ins)) \
        or (bool(patient.ipp) and re.search(rf"(?<!\d){re.escape(patient.ipp)}(?!\d)", reading.text) is not None)


def a_titled_patient(reading: PageReading, start: int, end: int, patient: Patient) -> bool:
    """A doctor's title before the patient's whole name, outside a third party's field, the patient older than any
    doctor (`another_patient_by_surname_and_date`): if his birth date follows, the page names him."""
    return after_a_doctor_title(reading, start) and not reading.in_third_party_field(reading.tokens[start].start) \
        and first_name_beside(reading.tokens, name_key(patient.first_given_name), start, end) \
        and age_on(patient.birth_date, reading.today) >= YOUNGEST_DOCTOR


def date_opening_the_next_line(reading: PageReading, end: int, mention: DateMention) -> bool:
    """The name ends its line (token `end` is past it) and the date opens the next one (`M. LEFEBVRE` / `03/04/1960`):
    a name and its date printed on two lines (review24's F3, second form)."""
    tokens = reading.tokens
    line = tokens[end - 1].line
    return mention.line == line + 1 and (end == len(tokens) or tokens[end].line != line) \
        and (mention.token_index == 0 or tokens[mention.token_index - 1].line != mention.line)


def a_relative_named(reading: PageReading, start: int) -> bool:
    """The name at token `start` is a relative's: in a relation's field or spoken of as one (`Fils : …`)."""
    return in_a_relation_field(reading, reading.tokens[start].start) or spoken_of_as_a_relative(reading, start)


def first_name_agrees(tokens: list[str], patient: Patient) -> bool:
    words = [t for t in tokens if t not in CIVILITY_SEX]
    given = [name_key(n) for n in split_first_names(patient.first_names)]
    first = given[0] if given else ""
    return any("".join(words[:k]) == first for k in range(1, MAX_NAME_TOKENS + 1)) or \
        "".join(words) == "".join(given)


def contradictions_for(patient: Patient, readings: list[PageReading], findings: Findings,
                       index: RegistryIndex) -> list[dict]:
    problems = []
    for reading in readings:
        problems += birth_date_contradictions(patient, reading, readings)
        problems += sex_after_birth_date_contradictions(patient, reading)
        problems += ins_contradictions(patient, reading, index)
        problems += field_contradictions(patient, reading, index)
        problems += foreign_identity_contradictions(patient, reading, findings)
        problems += foreign_running_header(patient, reading)
        problems += a_namesakes_first_name_on_a_surname_page(patient, reading, index)
        problems += identities_in_third_party_fields(patient, reading, index)
        problems += twins_named_as_relatives(patient, reading, index)
        twins = twin_identity_contradictions(patient, reading, index)
        problems += twins + same_surname_identities(patient, reading, index, {p["read"] for p in twins})
        problems += unread_date_contradictions(patient, reading, findings, index)
        problems += another_patients_ins_in_commas(patient, reading, index)
        problems += another_patient_by_surname_and_date(patient, reading, index, readings)
        problems += another_patient_on_a_page_without_the_patient(patient, reading, index)
    problems += sex_contradictions(patient, readings, findings, index)
    problems += companion_of_a_relative(patient, readings, findings)
    problems += first_name_glued_to_another(patient, readings, findings)
    problems += another_given_name_before_the_first(patient, readings, findings, index)
    problems += companion_beside_someone_else(patient, readings, findings, index)
    problems += subject_after_a_relation_of_the_other_sex(patient, readings)
    problems += a_relative_seen(patient, readings)
    problems += surname_contradictions(patient, readings, findings, index)
    problems += several_patients_announced(readings)
    problems += a_page_from_another_place(patient, readings)
    return problems


# A fax's cover sheet, first of several pages (a `TÉLÉCOPIE` or `FAX` line, `Nombre de pages`), whose object announces
# the documents of several patients (`Objet : Documents concernant 2 patients`, ood6 seeds 2 and 3): whoever a page
# names, the file is not one patient's. Not a letter that speaks of other patients (`en contact avec 2 patients
# porteurs de BHRe`, `RCP : 5 patientes discutées`: review D), nor a bordereau's note.
COVER_SHEET_RE = re.compile(r"^[^\w\n]*(?:TELECOPIE|FAX)[^\w\n]*$|(?<![\w-])NOMBRE\s+DE\s+PAGES(?![\w-])", re.MULTILINE)
SEVERAL = r"(?:[2-9]|DEUX|TROIS|QUATRE|CINQ|PLUSIEURS|DIFFERENTS)\s+PATIENT(?:E|\(E\))?S(?![\w-])"
SEVERAL_PATIENTS_RE = re.compile(
    rf"^[^\w\n]*OBJET\W[^\n]*?(?<![\w-]){SEVERAL}"
    rf"|(?<![\w-])(?:DOCUMENTS?|DOSSIERS?|COMPTES?[\s-]+RENDUS?|RESULTATS?|COURRIERS?|PIECES?)\s+"
    rf"(?:CONC\w*|DE|POUR|RELATIFS?\s+A)\s+{SEVERAL}", re.MULTILINE)


def several_patients_announced(readings: list[PageReading]) -> list[dict]:
    cover = readings[0] if len(readings) > 1 else None
    announced = SEVERAL_PATIENTS_RE.search(cover.folded) if cover and COVER_SHEET_RE.search(cover.folded) else None
    if announced is None:
        return []
    read = cover.text[announced.start():announced.end()].strip()
    return [problem(1, "identity", read, "", "le bordereau de télécopie page 1 annonce les documents de plusieurs "
                                              f"patients (« {read} ») : à scinder")]


# A letter's place and date, alone on their line (`Nancy, le 06/11/2024`, `Fait au Mans, le lundi 3 mars 2024`, the
# `l` of `le` read `I`), and the words that make such a line no town's (`Signé électroniquement, le …`, `Validé par Dr
# PETIT, le …`: review B of session 66).
PLACE_AND_DATE_LINE_RE = re.compile(
    r"^[^\w\n]*(?:FAIT\s+(?:A|AU|AUX)\s+|A\s+)?(?P<place>[A-Z][A-Z'-]*(?:[ -][A-Z][A-Z'-]*){0,3})\s*,?\s*(?:LE|IE)\s+"
    r"(?:(?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE)\s+)?"
    r"\d{1,2}(?:ER)?\s*[/.-]?\s*(?:\d{1,2}|[A-Z]+)\s*[/.-]?\s*\d{2,4}[^\w\n]*$", re.MULTILINE)
NOT_A_TOWN = {"VALIDE", "VALIDEE", "SIGNE", "SIGNEE", "DICTE", "DICTEE", "LU", "APPROUVE", "PAR", "DR", "DOCTEUR", "PR",
              "ELECTRONIQUEMENT", "IMPRIME", "EDITE", "TAPE", "FRAPPE", "RECU", "VU", "BON", "POUR", "ACCORD", "MIS",
              "JOUR", "DOCUMENT", "COURRIER", "COMPTE", "RENDU", "ENVOYE", "TRANSMIS", "DATE", "FAXE", "PATIENT",
              "SIGNATURE", "MEDECIN", "RELU", "REDIGE", "ETABLI", "CERTIFIE", "SECRETARIAT", "SERVICE", "CABINET",
              "ACCUEIL", "LABORATOIRE", "CLINIQUE", "HOPITAL", "CENTRE"}
# A page the patient fills in or signs (`Lu et approuvé`, a consent) may be dated from her own town.
SIGNED_BY_THE_PATIENT_RE = re.compile(r"JE\s+SOUSSIGNEE?|SIGNATURE\s+DU\s+PATIENT|LU\s+ET\s+APPROUVE|QUESTIONNAIRE"
                                      r"|CONSENTEMENT")
TOWN_FILLER_WORDS = {"LE", "LA", "LES", "L'", "CEDEX"}
SAME_PLACE_SIMILARITY = 80  # rapidfuzz ratio: `CHARTRES` read `CHARTRCS` on another page is the same town


def a_page_from_another_place(patient: Patient, readings: list[PageReading]) -> list[dict]:
    """A page that names nobody the patient is (none of her surnames but a doctor's, her birth date, INS or IPP) and
    dates itself from another town than the pages that name her (`Nancy, le 06/11/2024` above a prescription whose
    patient a smudge hid, `Chartres, le 06/11/2024` above hers; fifth corpus s30_005, filed whole under the second
    page's patient): two documents scanned as one, the first of someone unread. Not a fax's cover sheet, nor a page the
    patient signs. Only review: two documents from one town, or a page without such a line, are not told apart (review
    B of session 66). Contradiction only."""
    if len(readings) < 2:
        return []
    hers = {r.page_number for r in readings if names_her_as_the_patient(patient, r)}
    her_places = [place for r in readings if r.page_number in hers for place in towns_dating_the_page(r)]
    if not her_places:
        return []
    problems = []
    for reading in readings:
        if reading.page_number in hers:
            continue
        other = next((place for place in towns_dating_the_page(reading)
                      if not any(same_town(place, own) for own in her_places)), None)
        if other is not None:
            problems.append(problem(reading.page_number, "identity", other.title(), her_places[0].title(),
                                    f"la page {reading.page_number} ne nomme pas le patient et vient d'un autre lieu "
                                    f"(« {other.title()}, le … ») : un autre document, peut-être d'un autre patient"))
    return problems


def towns_dating_the_page(reading: PageReading) -> list[str]:
    if COVER_SHEET_RE.search(reading.folded) or SIGNED_BY_THE_PATIENT_RE.search(reading.folded):
        return []
    return [m.group("place") for m in PLACE_AND_DATE_LINE_RE.finditer(reading.folded)
            if not set(re.split(r"[ -]+", m.group("place"))) & NOT_A_TOWN]


def same_town(a: str, b: str) -> bool:
    """`NANCY` and `NANCY CEDEX`, `SAINT-ETIENNE` and `ST ETIENNE`, `LE MANS` and `MANS`, `METZ` read `MCTZ`."""
    a, b = town_key(a), town_key(b)
    return fuzz.ratio(a, b) >= SAME_PLACE_SIMILARITY or Levenshtein.distance(a, b) <= 1 \
        or a.replace(" ", "") in b.replace(" ", "") or b.replace(" ", "") in a.replace(" ", "")


def town_key(place: str) -> str:
    words = re.split(r"[ -]+", place.replace("SAINTE", "STE").replace("SAINT", "ST"))
    return " ".join(w for w in words if w not in TOWN_FILLER_WORDS)


def names_her_as_the_patient(patient: Patient, reading: PageReading) -> bool:
    """`page_names_the_patient`, a doctor of her name aside (`Dr Gisèle MARTIN` on a letterhead)."""
    tokens = reading.tokens
    return any(not after_a_doctor_title(reading, start)
               for key in surname_keys(patient) for start, _end in spans_matching(tokens, key, 0, len(tokens))) \
        or prints_her_identifiers(patient, reading)


COMPANION_VERBS = {"ACCOMPAGNE", "ACCOMPAGNENT", "PRESENTE", "PRESENTENT", "AMENE", "AMENENT", "CONDUIT", "EMMENE"}
COMPANION_WINDOW = 15  # tokens after the patient's name where the sentence goes on (`, né le …, accompagne sa fille`)


def companion_of_a_relative(patient: Patient, readings: list[PageReading], findings: Findings) -> list[dict]:
    """`M. MARTIN Paul, né le 01/01/1950, accompagne sa fille.`, `Mme MARTIN Léa … nous présente son fils de 3 mois`,
    `… amène sa voisine Mme X`: the person named is the companion, the subject is the relative — the identity printed
    is not the subject's (review7's q7.py, review10's q_pn3: filed under the companion on main). `accompagné(e) de sa
    fille` (passive) is the patient's."""
    problems = []
    for occurrence, reading in own_occurrences(patient, readings, findings):
        tokens = reading.tokens
        window = [t for t in tokens[occurrence.end:occurrence.end + COMPANION_WINDOW]
                  if t.line == tokens[occurrence.end - 1].line]
        for verb, owner, relative in zip(window, window[1:], window[2:]):
            if verb.key in COMPANION_VERBS and possessive(owner.key) \
                    and relative.key in COMPANIONS_RELATIVES:
                read = reading.text[verb.start:relative.start + len(relative.key)]
                problems.append(problem(occurrence.page, "identity", read, patient.birth_name,
                                        f"le patient nommé page {occurrence.page} accompagne un proche (« {read} ») : "
                                        "le document concerne peut-être ce proche"))
    return problems


# Someone named as the one with the subject: `Présent : M. SIMON Paul (18/04/1972)`, `Mme LEFEBVRE Marie (03-03-1962)
# l'accompagne.`, `M. LEROY Louis, né le …, est présent.` — not `s'est présentée à ma consultation` (the subject), nor
# `présente une toux` (a verb: only the masculine `présent` stands alone). A fax reads `présemt`, `I'accompagne`.
COMPANION_LABEL_RE = re.compile(r"[\W_]*(?:(?:PERSONNES?\s+)?PRES[EN][NM]TE?S?|PRES[EN][NM]T\s*\(\s*E\s*\)\s*S?"
                                r"|ACCOMPAGNANTE?S?|ACCOMPAGNATEUR|ACCOMPAGNATRICE|EN\s+PRESENCE\s+DE)\s*:")
PRESENT_WORDS = {"PRESENT", "PRESENTE", "PRESENTS", "PRESENTES"}
AS_WELL_WORDS = {"EGALEMENT", "AUSSI"}
ACCOMPANIES_WORDS = {"ACCOMPAGNE", "ACCOMPAGNENT"}
# A fax misreads the companion's markers by a glyph (`Présnt :`, `Préseute :`, `l'accompogne`, `est préseut`) and the
# civility after the label (`Monsienr`, `Madome`): one glyph off a word of six letters or more is still that word.
MISREAD_COMPANION_LABEL_RE = re.compile(r"[\W_]*([A-Z0-9]{6,9})\s*:")
LONG_CIVILITIES = {"MONSIEUR", "MADAME", "MADEMOISELLE"}


def one_glyph_from(word: str, known: set[str]) -> bool:
    return word in known or (len(word) >= 6 and any(Levenshtein.distance(word, k) <= 1 for k in known))


def companion_label_end(before: str) -> int | None:
    """Where a `Présent :` label opening the line ends (read one glyph off, too), or None."""
    if label := COMPANION_LABEL_RE.match(before):
        return label.end()
    misread = MISREAD_COMPANION_LABEL_RE.match(before)
    return misread.end() if misread and one_glyph_from(misread.group(1), PRESENT_WORDS) else None


def only_a_civility(text: str) -> bool:
    words = re.findall(r"[A-Z0-9]+", text)
    return CIVILITY_ONLY_RE.fullmatch(text) is not None or (len(words) == 1 and one_glyph_from(words[0],
                                                                                                LONG_CIVILITIES))


ADJECTIVE_ARTICLES = {"LE", "LA", "LES", "DU", "AU", "AUX", "DES", "CE", "CET", "CETTE"}


def named_as_a_companion(reading: PageReading, occurrence: Occurrence) -> str:
    """How the name is introduced as the one with the subject: "accompagne" when its sentence goes on with
    « l'accompagne », "present" in a `Présent :` field opening its line, or before « est (également) présent(e) »,
    « présent », « assiste », else ""."""
    tokens, text = reading.tokens, reading.text
    offset = tokens[occurrence.start].start
    line_start = text.rfind("\n", 0, offset) + 1
    before = fold(text[line_start:offset])
    label_end = companion_label_end(before)
    if label_end is not None and only_a_civility(before[label_end:]):
        return "present"
    words = [""]
    for j in range(occurrence.end, min(occurrence.end + COMPANION_WINDOW, len(tokens))):
        # a line opening in lower case goes on with the sentence above (`M. DUPONT Paul` / `né le …`)
        wrapped = tokens[j].line == tokens[j - 1].line + 1 and text[tokens[j].start].islower()
        gap = text[tokens[j - 1].start + len(tokens[j - 1].key):tokens[j].start]
        if not (tokens[j].line == tokens[j - 1].line or wrapped) or SENTENCE_END_RE.search(gap):
            break
        if tokens[j].key not in AS_WELL_WORDS:
            words.append(tokens[j].key)
    for previous, word, following in zip(words, words[1:], words[2:] + [""]):
        if word in ("L", "I") and one_glyph_from(following, ACCOMPANIES_WORDS):
            return "accompagne"
        if (word in ("EST", "SONT") and one_glyph_from(following, PRESENT_WORDS) and previous != "S") \
                or (word in ("PRESENT", "PRESENTS", "ASSISTE", "ASSISTENT") and previous not in ADJECTIVE_ARTICLES):
            return "present"  # not `et établis le présent certificat` (ood2 s1_031)
    if words[-2:] == ["EST", "LA"]:
        return "present"  # `M. DUPONT Paul (…) est là.`
    return ""


def companion_beside_someone_else(patient: Patient, readings: list[PageReading], findings: Findings,
                                  index: RegistryIndex) -> list[dict]:
    """The patient is designated only where he is named as the one with the subject (named_as_a_companion). « X
    l'accompagne » says the page is someone else's. `Présent : M. MOREL Hugo (…)` / `Il est vu ce jour` is his own
    page, unless it names someone else — the subject hidden behind a relation word (`Accompagné de sa sœur, M.
    LEFEBVRE Marc`), a relative, a subject's field that is not his (`Patient : MOREL`): the page is that person's
    (review13's D: the companion filed on main)."""
    matches = findings.trait_matches.get(patient.ipp, [])
    companions = findings.companions.get(patient.ipp, [])
    if not (matches or companions) or patient.ipp in findings.ins_matches or patient.ipp in findings.field_matches:
        return []
    by_page = {r.page_number: r for r in readings}
    # a name after a companion phrase (gather) may only add a role: « l'accompagne » still speaks, and never excuses
    roles = {named_as_a_companion(by_page[o.page], o) for o, _ in matches} \
        | ({named_as_a_companion(by_page[o.page], o) for o, _ in companions} - {""})
    if not roles or "" in roles:
        return []
    if "accompagne" in roles:
        return [problem(0, "identity", "l'accompagne", patient.birth_name,
                        "le patient est nommé comme accompagnant (« l'accompagne ») : le document concerne la "
                        "personne qu'il accompagne")]
    other = someone_else_named(patient, readings, findings, index)
    if other is None:
        return []
    return [problem(0, "identity", other, patient.birth_name,
                    f"le patient est nommé comme présent auprès d'un autre, et le document nomme aussi « {other} » : "
                    "il concerne peut-être cette personne")]


def someone_else_named(patient: Patient, readings: list[PageReading], findings: Findings,
                       index: RegistryIndex) -> str | None:
    """What names another person on the pages, or None: people_named, third parties included — the patient's own name
    too where a relation word hides it (`Vue avec son père M. MOREL Hugo`: the subject is the one whose father he is)
    —, or a subject's field that does not name the patient."""
    own_words = own_name_words(patient)
    for reading in readings:
        tokens = reading.tokens
        own = [(o.start, o.end) for o in findings.occurrences
               if o.patient.ipp == patient.ipp and o.page == reading.page_number]
        for start, end, words in people_named(reading, index):
            if any(s < end and start < e for s, e in own) \
                    or (words <= own_words and not spoken_of_as_third_party(reading, start)):
                continue
            return reading.text[tokens[start].start:tokens[end - 1].start + len(tokens[end - 1].key)]
        for f in subject_fields(list(reading.fields)):
            if not names_the_patient(f, patient):
                return reading.text[f.start:f.end].strip()
        for i in range(len(tokens)):
            if person_noun_after_a_possessive(reading, i):  # `vient avec son papa` (review14's d2_674)
                return reading.text[tokens[i - 1].start:tokens[i].start + len(tokens[i].key)]
    return None


def subject_after_a_relation_of_the_other_sex(patient: Patient, readings: list[PageReading]) -> list[dict]:
    """`Accompagné de sa sœur, M. LEFEBVRE Marc, …`, `Demande de son fils : Mme Jeanne DUPONT`: the civility right after
    the relation noun says the other sex, so the person named is not that relative — he is the one seen, the page's
    subject (review13's D). Another patient designated on that page is not the subject."""
    own_words = own_name_words(patient)
    problems = []
    for reading in readings:
        tokens = reading.tokens
        for start, end in people_after_a_relation_of_the_other_sex(reading):
            if {t.key for t in tokens[start + 2:end]} <= own_words:
                continue  # the patient himself
            read = reading.text[tokens[start].start:tokens[end - 1].start + len(tokens[end - 1].key)]
            problems.append(problem(reading.page_number, "identity", read, patient.birth_name,
                                    f"« {read} » : la civilité n'est pas celle de ce proche, la personne nommée est "
                                    "sans doute celle que le document concerne"))
    return problems


def people_after_a_relation_of_the_other_sex(reading: PageReading) -> list[tuple[int, int]]:
    """Each relation noun after a possessive (`sa sœur`) followed on its line by a civility of the other sex (`M.`) and
    a name: the span from the noun to the name's last word."""
    tokens = reading.tokens
    found = []
    for i in range(1, len(tokens) - 1):
        sex = FAMILY_WORD_SEX.get(relation_key(reading, i))
        civility = tokens[i + 1]
        if sex is None or not possessive(tokens[i - 1].key) or tokens[i - 1].line != tokens[i].line \
                or civility.line != tokens[i].line or CIVILITY_SEX.get(civility.key, sex) == sex:
            continue
        end = i + 2
        while end < min(len(tokens), i + 2 + MAX_NAME_TOKENS) and tokens[end].line == tokens[i].line \
                and (tokens[end].capitalised or tokens[end].titlecase) and tokens[end].key.isalpha() \
                and tokens[end].key not in NOT_A_PERSON_WORD:
            end += 1
        if end > i + 2:
            found.append((i, end))
    return found


SEEN_PARTICIPLES = {"VU", "VUE", "REVU", "REVUE", "EXAMINE", "EXAMINEE", "RECU", "RECUE", "HOSPITALISE",
                    "HOSPITALISEE", "OPERE", "OPEREE", "ADRESSE", "ADRESSEE"}
SEEN_VERBS = {"CONSULTE", "CONSULTENT"}
SEEN_WINDOW = 16  # tokens between the relation noun and the verb (`Sa fille, Léa MOREAU (née le 02/02/2015), est vue`)


def a_relative_seen(patient: Patient, readings: list[PageReading]) -> list[dict]:
    """`Présent : M. MOREL Hugo (10/10/1980)` / `Sa fille MOREAU Léa est vue ce jour.`: a sentence opened by a relative
    of the person named, who is the one seen or consulting — the identity printed is the companion's, not the
    subject's (review10's q_pn4: filed under the father on main)."""
    problems = []
    for reading in readings:
        tokens = reading.tokens
        for i in range(1, len(tokens)):
            if not (possessive(tokens[i - 1].key) and opens_a_sentence(reading, i - 1)
                    and relation_key(reading, i) in COMPANIONS_RELATIVES | RELATIVE_WORDS):
                continue
            verb = seen_verb_after(reading, i)
            if verb is not None and not seen_as_well(reading, verb):
                read = reading.text[tokens[i - 1].start:tokens[verb].start + len(tokens[verb].key)]
                problems.append(problem(reading.page_number, "identity", read, patient.birth_name,
                                        f"un proche est vu page {reading.page_number} (« {read} ») : "
                                        "le document concerne peut-être ce proche"))
    return problems


def opens_a_sentence(reading: PageReading, i: int) -> bool:
    tokens = reading.tokens
    gap = reading.text[tokens[i - 1].start + len(tokens[i - 1].key):tokens[i].start] if i > 0 else ""
    return i == 0 or tokens[i - 1].line != tokens[i].line or SENTENCE_END_RE.search(gap) is not None


SENTENCE_END_RE = re.compile(r"[.!?]\s")  # not the dots of `06.03.1965`


def seen_as_well(reading: PageReading, verb: int) -> bool:
    """`Sa sœur jumelle Luc est vue ce jour également.`: the relative is seen besides the patient, not instead."""
    tokens = reading.tokens
    rest = [t.key for t in tokens[verb + 1:verb + 6] if t.line == tokens[verb].line]
    return any(key == "AUSSI" or key.startswith("EGALEM") for key in rest)


def seen_verb_after(reading: PageReading, i: int) -> int | None:
    """The token of `est vu(e)` / `consulte` in the relation noun's sentence, or None."""
    tokens = reading.tokens
    for j in range(i + 1, min(i + 1 + SEEN_WINDOW, len(tokens))):
        if tokens[j].line != tokens[i].line or opens_a_sentence(reading, j):
            return None
        if tokens[j].key in SEEN_VERBS:
            return j
        if tokens[j].key == "EST" and j + 1 < len(tokens) and tokens[j + 1].key in SEEN_PARTICIPLES:
            return j + 1
    return None


def own_occurrences(patient: Patient, readings: list[PageReading], findings: Findings
                    ) -> list[tuple[Occurrence, PageReading]]:
    """Each place the patient's name was found, with the page it was read on."""
    by_page = {r.page_number: r for r in readings}
    return [(o, by_page[o.page]) for o in findings.occurrences if o.patient.ipp == patient.ipp]


def problem(page: int, trait: str, read: str, expected: str, message_fr: str) -> dict:
    return {"page": page, "trait": trait, "read": read, "expected": expected, "message": message_fr}


def birth_date_contradictions(patient: Patient, reading: PageReading, readings: Sequence[PageReading]) -> list[dict]:
    """Another birth date printed; or the patient's own after a plural label (`LEROY Louis + Louise, nés le …`):
    several people born that day are named, twins the registry may not hold (review6's p28.py). `readings`: the
    document's pages, for what the other pages say of a relative."""
    page = reading.page_number
    return [problem(page, "birth_date", fmt(m.value), fmt(patient.birth_date),
                    f"date de naissance lue {m.text} page {page}, registre {fmt(patient.birth_date)}")
            for m in reading.birth_dates if not same_birth_date(m, patient.birth_date)
            and not in_a_close_ones_field(mention_start(m, reading), patient, reading)
            and not a_relative_dated_below_the_form(m, patient, reading, readings)
            and not in_a_close_ones_block(mention_start(m, reading), patient, reading)
            and not on_the_insureds_number_line(m, patient, reading)] + [
        problem(page, "identity", m.text, fmt(patient.birth_date),
                f"« nés le {m.text} » page {page} : plusieurs personnes nées ce jour (jumeaux ?)")
        for m in reading.birth_dates if m.plural and same_birth_date(m, patient.birth_date)]


CIVILITY_BEFORE_A_NAME = r"(?:M|MME|MR|MLLE|MONSIEUR|MADAME)\.?\s+"
# `Elle était accompagnée de sa fille, Romane BESNARD, née le 16/03/2021.`, `La personne de confiance désignée est son
# époux, M. Jacques DIALLO, né le 08/01/1957.`, `… de sa fille, PICARD EMILIE (née le 29/07/1930), elle-même suivie`:
# a possessive and a kinship noun, a civility perhaps, the relative's name (her birth name after `née` perhaps: `sa
# mère, Sandrine PAYET née DA SILVA (née le …)`, ood-s760-018), then the birth date closing the clause.
RELATIVE_BEFORE_DATE_RE = re.compile(
    rf"\b(?:SON|SA)\s+(?P<kin>[A-Z]+)\s*[,(]?\s*(?:{CIVILITY_BEFORE_A_NAME})?"
    r"(?P<name>(?:[A-Z][A-Z'\-]*\s+){1,3}[A-Z][A-Z'\-]*)(?:\s+NEE?\s+(?:[A-Z][A-Z'\-]*\s+){0,2}[A-Z][A-Z'\-]*)?"
    r"\s*[(,]?\s*NEE?\s+LE\s*$")
# Or the clause goes on about the relative as the one who helps (`(…), qui assure l'aide au quotidien`; the comma left
# out after the bracket: second corpus s126_028). Not as a patient of the practice (`, que nous suivons également`):
# that makes him likelier the one seen (review48, session 32 and 38).
RELATIVE_AFTER_DATE_RE = re.compile(r"\s*\)?\s*(?:\.(?:\s|$)|,\s*(?:LUI|ELLE)\s*-?\s*MEME\s+SUIVIE?\b"
                                    r"|,?\s*QUI\s+(?:ASSURE|S\s*'\s*OCCUPE|L\s*'\s*AIDE|VIT|HABITE)\b)")
# Whom the sentence says the relative is: the patient's companion or her trusted person, the patient its subject
# (`Elle était accompagnée de`, `Mme PÉRIN est accompagnée par`, `Accompagnée de`, `La personne de confiance désignée
# est`). Never the one the doctor sees, receives or is sent (`Je vois ce jour son fils`, `Nous avons reçu en urgence son
# époux`, `Elle nous amène son fils`, `l'état de santé de son fils`: review42).
ACCOMPANIMENT_RE = re.compile(
    r"(?:(?P<subject>[A-Z' .-]{1,60}?)\s+)?(?:(?:EST|ETAIT|A\s+ETE|ETAIT\s+VENUE?|EST\s+VENUE?|VIENT|VENUE?)?\s*"
    r"ACCOMPAGNEE?\s+(?:CE\s+JOUR\s+|AUJOURD\s*'?\s*HUI\s+)?(?:DE|PAR)\s*|(?P<lives>(?:VIT|VIVAIT|HABITE)\s+AVEC)\s*)"
    r"|(?:LA\s+)?PERSONNE\s+DE\s+CONFIANCE(?:\s+DESIGNEE?)?\s+EST\s*")
# The relative is the one seen, whatever names the form: `C'est elle qui consulte`, `… qui est vu ce jour`.
RELATIVE_SEEN_RE = re.compile(r"\bC\s*'?\s*EST\s+(?:ELLE|LUI)\s+QUI\b|\bQUI\s+(?:CONSULTE|EST\s+VUE?|VIENT)\b"
                              r"|\bCE(?:LUI|LLE)\s*-?\s*CI\b|\bCE\s+DERNIER\b|\bCETTE\s+DERNIERE\b"
                              # the form's person asks about a relative, or is there as a child's parent (review48)
                              r"|\b(?:AU\s+SUJET\s+DE|CONCERNANT|A\s+PROPOS\s+DE)\s+(?:SON|SA|SES)\s+"
                              r"(?:EPOUX|EPOUSE|MARI|FEMME|CONJOINTE?|COMPAGNON|COMPAGNE|FILS|FILLES?|ENFANTS?|MERE"
                              r"|PERE|PARENTS|FRERES?|SOEURS?)\b"
                              r"|\bEN\s+PRESENCE\s+DE\s+(?:SA|SON|SES)\s+(?:MERE|PERE|PARENTS?)\b")
RELATIVE_KIN = {"EPOUX", "EPOUSE", "MARI", "FEMME", "CONJOINT", "CONJOINTE", "COMPAGNON", "COMPAGNE", "FILS", "FILLE",
                "MERE", "PERE", "FRERE", "SOEUR", "SŒUR"}
# A sentence's end before a relative is presented: not the dot of `M.`, `Dr`, an initial; a blank line too.
SENTENCE_BREAK_RE = re.compile(r"(?<!\b[A-Z])(?<!\bMME)(?<!\bMLLE)(?<!\bDR)(?<!\bPR)[.!?]\s|\n\s*\n")


def a_relative_dated_below_the_form(mention: DateMention, patient: Patient, reading: PageReading,
                                    readings: Sequence[PageReading]) -> bool:
    """The birth date of a relative named in full, once in the document, who accompanies the patient or is her trusted
    person (`the_patient_is_accompanied`), the date closing the clause by a full stop — on a page whose own fields name
    the patient with her birth date (`the_form_names_the_patient`) and whose text names her too
    (`the_body_names_the_patient`; ood2 s2_007, s2_017, s1_034). Not on a page named in free text only (a parent's
    identity heads a child's paper: review11, review29, review40), nor when the relative is spoken of again
    (`spoken_of_again`, `C'est elle qui consulte`), the ages deny the kinship, or he bears the patient's first name.
    review42 and review43 refused two looser forms (docs/HISTORY.md, session 30)."""
    if mention.token_index >= len(reading.tokens):
        return False
    folded = reading.folded
    start = reading.tokens[mention.token_index].start
    sentence_start = max([m.end() for m in SENTENCE_BREAK_RE.finditer(folded, 0, start)], default=0)
    before = RELATIVE_BEFORE_DATE_RE.search(folded[sentence_start:start])
    if before is None or before.group("kin") not in RELATIVE_KIN:
        return False
    if (before.group("kin") in FEMALE_KIN) == (patient.sex == "F"):
        return False  # a relative of her own sex: `elle`, `Madame`, `la plus jeune` may be either (review76)
    document = "\f".join(fold(r.text) for r in readings)
    later = "\f".join(fold(r.text) for r in readings if r.page_number > reading.page_number)
    after = folded[start + len(mention.text):] + "\f" + later
    if RELATIVE_SEEN_RE.search(document) \
            or not RELATIVE_AFTER_DATE_RE.match(folded, start + len(mention.text)) \
            or seen_in_the_rest_of_the_clause(folded, start + len(mention.text)) \
            or spoken_of_again(after, before.group("kin"), patient, mention.value, reading.today) \
            or kin_named_before(folded[:sentence_start], before.group("kin")) \
            or not kinship_fits_the_ages(before.group("kin"), mention.value, patient.birth_date):
        return False
    printed = [w for w in before.group("name").split() if name_key(w) not in ("NEE", "NE")]  # `X née Y`
    words = [name_key(w) for w in printed]
    own = own_name_words(patient)
    others = [w for w in words if w not in own]
    # as printed, and each part of a compound (`JEAN-PIERRE`: JEAN, PIERRE; `N'DIAYE`: DIAYE) once too: the key of
    # `JEAN-PIERRE` is nowhere in the text, and `Jean Pierre présente…` later names him again (review B, session 65)
    pieces = [w for w in printed if name_key(w) not in own]
    pieces += [part for w in pieces for part in re.split(r"[-']", w) if len(part) > 1 and part != w]
    named_once = all(len(re.findall(rf"(?<![A-Z]){re.escape(w)}(?![A-Z])", document)) == 1 for w in pieces)
    if any(re.search(rf"\b{CIVILITY_BEFORE_A_NAME}{re.escape(w)}\b", after) for w in words + printed):
        return False  # `Mme FERÈS présente une migraine` after `sa fille, Mme Claire FERÈS`: either of them (review69)
    opening_at = sentence_opening(reading.text, sentence_start, sentence_start + before.start())
    opening = folded[opening_at:sentence_start + before.start()]
    # `Elle vit avec son époux (…)` is a social line of whoever the paper is about: only a letter that presents the
    # patient first says whose (review48's child papers under a parent's form)
    presented = (the_form_names_the_patient(patient, reading) and the_patient_is_accompanied(opening, patient)
                 and the_body_names_the_patient(folded, patient, sentence_start, start)) \
        or (an_adult(mention.value, reading.today)
            # a letter goes on about her by a word of her sex (`elle`, `Madame`, `je l'ai revue`): a telegraphic page
            # (`Ancien fumeur, essoufflé au moindre effort.`) may be his (review76)
            and spoken_of_as_of_her_sex(after, patient.sex)
            and the_text_presents_the_patient(patient, reading, folded, opening_at)
            and the_patient_is_accompanied(opening, patient, living_with=True)
            and the_body_names_the_patient(folded, patient, opening_at, start))
    return len(words) >= 2 and bool(others) and named_once \
        and not whole_word_first_name(before.group("name"), patient) and presented


# What makes a letter's line name the one it is about: its object, the doctor seeing, receiving or being sent her.
PRESENTS_THE_SUBJECT_RE = re.compile(
    r"\bOBJET\b|\bCONSULTATION\s+DE\b|\b(?:JE|J\s*'\s*AI|NOUS|NOUS\s+AVONS)\s+(?:RE)?(?:VOIS|VOYONS|VU|RECOIS|RECEVONS|RECU"
    r"|EXAMINE)\b|\bVOTRE\s+PATIENTE?\b|\bM\s*'\s*AVOIR\s+(?:CONFIE|ADRESSE)\b|\b(?:JE|NOUS)\s+VOUS\s+ADRESS(?:E|ONS)\b"
    r"|\bMERCI\s+DE\s+RECEVOIR\b")


def an_adult(birth: date, today: date) -> bool:
    """Born at least MAJORITY_YEARS ago. In a letter a child who comes with a parent is the one usually seen: a minor
    relative's date is excused only under a form's fields (review67: `Objet : consultation de Mme KLEIN Julie` /
    `Elle était accompagnée de sa fille, Lina KLEIN, née le …` / `Otite. Poids 14 kg.`)."""
    return (today - birth).days / 365.25 >= MAJORITY_YEARS


def the_text_presents_the_patient(patient: Patient, reading: PageReading, folded: str, before: int) -> bool:
    """A letter without identity fields presents the patient first, before the relative's sentence (`before`): a line
    that says she is the one the letter is about (`PRESENTS_THE_SUBJECT_RE`), then only `PRESENTING_WORDS`, civilities
    and her names (her first given name beside a surname of hers), then her own birth date and nothing of anyone else
    after it on the line (`Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947`, `Je revois ce jour Audrey
    Anne PERRON, née le 05/02/1973`), no other birth date printed above — what a form's fields say
    (`the_form_names_the_patient`). A bare identity line (`Mme Nathalie GARCIA, née le
    …`) may be a parent's heading a child's paper: it is not enough (review11, review29, review40). `folded`: the
    page's text, folded."""
    dated = sorted((m for m in reading.birth_dates if 0 <= mention_start(m, reading) < before),
                   key=lambda m: mention_start(m, reading))
    if not dated or not same_birth_date(dated[0], patient.birth_date) or in_a_relatives_field(dated[0], reading):
        return False
    start = mention_start(dated[0], reading)
    line = folded[folded.rfind("\n", 0, start) + 1:start]
    rest = rest_of_the_sentence(folded, start + len(dated[0].text))
    if re.search(r"\bET\b|\bAINSI\s+QUE\b", rest) \
            or set(name_key_tokens(rest)) & (RELATIVE_WORDS | FAMILY_WORDS | RELATIVE_KIN):
        return False  # `Objet : consultation de Mme X, née le …, et de son époux`: two people presented (review68), the
        # sentence going on at the next line too (`… née le 12/03/1950,` / `ainsi que son époux`: review74)
    cues = list(PRESENTS_THE_SUBJECT_RE.finditer(line))
    if not cues or re.search(r"\bPATIENTE?\s+(?:DE|DU|D\s*')", line[cues[-1].end():]):
        return False  # `Je vois ce jour le patient de Mme …`: someone else's patient (review75)
    words = name_key_tokens(FIRST_TIME_RE.sub(" ", line[cues[-1].end():]))
    own = own_name_words(patient)
    return names_in_full(words, patient) \
        and all(w in own or w in CIVILITY_SEX or w in PRESENTING_WORDS or w.isdigit() for w in words)


def rest_of_the_sentence(folded: str, offset: int) -> str:
    """From `offset` to the end of its sentence: a full stop, or the end of a line that does not end on a comma."""
    end = offset
    while end < len(folded):
        stop = SENTENCE_BREAK_RE.search(folded, end)
        line_end = folded.find("\n", end)
        if line_end < 0 or (stop is not None and stop.start() < line_end):
            return folded[offset:len(folded) if stop is None else stop.start()]
        if not folded[end:line_end].rstrip().endswith(","):
            return folded[offset:line_end]
        end = line_end + 1
    return folded[offset:]


# What may stand between a presenting cue and the patient's name: `consultation de suivi`, `ce jour`, `en consultation le
# 25/03/2024 votre patiente`, her birth label — nothing that names or describes anyone else (`Lina, 4 ans, que m'amène
# Mme …`, `le nourrisson de Mme …`, `représentant légal M. …`, `bilan d'infertilité du couple, Mme …`: review67).
PRESENTING_WORDS = {"CE", "JOUR", "AUJOURD", "HUI", "EN", "CONSULTATION", "CONSULTATIONS", "DE", "D", "DU", "SUIVI",
                    "CONTROLE", "LE", "LA", "L", "VOTRE", "PATIENT", "PATIENTE", "A", "NOUVEAU", "NE", "NEE"}
# `Je vois pour la première fois Mme …`: a visit's words, as `ce jour` — not `pour` alone (`…, pour Mme X`: review75).
FIRST_TIME_RE = re.compile(r"\bPOUR\s+LA\s+PREMIERE\s+FOIS\b")


def names_in_full(words: list[str], patient: Patient) -> bool:
    """The patient's first given name and one of her surnames side by side among `words`, in either order, her other
    given names allowed between them (`AUDREY ANDREE ANNE PERRON`)."""
    given = set(name_key_tokens(patient.first_names))
    first = name_key(patient.first_given_name)
    surnames = set(surname_keys(patient))
    for i, word in enumerate(words):
        if word != first:
            continue
        j = i + 1
        while j < len(words) and words[j] in given and words[j] not in surnames:
            j += 1
        if (j < len(words) and words[j] in surnames) or (i > 0 and words[i - 1] in surnames):
            return True
    return False


def the_body_names_the_patient(folded: str, patient: Patient, sentence_start: int, date_start: int) -> bool:
    """Outside the identity fields and the relative's own sentence, the page's text names the patient as the one it
    is about: her civility and surname or her first name and surname (`Votre patiente Mme Nathalie GARCIA a été
    hospitalisée`, `Merci de m'avoir adressé Mme PÉRIN`). A page whose body only speaks of `la fillette`, `Monsieur`, or
    of no one (`Poids 14 kg …`) may be the relative's (review43)."""
    body = folded[:sentence_start] + " " + folded[date_start:]
    lines = [line for line in body.split("\n") if not re.match(r"\s*(?:NOM|PRENOM|PATIENTE?|DATE|NE|NEE|SEXE)\b[^:]*:", line)]
    text = " ".join(lines)
    surnames = [n for n in (patient.birth_name, patient.used_name) if n]
    first = patient.first_given_name
    for surname in surnames:
        key = re.escape(fold(surname))
        if re.search(rf"\b(?:MME|MADAME|MLLE|MADEMOISELLE|M|MR|MONSIEUR)\.?\s+(?:{re.escape(fold(first))}\s+)?{key}\b", text) \
                or re.search(rf"\b{re.escape(fold(first))}\s+{key}\b|\b{key}\s+{re.escape(fold(first))}\b", text):
            return True
    return names_in_full(name_key_tokens(text), patient)


def the_patient_is_accompanied(opening: str, patient: Patient, living_with: bool = False) -> bool:
    """The sentence's opening, up to the possessive, says the relative accompanies the patient or is her trusted person
    (`ACCOMPANIMENT_RE`), its subject, if any, the patient: the pronoun of her sex (`Il` for a woman is someone else:
    review40's `Nom : MARIE` / `Prénom : Enzo` … `Elle est accompagnée de …`), or her civility and names — no
    child, no age, no other given name (`Lina, 4 ans, est accompagnée de son père`). `living_with`: the patient may
    also be the one who lives with the relative, said as the sentence's subject (`Il vit avec son épouse (…)`)."""
    match = ACCOMPANIMENT_RE.fullmatch(re.sub(r"[\s,]+", " ", opening).strip(" -"))
    if match is None or (patient.sex == "M" and "ACCOMPAGNEE" in match.group()):
        return False  # `BESNARD est accompagnée de …` on Hugo BESNARD's form: a woman is its subject (review43)
    subject = (match.group("subject") or "").split()
    if match.group("lives") and (not living_with or not subject):
        return False  # `Vit avec son frère …`: whoever the paper is about, a child too (review48)
    if not subject:
        return True
    pronoun = "ELLE" if patient.sex == "F" else "IL"
    if subject == [pronoun]:
        return True
    own = own_name_words(patient)
    names = [w for w in subject if w not in CIVILITY_SEX and w.strip(".") not in CIVILITY_SEX]
    return bool(names) and all(name_key(w) in own for w in names)


PARENT_KIN = {"MERE", "PERE"}
CHILD_KIN = {"FILS", "FILLE"}


SIBLING_KIN = {"FRERE", "SOEUR", "SŒUR"}
SIBLINGS_YEARS = 25  # a brother or a sister born this much apart from the patient is no sibling of hers


def kinship_fits_the_ages(kin: str, relatives_birth: date, patients_birth: date) -> bool:
    """A mother born after the patient, a son born before him (review40's child paper under a parent's fields: `Nom :
    SCHMITT` / `Prénom : Patrick` / `Date de naissance : 09.02.1969` … `Il est accompagné de sa mère, Jade SCHMITT (née
    le 14/11/1989)`), a brother a generation apart (review48: `Il est accompagné de son frère, Lucas SCHMITT, né le
    03/05/2012` under his father's fields): the sentence is not about the patient the fields name."""
    years = (patients_birth - relatives_birth).days / 365.25
    if kin in PARENT_KIN:
        return years >= GENERATION_YEARS
    if kin in CHILD_KIN:
        return years <= -GENERATION_YEARS
    if kin in SIBLING_KIN:
        return abs(years) < SIBLINGS_YEARS
    return True


# After the date and its clause (`, elle-même suivie`), the same sentence goes on about the relative as the one seen
# (review48: `…, elle-même suivie et vue ce jour pour une angine.`).
SEEN_LATER_IN_THE_CLAUSE_RE = re.compile(r"\b(?:ET|MAIS|VUE?S?|RECUE?S?|EXAMINEE?S?|HOSPITALISEE?S?|CONSULTE|PRESENTE"
                                         r"|POUR|CE\s+JOUR|AUJOURD\s*'?\s*HUI)\b")


def seen_in_the_rest_of_the_clause(folded: str, after_the_date: int) -> bool:
    end = re.search(r"[.!?](?:\s|$)|\n\s*\n", folded[after_the_date:])
    rest = folded[after_the_date:after_the_date + (end.start() if end else len(folded) - after_the_date)]
    return SEEN_LATER_IN_THE_CLAUSE_RE.search(rest) is not None


FEMALE_KIN = {"FILLE", "MERE", "EPOUSE", "FEMME", "SOEUR", "SŒUR", "CONJOINTE", "COMPAGNE"}
# A pronoun or the kinship noun again as the subject of what the page says next: `Sa femme consulte ce jour …`, `Elle
# consulte pour …` after a wife is named beside a man (review40's r1 tails).
SUBJECT_VERB_RE = r"\s+(?:CONSULTE|PRESENTE|EST\s+VUE?|SE\s+PLAINT|DECRIT|RAPPORTE|SOUFFRE|VIENT|A\s+ETE\s+VUE?)\b"


# The same relative under another noun (`son épouse` … `Sa femme présente`).
KIN_SYNONYMS = ({"EPOUSE", "FEMME", "CONJOINTE", "COMPAGNE"}, {"EPOUX", "MARI", "CONJOINT", "COMPAGNON"},
                {"MERE", "MAMAN"}, {"PERE", "PAPA"}, {"SOEUR", "SŒUR"})
# Care that only the other sex receives: on a man's page after his wife, it is hers (review67: `Ménopause à 50 ans`,
# `Frottis cervico-utérin normal`, `Greffe programmée pour la receveuse`); on a woman's after her husband, his.
OTHER_SEX_BODY_RE = {
    "M": r"\b(?:\w*MENOPAUS\w*|FROTTIS|MAMMOGRAPHIE|GROSSESSE|ENCEINTE|ACCOUCHEMENT|ACCOUCHEE|UTERUS|UTERIN|UTERINE"
         r"|OVAIRES?|HYSTERECTOMIE|MASTECTOMIE|CESARIENNES?|G\d+P\d+|CATAMENIAL\w*|PILULE|ENDOMETR\w*|VAGIN\w*|VULV\w*"
         r"|(?<!AU\s)SEINS?|MAMMAIRES?|STERILET|ALLAIT\w*|POST-PARTUM|MENORRAGIES?|DYSMENORRHEE|IVG|CESARISEE|GESTITE"
         r"|PARITE"
         r"|OVARIEN|OVARIENNE|REGLES|RECEVEUSE|DONNEUSE|PATIENTE|CONTRACEPTION|DIU|AMENORRHEE|\d+\s*SA|GYNECO\w*"
         r"|ELLE\s*-?\s*MEME|C\s*'\s*EST\s+ELLE|L\s*'\s*INTERESSEE|ELLE\s+EST|CETTE\s+FEMME|AGEE\s+DE"
         r"|JE\s+LA\s+RE?VOIS|(?:D|POUR|CHEZ|A)\s*'?\s*ELLE)\b",
    "F": r"\b(?:PROSTAT\w*|TESTICULE|TESTICULAIRE|SPERMOGRAMME|AZOOSPERMIE|RECEVEUR|DONNEUR|PSA|ERECTILE|HBP|RTUP"
         r"|VARICOCELE|HYDROCELE|SCROT\w*|VASECTOMIE|PHIMOSIS|GYNECOMASTIE|TESTOSTERON\w*|PENIEN\w*|VERGE"
         r"|ADENOMECTOMIE|EJACULATION|ANDROPAUSE|CIRCONCISION"
         r"|TOUCHER\s+RECTAL|ORCHI\w*|EPIDIDYM\w*|ADENOME\s+(?:PROSTATIQUE|DE\s+\d+\s*G)|CE\s+PATIENT"
         r"|(?:^|(?<=[.!?:;]\s)|(?<=\n))\s*VOTRE\s+PATIENT|LUI\s*-?\s*MEME|C\s*'\s*EST\s+LUI"
         r"|L\s*'\s*INTERESSE|IL\s+EST|CET\s+HOMME|AGE\s+DE|JE\s+LE\s+RE?VOIS|(?:DE|POUR|CHEZ|A)\s+LUI)\b",
}
# Care no woman past this age receives: the younger relative's (review69: `Grossesse de 12 SA` beside a woman of 79).
PREGNANCY_RE = r"\b(?:GROSSESSE|ENCEINTE|\d+\s*SA|AMENORRHEE|CONTRACEPTION|DIU)\b"
PAST_PREGNANCY_YEARS = 55
AGE_RE = re.compile(r"\b(\d{1,3})\s*ANS\b")


def ages_of_the_relative(after: str, relatives_birth: date, patient: Patient, today: date) -> bool:
    """An age printed after the relative's date that is his and not the patient's (`Patient de 75 ans` after a husband
    born in 1951, beside a woman of 79: review69)."""
    relatives_age, patients_age = age_on(relatives_birth, today), age_on(patient.birth_date, today)
    ages = {int(found) for found in AGE_RE.findall(after)}
    return any(abs(age - relatives_age) <= 1 and abs(age - patients_age) > 1 for age in ages)


def spoken_of_again(after: str, kin: str, patient: Patient, relatives_birth: date, today: date) -> bool:
    """After the relative's date, the page speaks of the relative again: by the kinship noun, by words of his sex — he
    is of the other sex, a relative of hers is never excused (a_relative_dated_below_the_form) —, by his age, by care
    only he may receive, or as one of two people."""
    if ages_of_the_relative(after, relatives_birth, patient, today):
        return True
    if patient.sex == "F" and age_on(patient.birth_date, today) >= PAST_PREGNANCY_YEARS \
            and re.search(PREGNANCY_RE, after):
        return True
    nouns = "|".join(sorted(next((group for group in KIN_SYNONYMS if kin in group), {kin})))
    if re.search(rf"\b(?:SON|SA|LE|LA|L\s*'|DU|DE\s+LA)\s*(?:{nouns})\b", after):
        return True  # `Le mari présente une hypertension`, `Sa femme présente …` after `son épouse` (review67)
    civility = "MADAME" if kin in FEMALE_KIN else "MONSIEUR"
    if re.search(rf"\bCHEZ\s+{civility}\b", after) or re.search(OTHER_SEX_BODY_RE[patient.sex], after):
        return True  # `Chez Madame, nodule thyroïdien`, `Frottis normal` after a man's wife (review67)
    if SOMEONE_ELSE_DESCRIBED_RE.search(after) or the_patient_seen_as_the_relatives_kin(after, kin, patient) \
            or spoken_of_by_the_relatives_sex(after, kin in FEMALE_KIN):
        return True
    pronoun, object_pronoun = ("ELLE", "LA") if kin in FEMALE_KIN else ("IL", "LE")
    if re.search(rf"\b(?:{object_pronoun}|LES)\s+{OBJECT_VERBS}|\bVOUS\s+LES\b|\bILS\b|\bTOUS\s+(?:LES\s+)?DEUX\b",
                 after):
        return True  # `Je vous remercie de bien vouloir le recevoir` after her husband, `Merci de les recevoir`
        # (review74)
    # `Le patient présente …` opening a sentence on a woman's form, `Je le vois ce jour` after her husband (review48)
    noun = r"(?:LA|CETTE)\s+PATIENTE" if kin in FEMALE_KIN else r"(?:LE|CE)\s+PATIENT"
    seen_as_the_patient = bool(re.search(rf"(?:^|[.!?:;]\s|\n)\s*(?:{noun})\b(?!E)", after)
                               or re.search(rf"\b(?:JE|NOUS)\s+{object_pronoun}\s+(?:{SEEING_VERBS})\b", after))
    return bool(re.search(rf"\b{pronoun}{SUBJECT_VERB_RE}", after) or re.search(rf"(?:^|[.!?]\s|\n)\s*{pronoun}\b", after)
                or THE_ONE_EXAMINED_RE.search(after) or seen_as_the_patient)


# Words that describe a person other than the one presented, or both (`mademoiselle`, `le jeune homme`, `le couple`,
# `chacun`, `l'un comme l'autre`): after a relative's dated sentence, either may be the one the page is about
# (review75, review76).
SOMEONE_ELSE_DESCRIBED_RE = re.compile(
    r"\b(?:MADEMOISELLE|MLLE|(?:LA|CETTE)\s+(?:JEUNE|VIEILLE)\s+(?:FEMME|FILLE|DAME)"
    r"|(?:LE|CE|CET)\s+(?:JEUNE|VIEIL|VIEUX)\s+(?:HOMME|MONSIEUR|GARCON)|(?:LE|DU|AU)\s+COUPLE|CHACUNE?"
    r"|L\s*'\s*UNE?\s+(?:COMME|ET)\s+L\s*'\s*AUTRE|MARI\s+ET\s+FEMME|(?:LES|DES|DEUX)\s+(?:DEUX\s+)?(?:CONJOINTS|EPOUX)"
    r"|EUX\s+DEUX|(?:LE|LA)\s+PLUS\s+(?:AGEE?|JEUNE)|L\s*'\s*AINEE?|LE\s+CADET|LA\s+CADETTE|(?:CET|CETTE)\s+OCTOGENAIRE"
    r"|(?:LE|LA)\s+MALADE)\b")
# The patient named by her kinship to the relative (`à revoir avec son épouse` after her husband's sentence, `sa mère`
# after her son's): the page is his (review75). Whose kinship noun stands for the patient, by the relative's.
PATIENTS_KIN_TO_THE_RELATIVE = {
    "spouse": {"F": "EPOUSE|FEMME|CONJOINTE|COMPAGNE", "M": "EPOUX|MARI|CONJOINT|COMPAGNON"},
    "child": {"F": "MERE|MAMAN", "M": "PERE|PAPA"},
    "parent": {"F": "FILLE", "M": "FILS"},
    "sibling": {"F": "SOEUR|SŒUR", "M": "FRERE"},
}
KIN_KINDS = {"EPOUX": "spouse", "EPOUSE": "spouse", "MARI": "spouse", "FEMME": "spouse", "CONJOINT": "spouse",
             "CONJOINTE": "spouse", "COMPAGNON": "spouse", "COMPAGNE": "spouse", "FILS": "child", "FILLE": "child",
             "MERE": "parent", "PERE": "parent", "FRERE": "sibling", "SOEUR": "sibling", "SŒUR": "sibling"}


def the_patient_seen_as_the_relatives_kin(after: str, kin: str, patient: Patient) -> bool:
    nouns = PATIENTS_KIN_TO_THE_RELATIVE.get(KIN_KINDS.get(kin, ""), {}).get(patient.sex)
    return nouns is not None and re.search(rf"\b(?:SON|SA)\s+(?:{nouns})\b", after) is not None


# `Il` that stands for no one (`il existe`, `il faut`, `il est conseillé de`).
IMPERSONAL_IL = (r"(?:Y|N\s*'\s*Y|NE\s+FAUT|FAUT|FAUDRA|FAUDRAIT|EXISTE|EXISTAIT|S\s*'\s*AGIT|S\s*'\s*AGISSAIT|SEMBLE"
                 r"|PARAIT|CONVIENT|CONVIENDRA|APPARAIT|IMPORTE|EST\s+(?:CONSEILLE|RECOMMANDE|PREVU|NECESSAIRE"
                 r"|IMPORTANT|SOUHAITABLE|POSSIBLE|PROBABLE|PREFERABLE|UTILE|INDIQUE|DIFFICILE|A\s+NOTER))\b")
# Past participles of what is done to a person, agreeing with `l'` (`je l'ai revu`, `nous l'avons opérée`): their
# ending tells the person's sex.
ER_PERSON_STEMS = (r"EXAMIN|REEXAMIN|OPER|ADRESS|READRESS|TROUV|RASSUR|INFORM|VACCIN|INTUB|EXTUB|PERFUS|TRANSFUS"
                   r"|HOSPITALIS|SOIGN|AUSCULT|CONVOQU|ORIENT|ACCOMPAGN|RENCONTR|INTERROG|APPEL|RAPPEL|REVEILL|TRANSFER"
                   r"|MUT|TRAIT|CONSEILL|ENCOURAG|CONFI|PLATR|SUTUR|RECUS|INSTALL|SOULAG")
PERSON_PARTICIPLE = {"M": rf"(?:(?:{ER_PERSON_STEMS})E|VU|REVU|RECU|SUIVI|PREVENU|PRIS|REPRIS|MIS|REMIS)",
                     "F": rf"(?:(?:{ER_PERSON_STEMS})EE|VUE|REVUE|RECUE|SUIVIE|PREVENUE|PRISE|REPRISE|MISE|REMISE)"}


def spoken_of_by_the_relatives_sex(after: str, relative_female: bool) -> bool:
    """The page goes on about someone of the relative's sex, who is not the patient's (review75): a civility of his
    (`Monsieur va mieux`, `quant à monsieur`), a subject or object pronoun of his sex anywhere (`car il tousse`, `je le
    trouve amaigri`), a participle agreeing with him (`je l'ai revu`), `le patient` in a woman's letter."""
    sex = "F" if relative_female else "M"
    subject = "ELLE" if relative_female else rf"IL(?!\s+{IMPERSONAL_IL})"
    # `de la`, `à la` before a noun are articles; `de le`, `à le` are only ever pronouns (`de le revoir`)
    objects = r"(?:JE|NOUS|VOUS|ON|NE)\s+LA" if relative_female else r"(?:JE|NOUS|VOUS|ON|NE|DE|A)\s+LE"
    # `le patient`, `au patient`, `patient eupnéique` opening a clause (a dictation's examination); not `dossier du
    # patient`, `revoir votre patient` (a template's words, review49; ood2's letters), nor a header's `Patient :`
    patient_noun = r"\b(?:PATIENTE|(?:LA|CETTE)\s+DAME)\b" if relative_female else \
        r"(?:(?:^|[.:;,!?]|\n)\s*|\b(?:LE|CE|CET|AU|CHEZ\s+(?:VOTRE|NOTRE|MON))\s+)PATIENT\b(?!\s*[:(])" \
        r"|\bDU\s+PATIENT\s+(?:EST|ETAIT|RESTE|DEMEURE|SERA|SEMBLE|PARAIT|A|SE|S\s*')(?![A-Z])"  # `l'état du patient`
    return bool(a_civility_of_one_spoken_of(after, r"(?:MADAME|MME)" if relative_female else r"(?:MONSIEUR|MR|M\s*\.)")
                or re.search(rf"(?<!S')(?<!S ')\b{subject}\b", after)
                or re.search(rf"\b{objects}\s+[A-Z]", after)
                or re.search(rf"\bL\s*'\s*(?:AI|AVONS|AVAIT|AVIONS|AVEZ|A|AURAI|AURONS)\s+(?:[A-Z]+\s+)?"
                             rf"{PERSON_PARTICIPLE[sex]}(?![A-Z])", after)
                or re.search(patient_noun, after))


# A civility in a letter's formulas, not a person spoken of: `Cher Monsieur`, `Veuillez agréer, Madame, …`, `Monsieur
# et cher confrère`, `M. le Dr …`.
FORMULA_BEFORE_A_CIVILITY_RE = re.compile(r"(?:CHERE?|AGREER|AGREEZ|CROIRE|CROYEZ|RECEVEZ|RECEVOIR|ACCEPTER)\s*,?\s*$")
FORMULA_AFTER_A_CIVILITY_RE = re.compile(r"\s*(?:ET\s+CHER|LE\s+(?:DR|DOCTEUR|PR|PROFESSEUR)\b)")


def a_civility_of_one_spoken_of(after: str, civility: str) -> bool:
    """`Monsieur va mieux`, `quant à monsieur`, `M. DUPONT` after a woman's letter names the relative's sex."""
    return any(not FORMULA_BEFORE_A_CIVILITY_RE.search(after, max(0, found.start() - 20), found.start())
               and not FORMULA_AFTER_A_CIVILITY_RE.match(after, found.end())
               for found in re.finditer(rf"\b{civility}(?![A-Z])", after))


def spoken_of_as_of_her_sex(after: str, sex: str) -> bool:
    """Words of the patient's sex after the relative's sentence: those `spoken_of_by_the_relatives_sex` reads, and
    `votre patient(e)` (a letter's own words for its subject)."""
    own = r"\b(?:VOTRE|NOTRE|MON|MA)\s+PATIENTE\b" if sex == "F" else r"\b(?:VOTRE|NOTRE|MON)\s+PATIENT\b"
    return spoken_of_by_the_relatives_sex(after, sex == "F") or re.search(own, after) is not None


def kin_named_before(before: str, kin: str) -> bool:
    """The relative named by his kinship before his own dated sentence (`Merci de recevoir son mari.` above `Elle vit
    avec son époux, M. …, né le …`): the letter may be about him (review74)."""
    nouns = "|".join(sorted(next((group for group in KIN_SYNONYMS if kin in group), {kin})))
    return re.search(rf"\b(?:SON|SA|LE|LA|L\s*'|DU|DE\s+LA)\s*(?:{nouns})\b", before) is not None


# What the doctor is asked to do or will do for whom an object pronoun stands (`le recevoir`, `je vous la confie`).
OBJECT_VERBS = (r"(?:RECEVOIR|REVOIR|VOIR|EXAMINER|CONVOQUER|HOSPITALISER|OPERER|SOIGNER|CONFIE|CONFIONS|ADRESSE"
                r"|ADRESSONS|REVERRAI|REVERRONS|REVOIS|VOIS|RECOIS|PRENDRE\s+EN\s+CHARGE)\b")
# After the relative's date, someone examined who may be him: `L'enfant présente …`, `Nous l'avons examiné`, `Le patient
# présente …` (review42).
THE_ONE_EXAMINED_RE = re.compile(r"\bL\s*'\s*ENFANT\b|\b(?:TOUS|TOUTES|LES)\s+(?:LES\s+)?DEUX\b"
                                 r"|\b(?:LE|LA|DU|DE\s+LA)\s+(?:PETITE?|BEBE|NOURRISSON|FILLETTE)\b"
                                 r"|\b(?:LE|LA|DU|DE\s+LA)\s+JEUNE\s+PATIENTE?\b"
                                 r"|\b(?:CHEZ|POUR|DE)\s+(?:MONSIEUR|MADAME)\b(?!\s*,)"
                                 r"|(?:^|[.!?:;]\s|\n)\s*(?:MONSIEUR|MADAME)\s+(?:PRESENTE|A|EST|SE|RAPPORTE|DECRIT|SOUFFRE"
                                 r"|TOUSSE|CONSULTE|SIGNALE)\b"
                                 r"|\bL\s*'\s*(?:AVONS|AI|A)\s+(?:EXAMINEE?|VUE?|RECUE?|HOSPITALISEE?|AUSCULTEE?)\b"
                                 # `J'ai profité de sa venue pour l'examiner` (review68)
                                 r"|\bL\s*'\s*(?:EXAMINER|AUSCULTER|HOSPITALISER|OPERER|RECEVOIR|REVOIR|SOIGNER)\b")
SEEING_VERBS = "VOIS|VOYONS|RECOIS|RECEVONS|EXAMINE|EXAMINONS|HOSPITALISE|HOSPITALISONS"


def sentence_opening(text: str, sentence_start: int, at: int) -> int:
    """Where the sentence holding `at` opens, one line back at most: a line whose text opens with a capital starts a
    sentence or a heading of its own."""
    line = text.rfind("\n", sentence_start, at) + 1 if "\n" in text[sentence_start:at] else sentence_start
    opening = text[line:at].lstrip(" \t-–•*")
    if line == sentence_start or (opening[:1].isupper()):
        return max(line, sentence_start)
    previous = text.rfind("\n", sentence_start, line - 1) + 1 if "\n" in text[sentence_start:line - 1] else sentence_start
    return max(previous, sentence_start)


# A heading above the form's fields that makes them someone else's than the one seen (review42: `RESPONSABLE LÉGAL`,
# `Titulaire de l'autorité parentale`, `Demandeur :`, `Coordonnées du déclarant`, `AIDANT PRINCIPAL`).
OTHERS_FORM_WORDS = {"RESPONSABLE", "LEGAL", "LEGALE", "TITULAIRE", "AUTORITE", "PARENTALE", "DEMANDEUR", "DEMANDEUSE",
                     "DECLARANT", "DECLARANTE", "AIDANT", "AIDANTE", "REPRESENTANT", "REPRESENTANTE", "TUTEUR", "TUTRICE",
                     "CURATEUR", "CURATRICE", "PARENT", "PARENTS", "MERE", "PERE", "ACCOMPAGNANT", "ACCOMPAGNANTE",
                     "CONFIANCE", "PREVENIR", "ASSURE", "ASSUREE", "OUVRANT", "SOUSCRIPTEUR", "CONTACT", "FAMILLE",
                     "MAMAN", "PAPA", "PARENTALES", "ALLOCATAIRE", "ADHERENT", "ADHERENTE", "REFERENT", "REFERENTE",
                     "PAYEUR", "GARANT"}


def the_form_names_the_patient(patient: Patient, reading: PageReading) -> bool:
    """The page's own identity fields name the patient (`subjects_named`: `Patient(e) :`, `Nom :` / `Prénom(s) :`), under
    no heading that makes them a parent's, an applicant's or a caregiver's, and her own birth date stands under a birth
    label outside any relative's field."""
    named = any(names_the_patient(f, patient) and not {t.key for t in tokenize(reading.text[:f.start])} & OTHERS_FORM_WORDS
                for f in subjects_named(list(reading.fields)))
    return named and any(same_birth_date(m, patient.birth_date) and m.label == "birth" and not m.glued
                         and not in_a_relatives_field(m, reading) for m in reading.birth_dates)


def sex_after_birth_date_contradictions(patient: Patient, reading: PageReading) -> list[dict]:
    """A label's sex letter after the patient's own birth date (`DUPONT Jean` / `12/03/1957 F` for a man), or the
    civility heading the form's block that holds it (`MADAME` / `Nom : DUPONT` / …): the person that label is for is not
    of the patient's sex (a twin's label, or another patient's) — review6's p29/p31.py. Both are read when both are
    printed: `MADAME` over `Né(e) le : 03/06/1955 M (67 ans)` says two sexes, whichever the registry's (review24: a
    newly read letter hid the civility, 0fbb880)."""
    page = reading.page_number
    problems = []
    for m in reading.dates:
        if m.label == "other" or not same_birth_date(m, patient.birth_date):
            continue
        civility = CIVILITY_SEX.get(fold(m.heading_civility).strip(". ")) if m.heading_civility else None
        if m.sex_letter and m.sex_letter not in (patient.sex, civility):
            problems.append(problem(page, "sex", m.sex_letter, patient.sex, f"sexe « {m.sex_letter} » imprimé après la "
                                    f"date de naissance page {page}, contraire au registre"))
        elif civility is not None and civility != patient.sex:
            problems.append(problem(page, "sex", civility, patient.sex, f"civilité « {m.heading_civility} » en tête du "
                                    f"bloc d'identité page {page}, contraire au sexe du registre"))
    return problems


def ins_contradictions(patient: Patient, reading: PageReading, index: RegistryIndex) -> list[dict]:
    """An INS printed on the page against the patient chosen. Wherever it is printed, the patient's own
    registry INS is consistent; a field whose digits cannot be read as an INS is no evidence either way."""
    problems = []
    page = reading.page_number
    for ins in reading.ins:
        if not ins.valid_key:
            if not misread_of_own_ins(ins.number, patient, index):
                # An INS whose key fails and that is not one character from the patient's cannot be
                # checked, so it cannot be shown not to be someone else's.
                problems.append(problem(page, "ins", mask_ins(ins.number), mask_ins(patient.ins),
                                        f"INS illisible ou clé invalide page {page}"))
        elif patient.ins and ins.number != patient.ins.upper():
            if not (ins_of_an_insured_or_relative(reading, ins, index, patient) and not could_be_the_patients(ins, patient)
                    and not insured_named_as_the_patient(reading, ins, patient)
                    and hamming(ins.number[:13], patient.ins.upper()[:13]) > 2):  # hers misread (review42's R6)
                problems.append(problem(page, "ins", mask_ins(ins.number), mask_ins(patient.ins),
                                        f"INS lu page {page} différent de celui du registre"))
        elif not patient.ins and insured_named_as_the_patient(reading, ins, patient) \
                and any(holder.ipp != patient.ipp for holder in index.by_ins.get(ins.number, [])):
            problems.append(problem(page, "ins", mask_ins(ins.number), "",
                                    f"INS d'un autre patient du registre lu page {page} dans le champ de l'assuré"))
        elif not patient.ins and not (ins_of_an_insured_or_relative(reading, ins, index, patient)
                                      and not could_be_the_patients(ins, patient)
                                      and (((beneficiary(patient, reading) or in_a_block_for_someone_else(reading, ins))
                                            and insured_holder_fits(reading, ins, index))
                                           or in_a_relatives_field_naming_its_holder(reading, ins, patient, index))
                                      and not insured_named_as_the_patient(reading, ins, patient)):
            problems += ins_consistency(patient, ins, page)  # the insured's number on the beneficiary's sheet is hers
    return problems


RELATIVES_FIELD_LABELS = {*GUARDIAN_LITERAL_LABELS, "TUTEUR", "PARENT", "PARENTS", "PERE", "MERE"}


def in_a_relatives_field_naming_its_holder(reading: PageReading, ins, patient: Patient, index: RegistryIndex) -> bool:
    """The number stands in a legal representative's or a parent's field that names another person (`Représentant légal
    : Mme CARRE Caroline (mère) — N° de sécurité sociale : 2 80 04 …`, ood2 certificates), and it is no registry
    patient's, or the INS of the person that field names: the parent's number on the child's paper, no evidence about
    the child. The caller has checked it is not of the patient's year and month of birth."""
    fields = [f for f in reading.fields if f.kind == "third_party" and f.value
              and re.sub(r"\s+", " ", f.label) in RELATIVES_FIELD_LABELS and f.start <= ins.start < max(f.end, f.start + 1)]
    holders = index.by_ins.get(ins.number, [])
    return a_parents_number(ins, patient, index) and any(
        not names_the_patient(f, patient) and name_words(f.value)
        and (not holders or any(names_the_patient(f, holder) for holder in holders)) for f in fields)


# An insured's label opening a folded line (`ASSUREE :`, `ASSURE(E) :`, `NOM DE L'ASSURE :`, `OUVRANT DROIT :`).
INSURED_LINE_LABEL_RE = re.compile(r"[\W_]*(?:NOM\s+DE\s+L\s*'?\s*)?(?:ASSUREE?|ASSURE\s*\(\s*E\s*\)|OUVRANT\s+DROIT)"
                                   r"\s*[:=]")


def insured_named_as_the_patient(reading: PageReading, ins, patient: Patient) -> bool:
    """The INS stands in an insured's field that names the patient herself (surname and first name): on the line
    that field opens (`Assurée : KONE Yasmine — <NIR>`, identity's field or the line's own label), or on a line of
    number words right below it (`NIR : <NIR>`). That number is then hers or no one's the page may print beside her:
    it is checked against her, never excused as an insured's (match22, the lead's note in NOTE_s19: another
    registered patient's NIR there filed her, the insured's excuse taken for a field that names the patient)."""
    text = reading.text
    line_start = text.rfind("\n", 0, ins.start) + 1
    values = [f.value for f in reading.fields if f.value and (f.kind == "insured" or (
        f.kind == "third_party" and insured_label(f.label)))
        and (f.start <= ins.start < f.end or line_start <= f.start < ins.start)]
    line = fold(text[line_start:ins.start])
    label = INSURED_LINE_LABEL_RE.match(line)
    if label is None and line_start > 0 and {t.key for t in tokenize(line)} <= SS_NUMBER_WORDS | {"INS"}:
        line = fold(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1])
        label = INSURED_LINE_LABEL_RE.match(line)
    if label is not None:
        values.append(line[label.end():])
    return any(names_the_patient_in(value, patient) for value in values)


# An INS a gray fax reading printed with commas (`2,82,03,75,112,061,87`, `2,82, 03,…`), wherever it stands: find_ins
# reads such a number only right behind an INS label, since lab values are written with commas too.
COMMA_INS_RE = re.compile(r"(?<![0-9A-Z])([12378])\s*,\s*(\d{2})\s*,\s*(\d{2})\s*,\s*(\d{2}|2A|2B)\s*,\s*(\d{3})"
                          r"\s*,\s*(\d{3})\s*,\s*(\d{2})(?![0-9])")


def another_patients_ins_in_commas(patient: Patient, reading: PageReading, index: RegistryIndex) -> list[dict]:
    """A comma-printed number find_ins did not read (on the line below its label, in another column, bare) that is
    another registry patient's INS, key valid: lab values do not make one by chance, so the page may be his — a
    twin's INS below the patient's traits was filed under the patient on main (review10b's gen_comma). Only blocks."""
    read = {ins.start for ins in reading.ins}
    problems = []
    for match in COMMA_INS_RE.finditer(reading.folded):
        number = "".join(match.groups())
        if match.start() in read or not ins_key_is_valid(number):
            continue
        if any(holder.ipp != patient.ipp for holder in index.by_ins.get(number, [])):
            page = reading.page_number
            problems.append(problem(page, "ins", mask_ins(number), mask_ins(patient.ins),
                                    f"INS d'un autre patient du registre lu page {page}"))
    return problems


def beneficiary(patient: Patient, reading: PageReading) -> bool:
    """The patient is the one a `Bénéficiaire :` / `Patient :` field names, and no insured's field names him: the
    insured on his sheet is someone else."""
    fields = list(reading.fields)
    return any(names_the_patient(f, patient) for f in subjects_named(fields)) and not any(
        names_the_patient(f, patient) for f in fields if f.kind == "third_party" and insured_label(f.label))


def names_the_patient(f, patient: Patient) -> bool:
    return names_the_patient_in(f.value, patient)


def names_the_patient_in(value: str, patient: Patient) -> bool:
    """The value's name (`name_words`) holds the patient's birth or used name and her first given name."""
    words = name_words(value)
    surnames = (patient.birth_name, patient.used_name)
    given = [w for w in words if w not in name_key_tokens(" ".join(surnames))]
    return first_name_agrees(given, patient) and any(contains_name(words, name) for name in surnames)


def could_be_the_patients(ins, patient: Patient) -> bool:
    """An INS of the patient's year and month of birth in an `Assuré :` field is no parent's number: of her sex it may
    be her own (an adult is usually their own insured), of the other it is a twin's (`Nom : LEROY` / `Prénom : Léa` /
    `Assuré(e) : LEROY Léo — 1 15 05 …`, his card on a sheet OCR may have read `Léo` as `Léa`: review21). Either way it
    is checked against the patient, never excused as the insured's."""
    year, month = ins.birth_year_month
    return year == f"{patient.birth_date.year % 100:02d}" and month == patient.birth_date.month


MISREAD_NOTE = "INS du document : un chiffre diffère du registre"


def hamming(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))


def misread_of_own_ins(number: str, patient: Patient, index: RegistryIndex) -> bool:
    """A key-failing INS one character away from the patient's registry INS is that INS misprinted or
    misread — unless it is as close to another patient's INS (twins born in the same commune)."""
    own = (patient.ins or "").upper()
    if not own or hamming(number, own) != 1:
        return False
    return not any(hamming(number, other) <= 2 for other in index.by_ins if other != own)


def ins_notes(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[str]:
    """What the evidence should say although it does not stop filing."""
    notes = []
    for reading in readings:
        for ins in reading.ins:
            if not ins.valid_key and misread_of_own_ins(ins.number, patient, index):
                notes.append(f"{MISREAD_NOTE} (page {reading.page_number})")
        if unreadable_ins_fields(reading):
            notes.append(f"INS imprimé mais illisible page {reading.page_number} : non pris en compte")
    return notes + misprinted_holders_birth_names(patient, readings, index)


def unreadable_ins_fields(reading: PageReading) -> list:
    """`INS :` fields with digits but no readable INS in them: what is printed there is unknown."""
    return [f for f in reading.fields_of("ins")
            if sum(c.isdigit() for c in f.value) >= 5
            and not any(f.start <= i.start < max(f.end, f.start + 1) for i in reading.ins)]


def holders_birth_name_one_letter_off(f: LabelledField, patient: Patient, reading: PageReading,
                                      index: RegistryIndex) -> bool:
    """`DUVA` in a lab's PID for DUVAL (third corpus s14): in a lab's patient record, whose every field is the patient's,
    a birth name one letter off the INS holder's (a letter lost, added, changed, or two swapped) is his, mistyped —
    beside his valid INS, his birth date and his first given name, and no registry patient born that day bearing a
    name two letters or less from the one printed. On a page only on the patient's own identity sheet
    (a_patients_identity_sheet): elsewhere the INS, the date and the first name may be an insured father's or a legal
    guardian's, under a heading no list holds or a blank line away (review53, review54: `Responsable légal` / `Nom de
    naissance : MOREU` / … filed the father for his child's paper)."""
    if not patient.ins:
        return False
    printed, own = "".join(name_key_tokens(f.value)), name_key(patient.birth_name)
    if len(own) < MIN_MISPRINTED_NAME or OSA.distance(printed, own) != 1:
        return False
    ins = [i for i in reading.ins if i.valid_key]
    dates = reading.birth_dates
    firsts = [g for g in reading.fields_of("first_names") if g.value]
    if len([g for g in reading.fields_of("birth_name") if g.value]) != 1 or not firsts or len(dates) != 1 or not ins \
            or any(i.number != patient.ins.upper() for i in ins):
        return False
    return all(first_name_agrees(name_key_tokens(g.value), patient) for g in firsts) \
        and same_birth_date(dates[0], patient.birth_date) \
        and not any(OSA.distance(printed, key) <= 2 for other in index.by_birth_date.get(patient.birth_date, [])
                    if other.ipp != patient.ipp for key in surname_keys(other)) \
        and (reading.record or a_patients_identity_sheet(reading, f))  # last: it reads the whole page


# `Identité du patient`, `Identification de la patiente` heading a block, after a rule's dust (`______ IDENTITÉ DU …`).
PATIENTS_IDENTITY_HEADING_RE = re.compile(r"^[\W_]*(?:IDENTITE|IDENTIFICATION)\s+(?:DU|DE\s+LA)\s+PATIENTE?\b",
                                          re.MULTILINE)
IDENTITY_BLOCK_KINDS = {"birth_name", "used_name", "name", "first_names", "used_first_name", "sex", "ins", "ipp"}
GUARDIAN_WORDS = {"RESPONSABLE", "RESPONSABLES", "REPRESENTANT", "REPRESENTANTE", "LEGAL", "LEGALE", "TUTELLE",
                  "CURATELLE", "MANDATAIRE", "AUTORITE", "PARENTALE", "DETENTEUR", "DETENTRICE"}
INS_LENGTH = 15


def a_patients_identity_sheet(reading: PageReading, f: LabelledField) -> bool:
    """A page whose identity block, headed as the patient's above the birth name field `f`, is the only person's on it:
    no kin's, close one's or insured's field on the page, no kin, relation or close one's word inside the block (a
    guardian's `Responsable légal`, `Ouvrant droit`, `Enfant`: review53, review54), one birth date on the page and no
    other date old enough to be someone's. There a birth name one letter off the INS holder's is his misprinted, as in a
    lab's record (third corpus: `GAUTIE`, `DUBOSI`, `PETI` beside their own INS; review86's 487 traps held)."""
    heading = PATIENTS_IDENTITY_HEADING_RE.search(reading.folded)
    if heading is None or heading.start() > f.start:
        return False
    if any(g.kind == "insured" or (g.kind == "third_party" and kin_or_insured_label(g.label)) for g in reading.fields):
        return False
    dated = [d for d in reading.dates if d.label == "birth" or (d.label == "none" and an_adult(d.value, reading.today))]
    if len(dated) != 1:
        return False
    end = identity_block_end(reading, heading.start(), dated[0])
    return not any(heading.start() <= t.start < end and t.key in RELATION_WORDS_OF_A_BLOCK for t in reading.tokens)


def identity_block_end(reading: PageReading, heading: int, birth_date: DateMention) -> int:
    """Where the block under a patient's heading at offset `heading` ends: past its last identity field, INS or date."""
    date_start = reading.tokens[birth_date.token_index].start if birth_date.token_index < len(reading.tokens) \
        else len(reading.text)
    return max([g.end for g in reading.fields if g.kind in IDENTITY_BLOCK_KINDS and g.start > heading]
               + [i.start + INS_LENGTH for i in reading.ins] + [date_start + 1])


def in_the_holders_misprinted_birth_name(reading: PageReading, i: int, patient: Patient, index: RegistryIndex) -> bool:
    offset = reading.tokens[i].start
    return any(in_field(f, offset) and holders_birth_name_one_letter_off(f, patient, reading, index)
               for f in reading.fields_of("birth_name"))


MIN_MISPRINTED_NAME = 4  # letters of the registry name: `LI` one letter off is `LY`, another name


def misprinted_holders_birth_names(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[str]:
    return [f"nom de naissance imprimé page {r.page_number} à une lettre du registre (INS, date de naissance et "
            "prénom concordants)" for r in readings for f in r.fields_of("birth_name")
            if holders_birth_name_one_letter_off(f, patient, r, index)]


def ins_consistency(patient: Patient, ins, page: int) -> list[dict]:
    year, month = ins.birth_year_month
    consistent = (ins.sex in (None, patient.sex) and year == f"{patient.birth_date.year % 100:02d}"
                  and month in (None, patient.birth_date.month))
    if consistent:
        return []
    return [problem(page, "ins", mask_ins(ins.number), "", f"INS lu page {page} incompatible avec le sexe "
                    "ou la date de naissance du patient")]


def mask_ins(number: str) -> str:
    return f"{number[:5]}••••••{number[-4:]}" if number else ""


def field_contradictions(patient: Patient, reading: PageReading, index: RegistryIndex) -> list[dict]:
    problems = []
    page = reading.page_number
    for f in reading.fields:
        tokens = name_key_tokens(f.value)
        if not tokens or in_a_close_ones_block(f.start, patient, reading):
            continue
        if f.kind == "birth_name" and not contains_name(tokens, patient.birth_name) \
                and not holders_birth_name_one_letter_off(f, patient, reading, index):
            problems.append(problem(page, "birth_name", f.value, patient.birth_name,
                                    f"nom de naissance lu page {page} différent du registre"))
        elif f.kind == "name" and beside_a_used_name_field(reading, f) \
                and not contains_name(tokens, patient.birth_name):
            problems.append(problem(page, "birth_name", f.value, patient.birth_name,
                                    f"nom lu page {page} à côté d'un nom d'usage : c'est le nom de naissance, "
                                    "différent du registre"))
        elif f.kind == "name" and a_first_name_alone_not_hers(f, patient, reading, index):
            problems.append(problem(page, "first_name", f.value, patient.first_given_name,
                                    f"prénom seul lu page {page} dans le champ du patient, pas le sien"))
        elif f.kind == "name" and names_someone_else(f, tokens, patient, reading, index):
            problems.append(problem(page, "name", f.value, patient.birth_name,
                                    f"nom du patient lu page {page} différent du registre"))
        elif f.kind == "first_names" and (not first_name_agrees(tokens, patient)
                                          or compound_beyond_the_first_name(f.value, patient)):
            problems.append(problem(page, "first_name", f.value, patient.first_given_name,
                                    f"prénom lu page {page} différent du premier prénom du registre"))
        elif f.kind == "first_names" and (namesake := namesake_given_names(tokens, patient, index)):
            problems.append(problem(page, "first_name", f.value, patient.first_names,
                                    f"prénoms lus page {page} : ceux d'un homonyme du registre (IPP {namesake})"))
        elif f.kind == "sex" and SEX_VALUES.get(tokens[0]) not in (None, patient.sex):
            problems.append(problem(page, "sex", tokens[0], patient.sex, f"sexe lu page {page} différent"))
        elif f.kind == "ipp":
            problems += ipp_contradiction(patient, tokens[0], page, index)
        if f.kind in ("name", "used_name"):
            problems += extra_surnames(patient, reading, f) + birth_name_after_nee_in_the_field(patient, reading, f)
        if f.kind in ("name", "birth_name", "used_name", "first_names"):
            problems += second_column_person(patient, reading, f) or twins_in_one_field(patient, reading, f, index)
    return problems


def namesake_given_names(tokens: list[str], patient: Patient, index: RegistryIndex) -> str | None:
    """The IPP of a registry namesake — the patient's surname and first given name — one of whose other given names the
    field prints, when it is none of the patient's: `Nom : PICARD` / `Prénoms : FATOUMATA NADIA` is her daughter
    Fatoumata Nadia's identity, not Fatoumata Christine's (ood-s691-024's sheet as a form)."""
    own = own_name_words(patient)
    printed = {t for t in tokens[1:] if t not in own}
    return next((other.ipp for other in registry_namesakes(patient, index)
                 if printed & {name_key(n) for n in split_first_names(other.first_names)[1:]}), None)


def beside_a_used_name_field(reading: PageReading, f) -> bool:
    """A plain `Nom :` field on a page that also prints a `Nom d'usage :` (`Nom marital :`…) and no `Nom de naissance :`:
    the form sets the used name apart, so `Nom :` is the birth name — a strict trait (review24's F9: `Nom d'usage :
    MARTIN` / `Nom : DURAND` filed MARTIN Marie, used name DURAND, on b7879ed: the two names crossed)."""
    kinds = {g.kind for g in reading.fields if g.value.strip()}
    return re.sub(r"\s+", " ", f.label) in SURNAME_FIELD_LABELS and "used_name" in kinds and "birth_name" not in kinds


def twins_in_one_field(patient: Patient, reading: PageReading, f, index: RegistryIndex) -> list[dict]:
    """A table whose columns OCR pressed together: `Nom : LEROY LEROY` (the surname twice), `Prénoms : Louis  Louise`
    (the first name of a registry twin — same surname, same birth date — beside the patient's): two people."""
    words = name_words(f.value)
    # a surname the patient also bears as a later given name stands twice in her own full name (`Grégoire Bernard
    # BERNARD`, own corpus seed 1111 doc_0031)
    later_given = [name_key(name) for name in split_first_names(patient.first_names)[1:]]
    twice = [key for key in surname_keys(patient) if len(key) > 2 and words.count(key) >= 2 + later_given.count(key)
             and key != name_key(patient.first_given_name)]
    twins = [w for w in words if f.kind == "first_names" and w not in own_name_words(patient)
             and registry_twins(patient, w, index)]
    read = (twice + twins)[:1]
    return [problem(reading.page_number, "identity", read[0], patient.birth_name,
                    f"tableau d'identité page {reading.page_number} : « {read[0]} » y nomme une seconde personne "
                    "(jumeaux ?)")] if read else []


def only_a_name(column: str) -> bool:
    """One to four words written as names (capitals or a capital first), nothing else but hyphens and apostrophes."""
    words = tokenize(column)
    rest = re.sub(r"[^\W\d_]+|[\s'’\-.]", "", column)
    return 1 <= len(words) <= 4 and not rest and all(
        (t.capitalised or t.titlecase or len(t.key) == 1) and t.key not in NOT_A_PERSON_WORD for t in words)


def second_column_person(patient: Patient, reading: PageReading, f) -> list[dict]:
    """A two-column identity table (`Nom :  LEROY      LEROY` / `Prénom :  Louis      Louise`): a column after the first
    holding a name again, or a name none of the patient's, is a second person the table identifies — the document
    names two people (review7's q3.py: filed under the first column's twin on main)."""
    original = reading.text[f.start:f.end].strip(" \t:;|-,")
    columns = [c for c in COLUMN_GAP_RE.split(original) if c.strip(" :;|-,.")]
    if len(columns) < 2 or not all(only_a_name(c) for c in columns):
        return []  # `DUPONT Jean, né le …   IPP 00412 CHU SUD`: a line going on, no table of names
    own = own_name_words(patient)
    for column in columns[1:]:
        words = tokenize(column)
        if f.kind != "first_names" or any(t.key not in own for t in words):
            read = " ".join(t.key for t in words)
            return [problem(reading.page_number, "identity", read, patient.birth_name,
                            f"tableau d'identité page {reading.page_number} : une seconde colonne nomme « {read} » "
                            "(deux personnes ?)")]
    return []


# what a form writes, whole, in a used name's field it leaves empty (`Nom d'usage : Néant`, `Idem`, `Non renseigné`)
# — not a lone `SANS`, `NON` or `MEME`, which may be surnames
NO_NAME_WRITTEN = {"NEANT", "NON RENSEIGNE", "NON RENSEIGNEE", "SANS OBJET", "IDEM", "IDENTIQUE", "INCONNU", "INCONNUE",
                   "NC", "NR", "AUCUN", "AUCUNE"}
NAME_RUN_END = re.compile(r"[,;(\d]|\s{3,}")


def extra_surnames(patient: Patient, reading: PageReading, f) -> list[dict]:
    """`Patiente : FRANCOIS Marie née MORIN` for a MORIN whose used name is SIMON: FRANCOIS is a
    surname the registry does not give her. Only the run of words that opens the field is read."""
    original = reading.text[f.start:f.end]
    cut = NAME_RUN_END.search(original)
    run = original[:cut.start()] if cut else original
    own = set(name_key_tokens(f"{patient.birth_name} {patient.used_name} {patient.first_names}"))
    own_keys = {name_key(patient.birth_name), name_key(patient.used_name)}
    # a used name's own field holds nothing but surnames: a capitalised word there is one, whatever its case
    # (`Nom d'usage Bouchaard` for BOUCHARD, own corpus seed 581: filed while `BOUCHAARD` went to review)
    spelled_as_a_surname = (lambda w: w[:1].isupper()) if f.kind == "used_name" else str.isupper
    if f.kind == "used_name" and not patient.used_name and " ".join(name_key_tokens(run)) in NO_NAME_WRITTEN:
        return []  # the field left empty in words, as the registry has it
    strangers = [w for w in run.replace("'", " ").replace("’", " ").split()
                 if spelled_as_a_surname(w) and len(w) > 1 and w.isalpha() and name_key(w) not in own
                 and name_key(w) not in CONNECTOR_WORDS and name_key(w) not in CIVILITY_SEX
                 and name_key(w) not in FIELD_WORDS and not any(name_key(w) in key for key in own_keys if key)]
    return [problem(reading.page_number, "name", w, patient.birth_name,
                    f"nom « {w} » page {reading.page_number} absent de l'identité du registre") for w in strangers]


def birth_name_after_nee_in_the_field(patient: Patient, reading: PageReading, f) -> list[dict]:
    """A name or used name field's opening run of words printing a birth name after `née` (`Nom : Dupont Née Martin`,
    `Nom : Dupont, née Le Goff`, `Nom d'usage : Dupont (née Martin)`): a birth name that is not the registry's is a
    contradiction, in small letters as in capitals, as beside the patient's name in running text
    (surname_contradictions: `DUPONT Anne (Née Martin)`). Only capitals were heard in a field (extra_surnames), so that
    field filed DUPONT born DUPONT (review23's q23n). Her own birth name there (`Nom : Martin née Dupont` for a Martin
    born Dupont) is hers; the birth label (`Née le 01/01/1970`) is no name."""
    tokens = reading.tokens
    page = reading.page_number
    end = token_index_at(tokens, opening_run_end(reading.text, f))
    for i in range(token_index_at(tokens, f.start) + 1, end):
        if marker_before(tokens, i) not in BIRTH_NAME_MARKERS:
            continue
        words = birth_name_words(tokens, i, end)
        if not words:
            continue
        if contains_name([t.key for t in tokens[i:i + MAX_NAME_TOKENS]], patient.birth_name):
            return []
        read = " ".join(as_printed(reading, t) for t in words)
        return [problem(page, "birth_name", read, patient.birth_name,
                        f"nom de naissance « {read} » page {page} différent du registre")]
    return []


NEE_GOING_ON_RE = re.compile(r"[,(]\s*n[ée]e?\b", re.IGNORECASE)


def opening_run_end(text: str, f) -> int:
    """Where a name field's opening run of words ends (NAME_RUN_END, blanks before the value aside), a comma or a
    parenthesis before `née` going on with it (`Nom : Dupont, née Martin`, `Nom : Dupont (née Martin)`)."""
    start = f.start + len(text[f.start:f.end]) - len(text[f.start:f.end].lstrip())
    for cut in NAME_RUN_END.finditer(text, start, f.end):
        if not NEE_GOING_ON_RE.match(text, cut.start()):
            return cut.start()
    return f.end


def birth_name_words(tokens: tuple[Token, ...], i: int, end: int) -> list[Token]:
    """The surname printed from token `i` (after `née`), before token `end`: its capitalised particles (`Le Goff`,
    `DE LA TOUR`) and a word written as a surname — two letters only if no word (`Ly`, `LY`; not `LE 01/02/1950`)."""
    j = i
    while j < end and tokens[j].line == tokens[i].line and tokens[j].key in PARTICLES \
            and (tokens[j].capitalised or tokens[j].titlecase):
        j += 1
    if j >= end or tokens[j].line != tokens[i].line:
        return []
    word = tokens[j]
    in_small_letters = word.titlecase and len(word.key) == 2 and word.key not in TWO_LETTER_WORDS  # `née Ly`
    if not word.key.isalpha() or not (a_marked_surname(word) or in_small_letters) or word.key in NAME_FILLER_WORDS \
            or word.key in CIVILITY_SEX:
        return []
    return list(tokens[i:j + 1])


def a_first_name_alone_not_hers(f, patient: Patient, reading: PageReading, index: RegistryIndex) -> bool:
    """The subject's field names one person by a single given name, someone's in the registry, that is none of the
    patient's names (`Identité de la patiente :` / `Emma` on an authorisation a mother signs, `Mme MOREL Sophie, née le
    …` above: review50 — filed under the mother on main). `Patient : Sophie`, her surname alone, a civility alone, or a
    word no registry patient bears as a given name (`PATIENT(E)` / `Gériatre`, a two-column letterhead read across:
    ood2 s54_005) say nothing against her."""
    if not SUBJECT_FIELD_LABEL_RE.fullmatch(re.sub(r"\s+", " ", f.label)):
        return False
    words = [w.strip(".,;:()") for w in reading.text[f.start:f.end].split()]
    words = [w for w in words if w and fold(w) not in CIVILITY_SEX]
    if len(words) != 1:
        return False
    word, key = words[0], name_key(words[0])
    return word.isalpha() and len(word) >= 2 and (word.istitle() or word.isupper()) \
        and key not in NOT_A_PERSON_WORD and key not in own_name_words(patient) and key in index.given_names


SUBJECT_FIELD_LABEL_RE = re.compile(rf"{SUBJECT_LABEL_RE.pattern}|IDENTITE(?: [DO]U PATIENT)?|CONCERNE")


def names_someone_else(f, tokens: list[str], patient: Patient, reading: PageReading,
                       index: RegistryIndex) -> bool:
    if contains_name(tokens, patient.birth_name) or contains_name(tokens, patient.used_name):
        rest = [t for t in tokens if t not in CIVILITY_SEX and t not in CONNECTOR_WORDS
                and not t.isdigit() and t not in name_key_tokens(patient.birth_name + " " + patient.used_name)]
        given = [name_key(n) for n in split_first_names(patient.first_names)]
        named_first = [t for t in rest if t in index.given_names]  # words that are someone's given name
        return bool(named_first) and not contains_name(rest, patient.first_given_name) and \
            not any(t in given for t in named_first)
    words = [w.strip(".,;:()") for w in reading.text[f.start:f.end].split() if fold(w) not in CONNECTOR_WORDS]
    looks_like_a_name = any(w.isupper() and len(w) > 1 and w.isalpha() for w in words)
    return looks_like_a_name or any(t in index.by_name_key for t in tokens if len(t) > 2) \
        or garbled_name_of_someone_else(words, patient) or a_surname_in_small_letters(f, words, patient)


def a_surname_in_small_letters(f, words: list[str], patient: Patient) -> bool:
    """A surname field's word printed with small letters (`Nom : Martin`, `Nom : Le Goff`, `Nom : Ly`,
    `Nom : Dupont-Moretti`) that is none of the patient's names: another surname. Only capitals and registry surnames
    counted before, so `Nom : Martin` / `Nom d'usage : NGUYEN` / `Prénom : Anne` / her date filed NGUYEN Anne born
    NGUYEN (rel22's P6, session 20). Only `Nom :` and `Nom de famille :`: a `Patient :` field also holds first names
    and words. A word two edits or fewer from her surname (`Bnand`, `Brriand` for Briand) is left to the rules that
    weigh a fax's misreads (second reading, a letter more or less), as before."""
    if re.sub(r"\s+", " ", f.label) not in SURNAME_FIELD_LABELS:
        return False
    parts = [part for word in words for part in re.split(r"[-'’]", word) if part]
    return any(part[:1].isupper() and part[1:].islower() and part.isalpha() and fold(part) not in CIVILITY_SEX
               and not misread_of_own_name(name_key(part), patient)
               and not any(Levenshtein.distance(name_key(part), own) <= 2 for own in surname_keys(patient))
               for part in parts)


def garbled_name_of_someone_else(words: list[str], patient: Patient) -> bool:
    """A surname in capitals with one glyph OCR misread (`MARTlN`, `LER0Y`) in a subject field: another surname, or
    the patient's own beside a first name none of his (`Patient : MARTlN Ernma` over the mother MARTIN Léa's identity,
    review7's q17.py: filed the mother on main). The patient's own, garbled, beside his garbled first name is his."""
    for word in words:
        if not garbled_capitals(word):
            continue
        if not near_surname(name_key(word), patient):
            return True
        others = [w for w in words if w is not word and w.isalpha() and len(w) > 1 and w[:1].isupper()
                  and fold(w) not in CIVILITY_SEX and not misread_of_own_name(name_key(w), patient)]
        if others:
            return True
    return False


def garbled_capitals(word: str) -> bool:
    """Capitals with one glyph misread (`MARTlN`, `LER0Y`; `str.isupper` alone holds for `LER0Y`, whose digit has no
    case: review50's `D0RAND Lucas` under `Nom et prénom du patient :` filed the mother named beside him)."""
    return len(word) >= 4 and sum(c.isupper() for c in word) >= len(word) - 1 \
        and sum(c.isalpha() for c in word) >= len(word) - 1 and not (word.isalpha() and word.isupper())




def ipp_contradiction(patient: Patient, printed: str, page: int, index: RegistryIndex) -> list[dict]:
    if printed == name_key(patient.ipp) or printed not in {name_key(i) for i in index.patients}:
        return []
    return [problem(page, "ipp", printed, patient.ipp, f"IPP lu page {page} appartenant à un autre patient")]


def unread_date_contradictions(patient: Patient, reading: PageReading, findings: Findings,
                               index: RegistryIndex) -> list[dict]:
    """Dates printed with letters for digits (`né le O2/O2/198O`) or bars for slashes outside a birth date's field
    (identity.barred_dates_elsewhere) designate no one, but they contradict as
    read dates do: under a birth label, or right after a name, when they are not the patient's birth date; and
    anywhere when they are a namesake's birth date (review's p11.py on main: a homonym's continuation page)."""
    namesakes = {other.birth_date for other in registry_namesakes(patient, index)}
    page = reading.page_number
    problems = [problem(page, "birth_date", m.text, fmt(patient.birth_date),
                        f"date de naissance lue {m.text} page {page} (lettres ou barres dans la date), "
                        f"registre {fmt(patient.birth_date)}")
                for m in reading.unread_dates if not same_birth_date(m, patient.birth_date)
                and (m.label == "birth" or m.value in namesakes)]
    problems += foreign_identity_contradictions(patient, reading, findings, reading.unread_dates)
    problems += unreadable_birth_date_contradictions(patient, reading, patient.ipp in findings.ins_matches)
    return problems


def unreadable_birth_date_contradictions(patient: Patient, reading: PageReading, held_by_ins: bool) -> list[dict]:
    """Behind a birth label, a date OCR could not read (`Date de naissance : 14 02 1952`): unless its digits are the
    patient's birth date, it may be another birth date — a relative's readable one elsewhere must not decide (review8's
    M-2). A patient the page's own INS designates is held only to a date printed plainly in digits (`27 01 1977`: the
    INS of another person's page, review10): the INS is the identity, a date that is no date unknown (dev seed 203:
    `Né le 63/12/1938` under a valid INS)."""
    page = reading.page_number
    return [problem(page, "birth_date", u.text, fmt(patient.birth_date),
                    f"date de naissance illisible page {page} (« {u.text} »), registre {fmt(patient.birth_date)}")
            for u in reading.unreadable_birth_dates if not fits_birth_date(u, patient.birth_date)
            and not reading.in_third_party_field(u.start)  # `Ouvrant droit : …, né le 11 11 1965`: a third party's
            and (not held_by_ins or printed_as_a_birth_date(u.text, reading.today)
                 or a_readable_part_differs(u.text, patient.birth_date, reading.today))]


def fits_birth_date(u: UnreadableDate, birth_date: date) -> bool:
    """Its digits are the birth date's — or, read with glyphs no digit looks like (`22/0é/à3`), every digit read is
    where the birth date has it."""
    if u.groups is None:
        return u.digits in birth_date_digit_forms(birth_date)
    day, month, year = u.groups
    years = [str(birth_date.year)] if len(year) == 4 else [f"{birth_date.year % 100:02d}"]
    return group_fits(day, [f"{birth_date.day:02d}", str(birth_date.day)]) \
        and group_fits(month, [f"{birth_date.month:02d}", str(birth_date.month)]) and group_fits(year, years)


def group_fits(group: str, forms: list[str]) -> bool:
    return any(len(form) == len(group) and all(g in ("?", c) for g, c in zip(group, form)) for form in forms)


PLAIN_DATE_RE = re.compile(r"(\d{1,2})[\s./-]+(\d{1,2})[\s./-]+(\d{4}|\d{2})")
OLDEST_AGE = 130


def printed_as_a_birth_date(text: str, today: date) -> bool:
    """`27 01 1977`, `27 . 01 . 1977`: three groups of digits that make a day of the calendar a living person was born
    on — not `63/12/1938` nor `04/02/1840`, misreads of a date that stays unknown."""
    plain = PLAIN_DATE_RE.fullmatch(text.strip())
    if plain is None:
        return False
    day, month, year = (int(group) for group in plain.groups())
    if year > 99 and not today.year - OLDEST_AGE <= year <= today.year:
        return False
    try:
        date(year if year > 99 else 2000, month, day)  # a two-digit year: checked on a leap year, the lenient side
    except ValueError:
        return False
    return True


DIGIT_LOOKALIKES = str.maketrans("OoQDlI|", "0000111")


def a_readable_part_differs(text: str, birth_date: date, today: date) -> bool:
    """`27 O1 1977`, `2701 1977`, `27 01 19 77`, `27/01/1877` under the INS of a patient born 10/03/1982: once glyphs
    read for digits are mended and groups cut or glued are put back, a day, month or year that can be one and is not
    the patient's is another date — only the parts no calendar holds stay unknown (`63/12/1938`, `04/02/1840`:
    misreads of the holder's own date). On main such a date was excused by the page's INS (review10b's c_date3)."""
    parts = date_parts(text.translate(DIGIT_LOOKALIKES))
    if parts is None:
        return False
    day, month, year = parts
    own_year = str(birth_date.year) if len(year) == 4 else f"{birth_date.year % 100:02d}"
    readable_year = len(year) == 2 or today.year - OLDEST_AGE <= int(year) <= today.year
    return (1 <= int(day) <= 31 and int(day) != birth_date.day) \
        or (1 <= int(month) <= 12 and int(month) != birth_date.month) \
        or (readable_year and year != own_year)


def date_parts(text: str) -> tuple[str, str, str] | None:
    """Day, month and year digits of a date printed in digits, its groups cut or glued as OCR left them, or None."""
    groups = re.findall(r"\d+", text)
    if len(groups) == 4 and len(groups[2]) == len(groups[3]) == 2:
        groups = groups[:2] + [groups[2] + groups[3]]
    elif len(groups) == 2 and len(groups[0]) == 4:
        groups = [groups[0][:2], groups[0][2:], groups[1]]
    elif len(groups) == 1 and len(groups[0]) in (6, 8):
        groups = [groups[0][:2], groups[0][2:4], groups[0][4:]]
    if len(groups) != 3 or not (1 <= len(groups[0]) <= 2 and 1 <= len(groups[1]) <= 2 and len(groups[2]) in (2, 4)):
        return None
    return groups[0], groups[1], groups[2]


def birth_date_digit_forms(value: date) -> set[str]:
    """The digits a birth date may be printed with: day and month padded or not, the year in four or two digits."""
    days, months = {f"{value.day:02d}", str(value.day)}, {f"{value.month:02d}", str(value.month)}
    years = {str(value.year), f"{value.year % 100:02d}"}
    return {d + m + y for d in days for m in months for y in years}


# A date after a doctor's name younger than any doctor is not his birth date: the day he signed or dictated. An older
# one may be his, or a patient's printed with a title (`Dr Sylvie DA SILVA   24/09/1960` in a list of patients seen:
# review91, filed the other patient listed).
YOUNGEST_DOCTOR = 24


def foreign_identity_contradictions(patient: Patient, reading: PageReading, findings: Findings,
                                   dates: tuple[DateMention, ...] | None = None) -> list[dict]:
    """A date printed right after a name (a running header, `DURAND Marie 03/03/62`) that is not the patient's."""
    problems = []
    tokens = reading.tokens
    own_spans = [(o.start, o.end) for o in findings.occurrences
                 if o.page == reading.page_number and o.patient.ipp == patient.ipp]
    for mention in reading.dates if dates is None else dates:
        if mention.label != "none" or same_birth_date(mention, patient.birth_date):
            continue
        person = person_start_before(tokens, mention.token_index)
        if person is None or (after_a_doctor_title(reading, person)
                              and age_on(mention.value, reading.today) < YOUNGEST_DOCTOR):
            continue  # `Dr Vincent LEROY — RPPS …` / `28/01/2024`: a prescriber's line and its date, no birth date
        another = another_person_right_before(reading, own_spans, mention.token_index)
        if mention.value.year > reading.today.year - 1 and not (another and before_the_pages_latest_date(mention, reading)):
            continue  # a recent date next to a name is an exam date or a signature's, not a birth date
        if another or not any(0 <= mention.token_index - end <= 6 for _, end in own_spans):
            problems.append(problem(reading.page_number, "identity", mention.text, fmt(patient.birth_date),
                                    f"autre identité (nom et date) page {reading.page_number}"))
    return problems


def another_person_right_before(reading: PageReading, own_spans: list[tuple[int, int]], index: int) -> bool:
    """A surname in capitals beside a capitalised first name in the four words before the date at token `index`, on its
    line, none of them the patient's own occurrence nor a doctor's (`MARTIN Marie 01/02/1990` / `DUPONT Léo
    05/05/2024`: the second line is the child's identity, not an exam date — review24's F1, filed the mother on
    b7879ed). A doctor's name, or a name in a third party's field (`Biologiste :`, `Interne :`), is no such person;
    nor is a relation's label beside the name in its field (`Concubin : LEGRAND, (02/02/1940)`: the label is no first
    name — review24's probe23m, sent to review on 1d3b145)."""
    tokens = reading.tokens
    own = {i for start, end in own_spans for i in range(start, end)}
    line = tokens[min(index, len(tokens) - 1)].line
    window = [i for i in range(max(0, index - 4), index)
              if tokens[i].line == line and name_like_word(tokens[i]) and i not in own
              and not is_title(reading, tokens[i]) and not reading.in_third_party_field(tokens[i].start)
              and not in_a_relation_field(reading, tokens[i].start)]
    return any(j == i + 1 and ((tokens[i].capitalised and tokens[j].titlecase)
                               or (tokens[i].titlecase and tokens[j].capitalised))
               and not after_a_doctor_title(reading, i)
               for i, j in zip(window, window[1:]))


def before_the_pages_latest_date(mention: DateMention, reading: PageReading) -> bool:
    """A newborn is born before his first paper; the staff member who signs it (`Biologiste : GARNIER Sophie
    12/11/2026`, `ROUX Anne (secrétariat) 12/11/2026`) dates it that day, the page's latest (review24's q24k)."""
    return mention.value < max(d.value for d in reading.dates)


def identities_in_third_party_fields(patient: Patient, reading: PageReading, index: RegistryIndex) -> list[dict]:
    """A dated identity in a recipient's field (`Copie : LEROY Louise, née le …`) or on the line below an empty
    third-party label (`Médecin traitant :` / `LEROY Louise, née le …`): it never designates — its label says it is not
    the subject — but a recipient or a doctor carries no birth date, so it is another identity on the page (review7's
    q9/q14/q23/q25.py). Unless it names the patient."""
    text, problems = reading.text, []
    for f in reading.fields:
        if f.kind != "third_party" or not f.value or not mentions_a_date_or_birth_label(text[f.start:f.end]):
            continue
        opens_its_line = not text[text.rfind("\n", 0, f.start) + 1:f.start].strip()
        if (RECIPIENT_LABEL_RE.fullmatch(f.label) or opens_its_line) and not names_the_patient(f, patient) \
                and not a_close_ones_identity(f, patient, reading) and not a_letters_place_and_date(f, reading, index):
            read = text[f.start:f.end].strip()
            problems.append(problem(reading.page_number, "identity", read, patient.birth_name,
                                    f"autre identité datée page {reading.page_number} dans le champ « "
                                    f"{f.label.title()} » : « {read} »"))
    return problems


# A doctor's or a staff member's label, no one's kin: the line below it may be the letter's place and date.
STAFF_FIELD_LABELS = {"MEDECIN TRAITANT", "MEDECIN PRESCRIPTEUR", "MEDECIN", "PRESCRIPTEUR", "PRESCRIT PAR",
                      "BIOLOGISTE", "RADIOLOGUE", "OPERATEUR", "CHIRURGIEN", "ANESTHESISTE", "SIGNE PAR", "VALIDE PAR",
                      "REDIGE PAR", "DICTE PAR", "INTERNE", "DR", "DOCTEUR", "PR", "PROFESSEUR", "CHEF DE SERVICE"}
PLACE_AND_DATE_RE = re.compile(r"(?P<place>[A-Z][A-Z'\- ]{1,40}),?\s+LE\s+\S.*")


def a_letters_place_and_date(f: LabelledField, reading: PageReading, index: RegistryIndex) -> bool:
    """`Chef de service` / `Limoges, le 31 janvier 2024` (a letterhead's column above the letter's date line; second
    independent corpus s99_029): a town and the page's latest date, younger than any doctor, below a staff member's
    label are the letter's, no one's identity — unless a word of the town is a registry name (`Radiologue` / `GARNIER
    Gaël, le 14/02/2005`, `ROUX, le 31/12/2019`: a registered child's identity, review97). Below a relative's label
    (`Parents :` / `PERRIN, le 19/05/1982`) the same shape is a name and a birth date (session 29)."""
    shape = PLACE_AND_DATE_RE.fullmatch(f.value)
    if f.label not in STAFF_FIELD_LABELS or shape is None:
        return False
    if any(w in index.by_name_key or w in index.given_names for w in name_key_tokens(shape.group("place"))):
        return False
    inside = [m for m in reading.dates if f.start <= reading.tokens[m.token_index].start < f.end]
    latest = max((m.value for m in reading.dates if m.value <= reading.today), default=None)
    return bool(inside) and all(m.value == latest and age_on(m.value, reading.today) < YOUNGEST_DOCTOR
                                and m.label != "birth" for m in inside)


CLOSE_ONES_FIELD_LABELS = CLOSE_ONES_LABELS | {"PERE", "MERE", "CONJOINT", "CONJOINTE", "EPOUX", "EPOUSE"}
# The empty fields that may head a value printed beside them (orphan_person_caption_lines): not `Contact :` alone, a
# letterhead's or a fax cover's (`Contact :` / `Tél. …`), no one's kin.
PERSON_CAPTION_LABELS = (CLOSE_ONES_FIELD_LABELS | RELATIVES_FIELD_LABELS) - {"CONTACT"}
NOT_A_NAME_WORD = NAME_FILLER_WORDS | {"NEE", "NE", "LE"}


def in_a_close_ones_field(offset: int, patient: Patient, reading: PageReading) -> bool:
    return any(f.kind == "third_party" and f.start <= offset < max(f.end, f.start + 1)
               and a_close_ones_identity(f, patient, reading) for f in reading.fields)


def a_close_ones_identity(f, patient: Patient, reading: PageReading) -> bool:
    """`Personne de confiance : BESNARD Clémence, née le 05/06/1968 (mère)`, on a page that prints the patient's own
    birth date outside such fields: a person of the patient's circle, named with another first name, whose birth date
    is hers — a careful secretary files the page (OOD dev seeds 200, 201, 210 went to review as « date de naissance
    lue … »). A twin (same birth date) or a person bearing the patient's first name still counts against him. So is the
    insured's field below the patient's own on a sheet that names her apart (`an_insured_parent_below`)."""
    label = re.sub(r"\s+", " ", f.label)
    if label not in CLOSE_ONES_FIELD_LABELS and not an_insured_parent_below(f, patient, reading):
        return False
    words = []
    for word in name_key_tokens(f.value):
        if not word.isalpha():
            break
        if word not in NOT_A_NAME_WORD:
            words.append(word)
    own_date = any(same_birth_date(m, patient.birth_date) and not in_a_relatives_field(m, reading)
                   for m in reading.birth_dates)
    return len(words) >= 2 and not whole_word_first_name(" ".join(words), patient) and own_date \
        and not any(same_birth_date(m, patient.birth_date) for m in reading.birth_dates
                    if f.start <= reading.tokens[m.token_index].start < f.end)


def an_insured_parent_below(f, patient: Patient, reading: PageReading) -> bool:
    """The insured's field, after the fields that name the patient apart (`beneficiary_named_apart`: `Nom de naissance :
    DUBOIS` / `Prénom(s) : Sophie` / … / `Assuré : M. DUBOIS Pierre, né le 05/09/1974 — N° SS : …`, third corpus s49),
    dated a generation before her: her parent. Born near her, it may be a twin or her own date misread; printed above
    her (`ATTESTATION DE DROITS` / `Assuré : …` / `Ayant(s) droit : …`), the paper may be the insured's (review93)."""
    fields = list(reading.fields)
    dates = [m.value for m in reading.birth_dates if f.start <= reading.tokens[m.token_index].start < f.end]
    return insured_label(re.sub(r"\s+", " ", f.label)) and beneficiary_named_apart(fields) \
        and any(s.start < f.start and names_the_patient(s, patient) for s in subjects_named(fields)) \
        and bool(dates) and all(kinship_fits_the_ages("PERE", value, patient.birth_date) for value in dates)


def namesakes_born_on_a_third_partys_date(patient: Patient, readings: list[PageReading], index: RegistryIndex
                                          ) -> list[dict]:
    """A date in a third party's field (`Personne de confiance : M. Jean ROBERT, né le 22.08.1991`) that is the birth
    date of a registry namesake of the patient (same surname, same first given name): which of the two the page is
    about rests on which date is whose (review54's k13)."""
    namesakes = registry_namesakes(patient, index)
    return [problem(r.page_number, "birth_date", m.text, fmt(patient.birth_date),
                    f"date lue {m.text} page {r.page_number} dans le champ d'un tiers : celle d'un homonyme du registre")
            for r in readings for m in r.dates if in_a_third_party_field(m, r)
            and any(same_birth_date(m, other.birth_date) for other in namesakes)]


# The close ones whose block of fields below their heading holds their own identity: not `Contact`, which may head the
# patient's own details, nor the insured, who is often the patient.
CLOSE_ONES_BLOCK_HEADINGS = {"PERSONNE DE CONFIANCE", "PERSONNE A PREVENIR"} | KIN_BLOCK_HEADINGS


def in_a_close_ones_block(offset: int, patient: Patient, reading: PageReading) -> bool:
    """`PERSONNE DE CONFIANCE` / `Nom, prénom : DURAND Christine` / `Date de naissance : 26/12/1957`: the field at
    `offset` stands in the block of fields under a close one's heading (identity.headed_blocks), a block that names her
    in full — her first name not the patient's — with a birth date not the patient's, on a page whose own fields name
    the patient with her own birth date outside any block (`the_form_names_the_patient`). The block is the close one's:
    its name and date are no contradiction, as in her one-line field (`a_close_ones_identity`; ood2 s1_004). A block a
    fax cut early leaves its date or its first name outside it, and the page goes to review as before: making every
    block's fields a third party's hid the name that kept a twin out (review32)."""
    block = close_ones_block_at(reading, offset)
    if not block:
        return False
    words = [word for f in block if f.kind in (*NAME_FIELD_KINDS, "first_names")
             for word in name_key_tokens(f.value) if word.isalpha() and word not in NOT_A_NAME_WORD]
    dates = [m for m in reading.birth_dates if any(in_field(f, mention_start(m, reading)) for f in block)]
    own_dates = [m for m in reading.birth_dates if same_birth_date(m, patient.birth_date)
                 and mention_start(m, reading) >= 0 and not in_a_block(m, reading)]
    return len(words) >= 2 and not whole_word_first_name(" ".join(words), patient) and bool(dates) \
        and not any(same_birth_date(m, patient.birth_date) for m in dates) and bool(own_dates) \
        and the_form_names_the_patient(patient, reading)


def close_ones_block_at(reading: PageReading, offset: int, headings: set[str] = CLOSE_ONES_BLOCK_HEADINGS) -> list:
    """The fields of the block (identity.headed_blocks) holding `offset`, when a close one's heading opens it (one of
    `headings`)."""
    found = block_at(reading, offset)
    if found is None:
        return []
    ordered, first, last = found
    heading = ordered[first - 1] if first > 0 else None
    if heading is None or heading.kind != "third_party" \
            or re.sub(r"\s+", " ", heading.label) not in headings:
        return []
    return ordered[first:last + 1]


def block_at(reading: PageReading, offset: int) -> tuple[list[LabelledField], int, int] | None:
    """The page's fields in label order, with the first and last index of the block (identity.headed_blocks) holding
    `offset`; None outside every block."""
    blocks = reading.blocks
    ordered = sorted(reading.fields, key=label_offset)
    at = [i for i, f in enumerate(ordered) if f in blocks and in_field(f, offset)]
    if not at:
        return None
    first = last = at[0]
    while first > 0 and ordered[first - 1] in blocks:
        first -= 1
    while last + 1 < len(ordered) and ordered[last + 1] in blocks:
        last += 1
    return ordered, first, last


def under_a_relatives_noun(reading: PageReading, offset: int) -> bool:
    """The field at `offset` stands in a block (identity.headed_blocks) that a relative's or companion's noun alone heads
    (`Accompagnant`, `Frère jumeau`, `Titulaire`: identity.RELATIVE_HEADING_RE): its date is that person's, no name
    field's outside the block (review of session 72: `Patient : DUPONT Paul` / `Accompagnant` / `Nom de naissance :
    DUPONT` / `Prénom(s) : Paul` / `Date de naissance : <his father's>` filed the father)."""
    found = block_at(reading, offset)
    if found is None:
        return False
    ordered, first, _last = found
    folded = reading.folded
    above = line_above(folded, folded.rfind("\n", 0, label_offset(ordered[first])) + 1)
    return above is not None and RELATIVE_HEADING_RE.fullmatch(folded[above[0]:above[1]].strip()) is not None


def in_field(f, offset: int) -> bool:
    return f.start <= offset < max(f.end, f.start + 1)


HEADER_EXTRA_WORDS = {"PAGE", "PAGES", "SUR", "SUITE", "DOSSIER", "FEUILLET", "P"}
# A results table continued on the next page opens it with its section and its column heading, one per line
# (`HÉMOSTASE` / `Analyse`, second independent corpus s45_007): no one's name when every word is such a heading's.
# One name beside one of them (`MOREL — Résultats`, `Biochimie` / `MOREL`) is still a header (review50: 2 673 pages
# of another patient filed when any one lab word excused the pair).
LAB_SECTION_WORDS = {"HEMATOLOGIE", "BIOCHIMIE", "HEMOSTASE", "COAGULATION", "IMMUNOLOGIE", "IMMUNOHEMATOLOGIE",
                     "SEROLOGIE", "SEROLOGIES", "BACTERIOLOGIE", "MICROBIOLOGIE", "PARASITOLOGIE", "VIROLOGIE",
                     "HORMONOLOGIE", "ENDOCRINOLOGIE", "TOXICOLOGIE", "ALLERGOLOGIE", "ENZYMOLOGIE", "GAZOMETRIE",
                     "ELECTROPHORESE", "INFLAMMATION", "URINES", "ANALYSE", "ANALYSES", "RESULTAT", "RESULTATS",
                     "EXAMEN", "EXAMENS", "PARAMETRE", "PARAMETRES"}
# A section's title and its panel or analyte (`BIOCHIMIE — Glycémie`, `INFLAMMATION — Protéines`, second independent
# corpus s49_030, s53_030): words that name no one either (not MARTIAL, a given name: `Bilan martial`).
LAB_PANEL_WORDS = {"GLYCEMIE", "GLUCOSE", "PROTEINES", "PROTEINE", "IONOGRAMME", "HEMOGRAMME", "NUMERATION", "FORMULE",
                   "SANGUINE", "SANGUIN", "BILAN", "LIPIDIQUE", "LIPIDES", "HEPATIQUE", "RENAL", "RENALE", "FONCTION",
                   "THYROIDIEN", "THYROIDIENNE", "VITAMINES", "ENZYMES", "ELECTROLYTES", "CREATININE", "FERRITINE",
                   "CHOLESTEROL", "TRIGLYCERIDES", "HEMOGLOBINE", "GLYQUEE", "PLAQUETTES", "LEUCOCYTES", "MARQUEURS",
                   "CARDIAQUES", "TUMORAUX", "URINAIRE", "URINAIRES", "PLASMA", "SERUM"}
LAB_COLUMN_WORDS = {"UNITE", "UNITES", "VALEUR", "VALEURS", "NORMES", "NORMALES", "REFERENCE", "REFERENCES",
                    "ANTERIORITE", "ANTERIORITES"}
LAB_WORDS = LAB_SECTION_WORDS | LAB_PANEL_WORDS | LAB_COLUMN_WORDS


def foreign_running_header(patient: Patient, reading: PageReading) -> list[dict]:
    """A continuation page that opens with someone else's name (`MOREL Paul`, `Mme MOREL Sophie`, `LER0Y Louis`,
    `Madame NGUYEN`, page numbers and a date beside at most): another person's page, even without a date (review6's
    p22.py).
    A header with one of the patient's own name words (`DUPQNT Jean`, the patient's name garbled) is left to
    the other checks."""
    if reading.page_number < 2:
        return []
    tokens = reading.tokens
    if not tokens:
        return []
    line = opening_at(tokens, 0)
    words = header_words(line)
    below = tokens.index(line[-1]) + 1
    if a_result_line(reading, line):
        return []
    if lab_headings(words) and (below == len(tokens) or tokens[below].key in LAB_WORDS):
        return []  # a results table going on: its section (and panel), then its column headings
    if section_headings(words) and below < len(tokens):
        line = opening_at(tokens, below)  # the running header below a section's heading (`HÉMATOLOGIE` / `M. MOREAU Luc`)
        words = header_words(line)
    if not (surname_and_first_name(words) or civility_and_surname(line, words)) or section_headings(words):
        return []
    if any(t.key in own_name_words(patient) for t in words) or spoken_of_as_third_party(reading, tokens.index(words[0])):
        return []
    read = " ".join(reading.text[t.start:t.start + len(t.key)] for t in words)
    return [problem(reading.page_number, "identity", read, patient.birth_name,
                    f"autre identité en tête de page {reading.page_number} : « {read} »")]


# Analytes that open a result line (`Leucocytes : 7.13 / 12.97 G/L`), besides the panels' words.
ANALYTE_WORDS = {"SODIUM", "POTASSIUM", "CHLORURE", "CHLORE", "CALCIUM", "MAGNESIUM", "PHOSPHORE", "UREE", "HEMATIES",
                 "HEMATOCRITE", "VGM", "TCMH", "CCMH", "LYMPHOCYTES", "MONOCYTES", "POLYNUCLEAIRES", "EOSINOPHILES",
                 "BASOPHILES", "NEUTROPHILES", "CRP", "TSH", "ALBUMINE", "BILIRUBINE", "ASAT", "ALAT", "GGT", "LDH",
                 "INR", "HBA1C", "PSA", "TROPONINE", "LIPASE", "FIBRINOGENE", "DFG", "NT-PROBNP", "BNP",
                 "PROCALCITONINE", "GAMMA", "FERRITINEMIE", "PHOSPHATASES", "TRANSAMINASES", "VITAMINE"}


def a_result_line(reading: PageReading, line: list[Token]) -> bool:
    """`Leucocytes : 7.13 / 12.97 GA` opening a page (third corpus s15, a grey scan's `G/L` read `GA`): an analyte, a
    colon and its value — a results table going on, not a header naming `Leucocytes GA`. Or an analyte alone on its
    line, its value opening the next, a table whose cells a text layer gives one per line (`Gamma-GT` / `26` / `UI/L`:
    fourth corpus s14 courrier_008)."""
    if not line or line[0].key not in LAB_WORDS | ANALYTE_WORDS:
        return False
    tokens = reading.tokens
    after = tokens.index(line[-1]) + 1
    if after < len(tokens) and tokens[after].line == line[-1].line + 1 and re.fullmatch(r"\d+(?:[.,]\d+)?",
                                                                                       tokens[after].key):
        return True
    if len(line) < 2 or not line[1].key[:1].isdigit():
        return False
    return reading.text[line[0].start + len(line[0].key):line[1].start].strip() == ":"


def opening_at(tokens: tuple[Token, ...], at: int) -> list[Token]:
    """The tokens of the line that holds `tokens[at]`, from it on — or two single words one above the other, a label
    printed vertically (`MOREL` / `Emma` / `14/07/2020 F`)."""
    line = [t for t in tokens[at:] if t.line == tokens[at].line]
    below = [t for t in tokens[at + 1:at + 3] if t.line == tokens[at + 1].line] if at + 1 < len(tokens) else []
    return list(tokens[at:at + 2]) if len(line) == 1 and len(below) == 1 else line


def header_words(line: list[Token]) -> list[Token]:
    return [t for t in line if not t.key.isdigit() and t.key not in CIVILITY_SEX and t.key not in HEADER_EXTRA_WORDS]


def section_headings(words: list[Token]) -> bool:
    return bool(words) and all(t.key in LAB_SECTION_WORDS for t in words)


def lab_headings(words: list[Token]) -> bool:
    """Every word a results table's (`HÉMOSTASE` / `Analyse`, `BIOCHIMIE — Glycémie`), one of them its section's. A panel's
    word excuses the page only when the column headings follow: `BIOCHIMIE — Glycémie` / `M. MOREAU Luc` and `SÉROLOGIE` /
    `Marqueurs` / `DUPONT M.` may open another person's page (review51, review52)."""
    return any(t.key in LAB_SECTION_WORDS for t in words) and all(t.key in LAB_WORDS for t in words)


def surname_and_first_name(words: list[Token]) -> bool:
    """`MOREL Paul`, `Paul MOREL`: a surname in capitals beside a first name."""
    return len(words) == 2 and all(name_like_word(t) for t in words) and words[0].key not in TITLE_WORDS \
        and ((words[0].capitalised and words[1].titlecase) or (words[0].titlecase and words[1].capitalised))


def civility_and_surname(line: list[Token], words: list[Token]) -> bool:
    """`Madame NGUYEN`, `M. Morel`: a civility, then one word written as a surname — a person, though no first name
    is printed (review6's note on 73e0391). `Madame, Monsieur,`, `Monsieur le Docteur` are no such header."""
    if len(words) != 1:
        return False
    word = words[0]
    at = line.index(word)
    return at > 0 and line[at - 1].key in CIVILITY_SEX and (word.capitalised or word.titlecase) \
        and word.key.isalpha() and word.key not in NOT_A_PERSON_WORD


TWIN_WINDOW = 8  # tokens before a date where the name it belongs to stands (`DUPONT Paul, né le 12/03/1957`)


def twin_identity_contradictions(patient: Patient, reading: PageReading, index: RegistryIndex) -> list[dict]:
    """The patient's surname beside another first name, with the patient's own birth date right after: a twin
    (or a namesake) the registry may not hold, on the same page or a continuation page (`DUPONT Paul 12/03/1957`
    in a document filed for DUPONT Jean 12/03/1957). Unless that person is spoken of as a third party
    (`son frère DUPONT Paul`), the page carries another identity."""
    tokens, problems = reading.tokens, []
    for mention in reading.dates:
        if mention.label == "other" or not same_birth_date(mention, patient.birth_date):
            continue
        lo = max(0, mention.token_index - TWIN_WINDOW)
        near = [i for i in range(lo, mention.token_index) if tokens[i].line in (mention.line, mention.line - 1)]
        if not near:
            continue
        for key in surname_keys(patient):
            for start, end in spans_matching(tokens, key, near[0], near[-1] + 1):
                other = other_first_name_beside(reading, start, end, patient, index)
                if other is not None:
                    problems.append(problem(reading.page_number, "identity", f"{key} {other}", patient.first_given_name,
                                            f"autre identité page {reading.page_number} : même nom et même date de "
                                            f"naissance, prénom « {other.title()} » (jumeau ?)"))
    return problems


FAMILY_WORDS = {"FILS", "FILLE", "FILLES", "FRERE", "FRERES", "SOEUR", "SOEURS", "SŒUR", "SŒURS",
                "ENFANT", "ENFANTS", "BEBE", "MERE",
                "PERE", "EPOUX", "MARI", "CONJOINT", "CONJOINTE", "COMPAGNON", "COMPAGNE", "NEVEU", "NIECE", "ONCLE",
                "TANTE", "COUSIN", "COUSINE", "PETIT", "PETITE", "GRAND", "BEAU", "BELLE", "DEMI"}
# Whom a companion brings: a relative, a person of his circle, or his godchild — `filleul(e)`, left out of PERSON_NOUNS
# because it names the subject from the companion's side, is exactly what makes the companion no subject (review10).
COMPANIONS_RELATIVES = FAMILY_WORDS | PERSON_NOUNS | {"EPOUSE", "FILLEUL", "FILLEULE", "FILLEULS", "FILLEULES"}
RELATION_NOUNS = RELATIVE_WORDS | FAMILY_WORDS | PERSON_NOUNS | {"EPOUSE", "FEMME", "MARI"}  # see before_a_relative
TWIN_WORDS = {"JUMEAU", "JUMELLE", "JUMEAUX", "JUMELLES"}
SIBLING_QUALIFIERS = {"AINE", "AINEE", "CADET", "CADETTE", "PETITE", "GRANDE"}
RELATION_KEYS = RELATIVE_WORDS | FAMILY_WORDS | TWIN_WORDS | {"EPOUSE", "FEMME"}
RELATION_WORDS_OF_A_BLOCK = RELATION_KEYS | PERSON_NOUNS | GUARDIAN_WORDS  # RELATION_KEYS holds RELATIVE_WORDS


def a_namesakes_first_name_on_a_surname_page(patient: Patient, reading: PageReading,
                                             index: RegistryIndex) -> list[dict]:
    """A page naming the patient by her surname alone (a continuation page's running header, `KLEIN. — p.2`) whose
    sentence is about another registry patient of that surname, named by her first given name (`Concernant Chloé :
    même traitement.`, `Chloé a été revue ce jour.`): the page may be hers, a twin's letter stacked behind the
    patient's (review97: `p.2` had sent these pages to review by accident, read as another first name's initial).
    Only as a sentence's subject (`spoken_of_as_subject`): a namesake's first name is also a relative's, a street's, an
    eponym's or a common word (`Son épouse Claire l'accompagnait`, `rue Philippe Brossolette`, `Claire amélioration` —
    review98: read anywhere, 284 of 404 rightly filed pages lost). Not on a page that prints one of her own given
    names."""
    own_given = {name_key(n) for n in split_first_names(patient.first_names)}
    own_given |= set(name_key_tokens(patient.first_names))  # `Jean` / `Baptiste` for a Jean-Baptiste
    tokens = reading.tokens
    if any(t.key in own_given for t in tokens):
        return []
    surname_at = {i for start, end, p, _kind in surname_spans(reading, index) if p.ipp == patient.ipp
                  for i in range(start, end)}
    if not surname_at:
        return []
    namesakes = {name_key(other.first_given_name) for key in surname_keys(patient)
                 for other, _kind in index.by_name_key.get(key, []) if other.ipp != patient.ipp} - own_given
    for i, token in enumerate(tokens):
        if token.key not in namesakes or i in surname_at or not token.titlecase \
                or reading.in_third_party_field(token.start) or in_a_compound(reading.text, token) \
                or not (spoken_of_as_subject(reading, i) or after_the_page_number(reading, i, surname_at)):
            continue
        read = reading.text[token.start:token.start + len(token.key)]
        return [problem(reading.page_number, "identity", read, patient.first_given_name,
                        f"page {reading.page_number} nommée par le seul nom du patient, avec le prénom « {read} » d'un "
                        "homonyme du registre : la page est peut-être la sienne")]
    return []


PAGE_MARKER_WORDS = {"P", "PAGE", "PAGES", "SUR"}


def after_the_page_number(reading: PageReading, i: int, surname_at: set[int]) -> bool:
    """`KLEIN p.2 Noémie`, `KLEIN. — p.2 — Madame Chloé`: the first name after the running header's page number,
    nothing but the page's marker, its number and a civility between it and the surname (review97: read as Paul's own
    initial `p`, filed under him)."""
    tokens, j = reading.tokens, i - 1
    while j >= 0 and tokens[j].line == tokens[i].line and j not in surname_at \
            and (tokens[j].key in PAGE_MARKER_WORDS or tokens[j].key in CIVILITY_SEX or tokens[j].key.isdigit()):
        j -= 1
    return j < i - 1 and j in surname_at and tokens[j].line == tokens[i].line


# What a page says of the one it is about: `Chloé a été revue`, `Chloé est vue`, `Chloé présente`, `Concernant Chloé`.
SUBJECT_VERBS = {"A", "EST", "PRESENTE", "CONSULTE", "REVIENT", "SIGNALE", "RAPPORTE", "DECRIT", "SE", "NE", "N"}
ABOUT_WORDS = {"CONCERNANT", "CHEZ"}


def spoken_of_as_subject(reading: PageReading, i: int) -> bool:
    """Token `i` opens its sentence and a verb of the one seen follows it (`Chloé a été revue ce jour.`), or the page
    says what it is about right before it (`Concernant Chloé :`)."""
    tokens, text = reading.tokens, reading.text
    before = text[text.rfind("\n", 0, tokens[i].start) + 1:tokens[i].start]
    opens = not before.strip() or before.rstrip()[-1:] in ".:;!?"
    following = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].line == tokens[i].line else None
    about = i > 0 and tokens[i - 1].line == tokens[i].line and tokens[i - 1].key in ABOUT_WORDS
    verb = following is not None and following.key in SUBJECT_VERBS \
        and text[following.start:following.start + 1] != "à"  # `Pierre à retirer à J10`: a stone, no Pierre
    return about or (opens and verb)


def in_a_compound(text: str, token: Token) -> bool:
    """`Anne-Sophie`, `Jean-Pierre`: a part of a compound name, no Sophie nor Pierre."""
    end = token.start + len(token.key)
    return text[token.start - 1:token.start] == "-" or text[end:end + 1] == "-"


def twins_named_as_relatives(patient: Patient, reading: PageReading, index: RegistryIndex) -> list[dict]:
    """A twin introduced as a relative (`sa sœur jumelle Louise est vue ce jour`, `son frère Paul, né le 12/03/1957`,
    `sa sœur Louise` when LEROY Louise is registered with the patient's birth date): the document names a second
    person of the patient's surname and birth date, told apart by the first name alone — it may be theirs, or
    both's (review6's note: filed under the patient on main). So is a twin behind a person noun (`son aidant LAMBERT
    Claude`). Other relatives stay third parties (`accompagnée de sa fille, Mme DUPONT Marie`, registered or not), as
    README rule 1 says."""
    problems, named = [], set()
    for i in range(len(reading.tokens)):
        if not (family_word(reading, i) or person_noun_after_a_possessive(reading, i)):
            continue
        chain, name = relative_chain(reading, i, patient)
        if name is None or name in named:
            continue
        named.add(name)
        why = twin_reason(patient, reading, chain, name, index)
        if why:
            token = reading.tokens[name]
            read = reading.text[token.start:token.start + len(token.key)]
            problems.append(problem(reading.page_number, "identity", read, patient.first_given_name,
                                    f"proche nommé page {reading.page_number} : « {read} », {why} (jumeau ?) — le "
                                    "document le ou la concerne peut-être"))
    return problems


def twin_reason(patient: Patient, reading: PageReading, chain: set[str], name: int, index: RegistryIndex) -> str:
    """Why the relative named at token `name` is the patient's twin, or "" when nothing says so."""
    if chain & TWIN_WORDS:
        return "dit jumeau ou jumelle"
    twins = registry_twins(patient, reading.tokens[name].key, index)
    if twins:
        return f"patient du registre né le même jour (IPP {', '.join(twins)})"
    if any(m.label != "other" and same_birth_date(m, patient.birth_date) and 0 < m.token_index - name <= TWIN_WINDOW
           for m in reading.dates):
        return "né(e) le même jour que le patient"
    return ""


def family_word(reading: PageReading, i: int) -> bool:
    """`fils`, `sœur`, `jumelle`… — not `nom de jeune fille`; `épouse`, `femme` only after a possessive (`née X
    épouse Y` is a used name)."""
    tokens = reading.tokens
    key = relation_key(reading, i)
    if key in ("EPOUSE", "FEMME"):
        return i > 0 and tokens[i - 1].line == tokens[i].line and possessive(tokens[i - 1].key)
    return key in FAMILY_WORDS | TWIN_WORDS and not no_relation_here(reading, i, key)


def relative_chain(reading: PageReading, i: int, patient: Patient) -> tuple[set[str], int | None]:
    """From the family word at `i`, the words that go on naming the relation (`sœur jumelle`, `petit-fils`, `frère
    aîné`), the patient's own surname or a civility (`sa sœur Mme LEROY Louise`), then the first name: its token.
    A relation ending its line with the clause going on (`accompagné de sa sœur` / `LEROY Louise`) names the line
    below."""
    tokens, surnames = reading.tokens, set(surname_keys(patient))
    chain, j, line = {tokens[i].key}, i + 1, tokens[i].line
    while j < len(tokens) and j - i <= 4:
        key = tokens[j].key
        if tokens[j].line != line:
            if tokens[j].line != line + 1 or not introduces_next_line(reading, j - 1):
                break
            line = tokens[j].line
        if key in FAMILY_WORDS | TWIN_WORDS | SIBLING_QUALIFIERS:
            chain.add(key)
        elif key not in surnames and key not in CIVILITY_SEX:
            break
        j += 1
    if j < len(tokens) and tokens[j].line == line and a_relatives_first_name(tokens[j], patient):
        return chain, j
    return chain, named_before_the_relation(reading, i, patient)


def named_before_the_relation(reading: PageReading, i: int, patient: Patient) -> int | None:
    """`Louise, sa sœur jumelle, est vue…`, `Paul (son frère)`: the first name just before the possessive."""
    tokens, text = reading.tokens, reading.text
    if i < 2 or not possessive(tokens[i - 1].key) or tokens[i - 2].line != tokens[i].line:
        return None
    name = tokens[i - 2]
    gap = text[name.start + len(name.key):tokens[i - 1].start].strip()
    return i - 2 if gap in (",", "(") and a_relatives_first_name(name, patient) else None


def a_relatives_first_name(token: Token, patient: Patient) -> bool:
    written_as_a_name = (token.titlecase or token.capitalised) and token.key.isalpha()
    return written_as_a_name and token.key not in NOT_A_PERSON_WORD and token.key not in own_name_words(patient)


def registry_twins(patient: Patient, first_name: str, index: RegistryIndex) -> list[str]:
    """Other registry patients of the patient's surname and birth date who bear that given name."""
    return sorted({other.ipp for key in surname_keys(patient) for other, _kind in index.by_name_key.get(key, [])
                   if other.ipp != patient.ipp and other.birth_date == patient.birth_date
                   and first_name in {name_key(n) for n in split_first_names(other.first_names)}})


def same_surname_identities(patient: Patient, reading: PageReading, index: RegistryIndex,
                            already: set[str]) -> list[dict]:
    """The patient's surname beside another first name, no date needed: a continuation page's running header
    (`DUPONT Paul` / `Suite du compte rendu.` in DUPONT Jean's letter), `Vu aussi M. Paul DUPONT`. Another
    person of that name, spoken of as the patient is (not as a relative): the page may be theirs (review's
    note on 74aa930, review6's p18.py)."""
    problems = []
    for key in surname_keys(patient):
        for start, end in spans_matching(reading.tokens, key, 0, len(reading.tokens)):
            other = other_first_name_beside(reading, start, end, patient, index) \
                or first_name_joined(reading, start, end, patient, index)
            read = f"{key} {other}"
            if other is not None and read not in already and not a_label_after(reading, start, end):
                already.add(read)
                problems.append(problem(reading.page_number, "identity", read, patient.first_given_name,
                                        f"autre personne du même nom page {reading.page_number} : prénom "
                                        f"« {other.title()} »"))
    return problems


JOINER_WORDS = {"ET", "OU"}


def first_name_joined(reading: PageReading, start: int, end: int, patient: Patient, index: RegistryIndex) -> str | None:
    """Twins or siblings written together: the patient's surname and own first name, then `et`, `/` or `&` and
    another first name (`LEROY Louis et Louise`, `DUPONT Jean / Paul`, `Louise et Louis LEROY`), or a comma and
    a registry given name (`LEROY Louis, Lucas`) — review6's p26/p27.py, filed under the first twin on main."""
    tokens, own = reading.tokens, own_name_words(patient)
    if spoken_of_as_third_party(reading, start):
        return None
    line = tokens[start].line
    after, before = end, start - 1
    while after < len(tokens) and tokens[after].line == line and tokens[after].key in own:
        after += 1
    while before >= 0 and tokens[before].line == line and tokens[before].key in own:
        before -= 1
    candidates = ([joined_word(reading, after - 1, 1, index, own)] if after > end else []) \
        + ([joined_word(reading, before + 1, -1, index, own)] if before < start - 1 else [])
    return next((c for c in candidates if c is not None), None)


def joined_word(reading: PageReading, last_own: int, step: int, index: RegistryIndex, own: set[str]) -> str | None:
    """The first name joined to the patient's at `last_own`, going `step` (1: rightwards, -1: leftwards)."""
    tokens, text = reading.tokens, reading.text
    nearest = last_own + step
    if not 0 <= nearest < len(tokens) or tokens[nearest].line != tokens[last_own].line:
        return None
    left, right = sorted((last_own, nearest))
    gap = text[tokens[left].start + len(tokens[left].key):tokens[right].start]
    if tokens[nearest].key in JOINER_WORDS and gap.strip() == "":
        word, joiner = nearest + step, "et"
        if not 0 <= word < len(tokens) or tokens[word].line != tokens[last_own].line:
            return None
    elif gap.strip() in ("/", "&", ","):
        word, joiner = nearest, gap.strip()
    else:
        return None
    token = tokens[word]
    name_like = (token.titlecase or token.capitalised) and token.key.isalpha() and token.key not in own \
        and token.key not in NOT_A_PERSON_WORD
    if name_like and (joiner != "," or token.key in index.given_names):
        return token.key
    return None


LABEL_COLON_RE = re.compile(r"[ \t]*:")
SHORT_LABELS = {"DDN", "DOB", "IPP", "NIP", "NDA", "INS", "NIR", "NSS", "NOM", "NEE", "SEXE", "DATE", "AGE"}


def a_label_after(reading: PageReading, start: int, end: int) -> bool:
    """`MARCHAL DON : 13/3/1956` (`DDN` misread, seed 31 fax_0069): a short field label, or a word in capitals
    one letter from `DDN`, before a colon right after the surname is that label, not a first name (`DUPONT PAUL :`,
    `DUPONT INES :` stay first names)."""
    tokens = reading.tokens
    if end >= len(tokens) or tokens[end].line != tokens[start].line or not tokens[end].capitalised:
        return False
    key = tokens[end].key
    after = tokens[end].start + len(key)
    return LABEL_COLON_RE.match(reading.text, after) is not None \
        and (key in SHORT_LABELS or Levenshtein.distance(key, "DDN") <= 1)


# The nouns of a report's header that a line read across two columns may put after a name (`Mme WAGNER Laetitia née
# GAUTIER Examen du 02/04/2025`, second independent corpus s53_017): no one's first name on a line that already gives
# the patient's (alone after the surname, `DUPONT — Examen` may be another DUPONT's running header: review50).
REPORT_HEADER_NOUNS = {"EXAMEN", "EXAMENS", "CONSULTATION", "HOSPITALISATION", "SEJOUR", "INTERVENTION", "COMPTE",
                       "RENDU", "ORDONNANCE", "PRESCRIPTION", "DEMANDEUR", "DEMANDE", "PRELEVEMENT", "INDICATION",
                       "CONCLUSION", "TECHNIQUE", "ENTREE", "SORTIE", "ADMISSION", "COURRIER", "REFERENCE"}
NOT_A_FIRST_NAME = NAME_FILLER_WORDS | FIELD_WORDS | CONNECTOR_WORDS | set(CIVILITY_SEX) | {
    "DATE", "SERVICE", "ADRESSE", "TEL", "TELEPHONE", "OBJET", "MOTIF", "LIEU", "AGE", "ANS", "CHAMBRE", "LIT",
    "PAGE", "PAGES", "SUITE", "FEUILLET", "FOLIO",  # a running header: `Mamadou GUÉGUEN — Page 2 sur 2`
    # an address's contact words: `… — Paris — Standard 01 26 00 52 29` named a patient PARIS « Standard » (s90_019)
    "STANDARD", "FAX", "TELECOPIE", "PORTABLE", "MOBILE", "SECRETARIAT", "ACCUEIL", "COURRIEL", "MAIL", "EMAIL",
    "CEDEX",
    # a staff field's label a form's column put below the surname (`BERTRAND` / `Opérateur :`, fourth corpus s14)
    "OPERATEUR", "OPERATRICE", "ANESTHESISTE", "CHIRURGIEN", "PRESCRIPTEUR", "PRESCRIPTRICE", "BIOLOGISTE",
    "RADIOLOGUE", "DESTINATAIRE", "EXPEDITEUR", "CORRESPONDANT", "MEDECIN",
    # the birth name's label cut short before the surname (`NOM NAISS. : PETIT` on a sticker, fifth corpus s3_010)
    "NAISS", "NAISSANCE"}
# Words of a pair in capitals and title case that make no person (`Né LE`, `Dr MARTIN`, `Mars 2026`).
NOT_A_PERSON_WORD = NOT_A_FIRST_NAME | TITLE_WORDS | RELATIVE_WORDS | set(MONTHS)
# Words in capitals opening a dated line that name no one (after_another_surname_alone): a label's, a relation's
# (`EPOUX Née le : …`, `EPOUSE - ne le …`: rel_s1711's sex-of-the-field forms), a sex value's.
NOT_A_SURNAME_ALONE = BIRTH_LABEL_WORDS | FIELD_WORDS | RELATION_KEYS | PERSON_NOUNS | NOT_A_PERSON_WORD \
    | set(SEX_VALUES)


def other_first_name_beside(reading: PageReading, start: int, end: int, patient: Patient,
                            index: RegistryIndex) -> str | None:
    """A first name that is none of the patient's beside the surname on its line, not spoken of as a third
    party nor part of a street named after a person on the surname's line (`61 avenue Jean Jaurès` for a JEAN,
    `12 rue Jean Moulin` for a MOULIN: named_after_a_person): right after it, any word written as a name (`DUPONT
    Anatole`, `DUPONT Pau1`), an initial that is not the patient's (`DUPONT P.`), or a compound name that only opens
    with the patient's (`DUPONT Jean-Pierre` for a Jean); right before it, a registry given name or a name after a
    civility (`M. Anatole DUPONT`). Not a place's name where the surname opens on a particle in small letters
    (`Polyclinique du Val Fleuri` for a DUVAL: in_a_particle_place). After a misread first name's label (`DUPONT
    Pronom : Paul`), the word after its colon."""
    tokens, text, own = reading.tokens, reading.text, own_name_words(patient)
    if in_a_particle_place(reading, start, end):
        return None
    in_a_street = in_a_saints_street(reading, start)
    for i in (start - 1, end):
        if not 0 <= i < len(tokens) or (tokens[i].line != tokens[start].line and not label_block(tokens, start, end)):
            continue
        after = i == end
        if after and GLUED_LABEL_RE.fullmatch(tokens[i].key) and i + 1 < len(tokens) \
                and tokens[i + 1].line == tokens[i].line and tokens[i + 1].key == name_key(patient.first_given_name):
            continue  # `WEBER [Premierprénom | Chloé` for Chloé: her own field, glued; any other word after it counts
        token = tokens[i]
        if in_a_street and (i == start - 1 or tokens[i].key in SAINT_WORDS
                            or (after and a_town_after(reading, i, {t.key for t in tokens[start:end]}))):
            continue  # `97 rue Saint-Martin, Saint-Denis`, `79 rue Saint-Martin — Créteil`: the street's saint, the town
        if spoken_of_as_third_party(reading, min(i, start)) or (i == start - 1 and after_a_saint(reading, i)) \
                or (token.line == tokens[start].line and named_after_a_person(reading, i, start, index)):
            continue
        if after and token.key in own and foreign_compound(reading, i, own):
            return f"{token.key}-{tokens[i + 1].key}"
        if after and a_misread_first_name_label(reading, i):
            value = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].line == token.line else None
            if value is not None and value.key not in name_key_tokens(patient.first_given_name) \
                    and (value.titlecase or value.capitalised):
                return value.key  # `Pronom : Paul Louis` for Louis Paul: his second given name first (review61)
            continue
        if token.key in own or token.key in NOT_A_FIRST_NAME or token.key in TITLE_WORDS \
                or own_given_name_with_a_zero_for_an_o(token.key, patient) \
                or own_given_name_split(reading, i, i + 1 if after else i - 1, patient) \
                or misread_birth_label(reading, i, index) or holds_a_glued_day(reading, i) \
                or a_misread_own_birth_date(reading, i, patient) or a_misread_title_label(reading, i) \
                or (token.key in REPORT_HEADER_NOUNS and named_in_full_before(reading, i, patient)) \
                or a_page_number(token, text):
            continue  # `PASQUALINI —. Prescripteur : Dr …`, `ROMERO — O1 / 02 / 1934`: no first name
        written_as_a_name = (token.titlecase or token.capitalised) and any(c.isalpha() for c in token.key)
        if after and (written_as_a_name or foreign_initial(token, text, own)):
            return token.key
        after_civility = after_a_civility(reading, i)
        if i == start - 1 and written_as_a_name and (token.key in index.given_names or after_civility):
            return token.key
    return None


def own_given_name_with_a_zero_for_an_o(key: str, patient: Patient) -> bool:
    """One of the patient's given names with one letter O read as a digit zero (`L0UISE` for Louise in a fax's running
    header): no one's name holds a digit, so it is hers misread, not a twin's. A letter read for another is no such
    proof: twins are named Gino and Cino, Gaël and Caël, Elia and Ella (review86 filed a C/G twin's continuation page;
    review57)."""
    return any(len(key) == len(own) and [(a, b) for a, b in zip(key, own) if a != b] == [("0", "O")]
               for own in name_key_tokens(patient.first_names))


SPLIT_NAME_END_LETTERS = 3  # the shorter piece of a name OCR split by a space (`CHRIST INE`, `CH RISTINE`)


def own_given_name_split(reading: PageReading, i: int, j: int, patient: Patient) -> bool:
    """The word at `i` and its neighbour at `j` on the same line, one space apart, are one of the patient's given names
    split by OCR near one of its ends (`DUPONT-MARTIN CHRIST INE, née le …` for a Christine, first corpus s795-014):
    every letter is printed, in order — her name, not a twin's. A split in the middle (`CHRIS TINE`) is left as read:
    two words of four letters or more may be two given names (`MARIE ANNE`)."""
    tokens = reading.tokens
    if not 0 <= j < len(tokens) or tokens[j].line != tokens[i].line:
        return False
    first, second = sorted((tokens[i], tokens[j]), key=lambda t: t.start)
    if reading.text[first.start + len(first.key):second.start] != " " \
            or min(len(first.key), len(second.key)) > SPLIT_NAME_END_LETTERS:
        return False
    return first.key + second.key in set(name_key_tokens(patient.first_names))


def in_a_particle_place(reading: PageReading, start: int, end: int) -> bool:
    """The surname at tokens [start, end) spans a particle written in small letters and the word after it (`du Val`
    for a DUVAL), in the name of a building (`Polyclinique du Val Fleuri`, own corpus seed 471): a place's name. A
    person labelled by a building is written as a name (`Clinique SIMON Pierre`, `Hôpital Pierre Simon`: review15b),
    a street's name keeps its own rules, and a date on the line may be a person's (review57: `Polyclinique du Val
    Claire, née le …`, two columns read as one line)."""
    tokens = reading.tokens
    first = reading.text[tokens[start].start:tokens[start].start + len(tokens[start].key)]
    if end - start < 2 or tokens[start].key not in PLACE_NAME_PARTICLES or not first.islower():
        return False
    noun = place_opening(reading, start)
    dated = any(m.line == tokens[start].line for m in reading.dates) \
        or any(t.key in ("NE", "NEE") for t in tokens if t.line == tokens[start].line)
    return noun is not None and tokens[noun].key in PLACE_NOUNS - STREET_NOUNS and not dated


PLACE_NAME_PARTICLES = {"DE", "DU", "DES", "LA", "LE"}


def a_misread_title_label(reading: PageReading, i: int) -> bool:
    """`LEBRETON |. . PRESCIIPTEUR : DR …` (independent corpus s730, fax 200): a long title one letter off, a colon
    after it — a misread field label, no first name."""
    return misread_label_of(reading, i, LONG_TITLE_WORDS)


def a_misread_first_name_label(reading: PageReading, i: int) -> bool:
    """`Nom : Mathieu Pronom : Sophie` (own corpus seed 461, a fax): `Prénom` one letter off, a colon after it — no
    first name itself; the word after the colon is the first name printed (review57: `Pronom : Julie`, a twin's)."""
    return misread_label_of(reading, i, FIRST_NAME_LABEL_WORDS)


def misread_label_of(reading: PageReading, i: int, labels: frozenset[str]) -> bool:
    token = reading.tokens[i]
    after = reading.text[token.start + len(token.key):token.start + len(token.key) + 3]
    return after.lstrip(" ").startswith(":") and len(token.key) >= min(map(len, labels)) \
        and any(Levenshtein.distance(token.key, label) == 1 for label in labels)


MIN_MISREAD_TITLE = 8  # letters: `PRESCRIPTEUR`, `CARDIOLOGUE`, `BIOLOGISTE` — no first name is one letter from them
LONG_TITLE_WORDS = frozenset(title for title in TITLE_WORDS if len(title) >= MIN_MISREAD_TITLE)
FIRST_NAME_LABEL_WORDS = frozenset({"PRENOM", "PRENOMS"})


def named_in_full_before(reading: PageReading, noun: int, patient: Patient) -> bool:
    """The patient's first name right beside one of her surnames earlier on the noun's line (`WAGNER Laetitia née
    GAUTIER Examen`): not a doctor's or a street's `Jean` elsewhere on it (review51: `DUPONT — Examen du … — Dr Jean
    LEROY` may be another DUPONT's header). Her given names may all stand before the surname (`Emmanuelle Claire Odile
    BARET . ' * Examen du 30/10/2024`, second corpus s125_015)."""
    tokens, first = reading.tokens, name_key(patient.first_given_name)
    others = set(name_key_tokens(patient.first_names)) - {first}
    line_start = next(i for i in range(noun, -1, -1) if i == 0 or tokens[i - 1].line != tokens[noun].line)
    spans = [span for key in surname_keys(patient) for span in spans_matching(tokens, key, line_start, noun)]

    def given_names_up_to(i: int, begin: int) -> bool:
        return i < begin and all(tokens[j].key in others for j in range(i + 1, begin))

    return any(tokens[i].key == first and any(end == i or given_names_up_to(i, begin) for begin, end in spans)
               for i in range(line_start, noun))


# A label whose words OCR glued together (`Nom de naiss. WEBER [Premierprénom | Chloé`, s689-026): no first name when
# the patient's own follows it (review49: `WEBER Nomdusage Premierprénom Chloé` may be her twin's row).
GLUED_LABEL_RE = re.compile(r"(?=.*(?:NOM|NAISSANCE))(?:PREMIERS?|1ER|NOMS?|PRENOMS?|DE|D|NAISSANCE|DATE|USAGE|USUEL"
                            r"|UTILISE|SEXE){2,}")


def holds_a_glued_day(reading: PageReading, i: int) -> bool:
    """The token ends with the first digit of a date read after the glyph it is glued to (`O1 / 02 / 1934`, a running
    header's `01` with its zero read as a letter, ood-s673-015): the date's misread day, not a first name."""
    token = reading.tokens[i]
    return any(m.glued and m.token_index == i + 1 for m in reading.dates) and re.fullmatch(r"O\d{1,2}", token.key) \
        is not None  # not `LO1/02/1934`: a twin's initial glued to the date (review42)


def a_misread_own_birth_date(reading: PageReading, i: int, patient: Patient) -> bool:
    """`OUATTARA — 2B/05/1956` (independent corpus s723-003, `28` read `2B`): a token opening with a digit that opens a date
    printed with letters for digits (identity's unread dates) is the date's day, no first name — when that date, its
    year in four digits, is the patient's own (review51: `DUPONT 3O/08/1962` may head another DUPONT's page)."""
    return reading.tokens[i].key[:1].isdigit() and any(
        m.token_index == i and not m.two_digit_year and m.value == patient.birth_date for m in reading.unread_dates)


MISREAD_BIRTH_LABEL_RE = re.compile(r"\)\s*le\s+\d", re.IGNORECASE)
FIRST_NAMES_NEAR_NEE = {"NOE", "LEE", "NED", "NEA", "DEE", "NELE"}


def misread_birth_label(reading: PageReading, i: int, index: RegistryIndex) -> bool:
    """`LEROY - Nete) le 05-01-1991` (seed 61 SCAN0069): `Né(e) le` read by OCR as a word one letter from NEE, ending
    in E, closed by a bracket and followed by `le` and a date — no first name (Noé, Lee… and any registry given
    name stay first names, as review6 asked on 490b1e3)."""
    token = reading.tokens[i]
    after = token.start + len(token.key)
    return token.key.endswith("E") and Levenshtein.distance(token.key, "NEE") <= 1 \
        and token.key not in FIRST_NAMES_NEAR_NEE and token.key not in index.given_names \
        and MISREAD_BIRTH_LABEL_RE.match(reading.text, after) is not None


SAINT_WORDS = {"SAINT", "SAINTE", "ST", "STE"}


def after_a_saint(reading: PageReading, i: int) -> bool:
    """`41000 Saint-Pierre` / `ANDRÉ` / `Daniel`, `Clinique Sainte-Marie`: a given name hyphenated after `Saint` is a
    place's, a hospital's or a compound surname's word, no one's first name."""
    return gap_after_a_saint(reading, i) in HYPHENS


def a_saints_first_name(reading: PageReading, first_start: int, surname_end: int) -> bool:
    """The first name found is a place's saint: `Clinique Saint-Pierre SIMON`, or `Saint Pierre` with its hyphen lost
    — unless `SAINT` is the person's own surname right before it (`M. SAINT Pierre`)."""
    return after_a_saint(reading, first_start) \
        or (first_start != surname_end and after_a_spaced_saint(reading, first_start))


def after_a_spaced_saint(reading: PageReading, i: int) -> bool:
    """`Clinique Saint Pierre`, `St. Louis`: the hyphen lost, by the writer or by OCR, or spaced (`Sainte- Paul`)."""
    gap = gap_after_a_saint(reading, i)
    return gap is not None and gap.strip(" .-‐‑") == ""  # `Sainte- Paul`, `St.-Pierre`


def gap_after_a_saint(reading: PageReading, i: int) -> str | None:
    """What stands between `Saint`/`Sainte`/`St`/`Ste` and the word at `i` on its line, or None without such a word."""
    tokens = reading.tokens
    if i == 0 or tokens[i - 1].key not in SAINT_WORDS or tokens[i - 1].line != tokens[i].line:
        return None
    saint = tokens[i - 1]
    return reading.text[saint.start + len(saint.key):tokens[i].start]


# A place named after a person or a saint (`Clinique Saint Louis`, `Hôpital Pierre Simon`, `12 rue Saint Louis`,
# `Centre hospitalier Louis Leroy`): the words after its noun are the place's name, no one's.
PLACE_NOUNS = {"CLINIQUE", "POLYCLINIQUE", "HOPITAL", "HOPITAUX", "CENTRE", "CH", "CHU", "CHR", "CHI", "CHG", "GH",
               "GROUPE", "EHPAD", "RESIDENCE", "MAISON", "FOYER", "INSTITUT", "FONDATION", "PAVILLON", "BATIMENT",
               "HOSPICE", "PHARMACIE", "LABORATOIRE", "CABINET", "LYCEE", "COLLEGE", "ECOLE", "CRECHE", "EGLISE",
               "PAROISSE", "RUE", "AVENUE", "AV", "BD", "BOULEVARD", "PLACE", "ALLEE", "IMPASSE", "CHEMIN", "QUAI",
               "ROUTE", "COURS", "SQUARE", "PASSAGE", "ESPLANADE", "CITE", "LOTISSEMENT", "HAMEAU", "MSP", "SSR",
               "USLD", "CMP", "CMPP"}
PLACE_NAME_WORDS = SAINT_WORDS | {"HOSPITALIER", "HOSPITALIERE", "HOSPITALIERS", "UNIVERSITAIRE", "REGIONAL",
                                  "REGIONALE", "PRIVE", "PRIVEE", "MEDICAL", "MEDICALE", "MEDICO", "CHIRURGICAL",
                                  "CHIRURGICALE", "INTERCOMMUNAL", "GENERAL", "DEPARTEMENTAL", "MUTUALISTE",
                                  "PSYCHIATRIQUE", "GERIATRIQUE", "SCOLAIRE", "RETRAITE", "SANTE", "SOINS", "DE", "DU",
                                  "DES", "LA", "LE", "L", "ET"}
PLACE_NAME_GAP_RE = re.compile(r" {1,2}|[ .]?[-'‐‑][ ]?|\. ?")


def in_a_place_name(reading: PageReading, start: int, own_tokens: set[int] = frozenset()) -> bool:
    """The person at token `start` follows a place's noun on its line, only a place's words (`Saint`, `hospitalier`,
    `de la`…) between them, nothing but a space, a hyphen, an apostrophe or a dot between two words; or follows a
    saint behind a postcode (`68300 Saint Louis`). It designates no one, but its patient stays a candidate against any
    other (review11: `Clinique Saint Louis` / `SAINT` / `Né le …` filed SAINT Louis on main; so did `Hôpital Pierre
    Simon` / `SIMON` / `Né le …` under SIMON Pierre). The person's own name (`own_tokens`) is no place's word: a
    patient may bear the name MAISON, CHEMIN or PLACE (`Patiente : MAISON Claire`)."""
    return place_opening(reading, start, own_tokens) is not None


def place_opening(reading: PageReading, start: int, own_tokens: set[int] = frozenset(),
                  saints: bool = True) -> int | None:
    """The token that opens the place's name the word at `start` stands in (its noun, or the postcode before a saint),
    as in_a_place_name reads it; None outside a place's name. Without `saints`, a saint ends the place's name."""
    tokens, text = reading.tokens, reading.text
    i = start
    while i > 0 and tokens[i - 1].line == tokens[i].line and i - 1 not in own_tokens:
        previous = tokens[i - 1]
        if not PLACE_NAME_GAP_RE.fullmatch(text[previous.start + len(previous.key):tokens[i].start]) \
                or (not saints and (previous.key in SAINT_WORDS or tokens[i].key in SAINT_WORDS)):
            return None
        if previous.key in PLACE_NOUNS or (tokens[i].key in SAINT_WORDS and re.fullmatch(r"\d{5}", previous.key)):
            return i - 1
        if previous.key not in PLACE_NAME_WORDS:
            return None
        i -= 1
    return None


STREET_NOUNS = {"RUE", "AVENUE", "AV", "BD", "BOULEVARD", "PLACE", "ALLEE", "IMPASSE", "CHEMIN", "QUAI", "ROUTE",
                "COURS", "SQUARE", "PASSAGE", "ESPLANADE"}


def in_a_numbered_street(reading: PageReading, start: int) -> bool:
    """`61 avenue Jean Jaurès`, `12 rue Jean Moulin`: the word at `start` stands in the name of a street printed with its
    house number, no saint in it (`41000 Saint- Claire MOREAU` may be a town, then Claire MOREAU: review11's st11_1). A
    building is not enough: `EHPAD DUBOIS Jeanne, chambre 12`, `Clinique SIMON Jacques` label a person (review15b)."""
    return numbered_street_noun(reading, place_opening(reading, start, saints=False))


def numbered_street_noun(reading: PageReading, noun: int | None) -> bool:
    """The token at `noun` is a street's noun after its house number on its line (`61 avenue`, `97 rue`)."""
    tokens = reading.tokens
    return noun is not None and noun > 0 and tokens[noun].key in STREET_NOUNS \
        and tokens[noun - 1].line == tokens[noun].line and re.fullmatch(r"\d{1,4}", tokens[noun - 1].key) is not None


def a_town_after(reading: PageReading, i: int, surname: set[str]) -> bool:
    """The word at `i` follows the street's name behind a comma or a dash (`79 rue Saint-Martin — Créteil`, ood2
    s148_000): the address goes on with its town. Behind a space only, it may still be a first name (`3 place
    Saint-Martin Denis`, review42). Nor is it a town when the surname follows it (`79 rue Saint-Martin, Killian
    MARTIN`), or when it is an initial or a newborn's caption (`P. MARTIN`, `Bébé MARTIN`: session 71's review)."""
    tokens = reading.tokens
    previous, word = tokens[i - 1], tokens[i]
    surname_after = i + 1 < len(tokens) and tokens[i + 1].line == word.line and tokens[i + 1].key in surname
    return TOWN_SEPARATOR_RE.fullmatch(reading.text[previous.start + len(previous.key):word.start]) is not None \
        and len(word.key) > 1 and word.key not in CHILD_WORDS and not surname_after


TOWN_SEPARATOR_RE = re.compile(r" ?, ?| ?[—–] ?| - ")


def in_a_saints_street(reading: PageReading, start: int) -> bool:
    """`97 rue Saint-Martin` for a MARTIN (ood2 s1_001): the surname hyphenated after `Saint` in a street printed with
    its house number is the street's name: `Saint` before it and a town's `Saint-Denis` after it are no first name; a
    name after it still is (`3 place Saint-Martin Denis`, review42)."""
    return after_a_saint(reading, start) and numbered_street_noun(reading, place_opening(reading, start))


def named_after_a_person(reading: PageReading, i: int, start: int, index: RegistryIndex) -> bool:
    """The word at `i`, beside the surname at `start`, and the surname name a street after a person, first name first:
    `12 rue Jean Moulin` for a MOULIN, `61 avenue Jean Jaurès` for a JEAN (whose surname is a given name). A surname
    printed first after a street's noun (`rue DUBOIS Jeanne`) is a person's label order, not a street's."""
    first_name_first = i == start - 1 or reading.tokens[start].key in index.given_names
    return first_name_first and in_a_numbered_street(reading, min(i, start))


def label_block(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """A hospital label printed vertically: the surname alone on its line, one word alone on the next
    (`DUPONT` / `Paul` / `12/03/1957 M`) — that word stands beside the surname (review6's p29.py)."""
    line = tokens[start].line
    alone = (start == 0 or tokens[start - 1].line != line) and (end == len(tokens) or tokens[end].line != line)
    below = [t for t in tokens[end:end + 2] if t.line == line + 1]
    return alone and len(below) == 1 and end < len(tokens) and tokens[end].line == line + 1


def foreign_compound(reading: PageReading, i: int, own: set[str]) -> bool:
    """`Jean-Pierre` for a Jean: the name at `i` goes on, past a hyphen, with a word none of the patient's."""
    tokens, text = reading.tokens, reading.text
    after = tokens[i].start + len(tokens[i].key)
    return text[after:after + 1] in HYPHENS and i + 1 < len(tokens) \
        and tokens[i + 1].start == after + 1 and tokens[i + 1].key not in own


PAGE_NUMBER_AFTER_RE = re.compile(r"[ \t]*\.[ \t]*\d{1,3}(?:[ \t]*(?:/|sur)[ \t]*\d{1,3})?[^\w\n]*$", re.MULTILINE)


def a_page_number(token: Token, text: str) -> bool:
    """`p.2`, `p. 2/3` ending the line of a running header's surname (`KLEIN. — p.2`, independent corpus s753-040): the
    page, no initial. In small letters, before a page's number and nothing else only: `DUPONT P. 12/03/1980` may be
    Pierre's label and birth date, `TESSIER p. 05/07/1935` another TESSIER's, and a word after the number (`MARTIN p.2
    — M. Pascal`) is read as before (review97)."""
    return token.key == "P" and text[token.start:token.start + 1] == "p" \
        and PAGE_NUMBER_AFTER_RE.match(text, token.start + 1) is not None


def foreign_initial(token: Token, text: str, own: set[str]) -> bool:
    """`P.` (or `P .`, OCR spacing the dot) after the surname, when none of the patient's names starts with P."""
    after = token.start + len(token.key)
    return len(token.key) == 1 and token.key.isalpha() and text[after:after + 2].lstrip(" ")[:1] == "." \
        and not any(word.startswith(token.key) for word in own)


def person_before(tokens: tuple[Token, ...], index: int) -> bool:
    """`DURAND Marie` or `Marie DURAND` (a surname in capitals beside a capitalised first name, OCR may have read a
    letter as a digit: `LER0Y Louis`) just before, on the date's line — or ending the line above when the date
    opens its own (`Monsieur LER0Y Louis` / `11/05/2018`, review6's p22.py: on main, that subject's date
    contradicted nothing and a second patient named lower down was filed)."""
    return person_start_before(tokens, index) is not None


def person_start_before(tokens: tuple[Token, ...], index: int) -> int | None:
    """Where the name `person_before` finds nearest the date starts (its token's index), or None."""
    if not tokens:
        return None
    line = tokens[min(index, len(tokens) - 1)].line
    window = [i for i in range(max(0, index - 4), index) if tokens[i].line == line]
    opens_line = index < len(tokens) and (index == 0 or tokens[index - 1].line != line)
    if opens_line:
        window = [i for i in range(max(0, index - 4), index) if tokens[i].line == line - 1]
        above = [i for i in range(max(0, index - 4), index) if tokens[i].line == line - 2]
        if len(window) == 1 and len(above) == 1:
            window = above + window  # a label printed vertically: `MOREL` / `Emma` / `14/07/2019 F` (review6's p31.py)
    window = [i for i in window if name_like_word(tokens[i])]
    return next((i for i, j in reversed(list(zip(window, window[1:])))
                 if (tokens[i].capitalised and tokens[j].titlecase) or (tokens[i].titlecase and tokens[j].capitalised)),
                None)


def name_like_word(token: Token) -> bool:
    """Letters, one of them perhaps read as a digit by OCR (`LER0Y`)."""
    letters = sum(c.isalpha() for c in token.key)
    return letters >= 2 and letters >= len(token.key) - 1


NEAR_NAME_SCORE = 75
USED_NAME_MARKERS = {"EPOUSE", "EP", "EPSE", "VEUVE", "VVE"}


def surname_contradictions(patient: Patient, readings: list[PageReading], findings: Findings,
                           index: RegistryIndex) -> list[dict]:
    """Beside the patient's own name: another surname after `née`, or a surname one letter off
    (`ROUXX Hélène` for a ROUX) — a trait printed that is not the registry's."""
    problems = []
    for occurrence, reading in own_occurrences(patient, readings, findings):
        if (before := a_used_name_after_anothers_birth_name(reading, occurrence)) is not None:
            key = reading.tokens[before].key
            problems.append(problem(occurrence.page, "birth_name", key, patient.birth_name,
                                    f"nom de naissance « {key} » page {occurrence.page}, devant le nom d'usage, "
                                    "différent du registre"))
        for i in words_around(occurrence, reading):
            if surname_candidate(reading, occurrence, i, patient, index) \
                    and not in_the_holders_misprinted_birth_name(reading, i, patient, index):
                problems += surname_problem(reading.tokens, i, patient, occurrence.page) \
                    or used_name_before_the_birth_name(reading, occurrence, i, patient)
    return problems


def used_name_before_the_birth_name(reading: PageReading, occurrence: Occurrence, i: int,
                                    patient: Patient) -> list[dict]:
    """`Madame HOARAU Camille née GILLET`: the surname before a first name and `née` + birth name is her used name; one
    that is none of the registry's names is another trait (own corpus s271 IMG_0045: an unregistered namesake with
    GILLET Camille's birth date, married HOARAU, was filed under the registered GILLET Camille, married LEFEBVRE —
    main read HOARAU as a word and no contradiction). A field printing it already contradicts (extra_surnames)."""
    tokens = reading.tokens
    marked_birth_name = any(tokens[j].key in BIRTH_NAME_MARKERS for j in range(occurrence.start, occurrence.end))
    if i != occurrence.start - 1 or not marked_birth_name:
        return []
    key = tokens[i].key
    if key in own_name_words(patient) or not tokens[i].capitalised \
            or her_used_name_opens_the_line(reading, occurrence, i, patient):
        return []
    return [problem(occurrence.page, "used_name", key, patient.used_name,
                    f"nom d'usage « {key} » page {occurrence.page} différent du registre")]


def her_used_name_opens_the_line(reading: PageReading, occurrence: Occurrence, i: int, patient: Patient) -> bool:
    """`COMPTE RENDU D'HOSPITALISATION` / `LEFEVRE née BERNARD` (sixth corpus s13 document_015): her registered used
    name already opens the line before `née`, and the line above is a document's title (`a_documents_title`: two title
    words at least, nothing else): its last word is not another used name. Not after a hyphen ending that line
    (`MARTIN-` / `LEFEVRE née …`: a compound used name cut by the line)."""
    tokens, text = reading.tokens, reading.text
    first = tokens[occurrence.start]
    before_nee = []
    for token in tokens[occurrence.start:occurrence.end]:
        if token.key in BIRTH_NAME_MARKERS:
            break
        before_nee.append(token.key)
    used = name_key_tokens(patient.used_name)
    after_her_first_names = len(before_nee) > len(used) and before_nee[-len(used):] == used \
        and set(before_nee[:-len(used)]) <= set(name_key_tokens(patient.first_names))
    if first.line == tokens[i].line \
            or not ((occurrence.name_kind == "used_name" and before_nee == used) or after_her_first_names):
        return False
    line_start = text.rfind("\n", 0, first.start) + 1
    above = text[:line_start].rstrip()
    if text[line_start:first.start].strip() or above.endswith(LINE_END_HYPHENS):
        return False
    previous_line = above[above.rfind("\n") + 1:]
    last_word = (re.findall(r"[A-Z][A-Z'-]*", fold(previous_line)) or [""])[-1]
    # a title's words only (review D of session 65: `Madame HOARAU`, `Mme DOS`, `MAMAN` above are read as before), or
    # a ward ending the line (`UF 3671 NEUROLOGIE`, `UF 2997 SERVICE` on sheets of stickers: sixth corpus s17 FAX…012,
    # s18 document_015); the title may follow the letterhead's name after a dash (seventh corpus s1 o7_034)
    title = re.split(r"[—–|]", previous_line)[-1]  # `Biolab Provence — RÉSULTATS CUMULÉS`: the letterhead's title
    return (":" not in previous_line and (a_documents_title(fold(title))
                                          or (after_her_first_names and a_title_word_alone(fold(title))))) \
        or SERVICE_WORD_RE.fullmatch(last_word.split("-")[-1]) is not None \
        or a_ward_line(fold(previous_line).strip())


def a_title_word_alone(line: str) -> bool:
    """`CONSULTATION`, `ORDONNANCE`: one document's title word alone on its line."""
    words = re.findall(r"[A-Z][A-Z\-]*", line)
    return len(words) == 1 and words[0] in DOCUMENT_TITLE_WORDS and line.strip(" .:|") == words[0]


# A ward's or a speciality's name: no surname is spelled so.
SERVICE_WORD_RE = re.compile(r"[A-Z]{3,}(?:LOGIE|IATRIE|URGIE)|URGENCES|REANIMATION|MATERNITE|SERVICE")
# A sticker's ward line: its unit's number, abbreviations at most after it (`UF 3671`, `UF 3671 HDJ`; not `UF 3671 Mme
# COLLIN`: review C of session 66), or one long word that is a ward's name however OCR spelled it (`UF 4838
# NEUROLOGTE`, `UF 4838 SFRVICE`, `UF 4838 ENDOCRINOLOG`: sixth corpus s31 SCAN…001; 143 stored texts print a
# ward's name no pattern above reads).
WARD_LINE_RE = re.compile(r"[^\w\n]*UF[ \t]*\d+(?:(?:[ \t]+[A-Z]{2,4})*|[ \t]+(?P<ward>[A-Z0-9!|][A-Z0-9!|-]{5,}))"
                          r"[^\w\n]*")
WARD_NAMES = ("NEUROLOGIE", "CARDIOLOGIE", "RHUMATOLOGIE", "PNEUMOLOGIE", "GASTRO-ENTEROLOGIE", "ENDOCRINOLOGIE",
              "NEPHROLOGIE", "DERMATOLOGIE", "HEMATOLOGIE", "ONCOLOGIE", "UROLOGIE", "GYNECOLOGIE", "RADIOLOGIE",
              "OPHTALMOLOGIE", "DIABETOLOGIE", "GERIATRIE", "PEDIATRIE", "PSYCHIATRIE", "CHIRURGIE", "ORTHOPEDIE",
              "SERVICE", "URGENCES", "REANIMATION", "MATERNITE", "OBSTETRIQUE", "MEDECINE")
# rapidfuzz ratio: `NEUROLOGTE`, `SFRVICE` pass, no surname tried does (`FONTAINE`, `COLLIN`, `MERCIER`), nor a heavier
# misread (`LARDIQLOUIE`, `NELIROTOGE`: their sheets stay in review)
WARD_NAME_SCORE = 75
WARD_TRUNCATED_MIN = 8  # a ward's name cut by the sticker's edge (`GASTRO-ENTER`) keeps this many characters


def a_ward_line(line: str) -> bool:
    found = WARD_LINE_RE.fullmatch(line)
    if found is None:
        return False
    ward = found.group("ward")
    return ward is None or any(
        fuzz.ratio(ward, name) >= WARD_NAME_SCORE
        or (len(ward) >= WARD_TRUNCATED_MIN and fuzz.ratio(ward, name[:len(ward)]) >= WARD_NAME_SCORE)
        for name in WARD_NAMES)


LINE_END_HYPHENS = (*HYPHENS, "–", "—", "−", "\u00ad", "_", "~", "=")


def words_around(occurrence: Occurrence, reading: PageReading) -> range:
    return range(max(0, occurrence.start - 3), min(len(reading.tokens), occurrence.end + 3))


def marker_before(tokens: tuple[Token, ...], i: int) -> str:
    """The word just before on the same line (`née`, `épouse`), or nothing."""
    return tokens[i - 1].key if i > 0 and tokens[i - 1].line == tokens[i].line else ""


# Two capitals after `née` that are a word, not a surname (`NÉE LE 01/02/1950`): a two-letter surname (`née LY`) is
# read there only in capitals (review23's q23z2: `DURAND Marie née LY, née le …` filed DURAND Marie born DURAND), and
# never after `épouse`, which is also a relative's label (`Épouse : LY Anne      Patient : NGUYEN Van`).
TWO_LETTER_WORDS = {"LE", "LA", "DE", "DU", "EN", "AU", "UN", "ET", "OU", "SA", "SE", "CE", "NE", "EP"}


def surname_candidate(reading: PageReading, occurrence: Occurrence, i: int, patient: Patient,
                      index: RegistryIndex) -> bool:
    """A word beside the name that could be a surname printed for this patient: written like a name, not
    a label, civility or third party, and either marked (`née X`) or not already one of the patient's."""
    token = reading.tokens[i]
    marker = marker_before(reading.tokens, i)
    marked = marker in BIRTH_NAME_MARKERS | USED_NAME_MARKERS
    name_like = (token.capitalised or token.titlecase) and token.key.isalpha() and len(token.key) > 2 \
        or marker in BIRTH_NAME_MARKERS and a_marked_surname(token)
    if i in occurrence.name_tokens or not name_like or token.key in NAME_FILLER_WORDS \
            or token.key in CIVILITY_SEX or spoken_of_as_third_party(reading, i):
        return False
    if marked:
        return True
    known = own_name_words(patient) | set(surname_keys(patient)) | index.given_names
    return token.key not in known


def a_marked_surname(token: Token) -> bool:
    """The word after `née` written like a surname: capitals or a capital first, more than two letters, or two
    capitals that are no word (`née LY`, not `NÉE LE 01/02/1950`)."""
    return token.key.isalpha() and ((token.capitalised or token.titlecase) and len(token.key) > 2
                                    or token.capitalised and len(token.key) == 2 and token.key not in TWO_LETTER_WORDS)


def surname_parts(patient: Patient) -> list[str]:
    """The words of a compound surname (`COLIN-CHEVALIER` → COLIN, CHEVALIER): `COLIN-CHEVALIAR` printed is a near
    miss of the second (seed 310 scan_0025 filed on main: against the whole key the ratio stayed under the bar)."""
    return [word for name in (patient.birth_name, patient.used_name) for word in name_key_tokens(name)
            if len(word) >= 4 and word != name_key(name)]


def own_name_words(patient: Patient) -> set[str]:
    return set(name_key_tokens(f"{patient.birth_name} {patient.used_name} {patient.first_names}"))


def surname_keys(patient: Patient) -> list[str]:
    return [k for k in (name_key(patient.birth_name), name_key(patient.used_name)) if k]


def registry_namesakes(patient: Patient, index: RegistryIndex, first=name_key) -> list[Patient]:
    """The other registry patients bearing one of the patient's surnames (birth or used) and her first given name, the
    first given names compared through `first` (`first_part`: a compound name's first part)."""
    own = first(patient.first_given_name)
    return [other for key in surname_keys(patient) for other, _kind in index.by_name_key.get(key, [])
            if other.ipp != patient.ipp and first(other.first_given_name) == own]


def surname_problem(tokens: tuple[Token, ...], i: int, patient: Patient, page: int) -> list[dict]:
    """The word at `i` against the registry: a used name after `épouse`, a birth name after `née`, or a
    near miss of the patient's surname."""
    key, marker = tokens[i].key, marker_before(tokens, i)
    if key in REPORT_HEADER_NOUNS and tokens[i].titlecase and i + 2 < len(tokens) and tokens[i + 1].key == "DU" \
            and tokens[i + 2].key.isdigit() and tokens[i + 2].line == tokens[i].line:
        return []  # `épouse Examen du 11/02/2025`: two columns read as one line (second corpus s62), no surname
    following = [t.key for t in tokens[i:i + MAX_NAME_TOKENS]]
    if marker in USED_NAME_MARKERS and not contains_name(following, patient.used_name or "\x00"):
        return [problem(page, "used_name", key, patient.used_name,
                        f"nom d'usage « {key} » page {page} différent du registre")]
    if marker in BIRTH_NAME_MARKERS and not contains_name(following, patient.birth_name):
        return [problem(page, "birth_name", key, patient.birth_name,
                        f"nom de naissance « {key} » page {page} différent du registre")]
    near_miss = key not in own_name_words(patient) and \
        any(fuzz.ratio(key, surname) >= NEAR_NAME_SCORE for surname in surname_keys(patient) + surname_parts(patient))
    if near_miss:
        return [problem(page, "name", key, patient.birth_name,
                        f"nom « {key} » page {page} proche mais différent du registre")]
    return []


def sex_contradictions(patient: Patient, readings: list[PageReading], findings: Findings,
                       index: RegistryIndex) -> list[dict]:
    problems, seen = [], set()
    for occurrence, reading in own_occurrences(patient, readings, findings):
        tokens = reading.tokens
        before = [t.key for t in tokens[max(0, occurrence.start - 2):occurrence.start]]
        for word in before[-1:]:
            sex = CIVILITY_SEX.get(word)
            if sex and sex != patient.sex:
                seen.add((occurrence.page, occurrence.start - 1))
                problems.append(problem(occurrence.page, "sex", word, patient.sex,
                                        f"civilité « {as_printed(reading, tokens[occurrence.start - 1])} » page "
                                        f"{occurrence.page} "
                                        "contraire au sexe du registre"))
    for reading in readings:
        for i in contrary_civilities_before_the_surname(patient, reading, index):
            if (reading.page_number, i) not in seen:
                seen.add((reading.page_number, i))
                word = reading.tokens[i].key
                problems.append(problem(reading.page_number, "sex", word, patient.sex,
                                        f"civilité « {as_printed(reading, reading.tokens[i])} » devant le nom page "
                                        f"{reading.page_number} "
                                        "contraire au sexe du registre"))
    mentions = [mention for _, mention in findings.trait_matches.get(patient.ipp, [])] \
        + [mention for _, mention in findings.under_heading.get(patient.ipp, [])]
    mentions += [m for reading in readings for m in contrary_birth_words_after_the_surname(patient, reading, index)
                 + contrary_birth_labels_opening_a_line(patient, reading) if m not in mentions]
    for mention in mentions:
        if mention.sex_hint and mention.sex_hint != patient.sex:
            problems.append(problem(0, "sex", mention.sex_hint, patient.sex,
                                    "« né »/« née » contraire au sexe du registre"))
    for reading in readings:
        for i in civilities_heading_the_birth_label(patient, reading):
            word = reading.tokens[i].key
            problems.append(problem(reading.page_number, "sex", word, patient.sex,
                                    f"« {as_printed(reading, reading.tokens[i])} » devant la date de naissance page "
                                    f"{reading.page_number} "
                                    "contraire au sexe du registre"))
    return problems + feminine_subject_labels(patient, readings, index)


# A civility or a sex written as a word heading a birth label; `M` too, opening its line there (no initial of a name).
HEADING_SEX_WORDS = SEX_WORDS | {"M": "M"}
RELATION_NOUN_SEX_WORDS = {"FEMME", "HOMME"}  # `Femme :` is also a field for the wife


def civilities_heading_the_birth_label(patient: Patient, reading: PageReading) -> list[int]:
    """A civility not the patient's heading a birth label that gives the patient's birth date — opening the label's
    line (`Mr née le …`, `Madame, né le …`) or alone on the last line with words above it (`LEFEBVRE` / `Monsieur` /
    `Né(e) le 03/03/1962` / her INS, `Nom : LAMBERT` / `Prénom : Claude` / `Madame` / `né le …` / his INS): the person
    born that day is of the other sex — his twin sister, his wife — or the sex is misprinted. Either way the secretary
    reads it: on main and cf43bf7 the INS, or the traits with `M.`, filed the patient. A sex written as a word (`Homme`
    / `Né(e) le …` on her page) counts so only where the page gives the patient's date under no other heading: after
    `FONTAINE Louis, né le 20.09.2002`, `Femme ,` / `Date de naissance : 20/09/2002` is his wife's line. Not a value of a
    `Sexe :` field (the field speaks for itself), nor `Femme :` (the wife's field), nor a salutation (`Madame,
    Monsieur,`, `Cher Monsieur,`: the word does not open its line alone). Alone in the first column segment of the line
    above (`end_of_the_first_column`: `Monsieur        Tél : …` / `Né(e) le …`) is alone there; so is a word alone
    in any column segment over a label that opens its line or a column (`segments_over_the_label`: `Tél : …   Mme:` /
    `Secteur B   Nee le …`, review18's col2pat)."""
    tokens, civilities, sex_words, unheaded = reading.tokens, [], [], False
    for mention in reading.dates:
        if mention.label != "birth" or not same_birth_date(mention, patient.birth_date) \
                or mention.token_index >= len(tokens):
            continue
        label = birth_label_start(reading, mention)
        i = label - 1
        opens = i >= 0 and tokens[i].line != tokens[label].line
        if opens:  # the label opens its line: the column over it
            i = end_of_the_first_column(reading, i)
        heading = i >= 0 and not (i > 0 and tokens[i - 1].line == tokens[i].line) \
            and other_sex_heading_word(reading, i, patient.sex)
        if not heading and (opens or opens_a_column_segment(reading, label)):
            alone = [b for a, b in segments_over_the_label(reading, label)
                     if a == b and other_sex_heading_word(reading, b, patient.sex)]
            if alone:
                i, heading = alone[0], True
        if not heading:
            unheaded = True
        elif i not in civilities + sex_words:
            (sex_words if tokens[i].key in SEX_WORDS and tokens[i].key not in CIVILITY_SEX else civilities).append(i)
    return civilities + ([] if unheaded else sex_words)


def as_printed(reading: PageReading, token: Token) -> str:
    """`token` as the page prints it, accents included (`Féminin`, `Hélène`, not the folded `FEMININ`): what the
    secretary reads in the reason."""
    return reading.text[token.start:token.start + len(token.key)]


def other_sex_heading_word(reading: PageReading, i: int, patient_sex: str) -> bool:
    """The word at `i`, heading a birth label, is a civility or a sex written as a word not the patient's, outside a
    `Sexe :` field, not the wife's field label `Femme :`."""
    tokens = reading.tokens
    token = tokens[i]
    sex = HEADING_SEX_WORDS.get(token.key)
    a_field_label = token.key in RELATION_NOUN_SEX_WORDS \
        and ":" in reading.text[token.start + len(token.key):tokens[i + 1].start]
    return sex is not None and sex != patient_sex and not a_field_label \
        and not inside_a_sex_field(reading, token)


def contrary_birth_labels_opening_a_line(patient: Patient, reading: PageReading) -> list[DateMention]:
    """`Née le : 05/05/1975` opening its line, with the patient's birth date, on a man's page (`Patiente : GARNIER` /
    `Née le : …` / his NIR as the insured's): a woman born that day is that line's subject (review12's q_sx). The label
    may end the line above the date (`Née le :` / `05/05/1975`: review14's G, filed under the husband on main). A label
    opening a column after a gap counts as opening its line (`Médecin …   Patient : LEGRAND Henri` / `Service B   Née
    le <his date>` filed him: only the first column was read). Not in a third party's field, nor below a relation word
    that introduces it."""
    text, found = reading.text, []
    for m in births_of_the_other_sex(patient, reading):
        if m.token_index >= len(reading.tokens):
            continue
        offset = reading.tokens[m.token_index].start
        line_start = text.rfind("\n", 0, offset) + 1
        label = column_opening(text[line_start:offset])
        if not label and (above := line_above(text, line_start)) is not None:
            line_start = above[0]
            label = column_opening(text[above[0]:above[1]])
        if re.fullmatch(r"NEE?S?\s+LE", label) and not in_a_third_party_field(m, reading) \
                and not below_a_relation_line(m, reading, 0, patient.sex) \
                and not below_a_third_partys_line(reading, line_start, patient):
            found.append(m)
    return found


def column_opening(text: str) -> str:
    """The folded text of the last column segment of `text` (split by a column's gap, COLUMN_GAP_RE), dust and
    colons stripped: the label opening the column that holds what follows (`Service B          Née le `: `NEE LE`)."""
    return fold(COLUMN_GAP_RE.split(text.rstrip(" \t\u00a0"))[-1]).strip(LINE_DUST + ":")


def below_a_third_partys_line(reading: PageReading, line_start: int, patient: Patient | None = None) -> bool:
    """The line above is a person's third-party field or a relation's field that names someone (`Conjoint(e) : Mme
    LAMBERT Claire` / `née le …`): the date below goes on with that person's identity (review12's sp1_1282). An empty
    field (`Époux :` / `Née le …`) names no one whose identity the date would go on with (review13: `Nom : GARNIER` /
    `Époux :` / `Née le …` / his INS filed the husband on main) — nor does one whose line holds beyond a column's gap
    only another column's field (`relation_value_on_its_line`: `Son épouse :   Adresse : …` / `née le …`) — nor one
    that gives only a civility and the patient's own surname (`Soeur : Mme LEGRAND` / `Née le <his date>`:
    `names_only_the_patients_surname`, asked when the `patient` is given): a person of his name born on his day, of
    the other sex — his twin, who may be the page's subject (ident20 / review21: filed him on main, where `Sœur :` goes
    to review since 6b9266d)."""
    if line_start == 0:
        return False
    above_start = reading.text.rfind("\n", 0, line_start - 1) + 1
    above = fold(reading.text[above_start:line_start - 1])
    label = relation_label(above)
    if label is not None and (label.group("twin") or "Œ" in label.group("noun")):
        label = None  # main's reading there (a label read since 2cf6ff3 / 6b9266d must not silence a contrary `née le`)
    value = relation_value_on_its_line(above, label) if label is not None else ""
    return (bool(value) and not names_only_the_patients_surname(value, patient)) \
        or any(f.kind == "third_party" and f.value and above_start <= f.start < line_start and persons_label(f.label)
               and not names_only_the_patients_surname(f.value, patient) for f in reading.fields)


def names_only_the_patients_surname(value: str, patient: Patient | None) -> bool:
    """A field's value that is only civilities and the patient's own surname (`Mme LEGRAND`, `LEGRAND`), up to a
    column's gap (`Mme LEGRAND   Tél : …`): it tells no one of his name apart from him."""
    if patient is None:
        return False
    value = COLUMN_GAP_RE.split(value.strip(" \t\u00a0"))[0]
    words = [w for w in name_key_tokens(value) if w not in CIVILITY_SEX]
    return bool(words) and "".join(words) in surname_keys(patient)


def persons_label(label: str) -> bool:
    """A relative's, a close one's or an insured's field (`Conjoint`, `Personne à prévenir`, `Ouvrant droit`), whose
    person may bear a birth date — not a doctor's or a recipient's (`Médecin traitant`, `Copie`: review12's q_sx4)."""
    label = re.sub(r"\s+", " ", label)
    return label in INSURED_OR_RELATIVE_LABELS | CLOSE_ONES_LABELS or insured_label(label)


def feminine_subject_labels(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[dict]:
    """`Patiente : GARNIER` names a woman: on a man's page (his NIR, the insured's, printed below) the subject may be
    his wife, who bears his name (review12's q_sx: filed under the husband on main). `Patient(e)`, `Patient` say no
    sex."""
    if patient.sex != "M":
        return []
    surnames = set(surname_keys(patient))
    return [problem(reading.page_number, "sex", f.label, patient.sex,
                    f"libellé « Patiente » page {reading.page_number} contraire au sexe du registre")
            for reading in readings for f in reading.fields
            if f.kind == "name" and re.sub(r"\s+", " ", f.label) == "PATIENTE"
            and surnames & {name_key(w) for w in name_key_tokens(f.value)}]


def contrary_birth_words_after_the_surname(patient: Patient, reading: PageReading,
                                           index: RegistryIndex) -> list[DateMention]:
    """`Patient(e) : LAMBERT, née le 03/12/1983` in a document filed for LAMBERT Claude, born that day, named lower
    down: the `née` right after his surname alone, on its line, says a woman of his name and birth date — his twin
    Claire, say — may be the subject (review11: filed under Claude when `Épouse : LAMBERT Claude, né le …` named
    him). A surname spoken of as a third party's is not his — but one opening the line below a relation's field whose
    line holds beyond a column's gap another column's field (`Epouse :   Tél : …` / `LEGRAND, née le <his date>`)
    still speaks: its date designates no one there (`below_a_bare_relation_label`), where below the label
    alone it designates and contradicts him, or stands in identity's third-party field and contradicts him as another
    dated identity (review20's probe20b: f27b8e3 filed him on such pages where main and the label-alone form go to
    review)."""
    found = []
    for start, end, named, _kind in surname_spans(reading, index):
        if named.ipp != patient.ipp or spoken_of_as_third_party(reading, start) \
                or in_a_relation_field(reading, reading.tokens[start].start, beside_a_column=False):
            continue
        line = reading.tokens[start].line
        found += [m for m in births_of_the_other_sex(patient, reading) if m.line == line and m.token_index >= end
                  and distance_to_date(reading, start, end, m) == 0 and m not in found]
    return found


def births_of_the_other_sex(patient: Patient, reading: PageReading) -> list[DateMention]:
    """Birth dates of the patient's day whose `né`/`née` says the other sex."""
    return [m for m in reading.dates if m.sex_hint and m.sex_hint != patient.sex and m.label == "birth"
            and same_birth_date(m, patient.birth_date)]


def contrary_civilities_before_the_surname(patient: Patient, reading: PageReading, index: RegistryIndex) -> list[int]:
    """`Mme DUPONT` (page 2, or `Vu aussi Mme DUPONT`) in a man's document, no first name needed: another person
    of that name, unless introduced as a relative (`son épouse Mme DUPONT`) — review6's p20.py, on main too."""
    tokens, found = reading.tokens, []
    for start, _end, named, _kind in surname_spans(reading, index):
        i = start - 1
        if named.ipp != patient.ipp or i < 0 or tokens[i].line != tokens[start].line:
            continue
        sex = CIVILITY_SEX.get(tokens[i].key)
        if sex and sex != patient.sex and not spoken_of_as_third_party(reading, i) and i not in found:
            found.append(i)
    return found


# --- candidates shown in review ------------------------------------------------------------------

def candidate_entry(patient: Patient, traits: list[str], score: float) -> dict:
    return {
        "ipp": patient.ipp, "birth_name": patient.birth_name, "used_name": patient.used_name,
        "first_names": patient.first_names, "birth_date": patient.birth_date.isoformat(),
        "sex": patient.sex, "matched_traits": sorted(set(traits)), "score": round(score, 1),
    }


TRAIT_WEIGHTS = {"ins": 3, "birth_date": 2, "first_given_name": 1.5, "name": 1, "name_approx": 0.5}


def review_candidates(readings: list[PageReading], findings: Findings, index: RegistryIndex) -> list[dict]:
    """The patients a secretary should look at first: every trait the document shares with them, weighed."""
    traits: dict[str, list[str]] = {}
    for ipp, found in strong_traits(findings) + birth_date_traits(readings, index) + surname_traits(readings, index):
        traits.setdefault(ipp, []).extend(found)
    scored = [candidate_entry(index.patients[ipp], found, sum(TRAIT_WEIGHTS[k] for k in set(found)))
              for ipp, found in traits.items() if worth_showing(index.patients[ipp], set(found), index)]
    scored.sort(key=lambda c: (-c["score"], c["ipp"]))
    return scored[:MAX_CANDIDATES]


def strong_traits(findings: Findings) -> list[tuple[str, list[str]]]:
    full = ["name", "first_given_name", "birth_date"]
    return ([(ipp, full) for ipp in findings.trait_matches] + [(ipp, ["ins"]) for ipp in findings.ins_matches]
            + [(ipp, full) for ipp in findings.field_matches]
            + [(o.patient.ipp, ["name", "first_given_name"]) for o in findings.occurrences])


def birth_date_traits(readings: list[PageReading], index: RegistryIndex) -> list[tuple[str, list[str]]]:
    birth_dates = {m.value for r in readings for m in r.dates if m.label != "other"}
    return [(patient.ipp, ["birth_date"]) for value in birth_dates for patient in index.by_birth_date.get(value, [])]


def surname_traits(readings: list[PageReading], index: RegistryIndex) -> list[tuple[str, list[str]]]:
    """Registry surnames printed, exactly or nearly (`DUP0NT`)."""
    words = {t.key for r in readings for t in r.tokens if len(t.key) > 2 and t.key.isalpha()}
    surnames = list(index.by_name_key)
    found = []
    for word in words:
        for key, score, _ in process.extract(word, surnames, scorer=fuzz.ratio,
                                             score_cutoff=FUZZY_NAME_SCORE, limit=3):
            found += [(patient.ipp, ["name" if score == 100 else "name_approx"])
                      for patient, _kind in index.by_name_key[key]]
    return found


def worth_showing(patient: Patient, kinds: set[str], index: RegistryIndex) -> bool:
    """A common surname alone says little: keep the list readable."""
    return not (kinds <= {"name"} and len(index.by_name_key.get(name_key(patient.birth_name), [])) > 3)


# --- the decision --------------------------------------------------------------------------------

def traits_read(readings: list[PageReading]) -> dict:
    def values(kind):
        return sorted({f.value for r in readings for f in r.fields_of(kind) if f.value})
    return {
        "names": values("name") + values("birth_name") + values("used_name"),
        "first_names": values("first_names"),
        "birth_dates": sorted({m.value.isoformat() for r in readings for m in r.birth_dates}),
        "unlabelled_dates": sorted({m.value.isoformat() for r in readings for m in r.dates if m.label == "none"}),
        "ins": [{"number": mask_ins(i.number), "valid_key": i.valid_key, "page": r.page_number}
                for r in readings for i in r.ins],
        "sex": values("sex"),
        "ipp": values("ipp"),
        "pages_with_identity": [r.page_number for r in readings if r.carries_identity],
    }


def review(rule: str, reason_fr: str, evidence: dict, readings, findings, index) -> MatchDecision:
    candidates = tuple(review_candidates(readings, findings, index))
    evidence = {**evidence, "rule": rule, "candidates": list(candidates)}
    return MatchDecision("review", None, rule, reason_fr, evidence, candidates)


def decide(readings: list[PageReading], index: RegistryIndex) -> MatchDecision:
    findings = gather(readings, index)
    evidence = {"traits_read": traits_read(readings)}
    chosen = chosen_patients(findings, readings)
    if not chosen:
        return no_patient_decision(readings, findings, index, evidence)
    if len(chosen) > 1 and (kept := the_one_bearing_both_names(chosen, readings, index)):
        evidence["ruled_out"] = [{"ipp": ipp, "message": RULED_OUT_BY_THE_RECORD} for ipp in sorted(chosen - {kept})]
        chosen = {kept}
    held = set(findings.under_heading) - chosen - held_at_the_ins_holders_places(chosen, findings, readings)
    if len(chosen) > 1 or held:
        ipps = ", ".join(sorted(chosen | held))
        return review("several_patients", f"Plusieurs patients correspondent (IPP {ipps}) : homonymes, "
                      "jumeaux ou document mêlant deux patients — à départager.", evidence, readings, findings, index)
    patient = index.patients[chosen.pop()]
    return decision_for(patient, readings, findings, index, evidence)


RULED_OUT_BY_THE_RECORD = "nom de naissance du dossier du laboratoire, qui n'est pas un de ses noms"


def record_names(readings: list[PageReading]) -> tuple[list[str], list[str]] | None:
    """The birth and used names a structured record (a lab file's patient segment) gives as the patient's own, when it
    gives both."""
    birth = [f.value for r in readings if r.record for f in r.fields_of("birth_name") if f.value]
    used = [f.value for r in readings if r.record for f in r.fields_of("used_name") if f.value]
    if len(birth) != 1 or len(used) != 1:
        return None
    names = name_key_tokens(birth[0]), name_key_tokens(used[0])
    return names if all(names) else None


def the_one_bearing_both_names(chosen: set[str], readings: list[PageReading], index: RegistryIndex) -> str | None:
    """A lab's patient record naming her `DUBOIS` (birth, HL7's legal name) and `THOMAS` (used, its display name) for
    DUBOIS épouse THOMAS Isabelle, when THOMAS Isabelle, born the same day, is registered too (third corpus s13, s15):
    DUBOIS is no name of hers at all, even two letters off — she is not this patient. Only from a record's own fields,
    where both names are the patient's by construction: on a page, a relative's `Nom de naissance` printed near the
    patient's used name cannot be told apart (review53: 972 wrong filings on letters and forms)."""
    names = record_names(readings)
    if names is None:
        return None
    birth, used = names
    patients = [index.patients[ipp] for ipp in chosen]
    kept = [p for p in patients
            if p.used_name and contains_name(birth, p.birth_name) and contains_name(used, p.used_name)]
    if len(kept) != 1:
        return None
    others = [p for p in patients if p is not kept[0]]
    return kept[0].ipp if all(printed_birth_name_foreign(birth, p) for p in others) else None


def printed_birth_name_foreign(tokens: list[str], patient: Patient) -> bool:
    """None of the patient's surnames is in the printed birth name, nor two letters from it."""
    printed = "".join(tokens)
    return not any(contains_name(tokens, name) or Levenshtein.distance(printed, name_key(name)) <= 2
                   for name in (patient.birth_name, patient.used_name) if name_key(name))


def no_patient_decision(readings, findings, index, evidence) -> MatchDecision:
    same_name_and_date = homonyms_without_first_name(readings, index)
    if len(same_name_and_date) > 1:
        ipps = ", ".join(sorted(same_name_and_date))
        return review("homonyms", f"Homonymes ou jumeaux (IPP {ipps}) : même nom et même date de naissance, "
                      "premier prénom absent ou différent — à départager.", evidence, readings, findings, index)
    if not any(r.carries_identity for r in readings) and not findings.occurrences:
        return review("no_identity", "Aucune identité patient lisible dans le document.",
                      evidence, readings, findings, index)
    valid_ins = [i for r in readings for i in r.ins if i.valid_key]
    if any(i.number not in index.by_ins for i in valid_ins):
        return review("unknown_ins", "INS valide lu, mais aucun patient du registre ne le porte : "
                      "patient inconnu ou INS à vérifier.", evidence, readings, findings, index)
    if valid_ins:
        holders = ", ".join(sorted({p.ipp for i in valid_ins for p in index.by_ins[i.number]}))
        return review("no_match", f"INS valide lu dans le champ d'un tiers (assuré, ouvrant droit, parent) : c'est "
                      f"celui du patient IPP {holders}, mais rien d'autre ne désigne ce patient — à vérifier.",
                      evidence, readings, findings, index)
    if findings.lone_captions:
        ipp, caption = min(findings.lone_captions.items())
        return review("no_match", f"Identité du patient IPP {ipp} lue près du libellé « {caption} », resté sans valeur "
                      "sur sa ligne : c'est peut-être celle de ce tiers, imprimée dans une autre colonne — à vérifier "
                      "sur le document.", evidence, readings, findings, index)
    return review("no_match", "Aucun patient du registre ne correspond de façon certaine "
                  "(nom, premier prénom et date de naissance exacts, ou INS) : patient inconnu, "
                  "trait divergent ou mal lu.", evidence, readings, findings, index)


def problems_against(patient: Patient, readings: list[PageReading], index: RegistryIndex,
                     any_other_name: bool = False, excused: Callable[[dict], bool] | None = None) -> list[str]:
    """Why a person's choice of `patient` for this text would be wrong (review assignment, letters):
    the contradictions ingest checks but those `excused`, another patient clearly designated, and with
    `any_other_name` any other registry patient merely named beside a first name."""
    findings = gather(readings, index)
    problems = [p["message"] for p in contradictions_for(patient, readings, findings, index)
                if excused is None or not excused(p)]
    others = set(findings.strong_ipps) | set(findings.under_heading)
    if any_other_name:
        own_spans = {o.span for o in findings.occurrences if o.patient.ipp == patient.ipp}
        by_page = {r.page_number: r for r in readings}
        others |= {o.patient.ipp for o in findings.occurrences if o.span not in own_spans
                   and not doctor_behind_a_misread_title(o, by_page[o.page], readings)}
    others.discard(patient.ipp)
    if others:
        problems.insert(0, f"un autre patient du registre y est désigné (IPP {', '.join(sorted(others))})")
    return problems


def holder_named(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> bool:
    """The INS holder's birth or used name printed somewhere as the patient's: not a third party's, nor where a name
    designates no one — below `Enfant vu avec son parrain :`, in a block under a relatives' heading (review11's q_pnh4:
    the godfather's block with his INS filed him, as on main), in a relation's field (`Épouse : GARNIER Julien`).
    His birth name misprinted one letter off in its field, beside his INS, date and first name, names him too."""
    if misprinted_holders_birth_names(patient, readings, index):
        return True
    for reading in readings:
        headed = None
        for start, _end, p, _kind in surname_spans(reading, index):
            if p.ipp != patient.ipp or spoken_of_as_third_party(reading, start) \
                    or below_a_person_noun_line(reading, start) \
                    or in_a_relation_field(reading, reading.tokens[start].start, close_ones=True) \
                    or in_a_payers_field(reading, start, patient) or in_a_relatives_table_row(reading, start):
                continue
            if headed is None:
                headed = headed_name_fields(reading, people_named(reading, index))
            if not in_a_headed_field(reading, start, headed):
                return True
    return False


# `Assuré(e) :`, `Assuré social :`, `Nom de l'assuré :`, `Ouvrant droit :`, `Titulaire :`, `N° SS resp. :`, `Payeur :`
# opening the line, the name right after
INSUREDS_LABEL_BEFORE_RE = re.compile(r"[\W_]*[^\n:]{0,20}(?:ASSURE|OUVRANT|TITULAIRE|\bRESP(?:\.|ONSABLE)|PAYEUR)"
                                      r"[^\n:]{0,20}:[\s.]*(?:(?:M|MR|MME|MLLE|MONSIEUR|MADAME|MADEMOISELLE)\.?\s+)?")


# `ASSURÉ(E)`, `L'assuré(e)`, `Ouvrant droit` alone on the line above the name
INSUREDS_HEADING_RE = re.compile(r"[\W_]*(?:L'\s*)?(?:ASSURE(?:\(E\)|E)?|OUVRANT[\s-]+DROIT)[\W_]*")


def named_in_full_only_as_the_insured(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> bool:
    """The INS holder's surname and first name printed together in an insured's field (`Assuré(e) : LEFEBVRE Zoé` /
    `Matricule : <her INS>` / `BÉNÉFICIAIRE DES SOINS` / `Patient : LEFEBVRE`) or under an insured's heading, and
    nowhere as the patient's, while her surname is printed apart: that surname alone does not say she is the patient
    — the number is the insured's, the patient a LEFEBVRE the page does not name (review INS, session 70: filed under
    the insured mother, on the base, with the key behind a space). Alone on the page, the insured is the patient, as
    before."""
    def insureds_field(reading: PageReading, offset: int) -> bool:
        line_start = reading.folded.rfind("\n", 0, offset) + 1
        above = reading.folded[:line_start].rstrip().rsplit("\n", 1)[-1]  # the last line above that is not blank
        return INSUREDS_LABEL_BEFORE_RE.fullmatch(reading.folded[line_start:offset]) is not None \
            or (above.strip() != "" and INSUREDS_HEADING_RE.fullmatch(above) is not None) \
            or any(f.kind == "third_party" and insured_label(f.label) and f.start <= offset < max(f.end, f.start + 1)
                   for f in reading.fields)

    def named(reading: PageReading, third_parties: bool) -> list[Occurrence]:
        return [occurrence for occurrence in find_occurrences(reading, index, third_parties=third_parties)
                if occurrence.patient.ipp == patient.ipp]
    insured_lines = {(reading.page_number, reading.tokens[occurrence.start].line) for reading in readings
                     for occurrence in named(reading, third_parties=True)
                     if insureds_field(reading, reading.tokens[occurrence.start].start)}
    surname_apart = any((reading.page_number, reading.tokens[start].line) not in insured_lines
                        for reading in readings for start, _end, other, _kind in surname_spans(reading, index)
                        if other.ipp == patient.ipp)
    named_as_the_patient = any((reading.page_number, reading.tokens[occurrence.start].line) not in insured_lines
                               for reading in readings for occurrence in named(reading, third_parties=False))
    return bool(insured_lines) and surname_apart and not named_as_the_patient


ADULT_AGE = 18


def a_child_introduced_with_its_ins(patient: Patient, readings: list[PageReading]) -> bool:
    """`Patient(e) : Enfant RENAUD Stéphane — né le 06/03/2012` / `INS : <his own>` (independent corpus ood4 s7
    SCAN_013): the subject's label, then `Enfant` before a minor holder's surname and given names (none other), his
    exact birth date on that line, his INS on it or on the next — the word says what he is, not whose relative.
    Without the subject's label, or under an open heading (`Bénéficiaires :`), `Enfant` may be a sibling's or a
    dependant's line (`Fratrie :` / `Enfant MARTIN Jean (né le …)`, `Ayant droit :`: review98 filed 80 consultations of
    a sister under her brother), and stays a relation's word (review88)."""
    if age_on(patient.birth_date, min(r.today for r in readings)) >= ADULT_AGE or not patient.ins:
        return False
    names = set(surname_keys(patient)) | set(name_key_tokens(f"{patient.birth_name} {patient.used_name}")) \
        | set(name_key_tokens(patient.first_names))
    for reading in readings:
        for f in reading.fields:
            line = reading.text.count("\n", 0, f.start)
            if f.kind == "name" and SUBJECT_LABEL_RE.fullmatch(f.label) and names_the_child(f.value, patient, names) \
                    and not under_an_open_heading(reading, f.label_start) \
                    and any(m.line == line and m.value == patient.birth_date and m.label == "birth"
                            for m in reading.dates) \
                    and any(m.number == patient.ins.upper() and m.line in (line, line + 1) for m in reading.ins):
                return True
    return False


def under_an_open_heading(reading: PageReading, offset: int) -> bool:
    """The nearest line above with words ends with a colon (`Bénéficiaires :`, `Dans la fratrie :`, `Ayant droit :`):
    the line at `offset` is that heading's entry, one of a list (review98)."""
    text = reading.text
    above = line_above(reading.folded, text.rfind("\n", 0, offset) + 1)
    return above is not None and text[above[0]:above[1]].rstrip().endswith(":")


def names_the_child(value: str, patient: Patient, names: set[str]) -> bool:
    """`ENFANT RENAUD STEPHANE - NE LE 06/03/2012`: `Enfant`, then his surname and first given name, every word before
    the birth mention one of his names (`Enfant MOREAU Marie Louise` is no Marie Anne: review98's twins)."""
    words = name_key_tokens(re.split(r"\b(?:NEE?|DDN)\b|\d", value)[0])
    return len(words) >= 3 and words[0] == "ENFANT" and set(words[1:]) <= names \
        and name_key(patient.first_given_name) in words and bool(set(words[1:]) & set(surname_keys(patient)))


def named_in_a_relation_field(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> bool:
    """The INS holder named with his first name in a relation's field (`Épouse : GARNIER Julien`): the page is his
    relative's, who may bear his name and print his NIR as the insured's (review12's q_sx: filed under the husband on
    main when `Nom : GARNIER` named the wife)."""
    return any(o.patient.ipp == patient.ipp and in_a_relation_field(reading, reading.tokens[o.start].start)
               for reading in readings for o in find_occurrences(reading, index, third_parties=True))


def other_patients_named(patient: Patient, readings: list[PageReading], findings: Findings,
                         index: RegistryIndex) -> list[dict]:
    """Another registry patient named with a first name, not as a relative or a doctor, and not
    sharing this place of the text with the patient (an exact homonym): the subject is unsure."""
    own_spans = {o.span for o in findings.occurrences if o.patient.ipp == patient.ipp}
    same_person = {(o.page, o.start) for o in findings.occurrences if o.patient.ipp == patient.ipp}
    own_words = set(name_key_tokens(f"{patient.birth_name} {patient.used_name} {patient.first_names}"))
    by_page = {r.page_number: r for r in readings}
    others = sorted({o.patient.ipp for o in findings.occurrences
                     if o.patient.ipp != patient.ipp
                     and ((o.span not in own_spans and (o.page, o.start) not in same_person
                           # `Prénoms : ALAIN LUCAS` names the patient, not a LUCAS Alain
                           and not {by_page[o.page].tokens[i].key for i in o.name_tokens} <= own_words)
                          or with_a_given_name_of_theirs(o, by_page[o.page], own_words))
                     and not doctor_behind_a_misread_title(o, by_page[o.page], readings)
                     and not named_elsewhere_as_a_doctor(o, by_page[o.page], readings, index)})
    others = sorted(set(others) | named_behind_a_particle(patient, readings, index)
                    | named_behind_a_loose_relative_word(patient, readings, index)
                    | named_behind_a_person_noun(patient, readings, index)
                    | named_below_a_relative_line(patient, readings, findings, index))
    return [problem(0, "other_patient", ipp, patient.ipp,
                    f"un autre patient du registre est nommé dans le document (IPP {ipp})") for ipp in others]


GIVEN_NAMES_REACH = 3  # words on either side of a person's name where more of her given names may stand
# What joins one word of a person's name to the next: a space, a comma or a hyphen — not a column's gap, a label's
# colon, a title or a number (review47: `MARTIN JEAN   Dr Étienne VIDAL`, `42000 Saint-Étienne`, `rue Victor Hugo`).
NAME_JOINT_RE = re.compile(r"[ ,\-]{1,2}")


def with_a_given_name_of_theirs(occurrence: Occurrence, reading: PageReading, own_words: set[str]) -> bool:
    """A place the patient shares with another registry patient of the same name (`Picard FATOUMATA NADIA`: the mother
    Fatoumata Christine PICARD, her daughter Fatoumata Nadia PICARD) that prints, as more words of the same name, a
    further given name of the other's and none of the patient's: it names the other (ood-s691-024, filed under the
    mother on main)."""
    theirs = {name_key(n) for n in split_first_names(occurrence.patient.first_names)} - own_words
    if not theirs or not occurrence.name_tokens:
        return False
    return any(reading.tokens[i].key in theirs
               for i in words_of_the_same_name(reading, min(occurrence.name_tokens), max(occurrence.name_tokens))
               if i not in occurrence.name_tokens)


def words_of_the_same_name(reading: PageReading, first: int, last: int) -> list[int]:
    """The tokens joined to a name's words on either side (NAME_JOINT_RE), GIVEN_NAMES_REACH at most each way."""
    tokens, text = reading.tokens, reading.text

    def joined(a: int, b: int) -> bool:
        gap = text[tokens[a].start + len(tokens[a].key):tokens[b].start]
        return tokens[a].line == tokens[b].line and NAME_JOINT_RE.fullmatch(gap) is not None and "  " not in gap \
            and not any(tokens[k].key in TITLE_WORDS or tokens[k].key.isdigit() for k in (a, b))

    found = []
    for step, edge in ((1, last), (-1, first)):
        i = edge
        for _ in range(GIVEN_NAMES_REACH):
            if not 0 <= i + step < len(tokens) or not joined(min(i, i + step), max(i, i + step)):
                break
            i += step
            found.append(i)
    return found


def named_below_a_relative_line(patient: Patient, readings: list[PageReading], findings: Findings,
                                index: RegistryIndex) -> set[str]:
    """Other registry patients named on the line a relation word ending the line above introduces (`à la demande de son
    fils,` / `M. MARTY Patrick pour bilan.`), before the patient's own name on that page: such a name never designates,
    but it may be the subject's, and the patient named lower down the one who is there with him (review12's kh1: `M.
    LEROY Louis, né le …, est présent.` filed on main). A relative named after the patient's name stays a third
    party."""
    own_words = own_name_words(patient)
    found = set()
    for reading in readings:
        own_starts = [o.start for o in findings.occurrences
                      if o.patient.ipp == patient.ipp and o.page == reading.page_number]
        first_own = min(own_starts, default=len(reading.tokens))
        found |= {o.patient.ipp for o in find_occurrences(reading, index, third_parties=True)
                  if o.start < first_own and another_person_named(o, reading, patient, own_words)
                  and spoken_of_as_third_party(reading, o.start)
                  and not spoken_of_as_third_party(reading, o.start, relatives_above_hide=False)}
    return found


def named_behind_a_particle(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> set[str]:
    """Other registry patients named with a first name behind a capitalised particle (`De DURAND Jacques` at the
    start of a wrapped line): named, so the subject is unsure, though such a mention never designates."""
    own_words = own_name_words(patient)
    return {o.patient.ipp for reading in readings for o in find_occurrences(reading, index, behind_a_particle=True)
            if another_person_named(o, reading, patient, own_words)}


def another_person_named(occurrence: Occurrence, reading: PageReading, patient: Patient, own_words: set[str]) -> bool:
    """A mention of another registry patient, not made only of the patient's own name words (`Prénoms : ALAIN LUCAS`
    names the patient, not a LUCAS Alain)."""
    return occurrence.patient.ipp != patient.ipp \
        and not {reading.tokens[i].key for i in occurrence.name_tokens} <= own_words


def named_behind_a_person_noun(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> set[str]:
    """Other registry patients named right behind a person noun (`présente sa voisine LEROY Louise`, `Son parrain Hugo
    MOREL est vu ce jour`): such a name designates no one, but a registry patient is named — the subject is unsure
    (review10's q_pn3: the companion filed when the subject he brings was hidden). Kinship words stay third parties."""
    own_words = own_name_words(patient)
    return {o.patient.ipp for reading in readings for o in find_occurrences(reading, index, third_parties=True)
            if another_person_named(o, reading, patient, own_words) and behind_a_person_noun(reading, o.start)}


def behind_a_person_noun(reading: PageReading, start: int) -> bool:
    """A person noun after a possessive within the three words before a name on its line (`sa voisine, Mme X`)."""
    tokens = reading.tokens
    return any(person_noun_after_a_possessive(reading, j) for j in range(max(0, start - 3), start)
               if tokens[j].line == tokens[start].line)


def named_behind_a_loose_relative_word(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> set[str]:
    """Other registry patients named behind a loose relative word: on the line below one that introduces no one
    (`Je revois ce jour l'enfant.` / `De MARTIN Léa`), or after a child's caption (`Enfant : MARTIN Emma` on a page
    filed for her twin named lower down): named, so the subject is unsure, though such a mention never
    designates."""
    own_words = own_name_words(patient)
    return {o.patient.ipp for reading in readings for behind in (False, True)
            for o in find_occurrences(reading, index, behind_a_particle=behind, third_parties=True)
            if another_person_named(o, reading, patient, own_words)
            and spoken_of_as_third_party(reading, o.start)
            and not spoken_of_as_third_party(reading, o.start, loose_relatives_hide=False)}


# A long title one letter off (`Cocteur`, `Docleur`, `Professeor`): no French word stands that close to
# `Docteur` or `Professeur` (`Docteure`, `Docteurs` are titles too). Short titles (`Dr` read `Gr`, `Or`, `De`) are
# left alone: `Or` and `De` are words, and a reviewer built misfiles from every guard around them.
LONG_TITLES = ("DOCTEUR", "PROFESSEUR")
LINES_BELOW_WITHOUT_DATES = 3
SPECIALITY_AFTER_RE = re.compile(r"[—–\-,(]\s*[^\W\d_][^\W\d_'’\-]*(?:[\s'’\-]+[^\W\d_]+){0,3}\)?")


def misread_long_title(word: str) -> bool:
    key = fold(word)
    return word[:1].isupper() and key.isalpha() and key not in TITLE_WORDS \
        and any(Levenshtein.distance(key, title) == 1 for title in LONG_TITLES)


# `Dr` as a fax reads it in a column of doctors (first independent corpus dev s204-003, s202-001; `Br`: s811-020)
MISREAD_DR = {"Or", "Ur", "Br"}
DOCTORS_COLUMN_REACH = 8  # non-blank lines walked up or down a column of doctors
SPECIALITY_LINE_WORDS = 3  # `Chirurgien orthopédiste`, `Gastro -entérologue`: a line of a column of doctors
LINES_BELOW_A_MISREAD_DR = 1  # a column of doctors may end right above the patient's block


def misread_dr(reading: PageReading, title: Token) -> bool:
    """`Or`/`Ur`/`Br` in a column of doctors. The French `Or` opening a sentence (`Or DUPONT Marie est revue…`) has prose
    around it, never a column of `Dr` lines and specialities."""
    word = reading.text[title.start:title.start + len(title.key)]
    return word in MISREAD_DR and in_a_column_of_doctors(reading, title.line)


def in_a_column_of_doctors(reading: PageReading, line: int) -> bool:
    """Walking up and down from `line` over blank lines, lines opening with a title (`Dr`, or `Or`/`Ur`) and short
    lines of words (a speciality), a line opening with a true title (`Dr`, `Docteur`) is met."""
    lines = reading.text.split("\n")
    for step in (-1, 1):
        walked, at = 0, line + step
        while 0 <= at < len(lines) and walked < DOCTORS_COLUMN_REACH:
            words = lines[at].split()
            at += step
            if not words:
                continue
            walked += 1
            first = words[0].strip("'‘’\"“«|.,:")
            if fold(first) in DOCTOR_TITLES:
                return True
            if first not in MISREAD_DR and (len(words) > SPECIALITY_LINE_WORDS
                                            or any(c.isdigit() for c in lines[at - step])):
                break
    return False


def doctor_behind_a_misread_title(occurrence: Occurrence, reading: PageReading,
                                  readings: list[PageReading]) -> bool:
    """`Cocteur Patrick MARTY, interne` (seed 141 fax_0044): a doctor who is also a registry patient, this one
    mention not counted as a second patient named. Main treats a true `Docteur X` as a third party outright;
    this is narrower: the mention stays an occurrence (its trait matches still count), and all of this must
    hold — the misread title opens its line, right before the name, the whole name on that line; the line
    ends with the name or a speciality (`, interne`, `— cardiologue`); no date (of any shape, letters for
    digits too) nor birth label on that line or the next three; none of that patient's identifiers (birth
    date, INS, IPP) printed anywhere in the document. `Dr` read `Or` or `Ur` (`misread_dr`) counts only with
    nothing after the name on its line, and no date nor birth label on the next line."""
    if occurrence.start == 0:
        return False
    tokens, text = reading.tokens, reading.text
    title, last = tokens[occurrence.start - 1], tokens[occurrence.end - 1]
    dr = misread_dr(reading, title)
    if not (dr or misread_long_title(text[title.start:title.start + len(title.key)])) \
            or any(t.line != title.line for t in tokens[occurrence.start:occurrence.end]):
        return False
    line_start = text.rfind("\n", 0, title.start) + 1
    line_end = text.find("\n", last.start)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[last.start + len(last.key):line_end].strip(" \t.|")
    lines_below = LINES_BELOW_A_MISREAD_DR if dr else LINES_BELOW_WITHOUT_DATES
    below = "\n".join([line for line in text[line_end:].split("\n") if line.strip()][:lines_below])
    return not text[line_start:title.start].strip(" \t'‘’\"“«|.,") \
        and not text[title.start + len(title.key):tokens[occurrence.start].start].strip(" .") \
        and (not rest or (not dr and SPECIALITY_AFTER_RE.fullmatch(rest) is not None)) \
        and not mentions_a_date_or_birth_label(text[line_start:line_end] + "\n" + below) \
        and not identity_printed(occurrence.patient, readings)


def named_elsewhere_as_a_doctor(occurrence: Occurrence, reading: PageReading, readings: list[PageReading],
                                index: RegistryIndex) -> bool:
    """A registry patient's whole name alone on its line (a signature: nothing before it, a glyph or a speciality after
    it), when the document prints the same name behind a doctor's title elsewhere, or behind one a fax misread in a
    column of doctors (`Dr Aurélie ROYER` / `Neurologue` in the letterhead, `Aurélie ROYER` at the foot): the doctor
    again, not a second patient named — unless any of that patient's own identifiers (birth date, INS, IPP) is printed
    in the document, or another registry patient bears that name (the bare name may be his). A short misread title
    before it (`br Aurélie ROYER`, `Or`, `De`) is left out: the reviews built wrong filings from every guard around
    them (4fe1229, 4d6cbd2, reverted)"""
    patient = occurrence.patient
    if not alone_as_a_signature(occurrence, reading) or identity_printed(patient, readings) \
            or namesakes(patient, index):
        return False
    return any(o.patient.ipp == patient.ipp and o.start > 0
               and ((other.tokens[o.start - 1].key in DOCTOR_TITLES
                     and other.tokens[o.start - 1].line == other.tokens[o.start].line)
                    or doctor_behind_a_misread_title(o, other, readings))
               for other in readings for o in find_occurrences(other, index, third_parties=True))


def namesakes(patient: Patient, index: RegistryIndex) -> bool:
    """Another registry patient of the same birth name and first given name: the bare name may be either's."""
    first = name_key(patient.first_given_name)
    return any(other.ipp != patient.ipp and kind == "birth_name" and name_key(other.first_given_name) == first
               for other, kind in index.by_name_key.get(name_key(patient.birth_name), []))


SIGNATURE_DUST = " \t'‘’\"“”«»|.,"


def alone_as_a_signature(occurrence: Occurrence, reading: PageReading) -> bool:
    first, last = reading.tokens[occurrence.start], reading.tokens[occurrence.end - 1]
    before = line_before(reading.text, first.start).strip(SIGNATURE_DUST)
    after = rest_of_line(reading.text, last.start + len(last.key)).strip(SIGNATURE_DUST)
    return not before and (len(after) <= 1 or SPECIALITY_AFTER_RE.fullmatch(after) is not None)


def identity_printed(patient: Patient, readings: list[PageReading]) -> bool:
    """Any of the patient's own identifiers printed in the document: a date equal to the birth date (whatever
    its label, letters for digits too), the registry INS, the IPP."""
    ins, ipp = (patient.ins or "").upper(), name_key(patient.ipp)
    return any(any(same_birth_date(m, patient.birth_date) for m in r.dates)
               or any(value == patient.birth_date for value, _, _ in lookalike_dates(r.text, r.today))
               or any(i.number == ins for i in r.ins) or any(t.key == ipp for t in r.tokens) for r in readings)


def homonyms_without_first_name(readings: list[PageReading], index: RegistryIndex) -> set[str]:
    """Patients whose surname and birth date are both printed (the first name missing or other)."""
    found = set()
    for reading in readings:
        dates = {m.value for m in reading.dates if m.label != "other" and not m.glued}
        for start, _end, patient, _kind in surname_spans(reading, index):
            if patient.birth_date in dates and not spoken_of_as_third_party(reading, start):
                found.add(patient.ipp)
    return found


def birth_dates_in_a_third_partys_column(patient: Patient, readings: list[PageReading]) -> list[dict]:
    """Two columns: the patient's name field on the left, a relative's or a guardian's label after it on that line
    (`Patient : BERNARD Michel        Représentant légal : M. BERNARD`), the patient's birth date in the right column
    of the lines below (`15 ans        Né le 22/05/1948`): that date is the relative's (review101 filed 14 such
    children's papers under the grandparent). Not under a doctor's label, whose column holds the patient's date on a
    standard header (`Médecin traitant : Dr MASSON` / `Née le : 12/03/1945`: review103 lost 196 so)."""
    problems = []
    for reading in readings:
        for f in (g for g in reading.fields if g.kind == "third_party" and g.label_start > 0
                  and kin_or_insured_label(g.label)):
            line, column = line_and_column(reading.text, f.label_start)
            left = reading.text[reading.text.rfind("\n", 0, f.label_start) + 1:f.label_start]
            if not left.strip() or not any(g.kind in NAME_FIELD_KINDS and g.label_start >= 0
                               and line_and_column(reading.text, g.label_start)[0] == line for g in reading.fields):
                continue
            for m in reading.dates:
                start = mention_start(m, reading)
                if start >= 0 and m.value == patient.birth_date and 0 < m.line - line <= COLUMN_LINES \
                        and segment_column(reading.text, start) >= column - COLUMN_SLACK:
                    problems.append(problem(reading.page_number, "birth_date", m.text, patient.birth_date.isoformat(),
                                            f"date de naissance lue page {reading.page_number} sous « "
                                            f"{f.label.lower()} », dans la colonne d'un tiers"))
    return problems


COLUMN_LINES = 3  # lines of a column below its label


def segment_column(text: str, offset: int) -> int:
    """The column where the segment holding `offset` starts on its line: after the last wide gap before it, else at
    the line's first sign (`Classe : CM2        Né le 01/02/1978` → the column of `Né`)."""
    line_start = text.rfind("\n", 0, offset) + 1
    before = text[line_start:offset]
    gaps = list(COLUMN_GAP_RE.finditer(before))
    return gaps[-1].end() if gaps else len(before) - len(before.lstrip())


# The age a page gives its subject:
# - after a role: `Le patient, 77 ans`, `La résidente, 67 ans`, `Patiente de 43 ans`;
# - in the subject's field: `Patient(e) : MARTIN Claire (11 ans)` (not `Enfant : Emma, 10 ans`, below a mother's
#   identity as often her social situation: review100 lost 7), a deceased's;
# - after a registry given name, or a civility: the consultation's (`Consultation de Emma, 7 ans`, `Bilan orthophonique
#   de Claire, 11 ans`, `Bilan de Mme ROUX, 67 ans`), one opening a line before what was done to that person (`Jean,
#   14 ans, est vu`), a child's in a letter to the parent (`votre fils Jean, 14 ans`), in a first-person attestation
#   (`Je soussigné …, autorise l'équipe à opérer Hugo (14 ans)`), on the page's title or motive (`Objet : rendez-vous
#   de Minh (6 ans)`).
# review101 filed 1 098 pages under the one relative fully identified on them — behind a label no list holds
# (`Aidant principal`, `Signataire`), in a table's first row, a letter's address block — whose subject, named by a role
# or a first name, was a generation apart. Any word before an age counted, review102 lost 530 of 1 500 right filings:
# a disease's duration (`lombalgies, 3 ans d'évolution`, `PTH, 2 ans`), a relative's (`Mère, 88 ans, hospitalisée`,
# `son épouse, 94 ans`).
AGE = r"(?P<age>\d{1,3})\s*ANS\b(?!\s*(?:D\s*'|DE\b|DU\b|APRES\b|AVANT\b|PLUS\b|AUPARAVANT\b|ENVIRON\b))"
GIVEN = r"(?P<name>[A-Z][A-Z'-]+)"
SUBJECT_ROLE = r"(?:(?:LE|LA|CE|CETTE|VOTRE|NOTRE)\s+)?(?P<role>PATIENTE?|RESIDENTE?|MALADE)"
ROLE_AGE_RE = re.compile(rf"\b{SUBJECT_ROLE}\b(?:\s*[,(]\s*(?:AGEE?\s+DE\s+)?|\s+(?:AGEE?\s+)?DE\s+){AGE}")
SUBJECT_FIELD_AGE_RE = re.compile(r"^[\W_]*(?:PATIENT\s*\(\s*E\s*\)|PATIENTE?|RESIDENTE?|MINEURE?|ELEVE"
                                  rf"|CONCERNE|SOINS\s+DE|BENEFICIAIRE)\s*:[^\n:]{{0,60}}?[\s,(]{AGE}", re.MULTILINE)
DECEASED_AGE_RE = re.compile(r"^[\W_]*(?:PERSONNE\s+)?(?:DECEDEE?|DEFUNTE?)(?:\s*\(\s*E\s*\))?\s*:[^\n:]{0,60}?"
                             rf"[\s,(]{AGE}", re.MULTILINE)
CONSULTATION_OF_AGE_RE = re.compile(r"\b(?:CONSULTATION|BILAN|VISITE|SUIVI|CONTROLE|HOSPITALISATION|VACCINATION)"
                                    r"(?:\s+[A-Z]+)?\s+(?:DE|D\s*')\s*"
                                    r"(?:(?P<civility>M|MME|MLLE|MONSIEUR|MADAME)\.?\s+)?"
                                    rf"{GIVEN}\s*[,(]\s*{AGE}")
SEEN_AT_LINE_START_RE = re.compile(rf"^[\W_]*{GIVEN}\s*[,(]\s*{AGE}\)?[^\n]{{0,40}}?\b"
                                   r"(?:VUE?|REVUE?|EXAMINEE?|HOSPITALISEE?|PRESENTE|CONSULTE|ADRESSEE?|OPEREE?)\b",
                                   re.MULTILINE)
YOUR_CHILD_AGE_RE = re.compile(rf"\bVOTRE\s+(?:FILS|FILLE|ENFANT|BEBE|PETIT-FILS|PETITE-FILLE)\s+{GIVEN}\s*[,(]\s*{AGE}")
ATTESTED_AGE_RE = re.compile(rf"\bJE\s+SOUSSIGNEE?\b[^.]*?\b{GIVEN}\s*[,(]\s*{AGE}")
SUBJECT_AGE_RES = (ROLE_AGE_RE, SUBJECT_FIELD_AGE_RE, DECEASED_AGE_RE, CONSULTATION_OF_AGE_RE, SEEN_AT_LINE_START_RE,
                   YOUR_CHILD_AGE_RE, ATTESTED_AGE_RE)
# On a page's first two lines with words or its motive's (`Objet : rendez-vous de Minh (6 ans)`), a first name and an
# age: `Bilan orthophonique de Léa, 9 ans`.
NAME_AGE_RE = re.compile(rf"\b{GIVEN}\s*(?:[,(]|\s[—–-])\s*{AGE}")
# A line holding only a first name and an age (`Lucas, 16 ans`, `Pour Louise (12 ans)`, `Louis 4 ans 1/2`, `Louis, 4
# ans, 17 kg`), see lone_subject_line.
LONE_NAME_AGE_LINE_RE = re.compile(rf"^[\W_]*(?:POUR\s+)?{GIVEN}(?:\s*[,(:—–-]\s*|\s+)(?:AGEE?\s+DE\s+)?{AGE}"
                                   r"(?:\s*(?:1/2|ET\s+DEMI|ET\s+\d{1,2}\s+MOIS|[,—–-]\s*\d{1,3}(?:[.,]\d+)?\s*KG))?"
                                   r"\s*\)?[\W_]*$", re.MULTILINE)
# Words of a list of the patient's circle heading such lines (`Fratrie`, `Composition du foyer`, `Aidants`).
CIRCLE_LIST_WORDS = RELATIVE_WORDS | FAMILY_WORDS | {
    "FRATRIE", "FOYER", "ENTOURAGE", "AIDANT", "AIDANTS", "AIDANTE", "AIDANTES", "FAMILLE", "FAMILIAL", "FAMILIALE",
    "CONTACTS", "VISITE", "VISITEURS", "PERSONNES", "PROCHE", "PROCHES", "EPOUSE", "MAMAN", "PAPA", "TUTELLE",
    "CURATELLE", "MANDATAIRE", "RESPONSABLE", "REFERENT", "REFERENTE", "APPELANT", "APPELANTE"}
FEMININE_ROLES = {"PATIENTE", "RESIDENTE"}  # `le patient` may be a template's masculine for anyone; `la patiente` not
OLD_PAPER_YEARS = 10  # an undated paper may be that much older than the day it is read


def subject_age_contradictions(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[dict]:
    """An age the page gives its subject (`SUBJECT_AGE_RES`) that the patient did not have when the page was written,
    or a feminine role (`la patiente`) for a man: the subject is someone else."""
    problems = []
    for reading in readings:
        titles = title_and_motive_lines(reading.folded)
        titled = (m for m in NAME_AGE_RE.finditer(reading.folded) if reading.folded.count("\n", 0, m.start()) in titles)
        lone = lone_subject_line(patient, reading) if reading.page_number == readings[0].page_number else None
        for found in [m for pattern in SUBJECT_AGE_RES for m in pattern.finditer(reading.folded)] + list(titled) \
                + ([lone] if lone else []):
            groups = found.groupdict()
            if groups.get("name") is not None and not groups.get("civility") and (
                    name_key(groups["name"]) not in index.given_names or groups["name"] in RELATIVE_WORDS
                    or (found.re is not YOUR_CHILD_AGE_RE and after_a_relation_noun(reading.folded,
                                                                                    found.start("name")))):
                continue
            words = " ".join(reading.text[found.start():found.end()].split())
            if not age_fits_the_paper(int(found["age"]), patient, readings) \
                    or (groups.get("role") in FEMININE_ROLES and patient.sex == "M"):
                problems.append(problem(reading.page_number, "birth_date", words, patient.birth_date.isoformat(),
                                        f"âge ou sujet lu page {reading.page_number} (« {words} ») incompatible avec "
                                        f"le patient (né{'e' if patient.sex == 'F' else ''} le "
                                        f"{patient.birth_date.strftime('%d/%m/%Y')}) : le document concerne un autre"))
                break
    return problems


def lone_subject_line(patient: Patient, reading: PageReading) -> re.Match | None:
    """The page's one line holding only a first name and an age, right above the first line that names the patient,
    under no heading of his circle: a sticker's or a prescription's subject (`Lucas, 16 ans` / `Titulaire : DURAND
    Paul  N° SS : …`), unless it bears his own first name. Two such lines are a list (`Fratrie :` / `Anne, 49 ans` /
    `Julien, 41 ans`); one below his name is as often his child's, one lower down the page a footer's neighbour
    (assistants' reviews, session 62)."""
    found = list(LONE_NAME_AGE_LINE_RE.finditer(reading.folded))
    if len(found) != 1 or name_key(found[0]["name"]) in name_key_tokens(patient.first_names):
        return None  # his own first name: an age misread as often (`Lucas, 18 ans` / `PRIGENT Lucas, né le …`)
    named_on = first_line_naming(patient, reading)
    if named_on is None:
        return None
    lines = reading.folded.split("\n")
    line = reading.folded.count("\n", 0, found[0].start())
    below = next((n for n in range(line + 1, len(lines)) if lines[n].strip(LINE_DUST)), None)
    above = next((lines[n] for n in range(line - 1, -1, -1) if lines[n].strip(LINE_DUST)), "")
    if below != named_on or above.rstrip(LINE_DUST + " ").endswith(":") \
            or set(re.findall(r"[A-Z]+", above)) & CIRCLE_LIST_WORDS:
        return None
    return found[0]


def first_line_naming(patient: Patient, reading: PageReading) -> int | None:
    """The first line of the page that holds the patient's birth or used name (`LE BRIS` in two words too), if any."""
    words_by_line: dict[int, list[str]] = {}
    for token in reading.tokens:
        words_by_line.setdefault(token.line, []).append(token.key)
    names = [name for name in (patient.birth_name, patient.used_name) if name]
    return next((line for line, words in sorted(words_by_line.items())
                 if any(contains_name(words, name) for name in names)), None)


SUBJECT_NOUNS = {"ENFANT", "BEBE", "NOUVEAU"}  # `L'enfant Michel`, `Enfant : Jean`: the subject, unless someone's
SOMEONES = POSSESSIVES | {"LEURS", "MON", "MA", "MES", "NOTRE", "NOS"}


def after_a_relation_noun(folded: str, offset: int) -> bool:
    """A relation noun ends the words before `offset` on its line (`sa fille Sophie`, `Mère : Emma`, `son enfant
    Léo`); `l'enfant Michel`, `Enfant : Jean` name the subject."""
    before = folded[folded.rfind("\n", 0, offset) + 1:offset]
    words = re.findall(r"[A-Z]+", before)
    if not words or words[-1] not in RELATIVE_WORDS | FAMILY_WORDS:
        return False
    return words[-1] not in SUBJECT_NOUNS or (len(words) > 1 and words[-2] in SOMEONES)


PAGE_LINE_RE = re.compile(r"[\W_]*PAGE\s*\d")  # a continuation page's number opening a line is no title


def title_and_motive_lines(folded: str, page_numbers_aside: bool = True) -> set[int]:
    """The numbers of the page's first two lines with words, a page number's line left aside unless asked, and of its
    motive's or object's lines."""
    lines = folded.split("\n")
    titles = [n for n, line in enumerate(lines)
              if line.strip(LINE_DUST) and not (page_numbers_aside and PAGE_LINE_RE.match(line))]
    return set(titles[:2]) | {n for n, line in enumerate(lines) if MOTIVE_LINE_RE.match(line)}


# A child's field whose value is a full name and an age (`Enfant : SAVANVETEAU Gilles, 3 ans`).
CHILD_FIELD_AGE_RE = re.compile(rf"^[\W_]*(?:ENFANT|FILS|FILLE|BEBE)\s*:(?P<value>[^\n:]{{1,60}}?)[\s,(]{AGE}",
                                re.MULTILINE)


def a_namesake_child_named(patient: Patient, readings: list[PageReading]) -> list[dict]:
    """A child's field naming the patient's birth name and first given name with an age he did not have when the paper
    was written (`M. SAVANVETEAU Gilles` / `né le 10/07/1986` / `Père` / `Enfant : SAVANVETEAU Gilles, 3 ans`): a son
    who bears his father's names, whose page this may be (an assistant's pages, session 53: the father was filed). A
    child named otherwise in such a field is the mother's social situation as often (review100)."""
    problems = []
    for reading in readings:
        for found in CHILD_FIELD_AGE_RE.finditer(reading.folded):
            tokens = name_key_tokens(found["value"])
            if contains_name(tokens, patient.birth_name) and first_part(patient.first_names) in tokens \
                    and not age_fits_the_paper(int(found["age"]), patient, readings):
                words = " ".join(reading.text[found.start():found.end()].split())
                problems.append(problem(reading.page_number, "birth_date", words, patient.birth_date.isoformat(),
                                        f"page {reading.page_number}, un enfant porte les nom et prénom du patient "
                                        f"(« {words} ») : le document le concerne peut-être — homonyme père et fils"))
    return problems


def age_fits_the_paper(printed: int, patient: Patient, readings: list[PageReading]) -> bool:
    """The patient had that age, a year either way, on a date the document prints other than a birth date (the
    letter's on its first page, the exam's: a reprint's latest date is its printing), or some time in the last
    OLD_PAPER_YEARS years."""
    dated = [m.value for r in readings for m in r.dates if m.label == "other" and patient.birth_date < m.value <= r.today]
    today = age_on(patient.birth_date, min(r.today for r in readings))
    return today - OLD_PAPER_YEARS <= printed <= today + 1 \
        or any(abs(printed - age_on(patient.birth_date, day)) <= 1 for day in dated)


def decision_for(patient: Patient, readings, findings: Findings, index, evidence) -> MatchDecision:
    rule = "ins" if patient.ipp in findings.ins_matches else "traits"
    matches = findings.trait_matches.get(patient.ipp, [])
    evidence["matched"] = {
        "patient": patient.ipp,
        "rule": rule,
        "ins_pages": sorted(set(findings.ins_matches.get(patient.ipp, []))),
        "trait_pages": sorted({occ.page for occ, _ in matches}),
        "field_pages": sorted(set(findings.field_matches.get(patient.ipp, []))),
        "name_kind": sorted({occ.name_kind for occ, _ in matches}),
        "birth_date_label": sorted({m.label for _, m in matches}),
    }
    problems = contradictions_for(patient, readings, findings, index)
    problems += relatives_below_own_fields(readings)
    problems += on_behalf_of_a_child(patient, readings, findings)
    problems += a_child_the_page_is_about(patient, readings)
    problems += signed_for_someone_else(patient, readings, findings)
    problems += signing_as_a_parent(patient, readings, findings, index)
    problems += subject_age_contradictions(patient, readings, index)
    problems += a_namesake_child_named(patient, readings)
    problems += birth_dates_in_a_third_partys_column(patient, readings)
    problems += other_patients_named(patient, readings, findings, index)
    if rule == "traits" and not own_ipp_printed(patient, readings):
        problems += registered_twins_named(patient, readings, index)
        problems += namesakes_born_on_a_third_partys_date(patient, readings, index)
    designated_by_traits = patient.ipp in findings.trait_matches or patient.ipp in findings.field_matches
    if rule == "ins" and not designated_by_traits and not a_child_introduced_with_its_ins(patient, readings) \
            and (not holder_named(patient, readings, index) or named_in_a_relation_field(patient, readings, index)
                 or named_in_full_only_as_the_insured(patient, readings, index)):
        problems.append(problem(0, "name", "", patient.birth_name, INS_WITHOUT_HOLDER))
    if rule == "ins":
        problems += the_holders_ins_in_a_relatives_list(patient, readings)
    if rule == "ins" and not designated_by_traits:
        problems += others_of_the_holders_name(patient, readings, index)
        problems += child_captions_not_hers(patient, readings, index)
        problems += namesakes_named_by_their_first_name(patient, readings, index)
    evidence["contradictions"] = problems
    evidence["notes"] = ins_notes(patient, readings, index)
    if problems:
        details = " ; ".join(p["message"] for p in problems[:4])
        return review("contradiction", f"Traits contradictoires pour le patient IPP {patient.ipp} : {details}.",
                      evidence, readings, findings, index)
    close = namesakes_one_digit_apart(patient, index)
    if rule == "traits" and close and not own_ipp_printed(patient, readings) and not all_typed(readings):
        return review("homonyms", f"Homonyme dont la date de naissance ne diffère que d'un chiffre (IPP "
                      f"{', '.join(close)}) : une date mal lue les confond, seuls l'INS ou l'IPP du cabinet "
                      "imprimés les départagent — à vérifier.",
                      evidence, readings, findings, index)
    twins = namesakes_one_letter_apart(patient, index)
    if rule == "traits" and twins and not own_ipp_printed(patient, readings) \
            and not printed_sex_tells_apart(patient, twins, readings, findings, index):
        return review("homonyms", f"Jumeau ou homonyme né le même jour dont le prénom ou le nom ne diffère que d'une lettre "
                      f"(IPP {', '.join(twins)}) : une lettre mal lue ou mal tapée les confond, seuls l'INS, l'IPP du "
                      "cabinet ou le sexe imprimés les départagent — à vérifier.",
                      evidence, readings, findings, index)
    evidence["rule"] = rule
    evidence["candidates"] = []
    return MatchDecision("filed", patient.ipp, rule, None, evidence, ())


# Right after the patient's birth date, the child she comes for (`…, née le 04/04/1990, pour sa fille Lina`), or comes
# with when the page then speaks of a child (`…, avec sa fille Lina.` / `Otite chez l'enfant.`).
CHILD_NOUN_WORDS = r"(?:FILS|FILLE|ENFANT|BEBE|NOURRISSON|NOUVEAU-NE|PETITE?-(?:FILLE|FILS))\b"
CHILD_NOUN = rf"(?P<child>{CHILD_NOUN_WORDS})"
ON_BEHALF_OF_A_CHILD_RE = re.compile(r"[\s,;(]*(?:(?:VENUE?|QUI\s+VIENT|QUI\s+CONSULTE)\s+)?POUR\s+(?:SON|SA)\s+"
                                     + CHILD_NOUN)
# Anywhere on the page, the parent brings or consults for a child (`elle m'amène sa fille Lina, 5 ans`, `fièvre chez sa
# fille`, `au sujet de son fils`), or signs for one (`autorise l'anesthésie de mon fils Lucas`: review99 filed 27
# consents of a parent for a minor under the parent): the page may be the child's (review76).
A_CHILD_BROUGHT_RE = re.compile(r"\b(?:(?:ELLE|IL|QUI)\s+(?:M\s*'|NOUS)\s*AMENE\s+(?:(?:SON|SA)\s+)?"
                                r"|(?:POUR|AU\s+SUJET\s+DE|CONCERNANT|CHEZ)\s+(?:SON|SA)\s+(?=" + CHILD_NOUN_WORDS + ")"
                                r"|(?:DE|POUR|SUR|A)\s+(?:MON|MA)\s+(?=" + CHILD_NOUN_WORDS + "))"
                                r"(?P<brought>[A-Z'-]+)")
# `vit chez son fils`, `hébergée chez sa fille`: where the patient lives, not a child she comes for.
LIVING_AT_RE = re.compile(r"\b(?:VIT|VIVANT|VIVAIT|HABITE|HEBERGEE?|RESIDE|DOMICILIEE?|INSTALLEE?|SEJOURNE|DEMEURE"
                          r"|RETOURNE|RENTRE|SORTIE?|VA)\s*$")
WITH_A_CHILD_RE = re.compile(r"[\s,;(]*(?:VENUE?\s+)?(?:AVEC|ACCOMPAGNEE?\s+DE)\s+(?:SON|SA)\s+" + CHILD_NOUN)
A_CHILD_SPOKEN_OF_RE = re.compile(r"\bL\s*'\s*ENFANT\b"
                                  r"|\b(?:LE|DU|AU|LA|DE\s+LA)\s+(?:BEBE|NOURRISSON|FILLETTE|PETITE?)\b")


# A child the page names by first name as what it is about — in its title, `Bilan de l'enfant Léo`, `Vu ce jour l'enfant
# Chloé`, `Consultation de votre fils Maël`, a caption `Enfant : Lina` right under it, or its motive (`Motif : bilan de
# l'enfant Lina`): review97 filed 82 such papers under the parent whose identity block alone was read. Further down a
# child is more often the patient's own, named in her history or her social situation (review100: 188 lost).
A_CHILD_NAMED_RE = re.compile(r"\b(?:L\s*'\s*ENFANT|VOTRE\s+(?:FILS|FILLE|ENFANT|BEBE)|^[\W_]*ENFANT[ \t]*:)[ \t]+"
                              r"(?P<brought>[A-Z][A-Z'-]+)", re.MULTILINE)
# A form's answer or a count where a child's caption would hold a name (`Enfant : Non`, `Enfant : Aucun`).
NO_CHILDS_NAME = {"OUI", "NON", "AUCUN", "AUCUNE", "NEANT", "UN", "UNE", "DEUX", "TROIS", "GARCON", "FILLE", "UNIQUE",
                  "SANS", "NC", "NR"}


# The caption of a guardian's or a parent's signature (`Signature du représentant légal`, `Signature des parents`): the
# identity printed at it is the signer's, the form a minor's or a protected adult's.
GUARDIAN_SIGNATURE_RE = re.compile(r"[\W_]*SIGNATURES?\s+(?:DU|DE\s+LA|DE\s+L\s*'|DES|D\s*'\s*UN|D\s*'\s*UNE)\s*(?:"
                                   r"REPRESENTANTE?S?|RESPONSABLES?|PARENTS?|PERE|MERE|TUTEUR|TUTRICE|CURATEUR"
                                   r"|CURATRICE|TITULAIRES?)\b"
                                   r"(?!.*(?:\bPATIENTE?\b|[(]|\bSI\b|\bPOUR\b|ECHEANT|EVENTUEL))")
# The patient's own signature caption (`Signature du patient`, `Signature de l'intéressée`).
OWN_SIGNATURE_RE = re.compile(r"[\W_]*SIGNATURES?\s+(?:DU|DE\s+LA|DE\s+L\s*')\s*(?:PATIENTE?|INTERESSEE?|MALADE)\b")
SIGNATURE_REACH = 2  # lines with words between an identity and its signature's caption


def signed_for_someone_else(patient: Patient, readings: list[PageReading], findings: Findings) -> list[dict]:
    """The patient's name or birth date printed, outside any field, at a guardian's signature caption
    (`GUARDIAN_SIGNATURE_RE`), above or below it: the identity is the one who signs for someone else (review97 filed 45
    consents whose own fields were left blank, `PERRIN Sophie` / `Né(e) le 10/10/1990` / `Signature du représentant
    légal`, under the parent). Not a caption that names the patient too (`Signature du patient ou de son représentant
    légal`), says when it applies (`(pour les mineurs)`, `le cas échéant`) or stands beside the patient's own; not an
    identity in its fields (`Nom et prénom de l'élève : BOYER Lina`: review100 lost 56 such slips and consents)."""
    if not an_adult(patient.birth_date, min(r.today for r in readings)):
        return []  # a minor's own form is signed by a parent (`MARTIN Jean — né le …` / `Signature des parents :`)
    by_page = {r.page_number: r for r in readings}
    found = {}
    for occurrence, mention in findings.trait_matches.get(patient.ipp, []):
        reading = by_page[occurrence.page]
        lines = reading.folded.split("\n")
        for line_number in {reading.tokens[occurrence.start].line, mention.line}:
            if ":" in lines[line_number]:
                continue
            around = lines_with_words_around(lines, line_number, SIGNATURE_REACH)
            caption = next((line for line in around if GUARDIAN_SIGNATURE_RE.match(line)), None)
            if caption and not any(OWN_SIGNATURE_RE.match(line) for line in around):
                found[occurrence.page] = problem(occurrence.page, "identity", caption.strip(), patient.birth_name,
                                                 f"identité lue page {occurrence.page} à la signature d'un tiers "
                                                 f"(« {caption.strip().lower()} ») : celle de qui signe pour le "
                                                 "patient")
    return list(found.values())


# A first-person attestation whose signer says, after the identity, what she is to the subject (`Je soussignée MARTIN
# Claire (03/03/1980), mère, autorise la sortie de Claire`), or names the one it is about by another given name
# (`Je soussigné Garcia Antoine (25/01/1975), demande la sortie contre avis médical de Hugo`): review101 filed 69 of
# them under the parent.
SIGNER = r"\bJE\s+SOUSSIGNEE?\b(?P<signer>(?:[^\n]|\n(?![ \t]*\n)){0,160}?)"
# The parental authority always names a child's parent (`titulaire de l'autorité parentale sur Hugo,`); `père de …`
# not (`père de trois enfants, demande ma sortie`, `mère de l'enfant Léo, consens au prélèvement de mon rein`:
# assistants' reviews, session 62).
PARENTAL_AUTHORITY = (r"(?:(?:TITULAIRE|DETENTEUR|DETENTRICE)S?\s+DE|EXERCANTE?(?:\s+SEULE?)?)\s+L\s*'\s*AUTORITE"
                      r"\s+PARENTALE(?:\s+(?:SUR|A\s+L\s*'\s*EGARD\s+DE|DE|D\s*')\s*[^,.\n]{1,40})?")
SIGNING_AS_A_PARENT_RE = re.compile(SIGNER + r",\s*(?:AGISSANT\s+)?(?:EN\s+(?:(?:MA\s+)?QUALITE\s+DE|TANT\s+QUE)\s+)?"
                                    r"(?:SA\s+|SON\s+)?(?:MERE|PERE|PARENT|TUTEUR|TUTRICE|CURATEUR|CURATRICE"
                                    r"|REPRESENTANTE?\s+LEGALE?|RESPONSABLE\s+LEGALE?|GRAND-MERE|GRAND-PERE"
                                    rf"|{PARENTAL_AUTHORITY})\s*,")
INS_ALONE_RE = re.compile(r"[0-9AB][0-9AB .]*\)?\s*")  # the INS's digits, nothing else, up to the signer's role
SIGNING_FOR_SOMEONE_RE = re.compile(SIGNER + r"[,\s]\s*(?:AUTORISE|DEMANDE|ATTESTE|CERTIFIE|DECLARE)\b[^.\n]{0,80}?"
                                    r"\b(?:DE|QUE|D\s*')\s*(?P<name>[A-Z][A-Z'-]+)")


def signing_as_a_parent(patient: Patient, readings: list[PageReading], findings: Findings,
                        index: RegistryIndex) -> list[dict]:
    """The patient's name or birth date in the signer's part of a `Je soussigné(e) …` sentence whose signer then says
    she acts as a parent or a guardian, or names the one it is about by a registry given name none of hers: the
    identity is the signer's, the paper the child's. His INS counts when the parent's role follows it at once (`Je
    soussigné M. DURAND Paul, INS : …, agissant en qualité de père,`): further on, the role may be another's (`…, INS :
    …, désigne Mme LE GALL Monique, sa mère,`, `…, assisté de Mme PICARD Anne, sa curatrice,`: an assistant's review,
    session 62)."""
    by_page = {r.page_number: r for r in readings}
    own = set(name_key_tokens(patient.first_names))
    found = {}
    for page, offset, by_ins in own_identity_offsets(patient, readings, findings):
        reading = by_page[page]
        if by_ins:
            signers = [m for m in SIGNING_AS_A_PARENT_RE.finditer(reading.folded)
                       if INS_ALONE_RE.fullmatch(reading.folded, offset, max(offset, m.end("signer")))]
        else:
            signers = list(SIGNING_AS_A_PARENT_RE.finditer(reading.folded)) + [
                m for m in SIGNING_FOR_SOMEONE_RE.finditer(reading.folded)
                if name_key(m["name"]) in index.given_names and name_key(m["name"]) not in own]
        for signer in (m for m in signers if m.start("signer") <= offset < m.end("signer")):
            words = " ".join(reading.text[signer.start():signer.end()].split())
            found[page] = problem(page, "identity", words, patient.birth_name,
                                  f"identité lue page {page} dans une attestation signée pour un autre "
                                  f"(« {words[-40:]} ») : le document concerne peut-être l'enfant")
    return list(found.values())


def own_identity_offsets(patient: Patient, readings: list[PageReading],
                         findings: Findings) -> list[tuple[int, int, bool]]:
    """(page, offset, by INS) of each name read with the patient's birth date, and of each printing of his INS."""
    by_page = {r.page_number: r for r in readings}
    names = [(o.page, by_page[o.page].tokens[o.start].start, False)
             for o, _ in findings.trait_matches.get(patient.ipp, [])]
    ins = (patient.ins or "").upper()
    return names + [(r.page_number, i.start, True) for r in readings for i in r.ins if ins and i.number == ins]


def lines_with_words_around(lines: list[str], line_number: int, reach: int) -> list[str]:
    """Up to `reach` lines holding words above the line `line_number`, and as many below it."""
    above = [line for line in reversed(lines[:line_number]) if line.strip()][:reach]
    below = [line for line in lines[line_number + 1:] if line.strip()][:reach]
    return above + below


def a_child_the_page_is_about(patient: Patient, readings: list[PageReading]) -> list[dict]:
    """An adult patient's page that names a child as what it is about (`A_CHILD_NAMED_RE`): the identity read may be
    the parent's only, the paper the child's."""
    if not an_adult(patient.birth_date, min(r.today for r in readings)):
        return []
    found = ((r.page_number, " ".join(r.text[m.start():m.end()].split())) for r in readings
             for m in [a_child_named(r, patient)] if m is not None)
    return [problem(page, "identity", words, patient.birth_name,
                    f"page {page}, un enfant est nommé (« {words} ») : le document concerne peut-être l'enfant, "
                    "l'identité lue celle d'un parent") for page, words in found]


MOTIVE_LINE_RE = re.compile(r"[\W_]*(?:MOTIF|OBJET)\b[^:\n]{0,30}:")


def lines_saying_what_the_page_is_about(reading: PageReading, patient: Patient) -> set[int]:
    """The numbers of the lines that say what the page is about: its first two lines with words (its title, what stands
    right under it), the lines above the first that names the patient (a letterhead, then the title), and the lines of
    its motive or object (`Motif : …`, `Objet de la consultation : …`)."""
    surnames = set(surname_keys(patient))
    named = min((t.line for t in reading.tokens if t.key in surnames), default=0)
    return title_and_motive_lines(reading.folded, page_numbers_aside=False) | set(range(named))


# Anywhere on the page, the care of the reader's child (`Suite à l'hospitalisation de votre fils, veuillez trouver…`,
# `les résultats d'analyses de votre fille`): a letter to the parent about the child (review101 filed 25 such letters
# under the parent whose address block was the only identity). Not the child who comes along (`en présence de votre
# fils Romain`).
CARE_OF_YOUR_CHILD_RE = re.compile(r"\b(?:HOSPITALISATION|CONSULTATION|RESULTATS?|BILAN|EXAMENS?|SUIVI|DOSSIER"
                                   r"|VACCINATIONS?|RENDEZ-VOUS|ORDONNANCE|SOINS|ANALYSES|SEJOUR|INTERVENTION"
                                   r"|OPERATION)(?:\s+D\s*'\s*[A-Z]+)?\s+(?:DE|D\s*')\s*VOTRE\s+"
                                   r"(?:FILS|FILLE|ENFANT|BEBE|PETIT-FILS|PETITE-FILLE)\b")


def a_child_named(reading: PageReading, patient: Patient) -> re.Match | None:
    """The first `A_CHILD_NAMED_RE` whose name is printed as a name and is none of the patient's own, or the first
    `CARE_OF_YOUR_CHILD_RE`."""
    cared_for = CARE_OF_YOUR_CHILD_RE.search(reading.folded)
    if cared_for is not None:
        return cared_for
    own = set(name_key_tokens(f"{patient.first_names} {patient.birth_name} {patient.used_name}"))
    about = lines_saying_what_the_page_is_about(reading, patient)
    for found in A_CHILD_NAMED_RE.finditer(reading.folded):
        if reading.folded.count("\n", 0, found.start()) not in about:
            continue
        printed = reading.text[found.start("brought"):found.end("brought")]
        if printed[0].isupper() and name_key(printed) not in own \
                and found["brought"] not in NOT_A_PERSON_WORD | NO_CHILDS_NAME:
            return found
    return None


def on_behalf_of_a_child(patient: Patient, readings: list[PageReading], findings: Findings) -> list[dict]:
    """The patient named with her birth date as the parent who brings a child (`Je vois ce jour Mme KLEIN Julie, née le
    04/04/1990, pour sa fille Lina`): the page may be the child's, whom the registry may not hold (review75)."""
    by_page = {r.page_number: r for r in readings}
    found: dict[tuple[int, str], dict] = {}  # one per page and words: a page naming her twice says it once
    for occurrence, mention in findings.trait_matches.get(patient.ipp, []):
        reading = by_page[occurrence.page]
        start = mention_start(mention, reading)
        folded = reading.folded
        child = ON_BEHALF_OF_A_CHILD_RE.match(folded, start + len(mention.text)) if start >= 0 else None
        if child is None and start >= 0 and A_CHILD_SPOKEN_OF_RE.search(folded):
            child = WITH_A_CHILD_RE.match(folded, start + len(mention.text))
        if child is None and an_adult(patient.birth_date, reading.today):  # the parent, not the child brought
            child = next((brought for brought in A_CHILD_BROUGHT_RE.finditer(folded)
                          if not LIVING_AT_RE.search(folded, max(0, brought.start() - 30), brought.start())), None)
        if child is not None:
            words = " ".join(reading.text[child.start():child.end()].strip(" ,;(").split())
            found[occurrence.page, words] = problem(
                occurrence.page, "identity", words, patient.birth_name,
                f"page {occurrence.page}, le patient est nommé avec son enfant (« {words.lower()} ») : le document "
                "concerne peut-être l'enfant")
    return list(found.values())


def relatives_below_own_fields(readings: list[PageReading]) -> list[dict]:
    """The patient's own name field left empty, the line below naming a relative (`Premier prénom :` / `` / `Lucas,
    frère`, `Léa, fille de Sophie`): that name may be the relative's or hers. Read as hers, a twin was filed under her
    brother (review71); left unread, an unregistered child's page was filed under her registered mother (review72).
    So with a kinship beside the value of her own name field, on its line (`Premier prénom : Lucas, frère`) or on the
    next (`LUCAS` / `Frère jumeau de la patiente`): review71's last two, filed under the brother."""
    return [problem(r.page_number, "name", f.value, "",
                    f"nom lu page {r.page_number} sous un champ vide, sur une ligne qui nomme un proche (« {f.value} »)")
            for r in readings if not r.record for f in r.fields if f.relative_below and f not in r.blocks] + [
        problem(r.page_number, "name", f.value, "",
                f"nom lu page {r.page_number} avec un lien de parenté à côté (« {f.value} ») : celui d'un proche ?")
        for r in readings if not r.record for f in r.fields if f.kin_beside and f not in r.blocks]


INS_WITHOUT_HOLDER = "INS lu sans le nom du patient à côté (celui d'un proche ou d'un assuré ?)"


def others_of_the_holders_name(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[dict]:
    """A page designated by the INS alone that names someone else of the holder's surname: the sheet may be that
    person's and the number the insured parent's. review27's F5 and review28's F11: a child's attestation with her
    mother's number — `Enfant : MATHILDE HADDAD`, `Fille : HADDAD Mathilde`, `Enfant(s) :`, `Assuré(e) : HADDAD Mathilde`,
    `Enfant NAHIA HADDAD`, `Je vois ce jour Nahia HADDAD` — was filed under the mother once `Mme HADDAD` or `HADDAD M.`
    named her. Captions and insured fields that keep a person from designating do not keep her from being someone
    else here. A doctor of that name, a relative introduced by a possessive (`sa fille HADDAD Mathilde`) and a person
    in a doctor's or trusted person's field are no such person."""
    problems, own = [], own_name_words(patient)
    relatives_hide = fully_named(patient, readings)
    for reading in readings:
        tokens = reading.tokens
        for key in surname_keys(patient):
            for start, end in spans_matching(tokens, key, 0, len(tokens)):
                if not possibly_the_subject(reading, start, end, relatives_hide):
                    continue
                for i in (start - 1, end):
                    if 0 <= i < len(tokens) and tokens[i].line == tokens[start].line \
                            and a_first_name_not_hers(reading, i, start, own, index, strict=relatives_hide):
                        read = f"{tokens[min(i, start)].key} {tokens[max(i, start)].key}"
                        problems.append(problem(reading.page_number, "identity", read, patient.first_given_name,
                                                f"autre personne du nom du titulaire de l'INS page "
                                                f"{reading.page_number} : « {read} » (l'INS est peut-être celui d'un "
                                                "parent assuré)"))
                someone_else = described_as_someone_else(reading, start, end, patient)
                if someone_else:
                    problems.append(problem(reading.page_number, "identity", someone_else, patient.first_given_name,
                                            f"autre personne du nom du titulaire de l'INS page {reading.page_number} "
                                            f": « {someone_else.lower()} » ne peut pas être le titulaire (l'INS est "
                                            "peut-être celui d'un enfant ou d'un proche)"))
    return problems


# A list's heading whose entries are the relatives of the page's subject: her dependants, the siblings. Not `Nouveau-né
# :`, which heads the newborn's own sheet below his mother's field (review100: 13 lost).
RELATIVES_LIST_HEADING_RE = re.compile(r"[\W_]*(?:(?:PERSONNES?|ENFANTS?)(?:\s+DECLAREE?S?)?\s+A\s+CHARGE"
                                       r"(?:\s+DECLAREE?S?)?|FRATRIE|FRERES?\s+ET\s+SOEURS?)[ \t]*:[ \t]*")
ENTRY_LINES = 2  # the INS's line, and the entry's name line above it


def the_holders_ins_in_a_relatives_list(patient: Patient, readings: list[PageReading]) -> list[dict]:
    """A page designated by the INS alone that prints it as an entry of a relatives' list (`Personne à charge déclarée
    :` / `Enfant Jean MARTIN, né le …` / `INS : …`) and names the holder's surname above that list, as the subject and
    not in a relative's field (`Mère : Mme BONNET`): the subject is the one named above, the INS a relative's, though
    both bear one name (review98 filed 36 occupational health visits of `M. MARTIN Jean` under his namesake son)."""
    problems = []
    for reading in readings:
        for ins in (i for i in reading.ins if i.number == patient.ins):
            heading = relatives_list_heading_above(reading, ins.start)
            if heading is None:
                continue
            above = [" ".join(t.key for t in reading.tokens[start:end]) for key in surname_keys(patient)
                     for start, end in spans_matching(reading.tokens, key, 0, len(reading.tokens))
                     if reading.tokens[start].start < heading[0]
                     and possibly_the_subject(reading, start, end, relatives_hide=False)
                     and not spoken_of_as_third_party(reading, start)
                     and not in_a_relation_field(reading, reading.tokens[start].start)]
            if above:
                problems.append(problem(reading.page_number, "ins", mask_ins(ins.number), "",
                                        f"INS lu page {reading.page_number} dans la liste « "
                                        f"{reading.text[heading[0]:heading[1]].strip()} », au-dessous de « "
                                        f"{above[0].lower()} » : celui d'un proche du même nom ?"))
    return problems


def relatives_list_heading_above(reading: PageReading, offset: int) -> tuple[int, int] | None:
    """The span of a relatives' list heading (`RELATIVES_LIST_HEADING_RE`) right above the line at `offset`, or above
    the line before it."""
    entry = reading.text.rfind("\n", 0, offset) + 1
    for _ in range(ENTRY_LINES):
        above = line_above(reading.folded, entry)
        if above is None:
            return None
        if RELATIVES_LIST_HEADING_RE.fullmatch(reading.folded[above[0]:above[1]]):
            return above
        entry = above[0]
    return None


# Civilities no young child is given (`M` alone may be an initial), and the youngest holder who may be given one.
GROWN_UP_CIVILITIES = {"MME", "MADAME", "MR", "MONSIEUR"}
YOUNGEST_WITH_A_CIVILITY = 15
STATED_AGE_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z][A-Z'-]*){0,3}[ \t]*[,(]?[ \t]*(?P<age>\d{1,3})[ \t]*ANS\b")


def described_as_someone_else(reading: PageReading, start: int, end: int, patient: Patient) -> str:
    """The words that make the holder's surname at `start`…`end`, where the page speaks of its subject, someone who
    cannot be the holder, or "": an age printed after it that the holder has not reached (`Mme RENAUD, 32 ans, revue à
    J8` for a newborn), or without an age a grown-up's civility on a young child's surname alone (`Patiente : Mme
    GARNIER`) — review98 filed 80 mothers' post-natal and maternity reports under the newborn whose INS they print. The
    subject is the value of the subject's label or what opens a line before what was done to that person; a parent in
    the family history or beside a relation word (`mère (Mme MERCIER, 37 ans)`) is not (review100 lost 54 of a child's
    papers when any mention counted). A civility of the other sex is `sex_contradictions`'s."""
    tokens = reading.tokens
    civility = tokens[start - 1] if start > 0 and tokens[start - 1].line == tokens[start].line else None
    first = start - 1 if civility else start
    if not (after_a_subject_label(reading, first) or opens_a_sentence_on_the_seen(reading, first, end)):
        return ""
    words = " ".join(t.key for t in tokens[first:end])
    age = age_on(patient.birth_date, reading.today)
    last = tokens[end - 1]
    line_end = reading.folded.find("\n", last.start)
    stated = STATED_AGE_AFTER_RE.match(reading.folded, last.start + len(last.key),
                                       len(reading.folded) if line_end < 0 else line_end)
    if stated:  # an age that fits says it is the holder, whatever the civility (`Mr BARBIER, 13 ans`)
        return f"{words}, {stated['age']} ans" if int(stated["age"]) > age + 1 else ""
    grown_up = civility is not None and civility.key in GROWN_UP_CIVILITIES and age < YOUNGEST_WITH_A_CIVILITY
    return words if grown_up and not first_name_beside(tokens, name_key(patient.first_given_name), start, end) else ""


SEEN_REACH = 6  # tokens after a name, its age between, to what was done to that person (`Mme RENAUD, 32 ans, revue`)


def opens_a_sentence_on_the_seen(reading: PageReading, first: int, end: int) -> bool:
    """The name at `first`…`end` opens its line, and a participle of what was done to that person follows on that line
    (`Mme LEFÈVRE, hospitalisée du …`, `Madame FAURE, 35 ans, revue à J13`)."""
    tokens = reading.tokens
    line_start = reading.text.rfind("\n", 0, tokens[first].start) + 1
    return not reading.text[line_start:tokens[first].start].strip(LINE_DUST) \
        and any(t.key in SEEN_PARTICIPLES for t in tokens[end:end + SEEN_REACH] if t.line == tokens[first].line)


def namesakes_named_by_their_first_name(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[dict]:
    """A page designated by the INS alone that prints, beside the holder's surname, the first given name of another
    registry patient of that surname — which is not the holder's first given name, though it may be a later one of hers
    (`Morel Marie Christine` with the INS of MOREL Linh Marie-Christine, whose twin is MOREL Marie-Christine; own corpus
    seed 421, filed under the INS's holder on main): by its strict traits the page names the other, and a twin's INS
    printed on the other twin's paper is the mix-up identitovigilance warns of. Where the holder's own first given name
    stands beside the surname (`GAUTHIER Jean-Marc` for Jean-Marc), a JEAN of that name is not named."""
    own_first = name_key(patient.first_given_name)
    others = {name_key(other.first_given_name): other for key in surname_keys(patient)
              for other, _kind in index.by_name_key.get(key, []) if other.ipp != patient.ipp}
    others.pop(own_first, None)
    relatives_hide = fully_named(patient, readings)
    problems = []
    for reading in readings:
        for key in surname_keys(patient):
            for start, end in spans_matching(reading.tokens, key, 0, len(reading.tokens)):
                if not possibly_the_subject(reading, start, end, relatives_hide) \
                        or first_name_beside(reading.tokens, own_first, start, end) \
                        or in_his_full_name(reading, patient, key, start):
                    continue
                problems += [problem(reading.page_number, "identity", first, patient.first_given_name,
                                     f"un autre patient du registre (IPP {other.ipp}) est nommé page "
                                     f"{reading.page_number} par son premier prénom à côté du nom du titulaire de "
                                     "l'INS (jumeau, homonyme ?)")
                             for first, other in others.items() if first_name_beside(reading.tokens, first, start, end)]
    return problems


def in_his_full_name(reading: PageReading, patient: Patient, surname: str, start: int) -> bool:
    """The word at `start` stands in his full name printed on one line: all his given names, from the first, in the
    registry's order, then his surname (`Monsieur Bernard, Serge BERNARD` for BERNARD Bernard, Serge): neither its
    `Bernard, Serge` nor its `Serge BERNARD` names a SERGE BERNARD (fifth corpus s27_022). His first given name further
    off does not do (`Linh … Marie Christine MOREL`). Only after a civility of one person (`Objet : Léa, Chloé MARTINEZ`
    lists two children, `Dr LEMOINE Jean-Michel      Théo SIMON` joins two columns, `BERNARD Serge BERNARD` under `Nom
    d'usage Prénom Nom de naissance` is a row of a table), and no given name of his after it on the line (`Monsieur
    BERNARD Serge BERNARD Serge`, a row of stickers): review A of session 66."""
    tokens = reading.tokens
    given = [word for name in split_first_names(patient.first_names) for word in name_key_tokens(name)]
    if len(given) < 2:
        return False
    for first in range(max(0, start - len(given)), start + 1):
        run = tokens[first:first + len(given) + 1]
        if len(run) != len(given) + 1 or [t.key for t in run] != given + [surname] \
                or any(t.line != run[0].line for t in run):
            continue
        after = tokens[first + len(run)] if first + len(run) < len(tokens) else None
        before = tokens[first - 1] if first > 0 and tokens[first - 1].line == run[0].line else None
        return before is not None and before.key in CIVILITY_SEX \
            and not (after is not None and after.line == run[0].line and after.key in given)
    return False


def first_name_beside(tokens: tuple[Token, ...], first: str, start: int, end: int) -> bool:
    """The given name (a key, `MARIECHRISTINE`) right before or right after the surname at `start`…`end`, on its line."""
    line = [i for i in range(max(0, start - MAX_NAME_TOKENS), min(len(tokens), end + MAX_NAME_TOKENS))
            if tokens[i].line == tokens[start].line]
    return any(begin == end or stop == start for begin, stop in spans_matching(tokens, first, line[0], line[-1] + 1))


# A line opening on one of these captions, as a label (`Enfant :`, `Enfant(s) ;`, `Enfant n°1 :`), names a child: on a
# care sheet or an attestation, the paper's subject. Prose that opens on the word (`Enfant de 3 ans vu ce jour`) does not.
CHILD_CAPTION_RE = re.compile(r"[\W_]*(?:(?:NOM|PRENOMS?|PRENOM\s*\(\s*S\s*\))\s+DE\s+L\s*'?\s*)?"
                              r"(?:ENFANTS?|BEBE|NOURRISSON|NOUVEAU[\s-]*NEE?|FILS|FILLE|AYANTS?[\s-]*DROITS?)"
                              r"(?:\s*\(\s*S\s*\))?(?:\s*(?:N\s*O?\s*)?\d+)?\s*[:;.]")


def child_captions_not_hers(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[dict]:
    """A page designated by the INS alone with a child's caption whose line does not print the holder's first given
    name (`Enfant : Nahia`, `Enfant : HADDAD`, `Enfant : MANON HADDAD` for Océane Manon): the sheet is a child's, the
    number perhaps the insured parent's (review28's F11 D). So too when the caption adds a given name that is none of
    hers, or when the registry holds a namesake of hers young enough to be her child: a daughter named after her mother
    (ood-s691-024) — under a child's caption, a beneficiary's, or beside a word that makes her someone's child."""
    first = name_key(patient.first_given_name)
    problems = []
    for reading in readings:
        for line in reading.folded.upper().splitlines():
            caption = CHILD_CAPTION_RE.match(line)
            value = line[caption.end():] if caption else ""
            named_as_a_child = caption is None and (CHILD_SUFFIX_RE.search(line) or BENEFICIARY_LINE_RE.match(line)) \
                and first in name_key_tokens(line) and a_namesake_young_enough_to_be_her_child(patient, index)
            if named_as_a_child or (caption and names_someone(value) and (
                    first not in name_key_tokens(value) or a_given_name_not_hers(value, patient)
                    or a_namesake_young_enough_to_be_her_child(patient, index))):
                problems.append(problem(reading.page_number, "identity", line.strip()[:60], patient.first_given_name,
                                        f"fiche d'un enfant page {reading.page_number} (« {line.strip()[:40]} ») : "
                                        "l'INS est peut-être celui du parent assuré"))
    return problems


# The holder's name said to be a child's (`Patient : PICARD Fatoumata (fille)`, `ROUSSEL Jean-Pierre Jr`), or a care
# sheet's beneficiary, while the registry holds a namesake of the holder young enough to be her child (review47).
CHILD_SUFFIX_RE = re.compile(r"\b(?!(?:SA|SON|SES|DE|DU|AVEC|ET|UNE?|LA|LE|LEUR|VOTRE|NOTRE)\b)[A-Z]{2,}\s*"
                             r"(?:\(\s*(?:FILS|FILLE)\s*\)|\b(?:FILS|FILLE|JR|JUNIOR)\b\.?\s*$)")
BENEFICIARY_LINE_RE = re.compile(r"[\W_]*BENEFICIAIRE\s*:")


def a_namesake_young_enough_to_be_her_child(patient: Patient, index: RegistryIndex) -> bool:
    """A registry patient of the holder's surname and first given name born a generation after her."""
    return any((other.birth_date - patient.birth_date).days / 365.25 >= GENERATION_YEARS
               for other in registry_namesakes(patient, index))


def a_given_name_not_hers(value: str, patient: Patient) -> bool:
    """The name a child's caption gives holds a word that is none of the holder's names: `Enfant : Picard FATOUMATA
    NADIA` under the number of Fatoumata Christine PICARD, her daughter named after her (ood-s691-024, filed under the
    mother on main). Only the caption's name is read: it ends at a label, a date or a sign."""
    own = own_name_words(patient)
    name = re.match(r"[\s.'\"_«»|-]*((?:[A-Z][A-Z'-]*\s*){1,5})", value)
    words = [w for w in name_key_tokens(name.group(1)) if len(w) > 1] if name else []
    run = []
    for word in words:
        if word in NOT_A_PERSON_WORD or word in BIRTH_LABEL_WORDS or word in SEX_VALUES:
            break
        run.append(word)
    return any(word not in own for word in run)


NO_ONE_WORDS = {"NON", "OUI", "AUCUN", "AUCUNE", "NEANT", "SANS", "INCONNU", "INCONNUE", "NC", "NR"}  # `Enfants : non`


def names_someone(value: str) -> bool:
    """A caption's value opens on a word that may be a name: not a label, a date or another column's field (`FILS :
    LIT 12`, `FILLE: DATE DE NAISSANCE : …`, `ENFANT: NEE LE …` — review28's cost findings)."""
    words = re.findall(r"[A-Z][A-Z'-]*|\d+", value)
    if not words or not words[0][0].isalpha() or words[0] in NOT_A_PERSON_WORD or words[0] in BIRTH_LABEL_WORDS \
            or words[0] in NO_ONE_WORDS:
        return False
    return LABEL_COLON_RE.match(value, value.index(words[0]) + len(words[0])) is None


# Third parties' fields that name someone who is never the paper's subject: doctors, a trusted person, a guardian.
OTHERS_FIELD_WORDS = ("MEDECIN", "DOCTEUR", "PRESCRI", "DESTINATAIRE", "CORRESPONDANT", "ADRESS", "CONFIANCE",
                      "PREVENIR", "REPRESENTANT", "TUTEUR", "TUTRICE", "CURATEUR", "CURATRICE", "CONTACT", "BIOLOGISTE",
                      "RADIOLOGUE", "COPIE")


def possibly_the_subject(reading: PageReading, start: int, end: int, relatives_hide: bool) -> bool:
    """The name at `start`…`end` may be the paper's subject: no doctor's title before it, not in a doctor's or trusted
    person's field, and — when `relatives_hide`, the holder being named in full — no possessive introducing it as a
    relative (`accompagnée de sa fille, Mme Gaëlle LE BRIS`). Without her first name on the page, `sa fille, Nahia
    HADDAD` is how a pediatric letter names its subject through the parent (review28's F15)."""
    tokens = reading.tokens
    before = [i for i in range(max(0, start - 3), start) if tokens[i].line == tokens[start].line]
    if after_a_doctor_title(reading, start) or any(is_title(reading, tokens[i]) for i in before) \
            or accompanied_by_a_relative(reading, start) \
            or (relatives_hide and after_a_relation_phrase(reading, start, end)):
        return False
    line_start = reading.text.rfind("\n", 0, tokens[start].start) + 1
    label = LINE_LABEL_RE.match(fold(reading.text[line_start:tokens[start].start]).upper())
    return not (label and any(word in label.group(1) for word in OTHERS_FIELD_WORDS)) \
        and not any(f.kind == "third_party" and f.start <= tokens[start].start < max(f.end, f.start + 1)
                    and any(word in f.label for word in OTHERS_FIELD_WORDS) for f in reading.fields)


LINE_LABEL_RE = re.compile(r"[\W_]*([A-Z][A-Z' ()-]*?)\s*:")  # the label opening a line (`Tutrice :`, `Médecin :`)


ACCOMPANIED_WORDS = {"ACCOMPAGNE", "ACCOMPAGNEE", "ACCOMPAGNES", "ACCOMPAGNEES", "VENU", "VENUE", "VENUS", "VENUES"}


def accompanied_by_a_relative(reading: PageReading, start: int) -> bool:
    """`Il est accompagné de son fils, MATHIS CHAUVIN`, `venue avec sa sœur, GENEVIÈVE DE LA FONTAINE`, `Vu ce jour,
    accompagnée de M. DUBOIS Julien`, `en présence de Mme LEGRAND Claire`: the person comes with the paper's subject —
    never its subject, named in full or not (unlike `consulte pour sa fille, Nahia`)."""
    tokens, line = reading.tokens, reading.tokens[start].line
    near = [i for i in range(max(0, start - RELATIVE_PHRASE_REACH - 2), start) if tokens[i].line in (line, line - 1)]
    by_a_relative = any(tokens[i].key in ACCOMPANIED_WORDS and tokens[i + 1].key in ("DE", "D", "PAR", "AVEC")
                        and a_possessive_and_a_relation(reading, i + 2) for i in near if i + 3 < start)
    before = [i for i in range(max(0, start - 4), start - 1) if tokens[i].line == line]
    right_after_the_verb = any(tokens[i].key in ACCOMPANIED_WORDS and tokens[i + 1].key in ("DE", "D", "PAR", "AVEC")
                               and not a_sentence_ends_between(reading, i, start) for i in before)
    return by_a_relative or right_after_the_verb or after_a_companion_phrase(reading, start)


def fully_named(patient: Patient, readings: list[PageReading]) -> bool:
    """The holder's surname beside her first given name somewhere, not after a doctor's title nor a relation phrase:
    the page names her as its subject."""
    first = name_key(patient.first_given_name)
    for reading in readings:
        tokens = reading.tokens
        for key in surname_keys(patient):
            for start, end in spans_matching(tokens, key, 0, len(tokens)):
                beside = [i for i in (start - 1, end) if 0 <= i < len(tokens) and tokens[i].line == tokens[start].line]
                if any(tokens[i].key == first for i in beside) and not after_a_doctor_title(reading, start) \
                        and not after_a_relation_phrase(reading, start, end):
                    return True
    return False


RELATIVE_PHRASE_REACH = 6  # tokens between `sa fille` and the name it introduces (`sa fille, Mme Gaëlle LE BRIS`)


def after_a_relation_phrase(reading: PageReading, start: int, end: int) -> bool:
    """A possessive and a relation word just before the name at `start`…`end`, on its line or ending the line above
    (`accompagné de son épouse, Mme Inès MARTINEZ`), or right after it (`Mme Inès MARTINEZ, son épouse`)."""
    tokens, line = reading.tokens, reading.tokens[start].line
    near = [i for i in range(max(0, start - RELATIVE_PHRASE_REACH), start) if tokens[i].line in (line, line - 1)]
    near += [i for i in (end, end + 1) if i < len(tokens) and tokens[i].line == line]
    return any(a_possessive_and_a_relation(reading, i) for i in near)


def a_possessive_and_a_relation(reading: PageReading, i: int) -> bool:
    """`sa fille`, `son épouse` opening at token `i` (a relation word OCR misread by a glyph included)."""
    return possessive(reading.tokens[i].key) and i + 1 < len(reading.tokens) \
        and relation_key(reading, i + 1) in RELATION_NOUNS


def a_first_name_not_hers(reading: PageReading, i: int, start: int, own: set[str], index: RegistryIndex,
                          strict: bool) -> bool:
    """The word at `i`, beside the surname at `start`, is a first name that is not the patient's. After the surname,
    any word written as a name (`HADDAD Mathilde`, OCR's `MATHlLDE`) — when `strict`, a registry given name or in a
    field's value only; before it, a registry given name, one after a civility, or — unless `strict`, the holder being
    named in full — one after a label's colon, beside a surname in capitals or written as a name pair (`NAHIA HADDAD`,
    `Nahia HADDAD`, `Nahia Haddad`; `Consultation HADDAD Océane`, `Objet : Suivi HADDAD Océane` are no other person).
    Never a label, an initial, a title, a relation word or a word of a street named after a person."""
    token = reading.tokens[i]
    letters = reading.text[token.start:token.start + len(token.key)]
    written_as_a_name = token.titlecase or token.capitalised or sum(c.isupper() for c in letters) >= 0.7 * len(letters)
    word = token.key.translate(LETTERS_FOR_DIGITS)  # `NAH1A`: a glyph OCR read as a digit
    if token.key in own or token.key in NOT_A_PERSON_WORD or token.key in RELATION_NOUNS or len(token.key) < 2 \
            or token.key in CONNECTOR_WORDS or not word.isalpha() or not token.key[0].isalpha() \
            or not written_as_a_name \
            or LABEL_COLON_RE.match(reading.text, token.start + len(token.key)) \
            or named_after_a_person(reading, i, start, index):
        return False
    if i > start:  # holder named in full: only a known first name (`LEROY - Nete)` is OCR's `Née`)
        return not strict or token.key in index.given_names or after_a_label(reading, start)
    previous = reading.tokens[i - 1] if i > 0 and reading.tokens[i - 1].line == token.line else None
    after_civility = previous is not None and previous.key in CIVILITY_SEX
    return token.key in index.given_names or after_civility \
        or (not strict and (after_a_label(reading, i) or reading.tokens[start].capitalised
                            or (token.titlecase and reading.tokens[start].titlecase))) \
        or (token.titlecase and reading.tokens[start].capitalised and token.key not in CIVILITY_SEX
            and after_a_subject_label(reading, i))


def after_a_subject_label(reading: PageReading, i: int) -> bool:
    """The word at `i` opens the value of the subject's label on its line (`Patiente : Sophie RENAUD`): beside a
    surname in capitals, the subject's first name — on a maternity report, the mother's, not her newborn's
    (review98)."""
    token = reading.tokens[i]
    before = reading.folded[reading.text.rfind("\n", 0, token.start) + 1:token.start]
    label = LINE_LABEL_RE.match(before)
    return label is not None and not before[label.end():].strip() and SUBJECT_LABEL_RE.fullmatch(label[1]) is not None


def after_a_label(reading: PageReading, i: int) -> bool:
    """The word at `i` opens a field's value: the word before it, on its line, ends with a colon."""
    previous = reading.tokens[i - 1] if i > 0 else None
    return previous is not None and previous.line == reading.tokens[i].line \
        and LABEL_COLON_RE.match(reading.text, previous.start + len(previous.key)) is not None


def holder_name_lost(decision: MatchDecision, readings: list[PageReading], index: RegistryIndex) -> bool:
    """An INS read with no name of its holder anywhere on the pages — not even one glyph off (`DUR4ND`), nor as a
    third party's or in a relation's field: the holder's line may be what OCR lost (seed 101 fax_0052: `Durand Louis`
    read by every other preparation), so reading the pages again may find it. Whatever a second reading then finds
    is held to every rule a first reading is (matching.accept_second_reading). A surname printed anywhere, read right
    or nearly, is a name read beside the INS or not, never one OCR lost. The holder's birth date must be printed
    too: a page that shows someone else's date with his INS (`02/02/2015 F (9 ans)`: his child on his number) is not
    his page with a line lost — a second reading that then lost the child's first name would file him."""
    problems = decision.evidence.get("contradictions") or []
    matched = (decision.evidence.get("matched") or {}).get("patient")
    if decision.rule != "contradiction" or not problems or matched not in index.patients \
            or any(p.get("message") != INS_WITHOUT_HOLDER for p in problems):
        return False
    patient = index.patients[matched]
    letters = "".join(re.sub(r"[^A-Z]", "", reading.folded.upper()) for reading in readings)
    return not any(key in letters for key in surname_keys(patient)) \
        and not any(near_surname(token.key, patient) for reading in readings for token in reading.tokens) \
        and any(same_birth_date(mention, patient.birth_date) for reading in readings for mention in reading.dates)


def own_ipp_printed(patient: Patient, readings: list[PageReading]) -> bool:
    """The practice's own number for the patient in an `IPP` field: it tells namesakes apart as the INS does (a
    namesake's IPP printed there contradicts already: ipp_contradiction) — coordinator's note of 03:40."""
    ipp = name_key(patient.ipp)
    return any(name_key_tokens(f.value)[:1] == [ipp] for r in readings for f in r.fields_of("ipp"))


def all_typed(readings: list[PageReading]) -> bool:
    """Every page is the author's own text (a Word or text file, a born-digital PDF): a date in it is the date its
    author typed, none of its digits misread — the doubt a namesake one digit away raises is OCR's."""
    return all(reading.typed for reading in readings)


def registered_twins_named(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[dict]:
    """A registered twin's first given name printed on the page as a name of its own: the traits that designate the
    patient designate the twin but for that first name, and the page names both — whichever block, column or label
    holds each (review41: `iPrénoms . Mathis` behind a garbled label, then `Prénom : Minh` in a block whose heading was
    lost, filed the twin Minh). Only the INS or the practice's IPP tell them apart there. The first name of another
    person (`Dr Paul MARTIN`, `Paul MARTIN`, `MARTIN Paul`, `Clinique Saint-Paul`) is no such name."""
    own = own_name_words(patient)
    problems = []
    for twin in registered_twins(patient, index):
        first = name_key_tokens(twin.first_given_name)
        within_own = set(first) <= own
        if within_own and not first_name_alike_the_surname(first, patient):
            continue
        for reading in readings:
            spans = surname_twice(reading, first[0]) if within_own else spans_matching_run(reading.tokens, first)
            if any(twins_own_name(reading, start, end, own) for start, end in spans):
                problems.append(problem(reading.page_number, "identity", twin.first_given_name,
                                        patient.first_given_name,
                                        f"prénom « {twin.first_given_name} » du jumeau inscrit (IPP {twin.ipp}) "
                                        f"imprimé page {reading.page_number}"))
                break
    return problems


def spans_matching_run(tokens: tuple[Token, ...], run: list[str]) -> list[tuple[int, int]]:
    return [(i, i + len(run)) for i in range(len(tokens) - len(run) + 1)
            if [t.key for t in tokens[i:i + len(run)]] == run]


def first_name_alike_the_surname(first: list[str], patient: Patient) -> bool:
    """The twin's first given name is the patient's surname and none of the patient's given names (`MICHEL Michel`,
    twin of `MICHEL Jean`): printed beside the surname, it is the twin's, though it is a word of the patient's name."""
    return len(first) == 1 and first[0] in surname_keys(patient) \
        and first[0] not in name_key_tokens(patient.first_names)


def surname_twice(reading: PageReading, key: str) -> list[tuple[int, int]]:
    """The second of two words `key` in a row on a line, a space or a comma apart (`MICHEL Michel`, `Michel MICHEL`):
    the one that is a first name (adversarial review Z: under `Dr GUYOT`, the twin's line was hidden as the doctor's,
    and the other twin named lower was filed)."""
    tokens, text = reading.tokens, reading.text
    return [(i + 1, i + 2) for i in range(len(tokens) - 1)
            if tokens[i].key == key == tokens[i + 1].key and tokens[i].line == tokens[i + 1].line
            and text[tokens[i].start + len(tokens[i].key):tokens[i + 1].start].strip(" \t,") == ""]


def twins_own_name(reading: PageReading, start: int, end: int, own: set[str]) -> bool:
    """The first name at tokens[start:end] stands alone or beside the patient's own names: not after a title nor a
    hyphen (`Saint-Paul`), not a space apart from another name (`Dr Robert ROBERT`, `MARTIN Paul`)."""
    tokens, text = reading.tokens, reading.text
    before = text[tokens[start].start - 1:tokens[start].start] if tokens[start].start else ""
    if (before and before in "-'") or (start > 0 and is_title(reading, tokens[start - 1])):
        return False
    after = tokens[end] if end < len(tokens) else None
    joined = after is not None and text[tokens[end - 1].start + len(tokens[end - 1].key):after.start] == "-"
    return not joined and not another_name_beside(reading, start - 1, start, own) \
        and not another_name_beside(reading, end, end - 1, own)


def another_name_beside(reading: PageReading, neighbour: int, name: int, own: set[str]) -> bool:
    """The word at `neighbour` is another name, a space from the first name at `name` on its line, none of the
    patient's nor a label (`Robert ROBERT`, `MARTIN Paul`; not `Prénom : Minh`)."""
    tokens = reading.tokens
    if not 0 <= neighbour < len(tokens) or tokens[neighbour].line != tokens[name].line:
        return False
    first, second = sorted((neighbour, name))
    gap = reading.text[tokens[first].start + len(tokens[first].key):tokens[second].start]
    word = tokens[neighbour]
    return gap.strip(" \t") == "" and word.key not in own and word.key not in NOT_A_FIRST_NAME \
        and (word.capitalised or word.titlecase) and name_like_word(word)


def namesakes_one_digit_apart(patient: Patient, index: RegistryIndex) -> list[str]:
    """Registry patients bearing the patient's surname and first given name, born on a date one digit away
    (13/03/1958 and 13/08/1958): OCR reads one for the other to the letter, so traits alone cannot tell them
    apart (coordinator's note of 02:33)."""
    own = date_digits(patient.birth_date, False)
    return sorted({other.ipp for other in registry_namesakes(patient, index)
                   if hamming(date_digits(other.birth_date, False), own) == 1})


def namesakes_one_letter_apart(patient: Patient, index: RegistryIndex) -> list[str]:
    """Registry patients born the same day whose name is one letter away from the patient's: the same surname and
    a first given name one letter off (twins Louis and Louise, René and Renée), or the same first given name and a
    surname one letter off (YILMAZ and VILMAZ Mehmet). OCR dropping or misreading one letter reads one for the
    other to the letter (review7's q22.py, fuzz6.py, q27.py: filed under the other on main)."""
    return sorted({other.ipp for other in index.by_birth_date.get(patient.birth_date, [])
                   if other.ipp != patient.ipp and names_one_letter_apart(patient, other)})


def names_one_letter_apart(patient: Patient, other: Patient) -> bool:
    first, other_first = name_key(patient.first_given_name), name_key(other.first_given_name)
    surnames, other_surnames = surname_keys(patient), surname_keys(other)
    same_surname = bool(set(surnames) & set(other_surnames))
    surname_one_off = any(Levenshtein.distance(a, b) == 1 for a in surnames for b in other_surnames)
    return ((same_surname and Levenshtein.distance(first, other_first) == 1)
            or (first == other_first and surname_one_off and not same_surname))


def printed_sex_tells_apart(patient: Patient, namesakes: list[str], readings: list[PageReading],
                            findings: Findings, index: RegistryIndex) -> bool:
    """Every namesake is of the other sex and the page prints the patient's sex: a `Sexe :` field or a civility
    right before the patient's name. `né`/`née` does not count: the letter OCR drops is the same `e`."""
    if any(index.patients[ipp].sex == patient.sex for ipp in namesakes):
        return False
    for occurrence, reading in own_occurrences(patient, readings, findings):
        tokens, i = reading.tokens, occurrence.start - 1
        same_line = i >= 0 and tokens[i].line == tokens[occurrence.start].line
        if same_line and CIVILITY_SEX.get(tokens[i].key) == patient.sex:
            return True
    return any(SEX_VALUES.get(tokens[0]) == patient.sex
               for r in readings for f in r.fields_of("sex") if (tokens := name_key_tokens(f.value)))


# --- a second reading of the same pages ----------------------------------------------------------

SECOND_READING_NOTE = "identité lue à la seconde lecture de l'image"


def accept_second_reading(first: MatchDecision, second: MatchDecision,
                          other_readings: list[list[PageReading]], index: RegistryIndex) -> MatchDecision:
    """The decision to keep when the pages were read twice (another preparation of the image).

    `first` is the decision on the first reading, `second` on the second one, `other_readings` every
    other reading of the document (the first OCR, a text layer). The second reading's filing is kept only
    when it is conclusive and nothing in any other reading contradicts it or designates someone else:
    two readings that disagree are a question for a person, not a choice for the machine — even when OCR
    doubted the first reading's digits, since a line the second reading lost or mislabelled would look
    the same as one it corrected."""
    if first.files and second.files and first.patient_ipp != second.patient_ipp:
        return replace(first, status="review", patient_ipp=None, rule="readings_disagree",
                       reason_fr=f"Deux lectures du document désignent deux patients (IPP {first.patient_ipp} "
                                 f"et {second.patient_ipp}) — à vérifier.",
                       evidence={**first.evidence, "second_reading": {"patient": second.patient_ipp}})
    if first.files or not second.files:
        return first
    patient = index.patients[second.patient_ipp]
    read_at_a_birth_label = "birth" in (second.evidence.get("matched") or {}).get("birth_date_label", [])
    excused = (lambda p: p["trait"] == "birth_date" and but_for_a_digit_no_date_has(p["read"], patient.birth_date)) \
        if read_at_a_birth_label else None
    problems = [p for readings in other_readings
                for p in problems_against(patient, readings, index, any_other_name=True, excused=excused)
                + dates_read_otherwise(patient, readings, index)
                + first_names_read_otherwise(patient, readings, index)
                + surnames_read_otherwise(patient, readings)]
    if problems:
        refused = {"patient": patient.ipp, "problems": problems[:4]}
        return replace(first, evidence={**first.evidence, "second_reading": refused})
    notes = [*second.evidence.get("notes", []), SECOND_READING_NOTE]
    return replace(second, evidence={**second.evidence, "notes": notes, "reading": "second"})


DATE_GROUPS_RE = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2,4})")


def but_for_a_digit_no_date_has(text: str, birth_date: date) -> bool:
    """`12/69/1929`, `64/04/1965`, `03/09/198`: the patient's birth date but for one digit no date has — a day or a
    month the calendar lacks, one digit from the patient's, or a digit of the year lost. Another reading that printed
    the birth label's date so told nothing about that digit, and every other digit it read is the patient's: it does
    not refuse a second reading that read the patient's birth date behind a birth label (s772-015, s761-015)."""
    groups = DATE_GROUPS_RE.fullmatch(text.strip())
    if groups is None:
        return False
    day, month, year = groups.groups()
    defects = [no_day_or_month_but_for_a_digit(day, birth_date.day, 31),
               no_day_or_month_but_for_a_digit(month, birth_date.month, 12), a_years_digit_lost(year, birth_date.year)]
    return defects.count(True) == 1 and None not in defects


def no_day_or_month_but_for_a_digit(group: str, own: int, last: int) -> bool | None:
    """False when the group is the patient's day (or month), True when it is none the calendar has and one digit from
    it, None otherwise."""
    if group in (f"{own:02d}", str(own)):
        return False
    impossible = len(group) == 2 and not 1 <= int(group) <= last
    return True if impossible and hamming(group, f"{own:02d}") == 1 else None


def a_years_digit_lost(group: str, own: int) -> bool | None:
    """False when the group is the patient's year, True when it is that year with one digit lost, None otherwise."""
    year = str(own)
    if group in (year, year[2:]):
        return False
    return True if len(group) == 3 and any(year[:i] + year[i + 1:] == group for i in range(4)) else None


def first_names_read_otherwise(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[dict]:
    """Another reading that printed the patient's surname within one glyph (`LER0Y`, `DUPQNT`) beside a first name that
    is none of the patient's (`LER0Y Louise` where the second reading says `LEROY Louis`): the two readings name two
    people — a second reading must not override it (review7's q18.py, kept on main)."""
    problems = []
    for reading in readings:
        tokens = reading.tokens
        for i, token in enumerate(tokens):
            if not near_surname(token.key, patient) or a_label_after(reading, i, i + 1) or after_a_title(reading, i) \
                    or in_an_insured_section(reading, token.start):
                continue  # `MARCHAL DON : 13/3/1956`: a misread `DDN` label; `Dr ANNE-MARIE DURAND`: a doctor
            for other in first_names_beside(reading, i, patient, index):
                relative = introduced_as_a_relative(reading, min(i, tokens.index(other))) \
                    or in_a_close_ones_field_naming_the_relation(reading, token.start)
                if not (misread_of_own_name(other.key, patient) and not another_first_name(other.key, patient, index)) \
                        and not (relative and not near_own_name(other.key, patient)):
                    problems.append(problem(reading.page_number, "first_name", other.key, patient.first_given_name,
                                            f"une autre lecture page {reading.page_number} lit le prénom « "
                                            f"{as_printed(reading, other)} » à côté du nom"))
    return problems


def in_an_insured_section(reading: PageReading, offset: int) -> bool:
    """In the insured's block of a care sheet that names its beneficiary apart (identity.with_insured_sections: one
    third party's field under the `ASSURÉ(E)` heading): her name there is no reading of the patient's."""
    text = reading.folded
    return any(f.kind == "third_party" and f.label == "ASSURE" and in_field(f, offset) and f.label_start >= 0
               and INSURED_HEADING_RE.fullmatch(rest_of_line(text, f.label_start)) is not None
               for f in reading.fields)


def in_a_close_ones_field_naming_the_relation(reading: PageReading, offset: int) -> bool:
    """In a trusted person's or contact's field that says how she is related (`Personne de confiance : ETCHEVERRY
    NICOLAS (fils)`, `Personne de confiance Gaël BOULANGER (frère)`: s643-025, s643-002): a relative, as one introduced
    by a possessive is. Without the relation word (`Personne à prévenir : LER0Y Louise`) the field may hold the
    subject's own name read in the wrong place, and still counts."""
    return any(f.kind == "third_party" and f.start <= offset < max(f.end, f.start + 1)
               and re.sub(r"\s+", " ", f.label) in CLOSE_ONES_LABELS
               and bool(set(name_key_tokens(f.value)) & KIN_NOUNS) for f in reading.fields)


def introduced_as_a_relative(reading: PageReading, start: int) -> bool:
    """The person whose name opens at token `start` is introduced as a relative right before it (`accompagné de sa
    sœur, Mme Sophie MARTIN`, `son frère Paul MARTIN`, or the relation word ending the line above: `de sa sœur,` /
    `Mme Sophie MARTIN`): the main reading takes such a name for a third party's, so it is no reading of the patient's
    own name. Only civilities may stand between the relation word and the name — a label or a full stop between them
    (`sa fille. Patiente : LER0Y Louise`) and the name is the subject's again; a relation word after the name
    (`MARTIN Sophie, sa sœur`), a field (`Assuré :`, which may name the subject himself) and a title (`Dr Roux —
    Patient : LER0Y Louise`) do not count."""
    tokens = reading.tokens
    offset = tokens[start].start
    line = tokens[start].line
    for j in range(start - 1, max(-1, start - 4), -1):
        if tokens[j].line == line and tokens[j].key in CIVILITY_SEX:
            continue
        if not kin_after_a_possessive(reading, j) or RELATIVE_GAP_RE.fullmatch(
                reading.text[tokens[j].start + len(tokens[j].key):offset]) is None:
            return False
        return tokens[j].line == line or (tokens[j].line == line - 1 and introduces_next_line(reading, j))
    return False


def kin_after_a_possessive(reading: PageReading, j: int) -> bool:
    """`sa sœur`, `son frère`, `son épouse`, `sa sœur jumelle` (OCR's one-glyph misreads after the possessive
    included): a relative who is someone else than the subject. Looser relation words stay out: a child's caption, an
    insured, `accompagné` may name the subject himself."""
    tokens = reading.tokens
    if j > 0 and tokens[j].key in TWIN_WORDS and relation_key(reading, j - 1) in KIN_NOUNS:
        j -= 1  # `sa sœur jumelle`
    return relation_key(reading, j) in KIN_NOUNS and j > 0 and tokens[j - 1].line == tokens[j].line \
        and possessive(tokens[j - 1].key) and tokens[j - 1].key not in ("VOTRE", "LEUR")


KIN_NOUNS = {"EPOUX", "EPOUSE", "MARI", "FEMME", "CONJOINT", "CONJOINTE", "COMPAGNON", "COMPAGNE", "FILS", "FILLE",
             "MERE", "PERE", "FRERE", "SOEUR", "SŒUR", "NEVEU", "NIECE", "ONCLE", "TANTE", "JUMEAU", "JUMELLE",
             "TUTEUR", "TUTRICE", "CURATEUR", "CURATRICE"}
# `(frère)`, `(épouse)` right after a name: how that person is related. `(fils)` and `(père)` stay out: after a name they
# may tell a father and his son of one name apart (`DUPONT Jean (fils)`), the patient himself.
BRACKETED_RELATIONS = KIN_NOUNS - {"FILS", "PERE"}
# What may stand between a relation word and the name it introduces: commas, a parenthesis, civilities, a line break.
RELATIVE_GAP_RE = re.compile(r"(?:[\s,(]|\b(?:M|Mr|MR|Mme|MME|Mlle|MLLE|Monsieur|Madame|Mademoiselle)\b\.?)*")


def surnames_read_otherwise(patient: Patient, readings: list[PageReading]) -> list[dict]:
    """Another reading that printed the patient's surname with a letter more or less (`NOM : Brriand` where the second
    reading says `Briand`), in a name field, beside the patient's first name or after a civility: one preparation of
    the image dropped or added a letter, and nothing tells which one read the paper — an unregistered `BRRIAND Sarah`
    is another person.
    A letter misread in place (`LER0Y`, `Lcuis`) is what second readings are for, and keeps them — unless a vowel was
    read for another (a_vowel_for_another) or a consonant for a letter unlike it (a_letter_unlike_it)."""
    problems, own = [], own_name_words(patient)
    for reading in readings:
        name_fields = [f for f in reading.fields if f.kind in NAME_FIELD_KINDS]
        tokens = reading.tokens
        for i, token in enumerate(tokens):
            vowel = a_vowel_for_another(token.key, patient)
            # a word printed in one case throughout: `puBois` is a glyph misread of DUBOIS, not another family's name
            unlike = not vowel and (token.capitalised or token.titlecase) and a_letter_unlike_it(token.key, patient)
            if not (a_letter_more_or_less(token.key, patient) or vowel or unlike) or token.key in own:
                continue  # `MARTIN Martine`: her first name, not her surname with a letter more
            in_a_name_field = any(f.start <= token.start < f.end for f in name_fields)
            beside_an_own_name = any(misread_of_own_name(t.key, patient) and t.key.isalpha()
                                     for t in tokens[max(0, i - 2):i + 3]
                                     if t is not token and t.line == token.line)
            if in_a_name_field or beside_an_own_name or after_a_civility(reading, i):
                problems.append(problem(reading.page_number, "name", token.key, patient.birth_name,
                                        f"une autre lecture page {reading.page_number} lit le nom « "
                                        f"{as_printed(reading, token)} », "
                                        + ("une voyelle pour une autre" if vowel else
                                           "une lettre pour une autre qui ne lui ressemble pas" if unlike else
                                           "à une lettre près")
                                        + " de celui du registre"))
    return problems


def a_vowel_for_another(key: str, patient: Patient) -> bool:
    """One of the patient's surnames (four letters or more) with one vowel read as another in place (`MORIN` for MARIN,
    `HUOT` for HUET, `MAYER` for MEYER): another family's name as much as a misread — an unregistered MORIN Jean born
    the day MARIN Jean was is another person, so a second reading that reads MARIN must not override it (review24's F7;
    first names had the same rule, another_first_name). A consonant or a digit misread (`BRIAHD`, `LER0Y`) keeps the
    second reading."""
    return any(a in NAME_VOWELS and b in NAME_VOWELS for a, b in letters_swapped_in_place(key, patient))


def letters_swapped_in_place(key: str, patient: Patient) -> list[tuple[str, str]]:
    """For each of the patient's surnames (four letters or more) that the word `key` prints with one letter changed in
    place, that letter as read and as registered."""
    if not key.isalpha():
        return []
    return [next((a, b) for a, b in zip(key, surname) if a != b) for surname in surname_keys(patient)
            if len(surname) >= 4 and len(key) == len(surname) and hamming(key, surname) == 1]


# Capitals OCR confuses with one another on a poor scan or a fax: a reading that differs from the patient's surname by one
# of these in place may be a misread, which second readings are for (`DUKAND`, `HUFT`, `LER0Y`); the last three groups
# are small letters alike (`b`/`h`, `r`/`n`, `b`/`d`/`p`/`q`). Wider than OCR_CONFUSABLE_GLYPHS on purpose: that one
# says a word is surely a relation word misread, this one only that a letter may have been misread.
LOOKALIKE_CAPITALS = ("CEOQDG0", "ILJT1F", "NUHMWV", "RKBPF", "SB58", "Z2", "A4", "G6", "EFLB", "VYXK", "BH", "RN", "BDPQ")


def a_letter_unlike_it(key: str, patient: Patient) -> bool:
    """One of the patient's surnames (four letters or more) with one consonant read in place as a letter that does not
    look like it (`DUPOND` for DUPONT, `FABRE` for FAVRE, `VINCENS` for VINCENT): no scan turns a T into a D — the other
    reading printed another family's name, as a vowel for another does (review24's F7, consonant swaps: an unregistered
    DUPOND Jean born the day DUPONT Jean was filed under him on cb53e67)."""
    return any(not any(a in group and b in group for group in LOOKALIKE_CAPITALS)
               for a, b in letters_swapped_in_place(key, patient))


def a_letter_more_or_less(key: str, patient: Patient) -> bool:
    """One of the patient's surnames (four letters or more) with one letter added or dropped (`BRRIAND`, `BRIAN`)."""
    return key.isalpha() and any(len(key) != len(surname) and Levenshtein.distance(key, surname) == 1
                                 for surname in surname_keys(patient) if len(surname) >= 4)


def first_names_beside(reading: PageReading, i: int, patient: Patient, index: RegistryIndex) -> list[Token]:
    """The first word within two tokens after the surname at `i` (civilities skipped: `LER0Y Mlle Louise`) and the one
    right before it (`Louise LER0Y`), when written as a name — or, lower-cased by OCR (`LER0Y louise`), when it is a
    registry given name (`LER0Y est vu` names no one). A word hyphenated after `Saint` is a place's (`Clinique
    Saint-Aubin : DUBOIS Henri`, two columns read as one line), as in the main reading (after_a_saint), and so is the
    word a colon closes at the end of an institution's name (after_a_places_colon)."""
    tokens = reading.tokens
    near = [j for j in (i + 1, i + 2) if j < len(tokens) and tokens[j].line == tokens[i].line]
    after = [j for j in near if tokens[j].key not in CIVILITY_SEX][:1]
    before = [i - 1] if i > 0 and tokens[i - 1].line == tokens[i].line \
        and not after_a_places_colon(reading, i, patient, index) else []
    return [tokens[j] for j in after + before
            if tokens[j].key.isalpha() and len(tokens[j].key) > 1 and tokens[j].key not in NOT_A_PERSON_WORD
            and not after_a_saint(reading, j)
            and (tokens[j].titlecase or tokens[j].capitalised or (j in after and tokens[j].key in index.given_names))]


def after_a_places_colon(reading: PageReading, i: int, patient: Patient, index: RegistryIndex) -> bool:
    """The surname at `i` follows a colon that closes an institution's name (`Groupe Hospitalier Nord-Vendôme : MOREAU
    Thomas`, `Clinique du Parc : RODRIGUEZ Aurélie`, `Bio-Océane Laboratoires : DAVID Pierre`: a letterhead and the
    patient's label beside it, read as one row): the word before the colon ends the institution's name, no first name
    beside the surname. Only spaces and dots stand around the colon (`Clinique du Parc. : RODRIGUEZ`); only a place's
    gaps (a space, a hyphen, an apostrophe, a dot) and words in capitals or of a place's name link that word back to
    the institution's noun — not a dash, a bar, a comma, a column's gap, a civility or a word in small letters
    (`CHU de Nantes — Patient Louise : LER0Y`, `… chez Danielle : G1RARD`); and a word that is a registry given name
    or a form of one of the patient's names still counts (`Clinique du Parc Louise : LEROY` beside Louis: session 71's
    review, /tmp/revColon), so does a part of a registry compound given name (`Clinique du Parc Marie : LEROY` beside a
    twin Marie-Clara: session 73's review)."""
    tokens, text = reading.tokens, reading.text
    word = tokens[i - 1]
    if re.fullmatch(r"[ .]*: *", text[word.start + len(word.key):tokens[i].start]) is None \
            or word.key in index.given_names or word.key in index.given_name_parts \
            or near_own_name(word.key, patient, letters=1):
        return False
    j = i - 1
    while tokens[j].key not in INSTITUTION_NOUNS and tokens[j].key.removesuffix("S") not in INSTITUTION_NOUNS:
        previous = tokens[j - 1] if j > 0 else None
        if previous is None or previous.line != word.line or previous.key in CIVILITY_SEX \
                or not (previous.capitalised or previous.titlecase or previous.key in PLACE_NAME_WORDS) \
                or not PLACE_NAME_GAP_RE.fullmatch(text[previous.start + len(previous.key):tokens[j].start]):
            return False
        j -= 1
    return True


# The place nouns that open an institution's name on a letterhead: not a street's (`Mise en place`, `Au cours de`), a
# house's, a building's, a school's or a parish's, nor `CH` alone.
INSTITUTION_NOUNS = PLACE_NOUNS - STREET_NOUNS - {"MAISON", "FOYER", "PAVILLON", "BATIMENT", "CITE", "LOTISSEMENT",
                                                  "HAMEAU", "LYCEE", "COLLEGE", "ECOLE", "CRECHE", "EGLISE", "PAROISSE",
                                                  "CH"}


def after_a_title(reading: PageReading, i: int) -> bool:
    """A title within four words before on the line, only the doctor's given names between (`Dr ANNE-MARIE DURAND`,
    `Dr Paul LER0Y`) — never across a label or a dash (`Dr Roux — Patient : LER0Y Louise`, review7's q26.py)."""
    tokens, text = reading.tokens, reading.text
    for j in range(max(0, i - 4), i):
        if tokens[j].line != tokens[i].line or not is_title(reading, tokens[j]):
            continue
        between = tokens[j + 1:i]
        gap = text[tokens[j].start + len(tokens[j].key):tokens[i].start]
        if tokens[j].key in DOCTOR_TITLES:
            gap = re.sub(r"^\.?\s*:", "", gap)  # `Dr : ANNE- MARIE DURAND`: the doctor's own field
        if all(t.key.isalpha() and (t.capitalised or t.titlecase) and t.key not in NOT_A_PERSON_WORD for t in between) \
                and not re.search(r"[:—–|;,]|\s-\s", gap):
            return True
    return False


def misread_of_own_name(key: str, patient: Patient) -> bool:
    """One of the patient's names, or one with a letter misread in place (`Lcuis` for Louis). A letter more or less
    makes another name (`Louise` is not Louis)."""
    return any(len(key) == len(own) and hamming(key, own) <= 1 for own in own_name_words(patient))


# The letters whose change in place turns a French first name into another one (`Léa`/`Léo`, `Lina`/`Line`, `Hélène`/
# `Hélena`, `Julie`/`Julia`, `Jean`/`Joan`): a gender's or a language's vowel.
NAME_VOWELS = frozenset("AEIOUY")


def another_first_name(key: str, patient: Patient, index: RegistryIndex) -> bool:
    """A word one letter in place from the patient's own (`misread_of_own_name`) that is another first name all the
    same: a given name of the registry's (any patient's, not the patient's own), or one of the patient's given names
    with a vowel changed for another vowel (`LEO` for `LEA`, `LINE` for `LINA`) — a twin brother's or sister's name as
    much as a misread. Two readings naming the two are two people (REVIEW_s19's residual: a second reading `DURAND
    Léa` was kept against a first reading's `DURAND Léo`). A glyph misread for a consonant or a vowel for a consonant
    (`Lcuis`, `Louls`) stays the patient's name misread."""
    if key in own_name_words(patient):
        return False
    if key in index.given_names:
        return True
    return any(len(key) == len(own) and hamming(key, own) == 1
               and all(a in NAME_VOWELS and b in NAME_VOWELS for a, b in zip(key, own) if a != b)
               for own in name_key_tokens(patient.first_names))


def near_own_name(key: str, patient: Patient, letters: int = 2) -> bool:
    """Within two letters (or `letters`) of one of the patient's names, or one of them lengthened or shortened
    (`Jeanne` for Jean, `Lucienne` for Lucien): what a second reading makes of the patient's own name, or an
    opposite-sex twin's (review19: `Je reçois ce jour sa fille Jeanne FONTAINE` read `Jean` in the block filed her twin
    brother)."""
    return any(Levenshtein.distance(key, own) <= letters or key.startswith(own) or own.startswith(key)
               for own in own_name_words(patient))


def near_surname(key: str, patient: Patient) -> bool:
    """The patient's surname, read with digits for letters or one glyph off."""
    read = key.translate(LETTERS_FOR_DIGITS)
    return any(Levenshtein.distance(read, surname) <= 1 for surname in surname_keys(patient) if len(surname) >= 4)


LETTERS_FOR_DIGITS = str.maketrans("0158", "OISB")
NEAR_DATE_DIGITS = 2  # digits a misread may change in one printed date (`02-05-1950` read `03-05-1950`)


def date_digits(value: date, two_digit_year: bool) -> str:
    return value.strftime("%d%m%y" if two_digit_year else "%d%m%Y")


def digits_apart(mention: DateMention, birth_date: date) -> int:
    return hamming(date_digits(mention.value, mention.two_digit_year),
                   date_digits(birth_date, mention.two_digit_year))


def dates_read_otherwise(patient: Patient, readings: list[PageReading], index: RegistryIndex) -> list[dict]:
    """Dates another reading printed that a second reading's birth date must not override, whatever label
    they came out with (`D0N 02-05-1950` is no birth label, yet it is the printed birth date the second
    reading may have misread as `DDN : 03-05-1950`), and read with letters for digits too (`DON : 02-O5-1950`):
    a date a digit or two from the patient's birth date (the same printed date, read otherwise), or the birth
    date of a registry patient bearing the patient's name."""
    namesakes = {other.birth_date for other in registry_namesakes(patient, index)}
    printed = [(reading.page_number, mention) for reading in readings for mention in reading.dates] + [
        (reading.page_number, DateMention(value, text, 0, 0, "none", two_digit, None))
        for reading in readings for value, text, two_digit in lookalike_dates(reading.text, reading.today)]
    return [problem(page, "birth_date", mention.text, fmt(patient.birth_date),
                    f"une autre lecture page {page} lit la date {mention.text}, registre {fmt(patient.birth_date)}")
            for page, mention in printed if not same_birth_date(mention, patient.birth_date)
            and (digits_apart(mention, patient.birth_date) <= NEAR_DATE_DIGITS or mention.value in namesakes)]

