"""newcomer8 F2: a deal of the catch-all kind "other" with no item titled the brief and the deal
"Other to Indonesia". The deal is now "Deal with Indonesia" and the brief takes the article's
headline, which says what the deal is."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from briefdesk.editing.accept import deal_title
from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.results import DealSuggestion, Extraction, MoneySuggestion
from briefdesk.model import Brief, Source
from briefdesk.model.codes import DealKind

HEADLINE = "Indonesia signs launch contract with Kazakh firm for weather satellite"
TEXT = (
    f"{HEADLINE}\n\nJAKARTA — Indonesia signed a $95 million contract with Baikonyr Orbital "
    "Systems on Monday to launch a weather satellite in 2028.\n"
)


def _other(**fields: object) -> DealSuggestion:
    value = MoneySuggestion(Decimal("95000000"), "USD", "$95 million")
    return DealSuggestion(kind=DealKind.OTHER, value=value, **fields)  # type: ignore[arg-type]


def _raw(buyer: str = "", seller: str = "") -> SimpleNamespace:
    return SimpleNamespace(item="", kind="other", buyer=buyer, seller=seller)


def test_an_other_deal_is_never_titled_other() -> None:
    assert deal_title(_raw(buyer="Indonesia")) == "Deal with Indonesia"
    assert deal_title(_raw(seller="Shiratori")) == "Deal with Shiratori"
    assert deal_title(_raw()) == "Deal"


def test_the_drafted_title_is_the_headline_not_the_kind() -> None:
    source = Source(id="src-1", text=TEXT)
    brief = Brief(sources=[source])
    extraction = Extraction(deals=[_other(buyer="Indonesia")], source_id="src-1")
    drafted = apply_edits(brief, draft(brief, "src-1", extraction))
    assert drafted.header.title == HEADLINE
    assert drafted.deals[0].title == "Deal with Indonesia"


def test_a_deal_with_an_item_keeps_its_made_title() -> None:
    source = Source(id="src-1", text=TEXT)
    brief = Brief(sources=[source])
    deal = _other(buyer="Indonesia", seller="Baikonyr Orbital Systems", item="weather satellite")
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(deals=[deal])))
    assert drafted.header.title == "Baikonyr Orbital Systems to sell weather satellite to Indonesia"


def test_a_mail_without_a_headline_gives_its_subject() -> None:
    """The sanctions mail (newcomer8 F1) has no headline line: its Subject names it."""
    text = "BRUSSELS — The EU on Monday adopted sanctions on Belarus worth more than €2,000 each.\n"
    source = Source(id="src-1", text=text, title="EU adopts new Belarus sanctions package")
    brief = Brief(sources=[source])
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(deals=[_other(buyer="Belarus")])))
    assert drafted.header.title == "EU adopts new Belarus sanctions package"
