"""A deal's name in the Standard note says which deal it is (newcomer15 N15-19): two deals of
one kind whose titles only repeat their items were both "Construction / EPC contract", and a
note under the table could not say which; and "EUR 241.6 million (stated as “EUR
241,600,000”)" printed one number twice."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from briefdesk.export.context import build_context
from briefdesk.export.house import same_figure
from briefdesk.export.render import export_docx
from briefdesk.model import Brief, Deal, DealItem, Header, Money
from briefdesk.model.codes import DealKind
from tests.docx_text import docx_text


def _line(title: str, item: str, note: str = "", stated: str = "") -> Deal:
    value = Money(amount=Decimal("241600000"), currency="EUR", as_stated=stated) if stated else None
    return Deal(
        kind=DealKind.CONSTRUCTION,
        title=title,
        items=[DealItem(designation=item)],
        value=value,
        note=note,
    )


def _brief() -> Brief:
    deals = [
        _line("Bui–Kumasi line", "Bui–Kumasi 330 kV transmission line", "Five tenders.",
              "EUR 241,600,000"),
        _line("Tamale substation", "Tamale 330 kV substation", "Two tenders."),
    ]  # fmt: skip
    return Brief(header=Header(title="Grid"), deals=deals)


def test_two_deals_that_would_share_a_name_are_told_by_their_titles(tmp_path: Path) -> None:
    names = [d["name"] for d in build_context(_brief())["deals"]]
    assert names == [
        "Construction / EPC contract: Bui–Kumasi line",
        "Construction / EPC contract: Tamale substation",
    ]
    text = " ".join(docx_text(export_docx(_brief(), "standard", tmp_path / "s.docx")).split())
    assert "Note on Construction / EPC contract: Bui–Kumasi line: Five tenders." in text
    assert "Note on Construction / EPC contract: Tamale substation: Two tenders." in text


def test_one_deal_titled_by_briefdesk_keeps_its_short_name() -> None:
    brief = _brief()
    deal = brief.deals[0].model_copy(update={"title": "Bui–Kumasi 330 kV transmission line"})
    brief = brief.model_copy(update={"deals": [deal]})
    assert build_context(brief)["deals"][0]["name"] == "Construction / EPC contract"


def test_a_typed_title_is_printed_by_one_rule_for_every_kind() -> None:
    """newcomer16 N16-13: "Port of Mareno container terminal concession" printed nowhere (its
    words were in the parties and the item) while a sanctions title printed."""
    from briefdesk.model import Actor, DealParty
    from briefdesk.model.codes import ActorType, PartyRole

    grantor = Actor(name="Tirelian Ports Authority", type=ActorType.ORGANIZATION)
    holder = Actor(name="Mareno Gateway Terminals Ltd", type=ActorType.ORGANIZATION)
    parties = [
        DealParty(actor_id=grantor.id, role=PartyRole.GRANTOR),
        DealParty(actor_id=holder.id, role=PartyRole.CONCESSIONAIRE),
    ]
    typed = "Port of Mareno container terminal concession"
    for kind, label in (
        (DealKind.CONCESSION, "Concession / licence"),
        (DealKind.SANCTIONS, "Sanctions"),
        (DealKind.LOAN, "Loan / credit"),
    ):
        deal = Deal(kind=kind, title=typed, items=[DealItem(designation="container terminal")])
        brief = Brief(header=Header(title="Port"), actors=[grantor, holder], deals=[deal])
        assert build_context(brief)["deals"][0]["name"] == f"{label}: {typed}"
    made = Deal(kind=DealKind.CONCESSION, title="Concession to Mareno Gateway Terminals Ltd",
                parties=parties)  # fmt: skip
    brief = Brief(header=Header(title="Port"), actors=[grantor, holder], deals=[made])
    assert build_context(brief)["deals"][0]["name"] == "Concession / licence"


def test_the_stated_figure_is_not_repeated() -> None:
    value = build_context(_brief())["deals"][0]["value"]
    assert value["text"] == "EUR 241.6 million"
    assert same_figure("US$95 000 000", Decimal(95_000_000))
    assert not same_figure("€241.6 million", Decimal(241_600_000))
    assert not same_figure("EUR 241,600,000 (excluding VAT)", Decimal(241_600_000))
    assert not same_figure("EUR 241,600,001", Decimal(241_600_000))
