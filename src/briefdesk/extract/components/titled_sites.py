"""Component: a name whose last word is a capitalised road, bridge, dam or reef noun is a
place, whole (round 12): "the Kings Road", "the Padma Bridge", "the Pan-American Highway",
"the Grand Ethiopian Renaissance Dam", "around Luconia Shoals", "the Orinoco Belt"; since
round 21 a wharf, quay, jetty or pier ("the Queen Salote Wharf": "Queen" made it a person).
The capital on the noun says it is part of the name (the lower-case "the Nzilo dam" is read by
`sites`).
A name made only of everyday words names a project, not a place ("the Development Road"),
unless a compass, coast or state word is in it ("the West Coast Road", "the Grand Ethiopian
Renaissance Dam"); a firm's name goes on after
the noun ("Hunan Road & Bridge Co.", "Berbice Highway Builders Ltd"); a street in an
address ("1 Devon Road, Kingston") is left to the address rules."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import is_legal_form
from briefdesk.extract.words import word_list

TITLED_SITE_HEADS = word_list("titled_site_heads")
_DIRECTION_WORDS = word_list("direction_words")
_TOWN_AFTER = re.compile(r",[ \t]+([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)")
_ROMAN = frozenset({"I", "II", "III", "IV", "V"})
# "Road & Bridge Co.", "Road and Bridge Engineering": the noun is inside a firm's name.
_FIRM_GOES_ON = re.compile(r"[ \t]*(?:&|and[ \t]+[A-Z]|\(|[ \t][A-Z][a-z]+[ \t]+(?:Co|Ltd))")


# A wharf or quay is read as a place only after "the" or a locative ("at the Queen Salote
# Wharf", "berths at Inter-Island Quay"): alone, "Kestrel Quay" names firms too.
_BERTH_HEADS = frozenset({"wharf", "quay", "jetty", "pier"})
_SITE_BEFORE = re.compile(
    r"\b(?:the|at|on|from|near|along|alongside|beside|behind|opposite|off|next\s+to)\s+$"
)
_FIRM_WORDS = frozenset({"Holdings", "Group", "Company", "Corporation", "Partners", "Terminals"})


def _firm_named(res: Resolver, name: str) -> bool:
    """True when the text also writes the name as the start of a firm's ("Kestrel Quay
    Holdings", "Kestrel Quay Ltd"): the short name is the firm's (round 21, for the wharf and
    quay heads)."""
    for match in re.finditer(re.escape(name) + r"[ \t]+([A-Z][\w.&]*)", res.text):
        word = match.group(1)
        if word in _FIRM_WORDS or is_legal_form(word):
            return True
    return False


def titled_site(res: Resolver, v: View) -> str:
    words = v.words
    head = len(words) - 2 if words[-1] in _ROMAN and len(words) > 2 else len(words) - 1
    if head < 1 or v.lowered[head] not in TITLED_SITE_HEADS:
        return NEXT  # the cheap test first: most runs end on another word
    before = words[:head]
    if words[0] in {"The", "the"} or any(w in {"&", "and", "of"} for w in before):
        return NEXT
    if v.bare.isupper() or f"About {v.bare}" in res.text or _firm_named(res, v.bare):
        return NEXT  # a headline in capitals; "About Kestrel Quay:", "Kestrel Quay Holdings"
    if v.lowered[head] in _BERTH_HEADS and not _SITE_BEFORE.search(res.before(v.chunk.start, 12)):
        return NEXT  # "Kestrel Quay was paid": a firm's name as often as a wharf's
    if all(is_common_word(w) for w in before) and not any(
        w.lower() in _DIRECTION_WORDS or w.lower() == "coast" or res.country_of(w) for w in before
    ):
        return NEXT  # "the Development Road", "Silk Road": a project's or a trade's name
    after = res.after(v.chunk.end, 24)
    if _FIRM_GOES_ON.match(after) or is_legal_form(after.strip(" ,").split(" ", 1)[0]):
        return NEXT
    town = _TOWN_AFTER.match(after)
    if words[0][:1].isdigit() or (town and res.known_place(town.group(1))):
        return NEXT  # "1 Devon Road, Kingston 10", "Wilkinson Road, Freetown": an address
    res.rule = "place.titled-site"
    res.place(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
    return CLAIM
