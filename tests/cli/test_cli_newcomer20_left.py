"""Round 21, newcomer20's leftovers through the command line (N20-12, N20-14): the follow-up
brief drafted with the desk's library, and the export read back with python-docx. Made-up
texts and briefs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from briefdesk.cli.main import main
from briefdesk.extractrun import shutdown
from briefdesk.model import Actor, Brief, Deal, DealParty, Money, Source
from briefdesk.model.codes import ActorType, PartyRole
from briefdesk.store import open_brief
from tests.library.factory import write_brief


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)
    yield
    shutdown()


def _desk_brief() -> Brief:
    agency = Actor(
        name="Kelvorian Space Agency", aliases=["KSA"], type=ActorType.ORGANIZATION, country="EE"
    )
    company = Actor(
        name="Ostmark Launch Services", aliases=["Ostmark"], type=ActorType.ORGANIZATION
    )
    deal = Deal(
        title="Launch contract",
        parties=[
            DealParty(actor_id=agency.id, role=PartyRole.BUYER),
            DealParty(actor_id=company.id, role=PartyRole.SELLER),
        ],
    )
    return Brief(actors=[agency, company], deals=[deal])


WIRE = (
    "Ostmark to launch Kelvorian relay satellite\n\n"
    "TARVO, 1 December 2026 — KSA has chosen Ostmark for a second launch, a data-relay "
    "satellite for 2029, chairman Tomas Varga said on Monday. The value was not given.\n"
)


def test_the_follow_up_draft_reuses_the_desks_actors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_brief(tmp_path / "desk", _desk_brief(), "launch.brief")
    assert main(["library", "index", "--folder", str(tmp_path / "desk")]) == 0
    wire = tmp_path / "wire.txt"
    wire.write_text(WIRE, "utf-8")
    path = tmp_path / "follow.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(wire)]) == 0
    capsys.readouterr()
    assert main(["draft", str(path)]) == 0
    said = capsys.readouterr().out
    assert "no deal found" not in said and "a BLUF draft" in said
    brief = open_brief(path).brief
    names = {a.id: a.name for a in brief.actors}
    assert "KSA" not in names.values()
    [deal] = brief.deals
    sides = {p.role: names[p.actor_id] for p in deal.parties}
    assert sides == {
        PartyRole.BUYER: "Kelvorian Space Agency",
        PartyRole.SELLER: "Ostmark Launch Services",
    }
    assert brief.bluf == "The Kelvorian Space Agency has chosen Ostmark Launch Services."


NAVY = (
    "Kelvoria cancels submarine refit\n\n"
    "TARVO, 25 November 2026 — Kelvoria's Ministry of Defence has cancelled a EUR 74 million "
    "contract with Ostmark Werft for the refit of two submarines. Kelvoria raised €141.5 "
    "million in all, and spent $300 million before.\n\n"
    "The commander of the Kelvorian Navy, Admiral Tomas Varga Ruiz, warned that the boats would "
    "stay in port.\n"
)


def _cells(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [cell.text for table in document.tables for row in table.rows for cell in row.cells]


@pytest.mark.parametrize(
    ("stated", "amount", "quoted"),
    [
        ("€150 million", "150000000", False),  # typed in the window: no source holds it
        ("€141.5 million", "141500000", False),  # a source's, but says what the value says
        ("$300 million", "300000000", True),  # a source's, and "$" may be another dollar
    ],
)
def test_the_export_quotes_only_a_sources_words_that_say_more(
    tmp_path: Path, stated: str, amount: str, quoted: bool
) -> None:
    source = Source(text=NAVY, title="Refit", published=dt.date(2026, 11, 25))
    brief = Brief(sources=[source])
    path = write_brief(tmp_path, brief, "navy.brief")
    assert main(["draft", str(path)]) == 0
    brief = open_brief(path).brief
    currency = "USD" if stated.startswith("$") else "EUR"
    brief.deals[0].value = Money(amount=Decimal(amount), currency=currency, as_stated=stated)
    write_brief(tmp_path, brief, "navy.brief")
    out = tmp_path / "navy.docx"
    assert main(["export", str(path), "-o", str(out), "--allow-contradictions"]) == 0
    text = " ".join(_cells(out)).replace("\u00a0", " ")
    assert (f"(stated as “{stated}”)" in text) is quoted


def test_the_export_keeps_the_rank_and_the_post_as_written(tmp_path: Path) -> None:
    source = Source(text=NAVY, title="Refit", published=dt.date(2026, 11, 25))
    path = write_brief(tmp_path, Brief(sources=[source]), "navy.brief")
    assert main(["draft", str(path)]) == 0
    out = tmp_path / "navy.docx"
    assert main(["export", str(path), "-o", str(out), "--allow-contradictions"]) == 0
    cells = [c.replace("\u00a0", " ") for c in _cells(out)]
    assert "Admiral, commander of the Kelvorian Navy" in cells
    assert not any(c.startswith("Commander, Kelvorian Navy") for c in cells)
