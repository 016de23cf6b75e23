"""Component: the town a byline is filed from is a place (round 9): "By Ana Reyes, Quito",
"Compiled by Ines Vandervelde, Geneva", "By Our Reporter, Tanga", "· By Rachel Ng, Singapore
·". The town closes the byline's line (or a "|" or "·" field); a writer's post after the
comma ("Ledger Staff Writer", "Pacific Affairs Fellow") is no town: a title, a body's head
or an everyday word in it keeps it out. A city that is also a state ("Singapore") is the
place here, as the golds write it."""

from __future__ import annotations

import re

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.lexicon import HEAD_WORDS
from briefdesk.extract.resolver import Resolver

# (Led by the literal words, one fast pass; the line's start is checked in code.)
_BYLINE_TOWN = re.compile(
    r"(?m)(?:By|Compiled by|Reporting by|Written by|Words by)[ \t]+"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},[ \t]+"
    r"([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]*(?=$|[|·])"
)


def byline_towns(res: Resolver) -> None:
    text = res.text
    if "By " not in text and "by " not in text:
        return
    for match in _BYLINE_TOWN.finditer(text):
        lead = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].rstrip(" \t")
        if lead and not lead.endswith(("|", "·")):
            continue  # "By" inside a line of prose
        town = match.group(1)
        words = town.split()
        if any(w.lower() in HEAD_WORDS or is_common_word(w) for w in words):
            continue  # "Ledger Staff", "Pacific Affairs": the writer's post
        start = match.start(1)
        res.rule = "place.byline-town"
        res.place(town, start, start + len(town))
        res.claim(start, start + len(town))
