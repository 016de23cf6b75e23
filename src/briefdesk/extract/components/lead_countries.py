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

import bisect
from collections import Counter

from briefdesk.extract import rx as re
from briefdesk.extract.body_spans import sides_named
from briefdesk.extract.resolver import ActorBuild, Resolver, note
from briefdesk.extract.text import Sentence

# A government post with nothing but a remit, a grade or a state's own body after it.
_POST = re.compile(
    r"^(?:(?:Deputy|Vice|Acting|Interim|Transitional|Federal|State|Junior|Prime|First|"
    r"[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)\s+)*"
    r"(?:[Mm]inister|President|Premier|Secretary(?![- ][Gg]eneral)|Senator|MP|[Ll]awmaker|"
    r"[Gg]overnment\s+spokes(?:man|woman|person))"
    r"(?:\s+(?:of|for)\s+(?!the\s+(?:Board|Bank|Company|Group))[A-Z].*)?$"
    r"|^[a-z ]*minister$"
)
# A lead paragraph: the first block of at least this many characters.
_LEAD_CHARS = 150
_BLOCK_END = re.compile(r"\n\s*\n")


def lead_countries(res: Resolver, sents: list[Sentence]) -> None:
    """Give bare government posts the state of the lead (see the module's docstring)."""
    people = [
        a
        for a in res.found.actors.values()
        if a.type == "person" and not a.country and a.evidence and _POST.match(a.role)
    ]
    if not people:
        return
    code = _lead_state(res)
    if not code:
        return
    starts = [s.start for s in sents]
    for person in people:
        if _other_state_in_sentence(res, sents, starts, person, code) or _body_before(res, person):
            continue
        person.country = code
        person.affiliation = person.affiliation or res.affiliation_name(code)
        note(person.why, "person.country-lead", res.affiliation_name(code))


def _state_mentions(res: Resolver) -> list[tuple[int, str]]:
    return [
        (start, actor.country)
        for actor in res.found.actors.values()
        if actor.type == "state" and actor.country
        for start, _end in actor.evidence
    ]


def _lead_state(res: Resolver) -> str:
    """The one state the lead names, when the text names it more than any other state."""
    mentions = _state_mentions(res)
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


def _body_before(res: Resolver, person: ActorBuild) -> bool:
    """ "European Commission President X", "AIIB Vice President X": a body's post."""
    for first, _end in person.evidence:
        before = res.before(first, len(person.role) + 2).rstrip()
        if not before.endswith(person.role):
            continue
        role_at = (
            first - len(res.before(first, len(person.role) + 2)) + len(before) - len(person.role)
        )
        for _start, end, key in res.found.mentions:
            actor = res.found.actors.get(key)
            if (
                actor
                and actor.type != "person"
                and actor.type != "state"
                and (role_at - 2 <= end <= role_at)
            ):
                return True
    return False


def _other_state_in_sentence(
    res: Resolver, sents: list[Sentence], starts: list[int], person: ActorBuild, code: str
) -> bool:
    """Whether a sentence that names the person names a state other than ``code``, a place
    of another state, or someone else who speaks for ``code``."""
    for first, _end in person.evidence:
        at = bisect.bisect_right(starts, first) - 1
        if at < 0:
            continue
        low, high = sents[at].start, sents[at].end
        if sides_named(res, low, high) - {code}:
            return True  # (a state inside a body's name is no side: "Exim Bank of China")
        # "... in New Delhi, where X held talks with Minister Y": a place of another state, or
        # someone else there who already speaks for this one.
        if any(
            place.country not in {"", code} and any(low <= s < high for s, _e in place.evidence)
            for place in res.found.places.values()
        ) or any(
            other is not person
            and other.type == "person"
            and other.country == code
            and any(low <= s < high for s, _e in other.evidence)
            for other in res.found.actors.values()
        ):
            return True
    return False
