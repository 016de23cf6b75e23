"""Places that name the kind of a site or licence, not the site (newcomer18 N18-11).

"Japanese firm commits $1.3 billion to LNG terminal": "LNG" says what the terminal handles,
as "gas" or "solar" would; a site rule reads the capitalised word before "terminal" as the
terminal's name. "Investment licence granted 2 Oct" at the head of a table cell: an everyday
word for an activity (investment, exploration, mining, operating), capitalised only where the
cell begins, says what the licence allows. Neither is a place. A one-word place the gazetteer
knows is kept ("Reading"), and so is any name of more than one word ("Cai Mep").
"""

from __future__ import annotations

from collections.abc import Sequence

from briefdesk.extract import rx as re
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.results import PlaceSuggestion
from briefdesk.extract.words import word_list

# What a terminal or plant handles or burns: its kind, never its name.
_KIND_WORDS = word_list("terminal_kinds") | word_list("plant_kinds")
# An everyday word for an activity ("Investment", "Exploration", "Mining", "Operating").
_ACTIVITY = re.compile(r"[A-Z][a-z]+(?:ment|tion|sion|ing)")


def without_kind_words(places: Sequence[PlaceSuggestion]) -> list[PlaceSuggestion]:
    """The places less those that are a site's or a licence's kind word."""
    gaz = gazetteer()
    return [
        p
        for p in places
        if not _kind_word(p.name) or p.name in gaz.cities or p.name in gaz.provinces
    ]


def _kind_word(name: str) -> bool:
    if " " in name:
        return False
    if name.lower() in _KIND_WORDS:
        return True
    return bool(_ACTIVITY.fullmatch(name)) and is_common_word(name)
