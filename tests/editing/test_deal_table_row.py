"""New deal from selection on a table row reads the row with the table's header (newcomer18
N18-05: a row naming an investor and its partner found no sides, added neither body, and left
its memorandum Reported with no date)."""

from __future__ import annotations

import datetime as dt

from briefdesk.editing.deal_from_text import deal_from_selection
from briefdesk.editing.deal_table_row import table_row
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import DealKind, DealStatus, PartyRole

TABLE = (
    "Three investments were agreed this quarter:\n\n"
    "Project | Investor (country) | Local partner | Value | Status\n"
    "Vung Ro container port | Torvik Holdings (Norway) | Lanh Hai Port Authority | $900 million "
    "| Joint venture signed 6 Nov\n"
    "Quang Tri wind farm | Brask Energi A/S (Denmark) | Ministry of Power | $2.1 billion "
    "| Memorandum of understanding, 21 Sep\n"
    "Ba Ria cable plant | Delmar Cables GmbH | Ministry of Power | $40 million | Proposed\n"
    "\nOfficials expect more.\n"
)
SALES = (
    "Item | Seller | Buyer | Value\nQ-class frigates | Brask Naval AB | Portland | €310 million\n"
)


def _row(text: str, starts: str, brief: Brief | None = None):  # type: ignore[no-untyped-def]
    source = Source(id="src-1", text=text, published=dt.date(2026, 11, 10))
    brief = brief or Brief(sources=[source])
    start = text.index(starts)
    made = deal_from_selection(brief, source, start, text.index("\n", start))
    names = {a.id: a.name for a in [*brief.actors, *made.new_actors]}
    sides = [(names[p.actor_id], p.role) for p in made.deal.parties]
    return made, sides


def test_a_memorandum_row_gives_its_signatories_status_and_date() -> None:
    made, sides = _row(TABLE, "Quang Tri")
    assert made.deal.kind == DealKind.MOU
    assert sides == [
        ("Brask Energi A/S", PartyRole.SIGNATORY),
        ("Ministry of Power", PartyRole.SIGNATORY),
    ]
    countries = {a.name: a.country for a in made.new_actors}
    assert countries == {"Brask Energi A/S": "DK", "Ministry of Power": ""}
    assert made.deal.status == DealStatus.SIGNED
    assert made.deal.dates.signed == dt.date(2026, 9, 21)
    assert made.deal.items[0].designation == "Quang Tri wind farm"
    assert made.missing == []


def test_the_status_cell_names_the_kind() -> None:
    made, sides = _row(TABLE, "Vung Ro")
    assert made.deal.kind == DealKind.JOINT_VENTURE
    assert [name for name, _role in sides] == ["Torvik Holdings", "Lanh Hai Port Authority"]
    assert made.deal.dates.signed == dt.date(2026, 11, 6)


def test_a_body_the_brief_holds_is_reused_and_a_proposal_has_no_signed_date() -> None:
    source = Source(id="src-1", text=TABLE)
    ministry = Actor(name="Ministry of Power")
    brief = Brief(sources=[source], actors=[ministry])
    made, sides = _row(TABLE, "Ba Ria", brief)
    assert ("Ministry of Power", PartyRole.SIGNATORY) in sides
    assert [a.name for a in made.new_actors] == ["Delmar Cables GmbH"]
    assert made.deal.status == DealStatus.PROPOSED and made.deal.dates.signed is None


def test_seller_and_buyer_columns_give_the_sale_sides() -> None:
    _made, sides = _row(SALES, "Q-class")
    assert sides == [("Brask Naval AB", PartyRole.SELLER), ("Portland", PartyRole.BUYER)]


def test_only_a_data_row_under_a_header_is_a_row() -> None:
    assert table_row(TABLE, TABLE.index("Project"), TABLE.index("Status") + 6) is None
    assert table_row(TABLE, 0, 20) is None  # prose
    start = TABLE.index("Quang Tri")
    cells = table_row(TABLE, start, TABLE.index("\n", start))
    assert cells is not None
    assert [c.column for c in cells] == ["item", "signs", "signs", "value", "status"]
