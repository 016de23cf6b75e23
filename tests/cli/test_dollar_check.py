"""A bare "$" read as US dollars is questioned when a party writes its own dollar as "$"
(newcomer9 N9-22: an Australian release's "$1.2 billion" became USD 1.2 billion, silently)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model import Actor, Brief, Deal, DealParty, Money
from briefdesk.model.codes import ActorType, PartyRole
from briefdesk.model.fileformat import loads
from briefdesk.review import review_brief

CANBERRA = (
    "Australia to buy 129 infantry fighting vehicles\n\n"
    "CANBERRA, 3 March 2026 — Australia signed a contract with South Korea to buy 129 infantry "
    "fighting vehicles in a deal worth $1.2 billion, the Defence Minister, Mark Ellery, said.\n"
)


def _messages(brief: Brief) -> list[str]:
    return [
        f.message for f in review_brief(brief, spelling=False) if "check the currency" in f.message
    ]


def test_an_australian_deal_in_bare_dollars_is_questioned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "canberra.txt"
    article.write_text(CANBERRA, "utf-8")
    path = tmp_path / "ifv.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(article)]) == 0
    assert main(["draft", str(path)]) == 0
    brief = loads(path.read_bytes())
    deal = brief.deals[0]
    # Round 11: an Australian text with no wire credit reads its bare "$" as AUD — still said.
    assert deal.value is not None and (deal.value.currency, deal.value.as_stated) == (
        "AUD",
        "$1.2 billion",
    )
    capsys.readouterr()
    main(["check", str(path)])
    assert "“$1.2 billion” is read as AUD, the dollar of the state the article is about" in (
        capsys.readouterr().out
    )
    # The analyst sets the currency: the question goes.
    assert main(["deals", "edit", str(path), "1", "--value", "A$1.2 billion"]) == 0
    assert _messages(loads(path.read_bytes())) == []


def test_a_bare_dollar_read_as_us_dollars_in_an_australian_brief_is_questioned() -> None:
    brief = _deal_brief("$1.2 billion", "Australia", "AU")
    (message,) = _messages(brief)
    assert "is read as US dollars, but Australia writes its own dollar (AUD)" in message


def _deal_brief(stated: str, state: str, code: str) -> Brief:
    actor = Actor(id="act-1", type=ActorType.STATE, name=state, country=code)
    value = Money(amount=Decimal("1.2e9"), currency="USD", as_stated=stated)
    deal = Deal(
        title="Vehicles", value=value, parties=[DealParty(actor_id="act-1", role=PartyRole.BUYER)]
    )
    return Brief(actors=[actor], deals=[deal])


def test_only_a_bare_dollar_with_a_dollar_state_is_questioned() -> None:
    assert len(_messages(_deal_brief("$1.2 billion", "Canada", "CA"))) == 1
    assert len(_messages(_deal_brief("$1.2 billion", "Singapore", ""))) == 1  # code from the name
    assert _messages(_deal_brief("US$1.2 billion", "Australia", "AU")) == []
    assert _messages(_deal_brief("A$1.2 billion", "Australia", "AU")) == []
    assert _messages(_deal_brief("$1.2 billion", "Poland", "PL")) == []  # no dollar of its own
    assert _messages(_deal_brief("$1.2 billion", "Ecuador", "EC")) == []  # uses the US dollar
    assert _messages(_deal_brief("$1.2 billion", "United States", "US")) == []
