"""What a later sentence says happened to a deal told before, in the shapes ``LATER_STATUS``
(the deal as the subject of "was signed/cancelled") does not read (round 22).

- **a stop done to the deal**: "The navy cancelled the order in June", "In June the government
  scrapped the purchase", "Lima froze the programme", "the ministry has terminated its contract"
  (cancelled or suspended); not "a separate/another/earlier/new" deal's, not a stop still to come
  ("plans to cancel", "threatened to scrap": no past verb) nor a denied one ("has not cancelled",
  blanked by ``status_grammar.prepared``); not a deal of another party ("terminated its
  contract with X", "suspended the licence of X" when X is no side), of another year ("its 2024
  contract") or of a noun the deal is not called by (a "lease" or "concession" for a loan).
- **the deal stopped, told in the present**: "The contract is now suspended", "the programme
  remains frozen", "the project has been on hold since May".
- **the deal signed, told with its signer as the subject** (round 23, newcomer23 N23-01): "Halloran
  signed the contract with Lindqvist Naval on Monday", "the ministry inked the deal" (signed);
  only the deal's own noun with no other party and no past year ("signed its 2019 contract",
  "signed the contract in 2019", "signed a contract with X" for a deal X is no side of).
- **deliveries under way or done**: "Delivery began in March", "Deliveries of the trucks started
  last month", "The first frigate was handed over in May" (in delivery); "Both ships have since
  been delivered", "All four aircraft were delivered by June" (delivered). Not "deliveries
  would begin", "are expected to start", "the first will be handed over". Round 26: "The
  first, the Tunu, was handed over", "said the first had already been handed over", "Three
  squadrons have since been delivered" (in delivery).

``later_move`` gives the status such a sentence tells, or None; ``deal_later.later_status``
reads it like the other later statements (forward only, a stop always; never past a sentence
naming another amount). The words are data: ``extract/data/later_stops_cancelled.txt`` and
``later_stops_suspended.txt`` (past stop verbs) and ``later_deal_nouns.txt`` (what a deal is
called again).
"""

from __future__ import annotations

import re

from briefdesk.extract.status_grammar import prepared
from briefdesk.extract.words import word_list

_STOP_OF = {
    **{verb: "cancelled" for verb in word_list("later_stops_cancelled")},  # "scrapped"
    **{verb: "suspended" for verb in word_list("later_stops_suspended")},  # "froze"
}
_NOUNS = "|".join(sorted(word_list("later_deal_nouns"), key=len, reverse=True))
_ALT = "|".join(re.escape(v) for v in sorted(_STOP_OF, key=len, reverse=True))
_NOT_THIS = (
    r"(?!(?:separate|another|other|earlier|previous|second|new|original|old|former|first|"
    r"existing|similar)\b)"
)
# "cancelled the order", "has scrapped its $90 million contract", "froze the loan programme"
_STOP_DONE = re.compile(
    rf"\b(?P<verb>{_ALT})\s+(?:the|this|that|its|their)\s+{_NOT_THIS}"
    rf"(?P<words>(?:[\w$€£¥.,-]+\s+){{0,4}}?)(?P<noun>{_NOUNS})s?\b"
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The party the stopped deal is with: "terminated its contract with X", "the licence of X".
_PARTY_AFTER = re.compile(
    r"\s+(?:with|of)\s+(?!(?:immediate\s+)?effect\b)(?:the\s+)?(?P<who>[^,.;:()]{3,60})"
)
# Nouns only a loan or grant is called by, and nouns any deal may be called by.
_MONEY_NOUNS = frozenset({"loan", "grant", "facility", "credit"})
_ANY_NOUNS = frozenset({"agreement", "deal", "programme", "program", "project"})
# Nouns that name a deal only if its own sentence called it so (a lease, a licence).
_OWN_NOUNS = frozenset(
    {"lease", "licence", "license", "concession", "award", "acquisition", "sale"}
)
# Words that describe no particular deal ("the whole contract", "the planned purchase").
_PLAIN = word_list("later_plain_words")
# What ``later_move`` knows of the deal: its kind, its sides, its own sentence (lower-cased).
Told = tuple[str, tuple[str, ...], str]
_GENERIC = frozenset({"the", "ministry", "company", "group", "bank", "government", "state", "and"})
# "The contract is now suspended", "the programme remains frozen", "has been on hold since May"
_STOPPED_NOW = re.compile(
    rf"\b(?:the|this|that|its|their)\s+{_NOT_THIS}(?P<words>(?:[\w-]+\s+){{0,3}}?)"
    rf"(?P<noun>{_NOUNS})s?\s+"
    r"(?:is|are|remains?|remained|has\s+been|have\s+been)\s+(?:now\s+|still\s+|also\s+)?"
    r"(?P<verb>suspended|frozen|halted|paused|on\s+hold|cancell?ed|terminated|scrapped)\b"
)
_DELIVERING = re.compile(
    r"\bdeliver(?:y|ies)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?)?"
    r"(?:began|begun|started|commenced|got\s+under\s+way|(?:is|are)\s+(?:now\s+)?under\s+way|"
    r"(?:has|have)\s+(?:now\s+|already\s+)?(?:begun|started|commenced))\b"
    r"|\bthe\s+first\s+(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:handed\s+over|delivered)\b"
    # round 26: the first named between commas ("The first, the Tunu, was handed over in
    # May"), told in a report ("said the first vehicles had already been handed over"), or a
    # count of the units handed over ("Three squadrons have since been delivered")
    r"|\bthe\s+first(?:\s+[\w-]+){0,3}?(?:,\s+[^,.;]{1,40},)?\s+(?:was|were|has\s+been|"
    r"have\s+been|had\s+(?:already\s+)?been)\s+(?:already\s+)?(?:handed\s+over|delivered)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:have|has|had)\s+(?:now\s+|since\s+|already\s+)?been\s+(?:handed\s+over|delivered)\b"
    r"|\bthe\s+first\s+(?:[\w-]+\s+){0,3}?(?:arrived|has\s+arrived|have\s+arrived)\b"
)
_DELIVERED = re.compile(
    r"\b(?:all|both)\s+(?:of\s+the\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:have|has|had|were)\s+(?:now\s+|since\s+|already\s+)?(?:been\s+)?delivered\b"
)
# "Halloran signed the contract with Lindqvist Naval on Monday": the deal signed, its signer the
# subject (round 23). Only "the/this/that/its/their" deal: "signed a contract" may be another.
_SIGNED_DONE = re.compile(
    rf"\b(?<!not\s)(?P<verb>signed|inked|sealed|concluded)\s+(?:the|this|that|its|their)\s+"
    rf"{_NOT_THIS}(?P<words>(?:[\w$€£¥.,-]+\s+){{0,4}}?)(?P<noun>{_NOUNS})s?\b"
)
# A past time told after the signing: another, older signing ("in 2019", "last year").
_SIGNED_BEFORE = re.compile(
    r"\b(?:in\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d|last\s+year|years\s+ago|earlier|"
    r"previously)\b"
)
_HINTS = (
    "deliver",
    "first",
    *{v.split()[0] for v in _STOP_OF},
    "suspend",
    "frozen",
    "hold",
    "signed",
    "inked",
    "sealed",
    "concluded",
)


def _same_deal(match: re.Match[str], text: str, deal: Told) -> bool:
    """Whether the stopped deal may be ``deal`` (kind, sides, own sentence): the words before
    its noun fit the deal's own sentence ("the submarine deal" after a frigate's), its noun fits
    the kind (a "lease" is no loan, a "loan" no contract for goods), a party named with it ("its
    contract with X", "the licence of X") is one of the sides, and a year in its words ("its
    2024 contract") comes with a side named."""
    kind, sides, own = deal
    if _owned_by_another(match, text, sides):
        return False  # ("Aegean Dryhold Shipping cancelled its order" after the navy's)
    if not _described_so(match.group("words"), own):
        return False  # ("The submarine deal remains suspended" after a frigate's purchase)
    noun = match.group("noun")
    if noun not in _ANY_NOUNS and (noun in _MONEY_NOUNS) != (kind in ("loan", "grant")):
        return False
    if noun in _OWN_NOUNS and noun not in own:
        return False  # ("the court froze the lease" after a works contract: another deal)
    party = _PARTY_AFTER.match(text, match.end())
    if party is None:  # ("its 2024 contract" with no side named: an older deal)
        return not _A_YEAR.search(match.group())
    words = {w for side in sides for w in re.findall(r"[\w-]{4,}", side.lower())} - _GENERIC
    return any(word in party.group("who") for word in words)


# Round 23: the clause's subject before a stop done to "its/their" deal: the deal is the
# subject's own, so a subject of two or more words of a name none of the sides holds is another
# deal's owner ("Aegean Dryhold Shipping of Piraeus cancelled its order for two bulk carriers").
_CLAUSE_START = re.compile(r"(?:^|[,;:(]\s*|\band\s+|\bbut\s+)(?=[^,;:(]*$)")
_TIME_WORDS = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "last", "week", "month", "year", "then", "later",
     "also", "since", "earlier", "today", "yesterday", "this", "that", "have", "been"}
)  # fmt: skip


def _owned_by_another(match: re.Match[str], text: str, sides: tuple[str, ...]) -> bool:
    """Whether a stop done to "its/their" deal has a named subject that is none of the sides."""
    if match.group().split(maxsplit=2)[1] not in ("its", "their"):
        return False
    words = {w for side in sides for w in re.findall(r"[\w-]{4,}", side.lower())} - _GENERIC
    if not words:
        return False
    head = text[: match.start()]
    start = _CLAUSE_START.search(head)
    subject = head[start.end() if start else 0 :]
    named = [w for w in re.findall(r"[a-z][\w-]{3,}", subject) if w not in _GENERIC | _TIME_WORDS]
    return len(named) >= 2 and not any(w in words for w in named)


def _described_so(words: str, own: str) -> bool:
    """Whether the words before the deal noun ("the submarine deal", "the wharf contract") fit
    the deal's own sentence: one of them is in it, or none describes anything."""
    content = [w for w in re.findall(r"[a-z]{4,}", words) if w not in _PLAIN]
    return not content or any(w in own for w in content)


def later_move(lowered: str, deal: Told = ("", (), "")) -> str | None:
    """The status a later sentence (lower-cased) tells of ``deal`` (its kind, sides and own
    sentence) told before, or None."""
    if not any(hint in lowered for hint in _HINTS):
        return None
    text = prepared(lowered)  # (a denied stop is blanked: "has not cancelled the order")
    stop = next((m for m in _STOP_DONE.finditer(text) if _same_deal(m, text, deal)), None)
    if stop is not None:
        return _STOP_OF[stop.group("verb")]
    if (match := _STOPPED_NOW.search(text)) and _same_deal(match, text, deal):
        verb = match.group("verb")
        return (
            "cancelled"
            if verb in ("cancelled", "canceled", "terminated", "scrapped")
            else ("suspended")
        )
    if _DELIVERED.search(text):
        return "delivered"
    if _DELIVERING.search(text):
        return "in_delivery"
    return _signed(text, deal)


def _signed(text: str, deal: Told) -> str | None:
    """The status "signed" when the sentence tells the deal signed with its signer as the subject
    ("Halloran signed the contract with Lindqvist Naval on Monday"), not an older signing."""
    if not any(verb in text for verb in ("signed", "inked", "sealed", "concluded")):
        return None
    for match in _SIGNED_DONE.finditer(text):
        if match.group("noun") in ("licence", "license", "credit"):
            continue  # (a licence signed is the licence's deal, not the sale it allows)
        if _same_deal(match, text, deal) and not _SIGNED_BEFORE.search(text, match.end()):
            return "signed"
    return None
