"""Every change of a deal's parties carries the drafted words along (newcomer24 N24-05, N24-12).

Adding a party and *Use as deal seller* already moved the deal's title and the brief's drafted
title and BLUF; picking another actor in a party's Actor list, or removing a party, did not: a
takeover fixed by hand still read "Varenne Mobility has agreed to buy a stake from the Czech
Republic", and the status line kept the previous change's "BLUF followed", so it looked done.
Here one function serves them all: the parties set, the titles made from the deal and a BLUF
still as drafted made again from the deal as changed (or, when the BLUF was not made from this
deal, the old name traded for the new), all in one undo step. Words the analyst typed are
theirs, kept; the status line then says plainly that they still name the old actor and how to
have them drafted again.
"""

from __future__ import annotations

import re
from typing import Any

from briefdesk.definite import with_the
from briefdesk.editing.deal_swap import drafted_following
from briefdesk.editing.edits import Edit, apply_edits
from briefdesk.model import Brief, Deal, DealParty

REDRAFT_HOW = "clear it and press Ctrl+D to draft it again from the deal"


def party_change_edits(
    brief: Brief, index: int, parties: list[DealParty], old_id: str = "", new_id: str = ""
) -> list[Edit]:
    """The parties of deal ``index`` set to ``parties``, the deal's title and the brief's title
    and BLUF while still as made following; ``old_id`` → ``new_id`` names the actor one party
    changed to (a removal gives only ``old_id``)."""
    from briefdesk.editing.bluf_follow import redrafted_bluf
    from briefdesk.editing.deal_follow import _follow, _made_titles

    deal = brief.deals[index]
    after = deal.model_copy(update={"parties": parties})
    edits = [Edit(f"deals[{index}].parties", parties, "parties")]
    pairs = list(zip(_made_titles(brief, deal), _made_titles(brief, after), strict=True))
    old, new = _name(brief, old_id), _name(brief, new_id)

    def change(text: str) -> str:
        moved = _follow(text, pairs)
        return moved if moved != text else rename(text, old, new)

    title = change(deal.title)
    if title != deal.title:
        edits.append(Edit(f"deals[{index}].title", title, "deal title"))
    # The draft's own sentence keeps its detail when only a name changes ("four Korkut
    # systems"); a removed party, or a name it does not say, has the sentence made again.
    bluf = (
        None if rename(brief.bluf, old, new) != brief.bluf else redrafted_bluf(brief, index, after)
    )
    return edits + drafted_following(brief, change, bluf)


def party_change_said(before: Brief, after: Brief, index: int, old_id: str, new_id: str) -> str:
    """What the status line says of a party change: who now stands where, what followed, and
    which words the analyst wrote still name the old actor (kept, and how to redraft them)."""
    deal = after.deals[index]
    old, new = _name(before, old_id), _name(after, new_id)
    name = deal.title.strip() or "the deal"
    said = [f"{new} in place of {old} in “{name}”" if new else f"{old} removed from “{name}”"]
    followed = [
        what
        for what, path in (("deal title", "title"), ("title", "header.title"), ("BLUF", "bluf"))
        if _get(before, index, path) != _get(after, index, path)
    ]
    if followed:
        said.append(f"the {' and the '.join(followed)} followed")
    if old and not _is_party(after, old_id):
        for what, path in (("title", "header.title"), ("BLUF", "bluf")):
            text = _get(after, index, path)
            if names(text, old):
                mine = text != after.drafted.get(path)
                who = "you wrote" if mine else "drafted"
                said.append(
                    f"the {what} {who} still names {old}: not changed ({REDRAFT_HOW})"
                    if what == "BLUF"
                    else f"the {what} {who} still names {old}: not changed"
                )
    return "; ".join(said) + " (Ctrl+Z undoes it)."


def actor_follow(brief: Brief, path: str, value: Any) -> tuple[list[Edit], str]:
    """For a party's Actor list: the actor set with the drafted words following and a status
    line that says so, or says what was kept; ([], "") when nothing changes."""
    match = re.fullmatch(r"deals\[(\d+)\]\.parties\[(\d+)\]\.actor_id", path)
    if match is None or not value or int(match.group(1)) >= len(brief.deals):
        return [], ""
    index, p_index = int(match.group(1)), int(match.group(2))
    deal = brief.deals[index]
    if p_index >= len(deal.parties) or deal.parties[p_index].actor_id == value:
        return [], ""
    old_id = deal.parties[p_index].actor_id
    parties = list(deal.parties)
    parties[p_index] = parties[p_index].model_copy(update={"actor_id": value})
    edits = party_change_edits(brief, index, parties, old_id, str(value))
    after = apply_edits(brief, edits)
    return edits, party_change_said(brief, after, index, old_id, str(value))


def removal_edits(brief: Brief, list_path: str, p_index: int) -> tuple[list[Edit], str]:
    """Party ``p_index`` of the deal whose parties ``list_path`` ("deals[0].parties") lists
    removed, the drafted words following, and what the status line says of it."""
    match = re.fullmatch(r"deals\[(\d+)\]\.parties", list_path)
    if match is None:
        raise ValueError(f"not a deal's parties: {list_path!r}")
    index = int(match.group(1))
    deal = brief.deals[index]
    old_id = deal.parties[p_index].actor_id
    parties = [p for i, p in enumerate(deal.parties) if i != p_index]
    edits = party_change_edits(brief, index, parties, old_id)
    after = apply_edits(brief, edits)
    return edits, party_change_said(brief, after, index, old_id, "")


def rename(text: str, old: str, new: str) -> str:
    """``old`` (whole words, with its "the") replaced by ``new`` with the article it takes;
    ``text`` as it is when either is empty."""
    if not old.strip() or not new.strip() or old == new:
        return text
    pattern = re.compile(rf"(?<!\w)(?:([Tt]he)\s+)?{re.escape(old)}(?!\w)")

    def put(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return new
        return with_the(new, start=match.group(1) == "The")

    return pattern.sub(put, text)


def names(text: str, name: str) -> bool:
    """True when ``text`` names ``name`` as whole words."""
    return bool(name.strip()) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _is_party(brief: Brief, actor_id: str) -> bool:
    return any(p.actor_id == actor_id for d in brief.deals for p in d.parties)


def _name(brief: Brief, actor_id: str) -> str:
    actor = brief.actor(actor_id) if actor_id else None
    return actor.name if actor is not None else ""


def _get(brief: Brief, index: int, path: str) -> str:
    if path == "title":
        deal: Deal = brief.deals[index]
        return deal.title
    return brief.header.title if path == "header.title" else brief.bluf
