"""What the person-country rules that read a bare government post share (round 11: the lead
rule and the paragraph rule): which titles are a state's posts, where the text names states, and
when a person's sentence speaks for another side."""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.body_spans import BodySpans, sides_named
from briefdesk.extract.resolver import ActorBuild, Resolver
from briefdesk.extract.text import Sentence

_SIGNED_IN = re.compile(r"\bsign(?:s|ed|ing)?\b[^.;]*\b(?:in|at)\s+(?:the\s+)?$")

# A government post with nothing but a remit, a grade or a state's own body after it.
POST = re.compile(
    r"^(?:(?:Deputy|Vice|Acting|Interim|Transitional|Federal|State|Junior|Prime|First|"
    r"[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)\s+)*"
    r"(?:[Mm]inister|President|Premier|Secretary(?![- ][Gg]eneral)|Senator|MP|[Ll]awmaker|"
    r"[Gg]overnment\s+spokes(?:man|woman|person))"
    r"(?:\s+(?:of|for)\s+(?!the\s+(?:Board|Bank|Company|Group))[A-Z].*)?$"
    r"|^[a-z ]*minister$"
)


def bare_posts(res: Resolver) -> list[ActorBuild]:
    """People named by a government post alone: no country, no affiliation yet."""
    return [
        a
        for a in res.found.actors.values()
        if a.type == "person"
        and not a.country
        and not a.affiliation
        and a.evidence
        and POST.match(a.role)
    ]


def state_mentions(res: Resolver) -> list[tuple[int, str]]:
    return [
        (start, actor.country)
        for actor in res.found.actors.values()
        if actor.type == "state" and actor.country
        for start, _end in actor.evidence
    ]


def body_before(res: Resolver, person: ActorBuild) -> bool:
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


def other_state_in_sentence(
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


# "X, on a visit to Hanoi,", "X, on an official visit to Vietnam,", "the visiting Foreign
# Minister X", "X, who is visiting Hanoi,": a guest, whose post is not the host's.
_VISIT_AFTER = re.compile(
    r"^,?\s+(?:who\s+(?:is|was)\s+)?(?:(?:on|during|after)\s+(?:an?\s+|his\s+|her\s+)?"
    r"(?:(?:official|state|working|brief|first|[\w-]+-day)\s+)*visit\s+to|visiting)\b"
)
_VISIT_BEFORE = re.compile(r"\bvisiting\s+(?:[A-Z][\w'’.-]*\s+){0,6}$")


def paragraph_bounds(text: str) -> list[int]:
    """Offsets where the text's paragraphs (blocks between blank lines) start, then one past the
    end: paragraph ``i`` is ``[bounds[i], bounds[i + 1])``. Fewer than 4 bounds: one or two
    blocks, no paragraph apart from the whole."""
    return [0] + [m.end() for m in _BLOCK_END.finditer(text)] + [len(text) + 1]


_BLOCK_END = re.compile(r"\n\s*\n")


def speaks_for(
    res: Resolver, sents: list[Sentence], starts: list[int], person: ActorBuild, code: str
) -> bool:
    """Whether nothing where the person is named ties them to a side other than ``code``: no
    other state or speaker for it in their sentence, no body before their post, not a guest."""
    if other_state_in_sentence(res, sents, starts, person, code) or body_before(res, person):
        return False
    return not visitor(res, person)  # "X, on a visit to Hanoi,": the guest of that state


def visitor(res: Resolver, person: ActorBuild) -> bool:
    """Whether the text writes the person as a guest where they are named."""
    return any(
        _VISIT_AFTER.match(res.after(end, 60)) or _VISIT_BEFORE.search(res.before(start, 60))
        for start, end in person.evidence
    )


def named_in_text(res: Resolver) -> list[tuple[int, str]]:
    """Where the text names a state: the state itself, a body or a place with its state."""
    bodies = BodySpans(res)
    named = [  # (a state inside a body's name is no side: "Export-Import Bank of India")
        (start, res.found.actors[key].country)
        for start, end, key in res.found.mentions
        if key.startswith("state:") and key in res.found.actors and not bodies.inside(start, end)
    ]
    named += [
        (start, actor.country)
        for actor in res.found.actors.values()
        if actor.type == "organization" and actor.country
        # "Export-Import Bank of India" names a lender, not the paragraph's side
        if res.affiliation_name(actor.country) not in actor.name
        for start, _end in actor.evidence
    ]
    named += [
        (start, place.country)
        for place in res.found.places.values()
        if place.country
        for start, _end in place.evidence
        # "the agreement was signed in New Delhi": where a visitor signs, not whose side
        if not _SIGNED_IN.search(res.before(start, 60))
    ]
    return named


# "France's Aubrac Chantiers": a state named as a firm's owner, right before the firm.
_OWNER_AFTER = re.compile(r"['’]s\s+[A-Z]")


def state_evidence(res: Resolver, code: str) -> list[tuple[int, int]]:
    """Where the text names the state ``code`` by its own name (its state actors' evidence)."""
    return [
        span
        for actor in res.found.actors.values()
        if actor.type == "state" and actor.country == code
        for span in actor.evidence
    ]


def as_owner(text: str, end: int) -> bool:
    """Whether a state named up to ``end`` is named as a firm's owner ("France's Aubrac
    Chantiers", round 23, newcomer23 N23-02): no state a story is about."""
    return bool(_OWNER_AFTER.match(text, end))
