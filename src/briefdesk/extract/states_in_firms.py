"""A state named only inside a company's registered name, or a fund's name, is no actor of the
text (round 7).

"MDV Slovakia s.r.o." and "Indian Ocean Gateway Terminals Ltd" name no act of Slovakia or
India: a firm with a legal form is a private body, whatever its name holds; a fund named after
a state is run by a bank ("Japan Fund for Prosperous and Resilient Asia and the Pacific" by the
ADB, "Nigeria Trust Fund" by the AfDB: the tuning gold's stated call). The state stays
when the text names it anywhere else, when a deal names it as a party, and when the name
is a government body's ("Tanzania Ports Authority", "Philippine Space Agency": the tuning
gold lists those states), which has no legal form.
"""

from __future__ import annotations

from briefdesk.extract.demonym_actors import unknown_demonyms
from briefdesk.extract.release_actors import release_actors
from briefdesk.extract.resolver import Found
from briefdesk.extract.results import ActorSuggestion, DealSuggestion
from briefdesk.extract.vocab import is_legal_form


def _registered(name: str) -> bool:
    words = name.split()
    if "Fund" in words and " and " not in name.split(" for ")[0]:
        return True  # "Japan Fund for Prosperous and Resilient Asia", "Nigeria Trust Fund"
    return (
        len(words) > 1
        and " and " not in name  # "Korea and Al Batinah Projects LLC": two names glued
        and (is_legal_form(words[-1]) or ("." in words[-1] and words[-1].islower()))
    )  # "Ltd", "AS", "W.L.L."; "s.r.o.", "d.o.o."


def without_states_in_firms(
    actors: list[ActorSuggestion],
    deals: list[DealSuggestion],
    text: str = "",
    found: Found | None = None,
) -> None:
    """Remove, in place, states whose every mention lies inside a registered firm's name; with
    ``text``, an unknown state's adjective is no organisation either (`demonym_actors`)."""
    if text and found is not None:
        unknown_demonyms(text, actors, deals, found)
        release_actors(text, actors, deals, found)
    firms = [
        span
        for actor in actors
        if actor.type.value == "organization" and _registered(actor.name)
        for span in actor.evidence
    ]
    if not firms:
        return
    parties = {name for deal in deals for name in (deal.buyer, deal.seller)}
    actors[:] = [
        actor
        for actor in actors
        if actor.type.value != "state"
        or actor.name in parties
        or not all(_inside(span, firms) for span in actor.evidence)
    ]


def _inside(span: tuple[int, int], firms: list[tuple[int, int]]) -> bool:
    """Inside a longer firm span ("(Norway)" after "Fjordvik Ammunition AS" is its own)."""
    start, end = span
    return any(s <= start and end <= e and e - s > end - start for s, e in firms)
