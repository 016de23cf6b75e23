"""A deal's made-up titles follow its sides and its kind (newcomer17 N17-02, N17-03).

A title BriefDesk made from a deal ("Loan from Harlow Minerals plc", the brief's "Loan to
Harlow Minerals plc") says who stands where and what kind of deal it is. After *Swap sides* on a
deal with one side, or a kind changed from Loan to Acquisition, the title kept saying the old
thing, in the export's heading, its file name and the library. So a title still as made follows
(one undo step with the change); a title the user wrote is theirs and left alone. A kind change
also gives each side the new kind's word for it (a loan's borrower is an acquisition's buyer):
the Role list then offered Buyer first while the party stayed "Borrower".
"""

from __future__ import annotations

import re
from typing import Any

from briefdesk.editing.co_parties import sides_of
from briefdesk.editing.deal_payer import giver_pays, payer_turned
from briefdesk.editing.edits import Edit
from briefdesk.extract.results import DealSuggestion
from briefdesk.model import Brief, Deal, DealParty
from briefdesk.model.codes import (
    SIGNED_ALIKE,
    DealKind,
    PartyRole,
    deal_sides,
    kind_noun,
    role_fits,
    role_words,
    slot_names,
)

_KINDS = [kind for kind in DealKind if kind not in (DealKind.OTHER, *SIGNED_ALIKE)]
_RECEIVERS = frozenset(deal_sides(kind)[0] for kind in _KINDS)
_GIVERS = frozenset(deal_sides(kind)[1] for kind in _KINDS)


def mapped_parties(parties: list[DealParty], old: DealKind, kind: DealKind) -> list[DealParty]:
    """The parties with the ``old`` kind's two sides given the new ``kind``'s words for them
    (borrower → buyer, lender → seller, concessionaire → client ...); other roles, and every
    role once the kind is the catch-all, are kept. From the catch-all, a side role the new kind
    does not offer takes the kind's word for that side. Into a kind signed alike (a joint
    venture, a memorandum) every side becomes a signatory; out of one, a signatory stays (which
    side it takes is the user's call: the text of a memorandum seldom says)."""
    if kind == DealKind.OTHER or old == kind:
        return list(parties)
    if kind in SIGNED_ALIKE:  # newcomer18 N18-03: a joint venture kept Seller / Buyer
        sides = set(deal_sides(old))
        return [
            p.model_copy(update={"role": PartyRole.SIGNATORY})
            if p.role in sides or not role_fits(kind, p.role)
            else p
            for p in parties
        ]
    receives, gives = deal_sides(kind)
    was = deal_sides(old) if old not in (DealKind.OTHER, *SIGNED_ALIKE) else None
    out = []
    for party in parties:
        role = party.role
        if was is not None:
            role = receives if role == was[0] else gives if role == was[1] else role
        elif not role_fits(kind, role):
            role = receives if role in _RECEIVERS else gives if role in _GIVERS else role
        out.append(party if role == party.role else party.model_copy(update={"role": role}))
    return out


def kind_change_edits(brief: Brief, index: int, kind: DealKind) -> list[Edit]:
    """The kind set, the sides given the kind's roles, and the deal's and the brief's titles
    while still as made following; [] when the kind is unchanged."""
    deal = brief.deals[index]
    kind = DealKind(kind)
    if kind == deal.kind:
        return []
    edits = [Edit(f"deals[{index}].kind", kind, "kind")]
    parties = mapped_parties(deal.parties, deal.kind, kind)
    if giver_pays(brief, deal):  # "Senegal will pay …": the donor is the concessionaire (N22-03)
        parties = payer_turned(parties, deal.kind, kind)
    if parties != deal.parties:
        edits.append(Edit(f"deals[{index}].parties", parties, "parties"))
    after = deal.model_copy(update={"kind": kind, "parties": parties})
    return edits + titles_following(brief, index, after)


def kind_follow(brief: Brief, path: str, value: Any) -> tuple[list[Edit], str]:
    """For the deal editor's Kind field: (the edits a new kind brings, what the status line
    says of them); ([], "") when only the kind changes."""
    match = re.fullmatch(r"deals\[(\d+)\]\.kind", path)
    if match is None or value is None or int(match.group(1)) >= len(brief.deals):
        return [], ""
    index = int(match.group(1))
    edits = kind_change_edits(brief, index, DealKind(value))
    lacking = _sides_lacking(brief, index, DealKind(value), edits)
    if len(edits) < 2:
        if not lacking:
            return [], ""
        return edits, f"Kind set to {kind_noun(value)}: {lacking} (Ctrl+Z undoes it)."
    said = []
    for edit in edits:
        if edit.what == "parties":
            said += [
                f"{_name(brief, p.actor_id)} now the {role_words(p.role, value).lower()}"
                for p, was in zip(edit.value, brief.deals[index].parties, strict=True)
                if p.role != was.role
            ]
    followed = [e.what for e in edits if e.what in ("deal title", "brief title", "BLUF")]
    if followed:
        said.append(f"{' and '.join(followed)} followed")
    if lacking:
        said.append(lacking)
    return edits, f"Kind set to {kind_noun(value)}: {'; '.join(said)} (Ctrl+Z undoes it)."


def _sides_lacking(brief: Brief, index: int, kind: DealKind, edits: list[Edit]) -> str:
    """What the status line says when the new kind's sides are held by nobody (newcomer20
    N20-02: Other → Procurement left two signatories, and nothing said so); "" otherwise. Which
    signatory buys the text seldom says, so the roles stay the user's call; the Checks list the
    deal until they are set."""
    parties = next((e.value for e in edits if e.what == "parties"), brief.deals[index].parties)
    if kind == DealKind.OTHER or kind in SIGNED_ALIKE or not parties:
        return ""
    if any(p.role != PartyRole.SIGNATORY for p in parties):
        return ""  # a side named, or a guarantor alone: nothing to say of signatories
    receives, gives = deal_sides(kind)
    return (
        f"no party is its {role_words(receives, kind).lower()} or "
        f"{role_words(gives, kind).lower()} yet: set them under Parties, Role"
    )


def role_follow(brief: Brief, path: str, value: Any) -> tuple[list[Edit], str]:
    """For a party's Role field: the role set and, once both sides of a deal drafted as
    "Deal between A and B" are named, the deal's title made from them (newcomer20 N20-02: the
    export kept "Deal between Indonesian Space Agency and Arvelle Launch Services" after buyer
    and seller were set); ([], "") when nothing follows."""
    match = re.fullmatch(r"deals\[(\d+)\]\.parties\[(\d+)\]\.role", path)
    if match is None or value is None or int(match.group(1)) >= len(brief.deals):
        return [], ""
    index, p_index = int(match.group(1)), int(match.group(2))
    deal = brief.deals[index]
    if p_index >= len(deal.parties):
        return [], ""
    parties = list(deal.parties)
    parties[p_index] = parties[p_index].model_copy(update={"role": PartyRole(value)})
    title = between_retitled(brief, deal, parties)
    edits = [Edit(f"{path}", PartyRole(value), "role")]
    if title:
        edits.append(Edit(f"deals[{index}].title", title, "deal title"))
        if index == 0 and brief.header.title == deal.title:
            edits.append(Edit("header.title", title, "brief title"))
    if len(edits) < 2:
        return [], ""
    return edits, f"Deal retitled “{title}” now its sides are named (Ctrl+Z undoes it)."


def between_retitled(brief: Brief, deal: Deal, parties: list[DealParty]) -> str:
    """The title made from ``deal``'s two sides once ``parties`` name both, when its title is
    still "Deal between A and B" with those two; "" otherwise (a title the user wrote)."""
    between = re.fullmatch(r"Deal between (.+) and (.+)", deal.title.strip())
    if between is None:
        return ""
    view = as_suggestion(brief, deal.model_copy(update={"parties": parties}))
    if {view.buyer, view.seller} != set(between.groups()):
        return ""  # both sides not yet named, or by other names
    from briefdesk.editing.accept import deal_title

    title = deal_title(view)
    return title if title != deal.title else ""


def _name(brief: Brief, actor_id: str) -> str:
    actor = brief.actor(actor_id)
    return actor.name if actor is not None else actor_id


def titles_following(brief: Brief, index: int, after: Deal) -> list[Edit]:
    """Edits that give the deal's title, and the brief's title while still as drafted, the
    words ``after`` calls for when they are still the words made from the deal as it was."""
    from briefdesk.editing.bluf_follow import redrafted_bluf
    from briefdesk.editing.deal_swap import drafted_following

    before = brief.deals[index]
    pairs = list(zip(_made_titles(brief, before), _made_titles(brief, after), strict=True))
    edits = []
    title = _follow(before.title, pairs)
    if title != before.title:
        edits.append(Edit(f"deals[{index}].title", title, "deal title"))
    if index == 0:  # the brief is titled after its main deal
        bluf = redrafted_bluf(brief, index, after)  # the BLUF in the new kind's words (N22-03)
        edits += drafted_following(brief, lambda text: _follow(text, pairs), bluf)
    return edits


def _follow(text: str, pairs: list[tuple[str, str]]) -> str:
    for old, new in pairs:
        if old and new and text.strip() == old:
            return new
    return text


def _made_titles(brief: Brief, deal: Deal) -> tuple[str, str]:
    """(the deal title, the brief title) BriefDesk makes from ``deal`` as it stands."""
    from briefdesk.editing.accept import deal_title
    from briefdesk.editing.draft import brief_title
    from briefdesk.editing.source_voice import deal_voice

    view = as_suggestion(brief, deal)
    # Led by the side its source speaks for, as drafted (N17-09).
    return deal_title(view), brief_title(view, deal_voice(brief, deal, view.buyer, view.seller))


def made_brief_title(brief: Brief, deal: Deal) -> str:
    """The brief title BriefDesk makes from ``deal`` as it stands (Draft around this deal)."""
    return _made_titles(brief, deal)[1]


def as_suggestion(brief: Brief, deal: Deal) -> DealSuggestion:
    """The deal's kind, first item and the names on its two sides (the first in each slot, the
    others as co-parties), as a title is made from."""
    named = []
    for party in deal.parties:
        actor = brief.actor(party.actor_id)
        if actor is not None:
            named.append((str(party.role), actor.name))
    buyer, seller = slot_names(deal.kind, named)
    buyers, sellers = sides_of(deal.kind, named)  # co-lenders too: "A and B loan to X" (N19-02)
    return DealSuggestion(
        kind=deal.kind,
        item=deal.items[0].designation if deal.items else "",
        buyer=buyer,
        seller=seller,
        more_buyers=[n for n in buyers if n != buyer],
        more_sellers=[n for n in sellers if n != seller],
    )
