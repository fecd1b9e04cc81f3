"""Reading identity traits from a page of text. Pure: text in, `PageReading` out.

The reader does not decide who the patient is; it records what a careful secretary would notice:
every word (normalised), the dates and what labels them (birth date or something else), INS/NIR
numbers and whether their key holds, labelled fields (`Nom de naissance`, `Prénom(s)`, `Sexe`,
`IPP`…), and the stretches of text that speak of someone else (prescriber, recipient, relatives).
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from rapidfuzz.distance import Levenshtein
from stdnum.fr import nir as stdnum_nir


# --- normalisation -------------------------------------------------------------------------------

def fold_char(char: str) -> str:
    """One character in, one character out: accents removed, upper case, typographic quotes made plain.

    Keeping the length lets positions found in the folded text point into the original one."""
    if char in "’‘`´ʼ":
        return "'"
    if char in "‐‑‒–—−":
        return "-"
    base = unicodedata.normalize("NFKD", char)[:1] or char
    upper = base.upper()
    return upper if len(upper) == 1 else base


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


def name_key(name: str) -> str:
    """Case, accents, hyphens, apostrophes and spaces do not matter: `N'Diaye` == `NDIAYE`."""
    return "".join(c for c in fold(name) if c.isalnum())


# --- tokens --------------------------------------------------------------------------------------

TOKEN_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Token:
    key: str  # folded, upper case
    start: int  # offset in the page text
    line: int
    capitalised: bool  # written in capitals in the original (a surname, often)
    titlecase: bool = False  # `Marie`: a capital then small letters (a first name, often)


def tokenize(text: str) -> list[Token]:
    folded = fold(text)
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    tokens = []
    for match in TOKEN_RE.finditer(folded):
        original = text[match.start():match.end()]
        tokens.append(Token(
            key=match.group(),
            start=match.start(),
            line=bisect_right(line_starts, match.start()) - 1,
            capitalised=original.isupper() and len(original) > 1,
            titlecase=len(original) > 1 and original[0].isupper() and original[1:].islower(),
        ))
    return tokens


def token_index_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after `offset`."""
    return bisect_right([t.start for t in tokens], offset - 1)


# --- dates ---------------------------------------------------------------------------------------

MONTHS = {
    "JANVIER": 1, "JANV": 1, "FEVRIER": 2, "FEVR": 2, "FEV": 2, "MARS": 3, "AVRIL": 4, "AVR": 4,
    "MAI": 5, "JUIN": 6, "JUILLET": 7, "JUIL": 7, "AOUT": 8, "SEPTEMBRE": 9, "SEPT": 9,
    "OCTOBRE": 10, "OCT": 10, "NOVEMBRE": 11, "NOV": 11, "DECEMBRE": 12, "DEC": 12,
}
# No digit or slash right before a date; a dot or a dash only when it is OCR dust after a label (`Né(e) le
# :.17/12/1950`, `DDN :` / `-26/04/1949`), not the end of a number (`1.12/03/1957`, `..12/03/1957`, `3-12/03/1957`).
NOT_INSIDE_A_NUMBER = r"(?<![\d/])(?<![\d/.\-][.\-])"
# A four-digit year may carry a slash OCR read for the comma after it (`né le 30/01/1945/` / `adressé par…`, independent
# corpus s3-014); a two-digit year may not (`12/03/19/` may be a year cut short), nor any year before a digit
# (`12/03/1957/58`).
FOUR_DIGIT_YEAR_END = r"(?!/?\d)"
NUMERIC_DATE_RE = re.compile(
    rf"{NOT_INSIDE_A_NUMBER}(\d{{1,2}}) ?([/.\-]) ?(\d{{1,2}}) ?\2 ?(\d{{4}}{FOUR_DIGIT_YEAR_END}|\d{{2}}(?![\d/]))")
# Fax and noisy scans blur separators (`12; 10. 2010.`, `12 .10 .2010`, `12/10/ 2010`): each separator is
# one or two punctuation marks with a space either side at most, the year has its four digits. Digits are
# taken as printed, never corrected.
NOISY_SEPARATOR = r" ?[/.\-;:,]{1,2} ?"
NOISY_DATE_RE = re.compile(
    rf"{NOT_INSIDE_A_NUMBER}(?<!\d[,;:])(?<!\d[,;:] )"
    rf"(\d{{1,2}}){NOISY_SEPARATOR}(\d{{1,2}}){NOISY_SEPARATOR}(\d{{4}}){FOUR_DIGIT_YEAR_END}")
# OCR may split a two-digit day or month with a space (`09/1 1/1992`), or a year (`13/05/1 996`, `199 6`). Behind a
# birth label only: a month cut after a padded day, or a year cut once, is read whole; a cut day is ambiguous and
# gives no date (see split_month_only). A year cut in its middle (`07/07/20 15 mois`) is a two-digit year before an
# age or an hour as well (review15 on e9bced7): it stays as printed.
CUT_YEAR = r"1 9\d\d|2 0\d\d|(?:19|20)\d \d"  # 19xx or 20xx, one space after its first or third digit
SPLIT_DATE_RE = re.compile(
    rf"{NOT_INSIDE_A_NUMBER}(\d ?\d|\d)([/.\-])(\d ?\d|\d)\2(\d{{4}}|{CUT_YEAR})(?![\d/])")
# A line may end inside a date (`né le 20 / 11 /` / `1940, orienté par…`, independent corpus s5-019): after a separator,
# behind a birth label only, with a padded day and month and a four-digit year — what a line break cuts, nothing lost.
# Only in running text, where the line's words flow on: in a form or a table (the label opening its line, or after a
# column's gap) a date cut so means narrow cells, whose other values wrap too and push lines between a relation word
# in the first column and the birth label it heads (read18's reprint of review17's column sets: 50 relatives' dates
# filed under the patient when every date of such a page was cut).
LINE_BREAK_AFTER_A_SEPARATOR = r"[ \t]*(?:\n[ \t]*)?"
WRAPPED_DATE_RE = re.compile(
    rf"{NOT_INSIDE_A_NUMBER}(\d\d) ?([/.\-]){LINE_BREAK_AFTER_A_SEPARATOR}(\d\d) ?\2{LINE_BREAK_AFTER_A_SEPARATOR}"
    rf"(\d{{4}}){FOUR_DIGIT_YEAR_END}")
# A fax may print one of a date's two separators as a space (`Date de naiss. : 07 11.1996`, independent corpus s3-002):
# read only in a form's field — a birth label opening its line — with a padded day and month, one plain space, the other
# separator a mark and a four-digit year. In a sentence a lost separator comes with the noise that garbles relation words
# as well (review8's q_garbled.py: glyph separators filed relatives), and `14 02 1952` (no mark at all) stays unread.
SPACED_DATE_RE = re.compile(
    rf"{NOT_INSIDE_A_NUMBER}(\d\d)(?: (\d\d)([/.\-])|([/.\-])(\d\d) )(\d{{4}}){FOUR_DIGIT_YEAR_END}")
# A fax may read a form's spaced slashes as bars (`Date de naissance :` / `17 | 04 | 1988`, independent corpus
# s624-028), or one of them as a bar or an exclamation mark (`08 | 04 / 1962`, `30 ! 09 / 1992`: s644-036, s628-019),
# or as the digit a bar looks like, a space either side (`17 1 08 1 1959`, `15 1 07 / 1990`, clean scans: s743-003,
# s714-004; a digit of the date there would leave the day, the month or the year a digit too long): read only in a birth
# date's field opening its line, day and month padded, the year whole, every digit there — in running text or a table's
# row, bars part cells. Letters stay unread (`12 l 03 l 1957`: test_identity_glyph_separators.py, session 8). A bracket
# is a bar's other reading (`23 1 02 [ 1964`, a clean scan's side column: s791-034).
BAR_LIKE = r" 1 "
BARRED_DATE_RE = re.compile(
    rf"{NOT_INSIDE_A_NUMBER}(\d\d)( ?[|!/.\-\[\]] ?|{BAR_LIKE})(\d\d)( ?[|!/.\-\[\]] ?|{BAR_LIKE})(\d{{4}})"
    rf"{FOUR_DIGIT_YEAR_END}")
BAR_MARKS = {"|", "!", "1", "[", "]"}
FIELD_BIRTH_LABEL_PREFIX_RE = re.compile(r"[\s.'\"_«»\-|*•]*(?:DATE\s*(?:DE\s*|D')?)?")
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# The first of the month: `1er`, or `ler` / `Ier` as OCR reads it (`Née le ler octobre 1987`, independent corpus
# s648-036, a clean scan) — no other day is written with `er`, so no digit is guessed.
FIRST_DAY = r"1ER|\b[LI]ER"
FIRST_DAY_KEYS = {"1ER", "LER", "IER"}
# A fax may read the space between the month and the year as a dash (`10 août-1928`, independent corpus s4-008), or
# lose it (`8 avril1975`, s753-040): the digits stay as printed.
WORDED_DATE_RE = re.compile(
    rf"(?<!\d)({FIRST_DAY}|\d{{1,2}})\s+({MONTH_NAMES})\.?(?:\s+|[ \t]*-[ \t]*|(?=\d))(\d{{4}})(?!\d)")
# A speck after the day read as a full stop (`DDN 26. octobre 1941`, `8.avril 1934`; independent corpus dev s601-036):
# read behind a printed birth label only — elsewhere `3. mars 2021 : sortie` is a list's item (review31).
DOTTED_DAY_DATE_RE = re.compile(
    rf"(?<!\d)(1ER|\d{{1,2}})[ \t]*\.[ \t]*({MONTH_NAMES})\.?(?:\s+|[ \t]*-[ \t]*)(\d{{4}})(?!\d)")
# A long month name a fax misread by a glyph or two (`DDN : 16 oclubre 1994`, own corpus s131 fax_0044): read behind a
# printed birth label only, and only when one month alone is that near (JANVIER … DECEMBRE: any two are 3 edits apart
# or more; the short ones — MARS, MAI, JUIN, AOUT, AVRIL — are too near each other and to words to be guessed). Five
# letters may be a long month that lost two glyphs (`née 24 julet 1958`, first corpus s778-029).
MISREAD_MONTH_DATE_RE = re.compile(r"(?<!\d)(1ER|\d{1,2})\s+([A-Z]{5,10})\.?\s+(\d{4})(?!\d)")
LONG_MONTHS = {name: number for name, number in MONTHS.items() if len(name) >= 7}
MISREAD_MONTH_EDITS = 2


def misread_month(word: str) -> int | None:
    """The month a long word is a misreading of (`OCLUBRE` → 10), when exactly one long month is that near."""
    if word in MONTHS:
        return None
    near = [number for name, number in LONG_MONTHS.items()
            if Levenshtein.distance(word, name, score_cutoff=MISREAD_MONTH_EDITS) <= MISREAD_MONTH_EDITS]
    return near[0] if len(near) == 1 else None

BIRTH_LABEL_RE = re.compile(
    r"(?:\bNEE?S?\b(?: ?\(E\))?|\bNE\(E\)|\bNAISSANCE\b|\bDDN\b|\bD\.N\.|\bNAISS?\b\.?|\bDOB\b"
    r"|\bN E\b(?: ?\(E\)| ?E\))?(?= LE\b)"  # `n é le`, `n é(e) le`: OCR split `né`; nothing else reads so before `le`
    r"|\bNEE?LE\b"  # `Néle 13/09/1931`: OCR glued `né le` (a first name Nele before a date reads the same: harmless)
    r"|\bNEC\b(?=[ ']LE\b))"  # `néc le 09/11/1971`, `néc'le`: a fax reads the last `e` of `née` as `c` (a woman)
)
# What may stand between a birth label and the date: `le`, `:`, a birth place (`à Lyon`), a birth
# name (`née LEFEBVRE le`).
# A table border read by OCR (`Date de naissance | 12/03/1957`) is punctuation like a colon, and so is an opening
# bracket before the date (`Né le (08/11/1971)`), or quotes and degree signs OCR read from dust (`Date naiss.” . :
# [05/01/1994`, `née le. ‘11/02/2001`, `Né le°11/07/1957`).
BIRTH_LABEL_TAIL_RE = re.compile(
    r"^[\s:.,\-(){}\[\]E|\"“”«»'°]*(?:(?:A )?[A-Z][A-Z'\-]*(?: [A-Z][A-Z'\-]*){0,3}[\s,|]+)?(?:LE|EN)?"
    r"[\s:.,\-|(\[{\"“”«»'°_*]*$")
# `_` and `*` last only: a fax's speck before the value (`Naissance :` / `_ 14/06 / 2013`, `Date naiss. : * 11/05/1947`:
# first corpus s776-014), not a blank field's underscores before another clause (`Date de naissance : _____ Vu le
# 12/03/2026`, review46)
# A form's birth field whose colon a fax read as a semicolon, an equals sign or an exclamation mark (`Naissance ;` /
# `17/01/1986`, independent corpus s686-008; `Date de naissance = …`): only a label opening its line, the date right
# after the mark — in running text a semicolon ends a clause (`à la naissance ; 04.04.2022 : bronchiolite`), and words
# after the mark are another field's (`Date de naissance ; Vu le 12/03/2026`: review46).
# A fax's speck may stand before the mark (`Date de naissance”; 25-10-1973`, first corpus s773-007; folded: ’ is ').
MISREAD_COLON_TAIL_RE = re.compile(r"^(?: LE)?[ \t]*[\"“”']?[ \t]*:?[ \t]*[;=!][\s:;=!.]*$")
MISREAD_COLON_FIELD_PREFIX_RE = re.compile(r"[ \t.'\"_«»|]*(?:DATE\s*(?:DE\s*|D')?)?")  # no list's dash or bullet
WRAPPED_BIRTH_LABEL_RE = re.compile(r"\bDATE DE\s*:?\s*$")
OTHER_LABEL_TAIL_RE = re.compile(r"(?:\b(?:LE|DU|AU|EN|DEPUIS|JUSQU'AU|DATE|DATE DE)\W*$)|(?::\s*$)")


@dataclass(frozen=True)
class DateMention:
    value: date
    text: str
    token_index: int
    line: int
    label: str  # "birth", "other" (another label: exam date, `le`, `du`…), "none"
    two_digit_year: bool
    sex_hint: str | None  # "F" after `née`, "M" after `né`
    glued: bool = False  # a one-digit day glued to a glyph (`l2/02/1980`): its first digit may be lost
    plural: bool = False  # `nés le`, `nées le`: the date is several people's (twins)
    sex_letter: str | None = None  # `12/03/1957 F` on a label: the sex printed right after the date ("M"/"F")
    # the civility heading the form's block (`MADAME`): the sex_letter when no sex is printed after the date, beside it
    # otherwise (matching.sex_after_birth_date_contradictions reads both)
    heading_civility: str | None = None
    misread_label: bool = False  # its birth label is a fax's misread `DDN` (`DEN :`, `DON :`): see misread_ddn_label


def full_year(two_digits: int, today: date) -> int:
    century = 2000 if two_digits <= today.year % 100 else 1900
    return century + two_digits


def parse_date_parts(day: str, month: int, year: str, today: date) -> tuple[date, bool] | None:
    two_digit = len(year) == 2
    year_value = full_year(int(year), today) if two_digit else int(year)
    try:
        value = date(year_value, month, 1 if day in FIRST_DAY_KEYS else int(day))
    except ValueError:
        return None
    if not 1880 <= value.year <= today.year + 1:
        return None
    return value, two_digit


def label_continues_below(folded_text: str, start: int, word: str, lines: int = 2) -> bool:
    """A side column interleaved with the letterhead may put the label's end one or two lines down."""
    following = folded_text[start:].split("\n")[1:lines + 1]
    return any(line.strip().startswith(word) for line in following)


BIRTH_WORD = "NAISSANCE"
NEAR_BIRTH_WORDS = {"PUISSANCE", "NUISANCE", "NUISANCES"}  # real words as close to it as a misread
WORD_RE = re.compile(r"[A-Z]{7,11}")


def mended_birth_word(context: str) -> str:
    """OCR garbles the long word of the label (`Date do thaissance`, `naissancc`): a word two letters
    from `NAISSANCE` is read as it. Only the label is mended, never the date; `connaissance` stays."""
    def mend(match: re.Match) -> str:
        word = match.group()
        if word in NEAR_BIRTH_WORDS or word.endswith(BIRTH_WORD) or Levenshtein.distance(word, BIRTH_WORD) > 2:
            return word
        return BIRTH_WORD
    return mended_short_birth_word(WORD_RE.sub(mend, joined_birth_word(context)))


SHORT_BIRTH_WORD = "NAISS"
# The abbreviation right after `Date (de)`: a short word one letter from it (`Date nayss. . 08/04/2000`, first corpus
# s790-029); `mais` is two letters away.
SHORT_BIRTH_WORD_RE = re.compile(r"\bDATE(?: DE| D')? ?([A-Z]{4,6})\b")


def mended_short_birth_word(context: str) -> str:
    def mend(match: re.Match) -> str:
        word = match.group(1)
        if word == SHORT_BIRTH_WORD or Levenshtein.distance(word, SHORT_BIRTH_WORD) != 1:
            return match.group()
        return match.group()[:match.start(1) - match.start()] + SHORT_BIRTH_WORD
    return SHORT_BIRTH_WORD_RE.sub(mend, context)


LETTERS_RE = re.compile(r"[A-Z]+")


def joined_birth_word(context: str) -> str:
    """OCR cuts the word with a space (`Date de nai ssance`): two pieces that make `NAISSANCE` within one letter
    are joined (the rest of the context is kept as it is)."""
    pieces = list(LETTERS_RE.finditer(context))
    for first, second in zip(pieces, pieces[1:]):
        joined = first.group() + second.group()
        if context[first.end():second.start()] == " " and len(first.group()) >= 2 and len(second.group()) >= 2 \
                and joined not in NEAR_BIRTH_WORDS and Levenshtein.distance(joined, BIRTH_WORD) <= 1:
            return context[:first.start()] + BIRTH_WORD + joined_birth_word(context[second.end():])
    return context


# `Né(e)` printed, read by OCR with a parenthesis lost or a letter split off (`Née)`, `Ne(e`, `Né e)`, `Née}`):
# a label for either sex, never a sex marker.
EITHER_SEX_BIRTH_LABEL_AFTER_RE = re.compile(r"^ ?(?:[(){}\[\]]|E[)}\]])")  # OCR reads `(` as `{` or `[` too


def birth_label_sex(context: str, label: re.Match) -> str | None:
    """`née le` says the patient is a woman, `né le` a man; `Né(e)`, however OCR mangled it, says nothing."""
    keyword = "NEE" if label.group() == "NEC" else label.group()  # `néc` is a misread `née`: `Epouse néc le` is hers
    if keyword not in ("NE", "NEE"):
        return None
    if EITHER_SEX_BIRTH_LABEL_AFTER_RE.match(context[label.end():]):
        return None
    return "F" if keyword == "NEE" else "M"


LABEL_CONTINUATIONS = {"LE", "EN", "DE"}  # what may open a date's line when its label ended the line above


def label_context(folded_text: str, start: int) -> str:
    """The text before a date where its label stands: its line, or the line above when the date opens its own (blank
    lines OCR put between them skipped: `Date de naissance :` / `` / `08-09-1974`)."""
    line_start = folded_text.rfind("\n", 0, start) + 1
    context = folded_text[line_start:start]
    own = context.strip(" \t:.-|")
    if len(own) < 4 and set(re.findall(r"[A-Z]{2,}", own)) <= LABEL_CONTINUATIONS and line_start > 0:
        # The label ended the line above (`Date de naissance` / `12/03/1957`, `Né(e)` / `le 12/03/1957`); a short label
        # of the line's own (`IPP :`, `Tél :`, `DDN :`) is that line's label.
        above = line_above(folded_text, line_start)
        if above is not None:
            context = folded_text[above[0]:above[1]] + " " + context
    return mended_birth_word(context[-60:])


BLANK_LINES_SKIPPED = 2  # blank lines OCR leaves between a label and its value


RULE_LINE_DUST = " \t-_.:|=~*"  # a line of nothing else is a table rule or dust OCR read (`DDN :` / `——` / `28/10/2001`)


def line_above(folded_text: str, line_start: int, dust: str = RULE_LINE_DUST) -> tuple[int, int] | None:
    """The span of the first line above the line starting at `line_start` that holds more than a rule or dust, over two
    such lines (or blank ones) at most."""
    end = line_start - 1
    for _ in range(BLANK_LINES_SKIPPED + 1):
        if end < 0:
            return None
        start = folded_text.rfind("\n", 0, end) + 1
        if folded_text[start:end].strip(dust):
            return start, end
        end = start - 1
    return None


NEGATED_BIRTH_WORD_RE = re.compile(r"\bNE\s+(?:PAS|PLUS|JAMAIS|RIEN)\b(?!-)")  # `Ne pas jeûner`, not `Né Pas-de-Calais`


def negated_birth_label(folded_text: str, start: int) -> bool:
    """`Ne pas jeûner 12/03/2026`: the `ne` of a negation, not `né`, stands before the date."""
    context = label_context(folded_text, start)
    labels = list(BIRTH_LABEL_RE.finditer(context))
    return bool(labels) and NEGATED_BIRTH_WORD_RE.match(context, labels[-1].start()) is not None


def plural_birth_label(folded_text: str, start: int) -> bool:
    """`Jumeaux LEROY Louis + Louise, nés le 11/05/2018`: a plural birth label gives several people that date."""
    labels = list(BIRTH_LABEL_RE.finditer(label_context(folded_text, start)))
    return bool(labels) and labels[-1].group() in ("NES", "NEES")


# A fax reads the `DDN` label `DEN` or `DON` (s201-026 of OOD dev seed 201: `DEN : 23 mars 1930` by every preparation
# of the image, `DON :` by one). Read as the label only where a label stands: opening its line (dust before it at most)
# or after a field's separator (a table border, a semicolon, a spaced dash, a column's gap), a colon right after it and
# the date on that line — never a word of a sentence (`… le don : 12/03/2024`, `M. DUPONT Jean DON : …`).
MISREAD_DDN_LABEL_RE = re.compile(r"(?:^|[|;]|\s-\s|\s{2,}|\t)[\s.'\"_«»\-|*•]*(?P<label>D[EO]N)\s*:[\s.:]*$")
# `DON` is a French word too: on a page that speaks of a donation (`Don d'organes : oui` / `DON : 10/10/2010`, review13)
# the date after it may be the donation's — and read `DEN` by the same glyph (`Dernier don de sang` / `DEN : …`).
DONATION_WORDS = {"DON", "DONS", "DONNEUR", "DONNEUSE", "DONNEURS", "DONNEUSES", "DONATION", "DONATEUR", "DONATRICE",
                  "DONNER", "DONNE", "GREFFE", "GREFFON", "GREFFES", "ORGANE", "ORGANES", "SANG", "SANGUIN", "SANGUINE",
                  "TRANSFUSION", "PLAQUETTES", "PLASMA", "MOELLE", "GAMETES", "OVOCYTES", "SPERME", "PRELEVEMENT"}


def misread_ddn_label(folded_text: str, start: int) -> bool:
    """`DEN : 23 mars 1930`, `DON : 23/03/1930`: a misread `DDN` label before the date on its line, on a page that holds
    no other word of a donation."""
    line_start = folded_text.rfind("\n", 0, start) + 1
    label = MISREAD_DDN_LABEL_RE.search(folded_text[line_start:start])
    if label is None:
        return False
    words = re.findall(r"[A-Z]+", folded_text)
    return words.count("DON") <= (label.group("label") == "DON") and not (set(words) - {"DON"}) & DONATION_WORDS


def date_label(folded_text: str, start: int) -> tuple[str, str | None]:
    label, sex, _misread = read_date_label(folded_text, start)
    return label, sex


def read_date_label(folded_text: str, start: int) -> tuple[str, str | None, bool]:
    """The kind of label before a date (birth, other, none), the sex a birth label says, and whether that birth label
    is only a misread `DDN` (`DEN :`, no birth label printed otherwise)."""
    context = label_context(folded_text, start)
    printed = printed_birth_label(folded_text, start, context)
    if printed is not None:
        return *printed, False
    if misread_ddn_label(folded_text, start):
        return "birth", None, True
    if OTHER_LABEL_TAIL_RE.search(context):
        return "other", None, False
    return "none", None, False


# `N° AM 38 1 12552 2` (a prescriber's Assurance Maladie number) read `Ne AM …` by a fax (s111 fax_0063): a `Ne`
# before a number's label is a misread `N°`, not `né` before a birth place.
NUMBER_LABEL_WORDS = {"AM", "ADELI", "RPPS", "FINESS", "SIRET", "SIREN", "SS", "IPP", "INS", "NIR", "NDA", "IEP"}


# Words of another date's label between an empty birth label and the date (`Date de naissance : | Date d'entrée :
# 01/12/2026`, review37: on main the entry date was read as the birth date and filed a namesake born that day).
EVENT_DATE_WORDS = {"DATE", "ENTREE", "ADMIS", "ADMISE", "ADMISSION", "SORTIE", "EXAMEN", "PRELEVE", "PRELEVEE",
                    "PRELEVEMENT", "HOSPITALISATION", "CONSULTATION", "VISITE", "INTERVENTION", "DECES", "EDITION",
                    "IMPRESSION", "VALIDATION", "RECEPTION", "ARRIVEE", "SEJOUR", "RDV", "ACTE", "DEMANDE"}


def another_dates_label(tail: str) -> bool:
    """Between the birth label and the date, another field's label: a word of an event's date, or words ending in a
    colon after a first colon (`: | Lieu :`)."""
    return bool(set(re.findall(r"[A-Z]+", tail)) & EVENT_DATE_WORDS) \
        or re.search(r":[^:]*[A-Z][^:]*:", tail) is not None


def printed_birth_label(folded_text: str, start: int, context: str) -> tuple[str, str | None] | None:
    if WRAPPED_BIRTH_LABEL_RE.search(context) and label_continues_below(folded_text, start, "NAISSANCE"):
        return "birth", None  # `Date de 06.05.1982` / `naissance`: the label wrapped around the value
    labels = list(BIRTH_LABEL_RE.finditer(context))
    if labels and (BIRTH_LABEL_TAIL_RE.match(context[labels[-1].end():])
                   or field_label_misread_colon(context, labels[-1], folded_text[start:start + 80])) \
            and not another_dates_label(context[labels[-1].end():]):
        after = re.match(r"\s*([A-Z]+)", context[labels[-1].end():])
        if labels[-1].group() == "NE" and after is not None and after.group(1) in NUMBER_LABEL_WORDS:
            return None
        return "birth", birth_label_sex(context, labels[-1])
    return None


def field_label_misread_colon(context: str, label: re.Match, after_the_date: str) -> bool:
    """`Naissance ;` / `Date de naissance =` / `Né le ;` opening its line, nothing but the misread colon before the date
    and nothing after it on its line but the field's end — not a list's line (`- Naissance ; 04.04.2022 : petit-fils`,
    review49)."""
    line = context[context.rfind("\n", 0, label.start()) + 1:label.start()]
    return MISREAD_COLON_FIELD_PREFIX_RE.fullmatch(line) is not None \
        and MISREAD_COLON_TAIL_RE.match(context[label.end():]) is not None \
        and not re.match(r"[^\n]*?:\s*[A-Z]", after_the_date)


# A prescription's patient line prints the age beside the birth date, no label: `79 ans — 04/10/1947`, `04/10/1947
# (79 ans)`. Only separators may stand between them — and, after the date, the sex a header prints between date and
# age (`02/02/2015 F (11 ans)`, `04/10/1947 (F, 79 ans)`): on e903b52 that sex letter hid a child's birth date beside
# her father's INS, and the INS filed him.
# `34 ans.— 24 novembre 1992`: a fax's speck between the age and its dash
AGE_BEFORE_RE = re.compile(r"(?<!\d)(?P<age>\d{1,3}) ?ANS(?:\.(?=\s*[\-—–]))?[\s,;:()\-—–]*$")
AGE_AFTER_RE = re.compile(r"[\s,;:(\-—–]*(?:(?:SEXE ?:? ?)?(?P<sex>F|M|H|FEMININ|MASCULIN|FEMME|HOMME)[\s,;:(\-—–]+)?"
                          r"(?P<age>\d{1,3}) ?ANS\b")
AGE_SLACK = 2  # a document may be a year or two older than the day it is read


def age_beside(folded: str, match: re.Match, value: date, today: date) -> bool:
    """An age printed right before or after the date, and that date is a birth date for that age (as of the day
    the page is read, or up to two years earlier: the document's own date is unknown)."""
    line_start = folded.rfind("\n", 0, match.start()) + 1
    before = AGE_BEFORE_RE.search(folded[line_start:match.start()])
    return any(printed is not None and age_fits(int(printed.group("age")), value, today)
               for printed in (before, age_after(folded, match.end())))


def age_after(folded: str, date_end: int) -> re.Match | None:
    line_end = folded.find("\n", date_end)
    return AGE_AFTER_RE.match(folded[date_end:len(folded) if line_end < 0 else line_end])


def age_fits(printed: int, value: date, today: date, page_day: date | None = None) -> bool:
    """The age fits the birth date as of the day the page is read (two years' slack), or exactly as of the page's own
    latest date when one is given (`sex_before_the_age`)."""
    if page_day is not None and value < page_day and age_on(value, page_day) == printed:
        return True
    age_today = age_on(value, today)
    return age_today - AGE_SLACK <= printed <= age_today


def age_on(value: date, day: date) -> int:
    return day.year - value.year - ((day.month, day.day) < (value.month, value.day))


def latest_day(parsed_dates: list[tuple[date, bool] | None], today: date) -> date | None:
    """The latest date the page prints up to the day it is read: the document's own date, or near it."""
    return max((parsed[0] for parsed in parsed_dates if parsed is not None and parsed[0] <= today), default=None)


def sex_before_the_age(text: str, folded: str, date_end: int, value: date, today: date,
                       page_day: date | None = None) -> str | None:
    """`02/02/2015 M (11 ans)`, `(F, 11 ans)`, `Masculin, 11 ans`: the sex a header prints between a birth date and
    the age that fits it is the sex of the person born that day ("M"/"F"), as the letter that ends a label's line is
    (sex_letter_after). A lone letter is read only as a capital in the page (`m` may be anything); the age must fit
    the date, or nothing says the letter is a sex. The header printed the age on the document's day: it fits as of
    today (two years' slack) or exactly as of the page's own latest date, `page_day` (`3 juin 1955 M (68 ans)` beside
    `Date de l'intervention 07.06.2023`)."""
    after = age_after(folded, date_end)
    if after is None or not age_fits(int(after.group("age")), value, today, page_day):
        return None
    return printed_sex(text, date_end, after)


def sex_before_an_age_in_parentheses(text: str, folded: str, date_end: int, value: date, today: date) -> str | None:
    """`03.06.1955 F (67 ans)`, `(F, 67 ans)`: a sex printed right after the date and before an age in parentheses that
    the person born that day has had by today is a sex, whether or not the age fits today or the page's date — an age
    off by a year (`F (67 ans)` on a report of 12/05/2022, when she was 66) fitted neither, the letter went unread, and
    `M. DURAND Claude, né le 03/06/1955` below filed Claude (M) (review23's residual 4). Only the date's sex letter,
    which only ever contradicts (matching.sex_after_birth_date_contradictions): the date is no birth date for it
    (`sex_before_the_age`). An age no one born that day has reached (`02/02/2015 M (48 ans)`) says nothing."""
    after = age_after(folded, date_end)
    if after is None or "(" not in after.group() or int(after.group("age")) > age_on(value, today):
        return None
    return printed_sex(text, date_end, after)


def printed_sex(text: str, date_end: int, after: re.Match) -> str | None:
    """The sex `age_after` read between the date and the age, a lone letter only as a capital in the page."""
    word = after.group("sex")
    if word is None or len(word) == 1 and not text[date_end + after.start("sex")].isupper():
        return None
    return SEX_OF_WORD[word]


def split_month_only(match: re.Match) -> bool:
    """`09/1 1/1992`: a padded day, then a month cut in two — nothing else could be printed there. A cut day
    (`1 2/03/1957`) is ambiguous: a table rule or a tick read as `1` before `2/03/1957` looks the same, so it
    gives no birth date at all (neither 12 nor 2), and the document goes to a person."""
    day, month = match.group(1), match.group(3)
    return " " not in day and len(day) == 2 and len(month.replace(" ", "")) == 2 and " " not in match.group(4)


def split_year_only(match: re.Match) -> bool:
    """`13/05/1 996`, `13/05/19 96`: day and month whole, the year's four digits cut once — a year is never printed
    with fewer, so nothing but the year could stand there (independent corpus dev s203-003)."""
    return " " not in match.group(1) + match.group(3) and " " in match.group(4)


GLUED_BEFORE_A_DAY = set("|![]().-'°")  # a table border, or a `1` read as a sign, a dot, a dash, a quote, a degree


def day_cut_from_a_glyph(folded: str, match: re.Match) -> bool:
    """`né le l2/02/1980`: OCR read the day's `1` as a letter, and the date regexes start after it, at
    `2/02/1980`. A one-digit day glued to a letter or a border sign may have lost its first digit: such a date
    never designates anyone (neither 2 nor 12), but it still contradicts any other birth date, 12 included
    (matching.same_birth_date)."""
    day = match.group(1).replace(" ", "")
    before = folded[match.start() - 1:match.start()]
    return len(day) == 1 and before != "" and (before.isalpha() or before in GLUED_BEFORE_A_DAY)


def wrapped_birth_dates(folded: str) -> list[re.Match]:
    """`né le 20 / 11 /` / `1940`: a date cut once by the end of its line, behind a birth label in running text."""
    return [match for match in dates_cut_behind_a_birth_label(folded)
            if birth_label_in_running_text(folded, match.start())]


def dates_cut_behind_a_birth_label(folded: str) -> list[re.Match]:
    """Dates cut once by the end of their line behind a birth label, in running text or in a form's cell."""
    return [match for match in WRAPPED_DATE_RE.finditer(folded)
            if match.group().count("\n") == 1 and date_label(folded, match.start())[0] == "birth"]


COLUMN_GAP_RE = re.compile(r" {2,}|\t")


def birth_label_in_running_text(folded: str, start: int) -> bool:
    """The birth label before `start` stands on the date's line after words of a sentence (`… HAMON, né le`), no
    column's gap among them: not a form's field, not a table's cell."""
    own = mended_birth_word(folded[folded.rfind("\n", 0, start) + 1:start])
    labels = list(BIRTH_LABEL_RE.finditer(own))
    if not labels:
        return False
    before = own[:labels[-1].start()]
    return FIELD_BIRTH_LABEL_PREFIX_RE.fullmatch(before) is None and COLUMN_GAP_RE.search(before.lstrip()) is None \
        and re.search(r"[A-Z]{2,}", before) is not None


def spaced_field_birth_dates(folded: str) -> list[re.Match]:
    """`Date de naiss. : 07 11.1996`: one separator printed as a space, in a birth date's field opening its line."""
    return [match for match in SPACED_DATE_RE.finditer(folded)
            if date_label(folded, match.start())[0] == "birth" and birth_label_opens_its_line(folded, match.start())]


def barred(match: re.Match) -> bool:
    """A BARRED_DATE_RE match with a bar, `!`, a bracket or a bar-like `1` for at least one of its separators."""
    return bool({match.group(2).strip(), match.group(4).strip()} & BAR_MARKS)


def barred_date_parts(match: re.Match, today: date) -> tuple[date, bool] | None:
    return parse_date_parts(match.group(1), int(match.group(3)), match.group(5), today)


def barred_field_birth_dates(folded: str) -> list[re.Match]:
    """`Date de naissance :` / `17 | 04 | 1988`, `08 | 04 / 1962`, `23 1 02 [ 1964`: a bar, `!` or a bracket for a
    slash, in a birth date's field opening its line, nothing but the label before the date (`Date de naissance : |
    Date d'entrée : 01 | 12 | 2026` is the entry's: review36)."""
    return [match for match in BARRED_DATE_RE.finditer(folded)
            if barred(match) and date_label(folded, match.start())[0] == "birth"
            and birth_label_opens_its_line(folded, match.start()) and only_a_birth_label_before(folded, match.start())]


def only_a_birth_label_before(folded: str, start: int) -> bool:
    """The date's line holds only a birth label before it, or nothing — and then the line above holds only one."""
    own = birth_label_text(folded, start)
    label = None if own is None else BIRTH_LABEL_RE.search(own)
    return label is not None and re.fullmatch(r"(?:\s*LE\b)?[\s:|.'\"_«»\-]*", own[label.end():]) is not None


def birth_label_text(folded: str, start: int) -> str | None:
    """What stands before the date at `start` on its line, or the line above when nothing does (mended birth words)."""
    line_start = folded.rfind("\n", 0, start) + 1
    own = folded[line_start:start]
    if not own.strip(LINE_DUST + ":"):
        above = line_above(folded, line_start)
        if above is None:
            return None
        own = folded[above[0]:above[1]]
    return mended_birth_word(own)


def birth_label_opens_its_line(folded: str, start: int) -> bool:
    """The birth label before `start` opens its line (dust and `Date de` before it at most): a form's field. A label
    on the line above (`Né(e) le :` / `07 11.1996`) opens that line when nothing but the label stands on the date's."""
    own = birth_label_text(folded, start)
    label = None if own is None else BIRTH_LABEL_RE.search(own)
    return label is not None and FIELD_BIRTH_LABEL_PREFIX_RE.fullmatch(own[:label.start()]) is not None


def under_a_mask(match: re.Match, masked: list[tuple[int, int]]) -> bool:
    """The match overlaps a span already read as something else (an INS, its field)."""
    return any(s < match.end() and match.start() < e for s, e in masked)


def find_dates(text: str, folded: str, tokens: list[Token], masked: list[tuple[int, int]],
               today: date) -> list[DateMention]:
    found = []
    for match in NUMERIC_DATE_RE.finditer(folded):
        parsed = parse_date_parts(match.group(1), int(match.group(3)), match.group(4), today)
        found.append((match, parsed))
    clean_starts = {match.start() for match, _ in found}
    for match in NOISY_DATE_RE.finditer(folded):
        if match.start() not in clean_starts:
            found.append((match, parse_date_parts(match.group(1), int(match.group(2)), match.group(3), today)))
    for match in WORDED_DATE_RE.finditer(folded):
        if stray_number_before(folded, match.start()) is not None:
            continue  # `née le 29 9 janvier 2013`: the 29th or the 9th — no date (find_unreadable_birth_dates)
        parsed = parse_date_parts(match.group(1), MONTHS[match.group(2)], match.group(3), today)
        found.append((match, parsed))
    for match in DOTTED_DAY_DATE_RE.finditer(folded):
        if stray_number_before(folded, match.start()) is None \
                and read_date_label(folded, match.start())[::2] == ("birth", False):
            found.append((match, parse_date_parts(match.group(1), MONTHS[match.group(2)], match.group(3), today)))
    for match in MISREAD_MONTH_DATE_RE.finditer(folded):
        month = misread_month(match.group(2))
        if month is not None and stray_number_before(folded, match.start()) is None \
                and read_date_label(folded, match.start())[::2] == ("birth", False):
            found.append((match, parse_date_parts(match.group(1), month, match.group(3), today)))
    split = [match for match in SPLIT_DATE_RE.finditer(folded)
             if " " in match.group(1) + match.group(3) + match.group(4)
             and date_label(folded, match.start())[0] == "birth"]
    taken = [(match.start(), match.end()) for match in split]
    found = [(m, p) for m, p in found if not any(s < m.end() and m.start() < e for s, e in taken)]
    found += [(match, parse_date_parts(match.group(1), int(match.group(3).replace(" ", "")),
                                       match.group(4).replace(" ", ""), today))
              for match in split if split_month_only(match) or split_year_only(match)]
    found += [(match, parse_date_parts(match.group(1), int(match.group(3)), match.group(4), today))
              for match in wrapped_birth_dates(folded)]
    found += [(match, parse_date_parts(match.group(1), int(match.group(2) or match.group(5)), match.group(6), today))
              for match in spaced_field_birth_dates(folded)
              if not any(under_a_mask(match, [(m.start(), m.end())]) for m, _ in found)]
    found += [(match, barred_date_parts(match, today))
              for match in barred_field_birth_dates(folded)
              if not any(under_a_mask(match, [(m.start(), m.end())]) for m, _ in found)]
    mentions = []
    page_day = latest_day([parsed for match, parsed in found if not under_a_mask(match, masked)], today)
    for match, parsed in found:
        if parsed is None or under_a_mask(match, masked):
            continue
        glued = day_cut_from_a_glyph(folded, match)
        at = match.start() - 1 if glued else match.start()  # `Né le l2/…`: the label ends before the glued glyph
        label, sex_hint, misread = read_date_label(folded, at)
        if label == "birth" and parsed[0].year >= today.year - 1 and negated_birth_label(folded, match.start()):
            label, sex_hint = "other", None  # an instruction's date (`Ne pas jeûner 12/03/2026`); an old one stays
        if label == "none" and (age_beside(folded, match, parsed[0], today)
                                or sex_before_the_age(text, folded, match.end(), parsed[0], today, page_day)):
            # `79 ans — 04/10/1947`: the age printed beside the date says it is a birth date; a header's sex and age
            # as of the page's own date too (`3 juin 1955 M (68 ans)` on a report of 07.06.2023, own corpus s71
            # scan_0013 and s41 photo_0012: read as of today, 68 was no age for 1955, the birth date went unread and
            # both pages went to review) — never an event's date (`Hospitalisation 17/05/2006 (16 ans)`: no sex)
            label = "birth"
        letter = None if label == "other" else (sex_letter_after(text, match.end())
                                                or sex_before_the_age(text, folded, match.end(), parsed[0], today,
                                                                      page_day)
                                                or sex_before_an_age_in_parentheses(text, folded, match.end(),
                                                                                    parsed[0], today))
        # the civility heading the block is read beside a printed sex too: the two may disagree (review24, 0fbb880)
        heading = civility_heading_the_block(folded, match.start()) if label == "birth" else None
        index = token_index_at(tokens, match.start())
        mentions.append(DateMention(
            value=parsed[0], text=text[match.start():match.end()].replace("\n", " "), token_index=index,  # same length
            line=tokens[index].line if index < len(tokens) else 0, label=label,
            two_digit_year=parsed[1], sex_hint=sex_hint, glued=glued,
            plural=label == "birth" and plural_birth_label(folded, match.start()),
            sex_letter=letter or (CIVILITY_SEX[folded[heading[0]:heading[1]]] if heading else None),
            heading_civility=text[heading[0]:heading[1]] if heading else None,
            misread_label=label == "birth" and misread,
        ))
    return sorted(mentions, key=lambda m: m.token_index)


# A label's sex letter after the birth date (`DUPONT Jean 12/03/1957 M`, `12/03/1957 (F)`): one capital alone, then the
# end of the line, a column gap or a table border. `12/03/1957 M. DUPONT` (a civility) and `12/03/1957 M 69 ans` are
# not read: only a letter nothing else could be.
SEX_LETTER_AFTER_DATE_RE = re.compile(r"[ \t]+\(?([MFH])\)?(?=[ \t]*(?:\n|$)|[ \t]{2,}|[ \t]*\|)")


def sex_letter_after(text: str, date_end: int) -> str | None:
    match = SEX_LETTER_AFTER_DATE_RE.match(text, date_end)
    return None if match is None else {"H": "M"}.get(match.group(1), match.group(1))


# A civility alone on its line (`MADAME`, `Monsieur`, `M.`: a bare `M` may be an initial; never `Madame,` — a letter's
# salutation — nor `Madame :`, a field), heading a form's identity block.
HEADING_CIVILITY_RE = re.compile(r"[ \t\"'«»|_\-]*(?P<civility>MONSIEUR|MADAME|MADEMOISELLE|MLLE|MME|MR|M(?=\.))\.?"
                                 r"[ \t\"'«»|_\-]*")
IDENTITY_BLOCK_KINDS = {"birth_name", "used_name", "name", "first_names", "used_first_name", "sex", "ins", "ipp"}
IDENTITY_BLOCK_OTHER_LABELS = {"ADRESSE", "TEL", "TELEPHONE"}
IDENTITY_BLOCK_LINES = 12  # lines of a form's identity block, from its first name label to the birth date


def civility_heading_the_block(folded: str, date_start: int) -> tuple[int, int] | None:
    """Where a civility alone on its line heading the form's identity block that holds the birth date at `date_start`
    stands in the page, (start, end) (`MADAME` / `Nom de naissance :` / `DUBOIS` / `Prénom : Claude` / `Né le :` /
    `27/07/2005`): its sex is read as the date's sex letter, which only ever contradicts
    (matching.sex_after_birth_date_contradictions) — on main that page filed DUBOIS Claude (M) (review21's residual 2).
    The block, read upwards from the date's line: lines each opening with a patient's identity label (a name, sex, INS,
    IPP, address, phone or birth label) or holding the value of a bare label on the line above (blank lines OCR leaves
    skipped, BLANK_LINES_SKIPPED at most in a row) or with any other field's label and its colon (`Motif :`, `Père :`:
    a form interleaves them, the civility still heads the person named below it — if the date under a relative's field
    is the relative's, filing on it was wrong anyway, and the civility only ever contradicts); the civility's next
    non-blank line opens a name label. Anything else (a paragraph, a line without a label) ends the block."""
    end = folded.find("\n", date_start)
    lines = folded[:len(folded) if end < 0 else end].split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    below, blank, block_lines = None, 0, 0  # `below`: the index of the block's line under the one being read
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].strip(LINE_DUST + ":"):
            blank += 1
            if blank > BLANK_LINES_SKIPPED:
                return None
            continue
        blank = 0
        civility = HEADING_CIVILITY_RE.fullmatch(lines[i])
        if civility is not None:
            if below is None or not opens_an_identity_label(folded, starts[below], NAME_KINDS):
                return None
            return starts[i] + civility.start("civility"), starts[i] + civility.end("civility")
        above = non_blank_line_above(lines, i)
        value_of_a_bare_label = above is not None and lines[above].rstrip(" \t").endswith((":", "=")) \
            and opens_an_identity_label(folded, starts[above], IDENTITY_BLOCK_KINDS)
        if block_lines >= IDENTITY_BLOCK_LINES \
                or not (opens_an_identity_label(folded, starts[i], IDENTITY_BLOCK_KINDS) or value_of_a_bare_label
                        or opens_a_labelled_field(folded, starts[i])):
            return None
        below, block_lines = i, block_lines + 1
    return None


def opens_a_labelled_field(folded: str, line_start: int) -> bool:
    """Whether the line at `line_start` opens with a field's label and its colon (`Motif :`, `Père :`, `Médecin :`)."""
    end = folded.find("\n", line_start)
    line = folded[line_start:len(folded) if end < 0 else end]
    opening = line_start + len(line) - len(line.lstrip(LINE_DUST))
    label = LABEL_RE.match(folded, opening)
    return label is not None and label.group("colon") is not None


def non_blank_line_above(lines: list[str], i: int) -> int | None:
    """The index of the first line above line `i` holding more than dust, blank lines skipped as a field's value skips
    them (BLANK_LINES_SKIPPED)."""
    for j in range(i - 1, max(i - 2 - BLANK_LINES_SKIPPED, -1), -1):
        if lines[j].strip(LINE_DUST + ":"):
            return j
    return None


def opens_an_identity_label(folded: str, line_start: int, kinds: set[str]) -> bool:
    """The line at `line_start` opens (OCR's dust before it at most) with a patient's field label of one of `kinds`, or
    (unless only name kinds are asked) with a birth label (`Né le :`, `Date de naissance :`, `DDN`, `Lieu de
    naissance`)."""
    end = folded.find("\n", line_start)
    line = folded[line_start:len(folded) if end < 0 else end]
    opening = line_start + len(line) - len(line.lstrip(LINE_DUST))
    label = LABEL_RE.match(folded, opening)
    index = label and label_index(label)
    if label is not None and LABEL_KINDS[index] in kinds:
        return True
    if kinds <= NAME_KINDS:
        return False
    if label is not None and LABEL_KINDS[index] == "other" and label.group(f"k{index}") in IDENTITY_BLOCK_OTHER_LABELS:
        return True  # the patient's address or phone between her name and her birth date
    return BIRTH_LABEL_RE.match(folded, FIELD_BIRTH_LABEL_PREFIX_RE.match(folded, opening).end()) is not None


# Glyphs OCR reads for digits (`02-O5-1950`, `l2/02/1980`). Never used to read a date: only to see that another
# reading of the same page may have printed a different one (matching.dates_read_otherwise).
DIGIT_LOOKALIKES = str.maketrans("OoQDlIi|!SsBZzG", "000011111558226")
LOOKALIKE = r"[\dOoQDlIi|!SsBZzG]"
LOOKALIKE_DATE_RE = re.compile(
    rf"(?<![\w/.\-])({LOOKALIKE}{{1,2}}) ?[/.\-] ?({LOOKALIKE}{{1,2}}) ?[/.\-] ?({LOOKALIKE}{{4}}|{LOOKALIKE}{{2}})(?![\w/])")


def lookalike_dates(text: str, today: date) -> list[tuple[date, str, bool]]:
    """Dates read with letters for some digits (`02-O5-1950` → 02/05/1950), their text and whether the year
    had two digits: what a page may say, for refusing a second reading only."""
    found = []
    for match in LOOKALIKE_DATE_RE.finditer(text):
        if sum(c.isdigit() for c in match.group()) < 4 or not any(not c.isdigit() for c in "".join(match.groups())):
            continue
        day, month, year = (group.translate(DIGIT_LOOKALIKES) for group in match.groups())
        parsed = parse_date_parts(day, int(month), year, today)
        if parsed is not None:
            found.append((parsed[0], match.group(), parsed[1]))
    return found


def find_unread_dates(text: str, folded: str, tokens: list[Token], masked: list[tuple[int, int]],
                      today: date) -> list[DateMention]:
    """Dates printed with letters for some digits (`né le O2/O2/198O`), with their label: never read as a date
    that designates anyone, only seen as one that may contradict (matching.unread_date_contradictions)."""
    mentions = []
    for match in LOOKALIKE_DATE_RE.finditer(text):
        if sum(c.isdigit() for c in match.group()) < 4 or "".join(match.groups()).isdigit() \
                or under_a_mask(match, masked):
            continue
        day, month, year = (group.translate(DIGIT_LOOKALIKES) for group in match.groups())
        parsed = parse_date_parts(day, int(month), year, today)
        if parsed is None:
            continue
        label, _sex = date_label(folded, match.start())
        mentions.append(unread_mention(match.group(), match.start(), tokens, parsed, label))
    return mentions + cut_years_without_a_birth_label(text, folded, tokens, masked, today) \
        + barred_dates_elsewhere(text, folded, tokens, masked, today)


def barred_dates_elsewhere(text: str, folded: str, tokens: list[Token], masked: list[tuple[int, int]],
                           today: date) -> list[DateMention]:
    """A date with bars for slashes outside a birth date's field (`| MOREL | Mathis | 14 | 09 | 2000 |`, a table's row):
    not read — bars part cells there — but it may be someone's birth date, and contradicts as a date printed with
    letters does: a namesake's, or under a birth label (review40: the row's date unseen, the field below it
    `Date de naissance : 14 ! 09 / 1999` filed the namesake born in 1999)."""
    read = {match.start() for match in barred_field_birth_dates(folded)}
    mentions = []
    for match in BARRED_DATE_RE.finditer(folded):
        if not barred(match) or match.start() in read or under_a_mask(match, masked):
            continue
        parsed = barred_date_parts(match, today)
        if parsed is None:
            continue
        label, _sex = date_label(folded, match.start())
        mentions.append(unread_mention(text[match.start():match.end()], match.start(), tokens, parsed, label))
    return mentions


def cut_years_without_a_birth_label(text: str, folded: str, tokens: list[Token], masked: list[tuple[int, int]],
                                    today: date) -> list[DateMention]:
    """`M. MOREL Hugo (10/10/1 980)`: a year cut once where no birth label stands is read only where one does
    (find_dates); elsewhere it may still be someone else's birth date, and contradicts as a date printed with letters
    does — else the one cut year read behind a label would file where the uncut page goes to review."""
    mentions = []
    for match in SPLIT_DATE_RE.finditer(folded):
        if not split_year_only(match) or under_a_mask(match, masked):
            continue
        label, _sex = date_label(folded, match.start())
        parsed = parse_date_parts(match.group(1), int(match.group(3)), match.group(4).replace(" ", ""), today)
        if label == "birth" or parsed is None:
            continue
        mentions.append(unread_mention(text[match.start():match.end()], match.start(), tokens, parsed, label))
    return mentions


def unread_mention(printed: str, start: int, tokens: list[Token], parsed: tuple[date, bool], label: str) -> DateMention:
    """A date that may only contradict (find_unread_dates), as printed at offset `start`."""
    index = token_index_at(tokens, start)
    return DateMention(parsed[0], printed, index, tokens[index].line if index < len(tokens) else 0, label, parsed[1],
                       None)


# What a birth date OCR could not read may look like behind its label: digits, glyphs read for digits, separators and
# spaces (`14 02 1952`, `06  /  06 : 1985`, `10/ 70'2010`, `06 L 06 1 1985`), from a digit to a digit or a look-alike.
DATE_LIKE_RUN_RE = re.compile(r"(?<![\w/])\d[\dOoQDlLIi|!SsBZzGJj/.\-:;,'\"°(){}\[\] ]{3,16}[\dOoQDlIi|!SsBZzG](?![\w/])")


@dataclass(frozen=True)
class UnreadableDate:
    text: str
    digits: str  # its digits, glyphs read as the digits they look like, separators dropped
    start: int  # offset in the page text
    # Day, month and year as printed, a glyph that looks like no digit as `?` (`24/0é/à5` → 24, 0?, ?5); None when
    # the date's separators were lost too (then only `digits` is known)
    groups: tuple[str, str, str] | None = None


# Behind a birth label, a date whose separators survived but some of whose digits OCR made into letters that look
# like no digit (`Née le 24/0é/à5.`, fax 150 dpi): DATE_LIKE_RUN_RE stops at the first such glyph.
GLYPHED_DATE_RE = re.compile(r"(?<![\w/])(\w{1,2}) ?[/.\-] ?(\w{1,2}) ?[/.\-] ?(\w{2,4})(?![\w/])")


# A worded date whose day follows another number and one space (`née le 29 9 janvier 2013`, own corpus s111 scan_0003,
# a scan's stutter): the day may be either number, or both — digits are never corrected, so it is no date at all.
STRAY_NUMBER_BEFORE_RE = re.compile(r"(?<![\d/.,:])\d{1,2} $")


def stray_number_before(folded: str, day_start: int) -> int | None:
    """Where the stray number before a worded date's day starts, if there is one."""
    stray = STRAY_NUMBER_BEFORE_RE.search(folded[max(0, day_start - 4):day_start])
    return None if stray is None else max(0, day_start - 4) + stray.start()


def stuttered_birth_dates(text: str, folded: str, spans: list[tuple[int, int]]) -> list[UnreadableDate]:
    """Behind a birth label, `29 9 janvier 2013`: unread (find_dates), but a birth date is printed there — it
    contradicts any patient whose birth date its digits are not, as any unreadable birth date does."""
    found = []
    for match in WORDED_DATE_RE.finditer(folded):
        start = stray_number_before(folded, match.start())
        if start is None or date_label(folded, start)[0] != "birth" or under_a_mask(match, spans):
            continue
        printed = text[start:match.end()]
        found.append(UnreadableDate(printed, "".join(c for c in printed if c.isdigit()), start))
    return found


def find_unreadable_birth_dates(text: str, folded: str, read: list[DateMention], tokens: list[Token],
                                masked: list[tuple[int, int]]) -> list[UnreadableDate]:
    """Behind a birth label, something shaped like a date that no date reading took (`Date de naissance : 14 02 1952`):
    the printed birth date, unknown. It never designates; it contradicts any patient whose birth date its digits are
    not (review8's M-2: a relative's readable date filed the document under the relative on main)."""
    spans = [(tokens[m.token_index].start, tokens[m.token_index].start + len(m.text)) for m in read
             if m.token_index < len(tokens)] + masked
    found = []
    for match in DATE_LIKE_RUN_RE.finditer(text):
        run = match.group().rstrip(" ")
        digits = run.translate(DIGIT_LOOKALIKES)
        digits = "".join(c for c in digits if c.isdigit())
        if sum(c.isdigit() for c in run) < 4 or len(digits) < 6 \
                or any(s < match.start() + len(run) and match.start() < e for s, e in spans) \
                or date_label(folded, match.start())[0] != "birth" or behind_another_label(folded, match.start()):
            continue
        found.append(UnreadableDate(run, digits, match.start()))
    found += wrapped_birth_dates_in_cells(text, folded, spans)
    found += stuttered_birth_dates(text, folded, spans + [(u.start, u.start + len(u.text)) for u in found])
    return found + find_glyphed_birth_dates(text, folded, spans + [(u.start, u.start + len(u.text)) for u in found])


def wrapped_birth_dates_in_cells(text: str, folded: str, spans: list[tuple[int, int]]) -> list[UnreadableDate]:
    """`Date de naissance : 19/08/` / `1980` in a form's field or a table's cell: not read (wrapped_birth_dates), but
    another birth date may stand there — it contradicts any patient whose birth date its digits are not, as the same
    date on one line would (a relative's, whose relation word a wrapped neighbour cell pushed a line away)."""
    found = []
    for match in dates_cut_behind_a_birth_label(folded):
        if birth_label_in_running_text(folded, match.start()) or under_a_mask(match, spans):
            continue
        printed = text[match.start():match.end()].replace("\n", " ")  # same length
        found.append(UnreadableDate(printed, "".join(c for c in printed if c.isdigit()), match.start()))
    return found


def find_glyphed_birth_dates(text: str, folded: str, spans: list[tuple[int, int]]) -> list[UnreadableDate]:
    """`Née le 24/0é/à5.`: three groups cut by a date's separators, three digits at least, a glyph no digit looks like
    among them. The readable digits are kept in place, so the date contradicts a patient only where they differ."""
    found = []
    for match in GLYPHED_DATE_RE.finditer(text):
        groups = tuple("".join(c if c.isdigit() else "?" for c in g.translate(DIGIT_LOOKALIKES))
                       for g in match.groups())
        shown = "".join(groups)
        if sum(c.isdigit() for c in shown) < 3 or "?" not in shown \
                or any(s < match.end() and match.start() < e for s, e in spans) \
                or date_label(folded, match.start())[0] != "birth" or behind_another_label(folded, match.start()):
            continue
        found.append(UnreadableDate(match.group(), shown.replace("?", ""), match.start(), groups))
    return found


def behind_another_label(folded: str, start: int) -> bool:
    """`Lieu de naissance : Caen` / `IPP : 523312128`: the run's own line opens with a label that is no birth label
    (`IPP :`, `Tél :`); date_label, seeing a label too short to be one, read the line above."""
    own = folded[folded.rfind("\n", 0, start) + 1:start]
    return any(c.isalpha() for c in own) and not BIRTH_LABEL_RE.search(mended_birth_word(own)) \
        and not misread_ddn_label(folded, start)


def mentions_a_date_or_birth_label(text: str) -> bool:
    """A date of any shape (letters for digits too) or a birth label anywhere in `text`."""
    folded = fold(text)
    return bool(NUMERIC_DATE_RE.search(folded) or NOISY_DATE_RE.search(folded) or WORDED_DATE_RE.search(folded)
                or LOOKALIKE_DATE_RE.search(text) or BIRTH_LABEL_RE.search(mended_birth_word(folded)))


# --- INS / NIR -----------------------------------------------------------------------------------

# 15 characters (13 + key), spaced or dotted as printed: `1 57 03 75 112 048 27`, `2.57.03.2A.112.048.24`;
# a narrow table cell may push the key alone to the next line, nothing else (`NDA 7043357638` / `67000`).
# A fax read in gray turns dots into commas (`2,71,02,22,278,816,89`): read so only behind an INS label (find_ins).
# The key may be printed apart behind its word (`INS 2510375118379 clé 41`, `… 084 clef : 36`; ood6 seed 1) or in a
# box of its own, whose border OCR reads as a bar (`1 84 02 29 019 255 | 78`, ood6 seed 3), or behind a slash or a dash
# (`2 56 01 99 139 253 / 67`, `2560199139253 - 67`: seventh corpus seed 11, o7_001).
INS_RE = re.compile(
    r"(?<![0-9A-Z])([12378])[ .,]?(\d{2})[ .,]?(\d{2})[ .,]?(\d{2}|2A|2B)[ .,]?(\d{3})[ .,]?(\d{3})"
    r"(?:[\s.,]?|[ \t]*[|/-][ \t]*|[ \t]*[-/(|]?[ \t]*CLEF?[ \t]*:?[ \t]*)(\d{2})(?![0-9])"
)
INS_LABEL_RE = re.compile(r"\b(?:INS|NIR|INS-?NIR|MATRICULE|S[EE]CURIT[EE] SOCIALE|N ?° ?SS|NSS|S\.S\.)\b[^\n]{0,25}$")


@dataclass(frozen=True)
class InsMention:
    number: str  # 15 characters, no separators
    valid_key: bool
    labelled: bool
    token_index: int
    line: int
    start: int = 0  # offset in the page text

    @property
    def sex(self) -> str | None:
        return {"1": "M", "2": "F", "7": "M", "8": "F"}.get(self.number[0])

    @property
    def birth_year_month(self) -> tuple[str, int | None]:
        month = int(self.number[3:5])
        return self.number[1:3], month if 1 <= month <= 12 else None


def ins_key_is_valid(number: str) -> bool:
    return stdnum_nir.is_valid(number)


def find_ins(folded: str, tokens: list[Token]) -> tuple[list[InsMention], list[tuple[int, int]]]:
    found = [("".join(m.groups()), m.start(), m.end(), labelled_ins(folded, m.start()))
             for m in INS_RE.finditer(folded) if not a_number_and_another_cell(folded, m)]
    found = [item for item in found if item[3] or "," not in folded[item[1]:item[2]]]  # `4,40 … 4,00`: lab values
    found += wrapped_labelled_ins(folded, [(start, end) for _, start, end, _ in found])
    found += scattered_labelled_ins(folded, [(start, end) for _, start, end, _ in found])
    found += spelled_labelled_ins(folded, [(start, end) for _, start, end, _ in found])
    mentions = []
    for number, start, _end, labelled in sorted(found, key=lambda item: item[1]):
        index = token_index_at(tokens, start)
        mentions.append(InsMention(
            number=number, valid_key=ins_key_is_valid(number), labelled=labelled,
            token_index=index, line=tokens[index].line if index < len(tokens) else 0, start=start,
        ))
    return mentions, sorted((start, end) for _, start, end, _ in found)


CIP13_PREFIX = "34009"  # every French drug pack's code opens so


def a_number_and_another_cell(folded: str, match: re.Match) -> bool:
    """`13 digits | 2 digits` is a key in a box of its own only behind an INS label or when the key holds: else a drug's
    or a device's code and the next cell (`| 3400936358756 | 30 |`), a NIR without its key and a room number, or a
    birth date's day (`| 1 49 11 75 056 123 | 02/11/1949 |`: review D). So is a key behind a slash or a dash
    (`… 123 / 30 comprimés`, `… 123 - 02/11/1949`), and never a drug's CIP13 code (`3400936358756 - 30`)."""
    between = folded[match.end(6):match.start(7)]
    bar = "|" in between
    slash_or_dash = ("/" in between or "-" in between) and "CLE" not in between
    if not (bar or slash_or_dash):
        return False
    if not bar and "".join(match.groups()).startswith(CIP13_PREFIX):
        return True
    dated = re.match(r"[/.-]\d", folded[match.end():match.end() + 2]) is not None
    return dated or not (labelled_ins(folded, match.start()) or ins_key_is_valid("".join(match.groups())))


def labelled_ins(folded: str, start: int) -> bool:
    line_start = folded.rfind("\n", 0, start) + 1
    return bool(INS_LABEL_RE.search(folded[max(line_start, start - 40):start]))


INS_WORD_RE = re.compile(r"\b(?:INS|NIR|MATRICULE|SECURITE|SS|NSS)\b")


# After the rest of a cut INS: the end of its line, or a field separator (`… 537 84 — N° dossier : …`, seed 310 IMG_0003:
# a key-failing INS cut after its first digit went unseen on main, and the photo was filed on the traits alone).
FIELD_ENDS_RE = re.compile(r"\s*(?:$|[-|;,]|\s{2,}|\t)")


def wrapped_labelled_ins(folded: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int, bool]]:
    """A labelled INS that a narrow line cut between two groups (`INS : 2 58 08 31 555` / `445 12`). Read
    when its key holds (two unrelated numbers glued by mistake almost never make a valid INS), or when the
    next line holds nothing but the rest of the number, or the rest then a field separator: then it is the printed INS
    even if its key fails,
    and a failing key must be seen (a contradiction, or a misread of the patient's own) — not taken for an
    unreadable field that is no evidence. A key-failing INS never designates anyone."""
    found = []
    line_start = 0
    for line_end in (i for i, c in enumerate(folded) if c == "\n"):
        start, line_start = line_start, line_end + 1
        if not INS_WORD_RE.search(folded, start, line_end):
            continue
        next_end = folded.find("\n", line_end + 1)
        next_end = len(folded) if next_end < 0 else next_end
        joined = folded[start:line_end] + " " + folded[line_end + 1:next_end]  # same length, same offsets
        for match in INS_RE.finditer(joined):
            first, last = start + match.start(), start + match.end()
            number = "".join(match.groups())
            key_after_its_word = "CLE" in joined[match.start():match.end()]  # an empty `clé :` box, the next line's
            if first < line_end < last and not any(s < last and first < e for s, e in taken) \
                    and labelled_ins(folded, first) \
                    and (ins_key_is_valid(number)
                         or (FIELD_ENDS_RE.match(folded, last, next_end) and not key_after_its_word)):
                found.append((number, first, last, True))
    return found


INS_FRAGMENT_RE = re.compile(r"(\d[\d .]*)$")
DIGITS_ONLY_LINE_RE = re.compile(r"\d[\d .]*\d")
SCATTER_LINES = 4  # how far below its label OCR's page layout may push the rest of a printed INS


# An INS printed digit by digit (`INS : 1 4 8 0 8 5 6 4 9 8 5 0 5  72`, boxes read as bars `|1|4|8|…`): single digits
# (Corsica's `2A`/`2B` as its pair, spelled too: `1 4 9 1 1 2 B 1 8 …`, second independent corpus s48_024), each
# followed by spaces or a bar, up to the end of the line.
SPELLED_INS_RE = re.compile(r"[|\[ ]*((?:(?:\d|2[ |]?[AB])[ |\]]{1,3}){12,14}(?:\d{1,2}|2[ |]?[AB]))[ |\]]*$",
                            re.MULTILINE)


def spelled_labelled_ins(folded: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int, bool]]:
    """A labelled INS printed digit by digit, as a form's boxes or a report generator spell it (second independent
    corpus, s1_014). Read only behind an INS label on its own line, whole: 15 characters, or nothing."""
    found = []
    for match in SPELLED_INS_RE.finditer(folded):
        start = match.start(1)
        if any(s < match.end() and start < e for s, e in taken) \
                or not (labelled_ins(folded, start) or labelled_on_the_line_above(folded, match.start())):
            continue
        whole = INS_RE.fullmatch(re.sub(r"[ |\]]", "", match.group(1)))
        if whole:
            found.append(("".join(whole.groups()), start, match.end(1), True))
    return found


# The patient's own INS label, alone on its line: no one else's (`de l'assuré`, `(mère)`, `de l'ouvrant droit`).
BARE_INS_LABEL_RE = re.compile(r"[\s.'\"_«»|*•\-]*(?:N\s*°\s*(?:DE\s+|D')?)?(?:MATRICULE\s+)?"
                               r"(?:INS(?:\s*-?\s*NIR)?|NIR|SECURITE\s+SOCIALE|SS|NSS|IMMATRICULATION|INS\s*\(NIR\))"
                               r"(?:\s+(?:DU|DE\s+LA)\s+PATIENTE?)?[\s.:*]*")
LINES_ABOVE_A_BARE_LABEL = 6  # a form's block: its heading and a few fields above the label


def labelled_on_the_line_above(folded: str, start: int) -> bool:
    """The patient's own INS label alone on the line above a line that opens on the number (`Matricule INS` / `1 7 3 1
    1 …`: a form's label over its boxes, second independent corpus s127_013), no one else named on the
    LINES_ABOVE_A_BARE_LABEL lines above the label (SOMEONE_ELSES_WORD_RE). A number on the line below `N° SS de
    l'assuré` or `Père : …` / `N° SS` may be his: not read, as before (session 59 review: eight such forms went from
    filed to review)."""
    line_start = folded.rfind("\n", 0, start) + 1
    if line_start == 0 or folded[line_start:start].strip(" |["):
        return False
    label_start = folded.rfind("\n", 0, line_start - 1) + 1
    if not BARE_INS_LABEL_RE.fullmatch(folded[label_start:line_start - 1]):
        return False
    above = folded[:label_start].split("\n")[-LINES_ABOVE_A_BARE_LABEL - 1:]  # the lines above, and the empty rest
    return not SOMEONE_ELSES_WORD_RE.search("\n".join(above))


def scattered_labelled_ins(folded: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int, bool]]:
    """A labelled INS whose first digits end their line while the rest, a few lines below, is a line of
    nothing but digits (`Matricule INS : 1 47 4` … `8 29 232 706 84`): OCR's page layout put other lines
    between them. Read as the printed INS so that a failing key is seen (a contradiction, or a misread of
    the patient's own) instead of an unreadable field that is no evidence; a key-failing INS never
    designates anyone, and a valid one only counts when it is exactly a registry INS."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", folded)]
    found = []
    for position, (start, end) in enumerate(lines):
        fragment = INS_FRAGMENT_RE.search(folded, start, end)
        if fragment is None or not INS_WORD_RE.search(folded, start, fragment.start()) \
                or not labelled_ins(folded, fragment.start()) or any(s < end and start < e for s, e in taken):
            continue
        for below_start, below_end in lines[position + 1:position + 1 + SCATTER_LINES]:
            rest = folded[below_start:below_end].strip()
            if not DIGITS_ONLY_LINE_RE.fullmatch(rest):
                continue
            whole = INS_RE.fullmatch(re.sub(r"[ .]", "", fragment.group(1) + rest))  # a group may be cut too
            if whole:
                found.append(("".join(whole.groups()), fragment.start(), end, True))
            break  # the first line of digits below is the rest, or nothing is
    return found


# --- labelled fields and third-party stretches ---------------------------------------------------

# `OU`: a fax's `DU`; `PATENT`, `PATLENT`: its `I` lost or read `L` (fourth corpus s29 FAX_026)
IDENTITY_OF_THE_PATIENT = "IDENTITE [DO]U PAT[IL]?ENT"
PATIENT_FIELD_LABELS = {
    # `NOIN`, `NORN`: a fax's `m` read as two glyphs (first corpus s776-014), only where the label's other words say it
    "birth_name": ["NOM DE NAISSANCE", "NOM DE JEUNE FILLE", "NOM DE JEUNE", "NOM NAISSANCE", "NOM DE NAISS\\.*",
                   "NOM NAISS\\.*", "NOIN DE NAISSANCE", "NORN DE NAISSANCE",
                   # a space lost by OCR (`NOMDE NAISSANCE : MADEC`, first corpus s819-033)
                   "NOMDE NAISSANCE", "NOM DENAISSANCE", "NOMDENAISSANCE"],
    "used_name": ["NOM D'USAGE", "NOM D USAGE", "NOM MARITAL", "NOM USUEL", "NOM D'EPOUSE", "NOM UTILISE"],
    "name": ["NOM ET PRENOM[A-Z]?\\(S\\)", "NOM ET PRENOMS?", "NOM PRENOM[A-Z]?\\(S\\)", "NOM PRENOMS?", "NOM DU PATIENT",
             "NOM DE LA PATIENTE", "NOM PATIENTE?", "NOM DE FAMILLE", "NOIN DE FAMILLE", "NORN DE FAMILLE", "NOM",
             "PATIENT\\(E\\)", "PATIENTE?",
             IDENTITY_OF_THE_PATIENT, "IDENTITE", "CONCERNE",
             "BENEFICIAIRE"],
    "first_names": ["PRENOM\\(S\\)", "PRENOM[A-Z]\\(S\\)", "PRENOMS?", "PREMIER PRENOM", "1ER PRENOM"],
    "used_first_name": ["PRENOM UTILISE", "PRENOM USUEL", "PRENOM D'USAGE"],
    # `Sexe (M/F) : F`, `Sexe {M/F) :`: the legend is no value
    "sex": ["SEXE ?[({\\[][MHF] ?/ ?[MHF][)}\\]]\\*?", "SEXE [MHF] ?/ ?[MHF]", "SEXE"],
    "ins": ["INS", "NIR", "INS-NIR", "INS NIR", "MATRICULE INS", "N ?° ?INS", "NUMERO INS", "N ?° ?SS",
            "N ?° ?SECURITE SOCIALE", "NUMERO DE SECURITE SOCIALE", "NSS"],
    "ipp": ["IPP", "N ?° ?IPP", "NUMERO IPP", "N ?° ?PATIENT", "ID PATIENT", "NUMERO PATIENT", "IDENTIFIANT PATIENTE?",
            "IDENTIFIANT DU PATIENT", "IDENTIFIANT DE LA PATIENTE"],
}


def literal_labels(labels: list[str]) -> set[str]:
    """The words each label pattern stands for (`DESTINATAIRES?` → DESTINATAIRE, DESTINATAIRES)."""
    found = set()
    for label in labels:
        forms = [""]
        for piece in re.split(r"(.\?)", label.replace("\\", "")):
            forms = [form + choice for form in forms
                     for choice in ((piece[0], "") if piece.endswith("?") and len(piece) == 2 else (piece,))]
        found.update(forms)
    return found


# A minor's or a protected adult's guardian (`Responsable légal :`, `Titulaire de l'autorité parentale :`): review88 found
# `Patient : VINCENT Frédéric` / `Responsable légal : VINCENT Frédéric, né le 26/07/1977` filed under the father.
GUARDIAN_LABELS = ["REPRESENTANTE? LEGALE?", "REPRESENTANT\\(E\\) LEGAL\\(E\\)", "REPRESENTANT LEGAL\\(E\\)",
                   "REPRESENTANTS LEGAUX", "RESPONSABLE LEGALE?", "RESPONSABLE LEGAL\\(E\\)", "RESPONSABLES LEGAUX",
                   "RESP\\. LEGALE?", "TITULAIRES? DE L'AUTORITE PARENTALE", "DETENTEURS? DE L'AUTORITE PARENTALE",
                   "DETENTRICE DE L'AUTORITE PARENTALE", "TUTRICE", "CURATEUR", "CURATRICE", "MANDATAIRE JUDICIAIRE"]
GUARDIAN_LITERAL_LABELS = literal_labels(GUARDIAN_LABELS)
# The one to call in an emergency (review T of session 67: `Contact urgence : BERTRAND Marc` / `Né le …` on a page whose
# patient's sticker was not read filed the husband): a close one, as `Personne à prévenir`.
EMERGENCY_CONTACT_LABELS = ["CONTACTS? D'URGENCE", "CONTACTS? EN CAS D'URGENCE", "CONTACTS? URGENCES?", "CONTACT URGENT",
                            "EN CAS D'URGENCE", "PERSONNE A CONTACTER EN CAS D'URGENCE",
                            "PERSONNE A PREVENIR EN CAS D'URGENCE", "PERSONNE A CONTACTER", "PERSONNE A JOINDRE"]
EMERGENCY_CONTACT_LITERAL_LABELS = literal_labels(EMERGENCY_CONTACT_LABELS)
THIRD_PARTY_LABELS = [
    "MEDECIN TRAITANT", "MEDECIN PRESCRIPTEUR", "MEDECIN", "PRESCRIPTEUR", "PRESCRIT PAR", "DESTINATAIRES?",
    "COPIES? A", "COPIES?", "CORRESPONDANTS?", "BIOLOGISTE", "RADIOLOGUE", "OPERATEUR", "CHIRURGIEN", "ANESTHESISTE",
    "AIDES? OPERATOIRES?", "SIGNE PAR", "VALIDE PAR", "REDIGE PAR", "DICTE PAR", "ADRESSEE? PAR",
    "PERSONNE DE CONFIANCE ?/ ?A PREVENIR", "PERSONNE A PREVENIR ?/ ?DE CONFIANCE",
    "PERSONNE DE CONFIANCE", "PERSONNE A PREVENIR", *EMERGENCY_CONTACT_LABELS, "EXPEDITEUR", "INTERNE", "INFIRMIERE?",
    "CONTACT",
    "ASSURE", "OUVRANT DROIT", *GUARDIAN_LABELS, "TUTEUR", "PARENTS?", "PERE", "MERE", "CONJOINTE?",
    "EPOUX", "DR", "DOCTEUR", "PR", "PROFESSEUR", "CHEF DE SERVICE",
]
# `Assuré(e)`, `Nom de l'assuré`…: the insured's field on a sheet whose beneficiary is named apart (a child's care
# sheet); without a beneficiary they are read as on main (no field), since the insured is then often the patient.
INSURED_LABELS = ["ASSUREE", "ASSURE\\(E\\)", "NOM DE L'ASSUREE?", "NOM DE L'ASSURE\\(E\\)", "NOM DE L ASSUREE?",
                  "NOM ASSUREE?", "IDENTITE DE L'ASSUREE?", "N ?° ?D'ASSUREE?", "NUMERO D'ASSUREE?"]
# `Sujet contact :`, `Cas contact :` name the one a contact tracing screens — the subject, not a close one's `Contact`
# (review87: `Sujet contact : HAMON Thierry` hid Thierry, and the index case named above was filed).
# A close one's link to the patient (`Lien : fils`), a line of his block (BLOCK_OTHER_LABELS).
LINK_LABELS = ["LIEN", "LIEN DE PARENTE", "LIEN FAMILIAL", "LIEN AVEC LE PATIENT"]
OTHER_LABELS = ["DATE DE NAISSANCE", "NE\\(E\\) LE", "NEE? LE", "DDN",
                "DATE", "SERVICE", "ADRESSE", "TEL", "TELEPHONE", "OBJET", "MOTIF", "LIEU DE NAISSANCE",
                "SUJETS? CONTACTS?", "CAS CONTACTS?", *LINK_LABELS]


@dataclass(frozen=True)
class LabelledField:
    kind: str  # a key of PATIENT_FIELD_LABELS, or "third_party", or "other" ("insured" only while reading)
    label: str
    value: str  # folded value text
    start: int  # offset of the value in the page text
    end: int
    label_start: int = -1  # offset of the label, when read from the page (read_fields)
    # a value read from the line below the patient's own empty name field that names a relative (`Lucas, frère`):
    # whose name it is cannot be told, and matching sends the page to review (names_a_relative)
    relative_below: bool = False
    # the patient's own name field whose value names a relative on its line (`Premier prénom : Lucas, frère`) or
    # whose next line says whose relative it is (`LUCAS` / `Frère jumeau de la patiente`): as above (kin_described)
    kin_beside: bool = False


# Between a label's words: spaces, or a mark a fax read from dust with spaces or none around it (`Nom, de famille :`,
# `Nom'de famille ;`, independent corpus dev s202-018 and s203-003); a colon only before a word that never opens a field
# of its own (`NOM DE: NAISSANCE :`, first corpus s776-015: read as `Nom :` whose name was « DE: NAISSANCE »), never
# before one that does (`Nom : Prénom :` is two fields).
BETWEEN_LABEL_WORDS = r"(?:\s*[,.']\s*|\s*[:;]\s*(?=NAISS|FAMILLE|JEUNE|USAGE|D\W?USAGE|USUEL|MARITAL|D\W?EPOUSE)|\s+)"


def spread_over_lines(label: str) -> str:
    """Narrow table cells wrap labels: `NOM DE` / `NAISSANCE` is one label."""
    return label.replace(" ?", "\x00").replace(" ", BETWEEN_LABEL_WORDS).replace("\x00", " ?")


def label_pattern() -> re.Pattern:
    alternatives = []
    for kind, labels in PATIENT_FIELD_LABELS.items():
        alternatives += [(kind, label) for label in labels]
    alternatives += [("third_party", label) for label in THIRD_PARTY_LABELS]
    alternatives += [("insured", label) for label in INSURED_LABELS]
    alternatives += [("other", label) for label in OTHER_LABELS]
    alternatives.sort(key=lambda pair: len(pair[1]), reverse=True)
    groups = "|".join(f"(?P<k{i}>{spread_over_lines(label)})" for i, (_, label) in enumerate(alternatives))
    # A label counts at the start of a line (table layouts, OCR may lose the colon) or before a colon.
    # OCR dust may open the line (`.Nom de naiss. :`, `‘.Prénom :`): one or two signs before the label still make it
    # the line's label.
    # A fax's speck between a label and its colon (`Personne de confiance. :`, `Né(e) le. :`) leaves the colon; dust
    # glued to a label ending its line (`Nom de famille’.` / `KLEIN`, `Prénom(s)..`) is kept apart (`dust`):
    # read_fields takes it for a colon on the patient's own name and sex labels only.
    # A table's border OCR read as a bracket may open the cell (`= [N° patient : 31003052`, first corpus s773-011).
    pattern = (rf"(?:^|(?<=[\s(|;,\[])|(?<=^[^\w\s])|(?<=^[^\w\s]{{2}}))(?:{groups})"
               rf"(?:(?P<colon>[ \t]*(?:[.,'’‘][ \t]*)?[:=]|\s*[:=])|(?=\s|$)|(?P<dust>(?=[^\w\s]+[ \t]*$)))")
    return re.compile(pattern, re.MULTILINE), [kind for kind, _ in alternatives]


LABEL_RE, LABEL_KINDS = label_pattern()


def label_index(match: re.Match) -> int:
    """Which of LABEL_RE's alternatives (`k<index>` groups, kinds in LABEL_KINDS) a match is."""
    return next(int(name[1:]) for name, value in match.groupdict().items() if value is not None and name.startswith("k"))
TITLE_ONLY_KINDS = {"DR", "DOCTEUR", "PR", "PROFESSEUR"}
# A doctor's line a letterhead's column put below the patient's empty name field (`Nom d'usage :` / `` / `Docteur Solène
# MARTIN — gastro-entérologue`, own corpus s91 capture_0040: read as her used name, it contradicted her): no patient's
# name is printed after a doctor's title, so it is no value of hers.
DOCTOR_TITLE_RE = re.compile(r"(?:DR|DOCTEUR|PR|PROFESSEUR)\b")


def find_fields(text: str, folded: str) -> list[LabelledField]:
    fields = read_fields(text, folded, insured_labels=True)
    if not beneficiary_named_apart(fields):
        fields = read_fields(text, folded, insured_labels=False)
    else:
        fields = [replace(f, kind="third_party") if f.kind == "insured" else f for f in fields]
    return with_insured_sections(folded, fields)


# A care sheet or a voucher printing the insured's block under its own heading, then the beneficiary's under another
# (`ASSURÉ(E)` / `Nom et prénom   N° d'immatriculation` / `LE BRAS Anne-Sophie` / `<her NIR>` / `BÉNÉFICIAIRE DES
# SOINS (si différent de l'assuré)` / `Nom de naissance : LE BRAS` / …; independent corpus ood4 s1–s3): every line
# between the two headings is the insured's, read as one third party's field — her name and her number are no evidence
# about the beneficiary. Only when the beneficiary's block names someone: left blank, the insured is the patient.
# A heading's note in brackets says when to fill the block (`(si différent de l'assuré)`, `(à remplir si …)`, its
# bracket read as a brace: `{à remplir si …)`): a name in brackets (`PATIENT (MICHEL Pauline)`) is the block's value.
HEADING_NOTE = r"[({]\s*(?:SI|S'IL|A\s+REMPLIR|LORSQUE|QUAND|EN\s+CAS|SAUF|LE\s+CAS)\b[^)\n]*\)?"
# The beneficiary's heading may say who she is in brackets (`Personne recevant les soins (le malade)`, sixth corpus
# s35 document_017, the transport prescription's block names her apart from the insured).
WHO_NOTE = r"[({]\s*(?:LE|LA)\s+(?:MALADE|PATIENTE?)\s*\)"
INSURED_HEADING_RE = re.compile(
    r"[\W_]*(?:IDENTI(?:FICATION|TE)\s+DE\s+L\s*'?\s*)?(?:L\s*'\s*)?(?:ASSUREE?|ASSURE\s*\(\s*E\s*\)|OUVRANT\s+DROIT)"
    rf"(?:\s+SOCIALE?)?\s*(?:{HEADING_NOTE})?[\W_]*")
BENEFICIARY_HEADING_RE = re.compile(
    r"[\W_]*(?:IDENTI(?:FICATION|TE)\s+D[UE]\s+(?:LA\s+)?|LE\s+|LA\s+)?(?:BENEFICIAIRE(?:\s+DES\s+SOINS)?"
    r"|PERSONNE\s+RECEVANT\s+LES\s+SOINS(?:\s+ET\s+(?:L\s*'\s*)?ASSUREE?(?:\s*\(\s*E\s*\))?)?"
    r"|PATIENTE?|PATIENT\s*\(\s*E\s*\)|MALADE|AYANT\s+DROIT)"
    rf"\s*(?:{HEADING_NOTE}|{WHO_NOTE})?[\W_]*")
INSURED_SECTION_LINES = 12  # lines from the insured's heading to the beneficiary's
BENEFICIARY_BLOCK_LINES = 12  # lines below the beneficiary's heading where the block names her
BENEFICIARY_ABOVE_LINES = 20  # lines from the beneficiary's heading down to the insured's below it (OCR's blank lines)
SECTION_CAPTION_RE = re.compile(
    r"N\s*°\s*D'\s*IMMATRICULATION|NUMERO\s+D'\s*IMMATRICULATION|NUMERO\s+DE\s+SECURITE\s+SOCIALE|N\s*°\s*SS"
    r"|NOM\s+ET\s+PRENOMS?|NOM\s+PRENOMS?|ADRESSE")


def with_insured_sections(folded: str, fields: list[LabelledField]) -> list[LabelledField]:
    """The fields, those of each insured's section (`insured_sections`) replaced by one third party's field spanning
    it, and a beneficiary's heading no longer read as a name field (`BÉNÉFICIAIRE DES SOINS (si différent…)`)."""
    starts = line_starts(folded)
    headings = [i for i, line in enumerate(folded.split("\n")) if BENEFICIARY_HEADING_RE.fullmatch(line)]
    fields = [f for f in fields if not on_a_heading_line(f, starts, headings)]
    for start, end, heading_start in insured_sections(folded, starts, headings, fields):
        inside = [f for f in fields if start <= max(f.label_start, f.start) < end]
        value = insureds_name(folded[start:end])
        fields = [f for f in fields if f not in inside] + [
            LabelledField("third_party", "ASSURE", value, start, end, heading_start)]
    return sorted(fields, key=lambda f: f.start)


def line_starts(folded: str) -> list[int]:
    starts = [0]
    for line in folded.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def on_a_heading_line(f: LabelledField, starts: list[int], headings: list[int]) -> bool:
    """A field whose label and value both stand on a beneficiary's heading line: the heading's words, not a name."""
    line = bisect_right(starts, max(f.label_start, 0)) - 1
    return f.label_start >= 0 and line in headings and f.value and bisect_right(starts, f.start) - 1 == line


def insured_sections(folded: str, starts: list[int], headings: list[int], fields: list[LabelledField]
                     ) -> list[tuple[int, int, int]]:
    """(start, end, heading's start) of each run of lines between an insured's heading alone on its line and the
    beneficiary's heading below it, when the beneficiary's block below names someone else (`beneficiary_named`)."""
    lines = folded.split("\n")
    sections = []
    for number, line in enumerate(lines):
        if not INSURED_HEADING_RE.fullmatch(line):
            continue
        below = next((h for h in headings if number < h <= number + INSURED_SECTION_LINES), None)
        if below is not None and below + 1 < len(lines):
            if beneficiary_named(folded, starts, below, fields, folded[starts[number + 1]:starts[below]]):
                sections.append((starts[number + 1], starts[below], starts[number]))
            continue
        above = next((h for h in reversed(headings) if number - BENEFICIARY_ABOVE_LINES <= h < number), None)
        if above is not None and number + 1 < len(lines):
            end = insured_block_end(lines, number)
            section_end = starts[end] if end < len(starts) else len(folded)
            if insured_apart_from_the_beneficiary(folded[starts[above + 1]:starts[number]],
                                                   folded[starts[number + 1]:section_end]):
                sections.append((starts[number + 1], section_end, starts[number]))
    return sections


# A line of the insured's number alone (`28404 29 120 776 O1`, `2 84 04 2A 120 776 01`): digits, the letters of
# Corsica's departments and the O a fax reads for a zero.
NUMBER_LINE_RE = re.compile(r"(?=(?:[^\d\n]*\d){10})[\dABO \t.]+")


def insured_block_end(lines: list[str], heading: int) -> int:
    """The line ending the insured's block below its heading: it holds her name once (`nom et prénom : TURPIN
    Aurélie`, or the name alone), the captions of her number and address, her number, her address and blank lines —
    anything else ends it, another person's field first of all (review of session 58: `Patient(e) : LEROY Jade`
    below the insured's name was swallowed). INSURED_SECTION_LINES lines down at most."""
    end, named = heading + 1, False
    while end < min(len(lines), heading + 1 + INSURED_SECTION_LINES):
        line = lines[end].strip(LINE_DUST + ":")
        caption = SECTION_CAPTION_RE.match(line)
        value = line[caption.end():].strip(LINE_DUST + ":") if caption else line
        if sum(c.isalnum() for c in line) < 2 or NUMBER_LINE_RE.fullmatch(line) or (caption and not value):
            end += 1  # (a box's corner read as a letter alone: `À`)
        elif caption and not caption.group().startswith("NOM"):
            end += 1  # her number or her address after its caption
        elif not named and (caption or LABEL_RE.match(line) is None) and names_someone(value) \
                and len(name_words(value)) >= 2 and not any(c.isdigit() for c in value):
            named = True
            end += 1
        else:
            break
    return end


def insured_apart_from_the_beneficiary(beneficiary_block: str, section: str) -> bool:
    """The insured's block below the beneficiary's (cerfa 12541: `PERSONNE RECEVANT LES SOINS` / … / `ASSURÉ(E) (à
    remplir si la personne recevant les soins n'est pas l'assuré(e))` / `nom et prénom : TURPIN Aurélie`, second
    corpus s126_021) names someone whose whole name the beneficiary's block does not print: the form fills it only for
    another person. Repeating the beneficiary's name, it says nothing apart and stays as read; the beneficiary's block
    left blank, the insured is the patient (session 46)."""
    insureds_words = set(name_words(insureds_name(section)))
    beneficiarys_name = insureds_name(re.sub(r"\([^()\n]*\)", " ", beneficiary_block))
    return len(insureds_words) >= 2 and bool(beneficiarys_name) \
        and not insureds_words <= set(name_words(beneficiary_block))


BLOCK_STOP_LABEL_RE = re.compile(r"[\W_]*(?:MOTIF|DATE(?!\s+DE\s+NAISSANCE)|MEDECIN|PRESCRIPT|RENSEIGNEMENT|OBJET"
                                 r"|SERVICE|ACTES|SIGNATURE|ADRESSE|IDENTIFICATION|ETABLISSEMENT)")


def beneficiary_named(folded: str, starts: list[int], heading: int, fields: list[LabelledField],
                      section: str) -> bool:
    """The name fields of the beneficiary's block, below its heading up to the next part of the form (`Motif`,
    `Médecin prescripteur`), name someone and do not repeat the insured's whole name: the beneficiary is someone else,
    or may be — a surname alone under the insured's (`Nom : LEGRAND` / her birth date under `LEGRAND Louise`) may be
    her twin's, whose first name the form left out. Left blank, or repeating her (`LOPEZ` / `Inès` under `LOPEZ Inès`),
    the block says the insured is the patient. A companion's or a guardian's field (`Accompagnant : …`), a word in
    capitals (`A JEUN`, `ALD 30`) name no beneficiary."""
    lines = folded.split("\n")
    end = heading + 1
    while end < min(len(lines), heading + 1 + BENEFICIARY_BLOCK_LINES) and not BLOCK_STOP_LABEL_RE.match(lines[end]):
        end += 1
    block_start, block_end = starts[heading + 1], starts[end] if end < len(starts) else len(folded)
    named = [f for f in fields
             if f.kind in NAME_KINDS_OF_A_BLOCK and names_someone(f.value) and block_start <= f.start < block_end]
    insureds_words = set(name_words(insureds_name(section)))
    return bool(named) and not (insureds_words and insureds_words <= {w for f in named for w in name_words(f.value)})


def insureds_name(section: str) -> str:
    """The first line of the section naming someone, once its captions and labels are taken out, up to a number (`.[
    LE BRAS ANNE-SOPHIE`, `NOM ET PRENOM : GUILAIN MARION`, `NICOLAS MICHEL : 1 71 02 …`)."""
    for line in section.split("\n"):
        rest = LABEL_RE.sub(" ", SECTION_CAPTION_RE.sub(" ", re.split(r"\d", line, maxsplit=1)[0]))
        rest = rest.strip(LINE_DUST + ":;,")
        if rest and names_someone(rest) and len(name_words(rest)) >= 2:
            return rest
    return ""


# A third party's heading and the block of identity fields below it (`Personne à prévenir :` / `Nom : DUPONT` /
# `Prénom : Paul`, `Père : DUPONT` / `Prénom : Paul`, `Ouvrant droit` / `Nom :` / `Prénom :`, `Frère jumeau` / `Nom :` /
# …): the block may be that person's. A first name read only there designates no one (matching.field_matches): on
# main a `Nom :` field elsewhere took it for its own (review31: a twin whose own block had lost its first name was
# filed on the relative's — 13 500 probe pages, seven layouts). Making the block's fields the third party's instead was
# refused (review32): blocks end early on faxes, and the surname they hid was the contradiction that kept a twin out.

# The third parties whose heading a block of identity fields may stand under: relatives, contacts, the insured — not a
# doctor's or a recipient's label, which a fax may leave blank above the patient's own block (review32's cost).
KIN_OR_INSURED_LABELS = {"PERSONNE DE CONFIANCE", "PERSONNE A PREVENIR", *EMERGENCY_CONTACT_LITERAL_LABELS,
                         "CONTACT", "ASSURE", "OUVRANT DROIT",
                         *GUARDIAN_LITERAL_LABELS, "TUTEUR", "PARENTS", "PARENT", "PERE", "MERE", "CONJOINT",
                         "CONJOINTE", "EPOUX"}
NAME_KINDS_OF_A_BLOCK = {"birth_name", "used_name", "name", "first_names", "used_first_name"}
BLOCK_KINDS = NAME_KINDS_OF_A_BLOCK | {"sex"}
# `Lien : fils` between a close one's name and his birth date (sixth corpus s17 SCAN…032) is his block's line too.
BLOCK_OTHER_LABELS = {"DATE DE NAISSANCE", "NE(E) LE", "NE LE", "NEE LE", "DDN", "TEL", "TELEPHONE", "ADRESSE",
                      "LIEU DE NAISSANCE", *LINK_LABELS}
RELATIVE_HEADING_RE = re.compile(
    r"[\W_]*(?:(?:SON|SA)\s+)?(?:FRERE|SOEUR|SŒUR|FILS|FILLE|EPOUSE|EPOUX|MARI|CONJOINTE?|COMPAGNON|COMPAGNE"
    r"|ONCLE|TANTE|GRAND\s*-?\s*(?:PERE|MERE)|JUMEAU|JUMELLE|AIDANTE?|PARRAIN|MARRAINE|TUTRICE"
    r"|ACCOMPAGNANTE?|TITULAIRE)"  # review of session 72: a homonym father's block under `Accompagnant` filed
    r"(?:\s+(?:JUMEAU|JUMELLE)S?)?(?:\s*\([^()\n]{1,20}\))?\s*:?\s*")


def headed_blocks(folded: str, fields: list[LabelledField]) -> frozenset[LabelledField]:
    """The fields of the lines below a third party's heading, the first of them a name's, up to a blank line, a line no
    such field opens, or a subject's or another third party's field. A heading
    is a line holding only a third party's field with no value (`Père :`, `Ouvrant droit`), or one whose value is one
    word and whose next line opens with a first-names field (`Père : DUPONT` / `Prénom : Paul`), or a relative's noun
    alone (`Frère jumeau`). `Époux :` / `Née le …` is no heading: a blank field of the patient's form, her date
    below."""
    lines = folded.split("\n")
    starts = line_starts(folded)
    on_line: dict[int, list[LabelledField]] = {}
    for f in fields:
        on_line.setdefault(bisect_right(starts, f.label_start if f.label_start >= 0 else f.start) - 1, []).append(f)
    blocks: set[LabelledField] = set()
    for number, line in enumerate(lines):
        first_below = first_line_of_the_block(folded, lines, number, on_line)
        if not heads_a_block(folded, line, on_line.get(number, []), on_line.get(first_below, [])) \
                or not opens_with_a_name_field(folded, on_line.get(first_below, [])):
            continue
        below, values_below = first_below, set()
        while below < len(lines) and (below in values_below or block_line(folded, on_line.get(below, []))):
            for f in on_line.get(below, []):
                values_below.add(bisect_right(starts, max(f.end - 1, f.start)) - 1)
                blocks.add(f)
            below += 1
    return frozenset(blocks)


def first_line_of_the_block(folded: str, lines: list[str], number: int,
                            on_line: dict[int, list[LabelledField]]) -> int:
    """The line below a heading at `number` where its block would open: the next one, or the one after a blank line
    (or a line of a fax's dust, `|`) when the heading is a close one's and the paragraph there says how that person is
    related, or a sex cell above the heading says the page's own identity stands there (OCR sets a bold heading apart
    as its own paragraph: `PERSONNE DE CONFIANCE` / `` / `Nom : PARIS` / `Prénom : ANNE-MARIE` / `Lien : épouse`,
    sixth corpus s35 FAX…012, filed under the wife when the patient's own table above, `Mohamed` / `31-03-1963` /
    `Masculin`, was unreadable). Otherwise the paragraph may be the patient's own, the close one's fields left out of a
    form (session 47: `Personne à prévenir` / `` / `Nom : LECLERCQ` / … files him); and never under the insured's
    headings: a care sheet's `ASSURÉ(E)` / `` / `Nom et prénom :` names the patient when she is the insured."""
    below = number + 1
    if below + 1 < len(lines) and not lines[below].strip(LINE_DUST) and below not in on_line \
            and a_close_ones_heading(lines[number], on_line.get(number, [])) \
            and (a_kinship_link_in_the_block(folded, lines, below + 1, on_line)
                 or any(SEX_CELL_RE.fullmatch(line) for line in lines[:number])):
        return below + 1
    return below


# A sex cell alone on its line (`Masculin`, `FÉMININ`): an identity table's above the heading, the page's own subject's
# however unreadable the rest of it.
SEX_CELL_RE = re.compile(r"[^\w\n]*(?:MASCULIN|FEMININ)[^\w\n]*")


# A `Lien :` value that says how someone else is related (not `lui-même`, `patient`, `assuré`, `néant`, nor left empty)
LINK_KINSHIP_WORDS = {"EPOUX", "EPOUSE", "MARI", "FEMME", "CONJOINT", "CONJOINTE", "COMPAGNON", "COMPAGNE", "CONCUBIN",
                      "CONCUBINE", "FILS", "FILLE", "MERE", "PERE", "FRERE", "SOEUR", "SŒUR", "NEVEU", "NIECE", "ONCLE",
                      "TANTE", "JUMEAU", "JUMELLE", "COUSIN", "COUSINE", "AMI", "AMIE", "VOISIN", "VOISINE", "TUTEUR",
                      "TUTRICE", "CURATEUR", "CURATRICE", "GENDRE", "BRU", "PETIT-FILS", "PETITE-FILLE",
                      "GRAND-PERE", "GRAND-MERE", "BEAU-PERE", "BELLE-MERE", "BEAU-FRERE", "BELLE-SOEUR"}


def a_kinship_link_in_the_block(folded: str, lines: list[str], start: int,
                                on_line: dict[int, list[LabelledField]]) -> bool:
    """A `Lien :` field (`LINK_LABELS`) naming a kinship (`LINK_KINSHIP_WORDS`) on one of the block's lines from
    `start` on (those `block_line` takes: review of session 73, a later paragraph's empty `Lien :` hid the patient's
    own block)."""
    number = start
    while number < len(lines) and lines[number].strip() and block_line(folded, on_line.get(number, [])):
        if any(f.label in LINK_LABELS and set(re.findall(r"[A-ZŒ][A-ZŒ-]*", f.value)) & LINK_KINSHIP_WORDS
               for f in on_line[number]):
            return True
        number += 1
    return False


def a_close_ones_heading(line: str, own: list[LabelledField]) -> bool:
    if not own:
        return RELATIVE_HEADING_RE.fullmatch(line) is not None
    label = HEADING_NUMBER_RE.sub("", re.sub(r"\s+", " ", own[0].label).strip())
    return len(own) == 1 and own[0].kind == "third_party" and not own[0].value and label in KIN_OR_INSURED_LABELS \
        and not insured_label(label) and label != "CONTACT"


# A form numbers its parents' headings (`Représentant légal 1`, `Parent 2`, `Tuteur n° 1`): session 62's probes filed
# a minor's consent under the parent whose block `Représentant légal 1` heads.
HEADING_NUMBER_RE = re.compile(r"\s*(?:N\s*[°O.]?\s*)?[12]$")


def kin_or_insured_label(label: str) -> bool:
    """A relative's, a close one's or the insured's label, a block of fields may stand under (`KIN_OR_INSURED_LABELS`),
    numbered or not."""
    label = HEADING_NUMBER_RE.sub("", re.sub(r"\s+", " ", label).strip())
    return label in KIN_OR_INSURED_LABELS or insured_label(label)


def heads_a_block(folded: str, line: str, own: list[LabelledField], next_line: list[LabelledField]) -> bool:
    """The line (its fields `own`) heads a third party's block (`headed_blocks`)."""
    if not own:
        return RELATIVE_HEADING_RE.fullmatch(line) is not None
    heading = own[0] if len(own) == 1 else None
    if heading is None or heading.kind != "third_party" or heading.label_start < 0 \
            or not kin_or_insured_label(heading.label) \
            or not opens_its_line(folded, heading.label_start) or rest_of_line(folded, heading.end).strip():
        return False
    if not heading.value:
        return True
    first = min(next_line, key=lambda f: f.label_start, default=None)
    return name_words(heading.value) == [heading.value.strip(" .")] and first is not None \
        and first.kind == "first_names" and opens_its_line(folded, first.label_start)


def opens_with_a_name_field(folded: str, fields: list[LabelledField]) -> bool:
    first = min(fields, key=lambda f: f.label_start, default=None)
    return first is not None and first.kind in NAME_KINDS_OF_A_BLOCK and opens_its_line(folded, first.label_start) \
        and not SUBJECT_LABEL_RE.fullmatch(first.label)


def rest_of_line(folded: str, offset: int) -> str:
    end = folded.find("\n", offset)
    return folded[offset:] if end < 0 else folded[offset:end]


def block_line(folded: str, fields: list[LabelledField]) -> bool:
    """The line's fields belong to a block: the first opens the line, and none is a subject's or a third party's."""
    if not fields:
        return False
    first = min(fields, key=lambda f: f.label_start)
    return first.label_start >= 0 and opens_its_line(folded, first.label_start) and all(
        (f.kind in BLOCK_KINDS and not (f.kind == "name" and SUBJECT_LABEL_RE.fullmatch(f.label)))
        or f.kind in ("ins", "ipp") or (f.kind == "other" and f.label in BLOCK_OTHER_LABELS) for f in fields)


# Several people's blocks of labelled fields on one page (the patient's and a relative's under a heading no rule knows,
# `Famille`, `Entourage`, `Lien : frère` after the block, a misread `Coniact`; two columns): a first-names field or a
# birth date is the block's whose name field stands nearest above it in its column. review34 measured main filing a
# twin on the relative's `Prénom` under such headings (9 852 probe pages with printed labels).
COLUMN_SLACK = 2  # OCR places a column's labels a character or two apart


@dataclass(frozen=True)
class NameFieldPlaces:
    """The labelled name fields of a page (`Nom :`, `Nom de naissance :`, `Patient :`) by line and column, grouped by
    person: fields on consecutive lines of one column, a birth name and a used name side by side, or the page's only
    birth name and only used name, are one person's."""

    places: tuple[tuple[int, int, LabelledField], ...]  # (line, column, field), in reading order
    groups: tuple[frozenset[LabelledField], ...]
    headings: frozenset[int] = frozenset()  # lines heading someone's block (`heading_lines`)
    heading_cells: frozenset[tuple[int, int, int]] = frozenset()  # (line, column, cell) of a column's heading
    tab_cells: dict[int, tuple[int, ...]] = field(default_factory=dict)  # a tabbed line's cell starts, by line

    @property
    def several_groups(self) -> bool:
        return len(self.groups) > 1

    @property
    def to_check(self) -> bool:
        return self.several_groups or bool(self.headings) or bool(self.heading_cells)

    def owner(self, line: int, column: int) -> LabelledField | None:
        """The name field whose block holds a field at (line, column): the nearest to its left on its line, else the
        nearest above in its column (or to its left), else the nearest above, else the nearest below."""
        same_line = [p for p in self.places if p[0] == line and p[1] <= column + COLUMN_SLACK]
        if same_line:
            return max(same_line, key=lambda p: p[1])[2]
        above = [p for p in self.places if p[0] < line]
        in_column = [p for p in above if p[1] <= column + COLUMN_SLACK]
        for candidates in (in_column, above):
            if candidates:
                nearest = max(p[0] for p in candidates)
                return max((p for p in candidates if p[0] == nearest), key=lambda p: p[1])[2]
        below = [p for p in self.places if p[0] > line]
        if not below:
            return None
        nearest = min(p[0] for p in below)
        return min((p for p in below if p[0] == nearest), key=lambda p: abs(p[1] - column))[2]

    def owns(self, name_field: LabelledField, line: int, column: int, headed: bool = False) -> bool:
        """The field at (line, column) is in `name_field`'s block — with no heading between them if `headed` (a first
        name below `Famille :`, `Contact en cas d'urgence : DUPONT` is that person's)."""
        if not any(name_field is place[2] for place in self.places):
            return True
        owner = self.owner(line, column)
        if owner is None or not any(name_field in group and owner in group for group in self.groups):
            return False
        owner_line = next(place[0] for place in self.places if place[2] is owner)
        return not headed or not (any(owner_line < heading < line for heading in self.headings) or any(
            owner_line <= cell_line < line and (abs(cell_column - column) <= COLUMN_SLACK
                                                or cell == self.tab_cell(line, column))
            for cell_line, cell_column, cell in self.heading_cells))

    def tab_cell(self, line: int, column: int) -> int | None:
        """Which cell of a tabbed line holds `column` (tabs align no characters: cells are counted)."""
        starts = self.tab_cells.get(line)
        return None if starts is None else bisect_right(starts, column) - 1


def name_field_places(text: str, fields: Sequence[LabelledField]) -> NameFieldPlaces:
    """The page's name fields placed and grouped (`NameFieldPlaces`), read on the page's own text: its case tells a
    heading's surname in capitals from a form's value (`names_at_most_a_surname`)."""
    places = sorted(((*line_and_column(text, f.label_start), f) for f in fields
                     if f.kind in ("birth_name", "used_name", "name") and names_someone(f.value)
                     and f.label_start >= 0),
                    key=lambda p: p[:2])
    parent = list(range(len(places)))
    kinds = [place[2].kind for place in places]
    # the page's only birth name and only used name are one person's wherever OCR's reading order put them — the same
    # surname twice only with no relative's heading between them (`Nom de naissance : DUPONT` / … / `Famille :` /
    # `Nom d'usage : DUPONT` / `Prénom : Paul` may be a relative's block; a hospital fills the used name with the
    # birth name: review36's cost)
    headings = heading_lines(text, fields)
    pair = [place for place in places if place[2].kind in ("birth_name", "used_name")]
    one_person_pair = kinds.count("birth_name") == 1 == kinds.count("used_name") and (
        name_words(pair[0][2].value)[0] != name_words(pair[1][2].value)[0]
        or not any(kin_line(line) for line in text.split("\n")[pair[0][0] + 1:pair[1][0]]))
    used_name_pairs = {nearest_other_name(places, i) for i, place in enumerate(places) if place[2].kind == "used_name"}

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, (line, column, f) in enumerate(places):
        for j, (other_line, other_column, g) in enumerate(places[:i]):
            stacked = other_line == line - 1 and abs(other_column - column) <= COLUMN_SLACK
            side_by_side = other_line == line and f.kind != g.kind
            if stacked or side_by_side or ({f.kind, g.kind} == {"birth_name", "used_name"} and one_person_pair) \
                    or (i, j) in used_name_pairs or (j, i) in used_name_pairs:
                parent[root(i)] = root(j)
    groups: dict[int, set[LabelledField]] = {}
    for i, (_line, _column, f) in enumerate(places):
        groups.setdefault(root(i), set()).add(f)
    return NameFieldPlaces(tuple(places), tuple(frozenset(g) for g in groups.values()), headings, heading_cells(text),
                           tab_cells(text))


# A second column's heading cell (`Nom : DUPONT      Famille` / `Né le : …      Prénom : Paul`): a relative's word
# alone after a column's gap, a colon at most — the first names below it in its column are that person's.
HEADING_CELL_RE = re.compile(r"[^\W\d_][^:\n\d]{0,40}?(?:\s+\d)?\s*:?\s*")
CELL_GAP_RE = re.compile(r" {3,}|\t")


def heading_cells(text: str) -> frozenset[tuple[int, int, int]]:
    cells = set()
    for number, line in enumerate(text.split("\n")):
        for index, gap in enumerate(CELL_GAP_RE.finditer(line), start=1):
            following = CELL_GAP_RE.search(line, gap.end())
            cell = line[gap.end():following.start() if following else len(line)]
            if cell.strip() and HEADING_CELL_RE.fullmatch(cell.rstrip()) and kin_heading(fold(cell)):
                cells.add((number, gap.end(), index))
    return frozenset(cells)


def tab_cells(text: str) -> dict[int, tuple[int, ...]]:
    return {number: (0, *(gap.end() for gap in CELL_GAP_RE.finditer(line)))
            for number, line in enumerate(text.split("\n")) if "\t" in line}


# A line heading someone's block: words (and a rank: `Parent 1`) and a colon, with at most two words after it
# (`Famille :`, `Entourage : DUPONT`, `Contact en cas d'urgence : DUPONT`, a misread `Coniact :`), no patient's field
# on it, a relative's word among its words (`kin_heading`).
HEADING_LIKE_RE = re.compile(
    r"\s*[^\W\d_][^:\n\d]{0,40}?(?:\s+\d)?\s*:\s*(?:[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)?\s*")


# The words of a relative's, a contact's or an insured person's heading: a heading of the patient's own form
# (`Mutuelle :`, `Hospitalisation :`, `Médecin traitant : Dr MARTIN`) stands between her own lines (review35's cost).
KIN_HEADING_WORDS = {"FAMILLE", "ENTOURAGE", "CONTACT", "CONTACTS", "PROCHE", "PROCHES", "PARENT", "PARENTS", "PERE",
                     "MERE", "FRERE", "SOEUR", "FRERES", "SOEURS", "FRATRIE", "JUMEAU", "JUMELLE", "JUMEAUX", "EPOUX",
                     "EPOUSE", "CONJOINT", "CONJOINTE", "MARI", "COMPAGNON", "COMPAGNE", "ENFANT", "ENFANTS", "FILS",
                     "FILLE", "TUTEUR", "TUTRICE", "CURATEUR", "CURATRICE", "RESPONSABLE", "REPRESENTANT",
                     "REPRESENTANTE", "ACCOMPAGNANT", "ACCOMPAGNANTE", "AIDANT", "AIDANTE", "PREVENIR", "URGENCE",
                     "CONFIANCE", "ASSURE", "ASSUREE", "OUVRANT", "ONCLE", "TANTE", "PARRAIN", "MARRAINE", "GRAND-PERE",
                     "GRAND-MERE", "GARANT"}


# Letters a fax reads one for the other (`Coniact`, `Pèrc`, `Conjolnt`, `Représentaut`, `Persorne`): a word one such
# letter away from a relative's is that word, not `Ville` beside `Fille`.
CONFUSED_LETTERS = {frozenset(pair) for pair in ("CE", "OE", "IL", "IT", "UN", "RN", "UV", "HN")}


def kin_heading(line: str) -> bool:
    """The words before the heading's colon name a relative, a contact or the insured — or one misread letter from
    one (`CONFUSED_LETTERS`; `rn` read for `m`: `Jurneau`)."""
    words = re.findall(r"[A-Z][A-Z-]*", line.split(":", 1)[0].upper().replace("RN", "M"))
    return any(word in KIN_HEADING_WORDS or any(one_confused_letter(word, kin) for kin in KIN_HEADING_WORDS)
               for word in words)


def one_confused_letter(word: str, kin: str) -> bool:
    if len(word) != len(kin) or len(word) < 4:
        return False
    differing = [frozenset((a, b)) for a, b in zip(word, kin) if a != b]
    return len(differing) == 1 and differing[0] in CONFUSED_LETTERS


def kin_line(line: str) -> bool:
    """A relative's heading, with or without its colon (`Famille`, `Frère jumeau :`, `Entourage : DUPONT`)."""
    return HEADING_CELL_RE.fullmatch(line.strip()) is not None and kin_heading(fold(line)) or kin_heading_line(line)


def kin_heading_line(line: str) -> bool:
    """Words and a colon naming a relative, nothing or a surname in capitals after it (`Entourage : DUPONT`)."""
    return HEADING_LIKE_RE.fullmatch(line) is not None and kin_heading(fold(line)) and names_at_most_a_surname(line)


def names_at_most_a_surname(line: str) -> bool:
    """After the heading's colon, nothing or a surname in capitals (`Entourage : DUPONT`) — not a value of the
    patient's form (`Situation de famille : Mariée`, `Famille : informée`, `Médecin responsable : Dr LEBLANC`:
    review36's cost)."""
    value = line.split(":", 1)[1].strip() if ":" in line else ""
    return all(word.isupper() for word in re.findall(r"[^\W\d_][\w'’.-]*", value))


def fields_by_label_line(text: str, fields: Sequence[LabelledField]) -> dict[int, list[LabelledField]]:
    """The labelled fields grouped by the line their label opens on."""
    on_line: dict[int, list[LabelledField]] = {}
    for f in fields:
        if f.label_start >= 0:
            on_line.setdefault(line_and_column(text, f.label_start)[0], []).append(f)
    return on_line


def heading_lines(text: str, fields: Sequence[LabelledField]) -> frozenset[int]:
    on_line = fields_by_label_line(text, fields)
    values = set()
    for f in fields:
        if f.value and "\n" in text[max(f.label_start, 0):f.start]:
            values.add(line_and_column(text, f.start)[0])  # a value below its label (`Nom d'usage :` / `Clément. :`)
    # a third party's blank field is the patient's form's (`Époux :` / `Née le …`), not a heading
    return frozenset(number for number, line in enumerate(text.split("\n")) if kin_heading_line(line)
                     and number not in values and all(f.kind == "third_party" and f.value
                                                      for f in on_line.get(number, [])))


USED_NAME_REACH = 3  # lines from a used name to its birth name (`Nom d'usage` / `Prénom` / `Nom de famille`)


def nearest_other_name(places: list[tuple[int, int, LabelledField]], used: int) -> tuple[int, int] | None:
    """The name field nearest a used name's in its column, a few lines away at most, that bears another surname: the
    same person's birth name (a relative's block repeats the patient's surname, `Nom d'usage : DUPONT` / `Prénom`)."""
    line, column, field = places[used]
    own = name_words(field.value)[0]
    near = [(abs(other_line - line), j) for j, (other_line, other_column, other) in enumerate(places)
            if j != used and other.kind in ("birth_name", "name") and abs(other_line - line) <= USED_NAME_REACH
            and abs(other_column - column) <= COLUMN_SLACK and name_words(other.value)[0] != own]
    return (used, min(near)[1]) if near else None


# What a letterhead's line below a blank name label opens with (`Nom d'usage` / `Tél. 03 00 85 37 23`): no name
NOT_A_NAME_WORDS = {"TEL", "TELEPHONE", "FAX", "PORTABLE", "ADRESSE", "FINESS", "RPPS", "SERVICE", "DATE", "EMAIL",
                    "MAIL", "SECRETARIAT"}


def names_someone(value: str) -> bool:
    words = name_words(value)
    return bool(words) and words[0] not in NOT_A_NAME_WORDS


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset), offset - line_start


# `Personne de confiance / à prévenir`: one heading for one person, read as its first label.
BOTH_CLOSE_ONES_RE = re.compile(
    r"(?P<first>PERSONNE\s+(?:DE\s+CONFIANCE|A\s+PREVENIR))\s*/\s*(?:A\s+PREVENIR|DE\s+CONFIANCE)")


# The signer's role toward the one named after a guardian's label (`Enfant dont je suis la représentante légale :`,
# `agissant en qualité de responsable légal :`, `autorise, en tant que tuteur :`): the value is the ward (review89).
GUARDIANS_ROLE_RE = re.compile(r"\b(?:DONT|EN\s+TANT\s+QUE|EN\s+QUALITE\s+D[E']|AGISSANT|POUR\s+LE\s+COMPTE)\b")
GUARDIANS_ROLE_END_RE = re.compile(GUARDIANS_ROLE_RE.pattern + r"[^.:;\n]{0,30}$")  # ending the line above


def after_the_signers_role(folded: str, label_start: int) -> bool:
    """A clause of the signer's role before the label on its line, or ending the line above a label that opens its
    own (`agissant en qualité de` / `Responsable légal : ROUSSEL Camille`)."""
    line_start = folded.rfind("\n", 0, label_start) + 1
    before = folded[line_start:label_start]
    if not before.strip(LINE_DUST):
        above = line_above(folded, line_start)
        before = "" if above is None else folded[above[0]:above[1]]
        return GUARDIANS_ROLE_END_RE.search(before) is not None
    return GUARDIANS_ROLE_RE.search(before) is not None



def read_fields(text: str, folded: str, insured_labels: bool) -> list[LabelledField]:
    hits, at_line_start = [], False
    for match in LABEL_RE.finditer(folded):
        index = label_index(match)
        at_line_start = opens_its_line(folded, match.start())
        label = re.sub(r"\s*[,.:;]\s*(?=[A-Z])", " ", match.group(f"k{index}"))  # `NOM, DE FAMILLE`: `NOM DE FAMILLE`
        label = BOTH_CLOSE_ONES_RE.sub(r"\g<first>", label)
        if label in TITLE_ONLY_KINDS or (LABEL_KINDS[index] == "insured" and not insured_labels):
            continue  # titles are handled next to names; they are not field labels
        if not (match.group("colon") or at_line_start) or (label in COLON_ONLY_LABELS and not match.group("colon")):
            continue  # a `COPIE` stamp alone on its line is no `Copie :` field
        if match.group("dust") is not None \
                and not dust_for_a_colon(text, match, LABEL_KINDS[index], label, at_line_start):
            continue
        if label in GUARDIAN_LITERAL_LABELS and after_the_signers_role(folded, match.start()):
            continue  # `Enfant dont je suis la représentante légale : MORIN Léa`: the ward named, not the guardian
        hits.append((match, LABEL_KINDS[index], label))
    misread = misread_third_party_labels(folded, hits)
    hits = sorted([hit for hit in hits if not any(overlap(hit[0], other[0]) for other in misread)] + misread,
                  key=lambda hit: hit[0].start())
    fields = []
    for position, (match, kind, label) in enumerate(hits):
        start, end = same_line_value(folded, value_start(folded, match, kind, label), hits, position)
        if kind == "third_party":
            end = with_its_wrapped_birth_date(folded, start, end)
        if folded[start:end].strip(" \t:;|-,") in DANGLING_WORDS:
            start, end = end, end  # `Nom de` / `MORIN` / … / `naissance`: the label wrapped, its value below
        elif kind in PATIENT_FIELD_LABELS and not folded[start:end].strip(LABEL_TAIL_DUST):
            start, end = end, end  # `Nom de naiss...` / `ROUSSEL`, `N° IPP : .` / `31005093`: dots, dust; the value below
            # (never a third party's: the insured's value over dust was refused by review7 and review15)
        if not (match.group("colon") and opens_its_line(folded, match.start())) \
                and not opens_like_a_value(text[start:end]) \
                and not (kind == "sex" and CHECKBOX_RE.match(folded[start:end].lstrip(" \t:;|-,"))):
            continue  # `Patient de 67 ans, sans antécédents…`, `revoir le patient: dans trois mois`: a sentence
            # (a sex's boxes are its value: `Sexe : [X] F [ ] M   Né le …`, the box ticked for the other sex unread,
            # filed a man on main)
        if only_captions(folded[start:end]):  # (its captions hold every label only_labels knows)
            fields.append(LabelledField(kind, label, "", start, start, match.start()))
            continue  # a table's header row: the values stand below, column by column
        relative_below = False
        if not folded[start:end].strip(" \t:;|-") and label not in COLON_ONLY_LABELS:
            # (`Copie :` / `LEROY Louise`: a bare `Copie :` takes nothing from below, as when it was no label)
            numbers_apart = insured_labels and an_insureds_label(kind, label)
            start, end = next_line_value(text, folded, match.end(), hits, position,
                                         skip_blank_lines=kind in OWN_IDENTITY_KINDS,
                                         number_groups_are_words=not numbers_apart)
            if kind in OWN_IDENTITY_KINDS and DOCTOR_TITLE_RE.match(folded[start:end].lstrip(" \t:;|-,")):
                start = end = match.end()  # `Nom d'usage :` / `` / `Docteur Solène MARTIN — gastro-entérologue`
            elif an_identity_heading(label) and a_documents_title(folded[start:end]):
                start = end = match.end()  # `IDENTITÉ DU PATIENT` / `` / `FICHE DE LIAISON` / `Nom de naissance : …`
            if an_identity_heading(label) and start == end:
                start, end = civility_name_past_a_line(folded, match.end(), hits, position) or (start, end)
            relative_below = kind in NAME_KINDS_OF_A_BLOCK and start > match.end() \
                and names_a_relative(folded[start:end])
        value = folded[start:end].strip(" \t:;|-,")
        if kind == "third_party" and HEADING_NUMBER_RE.fullmatch(value) and kin_or_insured_label(label):
            start, value = end, ""  # `Représentant légal 1` / `Nom : …`: a numbered heading, no value
        kin_beside = kind in NAME_KINDS_OF_A_BLOCK and not relative_below and bool(value) \
            and kin_described(folded, start, end)
        fields.append(LabelledField(kind, label, ticked_sex(value) if kind == "sex" else value, start, end,
                                    match.start(), relative_below, kin_beside))
    return fields


# A relative's noun on the line below an empty name field of the patient's (`Lucas, frère`, `Léa, fille de Sophie`): the
# line may be a relative's, or hers saying whose child she is (review71, review72). `épouse`, `époux` are left out: they
# introduce a married name (`DUPONT épouse MARTIN`).
KIN_NOUN = r"(?:PERE|MERE|FRERE|SOEUR|SŒUR|FILS|FILLE|JUMEAU|JUMELLE|CONJOINTE?|ONCLE|TANTE|GRAND-(?:PERE|MERE)|TUTEUR" \
           r"|TUTRICE|BEAU-(?:PERE|FRERE)|BELLE-(?:MERE|SOEUR))"
RELATIVE_IN_A_VALUE_RE = re.compile(rf"(?<![\w-]){KIN_NOUN}(?![\w-])")
# The words of someone else's line, above an INS label alone on its line (labelled_on_the_line_above): a relative, a
# guardian, the insured, a parent (`Représentant légal (tutrice) : ROUX Annie` / `N° de sécurité sociale` / the
# number: hers, or the patient's? Not read).
SOMEONE_ELSES_WORD_RE = re.compile(rf"(?<![\w-])(?:{KIN_NOUN}|ASSURE\w*|OUVRANT\w*|CURAT\w+|REPRESENTANT\w*"
                                   r"|RESPONSABLE|PARENTS?|TITULAIRE|SOUSCRIPTEUR|AYANT\w*|CONTACT|PROCHE)(?![\w-])")


def names_a_relative(folded_value: str) -> bool:
    return RELATIVE_IN_A_VALUE_RE.search(folded_value) is not None


# What says that a name is a relative's: a kinship noun, `jumeau`/`jumelle` after it, whose relative (`de la
# patiente`), a closing bracket — nothing else (`vue avec son frère`, `Son frère Paul l'accompagne.` are sentences).
KIN_QUALIFIER = rf"(?:(?:SON|SA)\s+)?{KIN_NOUN}(?:\s+(?:JUMEAU|JUMELLE))?(?:\s+(?:DE\s+LA\s+PATIENTE|DU\s+PATIENT" \
                r"|DE\s+L\s*'\s*ENFANT))?[\s)\].]*"
# `LUCAS, FRERE`, `LUCAS (FRERE JUMEAU)`, `LUCAS - FRERE JUMEAU DE LA PATIENTE`: a name, then its kinship.
NAME_THEN_KIN_RE = re.compile(rf"[A-Z'\-]+(?:\s+[A-Z'\-]+){{0,3}}\s*[,(\[\-–—]\s*{KIN_QUALIFIER}")
# `(frère jumeau)`, `Frère jumeau de la patiente`, `Son frère` alone on the next line.
KIN_LINE_RE = re.compile(rf"[ \t(\[\-–—,]*{KIN_QUALIFIER}")


def kin_described(folded: str, start: int, end: int) -> bool:
    """The value (`folded[start:end]`) is a name then its kinship (`LUCAS, FRERE`), or the next line with words is
    only a kinship (`LUCAS` / `Frère jumeau de la patiente`, `(frère jumeau)`): the name may not be the patient's
    (review71). A kinship heading a block of fields below (`Frère jumeau` / `Nom : WEBER`) is that block's."""
    if NAME_THEN_KIN_RE.fullmatch(folded[start:end].strip(" \t:;|-,")):
        return True
    line_end = folded.find("\n", end)
    following = [line for line in folded[line_end + 1:].split("\n")[:BLANK_LINES_SKIPPED + 2] if line.strip()] \
        if line_end >= 0 else []
    if not following or KIN_LINE_RE.fullmatch(following[0]) is None:
        return False
    after = following[1] if len(following) > 1 else ""
    return not opens_an_identity_label(after, 0, NAME_KINDS_OF_A_BLOCK)


LINE_DUST = " \t.'\"_«»-|!‘’"  # what OCR leaves before a label opening its line (a table's rule read `|`, `!`)


def opens_its_line(folded: str, start: int) -> bool:
    """Nothing but OCR's dust stands before `start` on its line."""
    return folded[folded.rfind("\n", 0, start) + 1:start].strip(LINE_DUST) == ""


# A fax reads a third party's colon as a dot, a semicolon or an underscore between spaces (`Ouvrant drait . LE FLOCH
# Clémence`, independent corpus dev s202-025; `Personne de confiance _ Chevalier DUC. THIERRY, né le …`, s604-034).
MARK_FOR_A_COLON = r"[ \t]+[.;_](?=[ \t])"
MARK_FOR_A_COLON_RE = re.compile(MARK_FOR_A_COLON)


def dust_for_a_colon(text: str, match: re.Match, kind: str, label: str, at_line_start: bool) -> bool:
    """A fax's dust glued to the patient's own name or sex label, the label alone on its line and printed with its
    capital (`Nom de famille’.` / `KLEIN`, `Prénom(s)..` / `Noémie`; independent corpus s753-040): its colon, the
    value below. Not `patient.` nor `nom.` wrapped to a line of their own in running text."""
    return at_line_start and kind in OWN_IDENTITY_KINDS and NAME_OR_SEX_LABEL_RE.match(label) is not None \
        and not label.startswith("BENEFICIAIRE") and text[match.start()].isupper()


# The patient's own labels that take a fax's mark for their colon: not `Patient`, a word of sentences too. A rights
# sheet's `Bénéficiaire . Chérif Marie-Hélène` is no sentence (independent corpus s767-036: the insured mother's number
# then contradicted her child).
NAME_OR_SEX_LABEL_RE = re.compile(r"NOM|PRENOM|1ER PRENOM|PREMIER PRENOM|SEXE|BENEFICIAIRE")


def value_start(folded: str, match: re.Match, kind: str, label: str) -> int:
    """Where a label's value starts on its line: right after the label, or after the mark a fax read for the colon of a
    label opening its line: a long third party's or the insured's (`Ouvrant droit . LE FLOCH Clémence`, `Assurée .
    MARÉCHAL MONIQUE` on a child's care sheet: independent corpus s5-006, whose insured's N° SS then contradicted the
    child), or the patient's own name or sex field (`Nom de naissance . LACROIX`, `Prénoms . Linh`: the field was lost;
    a semicolon was already read). Nothing else moves: in running text (`sa mère . Elle …`) such a mark ends a
    sentence."""
    mark = MARK_FOR_A_COLON_RE.match(folded, match.end())
    if mark is None or match.group("colon") or not opens_its_line(folded, match.start()):
        return match.end()
    if (kind in OWN_IDENTITY_KINDS and NAME_OR_SEX_LABEL_RE.match(label)) \
            or (kind in ("third_party", "insured") and (label in LONG_THIRD_PARTY_LABELS or insured_label(label))):
        return mark.end()
    return match.end()


# A fax misreads a glyph of a long third party's label (`Ouvrant drait :`, `Personne de confance :`, `Médecin
# trartant :`, OOD dev seeds 201–205): opening its line, a colon after it, words one glyph from a label of
# eight letters or more — and from no label of the patient's own (`NOM DE NAISSANCE`) nor a word that is no label
# (`CHIRURGIE :`).
MISREAD_LABEL_LETTERS = 8
LONG_THIRD_PARTY_LABELS = {label for label in literal_labels(THIRD_PARTY_LABELS)
                           if sum(c.isalpha() for c in label) >= MISREAD_LABEL_LETTERS}
OWN_LITERAL_LABELS = literal_labels([label for labels in PATIENT_FIELD_LABELS.values() for label in labels]
                                    + OTHER_LABELS + INSURED_LABELS)
NEAR_THIRD_PARTY_LABEL_WORDS = {"CHIRURGIE", "RADIOLOGIE"}
COLON_OR_ITS_MARK = rf"(?P<colon>[ \t]*[:=]|{MARK_FOR_A_COLON})"
LINE_OPENING_LABEL_RE = re.compile(
    rf"^[ \t.'\"_«»\-|]*(?P<words>[A-Z][A-Z']*(?:[ \t]+[A-Z][A-Z']*){{0,3}}(?:\([A-Z]{{1,2}}\))?){COLON_OR_ITS_MARK}",
    re.MULTILINE)


def overlap(a: re.Match, b: re.Match) -> bool:
    return a.start() < b.end() and b.start() < a.end()


def misread_third_party_labels(folded: str, hits: list) -> list[tuple[re.Match, str, str]]:
    """Labels a fax misread by one glyph, as `read_fields`' hits: (the match, "third_party", the label it is). A label
    read whole before its colon stands; one cut short by the misread glyph (`MEDECIN` of `MEDECIN TRARTANT :`) gives
    way."""
    found = []
    for match in LINE_OPENING_LABEL_RE.finditer(folded):
        if any(hit.group("colon") and overlap(hit, match) for hit, _, _ in hits):
            continue
        words = re.sub(r"[ \t]+", " ", match.group("words"))
        # one glyph from two labels of a third party is a third party's all the same (`REPRESENTANT LEGALE`, between
        # `REPRESENTANT LEGAL` and `REPRESENTANTE LEGALE`: review89)
        near = sorted(label for label in LONG_THIRD_PARTY_LABELS if Levenshtein.distance(words, label) == 1)
        if words in LONG_THIRD_PARTY_LABELS or (set(near) & GUARDIAN_LITERAL_LABELS
                                                and after_the_signers_role(folded, match.start("words"))):
            continue  # a label read whole and left out on purpose (`agissant en qualité de` / `Responsable légal :`)
        if near and words not in NEAR_THIRD_PARTY_LABEL_WORDS \
                and not any(Levenshtein.distance(words, own) <= 1 for own in OWN_LITERAL_LABELS):
            label = re.compile(rf"{re.escape(match.group('words'))}{COLON_OR_ITS_MARK}")
            found.append((label.match(folded, match.start("words")), "third_party", near[0]))
    return found


COLON_ONLY_LABELS = {"COPIE", "COPIES", "LIEN"}  # `Lien` alone under `Prénom` is the given name Liên (review D)
RECIPIENT_LABEL_RE = re.compile(r"COPIES?(?:\s+A)?|DESTINATAIRES?")
# The patient's own identity fields: their value may stand below, over blank lines OCR left. A third party's empty
# field (`Médecin traitant :`) never reaches over blank lines: what stands there may be a second identity.
OWN_IDENTITY_KINDS = {"birth_name", "used_name", "name", "first_names", "used_first_name", "sex"}
SUBJECT_LABEL_RE = re.compile(r"BENEFICIAIRE|PATIENT\(E\)|PATIENTE?|NOM\s+DU\s+PATIENT|NOM\s+DE\s+LA\s+PATIENTE")


def beneficiary_named_apart(fields: list[LabelledField]) -> bool:
    """An insured's field (`Assuré(e)`, `Ouvrant droit`…) and a subject's (`Bénéficiaire :`, `Patient :`, or the
    page's own `Nom :` / `Prénom(s) :` pair) naming someone else: a care sheet for a beneficiary, whose insured is a
    third party."""
    insured = [f for f in fields
               if f.value and (f.kind == "insured" or (f.kind == "third_party" and insured_label(f.label)))]
    return any(set(name_words(s.value)) - set(name_words(i.value)) for s in subjects_named(fields) for i in insured)


def subject_fields(fields: list[LabelledField]) -> list[LabelledField]:
    return [f for f in fields if f.kind == "name" and f.value and SUBJECT_LABEL_RE.fullmatch(f.label)]


SURNAME_FIELD_LABELS = {"NOM", "NOM DE FAMILLE"}
SURNAME_TO_FIRST_NAME_SPAN = 160  # characters from a surname field to the first-name field that goes with it


def subjects_named(fields: list[LabelledField]) -> list[LabelledField]:
    """The subject's fields (`subject_fields`), and the identity a page splits over a surname field and the first-name
    field after it (`Nom : BOULANGER` / `Prénom(s) : Nathalie`, `NOM DE NAISSANCE : GUILLOU` / `PRÉNOM : LEON`), read
    as one `NOM PRENOM` field: on such a sheet an `Assurée : KONE Yasmine — <her NIR>` line names the insured, not the
    patient (independent corpus s3-039, s4-011: the mother's NIR contradicted the child)."""
    ordered = sorted((f for f in fields if f.value), key=lambda f: f.start)
    pairs = []
    for i, surname in enumerate(ordered):
        if not (surname.kind in ("birth_name", "used_name")
                or (surname.kind == "name" and re.sub(r"\s+", " ", surname.label) in SURNAME_FIELD_LABELS)):
            continue
        after = ordered[i + 1:i + 3]
        first = next((f for f in after if f.kind == "first_names"), None)
        if first is not None and first.start - surname.end <= SURNAME_TO_FIRST_NAME_SPAN \
                and all(f.kind in ("birth_name", "used_name", "first_names") for f in after[:after.index(first)]):
            surname_words = " ".join(name_words(surname.value)) or surname.value  # `MOULOT (née LEFEBVRE)`: MOULOT
            pairs.append(LabelledField("name", "NOM PRENOM", f"{surname_words} {first.value}", surname.start,
                                       first.end))
    return subject_fields(fields) + pairs


CIVILITY_SEX = {"M": "M", "MR": "M", "MONSIEUR": "M", "MME": "F", "MADAME": "F", "MLLE": "F",
                "MADEMOISELLE": "F"}
CIVILITY_WORDS = set(CIVILITY_SEX)


NAME_RUN_END_RE = re.compile(r"[,;(\d—–]|\s-\s|\bNEE?\b|\bDDN\b")


def name_words(value: str) -> list[str]:
    """The words of the name that opens a field's value (`DUPONT JEAN, NE LE 12/03/1957` → DUPONT, JEAN)."""
    cut = NAME_RUN_END_RE.search(value)
    return [w for w in TOKEN_RE.findall(value[:cut.start()] if cut else value) if w not in CIVILITY_WORDS]


def insured_label(label: str) -> bool:
    """`Assuré`, `Assuré(e)`, `Assurée`, `Nom de l'assuré`, `N° d'assuré`, `Ouvrant droit`."""
    return "ASSURE" in label or "OUVRANT" in label


SEX_WORD_RE = re.compile(r"(?<![^\W_])(?:MASCULIN|FEMININ|HOMME|FEMME|M|F|H)(?![^\W_])")
TICK = "X✓✔✗✘"
TICKED_BOX_RE = re.compile(rf"\[\s*[{TICK}]\s*\]|\(\s*[{TICK}]\s*\)|[☒☑⊠■✓✔✗✘]")
CHECKBOX_RE = re.compile(rf"{TICKED_BOX_RE.pattern}|\[\s*\]|\(\s*\)|[☐□]")


# The choices a form prints in brackets before the answer, when a fax's mark cut them off the label (`Sexe -(M/F) :
# Féminin`, first corpus s781-003: read M).
SEX_CHOICES_RE = re.compile(r"[\W_]*\(\s*[MHF]\s*/\s*[MHF]\s*\)\s*[:=]?")


def ticked_sex(value: str) -> str:
    """`Sexe : [ ] M [X] F`, `☐ M ☒ F`, `M [X] F [ ]`: a form's checkboxes, the value is the ticked one's word.

    Boxes stand all before their words or all after them (whichever comes first in the field says which); every
    word must have exactly one box on that side, and exactly one sex must be ticked — otherwise (a box OCR lost,
    two ticks, none) no sex is read: `[X] M F` is the M's tick or a lost box, nobody can tell. Without boxes, a
    value of nothing but both sexes (`M F`, `H/F : F`: boxes OCR lost) says none either; any other value is left
    as printed (its first word is read, as before), after the choices in brackets (`(M/F) : FEMININ`)."""
    choices = SEX_CHOICES_RE.match(value)
    if choices:
        value = value[choices.end():]
    boxes = list(CHECKBOX_RE.finditer(value))
    words = list(SEX_WORD_RE.finditer(value))
    if not boxes:
        both = len({SEX_OF_WORD[w.group()] for w in words}) > 1
        return "" if both and not SEX_WORD_RE.sub("", value).strip(" \t/:.,|-") else value
    if not words:
        return ""
    boxes_before = boxes[0].start() < words[0].start()
    ticked = set()
    for i, word in enumerate(words):
        if boxes_before:
            low, high = (words[i - 1].end() if i else 0), word.start()
        else:
            low, high = word.end(), (words[i + 1].start() if i + 1 < len(words) else len(value))
        own = [box for box in boxes if low <= box.start() and box.end() <= high]
        if len(own) != 1:
            return ""
        if TICKED_BOX_RE.fullmatch(own[0].group()):
            ticked.add((word.group(), SEX_OF_WORD[word.group()]))
    sexes = {sex for _, sex in ticked}
    return min(ticked)[0] if len(sexes) == 1 else ""


SEX_OF_WORD = {"M": "M", "H": "M", "HOMME": "M", "MASCULIN": "M", "F": "F", "FEMME": "F", "FEMININ": "F"}


def labels_only_pattern(*extra: str) -> re.Pattern:
    labels = [spread_over_lines(label) for labels in PATIENT_FIELD_LABELS.values() for label in labels]
    labels += ["DATE DE NAISSANCE", "DATE DE NAISS", "DDN", "NE\\(E\\) LE", "NEE? LE", *extra]
    alternatives = "|".join(sorted(labels, key=len, reverse=True))
    # `(?!\w)`, not `\b`: after `PRENOM(S)` the closing parenthesis is no word character, and `\b` there would
    # need a letter to follow. OCR's dust around a label (`Nom de naissance : . ‘ Sexe`) is no value either.
    dust = r"[\s:;|,.\-'\"_«»‘’]*"
    return re.compile(rf"(?:{dust}(?:{alternatives})(?!\w))+{dust}")


LABELS_ONLY_RE = labels_only_pattern()
# … and, as a field's value only, a grid's other captions beside hers (`Nom d'usage : Lieu de naissance`, `Premier
# prénom : Adresse`: second corpus s90_004 read them as her used name and first name). Not for the OCR grid, whose rows
# of these captions alone are no bridge between her fields (session 40).
CAPTIONS_ONLY_RE = labels_only_pattern("LIEU DE NAISSANCE", "ADRESSE", "TELEPHONE", "TEL")


def only_captions(value: str) -> bool:
    return bool(value.strip()) and CAPTIONS_ONLY_RE.fullmatch(value) is not None


def only_labels(value: str) -> bool:
    """`Nom de naissance  Prénom  Date de naissance`: labels side by side are a header row, not a value."""
    return bool(value.strip()) and LABELS_ONLY_RE.fullmatch(value) is not None


DANGLING_WORDS = {"DE", "DU", "D'", "DES", "D"}  # a label cut after its preposition by a narrow cell
LABEL_TAIL_DUST = LINE_DUST + ":;,…°"  # after a label: its colon, dots, OCR's dust


# A narrow column wraps a third party's line after her birth label (`Personne de confiance : Mme Margaux FONTAINE, née
# le` / `21/02/1987, tél. …`, third corpus s62 numerisation_0002, born digital): the date opening the next line is hers.
BIRTH_LABEL_ENDING_RE = re.compile(r"\bNEE?\s*(?:\(E\)\s*)?LE\s*:?[ \t]*$")
DATE_OPENING_THE_NEXT_LINE_RE = re.compile(r"[ \t]*\n[ \t]*\d\d?[/.\-]\d\d?[/.\-]\d{4}(?!\d)")


def with_its_wrapped_birth_date(folded: str, start: int, end: int) -> int:
    """The end of a third party's value, past the date that opens the next line when the value ends with a birth label;
    `end` otherwise."""
    if BIRTH_LABEL_ENDING_RE.search(folded[start:end]) is None:
        return end
    date = DATE_OPENING_THE_NEXT_LINE_RE.match(folded, end)
    return date.end() if date else end


def same_line_value(folded: str, after: int, hits: list, position: int) -> tuple[int, int]:
    end = folded.find("\n", after)
    end = len(folded) if end < 0 else end
    if position + 1 < len(hits):
        end = min(end, hits[position + 1][0].start())
    return after, end


# Small words a name or a value may carry (`née`, `épouse`, `de`) without being a sentence.
VALUE_CONNECTORS = {"NE", "NEE", "EPOUSE", "EP", "VEUVE", "DIT", "DITE", "DE", "DU", "DES", "LE", "LA", "LES",
                    "ET", "EN", "AU", "AUX", "SUR", "A"}
BIRTH_NAME_CONNECTORS = {"NE", "NEE", "EPOUSE", "EP", "VEUVE"}
SENTENCE_WORDS = 2  # this many lower-case words (connectors aside) make a sentence, not a value


def lower_case_words(original: str) -> int:
    words = [w.strip(".,;:()«»\"'") for w in original.split()]
    return sum(1 for w in words if w.isalpha() and w.islower() and fold(w) not in VALUE_CONNECTORS)


VALUE_DUST = set("*°")


def opens_like_a_value(original: str) -> bool:
    """A value after a label without a colon: a name, a date, a number — not body text
    (`Patient de 67 ans`). The line may go on after the value (`Patient DUPONT Jean, vu pour…`)."""
    words = original.strip(" \t:;|-,").split()
    while words and set(words[0]) <= VALUE_DUST:
        words = words[1:]  # `NOM DE NAISSANCE * ROMERO`: a form's mark of a required field, or a fax's speck
    if not words:
        return True  # nothing on the line: the value may stand on the next one
    first = words[0].strip(".,;:()«»\"'")
    if fold(first) in NAME_PARTICLES:
        return particles_then_a_name(words)
    return first[:1].isupper() or first[:1].isdigit() or fold(first) in BIRTH_NAME_CONNECTORS


def particles_then_a_name(words: list[str]) -> bool:
    """`de la Fontaine`: a name's particles, then a word in capitals — not `de 67 ans`, not `de la patiente`."""
    rest = [w.strip(".,;:()«»\"'") for w in words]
    while rest and fold(rest[0]) in NAME_PARTICLES:
        rest = rest[1:]
    return bool(rest) and rest[0][:1].isalpha() and rest[0][:1].isupper()


NAME_PARTICLES = {"DE", "DU", "DES", "LA", "LE", "D", "D'", "VAN", "VON", "DER", "DEN", "DI", "DA", "DOS", "EL", "BEN"}


def reads_as_value(original: str, number_groups_are_words: bool = True) -> bool:
    """A whole line taken as a label's value: a name or a value, never a body paragraph. Without
    `number_groups_are_words`, the groups of a number are not counted (`CHEVALIER Chantal Clémence — 2 81 05 35 119 588
    26`: the insured's NIR in seven groups)."""
    stripped = original.strip(" \t:;|-,")
    words = [w for w in stripped.split() if number_groups_are_words or not w.isdigit()]
    return bool(stripped) and len(words) <= 8 and lower_case_words(stripped) < SENTENCE_WORDS


def an_insureds_label(kind: str, label: str) -> bool:
    """`Assurée :`, `Assuré(e) :`, `Ouvrant droit` — read while the care sheet's subject may be named apart
    (find_fields): the line below names the insured with her NIR (`Assurée :` / `CHEVALIER Chantal Clémence — 2 81 05
    35 119 588 26`, independent corpus s655-021, s637-006: her number contradicted the child on main). When no subject is
    named apart (`Ouvrant droit` / `Catherine MOULIN — <NIR>` / `Date de naissance : …`, the insured is the patient),
    the page is read again without it (review40: 57 of 250 such sheets lost when every reading did so)."""
    return kind == "insured" or (kind == "third_party" and insured_label(label))


# The patient's labels that may head a block as well (`IDENTITÉ DU PATIENT`, `PATIENT`, no colon): the line below may
# be the page's title, set between the heading and the fields (`FICHE DE LIAISON`, ood4 s7 IMG_20241224_023: read as
# the patient's name, it contradicted her), which names no one.
IDENTITY_HEADING_RE = re.compile(rf"{IDENTITY_OF_THE_PATIENT}|IDENTITE|PATIENT(?:E|\(E\))?")


def an_identity_heading(label: str) -> bool:
    return IDENTITY_HEADING_RE.fullmatch(label) is not None


DOCUMENT_TITLE_WORDS = {"FICHE", "LIAISON", "COMPTE", "RENDU", "LETTRE", "ORDONNANCE", "CONSULTATION", "EXAMEN",
                        "EXAMENS", "BILAN", "DEMANDE", "RESULTAT", "RESULTATS", "SYNTHESE", "ADMISSION",
                        "PRE-ADMISSION", "SORTIE", "HOSPITALISATION", "CERTIFICAT", "COURRIER", "TRANSMISSION",
                        "SEJOUR", "DOSSIER", "PRESCRIPTION", "RENSEIGNEMENTS", "ADMINISTRATIFS", "MEDICAL",
                        "MEDICALE", "MEDICAUX", "URGENCE", "URGENCES", "TRANSFERT", "ENTREE", "AVIS", "SPECIALISE",
                        "SPECIALISEE", "CONVOCATION", "RAPPORT", "OPERATOIRE", "ANALYSE", "ANALYSES", "BIOLOGIE",
                        "IMAGERIE", "RADIOLOGIE", "ANESTHESIE", "CUMULES", "CUMULATIFS", "ANTERIORITES"}
TITLE_CONNECTORS = {"DE", "D", "DU", "DES", "LA", "LE", "L", "ET", "A", "AUX"}


def a_documents_title(value: str) -> bool:
    """`FICHE DE LIAISON`, `COMPTE RENDU D'HOSPITALISATION`: a document's title words only, two of them at least — one
    alone may be a surname (`CERTIFICAT`, `SÉJOUR`: review97 filed MOREL Yves, born CERTIFICAT's namesake, by the used
    name left)."""
    words = re.findall(r"[A-Z][A-Z\-]*", value)
    return sum(w in DOCUMENT_TITLE_WORDS for w in words) >= 2 \
        and all(w in DOCUMENT_TITLE_WORDS or w in TITLE_CONNECTORS for w in words)


# A person's name after a civility, alone on its line (`MME MARTIN HELENE`): no title, no other word.
CIVILITY_NAME_LINE_RE = re.compile(r"(?:MONSIEUR|MADAME|MADEMOISELLE|MLLE|MME|MR\.?|M\.)[ \t]+[A-Z][A-Z'\- \t]{1,60}")
CIVILITY_NAME_MAX_WORDS = 6


def civility_name_past_a_line(folded: str, after: int, hits: list, position: int) -> tuple[int, int] | None:
    """A side column's identity heading read between a letterhead's lines (`PATIENT(E)` / `Neurologue — Ancien chef de
    clinique` / `Mme MARTIN Hélène` / `Née le : …`, second corpus s125_003): the line right below holds no value, the
    one after is a civility and a name alone, a birth label a few lines below it — that name is the heading's value. No
    label may stand on either line, a relative's noun on the line between makes it a relative's, and a doctor's title
    makes it no patient's (`M. le Dr …`)."""
    first_end = folded.find("\n", after)
    second_end = folded.find("\n", first_end + 1) if first_end >= 0 else -1
    if second_end < 0:
        return None
    start = second_end + 1
    end = folded.find("\n", start)
    end = len(folded) if end < 0 else end
    if position + 1 < len(hits) and hits[position + 1][0].start() < end:
        return None
    line = folded[start:end].strip(" \t|")
    if CIVILITY_NAME_LINE_RE.fullmatch(line) is None or len(line.split()) > CIVILITY_NAME_MAX_WORDS \
            or DOCTOR_TITLE_RE.search(line) is not None or names_a_relative(folded[first_end:second_end]) \
            or not birth_label_below(folded, end):
        return None
    offset = folded.index(line, start)
    return offset, offset + len(line)


BIRTH_LABEL_BELOW_LINES = 3  # an address's lines and a fax's dust between the name and its birth date's label


def birth_label_below(folded: str, offset: int) -> bool:
    """A birth label opens one of the few lines below `offset` (`8 rue Nationale` / `|` / `Née le : 18/08/1981`): the
    name above heads the side column's identity, not a letter's addressee (review of session 58: `Mme MARTIN Claire` /
    `8 rue Nationale` / `35000 Rennes` above `Madame,` was the guardian's address)."""
    for line in folded[offset:].split("\n", BIRTH_LABEL_BELOW_LINES + 2)[1:BIRTH_LABEL_BELOW_LINES + 2]:
        label = BIRTH_LABEL_RE.search(line)
        if label is not None and FIELD_BIRTH_LABEL_PREFIX_RE.fullmatch(line[:label.start()]) is not None:
            return True
    return False


def next_line_value(text: str, folded: str, after: int, hits: list, position: int,
                    skip_blank_lines: bool = False, number_groups_are_words: bool = True) -> tuple[int, int]:
    """Table layouts print the label on one line and the value on the next (blank lines between skipped); a Word
    document puts the body after a label paragraph, which is no value."""
    line_end = folded.find("\n", after)
    if line_end < 0:
        return after, after
    start = line_end + 1
    end = folded.find("\n", start)
    end = len(folded) if end < 0 else end
    for _ in range(BLANK_LINES_SKIPPED if skip_blank_lines else 0):  # `Nom de naissance :` / `` / `DURAND`
        # (a fax's dot or comma alone on a line is as blank: `Prénom` / `.` / `.` / `Dominique`, ood4 s14 fax_015)
        if folded[start:end].strip(RULE_LINE_DUST + ",;'\"") or end >= len(folded):
            break
        start = end + 1
        end = folded.find("\n", start)
        end = len(folded) if end < 0 else end
    if position + 1 < len(hits) and hits[position + 1][0].start() < end:
        next_label_start = hits[position + 1][0].start()
        if folded[start:next_label_start].strip() == "":
            return after, after  # the next line is itself a label: no value
        end = next_label_start
    if not reads_as_value(text[start:end], number_groups_are_words):
        return after, after
    return start, end


STACKED_CAPTIONS_MIN = 3
NAME_CAPTION_KINDS = {"birth_name", "name", "used_name", "first_names"}


def stacked_cells_joined(text: str) -> str:
    """A typed form's row of captions and its row of values, each cell on a line of its own (a PDF's text layer read
    cell by cell: `Nom de naissance` / `Nom d'usage` / `Prénom` / `Date de naissance` / `FONTCHAMP` / `PONTERRE` /
    `Véronique` / `04/08/79`, independent corpus ood4's forms): each caption joined to its value in order (`Nom de
    naissance : FONTCHAMP`) — only when exactly as many values follow as there are captions, a name's caption among
    them, each value of the shape its caption asks (a date under a birth date's, letters under a name's), the row of
    values ending there (a blank line, a label, the end). An empty cell leaves one value short: the lines stay as
    printed, since no order says which caption lost its value. Only on a page with one such run of captions: beside
    another person's block (a relative's, a contact's, an insured's), joining the complete one alone made it the only
    labelled identity on the page (review95: 96 pages filed under the relative when the patient's own row had an empty
    cell)."""
    lines = text.split("\n")
    kinds = [cell_caption(line) for line in lines]
    runs = [count for count in caption_runs(kinds) if count >= 2]
    if len(runs) != 1:
        return text  # another person's block of captions: whose values are whose is for the fields' rules to say
    out, i = [], 0
    while i < len(lines):
        count = caption_run_length(kinds, i)
        captions, values = lines[i:i + count], lines[i + count:i + 2 * count]
        caption_kinds, value_kinds = kinds[i:i + count], kinds[i + count:i + 2 * count]
        after = lines[i + 2 * count] if i + 2 * count < len(lines) else ""
        if count >= STACKED_CAPTIONS_MIN and len(values) == count \
                and any(kind in NAME_CAPTION_KINDS for kind in caption_kinds) and not any(value_kinds) \
                and all(value_fits_its_caption(v, kind) for kind, v in zip(caption_kinds, values)) \
                and (not after.strip() or LABEL_RE.match(fold(after).strip(LINE_DUST)) is not None):
            out += [f"{joined_caption(c)} : {v.strip()}" for c, v in zip(captions, values)]
            i += 2 * count
            continue
        out += lines[i:i + max(count, 1)]  # the whole run: its last captions are no row of their own
        i += max(count, 1)
    return "\n".join(out)


def joined_caption(caption: str) -> str:
    """The caption as a joined field's label: a bare birth caption (`Naissance`) written as the label every field rule
    reads (`Date de naissance`), so that the joined line stays in a relative's block like the others (review of session
    72: `Père` / `Nom` / `Prénom` / `Naissance :` over the father's row)."""
    if BARE_BIRTH_CAPTION_RE.fullmatch(fold(caption).strip(LINE_DUST + ":").strip()) is not None:
        return "Date de naissance"
    return caption.strip().rstrip(":").strip()


# A PDF's text layer laid out (pypdf's layout mode: each line of the page one line of text, its words at their place):
# cells apart by this many spaces at least; a value's cell may start this many characters left of its caption's.
LAYOUT_CELL_RE = re.compile(r"\S+(?: {1,2}\S+)*")
LAYOUT_COLUMN_SLACK = 2
LAYOUT_ROW_GAP = 2  # blank lines between a row of captions and its row of values
LAYOUT_CAPTION_WORDS = 4


@dataclass(frozen=True)
class LaidOutCell:
    text: str
    start: int
    end: int


# The captions of a person's row that must all have their value to be joined (the used name may be empty: most people
# have none): one left empty would read the next line, another person's row perhaps, as the OCR's grids learnt
# (review92: a child's empty date took her father's below).
CAPTIONS_NOT_LEFT_EMPTY = {"birth_name", "name", "first_names", "birth"}


def laid_out_cells(line: str) -> list[LaidOutCell]:
    return [LaidOutCell(m.group(), m.start(), m.end()) for m in LAYOUT_CELL_RE.finditer(line)]


def a_row_of_captions(cells: list[LaidOutCell]) -> bool:
    """Two cells or more, two of them captions `cell_caption` knows, none longer than a caption
    (`Nom et prénom` / `N° d'immatriculation`)."""
    return len(cells) >= 2 and sum(cell_caption(cell.text) is not None for cell in cells) >= 2 \
        and all(len(cell.text.split()) <= LAYOUT_CAPTION_WORDS and not any(c.isdigit() for c in cell.text)
                for cell in cells)


def values_under(captions: list[LaidOutCell], cells: list[LaidOutCell]) -> dict[int, LaidOutCell] | None:
    """Each cell of a row below put under the caption whose column it starts in; None when a cell is a caption, starts
    left of every column, shares a column or runs into the next caption's column."""
    placed: dict[int, LaidOutCell] = {}
    for cell in cells:
        if cell_caption(cell.text) is not None:
            return None
        columns = [i for i, caption in enumerate(captions) if caption.start - LAYOUT_COLUMN_SLACK <= cell.start]
        if not columns or columns[-1] in placed:
            return None
        column = columns[-1]
        if column + 1 < len(captions) and cell.end > captions[column + 1].start - LAYOUT_COLUMN_SLACK:
            return None
        placed[column] = cell
    return placed


def next_row(rows: list[list[LaidOutCell]], i: int) -> int | None:
    for j in range(i + 1, min(i + 2 + LAYOUT_ROW_GAP, len(rows))):
        if rows[j]:
            return j
    return None


def stacked_captions(text: str) -> bool:
    """Two identity captions alone on lines that follow each other: a form's row the text layer gave cell by cell."""
    return any(run >= 2 for run in caption_runs([cell_caption(line) for line in text.split("\n") if line.strip()]))


def lines_at(lines: list[str], printed: list[str]) -> list[int]:
    """Where `lines` hold the cells `printed`, one per line."""
    return [k for k in range(len(lines) - len(printed) + 1)
            if [line.strip() for line in lines[k:k + len(printed)]] == printed]


def caption_rows_joined(text: str, laid_out: str) -> str:
    """A typed form's rows of captions over rows of values, which a PDF's text layer gives cell by cell, one per line
    (`Nom de naissance` / `Nom d'usage` / `Prénom` / `Date de naissance` / `DESET` / `Christine` / `13.11.2005`: which
    caption lost its value to an empty cell no order says; fourth corpus s15 courrier_008), each caption joined to the
    value under it as the page's layout (`laid_out`) places them (`Nom de naissance : DESET`, `Nom d'usage :`,
    `Prénom : Christine`) — the text's lines replaced in place. All or nothing: when any row of captions on the page
    is not read so (a value astride two columns, a table of several rows of values, lines the text does not give in
    that order, an empty name, first name or birth date), the text stays as it was, lest one person's block be joined
    and another's left (review95) or an empty cell take the line below (CAPTIONS_NOT_LEFT_EMPTY)."""
    rows = [laid_out_cells(line) for line in laid_out.split("\n")]
    lines = text.split("\n")
    replaced: dict[int, tuple[int, list[str]]] = {}
    for i, row in enumerate(rows):
        if not a_row_of_captions(row):
            continue
        below = next_row(rows, i)
        placed = values_under(row, rows[below]) if below is not None else None
        if not placed:
            return text  # no value laid out under the row: whose values follow, the layout does not say
        if any(column not in placed and cell_caption(cell.text) in CAPTIONS_NOT_LEFT_EMPTY
               for column, cell in enumerate(row)):
            return text  # an empty name or birth date would take a value from the line below: a relative's
        after = next_row(rows, below)
        if after is not None and len(rows[after]) >= 2 \
                and not any(cell_caption(cell.text) is not None for cell in rows[after]):
            return text  # a table of several people's rows, even one a note or a long name puts out of line
        interleaved = [printed for column, cell in enumerate(row)
                       for printed in ([cell.text, placed[column].text] if column in placed else [cell.text])]
        if len(lines_at(lines, interleaved)) == 1:
            continue  # each value already on the line below its caption
        printed = [cell.text for cell in row] + [placed[column].text for column in sorted(placed)]
        at = lines_at(lines, printed)
        if len(at) != 1 or any(k <= at[0] < k + n or at[0] <= k < at[0] + len(printed)
                               for k, (n, _) in replaced.items()):
            return text
        joined = [f"{cell.text.rstrip(' :')} : {placed[column].text}" if column in placed
                  else f"{cell.text.rstrip(' :')} :" for column, cell in enumerate(row)]
        replaced[at[0]] = (len(printed), joined)
    out, k = [], 0
    while k < len(lines):
        if k in replaced:
            count, joined = replaced[k]
            out += joined
            k += count
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


def names_someone_partly(captions: list[str | None], values: list[str]) -> bool:
    """One value at least has the shape of a name or a birth date the captions ask for: a block left blank, or followed
    by a closing line (`Fait le 02/11/2026.`), names no one."""
    asked = {kind for kind in captions if kind in CAPTIONS_NOT_LEFT_EMPTY}
    return any(value_fits_its_caption(value, kind) for value in values for kind in asked)


def may_read_whole(captions: list[str | None], values: list[str]) -> bool:
    """Some way to put the values under the captions, in order, an empty cell anywhere, gives the name, the first name
    and the birth date captions each a value of their shape (`value_fits_its_caption`): `DESET` / `13.11.2005` / `F`
    under `Nom de naissance` / `Prénom` / `Date de naissance` / `Sexe` cannot."""
    for filled in itertools.combinations(range(len(captions)), len(values)):
        if all(captions[k] not in CAPTIONS_NOT_LEFT_EMPTY or k in filled for k in range(len(captions))) \
                and all(value_fits_its_caption(value, captions[k]) for k, value in zip(filled, values)):
            return True
    return False


def another_persons_heading(folded_line: str) -> bool:
    """A relative's, a contact's or the insured's heading (`Accompagnant`, `Sœur jumelle`, `Personne à prévenir`,
    `ASSURÉ(E)`), or a third party's label alone (`Médecin traitant`) — not `Enfant`, the patient's own heading on a
    child's form."""
    label = LABEL_RE.fullmatch(folded_line)
    if label is not None and LABEL_KINDS[label_index(label)] in ("third_party", "insured"):
        return True
    if PAYERS_HEADING_RE.fullmatch(folded_line):
        return True
    words = set(re.findall(r"[A-Z][A-Z-]*", folded_line))
    if "PARENTALE" in words:  # `Autorité parentale`, `Titulaire(s) de l'autorité parentale`
        return True
    return kin_heading(folded_line) and not words <= {"ENFANT", "ENFANTS", "L", "DE", "DU"}


# Who pays beside the page's other person (`Payeur`, `Adhérent`, `Titulaire du contrat`): on a page of two blocks, the
# one cared for is the other (matching.PAYER_LABEL_RE reads the same nouns as a field's label).
PAYER_NOUNS = (r"PAYEUR|PAYEUSE|ADHERENTE?|SOUSCRIPT(?:EUR|RICE)|COTISANTE?|ALLOCATAIRE|GARANTE?"
               r"|TITULAIRE\s+DU\s+CONTRAT")
PAYERS_HEADING_RE = re.compile(rf"(?:{PAYER_NOUNS})(?:\s*\(\s*E\s*\))?")


def stacked_blocks_beside_an_unread_one(text: str) -> list[tuple[int, int]]:
    """Where a page prints several people's blocks as runs of stacked captions, each followed by its values one per
    line (a PDF's text layer read cell by cell), and one block has fewer values than its name, first name and birth date
    captions ask (`Nom de naissance` / `Nom d'usage` / `Prénom` / `Date de naissance` / `Christine` / `13.11.2005`:
    that person's name is not on the page), the spans (offsets) of the other blocks' values: whose page it is, the page
    does not say — the complete block may be a relative's (the helper's typed forms of session 51: the mother, the
    father, a twin filed in the child's place). A block under the patient's own heading (`Identité du patient`,
    `PATIENT`, `BÉNÉFICIAIRE DES SOINS`) says it, and is left out; an unread block under another person's heading
    (`Accompagnant`, `Sœur jumelle`) is that person's, and leaves the others as they were."""
    lines = text.split("\n")
    kinds = [cell_caption(line) for line in lines]
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    blocks, i = [], 0
    while i < len(lines):
        count = caption_run_length(kinds, i)
        opening = fold(lines[i]).strip(LINE_DUST + ":").strip() if count else ""
        heading = next((fold(line).strip(LINE_DUST + ":").strip() for line in reversed(lines[:i]) if line.strip()), "")
        if BENEFICIARY_HEADING_RE.fullmatch(opening) is not None or an_identity_heading(opening) \
                or (another_persons_heading(opening) and kinds[i] not in NAME_CAPTION_KINDS | {"birth"}):
            i, count, heading = i + 1, count - 1, opening  # `Identité du patient`, `Contact` over the captions
        if count < 2 or not any(kind in NAME_CAPTION_KINDS for kind in kinds[i:i + count]):
            i += max(count, 1)
            continue
        end = values_end(lines, kinds, i + count, count)
        the_patients = BENEFICIARY_HEADING_RE.fullmatch(heading) is not None or an_identity_heading(heading)
        captions, values = kinds[i:i + count], lines[i + count:end]
        unread = names_someone_partly(captions, values) and not may_read_whole(captions, values) \
            and not another_persons_heading(heading)
        blocks.append((unread, the_patients, offsets[i + count], offsets[end]))
        i = end
    if len(blocks) < 2 or not any(unread for unread, _, _, _ in blocks):
        return []
    return [(start, end) for unread, the_patients, start, end in blocks if not unread and not the_patients]


def values_end(lines: list[str], kinds: list[str | None], start: int, count: int) -> int:
    """Where the values below a run of `count` captions end: at most `count` lines, up to a blank line, a caption, a
    label, or a line of words right above the next run of captions (that block's heading: `Accompagnant`)."""
    end = start
    while end < start + count and end < len(lines) and lines[end].strip() and kinds[end] is None \
            and LABEL_RE.match(fold(lines[end]).strip(LINE_DUST)) is None \
            and not (end + 1 < len(lines) and kinds[end + 1] is not None and not any(c.isdigit() for c in lines[end])):
        end += 1
    return end


def caption_run_length(kinds: list[str | None], start: int) -> int:
    """How many lines from `start` on are identity captions alone on their lines (`kinds`: their `cell_caption`)."""
    count = 0
    while start + count < len(kinds) and kinds[start + count] is not None:
        count += 1
    return count


def caption_runs(kinds: list[str | None]) -> list[int]:
    """The lengths of the runs of identity captions alone on their lines (`kinds`: each line's `cell_caption`)."""
    runs, count = [], 0
    for kind in kinds + [None]:
        if kind is not None:
            count += 1
        elif count:
            runs.append(count)
            count = 0
    return runs


# A birth date's caption that is no field label elsewhere: the bare word of a form's column (`Nom de naissance` /
# `Prénom(s)` / `Naissance` over `LECOMTE` / `Hélène` / `29-03-1958`, seventh corpus s18 o7_030).
BARE_BIRTH_CAPTION_RE = re.compile(r"(?:DATE\s+(?:DE\s+)?)?NAISS(?:ANCE)?\.?")


def cell_caption(line: str) -> str | None:
    """The kind of the identity caption that makes the whole line (`Nom de naissance`, `Prénom :`, `Date de naissance`
    → `birth`), or None."""
    folded = fold(line).strip(LINE_DUST + ":").strip()
    if BARE_BIRTH_CAPTION_RE.fullmatch(folded) is not None:
        return "birth"
    found = LABEL_RE.match(folded)
    if not folded or found is None or folded[found.end():].strip(" :"):
        return None
    kind = LABEL_KINDS[label_index(found)]
    return "birth" if BIRTH_LABEL_RE.search(folded) and kind not in NAME_CAPTION_KINDS else kind


def value_fits_its_caption(value: str, caption: str | None) -> bool:
    """A line that is no caption itself (`cell_caption`, the caller's) reads as the value `caption` asks for."""
    stripped = value.strip()
    if not stripped or LABEL_RE.match(fold(stripped)) is not None or not reads_as_value(value):
        return False
    if caption == "birth":
        return NUMERIC_DATE_RE.fullmatch(stripped) is not None
    if caption in NAME_CAPTION_KINDS:
        return any(c.isalpha() for c in stripped) and not any(c.isdigit() for c in stripped)
    return True


# --- the page reading ----------------------------------------------------------------------------

@dataclass(frozen=True)
class PageReading:
    page_number: int
    text: str
    tokens: tuple[Token, ...]
    dates: tuple[DateMention, ...]
    ins: tuple[InsMention, ...]
    fields: tuple[LabelledField, ...]
    today: date  # the day the page was read: two-digit years and « recent » dates are relative to it
    unread_dates: tuple[DateMention, ...] = ()  # printed with letters for digits: they only ever contradict
    unreadable_birth_dates: tuple[UnreadableDate, ...] = ()  # behind a birth label, no date could be read there
    typed: bool = False  # the author's own characters (models.Page.typed): no digit of it was misread
    record: bool = False  # a structured record's rendering (a lab file's patient segment): every field is the patient's

    def fields_of(self, kind: str) -> list[LabelledField]:
        return [f for f in self.fields if f.kind == kind]

    def in_third_party_field(self, offset: int) -> bool:
        return any(f.kind == "third_party" and f.start <= offset < max(f.end, f.start + 1)
                   for f in self.fields)

    @property
    def birth_dates(self) -> list[DateMention]:
        return [d for d in self.dates if d.label == "birth"]

    @cached_property
    def folded(self) -> str:
        """The page's text folded (`fold`), once per page: matching reads it for many names and fields."""
        return fold(self.text)

    @cached_property
    def blocks(self) -> frozenset[LabelledField]:
        """The fields of the blocks under third parties' headings (`headed_blocks`), read once per page."""
        return headed_blocks(self.folded, list(self.fields))

    @property
    def carries_identity(self) -> bool:
        patient_fields = [f for f in self.fields
                          if f.kind in ("birth_name", "used_name", "name", "first_names") and f.value]
        return bool(self.birth_dates or self.ins or patient_fields)


# What a fax leaves after a label's colon when the value stands on the next line (`Ouvrant droit : ut` / `GAILLARD
# Geneviève — NIR`, independent corpus s4-034; `Sexe : re` / `F`; `DDN : il` / `27/07/2005`; `Épouse: il` / `Date de
# naissance …`): one or two small letters, nothing else after the colon on its line but signs. A name is printed in
# capitals or Capitalised (`Nom : LI`, `Prénom : Ly` are values).
DUST_SIGNS = " \t.'\"_«»-|:;,"
DUSTED_COLON_RE = re.compile(rf"(?:[^\W\d_]|[)\]])[ \t]*[:=](?P<dust>[{re.escape(DUST_SIGNS)}]*[a-zà-öø-ÿ]{{1,2}}"
                             rf"[{re.escape(DUST_SIGNS)}]*)$", re.MULTILINE)
# Small words the decision reads, kept as printed: a birth participle (`Enfant : né` / `le 03/04/2015`), a possessive or
# an article a relative's noun may follow on the next line (`Accompagnée de : sa` / `fille …`), `le` before a date.
# A sex's small letter after a sex label (`Sexe : f`) is its value.
WORDS_NOT_DUST = {"NE", "SA", "LA", "LE"}
SEX_LABEL_BEFORE_RE = re.compile(r"\b(?:SEXE|GENRE)\b")
LABEL_WORDS_AT_MOST = 4  # `Nom de naissance`, `Son père   IPP`, `Sexe (M/F)`; more is a sentence (`Le traitement est
# maintenu : un`)
SEGMENT_GAP_RE = re.compile(r"[ \t]{2,}|\t|\|")


def blank_label_dust(text: str) -> str:
    """The page text with a fax's dust after a label's colon blanked (spaces, same length: every offset holds), so
    that every check reading the page — its fields, a birth label's date, a civility or relation heading over it, and
    matching's own reading of `PageReading.text` (a relation label alone on its line) — sees the bare colon the page
    printed. Read only where it is blanked would leave some checks on the dust: session 18's f6596c6 read the name
    fields through it while the sex field, the birth label and the relation fields still saw the dust (review19). So
    any label's colon, not only a field label's: dust left after `Épouse :`, `Madame :` or `Son père   IPP :` would
    hide the relative or the civility while the name fields read through their own blanked dust; and a label printed
    in small letters (`né(e) le : ut` / date, under `Femme ,`) as much as a capitalised one. A label here: one to four
    words from the line's start or a column gap to the colon."""
    dust, _ = letters_after_colons(text)
    return rewritten(text, dust, lambda letters: " " * len(letters))


def read_letters_after_colons(text: str) -> str:
    """`blank_label_dust`, then a name field's one or two small letters, kept there because no value stands below
    (`Nom : ly` / `Nom d'usage : NGUYEN`, `NOM : NGUYEN   Nom de naissance : ly` / `Prénom : Anne`, or in a cell before
    another column's label: `Nom : ly   Prénom : Anne`), written in capitals (same length: every offset holds): a name
    the page gives, read by every check as one printed in capitals. In small letters `Nom : ly` was no name to matching
    and the column-2 `Nom de naissance : ly` no value to `read_fields`: both filed NGUYEN Anne born NGUYEN (review21's
    residual 1). Name fields only — never a sex's or a relation's field."""
    dust, names = letters_after_colons(text)
    text = rewritten(text, dust, lambda letters: " " * len(letters))
    return rewritten(text, names, str.upper)


def rewritten(text: str, spans: list[tuple[int, int]], write) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = write(text[start:end])
    return "".join(chars)


def letters_after_colons(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where a fax's dust stands after a label's colon (to blank) and where a name field's small letters stand with no
    value below (to write in capitals): one fold of the page, one set of name colons, one walk over their matches."""
    if not (DUSTED_COLON_RE.search(text) or LETTERS_BEFORE_A_COLUMN_RE.search(text)):
        return [], []
    folded = fold(text)
    colons = name_colons(folded)
    below = {}  # colon -> value_below, each computed once

    def name_letters(colon: int) -> bool:
        if colon not in colons:
            return False
        if colon not in below:
            below[colon] = value_below(text, folded, colon)
        return not below[colon]

    dust, names = [], []
    for match in DUSTED_COLON_RE.finditer(text):
        colon = match.start("dust") - 1
        if name_letters(colon):  # `Nom de naissance : ly` / `Nom d'usage : NGUYEN`: no name below, the letters are it
            if len(match.group("dust").upper()) == len(match.group("dust")):
                names.append(match.span("dust"))
        elif label_dust(text, folded, match, colon):
            dust.append(match.span("dust"))
    for match in LETTERS_BEFORE_A_COLUMN_RE.finditer(text):
        colon = match.start("dust") - 1
        if name_letters(colon) and len(match.group("dust").upper()) == len(match.group("dust")) \
                and LABEL_RE.match(folded, match.start("next")):
            names.append(match.span("dust"))
    return dust, names


def label_dust(text: str, folded: str, match: re.Match, colon: int) -> bool:
    """Whether the small letters after this colon are a fax's dust: the colon ends a label (one to four words), and the
    letters are no small word the decision reads, nor a sex's letter after a sex label."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    label = SEGMENT_GAP_RE.split(text[line_start:colon])[-1].strip(LINE_DUST)
    words = re.findall(r"[^\W\d_]+", label)
    raw = match.group("dust").strip(DUST_SIGNS.replace("'", ""))  # `l'` is an article, `l` dust
    letters = fold(raw.strip("'")).upper()
    return 1 <= len(words) <= LABEL_WORDS_AT_MOST and letters not in WORDS_NOT_DUST and not raw.endswith("'") \
        and not (letters in ("F", "M", "H") and SEX_LABEL_BEFORE_RE.search(folded[line_start:colon]))


NAME_KINDS = {"birth_name", "used_name", "name", "first_names", "used_first_name"}


def name_colons(folded: str) -> set[int]:
    """The offsets of the colons that end a name field's label (NAME_KINDS) in the folded page."""
    return {hit.end() - 1 for hit in LABEL_RE.finditer(folded) if hit.group("colon")
            and LABEL_KINDS[label_index(hit)] in NAME_KINDS}


# The same letters in a cell, another column's label after them (`Nom : ly   Prénom : Anne`, `Nom : ly | Prénom : …`).
LETTERS_BEFORE_A_COLUMN_RE = re.compile(r"(?:[^\W\d_]|[)\]])[ \t]*[:=](?P<dust>[ \t]*[a-zà-öø-ÿ]{1,2})"
                                        r"(?:[ \t]{2,}|\t|[ \t]*\|)[ \t|]*(?P<next>[^\W\d_])")


def value_below(text: str, folded: str, colon: int) -> bool:
    """Below a name label's line (blank lines skipped as next_line_value skips them), a line whose first column segment
    the bare colon would take as its value: not a label (`Nom d'usage : …`, `Née le …`), not a paragraph. Else a short
    name printed in small letters (`Nom de naissance : ly`, two-letter surnames are common) is the field's value, not a
    fax's dust."""
    end = folded.find("\n", colon)
    for _ in range(BLANK_LINES_SKIPPED + 1):
        if end < 0:
            return False
        start = end + 1
        end = folded.find("\n", start)
        line = folded[start:len(folded) if end < 0 else end]
        if line.strip():
            break
    else:
        return False
    opening = start + len(line) - len(line.lstrip(LINE_DUST))
    if LABEL_RE.match(folded, opening) or BIRTH_LABEL_RE.match(folded, opening):
        return False
    # its first column segment: `DURAND                  Tél : 04 74 …` holds the name, then another column's field
    return reads_as_value(SEGMENT_GAP_RE.split(text[opening:start + len(line)])[0])


# A fax misreads a glyph of the patient's own label too (`Prénam :`, `Rrénom :`, `Nom de famitle :`; independent corpus
# s668-026, s655-029, s621-015). Words opening their line before a colon, one glyph replaced from exactly one of her
# labels of six letters or more, one glyph from no other label, are spelled as that label before anything is read:
# the page then reads as if printed right, everywhere — a field, and the label word no first name nor surname.
# Reading the field alone was refused (review41: a relative's `Prénem :` gave a field of the patient's own while the
# block around it was no longer seen as the relative's, and filed the twin). A lost or added glyph (`Bénéficiare`,
# `PRNOM`) shifts the line: left as printed. Her shorter labels (`NOM`, `INS`, `IPP`) are one glyph from words (`NON`,
# `INR`): left as printed too.
MISREAD_OWN_LABEL_LETTERS = 6
LONG_OWN_LABELS = {literal for labels in PATIENT_FIELD_LABELS.values() for literal in literal_labels(labels)
                   if sum(c.isalpha() for c in literal) >= MISREAD_OWN_LABEL_LETTERS}
OTHERS_LITERAL_LABELS = literal_labels(THIRD_PARTY_LABELS + INSURED_LABELS + OTHER_LABELS)


def spell_misread_own_labels(text: str) -> str:
    folded = fold(text)
    letters = list(text)
    for match in LINE_OPENING_LABEL_RE.finditer(folded):
        words = match.group("words")
        if words in OWN_LITERAL_LABELS or any(Levenshtein.distance(words, other) <= 1
                                              for other in OTHERS_LITERAL_LABELS):
            continue
        near = [label for label in LONG_OWN_LABELS if Levenshtein.distance(words, label) == 1]
        if len(near) != 1 or len(near[0]) != len(words):
            continue
        at = next(i for i, (read, printed) in enumerate(zip(words, near[0])) if read != printed)
        original = letters[match.start("words") + at]
        letters[match.start("words") + at] = near[0][at].lower() if original.islower() else near[0][at]
    return "".join(letters)


# A fax reads a speck between two words of a label as a hyphen (`Personne-de confiance :`, `Personne à-prévenir :`;
# first independent corpus s810-019: the trusted person's date was read as the patient's). Words opening their line
# before a colon, a hyphen glued to one of them, that are a third party's label once each such hyphen is a space and no
# label as printed, are spelled as that label (same length) before anything is read. A hyphen between two spaces is
# left as printed (`Nom - Prénom :`).
HYPHEN_JOINED_LABEL_RE = re.compile(
    rf"^[ \t.'\"_«»|]*(?P<words>[A-Z][A-Z']*(?:(?:[ \t]+|[ \t]?-[ \t]?)[A-Z][A-Z']*){{1,4}}){COLON_OR_ITS_MARK}",
    re.MULTILINE)
GLUED_HYPHEN_RE = re.compile(r"(?<=[A-Z'])-|-(?=[A-Z])")


def spell_hyphen_joined_labels(text: str) -> str:
    folded = fold(text)
    letters = list(text)
    for match in HYPHEN_JOINED_LABEL_RE.finditer(folded):
        words = match.group("words")
        hyphens = [m.start() for m in GLUED_HYPHEN_RE.finditer(words)]
        if not hyphens or words in OWN_LITERAL_LABELS or words in OTHERS_LITERAL_LABELS:
            continue
        spaced = "".join(" " if i in hyphens else c for i, c in enumerate(words))
        # a third party's label only: `Nom-Prénom :` is how many forms print the patient's own label, and read as
        # hers it takes a relative's or a doctor's block for hers (review A of session 66)
        if re.sub(r"[ \t]+", " ", spaced) in OTHERS_LITERAL_LABELS:
            for i in hyphens:
                letters[match.start("words") + i] = " "
    return "".join(letters)


# What speech recognition leaves of dictated punctuation (`Madame DUMAS virgule née le 08/08/1974 point à la ligne`).
SPOKEN_MARKS = {"POINT A LA LIGNE": ".\n", "NOUVEAU PARAGRAPHE": "\n\n", "A LA LIGNE": "\n", "POINT VIRGULE": ";",
                "DEUX POINTS": ":", "VIRGULE": ",", "OUVREZ LA PARENTHESE": " (", "FERMEZ LA PARENTHESE": ")",
                "OUVREZ LES GUILLEMETS": " «", "FERMEZ LES GUILLEMETS": "»", "POINT": "."}
SPOKEN_MARK_RE = re.compile(r"[ \t]*(?<![\w'-])(?P<words>POINT\s+A\s+LA\s+LIGNE|NOUVEAU\s+PARAGRAPHE|A\s+LA\s+LIGNE"
                            r"|POINT[\s-]+VIRGULE|DEUX[\s-]+POINTS|VIRGULE|(?:OUVREZ|FERMEZ)\s+(?:LA\s+PARENTHESE"
                            r"|LES\s+GUILLEMETS)|POINT)(?![\w'-])[ \t]*")
# A transcript says so by its words: two dictated commas or line breaks at least; a letter never writes `virgule`.
DICTATED_SIGNATURE_RE = re.compile(r"(?<![\w'-])(?:VIRGULE|POINT\s+A\s+LA\s+LIGNE)(?![\w'-])")
# `point` the noun, not the full stop: `mise au point`, `faire le point`, `un point de suture`, `point d'appel`. Only
# after a determiner: a full stop kept as a word glues two sentences (`le moral est bon point il a repris le vélo`), and
# a sentence's start is what tells who is spoken of (review75).
NOUN_POINT_BEFORE_RE = re.compile(r"(?<![\w'-])(?:AU|LE|UN|CE|DU|CHAQUE|QUEL)\s*$")
NOUN_POINT_AFTER_RE = re.compile(r"\s*(?:DE|D\s*'|DU|DES|SUR|PAR|FORT|FAIBLE|CULMINANT|NOIR|FINAL|DOULOUREUX)"
                                 r"(?![\w'-])")


# A fax's speck read beside a hyphen between two words (`Patient BÉRANGER-:Alain`, first corpus s790-040): no name
# hyphenates across a colon or a semicolon, so both marks are a space (same length: every offset holds).
HYPHEN_DUST_RE = re.compile(r"(?<=[^\W\d_])(?:-[:;]|[:;]-)(?=[^\W\d_])")


# A fax's speck read as a hyphen between a civility and the surname (`Madame-BOUAZIZ Agnès`, first corpus s807-026):
# no surname opens on a civility, so the mark is a space and the line reads as its spaced form does, in every rule
# (a parent's table row `| Papa | Mr-MARTIN Jean |` stays a parent's row). Not `M`, also an initial (`J-M`).
CIVILITY_GLUED_RE = re.compile(r"(?<![\w'’‐‑-])(?i:madame|monsieur|mademoiselle|mme|mlle|mr)[-‐‑'’](?=[A-ZÀ-Þ])")


# A scan's misread bracket of `Né(e) le` (`Néte) le`, `Né{e) le`, `Né(e} le`, `Néle) le`; fifth corpus s23_033): the
# label is rewritten as printed (same length), so that every rule reads it as the label, not as a word written as a name
# (review A of session 65: `Jumeaux FAURE Louise - Paul Néte) le …` read `Paul Néte` as someone else's name).
BORN_BRACKET_MISREAD_RE = re.compile(r"(?<![^\W\d_])([Nn][EeÉé])[tTcCIl1|{(]([Ee])[)}](?=[ ]?[Ll][Ee]\b)")


def hyphen_dust_blanked(text: str) -> str:
    text = CIVILITY_GLUED_RE.sub(lambda match: match.group()[:-1] + " ", text)
    text = BORN_BRACKET_MISREAD_RE.sub(lambda match: f"{match.group(1)}({match.group(2)})", text)
    return HYPHEN_DUST_RE.sub("  ", text)


def dictated_punctuation_written(text: str) -> str:
    """A raw transcript's spoken punctuation written as marks (`DUMAS virgule née le …` → `DUMAS, née le …`), so that
    its clauses and sentences read as a typed letter's (the relative's dated clause, the presenting sentence). Text
    without a transcript's words comes back unchanged."""
    folded = fold(text)
    if len(DICTATED_SIGNATURE_RE.findall(folded)) < 2:
        return text
    pieces, last = [], 0
    for match in SPOKEN_MARK_RE.finditer(folded):
        words = re.sub(r"[\s-]+", " ", match.group("words"))
        if words.startswith("POINT") and a_noun_point(folded, match, words):
            if words == "POINT":
                continue
            word_end = match.start("words") + len("POINT")  # `mise au point virgule`: the noun, then a comma
            mark = text[match.start():word_end] + SPOKEN_MARKS[words[len("POINT "):]]
        else:
            mark = SPOKEN_MARKS[words]
        pieces += [text[last:match.start()], mark if mark.endswith(("\n", "(", "«")) else mark + " "]
        last = match.end()
    return "".join(pieces + [text[last:]])


def a_noun_point(folded: str, match: re.Match, words: str) -> bool:
    """The dictated `point` is the noun: after a determiner (`mise au point virgule`), or, alone, before what a noun
    takes (`point de suture`)."""
    return NOUN_POINT_BEFORE_RE.search(folded, max(0, match.start() - 8), match.start()) is not None \
        or (words == "POINT" and NOUN_POINT_AFTER_RE.match(folded, match.end()) is not None)


def read_page(text: str, page_number: int = 1, today: date | None = None, typed: bool = False) -> PageReading:
    today = today or date.today()  # callers should pass it; the decision reads it from here, never the clock
    # PageReading.text is the rewritten text (dust blanked, `Nom : ly` with no name below read `Nom : LY`, a
    # transcript's `virgule` written `,`, a typed form's cells joined): matching reads what the fields were read on
    text = spell_misread_own_labels(spell_hyphen_joined_labels(
        read_letters_after_colons(dictated_punctuation_written(hyphen_dust_blanked(text)))))
    if typed:
        text = stacked_cells_joined(text)
    folded = fold(text)
    tokens = tokenize(text)
    ins, ins_spans = find_ins(folded, tokens)
    fields = find_fields(text, folded)
    # Digits in an INS field are no date, even when smudged out of an INS's shape (`2.•2.03.86.19•`).
    ins_fields = [(f.start, f.end) for f in fields if f.kind == "ins"]
    dates = find_dates(text, folded, tokens, ins_spans + ins_fields, today)
    unread = find_unread_dates(text, folded, tokens, ins_spans + ins_fields, today)
    return PageReading(
        page_number=page_number,
        text=text,
        tokens=tuple(tokens),
        dates=tuple(dates),
        ins=tuple(ins),
        fields=tuple(fields),
        today=today,
        unread_dates=tuple(unread),
        unreadable_birth_dates=tuple(find_unreadable_birth_dates(text, folded, dates + unread, tokens,
                                                                 ins_spans + ins_fields)),
        typed=typed,
    )


def read_document(page_texts: list[str], today: date | None = None,
                  typed: Sequence[bool] = ()) -> list[PageReading]:
    """`typed`: per page, whether its text is the author's own (models.Page.typed); pages not said are OCR's."""
    flags = list(typed) + [False] * (len(page_texts) - len(typed))
    return [read_page(text, number, today, flag)
            for number, (text, flag) in enumerate(zip(page_texts, flags), start=1)]
