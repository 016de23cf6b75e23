"""A lease or charter told by its act, with no price and no contract noun (round 26, issue 10):
"X has wet-leased two 737-800s from Y", "X took on a five-year charter from the owner Y",
"X has taken a ten-year lease on six tanks at Ilo owned by Y".

Counted in round 26 ("Round 26: deals not found"): no pass read these sentences, and each tells
a gold deal — fresh-7 (L10), fresh-21 (Z21), fresh-22 (A13), fresh-23 (B22). The lessee is the
party that opens the clause right before the verb (past an apposition, "X, a Greenlandic
company owned by fishing families, took"), the lessor the party named right after "from",
"owned by" or "operated by"; both must be named. Not "leased" as an adjective ("three leased
Dash 8s"), nor a lease planned, talked about, denied or doubted. The kind is "other" (named a
lease after, ``deal_lease``), the status signed (the verbs are past).
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import PARTY_TYPES, DealBuild
from briefdesk.extract.party_near import Mention, first_party, party_named_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_GATE = ("leased", "chartered", " lease ", " charter ")
_LEASED = re.compile(
    r"\b(?P<verb>(?:(?:wet|dry)-)?(?:leased|chartered)|(?:took|taken|takes)\s+(?:on\s+)?"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:lease|charter))\s+(?:[^.;:]{1,100}?\s)?"
    r"(?:from|(?:owned|operated)\s+by)\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}[A-Z])"
)
# Between the lessee's name and the verb: an acronym in brackets, an apposition between commas,
# an auxiliary or a date ("EBLA), has taken", "X, a Greenlandic company ..., took").
_LINK = re.compile(
    r"(?:\s*\([^()]{1,80}\))?(?:\s*,[^,;]{1,90},)?,?\s*"
    r"(?:(?:has|have|had|also|now|recently|on\s+\d{1,2}\s+[A-Z][a-z]+|last\s+[a-z]+)\s+)*"
)
# A lease planned, talked about, denied or doubted (lower-case words: "May" is a month).
_REFUSE = re.compile(
    r"\b(?:not|never|no\s+longer|plans?|planned|will|would|could|might|may|wants?|intends?|"
    r"seeks?|considering|talks|negotiat\w*|if|whether|option)\b|\?"
)
# "operated by Singapore-registered X": the owner's flag or seat before its name, not a party.
_FLAG = re.compile(r"(?:the\s+|a\s+|an\s+)?[A-Z][\w'’]*-(?:registered|flagged)\s+(?=[A-Z])")
_WHY = "a lease or charter taken: {!r}"


def leased_deals(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a signed lease for each party told to have leased or chartered from a
    named owner."""
    if not any(word in text for word in _GATE):
        return deals
    return deals_in_free_sentences(found, sents, deals, _leased, _REFUSE, gate=_GATE)


def _leased(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The lease one sentence tells, or None."""
    match = _LEASED.search(sentence.text)
    if match is None:
        return None
    lessee = _subject(found, mentions, sentence, sentence.start + match.start())
    at = sentence.start + match.end()
    flag = _FLAG.match(sentence.text, match.end())
    at += flag.end() - flag.start() if flag else 0
    lessor, _ = party_named_at(found, mentions, sentence, at)
    if not lessor:  # "from the Icelandic owner X": past the owner's state, to its name
        lessor = _owner_named(found, mentions, at)
    if not (lessee and lessor) or lessee == lessor:
        return None
    deal = DealBuild("other", None, buyer=lessee, seller=lessor, status="signed")
    words = " ".join(match.group("verb").split())
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(words)
    deal.buyer_why = f"lessee: the party that {words}"
    deal.seller_why = f"lessor: the owner it {words} from"
    return deal


def _owner_named(found: Found, mentions: list[Mention], at: int) -> str:
    """The first party named within a few words of ``at`` that is no state ("the Icelandic
    owner X": X; "a Czech company, the airline said": none)."""
    end = at
    while True:
        name, end = first_party(found, mentions, end, at + 40)
        actor = next((a for a in found.actors.values() if a.name == name), None)
        if actor is None or actor.type != "state":
            return name


def _subject(found: Found, mentions: list[Mention], sentence: Sentence, verb: int) -> str:
    """The party whose name the verb follows (past a bracket, an apposition or an auxiliary),
    among the three named last before it; "" when the verb has no named subject."""
    at = bisect.bisect_left(mentions, (verb, -1, ""))
    tried: set[str] = set()
    for start, end, key in reversed(mentions[:at]):
        if start < sentence.start or len(tried) == 3:
            break
        actor = found.actors.get(key)
        if end > verb or actor is None or actor.type not in PARTY_TYPES:
            continue
        tried.add(key)
        link = _LINK.match(sentence.text, end - sentence.start)
        if link is not None and link.end() == verb - sentence.start:
            return actor.name
    return ""
