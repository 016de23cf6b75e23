"""A government release about a state no registry knows (newcomer23 N23-10, N23-12): "The
Ministry of Transport and Ports of the Republic of Sardavia has today granted …", then "the
Government has also signed a loan agreement of USD 150 million with the Pan-Atlantic
Development Bank", signed off "Issued by: …, Ministry of Transport and Ports", under the
dateline "Makeni Bay, 30 November 2026".

- "the Republic of <Name>" names a state, known or not (a known one is suggested already);
- a loan or grant told with "the Government" as its taker goes to that state when it is the
  text's only state (and the sentence names no other borrower);
- a body named short ("Ministry of Transport and Ports") and long ("… of the Republic of
  Sardavia", "… of <a state of the text>") is one actor, the short form its alias;
- an "organisation" named only as the dateline's place, a part of a place's name ("Makeni
  Bay" beside "the Port of Makeni Bay"), is that place.
"""

from __future__ import annotations

from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.data_cache import tables
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.resolver import Found
from briefdesk.extract.results import ActorSuggestion, DealSuggestion, Reason
from briefdesk.model.codes import ActorType

_REPUBLIC = re.compile(
    r"\bRepublic\s+of\s+(?:the\s+)?([A-Z][a-z]{3,})\b(?![\w-]|\s+[A-Z]|\s+and\s+[A-Z])"
)
# A government body's head: only such a body's short form is joined into its long form.
_BODY = re.compile(r"^(?:Ministry|Department|Office|Authority|Agency|Commission)\b")
_GOVERNMENT_TAKES = re.compile(
    r"\b[Tt]he\s+Government\s+(?:(?:has|have|had|also|today|formally)\s+){0,3}"
    r"(?:signed|secured|obtained|received|concluded|contracted)\b[^.;]{0,60}\b(?:loan|credit|grant)"
)


def release_actors(
    text: str, actors: list[ActorSuggestion], deals: list[DealSuggestion], found: Found
) -> None:
    """Apply the release's readings of the module's note, in place."""
    _long_forms(actors, deals)
    _dateline_org(text, actors, found)


def republics(text: str, actors: list[ActorSuggestion], deals: list[DealSuggestion]) -> None:
    """A state for each "Republic of <Name>" the registry does not know; the Government's loan
    with no borrower goes to it when it is the text's only state."""
    known = gazetteer().names
    if any(a.type == ActorType.STATE for a in actors):
        return  # "the Republic of Karakalpakstan" in Uzbekistan: a known state's region
    for found in _REPUBLIC.finditer(text):
        name = found.group(1)
        if name in known or name in _subdivision_heads() or any(a.name == name for a in actors):
            continue  # (the Republic of Tatarstan: a region the subdivision table knows)
        actors.append(
            ActorSuggestion(
                name=name,
                type=ActorType.STATE,
                evidence=[found.span(1)],
                why=[Reason("state.republic", f"named a republic: {name!r}")],
            )
        )
    states = [a.name for a in actors if a.type == ActorType.STATE]
    if len(states) != 1 or "Government" not in text:
        return
    for deal in deals:
        if deal.kind not in ("loan", "grant") or not deal.evidence:
            continue
        start = text.rfind(".", 0, deal.evidence[0][0]) + 1
        end = text.find(".", deal.evidence[-1][1])
        sentence = text[start : end if end > 0 else len(text)]
        if _GOVERNMENT_TAKES.search(sentence) and not (deal.buyer and deal.buyer in sentence):
            deal.buyer = states[0]
            deal.why.append(Reason("buyer.cue", f"borrower: the Government, of {states[0]!r}"))


@cache
def _subdivision_heads() -> frozenset[str]:
    """Subdivision names before a comma or in full ("Tatarstan, Respublika" -> "Tatarstan")."""
    return frozenset(name.split(",")[0].strip() for name, _code in tables().subdivisions)


def _long_forms(actors: list[ActorSuggestion], deals: list[DealSuggestion]) -> None:
    """Join a body's short form into its long form "<short> of <a state>"."""
    states = {a.name for a in actors if a.type == ActorType.STATE}
    orgs = [a for a in actors if a.type == ActorType.ORGANIZATION and " " in a.name]
    joined: dict[str, str] = {}
    for short in orgs:
        if not _BODY.match(short.name) or short.country or short.affiliation:
            continue  # "Royal Air Force" (the UK's) is not the Royal Air Force of Oman
        longs = [
            a
            for a in orgs
            if a.name.startswith(short.name + " of ")
            and _state_tail(a.name[len(short.name) + 4 :], states)
        ]
        if len(longs) != 1:
            continue
        long = longs[0]
        long.evidence = sorted({*long.evidence, *short.evidence})
        if short.name not in long.aliases:
            long.aliases.append(short.name)
        joined[short.name] = long.name
    if not joined:
        return
    actors[:] = [a for a in actors if a.name not in joined]
    for deal in deals:
        deal.buyer = joined.get(deal.buyer, deal.buyer)
        deal.seller = joined.get(deal.seller, deal.seller)


def _state_tail(tail: str, states: set[str]) -> bool:
    tail = tail.removeprefix("the ").removeprefix("Republic of ").removeprefix("the ")
    return tail in states


def _dateline_org(text: str, actors: list[ActorSuggestion], found: Found) -> None:
    """Drop an organisation whose every mention is the dateline's place: "Makeni Bay, 30
    November 2026" opening a line (the place is kept or named as a place)."""
    for actor in list(actors):
        if actor.type != ActorType.ORGANIZATION or not actor.evidence:
            continue
        inside = any(actor.name in p.name and actor.name != p.name for p in found.places.values())
        if inside and all(_dateline_place(text, s, e) for s, e in actor.evidence):
            actors.remove(actor)  # "Makeni Bay", with "the Port of Makeni Bay" a place


_DATE_AFTER = re.compile(
    r",\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?\s*(?:$|[-—–(])",
    re.MULTILINE,
)


def _dateline_place(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _DATE_AFTER.match(text, end) is not None
