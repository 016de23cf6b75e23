"""Component: a minister's state from the same title written with a state elsewhere in the text
(round 11).

A headline or a later line often names the post with its state and no name ("Nepal's finance
minister on the new IMF deal", "Solomon Islands' mines minister on nickel", "the Zambian works
minister said"), while the name comes with the bare title ("Finance Minister X spoke to us",
"Hon. X has been Minister of Mines, Energy and Rural Electrification since 2024"). When the text
gives that post (grade, head word and the first word of its remit) one state only, and one person
only holds it, that person is the state's. Fills only people every other rule left without a
state and without a body.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import ActorBuild, Resolver, note

# After a state's mention: "'s finance minister", "' mines minister", " communications minister".
_TITLED = re.compile(
    r"(?:['’]s?)?\s+(?:(deputy|vice|state)\s+)?((?:[a-z]+\s+){1,2}?)(minister|secretary)\b"
)
# A person's bare post: "Finance Minister", "Deputy Mines Minister", "Minister of Mines, ...".
_AFTER_REMIT = re.compile(r"^(?:(deputy|vice|state)\s+)?((?:[a-z]+\s+){1,2}?)(minister|secretary)$")
_BEFORE_REMIT = re.compile(
    r"^(?:(deputy|vice|state)\s+)?(minister|secretary)\s+(?:of|for)\s+(?:the\s+)?([a-z]+)"
)


def _post(grade: str | None, head: str, remit: str) -> tuple[str, str, str]:
    """(grade, head, the remit's first five letters): "communications" and "Communication",
    "finance" and "Finance" are one post."""
    return grade or "", head, remit.split()[0][:5]


def _person_post(role: str) -> tuple[str, str, str] | None:
    lowered = " ".join(role.lower().split())
    after = _AFTER_REMIT.match(lowered)
    if after:
        return _post(after.group(1), after.group(3), after.group(2))
    before = _BEFORE_REMIT.match(lowered)
    return _post(before.group(1), before.group(2), before.group(3)) if before else None


def titled_states(res: Resolver) -> None:
    """Give a bare post's holder the state the text writes that post with (see above)."""
    if "minister" not in res.text and "secretary" not in res.text:
        return  # (the state-titled mention is in lower case)
    holders: dict[tuple[str, str, str], list[ActorBuild]] = {}
    for actor in res.found.actors.values():
        post = _person_post(actor.role) if actor.type == "person" and actor.role else None
        if post:
            holders.setdefault(post, []).append(actor)
    if not holders:
        return
    states: dict[tuple[str, str, str], set[str]] = {}
    for _start, end, key in res.found.mentions:
        state = res.found.actors.get(key)
        if not key.startswith("state:") or not state or not state.country:
            continue
        titled = _TITLED.match(res.text, end)
        if titled:
            post = _post(titled.group(1), titled.group(3), titled.group(2))
            states.setdefault(post, set()).add(state.country)
    for post, codes in states.items():
        people = holders.get(post, [])
        if len(codes) != 1 or len(people) != 1:
            continue
        person = people[0]
        if person.country or person.affiliation:
            continue
        person.country = next(iter(codes))
        note(person.why, "person.country-titled", res.affiliation_name(person.country))
