"""Component: the state of a bare government post in a story about one state (round 19).

The lead rule gives up when the lead names a second state ("Uganda signed a loan ... to build a
railway from Malaba on the Kenyan border"), and the paragraph rule when the person's paragraph
names none ("Opposition lawmaker X said the loan would push public debt ..."). A desk officer
still reads X as Ugandan: a lawmaker, a minister or a government spokesman the text gives no
state to belongs to the state the story is about. That state is the one the text names first
by its own name, alone in that paragraph (the headline or the lead), and more often than any
other (by itself, a body or a place of it). The person's paragraph must name no other state,
their sentence no other side, the post no body ("AIIB Vice President"), and no other bare
post may share their sentence ("Foreign Minister A and Foreign Minister B signed it": two
sides). Never in a text of one or two blocks (as the paragraph rule), nor in a story whose
first-named state is not also the most named one, or is tied with another: a story about two
states, where a bare post may be either's. Runs last; fills only people the other rules left
without a country.
"""

from __future__ import annotations

import bisect
from collections import Counter

from briefdesk.extract.post_states import (
    as_owner,
    bare_posts,
    named_in_text,
    paragraph_bounds,
    speaks_for,
    state_evidence,
    state_mentions,
)
from briefdesk.extract.resolver import Resolver, note
from briefdesk.extract.text import Sentence


def story_countries(res: Resolver, sents: list[Sentence]) -> None:
    """Give bare government posts the story's one state (see the module's docstring)."""
    people = bare_posts(res)
    if not people:
        return
    named = named_in_text(res)
    bounds = paragraph_bounds(res.text)
    if len(bounds) < 4:
        return  # one or two blocks: no headline or lead apart from the person's paragraph
    code = _story_state(named, sorted(state_mentions(res)), bounds)
    if not code or _owner_only(res, code, bounds):
        return
    starts = [s.start for s in sents]
    at = {id(p): {bisect.bisect_right(starts, s) for s, _e in p.evidence} for p in people}
    for person in people:
        if any(_other_in_block(named, bounds, start, code) for start, _end in person.evidence):
            continue
        if any(other is not person and at[id(other)] & at[id(person)] for other in people):
            continue  # "Foreign Minister A and Foreign Minister B signed it": two sides
        if not speaks_for(res, sents, starts, person, code):
            continue
        person.country = code
        note(person.why, "person.country-story", res.affiliation_name(code))


# The headline, a byline or dateline block, and the lead: where a story names its state.
_LEAD_BLOCKS = 3


def _owner_only(res: Resolver, code: str, bounds: list[int]) -> bool:
    """The state is named by its own name only below the lead, and there only as a firm's
    owner ("a rival offer from France's Aubrac Chantiers", round 23, newcomer23 N23-02): the
    one state the tool knows in a story about states it does not know is no story's state."""
    spans = state_evidence(res, code)
    lead_end = bounds[min(_LEAD_BLOCKS, len(bounds) - 1)]
    return bool(spans) and all(
        start >= lead_end and as_owner(res.text, end) for start, end in spans
    )


def _story_state(
    named: list[tuple[int, str]], states: list[tuple[int, str]], bounds: list[int]
) -> str:
    """The state the text names first by its own name, alone in that paragraph (the headline or
    the lead), when it also names it (by itself, a body or a place) more often than any other."""
    if not states:
        return ""  # (a masthead's town is no story's state: "THE GAZETTE | Lagos | Monday")
    where, first = states[0]
    if _other_in_block(named, bounds, where, first):
        return ""  # "Chile and Peru sign border power deal"
    top = Counter(code for _start, code in named).most_common(2)
    if top[0][0] != first or (len(top) > 1 and top[1][1] >= top[0][1]):
        return ""
    return first


def _other_in_block(named: list[tuple[int, str]], bounds: list[int], start: int, code: str) -> bool:
    """Whether the paragraph around ``start`` names a state other than ``code``."""
    at = bisect.bisect_right(bounds, start) - 1
    low, high = bounds[at], bounds[at + 1]
    return any(low <= where < high and other != code for where, other in named)
