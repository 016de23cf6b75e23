"""Component: the country of an organisation from what the text itself says of it, and the
organisation a person's affiliation names (round 6) — so that a person who works for a firm the
text ties to a state takes that state ("Italy's Eni ... Eni CEO Claudio Descalzi": Italy).

What ties an organisation to a state: its own name opens with the state or its adjective
("Kenya Highlands Tea Co", "Turkish Aerospace"), a state's possessive right before a mention
("Italy's Eni"), or an apposition that describes it by a state's adjective ("Rheinwerk Energie
SE, a German utility,"). Nothing is guessed from world knowledge."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lexicon import ORG_DESCRIPTORS
from briefdesk.extract.resolver import ActorBuild, Resolver
from briefdesk.extract.state_spans import region_words

_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})['’]s\s+$")
# ", a German utility,", ", the Danish shipbuilder,": the adjective of a state, then a noun.
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+(?=[,.;)]|\s+(?:that|which|with|and)\b)"
)
# ", Canada's export-credit agency,", ", Norway's largest lender." (round 22): a state's
# possessive, then a noun that describes a body (``org_descriptors``).
_OWNED_AFTER = re.compile(
    r",\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})['’]s\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)"
    r"(?=[,.;)]|\s+(?:that|which|with|and)\b)"
)
# "Noordzee Pelagic Trawlers BV of the Netherlands", "Vireon Dynamics of Italy" (round 22).
_HOME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})(?![\w'’-])")
_NOT_THE_STATE = frozenset({"America", "Americas"})  # "Bank of America" names no state


def settle_org_countries(res: Resolver) -> None:
    """Fill ``country`` of organisations the text ties to a state (see the module)."""
    for actor in res.found.actors.values():
        if actor.type != "organization" or actor.country or actor.affiliation:
            continue
        code = _named_after_state(res, actor.name) or _said_of(res, actor)
        if code:
            actor.country = code


def owner_of(res: Resolver, affiliation: str) -> ActorBuild | None:
    """The organisation a person's affiliation names: itself, or the one it is the short form
    of ("Rheinwerk" for "Rheinwerk Energie SE", "Kenya Highlands Tea" for "... Co")."""
    actors = res.found.actors
    exact = actors.get(f"org:{affiliation.lower()}")
    if exact is not None or not affiliation:
        return exact
    # A longer name that goes on with a state is another body ("MDV Slovakia s.r.o.").
    prefix = affiliation + " "
    orgs = [
        a
        for a in actors.values()
        if a.type == "organization"
        and not (
            a.name.startswith(prefix)
            and any(res.country_of(w) for w in a.name[len(prefix) :].split())
        )
    ]
    named = [a for a in orgs if affiliation in a.aliases]
    if named:
        return named[0] if len(named) == 1 else None
    longer = [a for a in orgs if a.name.startswith(prefix)]
    return longer[0] if len(longer) == 1 else None


def _named_after_state(res: Resolver, name: str) -> str:
    words = name.split()
    if len(words) < 2 or words[0] in _NOT_THE_STATE or region_words(words[0], words[1]):
        return ""  # ("Indian Ocean Rim Association": a region's, many states')
    for n in (3, 2, 1):  # "Papua New Guinea Ports Corporation", "Kenya Highlands Tea Co"
        if len(words) > n:
            code = res.country_of(" ".join(words[:n]))
            if code:
                return code
    return ""


def _said_of(res: Resolver, actor: ActorBuild) -> str:
    codes = set()
    for start, end in actor.evidence:
        before = res.before(start, 40)
        if before.endswith(("s ", "’s ")):
            owner = _POSSESSIVE_BEFORE.search(before)
            if owner and owner.group(1) not in _NOT_THE_STATE:
                codes.add(res.country_of(owner.group(1)))
        after = res.after(end, 80)
        home = _HOME_AFTER.match(after)
        if home:
            codes.add(res.country_of(home.group(1)))
        if after[:1] == ",":
            described = _DESCRIBED_AFTER.match(after)
            if described:
                codes.add(res.country_of(described.group(1)))
            owned = _OWNED_AFTER.match(after)
            if owned and owned.group(2).lower() in ORG_DESCRIPTORS:
                codes.add(res.country_of(owned.group(1)))
    codes.discard("")
    return next(iter(codes)) if len(codes) == 1 else ""
