"""Deal status: the status a deal sentence ends on, and what later sentences about the same
deal say ("The contract was signed on Friday"). The latest statement wins: "blocked last year,
approved on Monday" is approved; a cue inside "after the deal was put on hold" is background."""

from __future__ import annotations

import functools
import re

from briefdesk.extract.lexicon import MONTH_NAMES, STATUS_WORDS
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.scans import class_led, factored
from briefdesk.extract.status_grammar import (
    MORE_CUES,
    grammar_cues,
    held_back,
    later_unsigned,
    prepared,
)
from briefdesk.extract.status_verbs import headline_sign
from briefdesk.extract.text import Sentence

# Cues the shared status words lack, read the same way (round 3): phrasal approvals, orders
# placed or won (an order is a signed contract), and stops said in other words.
MORE_STATUS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "cancelled",
        (
            "called off",
            "axed",
            "scraps",
            "cancels",
            # round 6: a side leaving the deal ("walked away from", "pulled out of")
            "walked away",
            "walks away",
            "pulled out of",
            "pulls out of",
            "pulled the plug",
            "tore up",
            "torn up",
            "rescinded",
            "annulled",
            "ditched",
            "termination of",
            "cancellation of",
        ),
    ),
    (
        "suspended",
        (
            "on hold",
            "paused",
            "put on ice",
            "on ice",
            "blocked",
            "blocks the",
            "blocks a",
            "blocks its",
            "froze",
            "freezes",
            "shelved",
            "shelves",
            "suspends",
            "halts",
            "pauses",
            "mothballed",
        ),
    ),
    (
        "signed",
        (
            "ordered",
            "has ordered",
            "won an order",
            "wins an order",
            "won a contract",
            "placed an order",
            "placed its",
            "has contracted",
            "was contracted",
            "contracting",
            "has hired",
            "placed a",
            "finalised",
            "finalized",
            "finalise",
            "finalize",
            "awarded",
            "signing of",
            "the signing",
            # a translated communiqué's nouns: "the signature of a contract", "the conclusion
            # of an agreement" (round 10, N10-09)
            "signature of a",
            "signature of the",
            "conclusion of a contract",
            "conclusion of an agreement",
            "conclusion of the contract",
            "conclusion of the agreement",
            "conclusion of a deal",
            # rights and money handed over: "granted a 30-year lease", "extended a $1 billion
            # line of credit", "has given Roseau a grant"
            "granted",
            "extended",
            "extends",
            "has given",
            "initialled",
            "initialed",
            # a headline's present tense: "Ghana inks $40m ferry deal", "seals", "wins contract"
            "inks",
            "seals",
            # a headline's win: "X lands $142m turbine package", "bags order", "clinches deal"
            "lands",
            "landed",
            "bags",
            "bagged",
            "clinches",
            "clinched",
        ),
    ),
    ("in_delivery", ("started to receive", "began to receive", "started receiving")),
    (
        "approved",
        (
            "cleared the way",
            "clears the way",
            "clear the way",
            "go-ahead",
            "green light",
            "staff-level agreement",
            "pledged",
            "pledges",
            "approves",
            "clears",
            "green-lit",
            "green-lights",
            "green-lighted",
            "greenlit",
            "greenlights",
            "signed off on",
            "rubber-stamped",
            "okayed",
            # work or money handed to a side, its contract not yet said signed
            "has arranged",
            "went to",
            "goes to",
            "confided to",
            "entrusted to",
            "is providing",
        ),
    ),
    (
        # Still being weighed: "is weighing a loan", "no decision has been taken".
        "proposed",
        (
            "weighing",
            "mulling",
            "mulls",
            "no decision",
            "no final decision",
            "under consideration",
            "yet to decide",
            "has not decided",
            "have not decided",
            # a tender or a shortlist: no contract yet
            "tender launched",
            "launched a tender",
            "launches a tender",
            "opened a tender",
            "opens a tender",
            "invited bids",
            "invites bids",
            "shortlisted",
            "short-listed",
            "shortlist",
        ),
    ),
)
_ALL_WORDS = [
    (
        status,
        (
            *cues,
            *dict(MORE_STATUS_WORDS).get(status, ()),
            *sorted(dict(MORE_CUES).get(status, ())),  # (round 9: extract/data/status_*.txt)
        ),
    )
    for status, cues in STATUS_WORDS
]
STATUS_RES = [  # the lookahead (the cues' first letters) skips most words in one step
    (
        status,
        re.compile(
            rf"\b(?=[{''.join(re.escape(c) for c in sorted({cue[0] for cue in cues}))}])"
            rf"(?:{factored([re.escape(cue) for cue in cues])})\b"
        ),
    )
    for status, cues in _ALL_WORDS
]
# Each status's cues by their first word: a cue matches only where that word stands whole
# (None: a cue that opens with no word character, always scanned).
_WORD_RUN = re.compile(r"\w+")
_FIRST_WORDS = [
    frozenset(m.group() for m in map(_WORD_RUN.match, cues) if m)
    if all(_WORD_RUN.match(cue) for cue in cues)
    else None
    for _status, cues in _ALL_WORDS
]
# Any cue at all: most sentences have none, and then no per-status pass is needed.
# ("\b(?:cues)\b" led by a class of their first letters: scans.class_led)
_ANY_CUE = re.compile(
    class_led([re.escape(cue) for _status, cues in _ALL_WORDS for cue in cues]) + r"\b"
)


# A clause with a subject of its own: "The EIB has offered a loan, and the Netherlands has
# signed a memorandum" tells two deals' statuses.
OWN_CLAUSE = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+(?=[A-Z]|the\s|its\s)")


def status_at(where: Sentence, money: MoneyMention | None) -> str:
    """The status of the deal of ``money`` (None: the sentence's): its own clause's when that
    clause states one ("has offered a €500 million loan, and the Netherlands has signed ..."
    is proposed), else the sentence's."""
    sentence = where.text
    if money is None:
        return deal_status(sentence)
    at = money.start - where.start
    if ";" in sentence or ", " in sentence:
        cuts = [0, *(m.start() for m in OWN_CLAUSE.finditer(sentence)), len(sentence)]
        if len(cuts) > 2:
            start = max(c for c in cuts[:-1] if c <= at)
            end = min(c for c in cuts[1:] if c > at) if at < len(sentence) else len(sentence)
            own = deal_status(sentence[start:end])
            if own == "signed" and later_unsigned(sentence[end:].lower()):
                return "approved"  # "awarded to X for $5 million; the contract will be signed"
            if own != "reported":
                return own
    return deal_status(sentence)


@functools.lru_cache(maxsize=256)
def deal_status(sentence: str, current_only: bool = False) -> str:
    """The status the sentence ends on: "suspended in May but approved on Monday" is approved;
    a cue set in the past ("after being suspended", "frozen last year", "months after the deal
    was put on hold") is background."""
    # A cue inside a name ("the Extended Fund Facility") is no status.
    lowered = sentence.lower()
    if "ed " in sentence and _ED_BEFORE_CAPITAL.search(sentence):  # (what every match holds)
        lowered = _IN_NAME.sub(lambda m: "x" * len(m.group()), sentence).lower()
    lowered = prepared(lowered)  # negations, "signed off", letters (status_grammar)
    first = FIRST_OF.search(lowered) if "first" in lowered else None  # (in every match)
    if first and not BACKGROUND_BEFORE.search(lowered, max(0, first.start() - 40), first.start()):
        return "in_delivery"  # "has taken delivery of the first of two frigates"
    extra = grammar_cues(lowered)  # "wins ... contract", "completed the review"
    extra += headline_sign(sentence)  # "Uzbekistan, Tajikistan sign power swap" (round 23)
    if not extra and not _ANY_CUE.search(lowered):
        return held_back(lowered, "reported")
    words = frozenset(_WORD_RUN.findall(lowered))  # a status none of whose cues opens here: skipped
    found = [
        (status, match.start(), match.end())
        for (status, cue_re), firsts in zip(STATUS_RES, _FIRST_WORDS, strict=True)
        if firsts is None or not words.isdisjoint(firsts)
        for match in cue_re.finditer(lowered)
        # "to be delivered through the WFP", "will be signed": not done yet, no status at all
        # (a proposal stays one: "is understood to be negotiating")
        if status == "proposed"
        or (
            not FUTURE_BEFORE.search(lowered, max(0, match.start() - 40), match.start())
            and not FUTURE_OBJECT.search(lowered, max(0, match.start() - 40), match.start())
        )
    ]
    if extra:
        found = sorted([*found, *extra], key=lambda item: _ORDER[item[0]])
    current = [
        item
        for item in found
        # Only the words just before a cue can make it background: read a window, not the
        # whole sentence before it, for every cue.
        if not BACKGROUND_BEFORE.search(lowered, max(0, item[1] - 40), item[1])
        and not BACKGROUND_CLAUSE.search(lowered, max(0, item[1] - 80), item[1])
        and not BACKGROUND_AFTER.match(lowered, item[2])
    ]
    if current_only:
        return held_back(lowered, current[0][0] if current else "reported")
    return held_back(lowered, (current or found)[0][0] if found else "reported")


_ORDER = {status: at for at, (status, _cues) in enumerate(STATUS_WORDS)}


_IN_NAME = re.compile(
    r"(?<=[\w,] )[A-Z][a-z]+ed(?=\s+[A-Z])|^[A-Z][a-z]+ed(?=\s+[A-Z][a-z]+\s+[A-Z])"
)
_ED_BEFORE_CAPITAL = re.compile(r"ed(?=\s+[A-Z])")  # (led by a literal: one fast scan)
# The first units of an order handed over: delivery has begun, not ended.
FIRST_OF = re.compile(
    r"\b(?:taken|took|takes|take|received|receives|handed\s+over|delivered)\s+"
    r"(?:delivery\s+of\s+)?the\s+first\s+(?:of|two|three|four|batch|units?|[a-z-]+\s+of)\b"
)
FUTURE_BEFORE = re.compile(
    r"\b(?:to|will|would|shall|should|could|may|might|must)\s+(?:(?:also|then|later)\s+)?be\s+$"
    # round 23: the second verb under one "will be": "will be built in Japan and delivered"
    r"|\b(?:to|will|would|shall|should|could|may|might|must)\s+be\s+[a-z]+\s+"
    r"(?:[\w-]+\s+){0,4}?and\s+$"
)
# "will buy a second batch", "plans to order the first batch": what is still to be bought, not
# a delivery under way.
FUTURE_OBJECT = re.compile(
    r"\b(?:to|will|would|shall|could|may|might|must)\s+(?:\w+\s+)?"
    r"(?:buy|order|acquire|purchase|procure|receive|get)\s+(?:a|an|the|its|their)\s+$"
)
BACKGROUND_BEFORE = re.compile(
    r"\b(?:after|(?<!has\s)(?<!have\s)since|had been|having been|previously|once|earlier)\s+"
    r"(?:being\s+)?$"  # ("has since been cancelled" is the status now: round 14)
)
# "months after the deal was put on hold", "since it was blocked": a clause of its own.
BACKGROUND_CLAUSE = re.compile(
    r"\b(?:after|since|before)\s+(?:it|they|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:first\s+)?$"
    # round 9: a cause told after the deal's own verb, "has suspended the contract after the
    # Treasury revoked the licence": the cue is the subordinate clause's own verb
    r"|\b(?:after|(?<!has\s)(?<!have\s)since|because)\s+(?:the\s+|its\s+|a\s+)?(?:[\w.&'-]+\s+){1,4}(?:had\s+)?$"
    # round 23: a time before "after" marks the clause ("six months after parliament's
    # Security and Defence Committee froze the programme"): a longer subject is read
    r"|\b(?:days|weeks|months|years|shortly|soon|just|only)\s+after\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w.&'-]+\s+){1,7}(?:had\s+)?$"
)
BACKGROUND_AFTER = re.compile(
    r"\s+(?:last\s+(?:year|month|week|\w+day|autumn|spring|summer|winter|fall|quarter)|"
    r"(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?)\s+ago|"  # (round 23)
    r"earlier|previously|in\s+(?:19|20)\d\d|in\s+(?:"
    + "|".join(m.lower() for m in MONTH_NAMES)
    + r"))\b"
)
# "The contract was signed on Friday", "The deal, signed in March,", "The agreement has since
# been ratified": a later sentence whose subject is the deal itself. "A separate agreement was
# signed" and "will be signed" say nothing about this deal's status now.
LATER_STATUS = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?!(?:separate|another|earlier|previous|second|other|"
    r"similar|first|new)\b)(?:[\w-]+\s+){0,3}?(?:contract|deal|agreement|accord|order|sale|"
    r"purchase|loan|memorandum|mou|pact|package|grant|credit line|facility|"
    # round 13: a deal told as what it gives ("the award", "the licence", "the concession")
    r"award|concession|licen[cs]e|lease|charter|offtake)s?\b"
    r"(?:\s*,[^,.;]{1,70},)?(?:\s*,\s*|[^.;,]{0,50}?\b(?:was|were|has|have|had)\s+(?:since\s+|now\s+|also\s+|later\s+|subsequently\s+|eventually\s+)?"
    r"(?:been\s+)?)(?:formally\s+|officially\s+|finally\s+|already\s+)?"
    r"(?P<verb>signed|inked|sealed|concluded|finali[sz]ed|approved|cleared|ratified|cancell?ed|"
    r"scrapped|terminated|suspended|frozen|delivered|completed|shelved|axed|annulled|rescinded|"
    r"green-lit|greenlit|paused|halted|revoked|voided|withdrawn)\b"
)
LATER_STATUS_OF = {
    "signed": "signed",
    "inked": "signed",
    "sealed": "signed",
    "concluded": "signed",
    "finalised": "signed",
    "finalized": "signed",
    "approved": "approved",
    "cleared": "approved",
    "ratified": "approved",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "scrapped": "cancelled",
    "terminated": "cancelled",
    "suspended": "suspended",
    "frozen": "suspended",
    "shelved": "suspended",
    "axed": "cancelled",
    "annulled": "cancelled",
    "rescinded": "cancelled",
    "green-lit": "approved",
    "greenlit": "approved",
    "paused": "suspended",
    "halted": "suspended",
    "revoked": "cancelled",
    "voided": "cancelled",
    "withdrawn": "cancelled",
    "delivered": "delivered",
    "completed": "delivered",
}
# How far along a deal is; a later sentence only moves a deal forward (or stops it).
PROGRESS = {
    "reported": 0,
    "proposed": 1,
    "approved": 2,
    "signed": 3,
    "in_delivery": 4,
    "delivered": 5,
}
LATER_REACH = 6
