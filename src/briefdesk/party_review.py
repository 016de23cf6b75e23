"""Checks on who stands where in a deal, and on a drafted title that no longer names its
parties (newcomer16 N16-03, N16-06).

Why: the European Union went in as both the imposing party and a target of its own sanctions,
a borrower sat in an energy-supply deal with no lender (the letter "B" had picked it for the
buyer), and after the seller was replaced the brief stayed titled "Turkey to sell …" with
Turkey no party at all; the checks said nothing and the export printed it as typed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefdesk.model.codes import ActorType, PartyRole, party_roles, role_words

if TYPE_CHECKING:
    from briefdesk.model import Actor, Brief, Deal
    from briefdesk.review import Finding


def party_findings(brief: Brief) -> list[Finding]:
    """Both sides held by one actor, a borrower with no lender where a loan is no side of the
    kind, and a drafted title naming an actor who is no party."""
    out: list[Finding] = []
    for index, deal in enumerate(brief.deals):
        name = deal.title.strip() or f"deal {index + 1}"
        out += _both_sides(brief, deal, index, name) + _lone_borrower(brief, deal, index, name)
        out += _no_sides(deal, index, name)
    return out + title_findings(brief)


def _no_sides(deal: Deal, index: int, name: str) -> list[Finding]:
    """A deal whose kind has two sides and holds neither (newcomer20 N20-01, N20-02: a
    procurement drafted with no parties, or with two signatories after its kind was changed,
    was exported naming no buyer and no seller, and the checks said nothing). A deal of kind
    "other" has no sides of its own to want."""
    from briefdesk.model.codes import DealKind, deal_sides, kind_noun
    from briefdesk.review import Finding

    if deal.kind == DealKind.OTHER:
        return []
    receives, gives = deal_sides(deal.kind)
    if any(p.role in (receives, gives) for p in deal.parties):
        return []
    first, second = (role_words(r, deal.kind).lower() for r in (receives, gives))
    wanted = f"no {first}" if receives == gives else f"no {first} or {second}"
    signed = deal.parties and all(p.role == PartyRole.SIGNATORY for p in deal.parties)
    held = " (its parties are only signatories)" if signed else ""
    return [
        Finding(
            f"deals[{index}].parties",
            f"{name}: {_a(kind_noun(deal.kind))} with {wanted}{held}: name its sides",
        )
    ]


def _both_sides(brief: Brief, deal: Deal, index: int, name: str) -> list[Finding]:
    from briefdesk.editing.deal_swap import OPPOSITE
    from briefdesk.review import Finding

    out = []
    for p_index, party in enumerate(deal.parties):
        for earlier in deal.parties[:p_index]:
            if earlier.actor_id != party.actor_id or OPPOSITE.get(earlier.role) != party.role:
                continue
            who = _name(brief, party.actor_id)
            message = (
                f"{name}: {who} is both the {role_words(earlier.role).lower()} and the "
                f"{role_words(party.role).lower()}: one actor cannot be on both sides"
            )
            out.append(Finding(f"deals[{index}].parties[{p_index}].role", message))
    return out


def _lone_borrower(brief: Brief, deal: Deal, index: int, name: str) -> list[Finding]:
    """A sale's financier is a lender, so a lender alone fits a sale; a borrower with no lender
    in a kind whose sides are not lender and borrower is a slip for its buyer."""
    from briefdesk.model.codes import kind_noun
    from briefdesk.review import Finding

    sides = party_roles(deal.kind)[:2]
    if PartyRole.BORROWER in sides or any(p.role == PartyRole.LENDER for p in deal.parties):
        return []
    first = role_words(sides[0]).lower()
    return [
        Finding(
            f"deals[{index}].parties[{p_index}].role",
            f"{name}: {_name(brief, party.actor_id)} is a borrower, but the "
            f"{kind_noun(deal.kind)} has no lender: the {first}?",
        )
        for p_index, party in enumerate(deal.parties)
        if party.role == PartyRole.BORROWER
    ]


def title_findings(brief: Brief) -> list[Finding]:
    """The title BriefDesk drafted names an actor who is party to no deal (its seller was
    replaced, a side removed): it says something the brief no longer does. A title the user
    wrote is theirs and not read."""
    from briefdesk.review import Finding

    title = brief.header.title
    if not title.strip() or title != brief.drafted.get("header.title"):
        return []
    out = _kind_findings(brief, title)
    parties = {p.actor_id for deal in brief.deals for p in deal.parties}
    if not parties:
        return out
    # A state named only inside a party's own name ("Sri Lanka" in "Sri Lanka Air Force")
    # is that party, not a mention of the state (newcomer22 N22-10).
    rest = _without_names(title, [a for a in brief.actors if a.id in parties])
    return out + [
        Finding(
            "header.title",
            f"the title names {actor.name}, which is party to no deal: retitle the brief",
        )
        for actor in brief.actors
        if actor.id not in parties and actor.type != ActorType.PERSON and names(rest, actor)
    ]


def _without_names(text: str, actors: list[Actor]) -> str:
    """``text`` with the actors' names and capitalised aliases blanked out, longest first."""
    words = {w for a in actors for w in (a.name, *a.aliases) if w.strip() and w[:1].isupper()}
    for word in sorted(words, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", text)
    return text


def _kind_findings(brief: Brief, title: str) -> list[Finding]:
    """The drafted title names a kind of deal ("Loan to Harlow Minerals plc") the brief's main
    deal no longer is (newcomer17 N17-03: the kind was changed to Acquisition, and the export's
    heading, its file name and the library kept the loan)."""
    from briefdesk.model.codes import DealKind, kind_noun
    from briefdesk.review import Finding

    if not brief.deals or brief.deals[0].kind == DealKind.OTHER:
        return []
    main = brief.deals[0].kind
    for kind in DealKind:
        word = "MoU" if kind == DealKind.MOU else str(kind).replace("_", " ")
        said = re.match(rf"{word}\b", title, re.I) or re.search(rf"\s{word}\s+to\s", title, re.I)
        if kind not in (main, DealKind.OTHER) and said:
            return [
                Finding(
                    "header.title",
                    f"the title still as drafted names {_a(kind_noun(kind))}, but the brief's "
                    f"main deal is {_a(kind_noun(main))}: retitle the brief",
                )
            ]
    return []


def _a(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def names(text: str, actor: Actor) -> bool:
    """True when ``text`` holds the actor's name or a capitalised alias as whole words."""
    words = [actor.name, *(a for a in actor.aliases if a[:1].isupper())]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words if w.strip())


def _name(brief: Brief, actor_id: str) -> str:
    actor = brief.actor(actor_id)
    return actor.name if actor is not None else actor_id
