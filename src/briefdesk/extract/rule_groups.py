"""Groups of chunk rules, declared next to the pipeline (components never call each other):
three chunk rules that each try a few small rules in order — fewer calls per chunk than
listing every small rule in the pipeline (each call costs time on every run of capitals), and
a cheap test on the chunk's words decides which small rules can apply at all."""

from __future__ import annotations

from briefdesk.extract.chunk_view import NEXT, View
from briefdesk.extract.components.foreign_names import (
    FOREIGN_ORG_HEADS,
    foreign_name,
    linked_after,
)
from briefdesk.extract.components.geo_names import GEO_LEADS, geo_name
from briefdesk.extract.components.legal_lead import legal_form_first, quoted_after_form
from briefdesk.extract.components.named_things import (
    SHIP_LEADS,
    STORM_WORDS,
    VESSEL_NOUNS,
    board_of_body,
    instrument,
    storm_or_ship,
    title_phrase,
)
from briefdesk.extract.components.press_units import UNIT_WORDS, caps_heading, press_unit
from briefdesk.extract.components.sites import (
    LOCAL_FIRST,
    PALACE_LEADS,
    VENUE_HEADS,
    local_site,
    palace,
    venue,
)
from briefdesk.extract.resolver import LEGAL_HEAD_WORDS, Resolver

_BOARD_WORDS = frozenset({"board", "directors", "governors", "trustees"})
_QUOTES = frozenset({'"', "“", "«"})


def things_first(res: Resolver, v: View) -> str:
    """Storms, ships, buildings, a body's board, a name in another language, a legal form
    before a name. Plain set and character tests decide which small rule can apply."""
    lowered = v.lowered
    first = lowered[0]
    several = len(lowered) > 1
    rules = []
    if several:
        if first in STORM_WORDS or first == "tropical" or v.words[0] in SHIP_LEADS:
            rules.append((storm_or_ship, ""))
        if lowered[-1] in VENUE_HEADS:
            rules.append((venue, "place.site"))
        if first in PALACE_LEADS:
            rules.append((palace, "place.site"))
        if v.words[0].rstrip(".") in LEGAL_HEAD_WORDS:
            rules.append((legal_form_first, "org.legal-form"))
    if lowered[-1] in _BOARD_WORDS:
        rules.append((board_of_body, "org.head-word"))
    if res.text[v.chunk.end : v.chunk.end + 2].lstrip()[:1] in _QUOTES:
        rules.append((quoted_after_form, "org.legal-form"))  # 'JSC "Kazakhmys Copper"'

    for rule, rule_id in rules:
        res.rule = rule_id
        verdict = rule(res, v)
        if verdict != NEXT:
            return verdict
    if first in FOREIGN_ORG_HEADS or (
        several and lowered[1] in FOREIGN_ORG_HEADS and v.words[0].isdigit()  # "© 2026 Diario"
    ):
        res.rule = "org.foreign-name"
        head = v.rest[0] if first in FOREIGN_ORG_HEADS else v.rest[1]
        verdict = foreign_name(res, v, head.start)
        if verdict != NEXT:
            return verdict
    elif res.text[v.chunk.end : v.chunk.end + 1] == " " and (at := linked_after(res, v)) >= 0:
        res.rule = "org.foreign-name"  # "Líneas del Istmo", "Lusitana Engenharia e Construção"
        verdict = foreign_name(res, v, at)
        if verdict != NEXT:
            return verdict
    text, at = res.text, v.chunk.start
    if at > 1 and text[at - 1] == " " and text[at - 2].islower():
        space = text.rfind(" ", at - 16 if at > 16 else 0, at - 1)
        if text[space + 1 : at - 1] in VESSEL_NOUNS:  # "the tanker Ocean Pride"
            res.rule = ""
            return storm_or_ship(res, v)
    return NEXT


def small_places(res: Resolver, v: View) -> str:
    """Natural features and places named with a lower-case common noun."""
    text, start, end = res.text, v.chunk.start, v.chunk.end
    lowered = v.lowered
    if (
        lowered[0] in GEO_LEADS
        or "of" in lowered
        or text[start - 4 if start > 4 else 0 : start].endswith(("of ", "he "))
    ):
        res.rule = "place.shape"
        verdict = geo_name(res, v)
        if verdict != NEXT:
            return verdict
    if text[end : end + 1] == " " and text[end + 1 : end + 2].islower():
        space = text.find(" ", end + 1, end + 24)
        word = text[end + 1 : space if space > 0 else end + 24].rstrip(".,;:")
        if word in LOCAL_FIRST or word == "and":  # ("the Pandora and Uramu fields")
            res.rule = "place.site"
            return local_site(res, v)
    return NEXT


def no_bodies(res: Resolver, v: View) -> str:
    """Titles with no name after them, programmes, documents and laws."""
    verdict = title_phrase(res, v)
    if verdict == NEXT and not UNIT_WORDS.isdisjoint(v.lowered):  # (a set test before a call)
        verdict = press_unit(res, v)
    if verdict == NEXT and v.words[0].isupper():
        verdict = caps_heading(res, v)
    return verdict if verdict != NEXT else instrument(res, v)
