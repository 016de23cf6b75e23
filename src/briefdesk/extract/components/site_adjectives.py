"""Component: an adjective before a site's or an area's noun names no site (round 26).

"the Transnistrian region" (three writers: fresh-2 G19, fresh-4 I18, fresh-20 Y18), "the
Chinese-operated fields at Agadem" (fresh-16 U06) and "40% of Thai Songkhla terminal"
(fresh-23 B01) were read as the places "Transnistrian", "Chinese-operated" and "Thai
Songkhla", which no gold lists: the first word describes the site and is no part of its
name. A people's adjective before a town the gazetteer knows leaves the town ("Songkhla");
an adjective alone before the noun is claimed with no place. Runs before the site rules.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.components.sites import LOCAL_FIRST
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import AREA_AFTER, SITE_AFTER

# "Chinese-operated", "Turkish-built": who runs or built it, not what it is called.
_RUN_BY = re.compile(r"[A-Z][\w'’]*-(?:operated|owned|run|led|controlled|held|built|backed)")
# "Transnistrian", "Kurdish", "Sudanese": the form of a people's or a region's adjective.
_ADJECTIVE_END = ("ian", "ish", "ese")


def _adjective(res: Resolver, word: str, area: bool) -> bool:
    """A people's adjective the registry knows; before an area's noun also one it does not
    ("Transnistrian") when the gazetteer knows no place by that word."""
    if word in res.gaz.adjectives and not res.known_place(word):
        return True
    return area and word.endswith(_ADJECTIVE_END) and not res.known_place(word)


def adjective_site(res: Resolver, v: View) -> str:
    """CLAIM an adjective read as a site's name; the town after a people's adjective is the
    place. NEXT otherwise."""
    words = v.words[1:] if v.words[0] in {"The", "A", "An"} else v.words
    if not words or len(words) > 2 or not words[0][:1].isupper():
        return NEXT
    first = words[0]
    run_by = "-" in first and _RUN_BY.fullmatch(first)
    if not run_by and not first.endswith(_ADJECTIVE_END) and first not in res.gaz.adjectives:
        return NEXT  # the cheap test
    after = res.after(v.chunk.end, 50)
    area = bool(AREA_AFTER.match(after))
    noun = after[1:].split(" ", 1)[0].rstrip(".,;:") if after[:1] == " " else ""
    if not (area or SITE_AFTER.match(after) or noun in LOCAL_FIRST):
        return NEXT
    if len(words) == 1:
        return CLAIM if run_by or _adjective(res, first, area) else NEXT
    town = words[1]
    if run_by or first not in res.gaz.adjectives or not res.known_place(town):
        return NEXT
    start = v.chunk.end - len(town)
    if res.text[start : v.chunk.end] != town:
        return NEXT
    res.rule = "place.site"
    city = res.gaz.cities.get(town, ("", 0))[0]
    res.place(town, start, v.chunk.end, city or res.gaz.provinces.get(town, ""))
    return CLAIM
