"""newcomer21 N21-02 and N21-07: a lease, charter or barter is drafted in its own verb, not as
a purchase; an item-less deal's title names every party on a side. Made-up sentences only."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.accept import deal_title
from briefdesk.editing.deal_act import own_act
from briefdesk.editing.deal_follow import kind_change_edits
from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.editing.draft import brief_title, draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.results import DealSuggestion, Extraction, MoneySuggestion
from briefdesk.model import Brief, Source
from briefdesk.model.codes import DealKind

LEASE = (
    "Velmora leases jets\n\n"
    "The Velmoran Navy has signed a deal to lease three Corvid C-9 patrol jets from Brightwing "
    "Leasing for eight years, with an option to buy them in 2034. The deal is worth EUR 75 "
    "million.\n"
)


def _deal(text: str, words: str, kind: str = "other", **fields: object) -> DealSuggestion:
    start = text.index(words)
    value = MoneySuggestion(Decimal("75000000"), "EUR", "EUR 75 million")
    return DealSuggestion(
        kind=kind,  # type: ignore[arg-type]
        value=value,
        status="signed",  # type: ignore[arg-type]
        evidence=[(start, start + len(words))],
        **fields,  # type: ignore[arg-type]
    )


def _lease(text: str = LEASE, words: str = "", **fields: object) -> DealSuggestion:
    sides = {"buyer": "Velmoran Navy", "seller": "Brightwing Leasing", **fields}
    return _deal(
        text,
        words or text.split("\n")[2].split(". ")[0],
        item="Corvid C-9 patrol jets",
        quantity=3,
        **sides,
    )


def test_a_lease_is_drafted_as_a_lease_from_its_lessor() -> None:
    deal = _lease()
    assert own_act(deal, LEASE) == "lease"
    assert deal_sentence(deal, LEASE) == (
        "The Velmoran Navy has signed a deal to lease three Corvid C-9 patrol jets from "
        "Brightwing Leasing for EUR 75 million."
    )
    assert brief_title(deal, act="lease") == (
        "Velmoran Navy to lease Corvid C-9 patrol jets from Brightwing Leasing"
    )


def test_the_drafted_brief_says_lease_in_its_title_and_bluf() -> None:
    brief = Brief(sources=[Source(id="src-1", text=LEASE)])
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(deals=[_lease()])))
    assert drafted.header.title == (
        "Velmoran Navy to lease Corvid C-9 patrol jets from Brightwing Leasing"
    )
    assert "has signed a deal to lease three" in drafted.bluf
    assert "buy" not in drafted.bluf and "sell" not in drafted.header.title


def test_a_lessor_named_leasing_does_not_make_a_sale_a_lease() -> None:
    text = "The Velmoran Navy bought three Corvid C-9 patrol jets from Brightwing Leasing.\n"
    deal = _lease(text, text.strip())
    assert own_act(deal, text) == ""
    assert "signed a deal to sell three" in deal_sentence(deal, text)


def test_leaseback_an_option_to_lease_and_a_leasing_firm_are_no_lease() -> None:
    for text in (
        "Orlan Air sold four jets to Brightwing for EUR 75 million and will lease them back.\n",
        "Orlan Air will buy four jets, with an option to lease two more, for EUR 75 million.\n",
        "The leasing company Brightwing agreed to sell four jets for EUR 75 million.\n",
    ):
        deal = _deal(text, text.strip(), buyer="Orlan Air", item="jets")
        assert own_act(deal, text) == "", text


def test_a_concession_lease_keeps_its_own_sentence() -> None:
    text = "Korvia signed a lease for the Delta 4 block with Maren Oil.\n"
    deal = _deal(text, text.strip(), kind="concession", seller="Korvia", buyer="Maren Oil")
    assert own_act(deal, text) == ""


def test_a_charter_is_drafted_as_a_charter() -> None:
    text = "Kestova Grain has chartered two bulk carriers from Ostmar Shipping for a year.\n"
    deal = _deal(
        text,
        text.strip(),
        buyer="Kestova Grain",
        seller="Ostmar Shipping",
        item="bulk carriers",
        quantity=2,
    )
    assert deal_sentence(deal, text) == (
        "Kestova Grain has signed a deal to charter two bulk carriers from Ostmar Shipping for "
        "EUR 75 million."
    )
    flights = "Ostmar Air sold two charter flights' worth of seats to Kestova Tours.\n"
    assert own_act(_deal(flights, flights.strip(), buyer="Kestova Tours"), flights) == ""


BARTER = (
    "Dravia signs barter\n\n"
    "Dravia Grain Board signed a barter agreement with Pellon Chemicals under which it will "
    "deliver wheat in exchange for potash. The exchange is valued at about EUR 75 million.\n"
)


def test_a_barter_is_a_barter_agreement_read_from_the_sentence_naming_both() -> None:
    deal = _deal(
        BARTER,
        "The exchange is valued at about EUR 75 million.",
        kind="trade_agreement",
        seller="Dravia Grain Board",
        buyer="Pellon Chemicals",
    )
    assert own_act(deal, BARTER) == "barter"
    assert deal_sentence(deal, BARTER) == (
        "Dravia Grain Board and Pellon Chemicals have signed a barter agreement worth "
        "EUR 75 million."
    )
    assert brief_title(deal, act="barter") == (
        "Barter agreement between Dravia Grain Board and Pellon Chemicals"
    )
    plain = BARTER.replace("a barter agreement", "a trade agreement").replace("barter", "pact")
    assert own_act(deal, plain) == ""
    assert "signed a trade agreement" in deal_sentence(deal, plain)


def test_a_sale_sentence_is_not_overruled_by_another_sentence_naming_both() -> None:
    text = (
        "Orlan Air leased jets from Brightwing in 2019. Orlan Air has now bought four jets from "
        "Brightwing for EUR 75 million.\n"
    )
    words = "Orlan Air has now bought four jets from Brightwing for EUR 75 million."
    deal = _deal(text, words, buyer="Orlan Air", seller="Brightwing", item="jets")
    assert own_act(deal, text) == ""


def test_an_item_less_title_names_every_party_on_the_side() -> None:
    deal = DealSuggestion(
        kind="acquisition",  # type: ignore[arg-type]
        buyer="Granite Ridge Partners",
        more_buyers=["Baltic Harbour Pension"],
        seller="Norrvik Kraft",
    )
    assert deal_title(deal) == "Acquisition by Granite Ridge Partners and Baltic Harbour Pension"
    other = DealSuggestion(
        kind="other", buyer="Granite Ridge Partners", more_buyers=["Baltic Harbour Pension"]
    )  # type: ignore[arg-type]
    assert deal_title(other) == "Deal with Granite Ridge Partners and Baltic Harbour Pension"
    alone = DealSuggestion(kind="acquisition", buyer="Granite Ridge Partners")  # type: ignore[arg-type]
    assert deal_title(alone) == "Acquisition by Granite Ridge Partners"


def test_a_kind_change_retitles_with_both_buyers() -> None:
    text = (
        "Norrvik plant sold\n\n"
        "Norrvik Kraft signed an agreement with Granite Ridge Partners and Baltic Harbour Pension "
        "for EUR 75 million.\n"
    )
    deal = _deal(
        text,
        text.split("\n")[2].strip(),
        buyer="Granite Ridge Partners",
        more_buyers=["Baltic Harbour Pension"],
        seller="Norrvik Kraft",
    )
    brief = Brief(sources=[Source(id="src-1", text=text)])
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(deals=[deal])))
    assert drafted.deals[0].title == "Deal with Granite Ridge Partners and Baltic Harbour Pension"
    edits = {e.path: e.value for e in kind_change_edits(drafted, 0, DealKind.ACQUISITION)}
    assert edits["deals[0].title"] == (
        "Acquisition by Granite Ridge Partners and Baltic Harbour Pension"
    )
