"""A body that announces an award with no agent is the one that awarded it (newcomer19
N19-09).

A ministry's release: "The Ministry also announced that the US$610 million engineering,
procurement and construction contract for the dam has been awarded to Albufeira Construcoes SA
of Portugal" gave the contractor and no client. A passive award with no "by" names its payer
nowhere but in who tells it: the subject of "announced / said / confirmed that" is the body that
awarded the contract, when it is a body (an organisation or a state, not a person, a legislature
or an outlet quoting someone) and not the winner itself ("Acme announced that it had been
awarded" is the winner's own news). The deal's buyer slot (the client, for a works contract)
takes it; a deal whose buyer is already read keeps it.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_sources import never_sides
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_BODIES = ("organization", "international_organization", "state")
# "<subject> (also) announced/said/confirmed (on Tuesday) (that) the ... has been awarded to"
_ANNOUNCED = re.compile(
    r"\s+(?:also\s+|has\s+|had\s+|on\s+\w+\s+)*(?:announced|announces|said|says|confirmed|"
    r"confirms|stated|states|disclosed|revealed)(?:\s+on\s+\w+)?(?:\s+that)?\s+"
    r"(?:the|a|an|its|their)\s+[^.;:]{0,160}?\b(?:has|have|had)\s+been\s+awarded\s+to\b"
    r"|\s+(?:also\s+)?(?:announced|said|confirmed|stated)(?:\s+that)?\s+(?:the|a|an|its)\s+"
    r"[^.;:]{0,160}?\b(?:was|were)\s+awarded\s+to\b"
)
_BY_AGENT = re.compile(r"\bawarded\s+to\b[^.;]*?\bby\s+(?:the\s+)?[A-Z]")
_NOT_KINDS = frozenset({"loan", "grant", "joint_venture", "mou", "trade_agreement"})


def announced_awards(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> None:
    """Give each deal awarded with no agent the body that announces it as its buyer."""
    if "awarded" not in text:
        return
    never = never_sides(found.actors)
    issuer = _issuer(text, found, never)
    for deal in deals:
        if deal.buyer or not deal.seller or deal.kind in _NOT_KINDS:
            continue
        for sentence in _told_in(deal, sents):
            if "awarded" not in sentence.text or _BY_AGENT.search(sentence.text):
                continue
            body = _announcer(found, sentence, never)
            why = "client: announces the award it made"
            if not body and issuer and _PASSIVE.search(sentence.text):
                body, why = issuer, "client: the body whose release tells the award"
            if body and body != deal.seller:
                deal.buyer, deal.buyer_why = body, why
                break


def _told_in(deal: DealBuild, sents: list[Sentence]) -> list[Sentence]:
    """The sentences the deal's evidence lies in (its own sentence first)."""
    starts = sorted({start for start, _end in deal.evidence})
    return [s for s in sents if any(s.start <= start < s.end for start in starts)]


def _announcer(found: Found, sentence: Sentence, never: frozenset[str]) -> str:
    """The body whose mention opens ``sentence`` ("The Ministry", "Kenya's roads agency") and
    whose clause announces an award with no agent, or ""."""
    opening = [
        (start, end, key)
        for start, end, key in found.mentions
        if sentence.start <= start <= sentence.start + 24
        and not re.search(r"[,;:]", text_between(sentence, start))
    ]
    for _start, end, key in sorted(opening, key=lambda m: -m[1]):  # the whole name first
        if not _ANNOUNCED.match(sentence.text, end - sentence.start):
            continue
        actor = found.actors.get(key)
        ok = actor is not None and actor.type in _BODIES and key not in never
        return actor.name if ok and actor is not None else ""
    return ""


# "The ... contract has been awarded to X" (no subject of its own), in a release.
_PASSIVE = re.compile(
    r"^(?:the|a|an|its)\s+[^.;:]{0,160}?\b(?:has|have|had)\s+been\s+awarded\s+to\b", re.I
)
_RELEASE_LINE = re.compile(
    r"^\s*(?:press|media|news)\s+release\s*$|^\s*press\s+statement\s*$", re.I | re.M
)


def _issuer(text: str, found: Found, never: frozenset[str]) -> str:
    """The one body a release's letterhead names above its "PRESS RELEASE" line (in capitals
    or not: "MINISTRY OF ENERGY AND WATER RESOURCES" is the Ministry of Energy and Water
    Resources the text names), or ""."""
    line = _RELEASE_LINE.search(text[:400])
    if line is None:
        return ""
    letterhead = {" ".join(row.split()).lower() for row in text[: line.start()].splitlines()}
    bodies = {
        actor.name
        for key, actor in found.actors.items()
        if actor.type in ("organization", "international_organization")
        and key not in never
        and actor.name.lower() in letterhead
    }
    return bodies.pop() if len(bodies) == 1 else ""


def text_between(sentence: Sentence, at: int) -> str:
    """The sentence's text before ``at``."""
    return sentence.text[: at - sentence.start]
