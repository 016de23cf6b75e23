"""A barter named by its kind and its sides, with no price (round 22, newcomer21 N21-13).

A follow-up wire tells the deal only by its kind: "X loaded the first tonnes of wheat due to Y
under the November barter", "Z said a second barter, for sunflower oil, was under negotiation
with Y" (Z speaking for X). No pass read them: no amount, no order verb, no "talks". A barter
(or counter-trade) named with a determiner, in a sentence that names two sides — a body, or a
person standing for the body the text or the library gives as theirs — is a trade agreement
between them; "under negotiation", "proposed", "planned" make it proposed, goods "loaded" or
"shipped" under it in delivery. "A second/another/new barter" is another deal even between
sides already told; otherwise a deal that already has these sides is the one meant.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_amounts import no_deal_told
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.resolver import ActorBuild, Found
from briefdesk.extract.text import Sentence

# "the November barter", "a second barter", "its counter-trade deal", "a barter agreement".
_NAMED = re.compile(
    r"\b(?P<det>the|a|an|its|their|this|that|another)\s+(?:(?P<order>second|third|new|further)"
    r"\s+|[A-Z][a-z]+\s+|[\w-]+-year\s+)?(?:barter|counter-?trade|countertrade)"
    r"(?:\s+(?:deal|agreement|accord|contract|arrangement))?\b",
)
_NOT = re.compile(
    r"\b(?:no|not|never|denied|denies|ruled\s+out|rejected|whether|if|could|might|would\s+"
    r"consider)\b|\?",
    re.I,
)
_PROPOSED = re.compile(
    r"\bunder\s+negotiation|being\s+negotiated|\bnegotiat|\bin\s+talks|\bproposed|\bplanned|"
    r"\bwould\s+(?:sign|agree)|\bdiscuss",
    re.I,
)
_DELIVERING = re.compile(r"\b(?:loaded|shipped|delivered|sailed|unloaded|arrived)\b", re.I)
_PARTY = {"organization", "state"}
_WHY = "a barter named with its sides: {!r}"


def named_barters(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a trade agreement for each barter a sentence names between two sides."""
    if "arter" not in text and "ounter" not in text:
        return deals
    used = {d.sentence_index for d in deals}
    spans = [span for d in deals for span in d.evidence]
    added: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        if index in used or any(s < sentence.end and sentence.start < e for s, e in spans):
            continue
        named = _NAMED.search(sentence.text)
        if named is None or _NOT.search(sentence.text):
            continue
        if no_deal_told(sentence.text, priced=False):
            continue
        sides = _sides(found, sentence, named.end())
        if len(sides) < 2:
            continue
        deal = DealBuild("trade_agreement", None, status=_status(sentence.text))
        deal.buyer, deal.seller = sides[0], sides[1]
        if not named.group("order") and _told(deal, deals + added):
            continue  # "the barter" of a deal already read between them
        deal.item = _goods(sentence.text, named.end())
        words = " ".join(named.group().split())
        deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(words)
        deal.buyer_why = deal.seller_why = f"a side of the barter ({words})"
        deal.sentence_index = index
        deal.evidence = [(sentence.start, sentence.end)]
        added.append(deal)
    return deals + added


def _sides(found: Found, sentence: Sentence, named_end: int) -> list[str]:
    """The two sides: the bodies named before the barter, then one named "with" after it (a
    carrier "aboard a Meridian vessel" later in the sentence is none); a person stands for the
    body that is theirs. The dateline's agency ("KHERLAN, Jan 12 (CPA) -") is no side."""
    names = {a.name for a in found.actors.values() if a.type in _PARTY}
    low = max(sentence.start, found.dateline_end)
    with_at = _WITH.search(sentence.text, named_end - sentence.start)
    placed: list[tuple[int, str]] = []
    for actor in found.actors.values():
        name = actor.name if actor.type in _PARTY else ""
        if actor.type == "person" and actor.affiliation in names:
            name = actor.affiliation
        if not name:
            continue
        for start in _named_at(sentence, actor):
            before = low <= start < sentence.start + named_end
            after_with = with_at is not None and start == sentence.start + with_at.end()
            if before or after_with:
                placed.append((start, name))
    sides: list[str] = []
    for _start, name in sorted(placed):
        if name not in sides:
            sides.append(name)
    return sides[:2]


def _named_at(sentence: Sentence, actor: ActorBuild) -> set[int]:
    """Where the sentence names the actor: its evidence, and its name or an alias as words
    (a rule records some mentions only: "due to Norvex" had none)."""
    found = {start for start, _end in actor.evidence}
    for name in {actor.name, *actor.aliases}:
        if len(name) < 2:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence.text):
            found.add(sentence.start + match.start())
    return found


_WITH = re.compile(r"\bwith\s+(?:the\s+)?")


# ", for sunflower oil," right after the barter; "55,000 tonnes of wheat" before it.
_FOR_GOODS = re.compile(r",?\s+for\s+(?P<goods>[a-z][a-z -]{2,30}?)(?=\s*[,.;]|\s+(?:was|is)\b)")
_TONNES_OF = re.compile(r"\b(?:tonnes|tons|barrels|bales|cargoes|cargo)\s+of\s+(?P<goods>[a-z]+)")


def _goods(sentence: str, named_end: int) -> str:
    found = _FOR_GOODS.match(sentence, named_end) or _TONNES_OF.search(sentence, 0, named_end)
    return found.group("goods").strip() if found else ""


def _status(sentence: str) -> str:
    if _PROPOSED.search(sentence):
        return "proposed"
    if _DELIVERING.search(sentence):
        return "in_delivery"
    status = deal_status(sentence)
    return status


def _told(deal: DealBuild, deals: list[DealBuild]) -> bool:
    """A deal already read is the barter meant: one between these sides, or a trade agreement
    whose partners are read later from its sentences ("The exchange is valued at …" after
    "X signed a barter agreement with Y": ``deal_partners.fill_signatories``)."""
    sides = {deal.buyer, deal.seller}
    return any(
        sides <= {d.buyer, d.seller} or (d.kind == "trade_agreement" and not (d.buyer or d.seller))
        for d in deals
    )
