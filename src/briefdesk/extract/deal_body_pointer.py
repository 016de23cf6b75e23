"""A public body named again by its head noun only (issue 10, round 11): "Minister X confirmed
the ministry had cancelled a contract with Astilleros Y", "Under the deal, the navy will also
receive ...". The body is the article's one organisation with that head word, named before the
sentence ("Ministry of National Defence", "Royal Thai Navy"); it takes the role its verb gives,
and a body that signs, cancels or suspends a contract with a company buys from it."""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence
from briefdesk.extract.words import word_list

_HEADS = sorted(word_list("body_pointer_heads"), key=len, reverse=True)
_POINTER = re.compile(
    r"\bthe\s+(" + "|".join(h.replace(" ", r"\s+") for h in _HEADS) + r")\s+"
    r"(?!of\b|for\b|and\b|or\b|in\b|on\b|at\b|to\b|with\b|from\b|by\b)(?=[a-z])",
    re.IGNORECASE,
)
# "had cancelled a contract with X": what a buying body does to its supplier's contract.
_CONTRACT_ACT = re.compile(
    r"(?:(?:has|had|have|also|then|later|now|formally)\s+)*(?:signed|cancell?ed|canceled|"
    r"terminated|suspended|concluded|rescinded|froze|placed)\b"
)
_BODY_TYPES = frozenset({"organization", "international_organization"})


def _body_named_before(found: Found, head: str, position: int) -> str:
    """The one organisation whose name holds ``head``, named before ``position`` ('' if none or
    several: "the ministry" after both a defence and a finance ministry is not read)."""
    bodies = [
        actor
        for actor in found.actors.values()
        if actor.type in _BODY_TYPES and head in actor.name.lower()
    ]
    if len(bodies) != 1 or not any(s < position for s, _ in bodies[0].evidence):
        return ""
    return bodies[0].name


def body_pointer(
    deal: DealBuild,
    sentence: Sentence,
    roles_of: Callable[[str, bool], list[tuple[str, int]]],
    found: Found,
) -> None:
    """Fill the empty buyer (or the role the verb gives) with the body "the ministry" names."""
    if deal.buyer or deal.kind in {"loan", "grant"}:
        return
    match = _POINTER.search(sentence.text)
    if not match:
        return
    tail = sentence.text[match.end() :]
    roles = roles_of(tail, False)
    role = max(roles, key=lambda r: r[1])[0] if roles else ""
    if not role and deal.seller and _CONTRACT_ACT.match(tail):
        role = "buyer"
    if role != "buyer":
        return
    head = " ".join(match.group(1).lower().split())
    name = _body_named_before(found, head, sentence.start)
    if not name or name == deal.seller:
        return
    deal.buyer = name
    deal.buyer_why = f"'the {head}': the {head} named before ({name!r})"
