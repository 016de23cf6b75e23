"""When a region word ("Gulf", "Pacific", "Sahel", "Balkans") names no place (round 19).

A region word is a place where the text stands in it ("exports to the Gulf", "in the Pacific").
It is no place when it describes a noun ("one Pacific family", "the biggest Gulf commitment";
after a possessive even a place noun: "the kingdom's Gulf coast", "Ecuador's Pacific coast" are
the state's coast), when it is the short form of a longer place the text names ("across the
Gulf" after "the Gulf of Finland"), or when it ends the short form of a body named before
("Sirius Gulf" after "Sirius Gulf LNG Trading DMCC"). ``place_by_shape`` asks here first.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import View
from briefdesk.extract.lexicon import STOPWORDS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import is_possessive
from briefdesk.extract.vocab import PLACE_HEADS, REGIONS

_ADJECTIVAL = re.compile(r"\s([a-z]+)\b")
_NOT_A_NOUN = frozenset(
    {"last", "this", "next", "since", "until", "over", "during", "amid", "ocean"}
)
_POSSESSIVE_BEFORE = re.compile(r"[\w.-]+['’]s?\s+$")


def region_adjective(res: Resolver, v: View) -> bool:
    """ "one Pacific family", "Asia-Pacific trade", "the kingdom's Gulf coast": an adjective."""
    bare = v.bare
    if bare not in REGIONS or is_possessive(v.words[-1]):
        return False
    following = _ADJECTIVAL.match(res.after(v.chunk.end, 20))
    if not following:
        return False
    noun = following.group(1)
    if noun not in STOPWORDS | PLACE_HEADS | _NOT_A_NOUN:
        return True
    # "the kingdom's Gulf coast": the coast is the state's; the region only describes it.
    return noun in PLACE_HEADS and bool(_POSSESSIVE_BEFORE.search(res.before(v.chunk.start, 30)))


def short_of_longer(res: Resolver, v: View) -> bool:
    """ "across the Gulf" in a text about "the Gulf of Finland": the same water, said short."""
    bare = v.bare
    if " " in bare or bare.lower() not in PLACE_HEADS or bare not in REGIONS:
        return False
    # (named before it only: "sold in the Gulf ... the Gulf of Guinea" are two waters)
    earlier = re.compile(rf"\b{bare}\s+of\s+(?:the\s+)?[A-Z]")
    return earlier.search(res.text, 0, v.chunk.start) is not None


def body_short_form(res: Resolver, v: View) -> str:
    """The key of a body whose name this run opens ("Sirius Gulf" of "Sirius Gulf LNG Trading
    DMCC"), when the run ends in a region or place word; "" otherwise."""
    if len(v.words) < 2 or (v.last.lower() not in PLACE_HEADS and v.last not in REGIONS):
        return ""
    return res.first([f"p:{v.bare}"], lambda _key, actor: actor.type != "person")
