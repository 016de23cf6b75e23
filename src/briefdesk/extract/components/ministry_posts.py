"""Component: a bare government post whose ministry the sentence before names (round 18).

"Kenya's Ministry of Defence confirmed the purchase. Principal Secretary Joseph Kamau said
..." : the post has no body and no state of its own; the ministry named just before is where
the post holder works, and the state the text ties that ministry to is the person's. Taken
only when
- the person has a government post (``post_states.POST``), no affiliation and no other state;
- the person's sentence (before the name), or the one before it in the same paragraph, names
  exactly one ministry or department the text ties to a state, and the person's own sentence
  names no other state;
- the post fits the ministry: a post with no remit of its own ("Principal Secretary",
  "Deputy Minister"), or one whose remit shares a word with the ministry's name ("Defence
  Minister" and "Ministry of Defence"); "Minister of Minerals" after a defence ministry is not
  its post.
Runs in the countries stage before the lead and paragraph rules, which only fill what is empty.
"""

from __future__ import annotations

import bisect

from briefdesk.extract.post_states import POST
from briefdesk.extract.resolver import ActorBuild, Resolver, note
from briefdesk.extract.text import Sentence
from briefdesk.extract.words import word_list

_MINISTRY_HEADS = frozenset({"ministry", "department"})
# Words of a post that name its grade or kind, not its remit.
_GRADE_WORDS = word_list("post_grade_words")


def ministry_posts(res: Resolver, sents: list[Sentence]) -> None:
    """Give a bare post the ministry (and its state) named in its sentence or the one before."""
    starts = [s.start for s in sents]
    for person in res.found.actors.values():
        if (
            person.type != "person"
            or person.affiliation
            or not person.evidence
            or not POST.match(person.role)
        ):
            continue
        ministry = _ministry_before(res, sents, starts, person)
        if ministry is None or not _fits(person.role, ministry.name):
            continue
        if person.country and person.country != ministry.country:
            continue  # (another rule gave another state)
        person.affiliation = ministry.name
        person.country = ministry.country
        note(person.why, "person.ministry-before", ministry.name)


def _ministry_before(
    res: Resolver, sents: list[Sentence], starts: list[int], person: ActorBuild
) -> ActorBuild | None:
    at = min(person.evidence)[0]
    index = bisect.bisect_right(starts, at) - 1
    if index < 0:
        return None
    first = index
    if index > 0 and "\n\n" not in res.text[sents[index - 1].end : sents[index].start]:
        first = index - 1  # the sentence before, in the same paragraph
    begin, end = sents[first].start, sents[index].end
    ministries: dict[str, ActorBuild] = {}
    states: set[str] = set()
    for start, _end, key in res.found.mentions:
        if not begin <= start < end:
            continue
        actor = res.found.actors[key]
        if actor.type == "state" and actor.country and start >= sents[index].start:
            states.add(actor.country)  # (a state in the person's own sentence)
        elif (
            actor.type == "organization"
            and start < at
            and _MINISTRY_HEADS & set(actor.name.lower().split())
        ):
            ministries[key] = actor
    if len(ministries) != 1:
        return None
    ministry = next(iter(ministries.values()))
    if not ministry.country or states - {ministry.country}:
        return None
    return ministry


def _fits(role: str, ministry: str) -> bool:
    """A post with no remit of its own, or one whose remit is a word of the ministry's name."""
    remit = {w for w in role.lower().replace("-", " ").split() if w not in _GRADE_WORDS}
    return not remit or bool(remit & set(ministry.lower().replace("-", " ").split()))
