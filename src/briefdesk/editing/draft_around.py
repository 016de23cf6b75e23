"""Draft around this deal: make a chosen deal the brief's main deal in one step (newcomer26
N26-02).

The brief's first deal is its main deal: the title, the BLUF and the export's file name are
made from it. After a draft chose the wrong deal, putting it right took seven actions (accept
the right deal, select it, move it up, clear the BLUF, Ctrl+D, clear the title, Ctrl+D), none
of them pointed to. This moves the chosen deal to the top and makes the title and BLUF from it
again, each only while it is still as BriefDesk drafted it (or empty): words the analyst wrote
are never replaced.
"""

from __future__ import annotations

from briefdesk.editing.edits import Edit, changed_fields
from briefdesk.extract.results import DealSuggestion
from briefdesk.model import Brief, Deal
from briefdesk.model.codes import kind_noun

_FIELDS = (
    ("deals", "deals"),
    ("header.title", "title"),
    ("bluf", "BLUF"),
    ("drafted", "draft marks"),
)


def _as_drafted(brief: Brief, path: str, text: str) -> bool:
    return not text.strip() or brief.drafted.get(path) == text


def around_edits(brief: Brief, index: int) -> list[Edit]:
    """The edits that make ``brief.deals[index]`` the main deal, its title and BLUF following
    while still as drafted; empty when there is no such deal or nothing changes."""
    from briefdesk.editing.bluf_follow import main_deal_bluf
    from briefdesk.editing.deal_follow import made_brief_title
    from briefdesk.editing.draft import calm

    if not 0 <= index < len(brief.deals):
        return []
    work = brief.model_copy(deep=True)
    work.deals.insert(0, work.deals.pop(index))
    drafted = dict(work.drafted)
    title = calm(made_brief_title(work, work.deals[0]))
    if title and _as_drafted(brief, "header.title", brief.header.title):
        work.header.title = title
        drafted["header.title"] = title
    if _as_drafted(brief, "bluf", brief.bluf) and (text := main_deal_bluf(work)):
        work.bluf = text
        drafted["bluf"] = text
    work.drafted = drafted
    return changed_fields(brief, work, _FIELDS)


def around_summary(brief: Brief, edits: list[Edit]) -> str:
    """What Draft around this deal did, for the status bar and the CLI."""
    deal = brief.deals[0] if brief.deals else None
    name = f"“{deal.title}”" if deal is not None and deal.title.strip() else "the deal"
    followed = [e.what for e in edits if e.what in ("title", "BLUF")]
    said = f"; the {' and '.join(followed)} drafted from it" if followed else ""
    kept = [w for w in ("title", "BLUF") if w not in followed]
    if kept:
        said += f" (your {' and '.join(kept)} kept)"
    return f"{name} is now the main deal{said}. Ctrl+Z undoes it."


SHORTCUT = "Ctrl+Alt+M"


def left_note(after: Brief, deal: DealSuggestion) -> str:
    """What a draft that added no deal says of the source's main deal ``deal``: that it stays a
    suggestion only while it is one; once accepted but not first, how to make it the main deal;
    nothing when it leads already or was dismissed (N26-02: "this source's arms sale stays a
    suggestion" right after the user accepted it)."""
    decided = {key for source in after.sources for key in source.dismissed}
    if deal.key not in decided:
        named = kind_noun(deal.kind) if deal.kind != "other" else "deal"
        return f" (the brief already has a deal: this source's {named} stays a suggestion)"
    held = [i for i, d in enumerate(after.deals) if _same(d, deal)]
    if not held or held[0] == 0:
        return ""
    title = after.deals[held[0]].title or "it"
    return (
        f" (the brief's first deal is its main deal: to brief “{title}” instead, select it on"
        f" the Deals tab and use Draft around this deal, {SHORTCUT})"
    )


def _same(deal: Deal, read: DealSuggestion) -> bool:
    """Whether the brief's ``deal`` is the one read as ``read``: the same amount, else item."""
    if deal.value is not None and read.value is not None:
        return deal.value.amount == read.value.amount and deal.value.currency == read.value.currency
    items = {item.designation.casefold() for item in deal.items}
    return bool(read.item) and read.item.casefold() in items
