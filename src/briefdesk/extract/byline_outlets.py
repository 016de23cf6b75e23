"""The outlet in a byline: "By Mark Tillman, Defence Industry Weekly, 27 November 2026" names a
journalist and then a periodical, which is no person (round 10, newcomer10 N10-08). Read by the
periodical's own noun ("Weekly", "Journal", "Gazette"), never by an outlet's name."""

from __future__ import annotations

from briefdesk.extract.words import word_list

_OUTLET_WORDS = word_list("outlet_words")


def is_outlet(words: list[str]) -> bool:
    """True when the name of several words ends on or holds a periodical's noun."""
    return len(words) > 1 and any(w.lower().strip(",.") in _OUTLET_WORDS for w in words[1:])


def outlet_staff(role: str) -> bool:
    """A role of the outlet's own staff ("Defence correspondent", "presenter"): such a person
    reports the story and takes no part in it (newcomer13 N13-17)."""
    import re

    return bool(set(re.findall(r"[a-z]+", role.casefold())) & word_list("outlet_staff_roles"))
