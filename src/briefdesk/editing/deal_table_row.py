"""A deal from one selected row of a table, read with the table's header row (newcomer18 N18-05).

An embassy note listed investments in a table ("Binh Dinh offshore wind farm | Nordvind A/S
(Denmark) | Ministry of Industry and Trade | $2.1 billion | Memorandum of understanding, 21
Sep"); New deal from selection on that row found no sides, added neither body, and left the
memorandum Reported with no date. A row names its bodies bare, with no verb or "with" to tell a
side by: the header does ("Investor (country)", "Vietnamese partner"). Imported tables are rows
of cells joined by " | " (sources/), the header the first row of the block. Each header cell's
words (``column`` in ``resources/english/deal_selection_words.tsv``) say what its column holds:
a side (a seller's or buyer's words give the kind's side; an investor and its partner sign
alike), or the status and date, which come from the row's own cell ("Memorandum of
understanding, 21 Sep": an agreement dated is signed that day).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefdesk.editing.deal_text_cues import GIVES, RECEIVES, SIGNS, hits
from briefdesk.editing.linking import find_actor
from briefdesk.extract.date_names import is_whole_date
from briefdesk.model import Actor, Brief, DealDates, DealItem, DealParty, Source, Span
from briefdesk.model.codes import (
    SIGNED_ALIKE,
    ActorType,
    DealKind,
    DealStatus,
    PartyRole,
    deal_sides,
)

_SEP = " | "
_OWN_COUNTRY = re.compile(r"\s*\(([^()]{2,40})\)\s*$")  # "Nordvind A/S (Denmark)"


@dataclass(frozen=True)
class Cell:
    """One cell of the selected row: what its column holds (a ``column`` value from the word
    list, "" when the header does not say), its words and where they start in the source."""

    column: str
    text: str
    start: int


@dataclass
class RowDeal:
    """What the row gives a deal: its parties (new actors first added), status and dates."""

    parties: list[DealParty]
    new_actors: list[Actor]
    status: DealStatus | None
    dates: DealDates
    items: list[DealItem]


def row_kind(text: str, start: int, end: int) -> DealKind | None:
    """The kind the selected row's status cell names ("Joint venture signed 6 Nov"): what the
    deal is, where a project's name ("Cai Mep LNG import terminal") only says what it is for."""
    for cell in table_row(text, start, end) or []:
        said = sorted(hits("kind", cell.text), key=lambda hit: hit[1].start())
        if cell.column == "status" and said:
            return DealKind(said[0][0])
    return None


def from_row(brief: Brief, source: Source, start: int, end: int, kind: DealKind) -> RowDeal | None:
    """What the selected table row gives the deal, or None when no row is selected."""
    cells = table_row(source.text, start, end)
    return row_deal(brief, source, cells, kind) if cells is not None else None


def table_row(text: str, start: int, end: int) -> list[Cell] | None:
    """The cells of the one table row the selection lies in, each with its column's meaning
    from the header row; None when the selection is not inside one data row of a table."""
    chosen = text[start:end]
    lead = len(chosen) - len(chosen.lstrip())
    if not chosen.strip() or "\n" in chosen.strip():
        return None
    line_start = text.rfind("\n", 0, start + lead) + 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    width = text[line_start:line_end].count(_SEP)
    if width < 2:
        return None
    header_start = line_start
    while header_start > 0:
        above = text.rfind("\n", 0, header_start - 1) + 1
        if text[above : header_start - 1].count(_SEP) != width:
            break
        header_start = above
    if header_start == line_start:
        return None  # the header row itself, or no header above
    header = text[header_start : text.find("\n", header_start)].split(_SEP)
    cells, at = [], line_start
    for head, words in zip(header, text[line_start:line_end].split(_SEP), strict=True):
        said = sorted(hits("column", head), key=lambda hit: hit[1].start())
        cells.append(Cell(said[0][0] if said else "", words, at))
        at += len(words) + len(_SEP)
    return cells


def row_deal(brief: Brief, source: Source, cells: list[Cell], kind: DealKind) -> RowDeal:
    """The parties the row's side columns name (a body the brief lacks is a new actor, its
    country from the brackets after its name), and the status and date its status cell says."""
    receives, gives = deal_sides(kind)
    role_of = {GIVES: gives, RECEIVES: receives, SIGNS: PartyRole.SIGNATORY}
    parties: list[DealParty] = []
    new: list[Actor] = []
    for cell in cells:
        if cell.column not in role_of:
            continue
        actor_id = _actor_id(brief, source, cell, new)
        if actor_id is None or any(p.actor_id == actor_id for p in parties):
            continue
        role = PartyRole.SIGNATORY if kind in SIGNED_ALIKE else role_of[cell.column]
        parties.append(DealParty(actor_id=actor_id, role=role))
    status, day = _status(cells, kind, source.published)
    signed = status == DealStatus.SIGNED
    dates = DealDates(signed=day if signed else None, announced=None if signed else day)
    items = [  # the first column that names the project or item
        DealItem(designation=words, evidence=[_span(source, cell.start, words)])
        for cell in cells
        if cell.column == "item" and (words := cell.text.strip())
    ][:1]
    return RowDeal(parties, new, status, dates, items)


def _span(source: Source, near: int, words: str) -> Span:
    at = source.text.find(words, near)
    return Span(source_id=source.id, start=at, end=at + len(words), quote=words)


def _actor_id(brief: Brief, source: Source, cell: Cell, new: list[Actor]) -> str | None:
    from briefdesk.world import world

    words = cell.text.strip()
    bracket = _OWN_COUNTRY.search(words)
    name = words[: bracket.start()].strip() if bracket else words
    if len(name) < 2 or is_whole_date(name) or not any(c.isupper() for c in name):
        return None  # "16 October", "n/a", "-": no body
    found = find_actor(brief, name)
    if found is not None:
        return brief.actors[found].id
    twin = next((a for a in new if a.name == name), None)
    if twin is not None:
        return twin.id
    state = world().code_of(name) or ""
    own = (world().code_of(bracket.group(1)) if bracket else "") or ""
    actor = Actor(
        name=name,
        type=ActorType.STATE if state else ActorType.ORGANIZATION,
        country=state or own,
        evidence=[_span(source, cell.start, name)],
    )
    new.append(actor)
    return actor.id


def _status(
    cells: list[Cell], kind: DealKind, published: dt.date | None
) -> tuple[DealStatus | None, dt.date | None]:
    """The status cell's status word (else signed, for an agreement it dates) and its date."""
    from briefdesk.extract.dates import find_dates

    for cell in cells:
        if cell.column not in ("status", "date"):
            continue
        said = sorted(hits("status", cell.text), key=lambda hit: hit[1].start())
        found = find_dates(cell.text, published)  # "21 Sep" has no day without a year known
        days = [d.resolved for d in found if d.precision == "day"]
        day = days[0] if days else None
        status = DealStatus(said[0][0]) if said else None
        if status is None and found and kind in SIGNED_ALIKE:
            status = DealStatus.SIGNED  # "Memorandum of understanding, 21 Sep"
        if status is not None or found:
            return status, day
    return None, None
