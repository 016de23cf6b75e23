"""Deal status by grammar the phrase lists miss (round 9): words that cancel a cue, a pending
approval that holds a deal back a step, and wins of a contract said in a headline.

Read by ``deal_status`` on the lower-cased sentence before and after its cue scan:
- ``prepared`` rewrites what would mislead a cue scan, keeping every offset: a negated cue
  ("were not delivered", "had never been disbursed") is blanked; "signed off" is an approval
  ("okayed off"); "received a letter of support", "signed a mandate letter" are no delivery or
  signature (the letter itself is a proposal cue); "will also provide" is read as "will provide".
- ``grammar_cues`` finds what a fixed phrase cannot: "wins THB 7.8 billion 5G radio contract",
  "completed the third review" (an IMF board's approval).
- ``held_back`` steps a status down one place when the deal still waits for an approval
  ("subject to the approval of its Board", "pending parliamentary approval"): signed is
  approved, approved (or nothing said) is proposed.
"""

from __future__ import annotations

import re

from briefdesk.extract.words import word_list

# Phrase cues by status, as data (extract/data/status_<status>.txt).
MORE_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("cancelled", word_list("status_cancelled")),
    ("signed", word_list("status_signed")),
    ("approved", word_list("status_approved")),
    ("proposed", word_list("status_proposed")),
)

# "not delivered", "had never been disbursed", "is yet to be signed", "has not yet been
# ratified": the cue word after the negation states no status.
_NEGATED = re.compile(
    r"\b(?:not|never|n't|yet\s+to\s+be|no\s+longer)\s+(?:yet\s+)?(?:been\s+|be\s+)?"
    r"(?P<verb>(?!decided\b)[a-z-]+ed)\b"
)
# "received a letter of support", "signed a mandate letter", "issued a letter of interest".
_LETTER_VERB = re.compile(
    r"\b(?P<verb>signed|received|receives|issued|sent)\s+(?=(?:a|an|the)\s+(?:mandate\s+)?"
    r"letter\b)"
)
# "will also provide", "would now consider": the modal and its verb read as one cue.
_ADVERB_AFTER_MODAL = re.compile(
    r"\b(will|would|shall|to)\s+(?:also|now|further|then|additionally|still|soon)\s+"
)


_ADVERBS = ("also", "now", "further", "then", "additionally", "still", "soon")


def _blank(match: re.Match[str], group: str) -> str:
    start, end = match.span(group)
    whole = match.group()
    at, to = start - match.start(), end - match.start()
    return whole[:at] + "x" * (to - at) + whole[to:]


def prepared(lowered: str) -> str:
    """``lowered`` with negated cues blanked, "signed off" read as an approval, and a letter's
    verb blanked; offsets are kept except where a modal's adverb is dropped (after it, cue
    positions are compared only within this text)."""
    if "n" in lowered and ("not" in lowered or "never" in lowered or "yet to" in lowered):
        lowered = _NEGATED.sub(lambda m: _blank(m, "verb"), lowered)
    if "signed off" in lowered:
        lowered = lowered.replace("signed off", "okayed off")
    if "letter" in lowered:
        lowered = _LETTER_VERB.sub(lambda m: _blank(m, "verb"), lowered)
    if any(adverb in lowered for adverb in _ADVERBS):  # (a cheap test first: "to " is everywhere)
        lowered = _ADVERB_AFTER_MODAL.sub(r"\1 ", lowered)
    return lowered


# A side wins (lands, bags, secures) a contract or an order: "Tampere Radio Networks wins THB
# 7.8 billion 5G radio contract", "Geoje Ocean Wins $1.4 Billion Taiwan Boxship Order".
_WON = re.compile(
    r"\b(?:wins?|won|winning|secures|secured|bags|bagged|lands|landed|clinche[sd])\s+"
    r"(?:[\w$€£¥.,/-]+\s+){0,7}?(?:sub)?(?:contract|order|deal)s?\b"
)
# An IMF-style board review completed: its disbursement is approved.
_REVIEW = re.compile(r"\bcompleted\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?review\b")
# A formal document's signing: "has entered into a binding share sale agreement with",
# "executed a definitive merger agreement" (a plan to enter into one says "enter", no cue).
_ENTERED = re.compile(
    r"\b(?:entered\s+into|executed)\s+(?:a|an|the|two|three|its)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:agreements?|contracts?|deeds?|deal|lease|charter|facility|facilities)\b"
)
GRAMMAR_CUES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("signed", "entered into", _ENTERED),
    ("signed", "executed", _ENTERED),
    ("signed", "contract", _WON),
    ("signed", "order", _WON),
    ("signed", "deal", _WON),
    ("approved", "review", _REVIEW),
)


def grammar_cues(lowered: str) -> list[tuple[str, int, int]]:
    """(status, start, end) of each grammar cue in ``lowered``."""
    found: list[tuple[str, int, int]] = []
    for status, hint, pattern in GRAMMAR_CUES:
        if hint in lowered:
            found.extend(
                (status, m.start(), m.end())
                for m in pattern.finditer(lowered)
                if (status, m.start(), m.end()) not in found
            )
    return found


# "subject to the approval of its Board", "subject to Board approval", "pending parliamentary
# approval", "awaiting cabinet approval", "still needs the approval of".
_PENDING = re.compile(
    r"\b(?:subject\s+to|pending|awaiting|awaits|still\s+needs?|still\s+requires?|yet\s+to\s+"
    r"(?:receive|get|obtain))\s+(?:the\s+|its\s+|their\s+|final\s+|formal\s+|[\w-]+\s+){0,3}?"
    r"(?:approval|ratification|clearance|sign-off)\b"
)
_STEP_DOWN = {"signed": "approved", "approved": "proposed", "reported": "proposed"}


def held_back(lowered: str, status: str) -> str:
    """``status`` a step down when the sentence says the deal still waits for an approval."""
    hinted = any(hint in lowered for hint in _PENDING_HINTS)
    return (
        _STEP_DOWN[status]
        if hinted and status in _STEP_DOWN and _PENDING.search(lowered)
        else status
    )


_PENDING_HINTS = ("subject", "pending", "await", "still", "yet to")
