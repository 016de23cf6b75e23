"""Component: natural features and small places named by their shape — "Lake Titicaca",
"Mount Kenya", "the Salar de Maricunga", "Paso de San Francisco" (a geographic word opens the
name, connectors of other languages inside it), "the graphite deposit of Vatomandry", "the
Autonomous Region of Bougainville" (a site or an area "of" a name), "on the Syr Darya near
Guliston" (a name on which something stands, near a place)."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lexicon import HEAD_WORDS
from briefdesk.extract.names import name_like
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

GEO_LEADS = word_list("geo_leads")
_CAP = r"[A-ZÁÉÍÓÚÑÇ][\w'’-]*"
_LINK = r"(?:(?:de|del|de la|de los|de las|do|da|dos|das|des|du)[ \t]+)"
_GEO_NAME = re.compile(rf"{_CAP}(?:[ \t]+{_LINK}?{_CAP}){{1,4}}")
_SITE_OF = re.compile(
    r"\b(?:(?:deposit|deposits|mine|project|field|site|reserve|oasis|outskirts|plateau|"
    r"concession|valley)\s+of|(?:Autonomous\s+)?(?:Region|Province|Governorate|Prefecture|"
    r"Municipality|Department)\s+of)\s+(?:the\s+)?$"
)
_AREA_OF = re.compile(
    r"(?:Autonomous\s+)?(?:Region|Province|Governorate|Prefecture|Municipality)\s+of\s+"
    r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
)
_ON = frozenset({"on", "along", "across", "up", "down", "over"})
_NEAR_AFTER = re.compile(r"\s+(?:near|upstream|downstream)\b")


def geo_name(res: Resolver, v: View) -> str:
    start = v.chunk.start
    lead = v.lowered[0] in GEO_LEADS
    tail = res.text[max(0, start - 12) : start]
    words_before = tail.split()[-2:]
    of_before = tail.endswith(" of ") or tail.endswith(" of the ")
    on_before = len(words_before) == 2 and words_before[1] == "the" and words_before[0] in _ON
    if not (lead or of_before or on_before or "of" in v.lowered):
        return NEXT  # the cheap test first: no cue below can apply
    if v.lead_code or any(w in HEAD_WORDS for w in v.lowered):
        return NEXT
    if lead:
        whole = _GEO_NAME.match(res.text, start)
        known_firm = whole and res.first(  # "Salar Norte" after "Salar Norte Litio SpA"
            [f"p:{whole.group()}", f"o:{whole.group()}"], lambda _k, a: a.type != "person"
        )
        capitals = sum(1 for w in whole.group().split() if w[:1].isupper()) if whole else 0
        if whole and whole.end() >= v.chunk.end and not known_firm and capitals <= 3:
            res.place(whole.group(), start, whole.end())
            res.claim(start, whole.end())
            return CLAIM
    area = _AREA_OF.match(v.bare) if "of" in v.lowered else None
    if area:
        at = start + area.start(1)  # "the Autonomous Region of Bougainville": Bougainville
        res.place(area.group(1), at, at + len(area.group(1)))
        return CLAIM
    if not (of_before or on_before) or not name_like(v.rest) or res.country_of(v.bare):
        return NEXT
    if (of_before and _SITE_OF.search(res.before(start, 40))) or (
        on_before and _NEAR_AFTER.match(res.after(v.chunk.end, 20))
    ):
        res.place(v.bare, start, start + len(v.bare))
        return CLAIM
    return NEXT
