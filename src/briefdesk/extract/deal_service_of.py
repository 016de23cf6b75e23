"""A contract for a service ON goods is no sale of those goods (round 20, newcomer20 N20-03).

"a EUR 74 million contract ... for the mid-life maintenance of the Navy's two Type 209
submarines", "a deal to upgrade 24 F-16 fighter jets", "the refit of two frigates": the goods
are the client's already; what is bought is the maintenance, refit, overhaul, upgrade, repair,
training or support. The weapon word made such a deal an arms sale of the goods (item "2 x
Type 209 submarines", a BLUF "a deal to sell"). Here the kind becomes ``other`` (the kind the
tuning gold gives services around arms, as ``deal_services`` does) and the item the service in
the text's words, without the goods' count. A sentence that also buys, sells or supplies goods
("for the supply and maintenance of", "will buy 12 jets and their maintenance") is left alone.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.text import Sentence

_SERVICE = (
    r"(?:maintenance|refits?|refitting|overhauls?|overhauling|upgrades?|upgrading|"
    r"moderni[sz]ation|repairs?|retrofits?|retrofitting|servicing|sustainment|"
    r"refurbishment|life[- ]extension|training|support|mro)"
)
_NOT_SERVICE = r"(?!supply|delivery|purchase|acquisition|procurement|sale|construction|manufacture)"
# "for the (mid-life) maintenance (and upgrade) of the Navy's two Type 209 submarines"
_NOUN = re.compile(
    r"\bfor\s+(?:the\s+|an?\s+)?(?P<item>(?:"
    + _NOT_SERVICE
    + r"[\w-]+\s+){0,2}?"
    + _SERVICE
    + r"(?:\s+(?:and|&)\s+"
    + _SERVICE
    + r")?\s+(?:of|on)\s+[^,;:()]{3,80}?)"
    r"(?=\s*(?:[,;:()]|$|\.\s|\.$|\s(?:after|before|which|that|under|until|by\s+\d|in\s+\d|"
    r"from\s+\d|over\s+\w+\s+years?|when|while|as)\b))",
    re.IGNORECASE,
)
_VERB = r"(?:upgrade|overhaul|refit|maintain|repair|modernise|modernize|refurbish|retrofit|service)"
# "a $120 million deal to upgrade 24 F-16 fighter jets", "a contract to overhaul the fleet"
_TO_VERB = re.compile(
    r"\b(?:contract|deal|agreement|order)s?\b[^.;]{0,60}?\bto\s+(?P<item>"
    + _VERB
    + r"(?:\s+and\s+"
    + _VERB
    + r")?\s+[^,;:()]{3,80}?)"
    r"(?=\s*(?:[,;:()]|$|\.\s|\.$|\s(?:after|before|which|that|under|until|by\s+\d|in\s+\d|"
    r"over\s+\w+\s+years?|when|while|as)\b))",
    re.IGNORECASE,
)
# Goods also bought, sold or supplied in the same sentence: a sale after all.
_SALE = lazy(
    r"\b(?:buy|buys|bought|buying|purchas\w*|acquir\w*|acquisition|sell|sells|sold|selling|"
    r"sale|supply|supplies|supplied|deliver\w*|procure\w*)\b",
    re.IGNORECASE,
)


def service_item(text: str) -> tuple[str, int] | None:
    """The service phrase of ``text`` (a deal's sentence from its amount or deal word on) and
    where it starts, or None when the text tells no service on goods or also a sale."""
    found = _NOUN.search(text) or _TO_VERB.search(text)
    if not found:
        return None
    rest = text[: found.start("item")] + " " + text[found.end("item") :]
    if _SALE.search(rest) or _SALE.search(found.group("item")):
        return None
    item = re.sub(r"\s+", " ", found.group("item")).strip()
    return item, found.start("item")


def service_of(deal: DealBuild, sentence: Sentence) -> None:
    """Turn an arms sale told as a service on goods into that service (kind ``other``)."""
    if deal.kind not in ("arms_sale", "other"):
        return
    lowered = sentence.text.lower()
    if not any(
        w in lowered
        for w in (
            "maint",
            "refit",
            "overhaul",
            "upgrad",
            "moderni",
            "repair",
            "retrofit",
            "servic",
            "sustain",
            "refurb",
            "extension",
            "training",
            "support",
            "mro",
        )
    ):
        return  # (cheap test first: most deal sentences tell no service)
    found = service_item(sentence.text)
    if not found:
        return
    item, at = found
    deal.kind = "other"
    deal.item = item
    start = sentence.start + at
    deal.item_span = (start, start + len(item))
    deal.quantity = None
