"""First person sides in labelled transcripts (round 13): "MINISTER X: We signed a loan with Y".

A transcript marks each turn with its speaker's label ("ANCHOR (X):", "MINISTER X:", "X — Chief
Financial Officer:"; the speaker labels component files the label as the person's mention).
Inside a turn, "we" that signs, orders, buys, sells or borrows is the speaker's side: the body
the speaker works for, else the speaker's state. The question-and-answer layout ("Q:"/"A:")
keeps its own reader (``deal_we``); a turn whose speaker has no body or state adds nothing.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_we_turns import WE_ACTS
from briefdesk.extract.resolver import Found
from briefdesk.extract.turn_labels import line_labels
from briefdesk.extract.words import word_list

_STATE_POSTS = word_list("state_posts")  # a minister speaks for a state
_OUTLET_WORDS = word_list("outlet_words")  # "ORBIT ASIA QUARTERLY - INTERVIEW": the outlet
# "A group of banks lent us ...", "approved a loan of 150 million euros to us": "us" as the side.
_US = re.compile(r"\b(?:lent|loaned|granted|gave|sold|awarded|to)\s+us\b")


def _side_of(
    found: Found, mentions: list[tuple[int, int, str]], key: str, turn: int, heading_end: int
) -> str:
    """The key of the speaker's body (or state), "" when none is known. Without one, a
    minister speaks for the one state named before the speaker's first turn, and anyone else
    for the one body the transcript's heading line names (an earnings call's company; never
    an outlet's masthead)."""
    person = found.actors[key]
    if person.affiliation:
        for other_key, other in found.actors.items():
            if other.name == person.affiliation and other.type != "person":
                return other_key
    state = f"state:{person.country}" if person.country else ""
    if state in found.actors:
        return state
    if any(w in _STATE_POSTS for w in person.role.lower().split()):
        before = {k for s, _e, k in mentions if s < turn and found.actors[k].type == "state"}
        return before.pop() if len(before) == 1 else ""
    heading = {k for s, _e, k in mentions if s < heading_end}
    bodies = {k for k in heading if found.actors[k].type == "organization"}
    bodies = {k for k in bodies if not _OUTLET_WORDS & set(found.actors[k].name.lower().split())}
    return bodies.pop() if len(bodies) == 1 else ""


def turn_mentions(
    text: str, found: Found, mentions: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The mentions with one added for each "we" that acts in a labelled speaker's turn."""
    lowered = text.lower()
    if ("we " not in lowered and " us" not in lowered) or ":" not in text:
        return mentions
    turns = [m.start() for m in line_labels(text)]
    if len(turns) < 3:
        return mentions
    speakers = {}
    for start, _end, key in mentions:
        if found.actors[key].type != "person":
            continue
        line = text.rfind("\n", 0, start) + 1
        if line in speakers or text.find(":", start) > text.find("\n", start) >= 0:
            continue  # a mention after the colon is no label
        if line in turns and not text[line:start].count(":"):
            speakers[line] = key
    taken = {start for start, _end, _key in mentions}
    heading_end = text.find("\n", len(text) - len(text.lstrip()))
    added = []
    acts = [(m.start(), m.start() + 2) for m in WE_ACTS.finditer(text)]
    acts += [(m.end() - 2, m.end()) for m in _US.finditer(text)]
    for start, end in sorted(acts):
        if start in taken:
            continue  # (the question-and-answer reader read it)
        line = max((t for t in turns if t <= start), default=-1)
        if line not in speakers:
            continue
        first = min(t for t, k in speakers.items() if k == speakers[line])
        side = _side_of(found, mentions, speakers[line], first, heading_end)
        if side:
            added.append((start, end, side))
    return sorted(mentions + added) if added else mentions
