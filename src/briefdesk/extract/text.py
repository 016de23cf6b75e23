"""Sentences and runs of capitalised words ("name chunks"), with offsets into the text."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from briefdesk.extract import name_edges as ne
from briefdesk.extract.lexicon import (
    LEGAL_SUFFIXES,
    MONTH_NAMES,
    ORG_HEADS,
    ROLE_HEADS,
    STOPWORDS,
    WEEKDAY_NAMES,
)
from briefdesk.extract.name_stops import joins_across
from briefdesk.extract.scans import HintedPattern as HintedPattern
from briefdesk.extract.scans import SentencePattern as SentencePattern
from briefdesk.extract.scans import lower_tail as lower_tail
from briefdesk.extract.scans import lowered as lowered
from briefdesk.extract.scans import sub_found as sub_found
from briefdesk.extract.scans import tail as tail
from briefdesk.extract.text_normalise import normalise as normalise
from briefdesk.extract.words import word_list

_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Md|Mohd|Hon|Eng|Engr|Ir|Amb|Atty|Smt|Mhe|Sta|Sto|Ts|Kh|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Prof|St|Jr|Sr|Co|Corp|Inc|Ltd|"
    r"No|Nos|Rs|M/s|Messrs|Pvt|Pte|vs|approx|incl|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|a\.m|p\.m)\.$"
)
# "... Engineering Co. The utility cited", "Serra Aeroespacial S.A. The value": a company's
# suffix ends the sentence when a word that only opens one follows.
_COMPANY_THEN_SENTENCE = re.compile(
    r".*\b(?:Co|Corp|Inc|Ltd|S\.A|B\.V|N\.V|S\.p\.A|A\.S|A\.Ş|S\.L)\.\s+"
    r"(?:The|It|Its|This|These|They|He|She|In|On|But)\s"
)
# "S. Jaishankar", "John F. Kennedy": one capital letter and a stop is an initial, not an end.
_INITIAL = re.compile(r"(?:^|[\s(.])[A-Z]\.$")  # "V.C. Bird" too
# ``[.!?]['"”’)]*\s+(?![a-z])|\n\s*\n|\n(?=[A-Z\d("“•*·▪‣-])`` led by one class of the
# characters its branches open with, each branch behind a look-behind at that character: the
# same matches, but the engine skips to each stop or newline in one fast pass, where a list of
# branches led by a class is tried at every position of the text (round 12, ~half the scan).
# (A line that opens with "|" is a table row: its own sentence, so a row's parties, amount and
# kind never mix with the next row's (round 22, N22-09).)
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])['\"”’)]*\s+(?![a-z])|(?<=\n)\s*\n|(?<=\n)(?=[A-Z\d(\"“•*·▪‣|-]))"
)
# A word, initials ("U.S.") or a legal form written with a slash ("Vestkyst Marine A/S", "Techint
# S/A"): ``(?<!\w)(?:A/S|S/A|K/S|I/S|P/S)(?!\w)|(?:[A-Z]\.){2,}|\w+(?:[-'’&]\w+)*(?:\.(?=\w))?\w*``
# written to open with one word character, so the engine skips spaces and punctuation in its fast
# loop; possessive repeats in the last branch, which never gives back (round 8, ~10 % less).
# The first two branches open with their stop or slash and look back after it (round 13):
# on a plain word each fails on one character instead of four look-behinds (split: -40 %).
TOKEN_RE = re.compile(
    r"\w(?:\.(?<=[A-Z]\.)(?:[A-Z]\.|(?<=S\.)p\.(?=A)|(?<=S\.)r\.l\.|(?<=A\.)Ş\.)+"
    r"|/(?:(?<=\bA/)S|(?<=\bS/)A|(?<=\b[KIP]/)S)(?!\w)"
    r"|\w*+(?:[-'’&]\w++)*+(?:\.(?=\w))?+\w*+)",
    re.UNICODE,
)
_TOKEN_SPLIT = re.compile(f"({TOKEN_RE.pattern})", re.UNICODE)  # gaps and words, alternating
# Lower-case particles that stay inside a name ("Mohammed bin Salman", "Ursula von der Leyen").
NAME_PARTICLES = word_list("name_particles")
# "Mr. van Hoorn", "de la Cruz": the surname's own particles just before a short form (round 23).
PARTICLES_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")\s+){1,2}$"
)
# Heads of public bodies whose names go on after "for".
FOR_HEADS = word_list("for_heads")
_COMPOUND_ADJECTIVE = re.compile(
    r"-(?:based|born|led|backed|owned|run|made|built|manufactured|produced|designed|developed|"
    r"listed|headquartered|registered|flagged|funded|financed|brokered|sponsored|controlled|"
    r"rival|linked|affiliated|aligned|class)$"  # "Sandown-class vessels", "Embraer-rival X"
)
# Possessives inside names: "Vietnam People's Army", "Workers' Party".
_NAME_POSSESSIVES = frozenset(["People", "Worker", "Women", "Children", "Veterans"])
_CALENDAR_WORDS = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES))
_MONTH_ABBREVIATIONS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
ORG_CONNECTORS = word_list("org_connectors")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


class Token(NamedTuple):
    """A word with its offsets; a named tuple because articles make thousands of them."""

    text: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        return _is_cap(self.text)


class _ChunkFields(NamedTuple):
    tokens: tuple[Token, ...]
    sentence_start: bool
    start: int  # (offsets kept as fields: rules read them hundreds of times per article)
    end: int


class Chunk(_ChunkFields):
    """A run of capitalised tokens; connectors ("of", "bin") may sit inside. A named tuple
    like ``Token``: every sentence makes several, and a frozen dataclass is slow to build.
    Made from its tokens and whether it opens the sentence; ``start`` and ``end`` are those
    of its first and last token."""

    __slots__ = ()

    def __new__(cls, tokens: tuple[Token, ...], sentence_start: bool) -> Chunk:
        return _new_tuple(cls, (tokens, sentence_start, tokens[0].start, tokens[-1].end))

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


def sentences(text: str) -> list[Sentence]:
    found: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # Both patterns end at the end of the text they read ("...Mr.", "...S."): its last
        # eight characters hold any match and the character before it.
        tail = text[max(start, match.start() - 7) : match.start() + 1].rstrip()
        if (
            (_ABBREVIATIONS.search(tail) or _INITIAL.search(tail))
            and "\n" not in match.group()
            and not _COMPANY_THEN_SENTENCE.match(text, match.start() - 5, match.end() + 6)
        ):
            continue
        _append(found, text, start, match.start() + 1)
        start = match.end()
    _append(found, text, start, len(text))
    return found


def _append(found: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(Sentence(start, end, text[start:end]))


def tokens(text: str, offset: int = 0) -> list[Token]:
    # tuple.__new__ skips the named tuple's Python-level constructor: a third of the time here.
    return [
        _new_tuple(Token, (m[0], m.start() + offset, m.end() + offset))
        for m in TOKEN_RE.finditer(text)
    ]


_new_tuple = tuple.__new__


# A dollar's country letters before its sign ("US$", "A$", "NZ $") end a name (N14-07).
_DOLLAR_PREFIXES = frozenset({"US", "A", "C", "NZ", "HK", "S", "NT", "EC", "TT", "BZ", "J", "Z"})


def _dollar_letters(word: str, text: str, at: int) -> bool:
    """Whether ``word`` (ending at ``at``) is a dollar's country letters: "US$", "A $"."""
    return word in _DOLLAR_PREFIXES and (text.startswith("$", at) or text.startswith(" $", at))


def chunks(sentence: Sentence) -> list[Chunk]:
    """Capitalised runs in one sentence, split where punctuation separates words."""
    text = sentence.text
    offset = sentence.start
    found: list[Chunk] = []
    run: list[Token] = []
    pending: list[Token] = []  # connectors after the run, kept if a capitalised word follows
    run_first = 0  # index in the sentence's tokens of run[0]

    def gap_ok(a: Token, b: Token) -> bool:
        between = text[a.end - offset : b.start - offset]
        if between == " " or joins_across(text, between, a.text, b.text, a.end - offset):
            return True  # "S. Jaishankar", "St. Michael", "Eng. Kofi Mensah", 'Ramon "Jojo" Cruz'
        if between in {"' ", "’ "} and a.text[-1:] == "s" and b.text.lower() in ORG_HEADS:
            # "Lofa Citizens' Forum", "the Kenya Farmers' Union": one name; "the Philippines'
            # Department of Energy" is a state's body.
            return not _is_state(a.text)
        return between in {" ", "-", " & "} or (between == " " * len(between) and len(between) < 2)

    def flush() -> None:
        # "JAKARTA, July 2 - When Fjordkraft Invest AS said": after a dateline's (or any
        # spaced) dash a clause starts, so its leading stopwords go as at a sentence start.
        clause = run_first > 0 and text.endswith(_CLAUSE_DASHES, 0, run[0].start - offset)
        chunk = _stripped(run, run_first == 0, clause)
        if chunk:
            found.append(chunk)
        run.clear()
        pending.clear()

    # Tokens are made only for words a run reads: most words of a sentence are lower case
    # outside any run, and for them the loop below does nothing but ask whether they open one.
    # The split gives each word with the gap before it, strings only (no match object per word):
    # offsets are summed from their lengths.
    parts = _TOKEN_SPLIT.split(text)
    words = parts[1::2]
    # Offsets of every part, summed in one C pass (round 8): word i starts at ends[2i + 1] and
    # ends at ends[2i + 2]; a word the loop skips reads neither.
    ends = list(itertools.accumulate(map(len, parts), initial=offset))
    months, date_preps, opens_run = ne.MONTHS, ne.DATE_PREPS, ne.opens_run
    for index, word in enumerate(words):
        if not run:  # (pending is only ever filled while a run is open)
            if "-" in word:
                if _COMPOUND_ADJECTIVE.search(word) or not _is_cap(word):
                    continue  # "Chinese-made jets": not in a name
            elif word in months and index and words[index - 1] in date_preps:
                continue  # "in August WASCO said": the month is no part of the name after it
            elif not (
                word[0].isupper() or (word[0] in "dl0123456789" and opens_run(word, words, index))
            ):
                continue
            run_first = index
            run.append(_new_tuple(Token, (word, ends[2 * index + 1], ends[2 * index + 2])))
            if is_possessive(word) and word[:-2] not in _NAME_POSSESSIVES:
                flush()
            continue
        token = _new_tuple(Token, (word, ends[2 * index + 1], ends[2 * index + 2]))
        if "-" in word and _COMPOUND_ADJECTIVE.search(word):
            flush()  # "the Seoul-based Hyundai Rotem", "Chinese-made jets": not in a name
            continue
        if (
            pending
            and pending[-1].text in {"for", "on"}
            and not _has_head(run, pending[-1].text)
            and not ne.bank_for(run, pending, word)  # "Japan Bank for International Cooperation"
        ):
            flush()
        if pending and run[-1].text.lower().rstrip(".") in LEGAL_SUFFIXES:
            flush()  # "Bugesera Airport Ltd for US$1.3 billion": a legal form ends the name
        if pending and (
            word in _CALENDAR_WORDS
            or (word in _MONTH_ABBREVIATIONS and pending[-1].text in {"on", "in"})
            or _CALENDAR_WORDS.intersection(t.text for t in run[-2:])  # "On 28 October (2025)
            or (pending[0].text == "the" and run[-1].text[:1].isdigit())  # "In 2024 the"
        ):  # the Ministry": a date, then a name; "India on Monday", "the Fund in March": dates
            flush()
        # ("to pay Kilwa Gold US$143.6 million": the currency's letters end the name)
        if (_is_cap(word) and not _dollar_letters(word, text, token.end - offset)) or (
            word[0].isdigit()
            and run
            and not pending
            and _looks_designation(word)
            # "Samruk-Energy 33 percent each": a share, not a designation
            and (index + 1 >= len(words) or words[index + 1] not in _AMOUNT_AFTER)
        ):
            if run and not gap_ok((pending or run)[-1], token):
                flush()
            if not run:
                run_first = index
            run.extend(pending)
            pending.clear()
            run.append(token)
            if is_possessive(word) and word[:-2] not in _NAME_POSSESSIVES:
                flush()
        elif run and (word in NAME_PARTICLES or word in ORG_CONNECTORS):
            if not gap_ok((pending or run)[-1], token):
                flush()
                continue
            pending.append(token)
        elif run:
            flush()
    if run:
        flush()
    return found


_ELIDED = frozenset({"d'", "l'", "d’", "l’"})


def _is_cap(text: str) -> bool:
    """``Token.is_cap`` for a word before it is a token."""
    if text[0].isupper():
        return True
    # "d'Albenga", "l'Aquila": an elided particle before a capitalised name.
    if text[:2] in _ELIDED and text[2:3].isupper():
        return True
    if "-" not in text:
        return False
    # "al-Sisi", "el-Sayed": a lower-case particle joined to a capitalised name.
    head, _, tail = text.partition("-")
    return head in NAME_PARTICLES and bool(tail) and tail[0].isupper()


def _is_state(word: str) -> bool:
    from briefdesk.extract.gazetteer import gazetteer  # on first use: rare, and no import cycle

    return word in gazetteer().names


def _has_head(run: list[Token], connector: str = "") -> bool:
    """ "Institute for Space", "Minister for Police" go on after "for"; a firm's name does not
    ("Sahelia Energy for Cayar Deep")."""
    if connector == "for":
        return any(t.text.lower() in FOR_HEADS or t.text.lower() in ROLE_HEADS for t in run)
    return any(t.text.lower() in ORG_HEADS or t.text.lower() in ROLE_HEADS for t in run)


def _looks_designation(word: str) -> bool:
    return any(ch.isdigit() for ch in word) and len(word) <= 6


_CLAUSE_DASHES = (" - ", " – ", " — ", " -- ")
# Stopwords dropped from the front of a run even when it does not open the sentence.
_LEADING_DROPPED = frozenset(
    {"the", "a", "an", "this", "that", "press", "release", "statement", "joint"}
)


_AMOUNT_AFTER = frozenset({"percent", "per", "pc", "million", "billion", "tonnes", "MW"})
# Verbs that open a question: before "the" they are no part of a name.
_AUXILIARIES = frozenset(
    {"could", "is", "are", "has", "have", "does", "did", "should", "would", "was", "were"}
    | {"will", "can", "may", "might", "must", "shall", "do"}
)


def _stripped(run: list[Token], sentence_start: bool, clause: bool = False) -> Chunk | None:
    """The run as a chunk without leading stopwords ("The", or any at a sentence or clause
    start) and trailing connectors; None when nothing is left."""
    first, past = 0, len(run)
    starts = sentence_start or clause
    if (
        past > 2
        and run[1].text in {"the", "a", "an"}
        and (
            run[0].text.lower() in _AUXILIARIES
            or (sentence_start and ne.opening_adverb(run[0].text))
        )
    ):
        first = 2  # "Could the Minister say", "Partly the World Bank": no part of the name
    elif sentence_start and past > 2 and run[1].text == "of" and ne.people_of(run[0].text):
        first = 3 if run[2].text == "the" and past > 3 else 2  # "Officials of the Ministry"
    while first < past and (
        run[first].text.lower() in STOPWORDS
        and (starts or run[first].text.lower() in _LEADING_DROPPED) != ne.joint_body(run, first)
        and not (run[first].text == "Jan" and first + 1 < past)  # "Jan Kowalski said"
    ):
        first += 1
        starts = False
    if 0 < first < past - 1 and run[first].text in ne.DAY_OR_MONTH:
        first += 1  # "In February AlmatyTeploSet awarded", "On Monday Afreximbank said"
        while first < past - 1 and run[first].text in {"the", "a", "an"}:
            first += 1  # "On Friday the Asian Infrastructure Bank approved"
    while past > first and (
        run[past - 1].text in NAME_PARTICLES or run[past - 1].text in ORG_CONNECTORS
    ):
        past -= 1
    if past <= first:
        return None
    kept = tuple(run[first:past])
    return _new_tuple(Chunk, (kept, sentence_start and starts, kept[0].start, kept[-1].end))


def is_possessive(word: str) -> bool:
    if word[-1:] not in _POSSESSIVE_ENDS:  # most words: one look at the last letter
        return False
    return word.endswith(("'s", "’s")) or (word.endswith(("s'", "s’")) and len(word) > 3)


def strip_possessive(word: str) -> str:
    if word[-1:] not in _POSSESSIVE_ENDS:
        return word
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


_POSSESSIVE_ENDS = frozenset("s'’")  # the last letter of "X's", "X’s", "Xs'", "Xs’"
