"""Unknown towns at the ends of a route (round 7): "the interconnection between Rishah and
Al-Qa'im", "a ferry between Port Vila and the northern islands", "trucked by rail to Port
Qasim". The gazetteer's towns are read elsewhere; these are names it does not know, placed
by the route noun before them."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import TITLE_OR_ORG_WORDS
from briefdesk.extract.resolver import Resolver

_ROUTE = (
    r"(?i:interconnection|interconnector|road|railway|rail\s+line|line|pipeline|highway|"
    r"corridor|ferry|ferries|flights?|link|route|cable|bridge|border\s+crossing)"
)
_BETWEEN = re.compile(
    _ROUTE + r"\s+(?:[\w-]+\s+){0,2}between\s+(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s+and\s+)?$"
)
_BY_WAY_TO = re.compile(r"\bby\s+(?:rail|road|sea|truck|barge|ship|air|pipeline)\s+to\s+$")
# What may follow the town: the phrase ends.
_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|in|on|for|to|from|is|was|will|which|via)\b)")


def route_town(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """True when an unknown name stands at an end of a route the text names."""
    if len(words) > 3 or {w.lower() for w in words} & TITLE_OR_ORG_WORDS:
        return False
    if len(words) > 1 and words[0].lower() in first_names():
        return False
    before = res.before(start, 80)
    if not before.endswith(("between ", "and ", "to ")):
        return False  # the cheap test first
    if not _ENDS.match(res.text, end):
        return False
    return bool(_BETWEEN.search(before) or _BY_WAY_TO.search(before))
