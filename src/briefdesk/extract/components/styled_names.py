"""Chunk rule: a Gulf style before a name, "Sheikh X bin Y Al Z", with nothing else to mark
it (round 23).

"its chairman Sheikh Sultan bin Humaid Al Dhaheri", "backed by Emirati investor Sheikh Saeed
bin Rashid Al Falasi": the honorific rule reads Mr, Ms and Dr only, so a Sheikh was found only
when a speech verb stood next to the name. The name is read without the style (the golds
write it so, or keep the styled form as an alias), the role from a title before it. Things
named after a ruler are no people: "Sheikh Zayed Road", "Sheikh Khalifa Port".
"""

from __future__ import annotations

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.cues_titles import role_before_comma
from briefdesk.extract.honorific_titles import title_around
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS
from briefdesk.extract.names import name_like
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import strip_possessive

STYLES = frozenset({"sheikh", "sheikha"})
# A thing named after a ruler ends in one of these (or an organisation's head word).
_NAMED_THINGS = frozenset(
    {
        "road", "street", "highway", "bridge", "causeway", "port", "airport", "mosque",
        "city", "hospital", "stadium", "park", "zone", "canal", "tower", "palace", "award",
        "prize", "cup", "base", "island", "school", "centre", "center", "hall", "avenue",
    }
)  # fmt: skip


def styled_name(res: Resolver, v: View) -> str:
    """ "Sheikh X bin Y Al Z": the person without the style, with a title written before."""
    chunk = v.chunk
    if len(v.words) < 3 or v.words[0].lower() not in STYLES:
        return NEXT  # ("Sheikh Faisal" alone: a first name only, left to the other rules)
    named = list(chunk.tokens[1:])
    last = strip_possessive(named[-1].text).lower()
    if last in _NAMED_THINGS or last in ORG_HEADS or last in ROLE_HEADS or not name_like(named):
        return NEXT  # ("Sultan" is a title word too: only the last word is tested)
    name = strip_possessive(res.text[named[0].start : named[-1].end])
    if res.known_entity(name):
        return NEXT
    end = named[0].start + len(name)
    role = role_before_comma(res, chunk.start, res.after(chunk.end, 4))
    role = role or title_around(res, chunk.start, end)
    res.person(name, named[0].start, end, *(role or ("", "")))
    return CLAIM
