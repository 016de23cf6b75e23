"""Deals told as talks (round 21, issue 10): "X is in talks with Y on a syndicated loan",
"Z is negotiating with the Ministry of Defence for the supply of radars", "Talks between A and
B on a 15-year gas supply deal have been put on hold".

The gold keeps such deals as proposed deals with both sides; no pass read them, since a talk is
neither an order nor a price (the unpriced pass leaves "talks" and "negotiating" out on
purpose: most such sentences are diplomacy). Read here, after the other deals: a talk *with a
named party* about a deal's object (a loan, debt or financing; a supply, purchase, licence,
lease, contract or deal; counted goods; a verb to buy, supply or build). The subject of the talk
is the party that opens its clause; the direction is read from the object ("for the supply
of": the subject sells; a loan: the bank lends; goods or a purchase: the subject buys). Not
for talks denied or wondered about, talks about a deal already read between the same sides,
nor sideless kinds (a memorandum, a joint venture, a trade agreement).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild, deal_kind
from briefdesk.extract.deal_licence import licence_kind
from briefdesk.extract.deal_parties import is_government, lender_like
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.party_near import Mention, party_named_at, subject_party
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

TALK_BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained)"
TALK_NOUN = r"(?:talks|negotiations|discussions)"
TALK_STAGE = r"(?:(?:early|advanced|final|exclusive|preliminary|formal|direct|fresh|new)\s+)?"
# (round 24) words after which a bare talk noun opens a talk ("confirmed that negotiations with")
_NOUN_AFTER = "|".join(
    rf"(?<=\b{w}\s)" for w in ("that", "as", "but", "and", "while", "the", "its")
)
# "is in talks with", "had been negotiating with", "opened talks with", "is negotiating a
# licence with"
_TALK = re.compile(
    rf"\b(?:{TALK_BE}\s+(?:also\s+|now\s+|still\s+|already\s+)?"
    rf"(?:in\s+{TALK_STAGE}{TALK_NOUN}|negotiating|talking)"
    rf"|(?:opened|began|begun|started|entered(?:\s+into)?|resumed|launched|held)\s+{TALK_STAGE}"
    rf"{TALK_NOUN}"
    rf"|{TALK_BE}\s+negotiating\s+(?P<noun>(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:licen[cs]e|contract|deal|agreement|loan|lease|concession|order))"
    # (round 23) "negotiates with" (translated copy), "is discussing financing with", and the
    # passive "discussions have been held with" (no subject: the other side only)
    rf"|(?<!not\s)negotiates"
    rf"|{TALK_BE}\s+(?:also\s+)?discussing\s+(?P<object>(?:[\w-]+\s+){{0,2}}?"
    rf"(?:financing|finance|funding|credit|loans?|a\s+loan|supply|supplies|contract|deal|purchase))"
    rf"|{TALK_STAGE}{TALK_NOUN}\s+(?:have|has|had)\s+been\s+(?:held|opened|under\s+way)"
    # (round 24) "conducts negotiations with" (a digest's translation), "is holding talks
    # with", and a talk named as a noun: "confirmed that negotiations with X over two frigates"
    rf"|(?:conducts|conducted|conducting|holds|holding)\s+{TALK_STAGE}{TALK_NOUN}"
    rf"|(?:{_NOUN_AFTER})"
    rf"(?-i:negotiations|talks|discussions))"
    rf"\s+with\s+"
)
_BETWEEN = re.compile(r"\b(?:[Tt]alks|[Nn]egotiations|[Dd]iscussions)\s+between\s+")
# Every match of ``_TALK`` or ``_BETWEEN`` holds one of these (talks/talking, negotiat-,
# discuss-): a sentence with none is passed over before the regexes.
_TALK_WORDS = ("alk", "egotiat", "iscuss")
# The object of the talk, read in the words after the party: a deal's noun or goods.
_LOAN = re.compile(
    r"\b(?:loans?|debt|financing|finance|credit|funding|facility|bonds?|prepayment)\b", re.I
)
_SELLS = re.compile(
    r"\b(?:for\s+the\s+(?:supply|sale|delivery|construction|provision)\s+of|to\s+(?:supply|sell|"
    r"deliver|provide|build|rebuild|construct|upgrade|modernise|modernize|repair|operate))\b",
    re.I,
)
_OBJECT = lazy(
    r"\b(?:loans?|debt|financing|finance|credit|funding|facility|prepayment|supply|purchase|sale|"
    r"supplies|deliveries|imports|shipments|cargoes|"  # (round 23: "for gas deliveries")
    r"acquisition|takeover|stake|licen[cs]es?|leases?|contracts?|deals?|agreements?|orders?|"
    r"concession|offtake|to\s+(?:buy|purchase|acquire|supply|sell|deliver|provide|build|rebuild|"
    r"construct|lease|produce|assemble|upgrade)|(?:\d{1,3}|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|twenty|more)\s+(?:[\w-]+\s+){0,3}?[a-z-]+s)\b",
    re.I,
)
# "about", "on", "over", "for", "to" after the party (an apposition between allowed)
# (round 23) past a parenthesis ("Indonesia Eximbank (LPEI) on a loan"); a translated "negotiates
# with X a credit" names the object with no preposition
_ABOUT = re.compile(
    # (round 25) the dot of a name's "Co." or "Ltd." the party stops before, and where the party
    # is from: "with Hanazono Rolling Stock Co. of Kobe for", "with the Department of National
    # Defense of the Philippines for" (four readable sets lost such talks)
    r"\.?(?:\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;]{1,80},)?"
    # (round 24) a time between the party and the object: "since last autumn over the transfer"
    r"(?:\s+since\s+(?:last\s+|early\s+|late\s+)?\w+(?:\s+\d{4})?)?"
    r"\s+(?:about|on|over|for|regarding|to|a|an)\s+"
)
# A talk denied, ruled out, ended, or only wondered about: no deal under way.
_NO_TALK = re.compile(
    r"\b(?:den(?:y|ies|ied)|ruled\s+out|rules\s+out|no\s+talks|not\s+in\s+talks|whether|"
    r"broke\s+off|ended\s+(?:the\s+)?talks|collapsed|rejected)\b|\?",
    re.I,
)
_WHY = "a talk with {} about a deal: {!r}"


def talked_deals(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a proposed deal for each talk with a named party about a deal's object."""
    if "alks" not in text and "egotiat" not in text and "iscuss" not in text:
        return deals
    return deals_in_free_sentences(found, sents, deals, _talk, _NO_TALK, gate=_TALK_WORDS)


def _talk(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The deal one sentence's talk is about, or None."""
    said = sentence.text
    match = _TALK.search(said) or _BETWEEN.search(said)
    if match is None:
        return None
    other, other_end = party_named_at(found, mentions, sentence, sentence.start + match.end())
    if not other:
        return None
    if match.re is _BETWEEN:  # "talks between A and B on ...": A, then B after "and"
        first = other
        rest = re.match(r"\s+and\s+", said[other_end - sentence.start :])
        if rest is None:
            return None
        other, other_end = party_named_at(found, mentions, sentence, other_end + rest.end())
    else:
        opens = max(said.rfind(":", 0, match.start()), said.rfind(";", 0, match.start())) + 1
        first = subject_party(
            found, mentions, sentence, sentence.start + opens, sentence.start + match.start()
        )
    tail = said[other_end - sentence.start :]
    about = _ABOUT.match(tail)
    noun = match.groupdict().get("noun") or match.groupdict().get("object") or ""
    # (round 25) the object in the talk's own clause: not "...; no agreement has been reached"
    clause = tail[:120].split(";")[0]
    if not other or first == other or not (noun or (about and _OBJECT.search(clause))):
        return None
    plain = said
    kind = licence_kind(plain) or deal_kind(plain, plain)
    if kind in NO_PARTY_KINDS:
        return None
    status = deal_status(said)
    deal = DealBuild(kind, None, status=status if status != "reported" else "proposed")
    deal.buyer, deal.seller = _direction(found, first, other, kind, noun + " " + tail[:120])
    if match.re is _BETWEEN and not _directed(found, deal):
        return None  # "talks between A and B on a supply deal": who supplies is not said
    words = " ".join(match.group().split())
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(other, words)
    deal.seller_why = deal.buyer_why = f"a side of the talks ({words})"
    return deal


def _direction(found: Found, first: str, other: str, kind: str, about: str) -> tuple[str, str]:
    """(buyer, seller) of a talk between ``first`` (its subject, may be "") and ``other``."""
    actors = {a.name: a for a in found.actors.values()}
    if kind == "licensed_production":  # the side that will make the goods takes the licence
        return first, other
    if kind == "loan" or (_LOAN.search(about) and not _SELLS.search(about)):
        if first and lender_like(actors[first]) and not lender_like(actors[other]):
            return other, first
        return first, other
    if first and _SELLS.search(about):
        public_first = is_government(actors[first])
        if not public_first or is_government(actors[other]):
            return other, first  # "X is in talks with the ministry for the supply of radars"
    return first, other


def _directed(found: Found, deal: DealBuild) -> bool:
    """Whether the sides of a talk "between A and B" have a direction of their own: a bank
    lends, a public body buys from a company."""
    actors = {a.name: a for a in found.actors.values()}
    buyer, seller = actors[deal.buyer], actors[deal.seller]
    if deal.kind == "loan":
        return lender_like(seller) != lender_like(buyer)
    return is_government(buyer) and not is_government(seller)
