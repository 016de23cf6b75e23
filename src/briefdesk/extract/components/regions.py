"""A region named as one by the lenders that work in it (round 7): "South and Central Asia",
"Asia and the Pacific", "Latin America and the Caribbean", "East Asia and the Pacific". Two
compass words over one region, or two regions joined by "and the", are one place; two regions
joined by a bare "and" stay two ("in Africa and Asia"), and so do two seas."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import REGIONS

_COMPASS = r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Southeast)"
_COMPASS_PAIR = re.compile(rf"{_COMPASS}\s+and\s+({_COMPASS}\s+[A-Z][\w-]+)")
_AND_THE = re.compile(r"(.+?)\s+and\s+the\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)")
# Two seas are two places ("the Red Sea and the Indian Ocean", round 19): lenders join land.
_WATER = re.compile(r"\s(?:Sea|Ocean|Gulf|Bay|Strait|Straits|Channel)$")


def joined_region(res: Resolver, v: View) -> str:
    """ "South and Central Asia", "Asia and the Pacific": one place."""
    bare = v.bare
    if " and " not in bare:
        return NEXT
    pair = _COMPASS_PAIR.fullmatch(bare)
    joined = _AND_THE.fullmatch(bare) if not pair else None
    if (pair and pair.group(1) in REGIONS) or (
        joined
        and joined.group(1) in REGIONS
        and joined.group(2) in REGIONS
        and not _WATER.search(joined.group(1))
        and not _WATER.search(joined.group(2))
    ):
        res.rule = "place.region"
        res.place(bare, v.chunk.start, v.chunk.start + len(bare))
        return CLAIM
    return NEXT
