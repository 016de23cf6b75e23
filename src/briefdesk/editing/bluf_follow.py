"""A drafted BLUF follows its main deal's kind, sides and status (round 22, newcomer22 N22-01/03).

The BLUF draft is one sentence made from the main deal. Until round 22 a kind change or *Swap
sides* only traded the names in it, and a status change did nothing: after Grant → Concession
and a swap it read "Senegal is reported to be receiving a grant … from Cabo Verde", and a lease
set to Signed still "has cancelled the lease". So while the BLUF is still as drafted (the user
has not rewritten it) it is made again from the deal as changed, in the same undo step; a BLUF
the user wrote is theirs and left alone (the Checks say when it contradicts the deal's status).
"""

from __future__ import annotations

import re
from typing import Any

from briefdesk.editing.deal_follow import as_suggestion
from briefdesk.editing.edits import Edit
from briefdesk.extract.results import DealSuggestion, MoneySuggestion
from briefdesk.model import Brief, Deal
from briefdesk.model.codes import DealStatus
from briefdesk.model.status_words import status_label


def deal_view(brief: Brief, deal: Deal) -> tuple[DealSuggestion, str]:
    """(the deal as the draft reads a suggestion: kind, item, sides, value, status, quantity
    and its own words; the text of the source those words cite, "" when none)."""
    view = as_suggestion(brief, deal)
    view.status = deal.status
    if deal.items:
        view.quantity = deal.items[0].quantity
    if deal.value is not None:
        view.value = MoneySuggestion(
            deal.value.amount, deal.value.currency, deal.value.as_stated or _stated(deal)
        )
    cited = [s for s in deal.evidence if brief.source(s.source_id) is not None]
    if not cited:
        return view, ""
    source = brief.source(cited[0].source_id)
    text = source.text if source is not None else ""
    view.evidence = [(s.start, s.end) for s in cited if s.source_id == cited[0].source_id]
    return view, text


def _stated(deal: Deal) -> str:
    value = deal.value
    if value is None:
        return ""
    return f"{value.currency} {value.amount:,}".replace(".00", "")


def redrafted_bluf(brief: Brief, index: int, after: Deal, strict: bool = False) -> str | None:
    """The BLUF made from the main deal as ``after`` has it, while the BLUF is still as drafted
    and the change alters the sentence made from the deal; None when it stays as it is. With
    ``strict`` (a swap, whose names can be traded in the text instead) only when the BLUF is
    the very sentence the deal as it was makes (a deal record lacking the value or status
    the draft read would otherwise lose them)."""
    if index != 0 or not brief.bluf.strip() or brief.bluf != brief.drafted.get("bluf"):
        return None
    from briefdesk.editing.draft import bluf_draft
    from briefdesk.editing.source_voice import deal_voice

    before = brief.deals[index]
    made = []
    for deal in (before, after):
        view, text = deal_view(brief, deal)
        made.append(bluf_draft(view, text, deal_voice(brief, deal, view.buyer, view.seller)))
    if not made[1] or made[0] == made[1] or (strict and made[0] != brief.bluf):
        return None
    return made[1] if made[1] != brief.bluf else None


def main_deal_bluf(brief: Brief) -> str:
    """The BLUF made from the brief's main deal as it stands ("" when none can be): what Ctrl+D
    drafts into a BLUF the analyst cleared after changing the deal (newcomer24 N24-05), rather
    than the source's first reading, which may name the side they put right."""
    if not brief.deals:
        return ""
    from briefdesk.editing.draft import bluf_draft
    from briefdesk.editing.source_voice import deal_voice

    deal = brief.deals[0]
    view, text = deal_view(brief, deal)
    return bluf_draft(view, text, deal_voice(brief, deal, view.buyer, view.seller))


def status_follow(brief: Brief, path: str, value: Any) -> tuple[list[Edit], str]:
    """For the deal editor's Status field (and ``deals edit --status``): the status set and the
    BLUF, while still as drafted, made again from the main deal's new status (N22-01: a lease
    set to Signed still "has cancelled the lease"); ([], "") when nothing follows."""
    from briefdesk.editing.deal_swap import drafted_following

    match = re.fullmatch(r"deals\[(\d+)\]\.status", path)
    if match is None or value is None or int(match.group(1)) >= len(brief.deals):
        return [], ""
    index = int(match.group(1))
    deal = brief.deals[index]
    after = deal.model_copy(update={"status": DealStatus(value)})
    bluf = redrafted_bluf(brief, index, after)
    if bluf is None:
        return [], ""
    edits = [Edit(path, DealStatus(value), "status")]
    edits += drafted_following(brief, lambda text: text, bluf)
    said = status_label(deal.kind, value)
    return edits, f"Status set to {said}: the drafted BLUF followed (Ctrl+Z undoes it)."
