"""Component: the state of an office holder introduced right after a sentence about that state
(newcomer14 N14-36).

Threads, briefs and wire copy name a state as the subject of one sentence and its minister,
bare, at the head of the next: "Lithuania pushed hard for this one. Foreign Minister X: ...",
"Ghana has asked for the loan to be doubled. Finance Minister Y said ...". The post is that
state's. A bare government post ("Foreign Minister", "President") whose first sentence names
no state takes the state that opens the sentence before, when that sentence names no other
state and the person's sentence opens with the post and names no body of that state ("Tokyo has
offered a loan. Transport Minister X called the JICA offer fair": X answers Japan). Runs before
the lead's state is guessed.
"""

from __future__ import annotations

import bisect

from briefdesk.extract.post_states import POST, body_before, state_mentions
from briefdesk.extract.resolver import ActorBuild, Resolver, note
from briefdesk.extract.text import Sentence

_OPENING = 6  # characters of furniture before a sentence's first word ('"', "• ", "4/6 ")


def prior_states(res: Resolver, sents: list[Sentence]) -> None:
    """Give a bare post the state the sentence before opens with (see the module)."""
    people = [
        a
        for a in res.found.actors.values()
        if a.type == "person" and not a.country and a.evidence and a.role and POST.match(a.role)
    ]
    if not people or len(sents) < 2:
        return
    mentions = sorted(state_mentions(res))
    starts = [s.start for s in sents]
    for person in people:
        first = min(person.evidence)[0]
        index = bisect.bisect_right(starts, first) - 1
        if index < 1 or body_before(res, person) or not _opens_with_post(res, sents[index], person):
            continue
        if _states_in(mentions, sents[index]):
            continue  # the person's own sentence names a state: the post may be that one's
        before = _states_in(mentions, sents[index - 1])
        if len(before) != 1:
            continue
        start, code = before[0]
        if start - sents[index - 1].start > _OPENING or _body_of(res, sents[index], code):
            continue  # "The government of X": no opening; "called the JICA offer": the answer
        person.country = code
        person.affiliation = person.affiliation or res.affiliation_name(code)
        note(person.why, "person.country-prior-sentence", res.affiliation_name(code))


def _states_in(mentions: list[tuple[int, str]], sentence: Sentence) -> list[tuple[int, str]]:
    """The state mentions inside ``sentence``, one per state (the first)."""
    seen: dict[str, int] = {}
    at = bisect.bisect_left(mentions, (sentence.start, ""))
    for start, code in mentions[at:]:
        if start >= sentence.end:
            break
        seen.setdefault(code, start)
    return [(start, code) for code, start in seen.items()]


def _body_of(res: Resolver, sentence: Sentence, code: str) -> bool:
    """Whether the person's sentence names a body of that state ("Tokyo has offered a loan.
    Minister X called the JICA offer generous": the minister answers the state, is not its)."""
    return any(
        actor.type != "person"
        and actor.country == code
        and any(sentence.start <= first < sentence.end for first, _end in actor.evidence)
        for actor in res.found.actors.values()
    )


def _opens_with_post(res: Resolver, sentence: Sentence, person: ActorBuild) -> bool:
    """Whether the sentence opens with the person's post (a few characters of furniture)."""
    head = res.text[sentence.start : sentence.start + _OPENING + len(person.role) + 2]
    return person.role in head
