"""Swap the two sides of a deal: buyer ⇄ seller, lender ⇄ borrower, grantor ⇄ concessionaire,
payer ⇄ payee, imposing party ⇄ target (newcomer14 N14-34).

A draft that read a deal backwards ("Kenya lends to Sahel Ports Group") cost about fifteen
mouse actions to put right, party by party; one command turns every side role into its
opposite and leaves the other roles (signatory, guarantor, intermediary) as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.editing.edits import Edit
from briefdesk.model import Brief, Deal, DealParty
from briefdesk.model.codes import SIGNED_ALIKE, DealKind, PartyRole, party_roles, role_words


def _opposites() -> dict[PartyRole, PartyRole]:
    """Each kind's two sides (the first two roles it offers) as opposites: read from the model,
    so a kind added later (a works contract's client and contractor) swaps too."""
    pairs = {
        tuple(party_roles(kind)[:2])
        for kind in DealKind
        if kind != DealKind.OTHER and kind not in SIGNED_ALIKE  # signatories sign alike
    }
    return {**{a: b for a, b in pairs}, **{b: a for a, b in pairs}}


OPPOSITE: dict[PartyRole, PartyRole] = _opposites()


def swapped_parties(deal: Deal) -> list[DealParty] | None:
    """The deal's parties with every side role turned over; None when no party has a side."""
    if not any(p.role in OPPOSITE for p in deal.parties):
        return None
    return [p.model_copy(update={"role": OPPOSITE.get(p.role, p.role)}) for p in deal.parties]


def swap_summary(brief: Brief, parties: list[DealParty], kind: DealKind | None = None) -> str:
    """“Hanseong is now the lender, Litio Pocitos the borrower” for the status line."""
    said = []
    for party in parties:
        if party.role in OPPOSITE:
            actor = brief.actor(party.actor_id)
            name = actor.name if actor is not None else party.actor_id
            said.append(f"{name} the {role_words(party.role, kind).lower()}")
    return ", ".join(said)


def swap_edits(brief: Brief, index: int) -> list[Edit]:
    """The parties turned over and, with one actor on each side, the deal's title and the
    brief's title and BLUF while still as drafted following them ("Kenya loan to Sahel Ports
    Group" → "Sahel Ports Group loan to Kenya"); what the user rewrote is theirs, left alone."""
    deal = brief.deals[index]
    parties = swapped_parties(deal)
    if parties is None:
        return []
    edits = [Edit(f"deals[{index}].parties", parties, "parties")]
    sides = [p for p in deal.parties if p.role in OPPOSITE]
    names = [brief.actor(p.actor_id) for p in sides]
    if len(sides) != 2 or sides[0].role != OPPOSITE[sides[1].role] or None in names:
        # One side ("Loan from X" → "Loan to X"): the titles made from the deal follow
        # (newcomer17 N17-02: the deal and the export kept "Loan from Harlow Minerals plc").
        from briefdesk.editing.deal_follow import titles_following

        return edits + titles_following(brief, index, deal.model_copy(update={"parties": parties}))
    first, second = (a.name for a in names if a is not None)
    title = swap_names(deal.title, first, second)
    if title != deal.title:
        edits.append(Edit(f"deals[{index}].title", title, "deal title"))
    # The brief's title and BLUF while still as drafted (newcomer16 N16-03: the title stayed);
    # the BLUF made again from the swapped deal, so its verb follows too (N22-03).
    from briefdesk.editing.bluf_follow import redrafted_bluf

    after = deal.model_copy(update={"parties": parties})
    bluf = redrafted_bluf(brief, index, after, strict=True)
    return edits + drafted_following(brief, lambda text: swap_names(text, first, second), bluf)


def drafted_following(
    brief: Brief, change: Callable[[str], str], bluf: str | None = None
) -> list[Edit]:
    """Edits that pass the brief's title and BLUF through ``change`` while they are still as
    drafted (what the user rewrote is theirs), with the draft marks moved along; [] if none.
    A ``bluf`` given (the BLUF made again from the changed deal) replaces the drafted BLUF."""
    edits: list[Edit] = []
    marks = dict(brief.drafted)
    for path, current, what in (
        ("header.title", brief.header.title, "brief title"),
        ("bluf", brief.bluf, "BLUF"),
    ):
        if current.strip() and current == brief.drafted.get(path):
            changed = bluf if path == "bluf" and bluf is not None else change(current)
            if changed != current:
                edits.append(Edit(path, changed, what))
                marks[path] = changed
    if marks != brief.drafted:
        edits.append(Edit("drafted", marks, "draft marks"))
    return edits


def swap_names(text: str, first: str, second: str) -> str:
    """``first`` and ``second`` trade places wherever ``text`` names them (whole words)."""
    if not first or not second or first == second:
        return text
    pattern = re.compile(rf"(?<!\w)(?:{re.escape(first)}|{re.escape(second)})(?!\w)")
    return pattern.sub(lambda m: second if m.group(0) == first else first, text)
