"""Every named co-party the reading reports joins the deal (newcomer17 N17-02: "a loan led by
Banco Meridional and Kiyomi Bank" kept one lender): the suggestion's further parties per side
go in by accepting, drafting or merging; a reading without them reads as before."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.accept import add_deal
from briefdesk.editing.same_deal import merge_into
from briefdesk.extract.results import ActorSuggestion, DealSuggestion, Extraction, MoneySuggestion
from briefdesk.model import Brief, Source
from briefdesk.model.codes import PartyRole

TEXT = (
    "Harlow Minerals plc will fund the purchase with a $900 million loan arranged by lenders led "
    "by Banco Meridional and Kiyomi Bank.\n"
)


def _at(words: str) -> list[tuple[int, int]]:
    start = TEXT.index(words)
    return [(start, start + len(words))]


def _reading(more: list[str]) -> tuple[DealSuggestion, Extraction]:
    actors = [
        ActorSuggestion(name, "organization", evidence=_at(name))  # type: ignore[arg-type]
        for name in ("Harlow Minerals plc", "Banco Meridional", "Kiyomi Bank")
    ]
    money = MoneySuggestion(Decimal("900000000"), "USD", "$900 million", _at("$900 million"))
    deal = DealSuggestion(
        kind="loan",  # type: ignore[arg-type]
        value=money,
        buyer="Harlow Minerals plc",
        seller="Banco Meridional",
        buyer_key=actors[0].key,
        seller_key=actors[1].key,
        more_sellers=more,
        evidence=_at(TEXT.strip()),
    )
    return deal, Extraction(actors=actors, deals=[deal])


def _lenders(brief: Brief) -> list[str]:
    names = {a.id: a.name for a in brief.actors}
    return [names[p.actor_id] for p in brief.deals[-1].parties if p.role == PartyRole.LENDER]


def test_accepting_a_loan_adds_every_named_lender() -> None:
    deal, reading = _reading(["Kiyomi Bank"])
    brief = Brief(sources=[Source(text=TEXT)])
    add_deal(brief, deal, reading, brief.sources[0])
    assert _lenders(brief) == ["Banco Meridional", "Kiyomi Bank"]
    kiyomi = next(a for a in brief.actors if a.name == "Kiyomi Bank")
    assert kiyomi.evidence  # the reading's own actor, with its words, not a bare name


def test_a_reading_without_co_parties_is_as_before() -> None:
    deal, reading = _reading([])
    brief = Brief(sources=[Source(text=TEXT)])
    add_deal(brief, deal, reading, brief.sources[0])
    assert _lenders(brief) == ["Banco Meridional"]
    assert "more_sellers" not in deal.to_json() and deal.key == "deal:loan::$900 million"
    assert _reading(["Kiyomi Bank"])[0].to_json()["more_sellers"] == ["Kiyomi Bank"]


def test_merging_into_the_deal_adds_the_co_lender() -> None:
    deal, reading = _reading([])
    brief = Brief(sources=[Source(text=TEXT)])
    add_deal(brief, deal, reading, brief.sources[0])
    fuller, reading = _reading(["Kiyomi Bank"])
    filled = merge_into(brief, 0, fuller, reading, brief.sources[0])
    assert _lenders(brief) == ["Banco Meridional", "Kiyomi Bank"] and filled == ["lender"]


def test_the_draft_takes_every_named_lender() -> None:
    from briefdesk.editing.draft import draft
    from briefdesk.editing.edits import apply_edits

    _deal, reading = _reading(["Kiyomi Bank"])
    brief = Brief(sources=[Source(text=TEXT)])
    after = apply_edits(brief, draft(brief, brief.sources[0].id, reading))
    assert _lenders(after) == ["Banco Meridional", "Kiyomi Bank"]
