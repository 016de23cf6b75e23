"""What a loan or grant is for, as the BLUF draft says it: "for a processing plant", "for
flood reconstruction", "for the launch" (a loan whose item is "launch financing", N20-09)."""

from __future__ import annotations

from briefdesk.extract.words import word_list

# Things a loan builds, counted one by one: "for a processing plant"; "for flood reconstruction"
# or "for budget support" take no article.
_FACILITIES = frozenset(
    [
        "airport",
        "bridge",
        "dam",
        "factory",
        "facility",
        "line",
        "mine",
        "pipeline",
        "plant",
        "port",
        "project",
        "railway",
        "refinery",
        "road",
        "smelter",
        "station",
        "terminal",
    ]
)


# The loan items extraction names "<activity> financing" (deal_for_item, newcomer20 N20-09).
_FINANCED = word_list("financed_activity_nouns")


def with_article(item: str) -> str:
    """ "a processing plant": a facility named in the singular gets its article; names,
    plurals, mass nouns and phrases that have one are left alone."""
    words = item.split()
    if len(words) == 2 and words[1] == "financing" and words[0] in _FINANCED:
        return f"the {words[0]}"  # "a loan ... for the launch", not "for launch financing"
    if not words or not words[0][:1].islower() or words[-1] not in _FACILITIES:
        return item
    if words[0] in ("a", "an", "the", "its", "their", "his", "her"):
        return item
    return f"{'an' if words[0][0] in 'aeiou' else 'a'} {item}"
