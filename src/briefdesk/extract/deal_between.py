"""Sides of an agreement "between A and B", from what the agreement itself says.

Round 13 (issue 10). Joint statements, communiqués and releases report energy deals as a
signing "between" two bodies and give no verb that says who sells: "welcomed the signing of a
power purchase agreement between the Ceylon Electricity Board and Trinco Solar Ltd", "a
contract between NEPCO of Jordan and Iraq's Ministry of Electricity for the supply of 150 MW to
western Iraq", "a sale and purchase agreement between QatarEnergy and Baltyk LNG for the supply
of LNG". The agreement's own words give the direction:

- a power purchase agreement is the buyer's: the utility among the two (a grid, an electricity
  board or company) buys, else the one that is not a plant's company ("... Hydro Ltd", "...
  Solar"), else the first named, who is the purchaser in such a title;
- a supply is sent somewhere: the side of the state or place the supply goes "to" buys;
- a sale and purchase agreement names its seller first;
- a supply contract between a government body and a company: the government buys.

Only a deal whose sides are both empty, and never a memorandum, a loan or a grant, is read.
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_parties import is_government
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]

_BETWEEN = re.compile(
    r"\b(?:(?P<ppa>power\s+purchase\s+agreement|PPA)|(?P<spa>sale\s+and\s+purchase\s+agreement|"
    r"SPA)|(?:supply\s+)?(?:contract|agreement))s?(?:\s+\([A-Z]{2,5}\))?"
    r"(?:\s+(?:signed|concluded|reached)(?:\s+(?:on|in)\s+[\w ]{1,20}?)?)?\s+between\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# Between the first side and the second: its bracketed short form, "of Jordan", an apposition.
_AND = re.compile(r"\band\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$")
_SUPPLY = re.compile(r"\bfor\s+the\s+(?:supply|delivery|sale)\s+of\b")
_TO = re.compile(r"\bto\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
_UTILITY = re.compile(r"\b(?:Electricity|Electric|Électricité|Grid|Utility|Utilities|Lighting)\b")
# A producer's name: "Rusizi Hydro Ltd", "Kafue Solar", "Turkana Wind Partners" sell power.
_PRODUCER = re.compile(r"\b(?:Hydro|Hydropower|Solar|Wind|Geothermal|Renewables?|Photovoltaic)\b")
_SKIP_KINDS = frozenset({"mou", "loan", "grant"})
_REACH = 150  # characters from "between" to the second side


def _pair(
    text: str, sentence: Sentence, mentions: list[Mention]
) -> tuple[str, Mention, Mention] | None:
    """(agreement: "ppa", "spa" or "", first side, second side) of the sentence's "between"."""
    for match in _BETWEEN.finditer(sentence.text):
        at = sentence.start + match.end()
        first = next((m for m in mentions if at <= m[0] <= at + 25), None)
        if first is None:
            continue
        for other in mentions:
            if other[0] <= first[1] or other[0] > at + _REACH or other[2] == first[2]:
                continue
            gap = text[first[1] : other[0]]
            if ";" in gap or not _AND.search(gap):
                continue
            return ("ppa" if match["ppa"] else "spa" if match["spa"] else ""), first, other
        return None
    return None


def _sent_to(
    text: str, found: Found, sentence: Sentence, mentions: list[Mention], key: str
) -> bool:
    """Whether the supply goes "to" the state of the side ``key`` ("to western Iraq")."""
    country = found.actors[key].country
    if not country:
        return False
    for start, _end, other in mentions:
        if _TO.search(text, max(sentence.start, start - 30), start):
            actor = found.actors[other]
            if actor.type == "state" and actor.country == country:
                return True
    return False


def _direction(
    text: str,
    found: Found,
    sentence: Sentence,
    mentions: list[Mention],
    pair: tuple[str, Mention, Mention],
) -> tuple[str, str, str] | None:
    """(buyer key, seller key, why) of the pair; None when the agreement says nothing."""
    kind, (_, _, a), (_, _, b) = pair
    actors = found.actors
    if kind == "ppa":
        utility = [k for k in (a, b) if _UTILITY.search(actors[k].name)]
        plant = [k for k in (a, b) if _PRODUCER.search(actors[k].name)]
        if len(utility) == 1:
            buyer = utility[0]
        elif len(plant) == 1:
            buyer = b if plant[0] == a else a
        else:
            buyer = a
        return buyer, (b if buyer == a else a), "a power purchase agreement: the utility buys"
    if not _SUPPLY.search(sentence.text):
        return None
    for one, other in ((a, b), (b, a)):
        if _sent_to(text, found, sentence, mentions, one) and not _sent_to(
            text, found, sentence, mentions, other
        ):
            return one, other, "the supply goes to its state"
    if kind == "spa":
        return b, a, "a sale and purchase agreement names its seller first"
    government = [k for k in (a, b) if is_government(actors[k])]
    if len(government) == 1:
        buyer = government[0]
        return buyer, (b if buyer == a else a), "a supply contract: the government side buys"
    return None


def between_sides(
    text: str,
    found: Found,
    deals: list[DealBuild],
    sides_in: Callable[[Sentence], list[Mention]],
) -> None:
    """Fill both sides of a deal told as an agreement "between A and B" (its first evidence)."""
    for deal in deals:
        if deal.buyer or deal.seller or deal.kind in _SKIP_KINDS or not deal.evidence:
            continue
        start, end = deal.evidence[0]
        if "between" not in text[start:end]:
            continue
        sentence = Sentence(start, end, text[start:end])
        mentions = sides_in(sentence)
        pair = _pair(text, sentence, mentions) if len(mentions) >= 2 else None
        sides = _direction(text, found, sentence, mentions, pair) if pair else None
        if sides is None:
            continue
        buyer, seller, why = sides
        if found.actors[buyer].type == "state" or found.actors[seller].type == "state":
            continue  # "between Ghana and X": a state's own name is read by the state rules
        deal.buyer, deal.buyer_why = found.actors[buyer].name, why
        deal.seller, deal.seller_why = found.actors[seller].name, why
