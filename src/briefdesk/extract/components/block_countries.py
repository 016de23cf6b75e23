"""Component: the state of a bare government post in a text about several states, from the
paragraph it stands in (round 11).

The lead rule (``lead_countries``) gives up when the lead names two states or more. Reports
about two states still write each side's officials bare, in paragraphs about that side ("The
Zambian cabinet met in Lusaka. Finance Minister X said ...", then a paragraph about the lender's
state). A bare post with no body takes the one state its paragraph names (a state, a body or
place of it), when that state is also the one the whole text names most, and the person's
sentence names no other state and no one else who speaks for it. Never in a text of one or two
blocks, where the paragraph is the text and its state only the most named.
"""

from __future__ import annotations

import bisect
from collections import Counter

from briefdesk.extract.post_states import (
    bare_posts,
    named_in_text,
    paragraph_bounds,
    speaks_for,
    state_mentions,
)
from briefdesk.extract.resolver import Resolver, note
from briefdesk.extract.text import Sentence


def block_countries(res: Resolver, sents: list[Sentence]) -> None:
    """Give bare government posts their paragraph's state (see the module's docstring)."""
    people = bare_posts(res)
    if not people:
        return
    mentions = state_mentions(res)
    top = Counter(code for _start, code in mentions).most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return
    most = top[0][0]
    bounds = paragraph_bounds(res.text)
    if len(bounds) < 4:
        return  # one or two blocks: the paragraph is (nearly) the whole text, no side of it
    named = named_in_text(res)
    starts = [s.start for s in sents]
    for person in people:
        first = min(person.evidence)[0]
        at = bisect.bisect_right(bounds, first) - 1
        low, high = bounds[at], bounds[at + 1]
        codes = {code for start, code in named if low <= start < high}
        if codes != {most}:
            continue
        if not speaks_for(res, sents, starts, person, most):
            continue
        person.country = most
        note(person.why, "person.country-block", res.affiliation_name(most))
