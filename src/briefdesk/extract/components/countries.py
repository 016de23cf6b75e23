"""Component: settles the country of organisations and people from what the text ties them to."""

from __future__ import annotations

import bisect

from briefdesk.extract.components.org_countries import owner_of, settle_org_countries
from briefdesk.extract.cues_people import speaks
from briefdesk.extract.names import (
    gov_domain_country,
)
from briefdesk.extract.post_states import visitor
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import (
    Sentence,
)
from briefdesk.extract.vocab import (
    BARE_MINISTRY,
    GOVERNMENT_ROLE,
)


def settle_countries(res: Resolver, sents: list[Sentence]) -> None:
    """Fill ``country`` (the GUI's Country column) from what the text ties each actor to.

    An organisation affiliated to a state takes its code, and its affiliation is written as
    the state's name. A person takes the country of their affiliation (a state, or an
    organisation whose country is known). A person with a government title and no
    affiliation takes the one state named in the sentence that introduces them; with none
    there, the state of the dateline city. Nothing is guessed from world knowledge.
    """
    actors = res.found.actors
    for actor in actors.values():
        if actor.type in {"organization", "international_organization"} and actor.affiliation:
            if actor.affiliation in res.gaz.countries:
                actor.country = actor.country or actor.affiliation
                actor.affiliation = res.affiliation_name(actor.affiliation)
            elif not actor.country:
                actor.country = res.country_of(actor.affiliation)
    settle_org_countries(res)
    by_name = {a.name: a for a in actors.values() if a.type != "person"}
    state_mentions = sorted(
        (start, key) for start, _end, key in res.found.mentions if key.startswith("state:")
    )
    starts = [sent.start for sent in sents]
    bare_ministries(res, sents, starts, state_mentions)
    people = [a for a in actors.values() if a.type == "person"]
    for actor in people:
        if actor.affiliation and not actor.country:
            owner = by_name.get(actor.affiliation) or owner_of(res, actor.affiliation)
            actor.country = (
                (owner.country if owner else "")
                or res.country_of(actor.affiliation)
                or _state_owner(res, actor.affiliation)
            )
    # (sentence index, country) of every person whose country the text states.
    stated = {
        (bisect.bisect_right(starts, start) - 1, person.country)
        for person in people
        if person.country
        for start, _end in person.evidence
    }
    for actor in people:
        if (
            actor.country
            or actor.affiliation
            or not actor.evidence
            or not GOVERNMENT_ROLE.search(actor.role)
        ):
            continue
        # A speaker: "Kenya will buy the ships, Defence Secretary Soipan Tuya said" speaks
        # for the state the sentence is about; "the family of President Erdogan" in a
        # sentence about Cairo does not belong to Egypt. Anyone else takes the state only
        # when it is also the dateline's: "DAKAR - ... in the presence of Prime Minister X".
        speaker = any(speaks(res, start, end) for start, end in actor.evidence)
        first = min(actor.evidence)[0]
        index = bisect.bisect_right(starts, first) - 1
        if index < 0:
            continue
        sent = sents[index]
        codes = {
            actors[key].country
            for start, key in state_mentions
            if sent.start <= start < sent.end and key in actors
        } - {""}
        guess = ""
        if len(codes) == 1 and (speaker or codes == {res.dateline_country}):
            guess = next(iter(codes))
        elif speaker and res.dateline_country and (not codes or res.dateline_country in codes):
            # "BUDAPEST - ... Foreign Minister Péter Szijjártó said": the host's minister.
            guess = res.dateline_country
        # "Sri Lanka's Finance Minister X held talks with External Affairs Minister Y":
        # when someone else in the sentence already speaks for that state, Y is likely
        # the other side, so no country is given rather than a wrong one.
        if guess and (index, guess) not in stated and not visitor(res, actor):
            actor.country = guess  # (not "X, on a visit to Hanoi,": the host's guest)


def _state_owner(res: Resolver, body: str) -> str:
    """ "Japan's defence ministry", "the Kuwaiti oil ministry": a body the text gives only as
    a state's possessive or adjective and a lower-case noun belongs to that state."""
    head, _sep, rest = body.removeprefix("the ").partition(" ")
    if not rest or not rest[:1].islower():
        return ""
    if head.endswith(("'s", "’s")) or head[:1].isupper():
        return res.country_of(head)
    return ""


def bare_ministries(
    res: Resolver, sents: list[Sentence], starts: list[int], state_mentions: list[tuple[int, str]]
) -> None:
    """ "The Ministry of Defence" with no state in its name, in an official release.

    A release (a dateline, or a ``gov.XX`` address in the text) tells where it comes from,
    but that alone is a guess: the ministry takes a country only when the text itself names
    that same state in the ministry's sentence or the one either side. A release from London
    about a sale to Qatar names only Qatar, so the ministry stays without a country."""
    home = res.dateline_country or gov_domain_country(
        # Head and foot of a release carry its address; the middle is bounded work.
        f"{res.outlet}\n{res.text[:3000]}\n{res.text[-1000:]}",
        res.gaz.countries,
    )
    if not home or not sents:
        return
    actors = res.found.actors
    for actor in actors.values():
        if (
            actor.type != "organization"
            or actor.country
            or actor.affiliation
            or not actor.evidence
            or not BARE_MINISTRY.match(actor.name)
        ):
            continue
        index = max(0, bisect.bisect_right(starts, min(actor.evidence)[0]) - 1)
        low = sents[max(0, index - 1)].start
        high = sents[min(len(sents) - 1, index + 1)].end
        # "Israel Shipyards" names a company, not a state the release speaks of.
        inside = [
            (start, end)
            for start, end, key in res.found.mentions
            if low <= start < high and not key.startswith("state:")
        ]
        codes = {
            actors[key].country
            for start, key in state_mentions
            if low <= start < high and key in actors and not any(a <= start < b for a, b in inside)
        } - {""}
        if codes == {home}:
            actor.country = home
            actor.affiliation = res.affiliation_name(home)
