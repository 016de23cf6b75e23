"""Unknown towns at the ends of a route (round 7): "the interconnection between Rishah and
Al-Qa'im", "a ferry between Port Vila and the northern islands", "trucked by rail to Port
Qasim"; and an unknown area named before "area" or "department" after a locative ("in the
Dana area", "in the Tinogasta department"). The gazetteer's towns are read elsewhere; these
are names it does not know, placed by the words around them."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import TITLE_OR_ORG_WORDS
from briefdesk.extract.resolver import Resolver

_ROUTE = (
    r"(?i:interconnection|interconnector|road|railway|rail\s+line|line|pipeline|highway|"
    r"corridor|ferry|ferries|flights?|link|route|cable|bridge|border\s+crossing|track|section|"
    r"stretch|segment)"
)
_BETWEEN = re.compile(
    _ROUTE + r"\s+(?:[\w-]+\s+){0,2}between\s+(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s+and\s+)?$"
)
_BY_WAY_TO = re.compile(r"\bby\s+(?:rail|road|sea|truck|barge|ship|air|pipeline)\s+to\s+$")
# What may follow the town: the phrase ends.
_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|in|on|for|to|from|is|was|will|which|via)\b)")


_AREA_AFTER = re.compile(r"\s+(?:area|department|canton|commune|parish)\b")
_IN_THE = re.compile(r"\b(?:in|near|around|across|throughout|within|of)\s+the\s+$")


def route_town(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """True when an unknown name stands at an end of a route the text names, or names the
    area after a locative."""
    if len(words) > 3 or {w.lower() for w in words} & TITLE_OR_ORG_WORDS:
        return False
    if len(words) > 1 and words[0].lower() in first_names():
        return False
    if res.text.startswith(" ", end) and _AREA_AFTER.match(res.text, end):
        # "in the Dana area", "in the Tinogasta department"; not "the Finance department"
        # nor "the euro area" (everyday words)
        return bool(_IN_THE.search(res.before(start, 20))) and not any(
            is_common_word(w) for w in words
        )
    before = res.before(start, 80)
    if not before.endswith(("between ", "and ", "to ")):
        return False  # the cheap test first
    if not _ENDS.match(res.text, end):
        return False
    return bool(_BETWEEN.search(before) or _BY_WAY_TO.search(before))
