"""A named contract, licence or loan ended or suspended (round 22, issue 10): "The Company has
terminated, by mutual agreement, the EPCM contract awarded in 2024 to X", "the Ministry revoked
the exploration licence of X", "the concessional loan from X ... has been cancelled", "X's
agreement with Y for gas remains suspended", "notified X of the termination of the
toll-refining agreement".

The gold keeps each as a deal of its own (status cancelled or suspended) with the contract's
sides; the passes before read a cancellation only with a price, a licence only through
``unpriced_acts`` (a few shapes, at most three unpriced deals an article, none in a sentence
that names "reported that" or a year). Read here, after the other deals, in sentences no deal
cites: an ending verb on a contract noun and a party tied to that contract ("with", "awarded
to", "of", "held by", "from"). The holder of a licence takes it (buyer) from the one that ends
it (seller); a loan's lender sells; a contractor sells to its client (a public body is the
client when the other side is a firm). Not an end threatened, planned, denied, asked for or
lifted; not a sideless kind (a memorandum, a trade agreement); not a tender or talks.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild, deal_kind
from briefdesk.extract.deal_parties import is_government, lender_like
from briefdesk.extract.party_near import Mention, last_party, party_named_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_RIGHTS = r"licen[cs]es?|permits?|concessions?|leases?|IUPK?s?|conventions?"
_LOANS = r"loans?|credits?|facility|facilities"
_NOUN = (
    rf"(?P<noun>contracts?|agreements?|subcontracts?|charters?|PPAs?|orders?|{_RIGHTS}|{_LOANS})"
)
_ENDED = (
    r"terminated|cancell?ed|suspended|revoked|withdrawn|withdrew|annulled|rescinded|"
    r"surrendered|relinquished|scrapped"
)
# "has terminated, by mutual agreement, the EPCM services contract", "revoked the generation
# licence", "surrendered its exploration licence 2019/14"
_TO_END = r"(?<=\bto\s)(?:scrap|cancel|revoke|terminate|annul|rescind)"  # "voted to scrap"
_ACTIVE = re.compile(
    rf"\b(?P<verb>{_ENDED}|{_TO_END})(?:\s*,[^,;]{{1,40}},)?\s+(?:the|a|an|its|their)\s+"
    rf"(?:[\w()'’/-]+\s+){{0,8}}?{_NOUN}\b"
)
# "the exploration permit of X ... was withdrawn", "X's agreement with Y ... remains suspended",
# "The headworks contract ... with X is on hold"
_PASSIVE = re.compile(
    rf"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|remains?|remained)\s+"
    rf"(?:now\s+|also\s+|since\s+)?(?P<verb>{_ENDED}|on\s+hold)\b"
)
_NOUN_BEFORE = re.compile(
    rf"(?:\b(?:the|a|an|its|their)\s+|['’]s\s+)(?:[\w()/-]+\s+){{0,8}}?{_NOUN}\b",
    re.IGNORECASE,
)
# "notified X of the termination of the toll-refining agreement"
_NOTIFIED = re.compile(
    r"\bnotified\s+(?=[A-Z])(?P<rest>[^;]{2,120}?)\s+of\s+the\s+(?:termination|cancell?ation|"
    rf"suspension)\s+of\s+(?:the|its|their)\s+(?:[\w()'’/-]+\s+){{0,6}}?{_NOUN}\b"
)
# What may stand between a contract's noun and the party it is tied to: a parenthesis or a
# number ("licence 2019/14"), what it is for ("for the Dragon field", "of launch services"),
# when and how it was made ("that it had signed in 2025", "awarded in 2024"); no clause of its
# own ("licences for foreign companies working with X": X is no side of the licences).
_GAP = (
    r"(?:\s*\([^)]{1,40}\))?(?:\s+[\w/.-]*\d[\w/.-]*)?"
    r"(?:\s+(?:for|over|on|of)(?:\s+(?!working\b|operating\b|which\b|who\b|that\b)[\w'’-]+)"
    r"{1,8}?)?"
    r"(?:\s*,?\s+(?:(?:that|which)\s+)?(?:it|they|we)\s+(?:had\s+|has\s+)?(?:signed|concluded))?"
    r"(?:\s+(?:signed|concluded|agreed))?(?:\s+(?:in\s+(?:(?:19|20)\d\d|[A-Z][a-z]+)|last\s+year))?"
)
# The party the contract is tied to, right after its noun and the gap: "awarded in 2025 to",
# "signed with", "of", "held by", "from" (a loan).
_LINK = re.compile(
    _GAP + r"\s+(?:(?P<to>(?:awarded|granted|issued|given|let)\s+"
    r"(?:(?:in\s+(?:19|20)\d\d|last\s+year)\s+)?to)"
    r"|(?P<of>of|held\s+by)|(?P<from>from)|(?P<with>with|between))\s+"
)
_SUSPENDED = frozenset({"suspended", "on hold"})
# The end itself dated in the past ("revoked ... in 2019", "was terminated last year"): background
# (round 10's rule for unpriced deals), unlike a contract "signed in 2025" and ended now.
_ENDED_BEFORE = re.compile(
    rf"\b(?:{_ENDED}|on\s+hold)\b(?:(?!signed|awarded|agreed|concluded|granted|issued)[^.;]){{0,80}}?"
    r"\b(?:in\s+(?:19|20)\d\d|last\s+year|years\s+ago)\b"
)
# "the licence of the Chinese-owned X company": X names the company's kind, not its name.
_MODIFIER = re.compile(r"\s+(?:company|firm|group|miner|operator)\b")
# An end only threatened, planned, asked for, denied or undone: no deal's status told.
_NO_END = re.compile(
    r"\b(?:(?-i:may)|might|could|would|threat\w*|plans?\s+to|planning|intends?\s+to|wants?\s+to|"
    r"seeks?\s+to|if|unless|whether|not|never|no\s+longer|lift\w*|resum\w*|reinstat\w*|"
    r"right\s+to|calls?\s+(?:for|to)|urged?|demand\w*|den(?:y|ies|ied)|reject\w*|consider\w*|"
    r"(?<!-)tenders?|talks)\b|\?",
    re.IGNORECASE,
)
_WHY = "a {} ended or suspended: {!r}"


def ended_deals(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a cancelled or suspended deal for each named contract told ended."""
    cues = ("erminat", "ancel", "uspend", "evoked", "ithdr", "nnull", "escind", "urrender")
    if not any(cue in text for cue in (*cues, "elinquish", "scrap", "on hold")):
        return deals
    return deals_in_free_sentences(found, sents, deals, _ended, _NO_END)


def _ended(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The deal one sentence tells ended or suspended, or None."""
    said, start = sentence.text, sentence.start
    told = _told(said)
    if told is None:
        return None
    verb, noun, subject_end, link_at, link_end = told
    if _ENDED_BEFORE.search(said, subject_end):
        return None  # an end told as background
    other, link = _linked(found, mentions, sentence, link_at, link_end)
    opens = max(said.rfind(":", 0, subject_end), said.rfind(";", 0, subject_end)) + 1
    subject = last_party(found, mentions, start + opens, start + subject_end)
    if not other and not (subject and verb in {"surrendered", "relinquished"}):
        return None  # no party tied to the contract: nothing to read
    kind = "loan" if re.match(_LOANS, noun, re.I) else deal_kind(said, said)
    if re.match(_RIGHTS, noun, re.I):
        kind = "other"  # a licence, permit or lease: the rights, whatever they are for
    if kind in NO_PARTY_KINDS or subject == other:
        return None
    deal = DealBuild(kind, None, status="suspended" if verb in _SUSPENDED else "cancelled")
    deal.buyer, deal.seller = _sides(found, subject, other, noun, link, verb)
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(noun.lower(), verb)
    ended = f"the {noun.lower()} {verb}"
    deal.buyer_why = f"holder or client: {ended}" if deal.buyer else ""
    deal.seller_why = f"grantor, lender or contractor: {ended}" if deal.seller else ""
    return deal


def _told(said: str) -> tuple[str, str, int, int, int] | None:
    """(verb, noun, where the subject's clause may end, where the contract's link may start
    (negative: the party's own place) and end) of the first ending the sentence tells, or
    None."""
    if (notified := _NOTIFIED.search(said)) is not None:  # the party right after "notified"
        at = notified.start()
        return "cancelled", notified.group("noun"), at, -notified.start("rest"), len(said)
    if (active := _ACTIVE.search(said)) is not None:
        verb = active.group("verb").lower()
        return verb, active.group("noun"), active.start(), active.end(), len(said)
    passive = _PASSIVE.search(said)
    if passive is None:
        return None
    before = [m for m in _NOUN_BEFORE.finditer(said, 0, passive.start())]
    if not before:
        return None
    noun = before[-1]
    verb = " ".join(passive.group("verb").lower().split())
    return verb, noun.group("noun"), noun.start() + 1, noun.end(), passive.start()


def _linked(
    found: Found, mentions: list[Mention], sentence: Sentence, at: int, end: int
) -> tuple[str, str]:
    """(party, link word) tied to the contract whose noun ends at ``at``, before ``end`` (a
    negative ``at``: the party named right there, "notified X of")."""
    if at < 0:
        return party_named_at(found, mentions, sentence, sentence.start - at)[0], "with"
    link = _LINK.match(sentence.text, at, end)
    if link is None:
        return "", ""
    other, end = party_named_at(found, mentions, sentence, sentence.start + link.end())
    if other and _MODIFIER.match(sentence.text, end - sentence.start):
        return "", ""  # "of the Chinese-owned Solton Gold company": no name of a holder
    return other, next(k for k, v in link.groupdict().items() if v) if other else ""


def _sides(
    found: Found, subject: str, other: str, noun: str, link: str, verb: str
) -> tuple[str, str]:
    """(buyer, seller) of an ended contract between ``subject`` and ``other`` ("" if unnamed)."""
    actors = {a.name: a for a in found.actors.values()}
    lowered = noun.lower()
    if re.match(_RIGHTS, lowered, re.I):  # the holder takes the rights from the grantor
        if verb in {"surrendered", "relinquished"} or link in {"from", "with"}:
            return subject, other
        return other, subject
    if re.match(_LOANS, lowered, re.I):  # the lender sells
        if link == "to" or (subject and lender_like(actors[subject])):
            return other, subject
        return subject, other
    if link == "to":  # "the contract awarded to X": the contractor sells
        return subject, other
    if other and subject and is_government(actors[other]) and not is_government(actors[subject]):
        return other, subject  # a firm's contract with a ministry: the ministry is the client
    return subject, other
