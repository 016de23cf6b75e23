"""Giving a figure is no giving of money: "He gave no price", "did not give a value" (round 14).

News reports a price an official would not state: "He gave no price, but two officials said
the package was worth about $310 million". The giving verb there gives a figure, and the
sentence's amount is the deal's price, not money given; the kind reader treats a giving verb
with no trade verb as a grant only when some giving verb in the sentence gives something
other than a figure.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

_WORD = re.compile(r"[a-z]+")
# What a figure-giving verb gives: "no price", "a value", "any details", "the cost".
_FIGURE_AFTER = re.compile(
    r"\s+(?:(?:no|a|an|any|the|its|his|her|their|further|more|other)\s+)?(?:financial\s+)?"
    r"(?:price|prices|figure|figures|value|cost|costs|breakdown|details?|dates?|timeline|"
    r"timetable|number|estimate|total|terms|indication)\b"
)


def gives_only_figures(lowered: str, verbs: frozenset[str]) -> bool:
    """Whether every giving verb of the (lower-case) sentence gives a figure, not money."""
    hits = [m for m in _WORD.finditer(lowered) if m.group() in verbs]
    return bool(hits) and all(_FIGURE_AFTER.match(lowered, m.end()) for m in hits)
