"""Component: the state of an office holder the text gives no state, from the article's lead
(round 9, "a person's state when the post belongs to a state").

News writes a foreign official with the state ("visiting Chilean President X", "US Secretary
of State Y") and the article's own state's officials bare ("Finance Secretary X said"): in a
text whose lead paragraph names one state only, and which names that state more often than
any other, a bare cabinet or parliamentary title ("President", "Finance Minister", "Minister
of Transport", "MP", "government spokesman") belongs to that state. Never when the person's
own sentence names another state (the post may be that one's), and never for a company's or a
bank's titles ("president and chief executive", "Vice President for Operations").
Runs last among the country rules; fills only people they all left without a country.
"""

from __future__ import annotations

from collections import Counter

from briefdesk.extract import rx as re
from briefdesk.extract.post_states import (
    POST,
    body_before,
    other_state_in_sentence,
    state_mentions,
    visitor,
)
from briefdesk.extract.resolver import Resolver, note
from briefdesk.extract.text import Sentence

# A lead paragraph: the first block of at least this many characters.
_LEAD_CHARS = 150
_BLOCK_END = re.compile(r"\n\s*\n")


def lead_countries(res: Resolver, sents: list[Sentence]) -> None:
    """Give bare government posts the state of the lead (see the module's docstring)."""
    people = [
        a
        for a in res.found.actors.values()
        if a.type == "person" and not a.country and a.evidence and POST.match(a.role)
    ]
    if not people:
        return
    code = _lead_state(res)
    if not code:
        return
    starts = [s.start for s in sents]
    for person in people:
        if other_state_in_sentence(res, sents, starts, person, code) or body_before(res, person):
            continue
        if visitor(res, person):  # "X, on a visit to Hanoi,": the guest of that state
            continue
        person.country = code
        person.affiliation = person.affiliation or res.affiliation_name(code)
        note(person.why, "person.country-lead", res.affiliation_name(code))


def _lead_state(res: Resolver) -> str:
    """The one state the lead names, when the text names it more than any other state."""
    mentions = state_mentions(res)
    if not mentions:
        return ""
    lead_end, block = 0, 0
    for found in _BLOCK_END.finditer(res.text):
        if found.start() - block >= _LEAD_CHARS:
            lead_end = found.start()
            break
        block = found.end()
    if not lead_end:
        return ""  # one block of text: no lead apart from the rest
    in_lead = {code for start, code in mentions if start < lead_end}
    # The lead's own bodies speak for their states too ("The Royal Thai Air Force signed with
    # Sweden": two states, no guess).
    in_lead |= {
        actor.country
        for actor in res.found.actors.values()
        if actor.type == "organization"
        and actor.country
        and any(start < lead_end for start, _end in actor.evidence)
    }
    if len(in_lead) != 1:
        return ""
    code = next(iter(in_lead))
    top = Counter(c for _start, c in mentions).most_common(2)
    if top[0][0] != code or (len(top) > 1 and top[1][1] == top[0][1]):
        return ""
    return code
